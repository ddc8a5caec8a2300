<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BroadcastLesson</name>
    <message>
        <source>Course 1-D + 2-D</source>
        <translation>课程：1 维 + 2 维</translation>
    </message>
    <message>
        <source>Course 2-D + 3-D</source>
        <translation>课程：2 维 + 3 维</translation>
    </message>
    <message>
        <source>4-D: (8,1,6,1) and (7,1,5)</source>
        <translation>4 维：(8,1,6,1) 与 (7,1,5)</translation>
    </message>
    <message>
        <source>Scalar and tensor</source>
        <translation>标量与张量</translation>
    </message>
    <message>
        <source>Column and row</source>
        <translation>列与行</translation>
    </message>
    <message>
        <source>Incompatible shapes</source>
        <translation>不兼容的形状</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Operand {0}</source>
        <translation>操作数 {0}</translation>
    </message>
    <message>
        <source>values (a literal)</source>
        <translation>数值（字面量）</translation>
    </message>
    <message>
        <source>arange of a shape</source>
        <translation>按形状生成 arange</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>给出方式</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>values: type a literal such as [[1], [2]]. arange: type a shape such as 2, 1, 3; the values are generated.</source>
        <translation>数值：输入字面量，例如 [[1], [2]]。arange：输入形状，例如 2, 1, 3，数值会自动生成。</translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation>按回车键应用</translation>
    </message>
    <message>
        <source>a literal, e.g. [[1], [2]]</source>
        <translation>字面量，例如 [[1], [2]]</translation>
    </message>
    <message>
        <source>a shape, e.g. 2, 1, 3</source>
        <translation>形状，例如 2, 1, 3</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>1. Line the shapes up from the right.
2. A dim that one shape lacks counts as size 1.
3. In every dim the sizes must be equal, or one of them must be 1.
4. A size 1 is stretched to the other size by reading the same element again (stride 0): nothing is copied.
A 0-d tensor (a scalar) broadcasts with any shape.</source>
        <translation>1. 两个形状从右侧对齐。
2. 某个形状缺少的维度按大小 1 计算。
3. 每一维的大小必须相等，或者其中一个为 1。
4. 大小为 1 的维度被拉伸到另一方的大小，方法是重复读取同一个元素（步长为 0）：不会复制任何数据。
0 维张量（标量）可以和任意形状广播。</translation>
    </message>
    <message>
        <source>Operand a</source>
        <translation>操作数 a</translation>
    </message>
    <message>
        <source>Operand b</source>
        <translation>操作数 b</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Hatched, dashed cells are where broadcasting stretches an operand: its expanded view reads the same element there again (stride 0), nothing is copied. Solid cells are the operand&apos;s own elements. Cells of one colour read the same storage slot (hover a slot below to see its readers). The result of the operation is a new tensor.</source>
        <translation>带斜线、虚线边框的格子是广播把操作数拉伸出来的：扩展后的视图在这里再次读取同一个元素（步长为 0），并不复制数据。实线格子是操作数自己的元素。同一颜色的格子读取同一个存储位置（把鼠标移到下方的存储格上，可以看到哪些元素读取它）。运算的结果是一个新的张量。</translation>
    </message>
    <message>
        <source>Memory: broadcasting makes views, not copies</source>
        <translation>内存：广播生成视图，而不是副本</translation>
    </message>
    <message>
        <source>a {0} {1} b {2}  →  result {3}</source>
        <translation>a {0} {1} b {2}  →  结果 {3}</translation>
    </message>
    <message>
        <source>a {0} {1} b {2}: these shapes do not broadcast</source>
        <translation>a {0} {1} b {2}：这两个形状无法广播</translation>
    </message>
    <message>
        <source>{0} as given {1}: it cannot be expanded</source>
        <translation>{0} 原样 {1}：无法扩展</translation>
    </message>
    <message>
        <source>{0} expanded to {1}: stride 0, nothing copied</source>
        <translation>{0} 扩展为 {1}：步长为 0，不复制</translation>
    </message>
    <message>
        <source>{0} {1}: nothing to stretch</source>
        <translation>{0} {1}：无需拉伸</translation>
    </message>
    <message>
        <source>{0}_view, shape {1}: stride {2}, reads the storage of {0} (size {3})</source>
        <translation>{0}_view，形状 {1}：步长 {2}，读取 {0} 的存储（大小 {3}）</translation>
    </message>
    <message>
        <source> — stride 0 in dim {0}</source>
        <translation> — 第 {0} 维步长为 0</translation>
    </message>
    <message>
        <source>{0}: stride {1}, storage size {2}</source>
        <translation>{0}：步长 {1}，存储大小 {2}</translation>
    </message>
    <message>
        <source>result = a {0} b, computed by torch</source>
        <translation>result = a {0} b，由 torch 计算</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No result: torch raised an error (shown above).</source>
        <translation>没有结果：torch 报错了（见上方）。</translation>
    </message>
    <message>
        <source>a holds {0} bytes and b {1} bytes. No views exist: torch cannot expand shapes that do not broadcast.</source>
        <translation>a 占 {0} 字节，b 占 {1} 字节。没有视图：无法广播的形状，torch 也无法扩展。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). torch computed no result.</source>
        <translation>a 占 {0} 字节，b 占 {1} 字节。a_view 和 b_view 各显示 {2} 个元素，却没有多占一个字节：它们读取的就是 a 和 b 的内存（data_ptr 相同：{3}）。torch 没有算出结果。</translation>
    </message>
    <message>
        <source>a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). Only the result is new memory: {4} bytes.</source>
        <translation>a 占 {0} 字节，b 占 {1} 字节。a_view 和 b_view 各显示 {2} 个元素，却没有多占一个字节：它们读取的就是 a 和 b 的内存（data_ptr 相同：{3}）。只有结果是新分配的内存：{4} 字节。</translation>
    </message>
    <message>
        <source>Lined up from the right, dim {0} has size {1} in a and {2} in b. The sizes differ and neither is 1, so neither can be stretched: the shapes do not broadcast. Make one of them 1 there (for example with unsqueeze or reshape), or change a shape.</source>
        <translation>从右侧对齐后，第 {0} 维在 a 中大小为 {1}，在 b 中为 {2}。两者不相等，且都不是 1，所以哪一个都不能被拉伸：这两个形状无法广播。可以把其中一个在这一维变成 1（例如用 unsqueeze 或 reshape），或者换一个形状。</translation>
    </message>
</context>
</TS>
