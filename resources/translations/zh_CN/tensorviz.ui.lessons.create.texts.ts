<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CreateLesson</name>
    <message>
        <source>0-D scalar</source>
        <translation>0 维标量</translation>
    </message>
    <message>
        <source>1-D vector</source>
        <translation>1 维向量</translation>
    </message>
    <message>
        <source>2-D matrix</source>
        <translation>2 维矩阵</translation>
    </message>
    <message>
        <source>3-D</source>
        <translation>3 维</translation>
    </message>
    <message>
        <source>4-D</source>
        <translation>4 维</translation>
    </message>
    <message>
        <source>float → int</source>
        <translation>浮点 → 整数</translation>
    </message>
    <message>
        <source>from numpy</source>
        <translation>来自 numpy</translation>
    </message>
    <message>
        <source>numpy randn</source>
        <translation>numpy 随机数</translation>
    </message>
    <message>
        <source>given a tensor</source>
        <translation>传入张量</translation>
    </message>
    <message>
        <source>big linspace</source>
        <translation>linspace 大值</translation>
    </message>
    <message>
        <source>normal(2, 3)</source>
        <translation>normal(2, 3)</translation>
    </message>
    <message>
        <source>torch.tensor(5): a 0-D tensor, one number.</source>
        <translation>torch.tensor(5):0 维张量，只有一个数。</translation>
    </message>
    <message>
        <source>torch.tensor([1, 2, 3]): one index per element.</source>
        <translation>torch.tensor([1, 2, 3])：每个元素一个索引。</translation>
    </message>
    <message>
        <source>A 2-D tensor: row and column.</source>
        <translation>2 维张量：行和列。</translation>
    </message>
    <message>
        <source>A 3-D tensor: two matrices of 2 × 3.</source>
        <translation>3 维张量：两个 2 × 3 的矩阵。</translation>
    </message>
    <message>
        <source>A 4-D tensor: 2 × 2 matrices of 2 × 3.</source>
        <translation>4 维张量：2 × 2 个 2 × 3 的矩阵。</translation>
    </message>
    <message>
        <source>torch.Tensor(2, 3): a size, so uninitialised memory.</source>
        <translation>torch.Tensor(2, 3)：参数是形状，因此是未初始化的内存。</translation>
    </message>
    <message>
        <source>torch.IntTensor given floats: the conversion shown.</source>
        <translation>给 torch.IntTensor 传入浮点数：显示类型转换。</translation>
    </message>
    <message>
        <source>torch.tensor(np.array(...)): numpy&apos;s float64 is kept.</source>
        <translation>torch.tensor(np.array(...))：保留 numpy 的 float64。</translation>
    </message>
    <message>
        <source>torch.tensor(np.random.randn(3, 5)) after np.random.seed(42): numpy&apos;s float64 is kept.</source>
        <translation>先 np.random.seed(42)，再 torch.tensor(np.random.randn(3, 5))：保留 numpy 的 float64。</translation>
    </message>
    <message>
        <source>t = torch.tensor([1, 2, 3]) given to torch.tensor and to torch.Tensor: which copies t, which shares its memory, and torch&apos;s warning.</source>
        <translation>把 t = torch.tensor([1, 2, 3]) 分别交给 torch.tensor 和 torch.Tensor：哪个复制 t，哪个共享它的内存，以及 torch 给出的警告。</translation>
    </message>
    <message>
        <source>torch.linspace(3, 10000000, 10) and scientific notation.</source>
        <translation>torch.linspace(3, 10000000, 10) 与科学计数法。</translation>
    </message>
    <message>
        <source>torch.normal(mean=2, std=3) with a histogram of 100,000 draws.</source>
        <translation>torch.normal(mean=2, std=3)，附 100,000 次抽样的直方图。</translation>
    </message>
    <message>
        <source>A number or nested lists, e.g. [[1, 2], [3, 4]]. True/False, inf, nan and pi are allowed.</source>
        <translation>一个数或嵌套列表，例如 [[1, 2], [3, 4]]。可以使用 True/False、inf、nan 和 pi。</translation>
    </message>
    <message>
        <source>The size along each dim, e.g. 2, 3. Empty: a scalar.</source>
        <translation>每一维的大小，例如 2, 3。留空：标量。</translation>
    </message>
    <message>
        <source>The first value.</source>
        <translation>第一个值。</translation>
    </message>
    <message>
        <source>arange: where counting stops (excluded). linspace: the last value.</source>
        <translation>arange：计数停止处（不包含）。linspace：最后一个值。</translation>
    </message>
    <message>
        <source>The distance between neighbours (not 0).</source>
        <translation>相邻两个值的间距（不能为 0）。</translation>
    </message>
    <message>
        <source>How many points (at least 1).</source>
        <translation>点的个数（至少 1）。</translation>
    </message>
    <message>
        <source>The value every element gets.</source>
        <translation>每个元素都取的值。</translation>
    </message>
    <message>
        <source>The centre of the normal distribution.</source>
        <translation>正态分布的中心。</translation>
    </message>
    <message>
        <source>The standard deviation (spread), &gt;= 0. The variance is std².</source>
        <translation>标准差（分散程度），&gt;= 0。方差是 std²。</translation>
    </message>
    <message>
        <source>The smallest whole number drawn.</source>
        <translation>可能抽到的最小整数。</translation>
    </message>
    <message>
        <source>One more than the largest whole number drawn (excluded).</source>
        <translation>比可能抽到的最大整数大 1（不包含）。</translation>
    </message>
    <message>
        <source>Pass a numpy array instead of a list: torch.tensor keeps numpy&apos;s dtype (float64 for floats).</source>
        <translation>传入 numpy 数组而不是列表：torch.tensor 保留 numpy 的 dtype（浮点数为 float64）。</translation>
    </message>
    <message>
        <source>Available on this machine.</source>
        <translation>本机可用。</translation>
    </message>
    <message>
        <source>Not available on this machine: torch&apos;s own error is shown.</source>
        <translation>本机不可用：将显示 torch 自己的报错。</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Constructor and arguments</source>
        <translation>创建函数与参数</translation>
    </message>
    <message>
        <source>call</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>data (a list)</source>
        <translation>data（列表）</translation>
    </message>
    <message>
        <source>size (numbers)</source>
        <translation>size（数字）</translation>
    </message>
    <message>
        <source>as a numpy array</source>
        <translation>作为 numpy 数组</translation>
    </message>
    <message>
        <source>first as a tensor t</source>
        <translation>先做成张量 t</translation>
    </message>
    <message>
        <source>The numpy array: np.array(data), or np.random.randn(size) drawn after np.random.seed(seed).</source>
        <translation>numpy 数组：np.array(data)，或在 np.random.seed(seed) 之后抽取的 np.random.randn(size)。</translation>
    </message>
    <message>
        <source>Make the data a tensor t first and give t to the constructor: see which constructor copies t and which shares its memory.</source>
        <translation>先把数据做成张量 t，再把 t 交给构造函数：看看哪个构造函数复制 t，哪个共享它的内存。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Record operations on this tensor for autograd (float dtypes only).</source>
        <translation>为自动微分记录对该张量的运算（仅限浮点 dtype）。</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机数种子</translation>
    </message>
    <message>
        <source>The same seed makes the generator produce the same numbers again.</source>
        <translation>相同的种子让生成器再次产生相同的数。</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再运行一次</translation>
    </message>
    <message>
        <source>Seed and draw again, and compare with the values drawn before.</source>
        <translation>重新设置种子并再次抽取，与之前的数值比较。</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>torch.set_printoptions(sci_mode=...): scientific notation in printed tensors.</source>
        <translation>torch.set_printoptions(sci_mode=...)：打印张量时是否使用科学计数法。</translation>
    </message>
    <message>
        <source>Attributes of x</source>
        <translation>x 的属性</translation>
    </message>
    <message>
        <source>Sample and expected distribution</source>
        <translation>样本与理论分布</translation>
    </message>
    <message>
        <source>default (torch decides)</source>
        <translation>默认（由 torch 决定）</translation>
    </message>
    <message>
        <source>on: 1.0000e+06</source>
        <translation>开：1.0000e+06</translation>
    </message>
    <message>
        <source>off: 1000000.0000</source>
        <translation>关：1000000.0000</translation>
    </message>
    <message>
        <source>The size along each dim.</source>
        <translation>每一维的大小。</translation>
    </message>
    <message>
        <source>How many dims: how many indices pick one element.</source>
        <translation>维度个数：选出一个元素需要几个索引。</translation>
    </message>
    <message>
        <source>How many elements: the product of the sizes.</source>
        <translation>元素个数：各维大小的乘积。</translation>
    </message>
    <message>
        <source>The type every element has.</source>
        <translation>每个元素的数据类型。</translation>
    </message>
    <message>
        <source>Where the memory is: cpu or a GPU.</source>
        <translation>内存所在的设备：cpu 或 GPU。</translation>
    </message>
    <message>
        <source>Bytes per element.</source>
        <translation>每个元素的字节数。</translation>
    </message>
    <message>
        <source>Bytes of all elements: numel() × element_size().</source>
        <translation>所有元素的字节数：numel() × element_size()。</translation>
    </message>
    <message>
        <source>Whether autograd records operations on it.</source>
        <translation>自动微分是否记录对它的运算。</translation>
    </message>
    <message>
        <source>Made by the user, not computed from other tensors: every freshly created tensor is a leaf.</source>
        <translation>由用户创建，而不是由其他张量计算得到：每个新创建的张量都是叶子。</translation>
    </message>
    <message>
        <source>dtype {0}</source>
        <translation>dtype {0}</translation>
    </message>
    <message>
        <source>The same input given to {0}: not run, it would reserve {1} uninitialised elements (more than tensorviz allows).</source>
        <translation>同样的输入交给 {0}：未运行，它会分配 {1} 个未初始化的元素（超过 tensorviz 的上限）。</translation>
    </message>
    <message>
        <source>The same input given to {0}: torch refuses it.</source>
        <translation>同样的输入交给 {0}：torch 拒绝执行。</translation>
    </message>
    <message>
        <source>The same input given to {0}: dtype {1}, uninitialised memory</source>
        <translation>同样的输入交给 {0}：dtype {1}，未初始化的内存</translation>
    </message>
    <message>
        <source>The same input given to {0}: dtype {1}</source>
        <translation>同样的输入交给 {0}：dtype {1}</translation>
    </message>
    <message>
        <source>{0} dims: the grid draws up to 4, so here is a summary.</source>
        <translation>{0} 维：网格最多画 4 维，所以这里显示摘要。</translation>
    </message>
    <message>
        <source>{0} elements: too many to draw one by one, so here is a summary.</source>
        <translation>{0} 个元素：太多了，无法逐个画出，所以这里显示摘要。</translation>
    </message>
    <message>
        <source>print(x) in the output pane shows torch&apos;s own summary.</source>
        <translation>右侧 print(x) 的输出是 torch 自己的摘要。</translation>
    </message>
    <message>
        <source>torch.initial_seed() → {0}</source>
        <translation>torch.initial_seed() → {0}</translation>
    </message>
    <message>
        <source>Run 1 with seed {0}. Press “Run again”: the same seed gives the same values.</source>
        <translation>第 1 次运行，种子 {0}。点击“再运行一次”：相同的种子得到相同的数值。</translation>
    </message>
    <message>
        <source>Run {0} with seed {1}: exactly the same values as the run before ✓</source>
        <translation>第 {0} 次运行，种子 {1}：与上一次的数值完全相同 ✓</translation>
    </message>
    <message>
        <source>Run {0} with seed {1}: the values differ from the run before!</source>
        <translation>第 {0} 次运行，种子 {1}：数值与上一次不同!</translation>
    </message>
    <message>
        <source>Seed {0} instead of {1}: different values. Set {1} again to get the old ones back.</source>
        <translation>种子由 {1} 改为 {0}：数值不同。重新设为 {1} 即可得到原来的数值。</translation>
    </message>
    <message>
        <source>Seed {0} instead of {1}, yet the same values.</source>
        <translation>种子由 {1} 改为 {0}，数值却相同。</translation>
    </message>
    <message>
        <source>Uninitialised memory.</source>
        <translation>未初始化的内存。</translation>
    </message>
    <message>
        <source>{0} reads its numbers as a size: it reserves {1} elements of {2} and does not fill them. The grid shows whatever bytes were there (different on every run, maybe huge or nan), so the code prints only shape and dtype. Use torch.zeros or torch.full for known values.</source>
        <translation>{0} 把这些数字当作形状：它分配 {1} 个 {2} 元素，但不填写数值。网格显示的是内存里原有的字节（每次运行都可能不同，可能极大或是 nan），所以代码只打印 shape 和 dtype。需要确定的数值请用 torch.zeros 或 torch.full。</translation>
    </message>
    <message>
        <source>ndim 0: a scalar, a single number; its shape is torch.Size([]).</source>
        <translation>ndim 0：标量，只有一个数；它的 shape 是 torch.Size([])。</translation>
    </message>
    <message>
        <source>ndim 1: a vector. One index picks an element: its position along dim 0 (written above the cells).</source>
        <translation>ndim 1：向量。一个索引选出一个元素：它在第 0 维上的位置（写在格子上方）。</translation>
    </message>
    <message>
        <source>ndim 2: a matrix. Two indices: the row (dim 0, on the left) and the column (dim 1, above).</source>
        <translation>ndim 2：矩阵。两个索引：行（第 0 维，在左侧）和列（第 1 维，在上方）。</translation>
    </message>
    <message>
        <source>ndim 3: matrices side by side. Three indices: which matrix (dim 0, [i] above each), then row (dim 1) and column (dim 2).</source>
        <translation>ndim 3：并排的多个矩阵。三个索引：哪个矩阵（第 0 维，每个上方的 [i]），然后是行（第 1 维）和列（第 2 维）。</translation>
    </message>
    <message>
        <source>ndim 4: a grid of matrices. Four indices: [i, j] above each matrix (dims 0 and 1), then row (dim 2) and column (dim 3).</source>
        <translation>ndim 4：矩阵组成的网格。四个索引：每个矩阵上方的 [i, j]（第 0 和第 1 维），然后是行（第 2 维）和列（第 3 维）。</translation>
    </message>
    <message>
        <source>ndim {0}: drawn as a summary.</source>
        <translation>ndim {0}：以摘要形式显示。</translation>
    </message>
    <message>
        <source>A scalar has no dims, so its index is empty: x[()] = {0}, or x.item().</source>
        <translation>标量没有维度，所以它的索引是空的：x[()] = {0}，或 x.item()。</translation>
    </message>
    <message>
        <source>{0} along dim {1}</source>
        <translation>第 {1} 维上的 {0}</translation>
    </message>
    <message>
        <source>x[{0}] = {1}: position {2}.</source>
        <translation>x[{0}] = {1}：位置是 {2}。</translation>
    </message>
    <message>
        <source>booleans</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>floats</source>
        <translation>浮点数</translation>
    </message>
    <message>
        <source>The data were {0}; the tensor stores {1}.</source>
        <translation>输入的数据是{0}；张量存储的是 {1}。</translation>
    </message>
    <message>
        <source>Every value was converted exactly.</source>
        <translation>每个值都被精确转换。</translation>
    </message>
    <message>
        <source>Fractions are cut off toward zero (outlined cells):</source>
        <translation>小数部分向零截断（带框的格子）：</translation>
    </message>
    <message>
        <source>These values could not be kept exactly (outlined cells):</source>
        <translation>这些值无法被精确保存（带框的格子）：</translation>
    </message>
    <message>
        <source>Careful: torch.Tensor reads a lone whole number as a size. torch.tensor(5) is the scalar 5; torch.Tensor(5) is 5 uninitialised float32 values.</source>
        <translation>注意：torch.Tensor 把单独一个整数当作形状。torch.tensor(5) 是标量 5；torch.Tensor(5) 是 5 个未初始化的 float32 值。</translation>
    </message>
    <message>
        <source>torch.tensor takes exactly one argument, the data; only torch.Tensor (and IntTensor...) read several numbers as a size. torch.tensor infers the dtype from the data, torch.Tensor always makes float32.</source>
        <translation>torch.tensor 只接受一个参数：数据；只有 torch.Tensor(以及 IntTensor 等)会把多个数字当作形状。torch.tensor 根据数据推断 dtype，torch.Tensor 总是生成 float32。</translation>
    </message>
    <message>
        <source>Below it, the same input given to {0} ({1}). torch.tensor infers the dtype from the data (whole numbers → int64, floats → float32, numpy float64 stays float64); torch.Tensor always makes float32.</source>
        <translation>下方是同样的输入交给 {0} 的结果（{1}）。torch.tensor 根据数据推断 dtype（整数 → int64，浮点数 → float32，numpy 的 float64 保持 float64）；torch.Tensor 总是生成 float32。</translation>
    </message>
    <message>
        <source>t is empty: no memory, data_ptr() is 0</source>
        <translation>t 是空的：没有内存，data_ptr() 为 0</translation>
    </message>
    <message>
        <source>shares t&apos;s memory</source>
        <translation>与 t 共享内存</translation>
    </message>
    <message>
        <source>a copy in new memory</source>
        <translation>复制到新内存</translation>
    </message>
    <message>
        <source>Made first: {0} ({1}). x and y are both made from this one tensor t.</source>
        <translation>先创建：{0}（{1}）。x 和 y 都由这同一个张量 t 生成。</translation>
    </message>
    <message>
        <source>{0}(t) warns: {1}</source>
        <translation>{0}(t) 发出警告：{1}</translation>
    </message>
    <message>
        <source>torch.tensor(t, copy=True) → torch refuses: {0}</source>
        <translation>torch.tensor(t, copy=True) → torch 拒绝：{0}</translation>
    </message>
    <message>
        <source>{0}(t) copies nothing and converts nothing: its result uses t&apos;s memory, with t&apos;s dtype {1}.</source>
        <translation>{0}(t) 既不复制也不转换：结果直接使用 t 的内存，保持 t 的 dtype {1}。</translation>
    </message>
    <message>
        <source>{0}(t) copies t into new memory ({1}); a change to t does not reach it.</source>
        <translation>{0}(t) 把 t 复制到新内存（{1}）；之后修改 t 不会影响它。</translation>
    </message>
    <message>
        <source>linspace(start, end, steps) makes steps evenly spaced points, both ends included. With a huge end torch prints in scientific notation (1.1111e+06); set sci_mode off under Printing to see plain digits.</source>
        <translation>linspace(start, end, steps) 生成 steps 个等间距的点，包含两端。end 很大时 torch 用科学计数法打印(1.1111e+06)；在“打印”中关闭 sci_mode 即可看到普通数字。</translation>
    </message>
    <message>
        <source>arange(start, end, step) counts from start in steps of step; end itself is not included. Whole numbers give int64, any float gives float32.</source>
        <translation>arange(start, end, step) 从 start 开始按 step 递增；不包含 end 本身。参数都是整数时得到 int64，有任何浮点数时得到 float32。</translation>
    </message>
</context>
</TS>
