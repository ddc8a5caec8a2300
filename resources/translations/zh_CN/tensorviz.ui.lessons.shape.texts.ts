<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ShapeLesson</name>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Transpose, then view (fails)</source>
        <translation>先转置，再 view（报错）</translation>
    </message>
    <message>
        <source>reshape: a view or a copy?</source>
        <translation>reshape：视图还是拷贝？</translation>
    </message>
    <message>
        <source>(4, 3) → (2, 2, 3): same memory regrouped</source>
        <translation>(4, 3) → (2, 2, 3)：同一块内存重新分组</translation>
    </message>
    <message>
        <source>Slicing: offset and strides</source>
        <translation>切片：偏移量与步长</translation>
    </message>
    <message>
        <source>permute a 3-D tensor</source>
        <translation>对三维张量做 permute</translation>
    </message>
    <message>
        <source>squeeze and unsqueeze</source>
        <translation>squeeze 与 unsqueeze</translation>
    </message>
    <message>
        <source>4-D, 4,096 elements</source>
        <translation>四维，4,096 个元素</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>.t() only swaps the strides: the same memory, read column by column. view() needs memory in row order, so it fails; both fixes copy first.</source>
        <translation>.t() 只是交换了步长：同一块内存，按列来读。view() 需要按行顺序排列的内存，所以失败；两种修复都会先拷贝。</translation>
    </message>
    <message>
        <source>reshape() returns a view when the strides allow it (x1) and copies only when they do not (x3): watch the storage badge of each step.</source>
        <translation>步长允许时 reshape() 返回视图(x1)，不允许时才拷贝(x3)：留意每一步的存储标记。</translation>
    </message>
    <message>
        <source>(4, 3) → (2, 2, 3) regroups the same memory: only shape and strides change. transpose(0, 1) then reads that memory in another order.</source>
        <translation>(4, 3) → (2, 2, 3) 只是把同一块内存重新分组：变的只有形状和步长。随后 transpose(0, 1) 以另一种顺序读取这块内存。</translation>
    </message>
    <message>
        <source>Slicing makes views: a storage offset (where x1[0, 0] is) and bigger strides (::2 skips a slot). view() still works here because the strides line up.</source>
        <translation>切片得到的是视图：有存储偏移量（x1[0, 0] 所在位置）和更大的步长（：：2 每次跳过一个槽位）。这里 view() 仍然可行，因为步长能对得上。</translation>
    </message>
    <message>
        <source>permute() reorders the strides. contiguous() copies into the new row order, and after that view() works.</source>
        <translation>permute() 重新排列步长。contiguous() 按新的行顺序拷贝一份，之后 view() 就能用了。</translation>
    </message>
    <message>
        <source>squeeze(1) on a dim of size 3 changes nothing; squeeze(0) drops a size-1 dim; unsqueeze(-1) adds one. All of them are views.</source>
        <translation>对大小为 3 的维度做 squeeze(1) 什么也不改变；squeeze(0) 去掉一个大小为 1 的维度；unsqueeze(-1) 增加一个。它们都是视图。</translation>
    </message>
    <message>
        <source>4,096 elements are still drawn cell by cell; bigger tensors are summarised.</source>
        <translation>4,096 个元素仍会逐格绘制；更大的张量只显示摘要。</translation>
    </message>
    <message>
        <source>Start tensor x0</source>
        <translation>起始张量 x0</translation>
    </message>
    <message>
        <source>torch.arange(n).reshape(shape)</source>
        <translation>torch.arange(n).reshape(形状)</translation>
    </message>
    <message>
        <source>torch.tensor(literal)</source>
        <translation>torch.tensor(字面量)</translation>
    </message>
    <message>
        <source>e.g. [[1, 2, 3], [4, 5, 6]]</source>
        <translation>例如 [[1, 2, 3], [4, 5, 6]]</translation>
    </message>
    <message>
        <source>shape, up to 4 dims, e.g. 2, 3, 4</source>
        <translation>形状，最多 4 维，例如 2, 3, 4</translation>
    </message>
    <message>
        <source>Start tensor</source>
        <translation>起始张量</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Step arguments</source>
        <translation>步骤参数</translation>
    </message>
    <message>
        <source>new shape, e.g. 2, -1</source>
        <translation>新形状，例如 2, -1</translation>
    </message>
    <message>
        <source>new shape, e.g. -1</source>
        <translation>新形状，例如 -1</translation>
    </message>
    <message>
        <source>two dims, e.g. 0, 1</source>
        <translation>两个维度，例如 0, 1</translation>
    </message>
    <message>
        <source>new order of all dims, e.g. 1, 0</source>
        <translation>所有维度的新顺序，例如 1, 0</translation>
    </message>
    <message>
        <source>empty: all size-1 dims; or one dim</source>
        <translation>留空：去掉所有大小为 1 的维度；或填一个维度</translation>
    </message>
    <message>
        <source>where the new dim goes, e.g. 0</source>
        <translation>新维度插入的位置，例如 0</translation>
    </message>
    <message>
        <source>empty, or start_dim, end_dim</source>
        <translation>留空，或 start_dim, end_dim</translation>
    </message>
    <message>
        <source>e.g. [:, ::2] or [1:] or [0]</source>
        <translation>例如 [:, ::2]、[1:] 或 [0]</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Insert this step after the selected one</source>
        <translation>在选中的步骤之后插入此步骤</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Replace the selected step</source>
        <translation>替换选中的步骤</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>↑ Move up</source>
        <translation>↑ 上移</translation>
    </message>
    <message>
        <source>↓ Move down</source>
        <translation>↓ 下移</translation>
    </message>
    <message>
        <source>A chain holds at most {0} steps: remove one to add another.</source>
        <translation>一条链最多 {0} 步：先删除一步，才能再添加。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Animate moving between steps</source>
        <translation>切换步骤时播放动画</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Fix: insert .contiguous() before it</source>
        <translation>修复：在它前面插入 .contiguous()</translation>
    </message>
    <message>
        <source>Fix: use reshape() instead</source>
        <translation>修复：改用 reshape()</translation>
    </message>
    <message>
        <source>Same colour = same memory (one colour per row of x0). Point at a cell or slot.</source>
        <translation>颜色相同 = 内存相同（x0 的每一行一种颜色）。把鼠标指向格子或槽位试试。</translation>
    </message>
    <message>
        <source>{0}: the logical view, shape {1}</source>
        <translation>{0}：逻辑视图，形状 {1}</translation>
    </message>
    <message>
        <source>The storage {0} reads, in memory order ({1} slots)</source>
        <translation>{0} 读取的存储，按内存顺序（{1} 个槽位）</translation>
    </message>
    <message>
        <source>torch refused this step ({1}). Shown below: {0}, the tensor it was called on.</source>
        <translation>torch 拒绝执行这一步({1})。下方显示的是 {0}，即调用它的那个张量。</translation>
    </message>
    <message>
        <source>Not run: an earlier step failed</source>
        <translation>未运行：前面的步骤出错了</translation>
    </message>
    <message>
        <source>Not run: an earlier step failed. Shown below: {0}.</source>
        <translation>未运行：前面的步骤出错了。下方显示的是 {0}。</translation>
    </message>
    <message>
        <source>Strides of {0}: {1}</source>
        <translation>{0} 的步长：{1}</translation>
    </message>
    <message>
        <source>dim {0} (size {1}): one step along it → jump {2} slots</source>
        <translation>第 {0} 维（大小 {1}）：沿它走一步 → 跳过 {2} 个槽位</translation>
    </message>
    <message>
        <source>a 0-d tensor has no dims to step along</source>
        <translation>0 维张量没有可以移动的维度</translation>
    </message>
    <message>
        <source>Storage offset: {0}  ({1}{2} is slot {0} of the {3} in storage)</source>
        <translation>存储偏移量：{0}  （{1}{2} 位于存储 {3} 个槽位中的第 {0} 号）</translation>
    </message>
    <message>
        <source>Read row by row, {0} visits slots {1}{2} (jumps {3}{2}). view() can only regroup memory that is already in row order; this memory is not.</source>
        <translation>按行顺序读取时，{0} 依次访问槽位 {1}{2}（跳跃 {3}{2}）。view() 只能重新分组本来就按行顺序排列的内存；而这块内存不是。</translation>
    </message>
    <message>
        <source>contiguous: is_contiguous() is True</source>
        <translation>连续：is_contiguous() 为 True</translation>
    </message>
    <message>
        <source>not contiguous: is_contiguous() is False</source>
        <translation>不连续：is_contiguous() 为 False</translation>
    </message>
    <message>
        <source>the start: its own new storage</source>
        <translation>起点：自己的新存储</translation>
    </message>
    <message>
        <source>a view: shares storage with {0} (no copy)</source>
        <translation>视图：与 {0} 共享存储（没有拷贝）</translation>
    </message>
    <message>
        <source>a copy: new storage, not shared with {0}</source>
        <translation>拷贝：新的存储，不与 {0} 共享</translation>
    </message>
    <message>
        <source>nothing changed: it returned the same tensor object</source>
        <translation>没有变化：返回的就是同一个张量对象</translation>
    </message>
    <message>
        <source>nothing changed: same shape, strides and memory</source>
        <translation>没有变化：形状、步长和内存都相同</translation>
    </message>
    <message>
        <source>{0} elements: too many to draw one by one; shape, strides, offset and badges still come from torch.</source>
        <translation>{0} 个元素：太多了，无法逐个绘制；形状、步长、偏移量和标记仍然来自 torch。</translation>
    </message>
    <message>
        <source>{0}{1} reads slot offset + {2} = {3} + {4} = {5}  →  value {6}</source>
        <translation>{0}{1} 读取槽位 offset + {2} = {3} + {4} = {5}  →  值 {6}</translation>
    </message>
</context>
</TS>
