<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>torch.tensor() could not build {0}: a value does not fit its dtype (too big for an integer, or inf/nan for an integer dtype). Nothing was computed; the previous result stays.</source>
        <extracomment>Speed slider: cells per ten seconds (1 -&gt; one cell every 10 s, 40 -&gt; four per second). Work bigger than this (elements of any tensor involved, or multiply-adds of a product) runs in a worker thread; smaller work runs at once (a few milliseconds), which keeps the lesson&apos;s state simple and the picture immediate.</extracomment>
        <translation>torch.tensor() 无法创建 {0}:有一个值放不进它的 dtype(对整数来说太大,或整数 dtype 遇到 inf/nan)。没有进行计算,上一次的结果保持不变。</translation>
    </message>
    <message>
        <source>This lesson works with at most {0} elements per tensor (inputs and result), so that every result appears at once. Use smaller sizes.</source>
        <translation>本课每个张量(输入和结果)最多 {0} 个元素,这样每个结果都能立即显示。请使用更小的尺寸。</translation>
    </message>
    <message>
        <source>item() returns a Python number only for a tensor with exactly one element; how many dims it has does not matter. This tensor has more elements: pick one first (x[0].item()) or take them all with x.tolist().</source>
        <translation>只有恰好含一个元素的张量才能用 item() 取出 Python 数值,维数多少无关紧要。这个张量的元素不止一个:先取出其中一个(x[0].item()),或用 x.tolist() 取出全部。</translation>
    </message>
    <message>
        <source>An in-place operation writes its result into x itself, so the result must fit x&apos;s dtype. True division (and a float power) of integers gives floats, which an integer tensor cannot hold. The out-of-place form returns a new float tensor; or convert first with x = x.float().</source>
        <translation>原地运算把结果写回 x 自己,所以结果必须符合 x 的 dtype。整数的真除法(以及浮点次方)得到浮点数,整数张量装不下。不带 _ 的形式会返回一个新的浮点张量;或者先用 x = x.float() 转换。</translation>
    </message>
    <message>
        <source>A negative power of an integer is a fraction (2 ** -1 = 0.5), which an integer tensor cannot hold, so torch refuses instead of rounding. Use a float exponent (-1.0) or a float tensor.</source>
        <translation>整数的负次方是分数(2 ** -1 = 0.5),整数张量装不下,所以 torch 直接拒绝而不是取整。请使用浮点指数(-1.0)或浮点张量。</translation>
    </message>
    <message>
        <source>An in-place operation cannot change the shape of x: broadcasting would give a bigger result, which does not fit into x. The out-of-place form returns a new tensor of the broadcast shape.</source>
        <translation>原地运算不能改变 x 的形状:广播后的结果比 x 大,放不进 x。不带 _ 的形式会返回一个广播后形状的新张量。</translation>
    </message>
    <message>
        <source>In A @ B the inner sizes must be equal: the last size of A (its number of columns) must equal the second-to-last size of B (its number of rows). (N, M) @ (M, P) gives (N, P).</source>
        <translation>A @ B 要求内侧的两个尺寸相等:A 的最后一维(列数)必须等于 B 的倒数第二维(行数)。(N, M) @ (M, P) 得到 (N, P)。</translation>
    </message>
    <message>
        <source>A matrix product does not convert dtypes: A and B must have the same dtype. Write both with floats (3.0) or both with integers, or convert one with .float().</source>
        <translation>矩阵乘法不会自动转换 dtype:A 和 B 的 dtype 必须相同。两个都写成浮点数(3.0)或都写成整数,或用 .float() 转换其中一个。</translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side; to multiply two 0-d tensors (plain numbers) use *.</source>
        <translation>矩阵乘法要求两边至少都有一维;两个 0 维张量(普通数)相乘请用 *。</translation>
    </message>
    <message>
        <source>This operation is not implemented for bool tensors; convert to int or float first.</source>
        <translation>这个运算没有为布尔张量实现;请先转换为整数或浮点。</translation>
    </message>
    <message>
        <source>Subtraction is not defined for bool tensors; use ~ (logical_not) to invert a mask, or convert to int first.</source>
        <translation>布尔张量不支持减法;要取反掩码请用 ~(logical_not),或先转换为整数。</translation>
    </message>
    <message>
        <source>Element-wise operations pair the cells at the same position, so the shapes must be equal (or broadcastable: lined up from the right, each pair of sizes equal or one of them 1). Here they are not. For a matrix product the same rule applies to the batch dims (all but the last two).</source>
        <translation>逐元素运算把相同位置的元素配对,所以形状必须相同(或可以广播:从右边对齐,每一对尺寸相等或其中一个为 1)。这里不满足。矩阵乘法的批量维(除最后两维以外的维)也遵循同样的规则。</translation>
    </message>
    <message>
        <source>Tensor x</source>
        <translation>张量 x</translation>
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
        <source>x.item()  →  ✗ {0}: x has {1} elements, not exactly 1</source>
        <translation>x.item()  →  ✗ {0}:x 有 {1} 个元素,不是恰好 1 个</translation>
    </message>
    <message>
        <source>Operand</source>
        <translation>操作数</translation>
    </message>
    <message>
        <source>Operand: the Python number {0}, applied to every element of x.</source>
        <translation>操作数:Python 数 {0},作用于 x 的每个元素。</translation>
    </message>
    <message>
        <source>Operand: the tensor t, paired with x cell by cell (broadcast if needed).</source>
        <translation>操作数:张量 t,与 x 逐格配对(必要时广播)。</translation>
    </message>
    <message>
        <source>Out-of-place: a new tensor</source>
        <translation>非原地:返回新张量</translation>
    </message>
    <message>
        <source>In-place (trailing _): x itself</source>
        <translation>原地(带下划线的方法):就是 x 本身</translation>
    </message>
    <message>
        <source>x before</source>
        <translation>运算前的 x</translation>
    </message>
    <message>
        <source>y (returned)</source>
        <translation>y(返回值)</translation>
    </message>
    <message>
        <source>x after</source>
        <translation>运算后的 x</translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation>失败:{0}</translation>
    </message>
    <message>
        <source>y is x: {0}</source>
        <translation>y is x: {0}</translation>
    </message>
    <message>
        <source>same memory: {0}</source>
        <translation>同一块内存: {0}</translation>
    </message>
    <message>
        <source>x changed: yes</source>
        <translation>x 被改变: 是</translation>
    </message>
    <message>
        <source>x changed: no</source>
        <translation>x 被改变: 否</translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}    y.data_ptr() = {1}</source>
        <translation>x.data_ptr() = {0}    y.data_ptr() = {1}</translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}</source>
        <translation>x.data_ptr() = {0}</translation>
    </message>
    <message>
        <source>Matrix {0}</source>
        <translation>矩阵 {0}</translation>
    </message>
    <message>
        <source>Shape of A</source>
        <translation>A 的形状</translation>
    </message>
    <message>
        <source>Shape of B</source>
        <translation>B 的形状</translation>
    </message>
    <message>
        <source>Result C</source>
        <translation>结果 C</translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side.</source>
        <translation>矩阵乘法要求两边至少都有一维。</translation>
    </message>
    <message>
        <source>Inner sizes match: {0} = {1}. C takes the outer sizes.</source>
        <translation>内侧尺寸相等:{0} = {1}。C 取两边外侧的尺寸。</translation>
    </message>
    <message>
        <source>Inner sizes differ: {0} ≠ {1}, so torch cannot multiply.</source>
        <translation>内侧尺寸不同:{0} ≠ {1},torch 无法相乘。</translation>
    </message>
    <message>
        <source>The batch dims {0} and {1} do not broadcast.</source>
        <translation>批量维 {0} 和 {1} 无法广播。</translation>
    </message>
    <message>
        <source>The sizes before the last two are batch dims: one matrix product per batch entry.</source>
        <translation>最后两维之前的尺寸是批量维:每个批量各做一次矩阵乘法。</translation>
    </message>
    <message>
        <source>A 1-D tensor counts as a row (on the left) or a column (on the right); that dim is dropped from the result.</source>
        <translation>一维张量在左边当作一行、在右边当作一列;结果中会去掉这一维。</translation>
    </message>
    <message>
        <source>The result is too big to write out cell by cell.</source>
        <translation>结果太大,无法逐格写出。</translation>
    </message>
    <message>
        <source>{0} = {1} · {2}: the row times the column, element by element, summed</source>
        <translation>{0} = {1} · {2}:这一行与这一列逐个相乘,再求和</translation>
    </message>
    <message>
        <source>cell {0} of {1}</source>
        <translation>第 {0} 格,共 {1} 格</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Speed: {0} s per cell</source>
        <translation>速度:每格 {0} 秒</translation>
    </message>
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
        <translation>item():把唯一的元素取成 Python 数值</translation>
    </message>
    <message>
        <source>Element-wise operations, out-of-place and in-place</source>
        <translation>逐元素运算:返回新张量与原地修改</translation>
    </message>
    <message>
        <source>Hadamard product: element by element</source>
        <translation>阿达玛积:对应位置逐个相乘</translation>
    </message>
    <message>
        <source>Matrix product: rows times columns</source>
        <translation>矩阵乘法:行乘列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
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
        <source>[18] (the course&apos;s example)</source>
        <translation>[18](课程中的例子)</translation>
    </message>
    <message>
        <source>18 (0-d)</source>
        <translation>18(0 维)</translation>
    </message>
    <message>
        <source>[[[2.5]]] (3-D, one element)</source>
        <translation>[[[2.5]]](3 维,只有一个元素)</translation>
    </message>
    <message>
        <source>[0.1] (float32 → Python float)</source>
        <translation>[0.1](float32 → Python float)</translation>
    </message>
    <message>
        <source>[True] (bool)</source>
        <translation>[True](布尔)</translation>
    </message>
    <message>
        <source>[1, 2] (two elements: error)</source>
        <translation>[1, 2](两个元素:报错)</translation>
    </message>
    <message>
        <source>Type a literal and press Enter.</source>
        <translation>输入一个字面量,按回车执行。</translation>
    </message>
    <message>
        <source>x.item(): the one element of x as a plain Python number</source>
        <translation>x.item():把 x 唯一的元素变成普通的 Python 数值</translation>
    </message>
    <message>
        <source>item() works for any number of dims as long as there is exactly one element. A float32 value becomes a Python float (64-bit), so 0.1 shows the float32 rounding error. A tensor on a GPU is copied to the CPU for this.</source>
        <translation>只要恰好有一个元素,item() 对任意维数都适用。float32 的值会变成 Python 的 float(64 位),所以 0.1 会露出 float32 的舍入误差。GPU 上的张量会为此先被复制到 CPU。</translation>
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
        <source>x + 10 (scalar)</source>
        <translation>x + 10(标量)</translation>
    </message>
    <message>
        <source>x * tensor (per column)</source>
        <translation>x * 张量(按列)</translation>
    </message>
    <message>
        <source>int x / 2: float result, div_ fails</source>
        <translation>整数 x / 2:结果为浮点,div_ 报错</translation>
    </message>
    <message>
        <source>float x / 2: both forms work</source>
        <translation>浮点 x / 2:两种形式都可以</translation>
    </message>
    <message>
        <source>x ** 2</source>
        <translation>x ** 2</translation>
    </message>
    <message>
        <source>int x ** -1: error</source>
        <translation>整数 x ** -1:报错</translation>
    </message>
    <message>
        <source>The operand is a number (scalar) or a list (tensor). Press Enter to run.</source>
        <translation>操作数可以是一个数(标量)或一个列表(张量)。按回车执行。</translation>
    </message>
    <message>
        <source>Without _ the method returns a new tensor and leaves x as it was. With _ it writes into x&apos;s own memory and returns x itself: y is x, same data_ptr().</source>
        <translation>不带 _ 的方法返回一个新张量,x 保持原样。带 _ 的方法直接写入 x 自己的内存,并返回 x 本身:y is x,data_ptr() 相同。</translation>
    </message>
    <message>
        <source>Hadamard product</source>
        <translation>阿达玛积</translation>
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
        <source>The course&apos;s example (2×3)</source>
        <translation>课程中的例子(2×3)</translation>
    </message>
    <message>
        <source>Negative and float values</source>
        <translation>负数与小数</translation>
    </message>
    <message>
        <source>Shapes (2, 3) and (3, 2): error</source>
        <translation>形状 (2, 3) 与 (3, 2):报错</translation>
    </message>
    <message>
        <source>Hover or click a cell of C to see its pair.</source>
        <translation>把鼠标移到或点击 C 的某个格子,查看它来自哪一对元素。</translation>
    </message>
    <message>
        <source>C[i, j] = A[i, j] × B[i, j]: the cells at the same position are multiplied, so A and B need the same shape (or shapes that broadcast, see the Broadcasting lesson), and C gets it too. Not to be confused with the matrix product A @ B.</source>
        <translation>C[i, j] = A[i, j] × B[i, j]:相同位置的元素相乘,所以 A 和 B 的形状必须相同(或可以广播,见“广播机制”一课),C 也是这个形状。不要和矩阵乘法 A @ B 混淆。</translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation>矩阵乘法</translation>
    </message>
    <message>
        <source>The course&apos;s example (2, 3) @ (3, 2)</source>
        <translation>课程中的例子 (2, 3) @ (3, 2)</translation>
    </message>
    <message>
        <source>Vector @ matrix (3,) @ (3, 2)</source>
        <translation>向量 @ 矩阵 (3,) @ (3, 2)</translation>
    </message>
    <message>
        <source>Batched (2, 2, 3) @ (2, 3, 2)</source>
        <translation>批量 (2, 2, 3) @ (2, 3, 2)</translation>
    </message>
    <message>
        <source>(2, 3) @ (2, 3): error</source>
        <translation>(2, 3) @ (2, 3):报错</translation>
    </message>
    <message>
        <source>int @ float: error</source>
        <translation>整数 @ 浮点:报错</translation>
    </message>
    <message>
        <source>Random integers 0..9</source>
        <translation>0..9 的随机整数</translation>
    </message>
    <message>
        <source>shape of A</source>
        <translation>A 的形状</translation>
    </message>
    <message>
        <source>shape of B</source>
        <translation>B 的形状</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Make A and B</source>
        <translation>生成 A 和 B</translation>
    </message>
    <message>
        <source>Step through C</source>
        <translation>逐格查看 C</translation>
    </message>
    <message>
        <source>Previous cell</source>
        <translation>上一格</translation>
    </message>
    <message>
        <source>Next cell</source>
        <translation>下一格</translation>
    </message>
    <message>
        <source>The grids still show the last product torch could compute.</source>
        <translation>下面仍显示 torch 上一次成功计算的乘积。</translation>
    </message>
    <message>
        <source>Each cell of C is the sum of products of a row of A and a column of B. Hover or click a cell of C, or press Play.</source>
        <translation>C 的每个格子都是 A 的一行与 B 的一列对应元素乘积之和。把鼠标移到或点击 C 的格子,或按“播放”。</translation>
    </message>
</context>
</TS>
