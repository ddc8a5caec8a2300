<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Explain</name>
    <message>
        <source>view() never copies: it only reinterprets the same memory with new strides. After a transpose or permute the elements are no longer in row order in memory, so no strides can describe the new shape. Call .contiguous() first (it copies into row order), or use reshape(), which copies only when it must.</source>
        <translation>view() 从不复制数据：它只是用新的步长（stride）重新解释同一块内存。转置或 permute 之后，元素在内存中已不再按行排列，任何步长都无法描述新的形状。请先调用 .contiguous()（它会按行顺序复制一份），或者改用 reshape()，它只在必要时才复制。</translation>
    </message>
    <message>
        <source>The new shape must hold exactly as many elements as the tensor has: the product of the sizes has to equal numel(). Only one size may be -1, and torch works it out.</source>
        <translation>新形状容纳的元素个数必须与张量的元素个数完全相同：各维大小的乘积必须等于 numel()。最多只能有一个维度写 -1，由 torch 自动推算。</translation>
    </message>
    <message>
        <source>A dim must lie between -ndim and ndim - 1 (for unsqueeze: -ndim - 1 and ndim). Negative dims count from the end.</source>
        <translation>dim 必须在 -ndim 到 ndim - 1 之间（unsqueeze 为 -ndim - 1 到 ndim）。负数表示从后往前数。</translation>
    </message>
    <message>
        <source>Broadcasting lines the shapes up from the right; in every dim the sizes must be equal, or one of them must be 1 (it is then stretched). Here they are neither.</source>
        <translation>广播时把两个形状从右往左对齐；每一维的大小必须相等，或者其中一个为 1（它会被扩展）。这里两者都不满足。</translation>
    </message>
    <message>
        <source>For a matrix product (N, M) @ (M, P) the inner sizes must be equal: the number of columns of the first matrix must equal the number of rows of the second.</source>
        <translation>矩阵乘法 (N, M) @ (M, P) 要求内侧的两个大小相等：第一个矩阵的列数必须等于第二个矩阵的行数。</translation>
    </message>
    <message>
        <source>item() turns a tensor with exactly one element into a Python number. This tensor has more than one element; index one element first, or use tolist().</source>
        <translation>item() 只能把恰好含一个元素的张量转换为 Python 数值。这个张量不止一个元素；请先用索引取出一个元素，或者使用 tolist()。</translation>
    </message>
    <message>
        <source>backward() without arguments needs a single number (a scalar) to differentiate. Reduce the output first (sum() or mean()), or pass gradient= with a tensor of the output&apos;s shape.</source>
        <translation>不带参数的 backward() 需要对单个数（标量）求导。请先把输出归约（sum() 或 mean()），或者传入与输出形状相同的 gradient= 张量。</translation>
    </message>
    <message>
        <source>backward() frees the graph&apos;s saved values to save memory. To call it twice, pass retain_graph=True the first time, or run the forward pass again.</source>
        <translation>backward() 会释放计算图中保存的中间值以节省内存。若要调用两次，第一次请传入 retain_graph=True，或者重新做一次前向计算。</translation>
    </message>
    <message>
        <source>A leaf that requires grad must not be changed in place while autograd records: the change would break the graph. Do the update inside torch.no_grad().</source>
        <translation>在 autograd 记录时，不能原地修改需要梯度的叶子张量：这会破坏计算图。请在 torch.no_grad() 中进行更新。</translation>
    </message>
    <message>
        <source>This tensor is not part of any graph: no tensor it came from had requires_grad=True, or it was computed under no_grad. There is nothing to differentiate.</source>
        <translation>这个张量不在任何计算图中：它的来源张量都没有设置 requires_grad=True，或者它是在 no_grad 下计算的。没有可以求导的东西。</translation>
    </message>
    <message>
        <source>An in-place operation writes its result back into the same tensor, so the result must fit the tensor&apos;s dtype. Dividing integers gives floats, which an integer tensor cannot hold; use the out-of-place form or convert to float first.</source>
        <translation>原地操作把结果写回同一个张量，因此结果必须符合该张量的 dtype。整数相除得到浮点数，整数张量无法保存；请使用非原地的写法，或先转换为浮点型。</translation>
    </message>
    <message>
        <source>permute() needs every dim of the tensor exactly once, in the new order.</source>
        <translation>permute() 需要把张量的每一个维度按新顺序恰好列出一次。</translation>
    </message>
    <message>
        <source>permute() needs every dim of the tensor exactly once; a dim appears twice.</source>
        <translation>permute() 需要每个维度恰好出现一次；这里有一个维度出现了两次。</translation>
    </message>
    <message>
        <source>An operation needs all its tensors on one device. Move them first, e.g. with .to(device).</source>
        <translation>一次运算要求所有张量都在同一个设备上。请先移动它们，例如用 .to(device)。</translation>
    </message>
    <message>
        <source>torch knows this kind of device by name, but this build of torch has no support for it: its module is not installed. Tensors can go only to the devices this machine&apos;s torch lists.</source>
        <translation>torch 认识这种设备的名字，但这个 torch 版本不支持它：没有它的模块。张量只能放到这台机器上的 torch 列出的设备上。</translation>
    </message>
    <message>
        <source>This machine&apos;s torch cannot use a CUDA GPU, so tensors can only live on the CPU here. On a machine with a GPU the same code moves them to it.</source>
        <translation>这台机器上的 torch 无法使用 CUDA GPU，所以张量只能放在 CPU 上。在有 GPU 的机器上，同样的代码会把张量移到 GPU。</translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; is opened but never closed: add its &apos;{1}&apos;.</source>
        <extracomment>Python&apos;s message of a syntax error (kept as Python says it, as torch&apos;s are) -&gt; what to do, in the user&apos;s language: the typos a student makes in a list or a program.</extracomment>
        <translation>&apos;{0}&apos; 打开后没有闭合：请补上对应的 &apos;{1}&apos;。</translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; closes nothing: remove it, or open it with &apos;{1}&apos; before.</source>
        <translation>&apos;{0}&apos; 前面没有与之对应的 &apos;{1}&apos;：删掉它，或在前面补上 &apos;{1}&apos;。</translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; is closed with &apos;{1}&apos;: close it with &apos;{2}&apos;.</source>
        <translation>&apos;{0}&apos; 应该用 &apos;{2}&apos; 闭合，而不是 &apos;{1}&apos;。</translation>
    </message>
    <message>
        <source>A quote is opened but never closed.</source>
        <translation>引号打开后没有闭合。</translation>
    </message>
    <message>
        <source>Two values stand side by side, or a number has two decimal points: separate values with a comma.</source>
        <translation>两个值之间缺少逗号，或者一个数里有两个小数点：值与值之间请用逗号隔开。</translation>
    </message>
    <message>
        <source>A number runs into a letter or a sign (such as 2x or 1e): write the number whole, such as 2 or 1e3.</source>
        <translation>数字后面紧跟着字母或符号（例如 2x 或 1e）：请把数字写完整，例如 2 或 1e3。</translation>
    </message>
    <message>
        <source>That is too many elements: tensorviz makes at most {0}.</source>
        <translation>元素太多：tensorviz 最多处理 {0} 个元素。</translation>
    </message>
    <message>
        <source>That is too many dims: tensorviz shows tensors of at most {0} dims.</source>
        <translation>维度太多：tensorviz 显示的张量最多有 {0} 个维度。</translation>
    </message>
    <message>
        <source>A dim is too long: tensorviz lays out at most {0} positions along the dims, even of a tensor with no elements.</source>
        <translation>某个维度太长：即使张量没有元素，tensorviz 沿各维度最多也只排列 {0} 个位置。</translation>
    </message>
    <message>
        <source>That number is too large: no dtype holds a number of more than {0} digits.</source>
        <translation>数字太大：没有哪种 dtype 能存放超过 {0} 位的数字。</translation>
    </message>
    <message>
        <source>The text is too long: at most {0} characters.</source>
        <translation>文本太长：最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>That number is out of range: at most {0} in size.</source>
        <translation>这个数超出范围：绝对值最多为 {0}。</translation>
    </message>
    <message>
        <source>Python writes a decimal point as a dot and no thousands separator: type {0} or {1}.</source>
        <translation>Python 的小数点是点号，数字中间也不加逗号：请输入 {0} 或 {1}。</translation>
    </message>
    <message>
        <source>Python writes a decimal point as a dot: type {0}.</source>
        <translation>Python 的小数点是点号：请输入 {0}。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a full-width character, which Python does not read: type &apos;{1}&apos; instead (the input method in half-width mode).</source>
        <translation>&apos;{0}&apos; 是全角字符，Python 不认：请改为输入 &apos;{1}&apos;（关闭输入法的全角模式）。</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>输入框是空的。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>文本太长。</translation>
    </message>
    <message>
        <source>This is not a valid literal.</source>
        <translation>这不是有效的字面量。</translation>
    </message>
    <message>
        <source>Only numbers, True/False and nested lists [...] are allowed.</source>
        <translation>只允许数字、True/False 和嵌套列表 [...]。</translation>
    </message>
    <message>
        <source>A number was expected.</source>
        <translation>这里需要一个数字。</translation>
    </message>
    <message>
        <source>Two lists stand side by side without a comma: Python reads the second as an index into the first. Put a comma between them, such as [[1, 2], [3, 4]].</source>
        <translation>两个列表之间缺少逗号：Python 会把后一个当作前一个的索引。请在它们之间加上逗号，例如 [[1, 2], [3, 4]]。</translation>
    </message>
    <message>
        <source>The numbers need commas between them, such as 3, 4 (not 3 4).</source>
        <translation>数字之间要用逗号隔开，例如 3, 4（而不是 3 4）。</translation>
    </message>
    <message>
        <source>The nested lists are ragged: every row must have the same length.</source>
        <translation>嵌套列表长短不一：每一行的长度必须相同。</translation>
    </message>
    <message>
        <source>The lists are nested too deeply.</source>
        <translation>列表嵌套层数太多。</translation>
    </message>
    <message>
        <source>That is too many elements: tensorviz draws at most about a million.</source>
        <translation>元素太多：tensorviz 最多处理约一百万个元素。</translation>
    </message>
    <message>
        <source>That size cannot be used.</source>
        <translation>这个大小不能使用。</translation>
    </message>
    <message>
        <source>A flat list of at least one number is expected, such as [1, 2, 3].</source>
        <translation>这里需要一个至少含一个数字的一维列表，例如 [1, 2, 3]。</translation>
    </message>
    <message>
        <source>That dim cannot be used.</source>
        <translation>这个维度不能使用。</translation>
    </message>
    <message>
        <source>The values mix kinds that cannot go together.</source>
        <translation>这些值混合了不能放在一起的类型。</translation>
    </message>
    <message>
        <source>Unknown dtype.</source>
        <translation>未知的 dtype。</translation>
    </message>
    <message>
        <source>That value cannot be used.</source>
        <translation>这个值不能使用。</translation>
    </message>
    <message>
        <source>That number is outside the range this field takes.</source>
        <translation>这个数超出了这一项能接受的范围。</translation>
    </message>
    <message>
        <source>The input cannot be used.</source>
        <translation>这个输入无法使用。</translation>
    </message>
    <message>
        <source>Only values are typed here, not a call such as torch.ones(2, 3).</source>
        <translation>这里只能输入值，不能输入 torch.ones(2, 3) 这样的函数调用。</translation>
    </message>
    <message>
        <source>A list inside a list is not taken here: no nested lists.</source>
        <translation>这里不接受列表里套列表：不能有嵌套列表。</translation>
    </message>
</context>
</TS>
