<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>One call</source>
        <translation>单次调用</translation>
    </message>
    <message>
        <source>A chain of calls</source>
        <translation>连续调用</translation>
    </message>
    <message>
        <source>Several calls on one tensor, one after another, as in the course</source>
        <translation>在同一个张量上依次做多次调用，和课程中一样</translation>
    </message>
    <message>
        <source>One call, out-of-place next to in-place</source>
        <translation>一次调用：非原地与原地并排对照</translation>
    </message>
    <message>
        <source>Chain: float(), then add_ … pow_ (course)</source>
        <translation>连续：float()，再 add_ … pow_（课程）</translation>
    </message>
    <message>
        <source>Chain: add … pow, new tensors (course)</source>
        <translation>连续：add … pow，得到新张量（课程）</translation>
    </message>
    <message>
        <source>Chain: the course&apos;s whole test001</source>
        <translation>连续：课程中完整的 test001</translation>
    </message>
    <message>
        <source>Chain: int data, div_(3.0) fails</source>
        <translation>连续：整数 data，div_(3.0) 失败</translation>
    </message>
    <message>
        <source>Chain: sqrt, neg_, sqrt_ (nan)</source>
        <translation>连续：sqrt、neg_、sqrt_（出现 nan）</translation>
    </message>
    <message>
        <source>{0}() takes no operand: it uses x alone.</source>
        <translation>{0}() 不需要操作数：只作用于 x 本身。</translation>
    </message>
    <message>
        <source>data =</source>
        <translation>data =</translation>
    </message>
    <message>
        <source>torch.randint(0, 10, size)</source>
        <translation>torch.randint(0, 10, size)</translation>
    </message>
    <message>
        <source>torch.tensor(values)</source>
        <translation>torch.tensor(values)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>形状 size</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Calls on data</source>
        <translation>对 data 的调用</translation>
    </message>
    <message>
        <source>in place (trailing _)</source>
        <translation>原地（带下划线 _）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add this call at the end</source>
        <translation>把这次调用加到末尾</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Replace the selected call by this one</source>
        <translation>用这次调用替换选中的调用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation>删除选中的调用</translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation>把选中的调用上移</translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation>把选中的调用下移</translation>
    </message>
    <message>
        <source>A chain holds at most {0} calls.</source>
        <translation>一串最多 {0} 次调用。</translation>
    </message>
    <message>
        <source>Pick a call to edit it. Without the tick the call returns a new tensor and data stays as it is; float() always names its result data.</source>
        <translation>选中一次调用即可编辑。不勾选“原地”时，调用返回新张量，data 保持不变；float() 总是把结果重新命名为 data。</translation>
    </message>
    <message>
        <source>Tensor data</source>
        <translation>张量 data</translation>
    </message>
    <message>
        <source>randint size</source>
        <translation>randint 的形状</translation>
    </message>
    <message>
        <source>data at the start</source>
        <translation>开始时的 data</translation>
    </message>
    <message>
        <source>data after</source>
        <translation>调用后的 data</translation>
    </message>
    <message>
        <source>returned (new)</source>
        <translation>返回值（新张量）</translation>
    </message>
    <message>
        <source>returns data itself</source>
        <translation>返回 data 本身</translation>
    </message>
    <message>
        <source>data unchanged</source>
        <translation>data 未改变</translation>
    </message>
    <message>
        <source>already float32: the same tensor</source>
        <translation>已是 float32：同一个张量</translation>
    </message>
    <message>
        <source>data now names a new tensor</source>
        <translation>data 现在指向新张量</translation>
    </message>
    <message>
        <source>failed: {0}, data unchanged</source>
        <translation>失败：{0}，data 未改变</translation>
    </message>
    <message>
        <source>memory {0}</source>
        <translation>内存 {0}</translation>
    </message>
    <message>
        <source>Letters name blocks of memory: the same letter is the same data_ptr(). An in-place call writes into data&apos;s own block and returns data itself; a call without _ makes a new tensor in a new block.</source>
        <translation>字母表示内存块：字母相同，data_ptr() 就相同。原地调用写入 data 自己的内存块并返回 data 本身；不带 _ 的调用在新的内存块中创建新张量。</translation>
    </message>
</context>
</TS>
