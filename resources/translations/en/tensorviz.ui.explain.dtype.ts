<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DtypeLesson</name>
    <message>
        <source>torch.tensor(data, dtype=...) checks that every value fits the dtype, and this one does not (see the Table of dtypes tab for the ranges). Converting an existing tensor with .type() or .to() does not check: it wraps around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no GPU that torch can use, so every tensor lives on the CPU here. The error above is torch&apos;s real answer; on a machine with a GPU the same code moves the tensor.</source>
        <extracomment>``x.to(device)`` for the device typed in the Device box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch knows no device by this name. A device is written as its type, optionally with a number: cpu, cuda, cuda:0, mps, meta. torch&apos;s message lists every type it knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number after cuda: picks one GPU, counting from 0, and this machine has no GPU with that number: torch.cuda.device_count() says how many there are (the Devices tab lists the devices torch reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch knows this kind of device, but this build of torch cannot use it (mps, for one, exists only on Apple computers). The tensor stays on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
