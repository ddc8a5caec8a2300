<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NumpyLesson</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A number or nested lists, e.g. [[1, 2], [3, 4]]</source>
        <translation>一个数或嵌套列表，例如 [[1, 2], [3, 4]]</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>each library&apos;s default</source>
        <translation>各库自己的默认类型</translation>
    </message>
    <message>
        <source>Start again (undo all edits)</source>
        <translation>重新开始（撤销所有修改）</translation>
    </message>
    <message>
        <source>Click any cell of a tensor or an ndarray, type a value and press Enter. The value is written into that real object; both sides are then read again. Where the memory is shared the other side changes too.</source>
        <translation>点击张量或 ndarray 的任意单元格，输入一个值并按回车。这个值会写进那个真实的对象，然后重新读取两边。内存共享时，另一边也会跟着变。</translation>
    </message>
    <message>
        <source>Shared or copied</source>
        <translation>共享还是复制</translation>
    </message>
    <message>
        <source>dtype mapping</source>
        <translation>dtype 对应关系</translation>
    </message>
    <message>
        <source>Converting keeps the dtype. numpy makes float64 by default, so torch.from_numpy(np.array([1.5])) is a float64 tensor, while torch.tensor([1.5]) is float32. numpy has no bfloat16.</source>
        <translation>转换会保留 dtype。numpy 默认生成 float64，所以 torch.from_numpy(np.array([1.5])) 是 float64 张量，而 torch.tensor([1.5]) 是 float32。numpy 没有 bfloat16。</translation>
    </message>
    <message>
        <source>numpy dtype</source>
        <translation>numpy dtype</translation>
    </message>
    <message>
        <source>torch.from_numpy gives</source>
        <translation>torch.from_numpy 得到</translation>
    </message>
    <message>
        <source>torch dtype</source>
        <translation>torch dtype</translation>
    </message>
    <message>
        <source>.numpy() gives</source>
        <translation>.numpy() 得到</translation>
    </message>
    <message>
        <source>tensor → ndarray</source>
        <translation>张量 → ndarray</translation>
    </message>
    <message>
        <source>tensor → ndarray, then copy()</source>
        <translation>张量 → ndarray，再 copy()</translation>
    </message>
    <message>
        <source>ndarray → tensor with from_numpy</source>
        <translation>ndarray → 张量(from_numpy)</translation>
    </message>
    <message>
        <source>ndarray → tensor with torch.tensor</source>
        <translation>ndarray → 张量(torch.tensor)</translation>
    </message>
    <message>
        <source>same memory: an edit shows on both sides</source>
        <translation>同一块内存：改一边，两边都变</translation>
    </message>
    <message>
        <source>separate memory: an edit stays on its side</source>
        <translation>各自的内存：改一边，只变这一边</translation>
    </message>
    <message>
        <source>tensor {0}  ({1})</source>
        <translation>张量 {0}  ({1})</translation>
    </message>
    <message>
        <source>ndarray {0}  ({1})</source>
        <translation>ndarray {0}  ({1})</translation>
    </message>
    <message>
        <source>memory (addresses differ each run)</source>
        <translation>内存（每次运行地址都不同）</translation>
    </message>
    <message>
        <source>the element you wrote</source>
        <translation>你写入的元素</translation>
    </message>
    <message>
        <source>the other side changed with it: shared memory</source>
        <translation>另一边随之改变：共享内存</translation>
    </message>
    <message>
        <source>the other side kept its value: a copy</source>
        <translation>另一边保持原值：是副本</translation>
    </message>
    <message>
        <source>Value for {0}</source>
        <translation>{0} 的值</translation>
    </message>
    <message>
        <source>{0} = {1} stored {2}: {3} holds whole numbers, so the fraction was cut off.</source>
        <translation>{0} = {1} 存成了 {2}：{3} 只存整数，所以小数部分被截掉了。</translation>
    </message>
</context>
</TS>
