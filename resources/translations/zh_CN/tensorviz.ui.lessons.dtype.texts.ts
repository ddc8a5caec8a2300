<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DtypeLesson</name>
    <message>
        <source>Start: torch.tensor(values, dtype=...)</source>
        <translation>起点：torch.tensor(values, dtype=...)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A number or nested lists, e.g. [1.5, 300, -2]</source>
        <translation>一个数或嵌套列表，例如 [1.5, 300, -2]</translation>
    </message>
    <message>
        <source>dtype=</source>
        <translation>dtype=</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>自动推断</translation>
    </message>
    <message>
        <source>Conversions, in order</source>
        <translation>类型转换（按顺序）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected conversion up</source>
        <translation>把选中的转换上移</translation>
    </message>
    <message>
        <source>Move the selected conversion down</source>
        <translation>把选中的转换下移</translation>
    </message>
    <message>
        <source>The dtype for .type(...) and .to(dtype=...)</source>
        <translation>.type(...) 和 .to(dtype=...) 使用的 dtype</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>类型转换</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>A device name: cpu, cuda, cuda:0, mps... (shown in the Devices tab)</source>
        <translation>设备名：cpu、cuda、cuda:0、mps……（结果见“设备”标签页）</translation>
    </message>
    <message>
        <source>Click a column of the conversion table to see that element&apos;s float bits. Fewer bits mean fewer exponent bits (a smaller range) and fewer mantissa bits (fewer exact digits).</source>
        <translation>点击转换表中的某一列，查看该元素的浮点数位。位数越少，指数位越少（表示范围越小），尾数位也越少（精确的有效数字越少）。</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>类型转换</translation>
    </message>
    <message>
        <source>Table of dtypes</source>
        <translation>数据类型表</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Each line converts the tensor of the line above. Tinted cells are the elements that line changed; the symbol says how. Hover a cell for the exact values.</source>
        <translation>每一行都转换上一行的张量。着色的单元格是这一行改变了的元素，右上角的符号说明发生了什么。把鼠标停在单元格上可看到精确值。</translation>
    </message>
    <message>
        <source>torch refused {0}, so there is no such tensor. Below: the same values with the dtype torch.tensor infers, and the conversions applied to them.</source>
        <translation>torch 拒绝执行 {0}，所以这个张量并不存在。下面是同样的数值按 torch.tensor 自动推断出的 dtype 创建，再依次做这些转换的结果。</translation>
    </message>
    <message>
        <source>torch refused {0}, so there is no tensor to show.</source>
        <translation>torch 拒绝执行 {0}，所以没有可以展示的张量。</translation>
    </message>
    <message>
        <source>Element {0} as typed, {1}, stored in three float dtypes:</source>
        <translation>元素 {0} 的输入值 {1}，分别存成三种浮点类型：</translation>
    </message>
    <message>
        <source>At the end:  x.dtype = {0}    x.device = {1}    x.shape = {2}</source>
        <translation>最后：x.dtype = {0}    x.device = {1}    x.shape = {2}</translation>
    </message>
    <message>
        <source>{0} line by line, exactly:</source>
        <translation>{0} 逐行的精确值：</translation>
    </message>
    <message>
        <source>rounded</source>
        <translation>舍入</translation>
    </message>
    <message>
        <source>became 0</source>
        <translation>变成 0</translation>
    </message>
    <message>
        <source>became inf</source>
        <translation>变成 inf</translation>
    </message>
    <message>
        <source>fraction cut off</source>
        <translation>小数被截掉</translation>
    </message>
    <message>
        <source>wrapped around</source>
        <translation>回绕</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>became a bool</source>
        <translation>变成 bool</translation>
    </message>
    <message>
        <source>From torch.iinfo (integers) and torch.finfo (floats), read now. More bits cost more memory and time, and buy range and precision.</source>
        <translation>数据来自此刻读取的 torch.iinfo(整数)和 torch.finfo(浮点数)。位数越多，占用的内存和计算时间越多，换来的是更大的范围和更高的精度。</translation>
    </message>
    <message>
        <source>dtype
/ also called</source>
        <translation>dtype
/ 别名</translation>
    </message>
    <message>
        <source>bits / bytes</source>
        <translation>位 / 字节</translation>
    </message>
    <message>
        <source>smallest
largest</source>
        <translation>最小值
