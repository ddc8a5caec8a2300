<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Phrase</name>
    <message>
        <source> at {0}</source>
        <extracomment>Every template of a refusal&apos;s detail, ``{0}``, ``{1}`` standing for what fills it.</extracomment>
        <translation>（位于 {0}）</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>最外层</translation>
    </message>
    <message>
        <source>col {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <source>line {0}, col {1}</source>
        <translation>第 {0} 行第 {1} 列</translation>
    </message>
    <message>
        <source>{0} (col {1})</source>
        <translation>{0}（第 {1} 列）</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>index item {0}</source>
        <translation>索引项 {0}</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>dims</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>the result {0}</source>
        <translation>结果 {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} 与 {1}</translation>
    </message>
    <message>
        <source>a {0}-digit number</source>
        <translation>一个 {0} 位的数</translation>
    </message>
    <message>
        <source>a {0}-digit number{1}</source>
        <translation>一个 {0} 位的数{1}</translation>
    </message>
    <message>
        <source>a number of over {0} digits</source>
        <translation>超过 {0} 位的数</translation>
    </message>
    <message>
        <source>{0} needs one number</source>
        <translation>{0} 需要一个数</translation>
    </message>
    <message>
        <source>one number expected</source>
        <translation>这里需要一个数</translation>
    </message>
    <message>
        <source>one whole number expected</source>
        <translation>这里需要一个整数</translation>
    </message>
    <message>
        <source>{0} needs whole numbers; [{1}] is {2}</source>
        <translation>{0}只能是整数；[{1}] 是 {2}</translation>
    </message>
    <message>
        <source>{0} needs a whole number; got {1}</source>
        <translation>{0}需要整数，却是 {1}</translation>
    </message>
    <message>
        <source>{0} is larger than {1}</source>
        <translation>{0} 大于 {1}</translation>
    </message>
    <message>
        <source>{0} is not finite</source>
        <translation>{0} 不是有限的数</translation>
    </message>
    <message>
        <source>above 0, up to {0}</source>
        <translation>须大于 0，最大为 {0}</translation>
    </message>
    <message>
        <source>seed {0} is not in [0, 2**{1})</source>
        <translation>种子 {0} 不在 [0, 2**{1}) 内</translation>
    </message>
    <message>
        <source>{0} characters &gt; {1}</source>
        <translation>{0} 个字符 &gt; {1}</translation>
    </message>
    <message>
        <source>{0} dims &gt; {1}</source>
        <translation>{0} 个维度 &gt; {1}</translation>
    </message>
    <message>
        <source>size {0} at [{1}] &gt; {2}</source>
        <translation>[{1}] 处的大小 {0} &gt; {2}</translation>
    </message>
    <message>
        <source>{0}: {1} elements &gt; {2}</source>
        <translation>{0}：{1} 个元素 &gt; {2}</translation>
    </message>
    <message>
        <source>{0} elements &gt; {1}</source>
        <translation>{0} 个元素 &gt; {1}</translation>
    </message>
    <message>
        <source>the sizes {0} span {1} positions &gt; {2}</source>
        <translation>大小 {0} 共占 {1} 个位置 &gt; {2}</translation>
    </message>
    <message>
        <source>{0}({1}) reads {2} as a size: {2} elements &gt; {3}</source>
        <translation>{0}({1}) 把 {2} 当作大小：{2} 个元素 &gt; {3}</translation>
    </message>
    <message>
        <source>arange({0}, {1}, {2}) makes {3} elements &gt; {4}</source>
        <translation>arange({0}, {1}, {2}) 会生成 {3} 个元素 &gt; {4}</translation>
    </message>
    <message>
        <source>steps=0 makes an empty tensor: no points</source>
        <translation>steps=0 得到空张量：没有点</translation>
    </message>
    <message>
        <source>more than {0} elements</source>
        <translation>超过 {0} 个元素</translation>
    </message>
    <message>
        <source>more than {0} levels</source>
        <translation>嵌套超过 {0} 层</translation>
    </message>
    <message>
        <source>more than {0} levels at {1}</source>
        <translation>在 {1} 处嵌套超过 {0} 层</translation>
    </message>
    <message>
        <source>nested deeper than the parser can follow</source>
        <translation>嵌套太深，Python 无法读取</translation>
    </message>
    <message>
        <source>more than {0} parts</source>
        <translation>超过 {0} 个部分</translation>
    </message>
    <message>
        <source>more than {0} steps</source>
        <translation>超过 {0} 步</translation>
    </message>
    <message>
        <source>more than {0} conversions</source>
        <translation>超过 {0} 次转换</translation>
    </message>
    <message>
        <source>more than {0} leaves</source>
        <translation>超过 {0} 个叶子</translation>
    </message>
    <message>
        <source>{0} calls &gt; {1}</source>
        <translation>{0} 次调用 &gt; {1}</translation>
    </message>
    <message>
        <source>the lesson draws up to 4 dims</source>
        <translation>本课最多画 4 个维度</translation>
    </message>
    <message>
        <source>{0} has shape {1}, but {2} has shape {3}</source>
        <translation>{0} 的形状是 {1}，但 {2} 的形状是 {3}</translation>
    </message>
    <message>
        <source>nested list in {0} at [{1}]</source>
        <translation>{0}的 [{1}] 处是嵌套列表</translation>
    </message>
    <message>
        <source>size -1 at [{0}] is not allowed here</source>
        <translation>[{0}] 处的大小 -1 在这里不允许</translation>
    </message>
    <message>
        <source>only one size may be -1; found at {0}</source>
        <translation>只能有一个大小为 -1，但 {0} 处都是 -1</translation>
    </message>
    <message>
        <source>size {0} at [{1}] is negative</source>
        <translation>[{1}] 处的大小 {0} 是负数</translation>
    </message>
    <message>
        <source>size 0 at [{0}] is not allowed here</source>
        <translation>[{0}] 处的大小 0 在这里不允许</translation>
    </message>
    <message>
        <source>index {0} outside shape {1}</source>
        <translation>索引 {0} 超出形状 {1}</translation>
    </message>
    <message>
        <source>no elements to convert</source>
        <translation>没有可以转换的元素</translation>
    </message>
    <message>
        <source>nothing between [ and ]</source>
        <translation>[ 和 ] 之间是空的</translation>
    </message>
    <message>
        <source>an index such as [:, ::2] was expected</source>
        <translation>这里需要像 [:, ::2] 这样的索引</translation>
    </message>
    <message>
        <source>{0}: only numbers, slices, ... and None</source>
        <translation>{0}：只能是数、切片、... 和 None</translation>
    </message>
    <message>
        <source>only one ... is allowed</source>
        <translation>只能有一个 ...</translation>
    </message>
    <message>
        <source>unknown operation {0}</source>
        <translation>未知操作 {0}</translation>
    </message>
    <message>
        <source>{0}() takes no arguments</source>
        <translation>{0}() 不接受参数</translation>
    </message>
    <message>
        <source>{0}() needs a shape, e.g. 3, 4 or -1</source>
        <translation>{0}() 需要一个形状，例如 3, 4 或 -1</translation>
    </message>
    <message>
        <source>transpose() needs two dims, e.g. 0, 1</source>
        <translation>transpose() 需要两个维度，例如 0, 1</translation>
    </message>
    <message>
        <source>flatten() takes at most start_dim, end_dim</source>
        <translation>flatten() 最多接受 start_dim, end_dim</translation>
    </message>
    <message>
        <source>permute() needs the new order of the dims, e.g. 1, 0</source>
        <translation>permute() 需要维度的新顺序，例如 1, 0</translation>
    </message>
    <message>
        <source>unknown conversion {0}</source>
        <translation>未知转换 {0}</translation>
    </message>
    <message>
        <source>a chain holds at most {0} steps</source>
        <translation>一条链最多 {0} 步</translation>
    </message>
    <message>
        <source>{0} is reserved</source>
        <translation>{0} 是保留名</translation>
    </message>
    <message>
        <source>no leaf</source>
        <translation>没有叶子</translation>
    </message>
    <message>
        <source>no leaf {0}</source>
        <translation>没有名为 {0} 的叶子</translation>
    </message>
    <message>
        <source>assign to one plain name</source>
        <translation>只能赋值给一个普通的变量名</translation>
    </message>
    <message>
        <source>only the last line may be a bare expression</source>
        <translation>只有最后一行可以是单独的表达式</translation>
    </message>
    <message>
        <source>one expression expected</source>
        <translation>这里需要一个表达式</translation>
    </message>
    <message>
        <source>{0} uses no tensor</source>
        <translation>{0} 没有用到张量</translation>
    </message>
    <message>
        <source>keyword arguments are not allowed</source>
        <translation>不允许关键字参数</translation>
    </message>
    <message>
        <source>unknown function {0}</source>
        <translation>未知函数 {0}</translation>
    </message>
    <message>
        <source>unknown method {0}</source>
        <translation>未知方法 {0}</translation>
    </message>
    <message>
        <source>{0}() takes one argument</source>
        <translation>{0}() 只接受一个参数</translation>
    </message>
    <message>
        <source>.{0}() takes no argument</source>
        <translation>.{0}() 不接受参数</translation>
    </message>
    <message>
        <source>{0}() needs a tensor, not a number</source>
        <translation>{0}() 需要张量，而不是数</translation>
    </message>
    <message>
        <source>number ** number needs a finite base and |exponent| &lt;= {0}</source>
        <translation>数 ** 数：左边须是有限的数，且 |指数| &lt;= {0}</translation>
    </message>
    <message>
        <source>a negative number to a fractional power is complex</source>
        <translation>负数的分数次方是复数</translation>
    </message>
</context>
</TS>
