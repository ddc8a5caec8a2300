<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CreateLesson</name>
    <message>
        <source>std is the standard deviation: how far the values spread around the mean. A spread cannot be negative; use std &gt;= 0 (std = 0 gives the mean every time).</source>
        <translation>std 是标准差：数值围绕均值分散的程度。分散程度不能为负；请使用 std &gt;= 0（std = 0 时每次都得到均值）。</translation>
    </message>
    <message>
        <source>randint draws whole numbers from low up to high - 1: high itself is never drawn. So low must be less than high.</source>
        <translation>randint 抽取从 low 到 high - 1 的整数：high 本身永远不会被抽到。所以 low 必须小于 high。</translation>
    </message>
    <message>
        <source>arange counts from start in steps of step until it reaches end. With a step of 0 it would never get there.</source>
        <translation>arange 从 start 开始，每次加 step，直到到达 end。步长为 0 就永远到不了。</translation>
    </message>
    <message>
        <source>The step must point from start towards end: positive when end &gt; start, negative when end &lt; start.</source>
        <translation>步长必须从 start 指向 end：end &gt; start 时为正，end &lt; start 时为负。</translation>
    </message>
    <message>
        <source>steps is how many points linspace makes; it cannot be negative.</source>
        <translation>steps 是 linspace 生成的点数，不能为负数。</translation>
    </message>
    <message>
        <source>Gradients are only defined for real-valued (floating point) numbers: choose a float dtype, or switch requires_grad off.</source>
        <translation>梯度只对实数（浮点数）有定义：请选择浮点 dtype，或关闭 requires_grad。</translation>
    </message>
    <message>
        <source>rand, randn and normal make floating point numbers; this dtype is not a float. For random whole numbers use randint.</source>
        <translation>rand、randn 和 normal 生成浮点数；这个 dtype 不是浮点类型。要随机整数请用 randint。</translation>
    </message>
    <message>
        <source>torch.Tensor, torch.IntTensor and the other legacy constructors always make CPU tensors. For a GPU tensor use torch.tensor(data, device=&apos;cuda&apos;), or move one with .to(&apos;cuda&apos;).</source>
        <translation>torch.Tensor、torch.IntTensor 等旧式构造函数总是创建 CPU 张量。要创建 GPU 张量请用 torch.tensor(data, device=&apos;cuda&apos;)，或用 .to(&apos;cuda&apos;) 移动已有张量。</translation>
    </message>
    <message>
        <source>The legacy constructors take a list of data, or whole numbers as a size; a single float or bool is neither. For a scalar use torch.tensor(2.5).</source>
        <translation>旧式构造函数接受数据列表，或者作为形状的整数；单独一个浮点数或布尔值两者都不是。要创建标量请用 torch.tensor(2.5)。</translation>
    </message>
    <message>
        <source>A value does not fit in the range of this dtype; torch refuses instead of wrapping it around.</source>
        <translation>有数值超出了这个 dtype 的范围；torch 直接拒绝，而不是让它溢出回绕。</translation>
    </message>
    <message>
        <source>steps is how many points linspace makes. With steps = 0 torch returns an empty tensor, tensor([]): there is nothing to draw. Use 1 or more.</source>
        <translation>steps 是 linspace 生成的点数。steps = 0 时 torch 返回空张量 tensor([])，没有可画的内容。请用 1 或更大的数。</translation>
    </message>
    <message>
        <source>A size counts elements along a dim, so it cannot be negative (0 is allowed: an empty dim).</source>
        <translation>尺寸是某一维上的元素个数，不能为负数（0 可以：表示空的维度）。</translation>
    </message>
    <message>
        <source>That is too many elements: tensorviz refuses more than about a million, before anything is allocated, so the app stays responsive.</source>
        <translation>元素太多了：tensorviz 在分配内存之前就拒绝超过约一百万个元素的张量，以保证程序不卡顿。</translation>
    </message>
    <message>
        <source>A tensor is a regular block: every row must have the same length, every matrix the same shape. These nested lists are ragged.</source>
        <translation>张量是规整的块：每一行长度必须相同，每个矩阵形状必须相同。这些嵌套列表长短不一。</translation>
    </message>
    <message>
        <source>Type the data as a list, e.g. [[1, 2], [3, 4]]. The function that makes the tensor (torch.ones, torch.zeros...) is picked in the call menu.</source>
        <translation>数据请输入一个列表，比如 [[1, 2], [3, 4]]。创建张量的函数（torch.ones、torch.zeros……）在“函数”下拉框里选。</translation>
    </message>
    <message>
        <source>A size is a shape: whole numbers separated by commas, such as 2, 3 (() for a 0-d tensor).</source>
        <translation>size 是一个形状：用逗号分隔的整数，例如 2, 3（0 维张量写 ()）。</translation>
    </message>
    <message>
        <source>{0} needs a number here, such as 2 or -0.5.</source>
        <translation>{0} 这里需要一个数字，例如 2 或 -0.5。</translation>
    </message>
</context>
</TS>