最大值</translation>
    </message>
    <message>
        <source>eps</source>
        <translation>eps</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Each ▮ is one byte (8 bits) of memory per element</source>
        <translation>每个 ▮ 表示每个元素占用的一个字节（8 位）内存</translation>
    </message>
    <message>
        <source>The gap between 1 and the next larger value the dtype holds</source>
        <translation>1 与该类型能表示的下一个更大值之间的间隔</translation>
    </message>
    <message>
        <source>finfo.resolution: 10 to the minus the number of exact decimal digits</source>
        <translation>finfo.resolution:10 的负（精确十进制位数）次方</translation>
    </message>
    <message>
        <source>Each ▮ is one byte. bool uses a whole byte. float16 and bfloat16 both use 16 bits: float16 spends more on the mantissa (more digits, range only ±65504), bfloat16 more on the exponent (the range of float32, only 2-3 digits).</source>
        <translation>每个 ▮ 是一个字节。bool 占一个完整的字节。float16 和 bfloat16 都用 16 位：float16 把更多位给了尾数（有效数字更多，但范围只有 ±65504），bfloat16 把更多位给了指数（范围与 float32 相同，但只有 2~3 位有效数字）。</translation>
    </message>
    <message>
        <source>What torch did</source>
        <translation>torch 实际的结果</translation>
    </message>
    <message>
        <source>meta is a device every torch has: its tensors hold a shape and a dtype but no data. It shows for real, on any machine, that tensors on two different devices cannot be combined, and the one exception: a 0-d CPU tensor goes with a tensor on any device, as a plain number does.</source>
        <translation>meta 是每个 torch 都有的设备：它上面的张量只有形状和 dtype，没有数据。借助它，在任何机器上都能真实地看到：位于两个不同设备上的张量不能一起运算；唯一的例外是 0 维的 CPU 张量，它像普通数字一样，可以和任何设备上的张量一起运算。</translation>
    </message>
    <message>
        <source>Asking torch for its devices...</source>
        <translation>正在向 torch 查询设备……</translation>
    </message>
    <message>
        <source>torch sees {0} CUDA GPU(s).</source>
        <translation>torch 检测到 {0} 块 CUDA GPU。</translation>
    </message>
    <message>
        <source>No GPU here: this torch was built without CUDA, so torch.cuda.is_available() is False and tensors can only live on the CPU. The calls below are real; their errors are torch&apos;s own.</source>
        <translation>这里没有 GPU：这个 torch 编译时没有 CUDA 支持，所以 torch.cuda.is_available() 为 False，张量只能放在 CPU 上。下面的调用都是真实执行的，报错也是 torch 自己给出的。</translation>
    </message>
    <message>
        <source>No GPU here: torch.cuda.is_available() is False (no usable NVIDIA GPU or driver), so tensors can only live on the CPU. The errors below are torch&apos;s own.</source>
        <translation>这里没有 GPU：torch.cuda.is_available() 为 False（没有可用的 NVIDIA GPU 或驱动），张量只能放在 CPU 上。下面的报错是 torch 自己给出的。</translation>
    </message>
    <message>
        <source>Devices torch reports now: {0}. The idiom picked device = {1}.</source>
        <translation>torch 此刻报告的设备：{0}。惯用写法选中了 device = {1}。</translation>
    </message>
    <message>
        <source>&quot;cuda&quot; if available else &quot;cpu&quot;</source>
        <translation>有 cuda 用 cuda，否则用 cpu</translation>
    </message>
    <message>
        <source>.to(device)</source>
        <translation>.to(device)</translation>
    </message>
    <message>
        <source>.cuda()</source>
        <translation>.cuda()</translation>
    </message>
    <message>
        <source>create on a device</source>
        <translation>直接在设备上创建</translation>
    </message>
    <message>
        <source>two devices meet</source>
        <translation>两个设备上的张量相遇</translation>
    </message>
    <message>
        <source>two devices meet (meta)</source>
        <translation>两个设备上的张量相遇(meta)</translation>
    </message>
    <message>
        <source>a 0-d CPU tensor meets meta</source>
        <translation>0 维 CPU 张量遇上 meta</translation>
    </message>
    <message>
        <source>→ on {0}</source>
        <translation>→ 位于 {0}</translation>
    </message>
</context>
</TS>
