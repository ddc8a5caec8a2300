<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>item()</source>
        <translation>item()</translation>
    </message>
    <message>
        <source>add / add_</source>
        <translation>add / add_</translation>
    </message>
    <message>
        <source>A * B</source>
        <translation>A * B</translation>
    </message>
    <message>
        <source>A @ B</source>
        <translation>A @ B</translation>
    </message>
    <message>
        <source>item(): one element as a Python number</source>
        <translation>item()：把唯一的元素取成 Python 数值</translation>
    </message>
    <message>
        <source>Element-wise operations, out-of-place and in-place</source>
        <translation>逐元素运算：返回新张量与原地修改</translation>
    </message>
    <message>
        <source>Hadamard product: element by element</source>
        <translation>阿达玛积：对应位置逐个相乘</translation>
    </message>
    <message>
        <source>Matrix product: rows times columns</source>
        <translation>矩阵乘法：行乘列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>x =</source>
        <translation>x =</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>自动推断</translation>
    </message>
    <message>
        <source>A =</source>
        <translation>A =</translation>
    </message>
    <message>
        <source>B =</source>
        <translation>B =</translation>
    </message>
    <message>
        <source>form</source>
        <translation>写法</translation>
    </message>
    <message>
        <source>Tensor x</source>
        <translation>张量 x</translation>
    </message>
    <message>
        <source>Operand</source>
        <translation>操作数</translation>
    </message>
    <message>
        <source>Matrix {0}</source>
        <translation>矩阵 {0}</translation>
    </message>
    <message>
        <source>This lesson works with at most {0} elements per tensor (inputs and result), so that every result appears at once. Use smaller sizes.</source>
        <translation>本课每个张量（输入和结果）最多 {0} 个元素，这样每个结果都能立即显示。请使用更小的尺寸。</translation>
    </message>
    <message>
        <source>[18] (the course&apos;s example)</source>
        <translation>[18]（课程中的例子）</translation>
    </message>
    <message>
        <source>18 (0-d)</source>
        <translation>18（0 维）</translation>
    </message>
    <message>
        <source>[[[2.5]]] (3-D, one element)</source>
        <translation>[[[2.5]]]（3 维，只有一个元素）</translation>
    </message>
    <message>
        <source>[0.1] (float32 → Python float)</source>
        <translation>[0.1](float32 → Python float)</translation>
    </message>
    <message>
        <source>[True] (bool)</source>
        <translation>[True]（布尔）</translation>
    </message>
    <message>
        <source>[1, 2] (two elements: error)</source>
        <translation>[1, 2]（两个元素：报错）</translation>
    </message>
    <message>
        <source>Type a literal and press Enter.</source>
        <translation>输入一个字面量，按回车执行。</translation>
    </message>
    <message>
        <source>x.item(): the one element of x as a plain Python number</source>
        <translation>x.item()：把 x 唯一的元素变成普通的 Python 数值</translation>
    </message>
    <message>
        <source>item() works for any number of dims as long as there is exactly one element. A float32 value becomes a Python float (64-bit), so 0.1 shows the float32 rounding error. A tensor on a GPU is copied to the CPU for this.</source>
        <translation>只要恰好有一个元素，item() 对任意维数都适用。float32 的值会变成 Python 的 float（64 位），所以 0.1 会露出 float32 的舍入误差。GPU 上的张量会为此先被复制到 CPU。</translation>
    </message>
    <message>
        <source>shape {0}   ·   ndim {1}   ·   numel {2}   ·   {3}</source>
        <translation>形状 {0}   ·   维数 {1}   ·   元素数 {2}   ·   {3}</translation>
    </message>
    <message>
        <source>x.item()  →  {0}     (a Python {1})</source>
        <translation>x.item()  →  {0}     (Python {1})</translation>
    </message>
    <message>
        <source>x.item()  →  ✗ raises {0} (x has {1} elements, not 1)</source>
        <translation>x.item()  →  ✗ 引发 {0}（x 有 {1} 个元素，不是 1 个）</translation>
    </message>
    <message>
        <source>x + 10 (scalar)</source>
        <translation>x + 10（标量）</translation>
    </message>
    <message>
        <source>x * tensor (per column)</source>
        <translation>x * 张量（按列）</translation>
    </message>
    <message>
        <source>int x / 2: float result, div_ fails</source>
        <translation>整数 x / 2：结果为浮点，div_ 报错</translation>
    </message>
    <message>
        <source>float x / 2: both forms work</source>
        <translation>浮点 x / 2：两种形式都可以</translation>
    </message>
    <message>
        <source>x ** 2</source>
        <translation>x ** 2</translation>
    </message>
    <message>
        <source>int x ** -1: error</source>
        <translation>整数 x ** -1：报错</translation>
    </message>
    <message>
        <source>-x: neg() and neg_()</source>
        <translation>-x：neg() 与 neg_()（取反）</translation>
    </message>
    <message>
        <source>sqrt of negatives: nan</source>
        <translation>负数开方：nan</translation>
    </message>
    <message>
        <source>int x: sqrt() is float, sqrt_ fails</source>
        <translation>整数 x：sqrt() 得浮点数，sqrt_ 失败</translation>
    </message>
    <message>
        <source>Element-wise</source>
        <translation>逐元素运算</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>operand</source>
        <translation>操作数</translation>
    </message>
    <message>
        <source>The operand is a number (scalar) or a list (tensor). Press Enter to run.</source>
        <translation>操作数可以是一个数（标量）或一个列表（张量）。按回车执行。</translation>
    </message>
    <message>
        <source>Without _ the method returns a new tensor and leaves x as it was. With _ it writes into x&apos;s own memory and returns x itself: y is x, same data_ptr().</source>
        <translation>不带 _ 的方法返回一个新张量，x 保持原样。带 _ 的方法直接写入 x 自己的内存，并返回 x 本身：y is x，data_ptr() 相同。</translation>
    </message>
    <message>
        <source>Operand: the Python number {0}, applied to every element of x.</source>
        <translation>操作数：Python 数 {0}，作用于 x 的每个元素。</translation>
    </message>
    <message>
        <source>Operand: the tensor t, paired with x cell by cell (broadcast if needed).</source>
        <translation>操作数：张量 t，与 x 逐格配对（必要时广播）。</translation>
    </message>
    <message>
        <source>In-place (trailing _): x itself</source>
        <translation>原地（带下划线的方法）：就是 x 本身</translation>
    </message>
    <message>
        <source>Out-of-place: a new tensor</source>
        <translation>非原地：返回新张量</translation>
    </message>
    <message>
        <source>x before</source>
        <translation>运算前的 x</translation>
    </message>
    <message>
        <source>y (returned)</source>
        <translation>y（返回值）</translation>
    </message>
    <message>
        <source>x after</source>
        <translation>运算后的 x</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <source>y is x: {0}</source>
        <translation>y is x: {0}</translation>
    </message>
    <message>
        <source>same memory: {0}</source>
        <translation>同一块内存：{0}</translation>
    </message>
    <message>
        <source>x changed: yes</source>
        <translation>x 被改变：是</translation>
    </message>
    <message>
        <source>x changed: no</source>
        <translation>x 被改变：否</translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}</source>
        <translation>x.data_ptr() = {0}</translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}    y.data_ptr() = {1}</source>
        <translation>x.data_ptr() = {0}    y.data_ptr() = {1}</translation>
    </message>
    <message>
        <source>The course&apos;s example (2×3)</source>
        <translation>课程中的例子(2×3)</translation>
    </message>
    <message>
        <source>Negative and float values</source>
        <translation>负数与小数</translation>
    </message>
    <message>
        <source>Shapes (2, 3) and (3, 2): error</source>
        <translation>形状 (2, 3) 与 (3, 2)：报错</translation>
    </message>
    <message>
        <source>Hadamard product</source>
        <translation>阿达玛积</translation>
    </message>
    <message>
        <source>Hover or click a cell of C to see its pair.</source>
        <translation>把鼠标移到或点击 C 的某个格子，查看它来自哪一对元素。</translation>
    </message>
    <message>
        <source>C[i, j] = A[i, j] × B[i, j]: the cells at the same position are multiplied, so A and B need the same shape (or shapes that broadcast, see the Broadcasting lesson), and C gets it too. Not to be confused with the matrix product A @ B.</source>
        <translation>C[i, j] = A[i, j] × B[i, j]：相同位置的元素相乘，所以 A 和 B 的形状必须相同（或可以广播，见“广播机制”一课），C 也是这个形状。不要和矩阵乘法 A @ B 混淆。</translation>
    </message>
</context>
</TS>
