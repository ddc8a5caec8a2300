<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DtypeLesson</name>
    <message>
        <source>torch.tensor(data, dtype=...) checks that every value fits the dtype, and this one does not (see the Table of dtypes tab for the ranges). Converting an existing tensor with .type() or .to() does not check: it wraps around.</source>
        <translation>torch.tensor(data, dtype=...) 会检查每个值是否能放进该类型，而这个值放不下（各类型的范围见“数据类型表”）。用 .type() 或 .to() 转换已有张量时则不检查：超出范围的值会回绕。</translation>
    </message>
    <message>
        <source>This machine has no GPU that torch can use, so every tensor lives on the CPU here. The error above is torch&apos;s real answer; on a machine with a GPU the same code moves the tensor.</source>
        <extracomment>``x.to(device)`` for the device typed in the Device box.</extracomment>
        <translation>这台机器没有 torch 可用的 GPU，所以这里的张量都只能放在 CPU 上。上面的错误是 torch 的真实回答；在有 GPU 的机器上，同样的代码会把张量移过去。</translation>
    </message>
    <message>
        <source>torch knows no device by this name. A device is written as its type, optionally with a number: cpu, cuda, cuda:0, mps, meta. torch&apos;s message lists every type it knows.</source>
        <translation>torch 不认识叫这个名字的设备。设备的写法是它的类型，可以再带一个编号：cpu、cuda、cuda:0、mps、meta。torch 的报错信息里列出了它认识的所有类型。</translation>
    </message>
    <message>
        <source>The number after cuda: picks one GPU, counting from 0, and this machine has no GPU with that number: torch.cuda.device_count() says how many there are (the Devices tab lists the devices torch reports).</source>
        <translation>cuda: 后面的数字选定一块 GPU，从 0 开始数；这台机器没有这个编号的 GPU：torch.cuda.device_count() 给出 GPU 的块数（“设备”标签页列出 torch 报告的设备）。</translation>
    </message>
    <message>
        <source>torch knows this kind of device, but this build of torch cannot use it (mps, for one, exists only on Apple computers). The tensor stays on the CPU.</source>
        <translation>torch 认识这种设备，但当前这个版本的 torch 用不了它（比如 mps 只在苹果电脑上才有）。张量仍留在 CPU 上。</translation>
    </message>
</context>
</TS>
