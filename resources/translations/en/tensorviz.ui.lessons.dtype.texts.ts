<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DtypeLesson</name>
    <message>
        <source>Start: torch.tensor(values, dtype=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or nested lists, e.g. [1.5, 300, -2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected conversion up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected conversion down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dtype for .type(...) and .to(dtype=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device name: cpu, cuda, cuda:0, mps... (shown in the Devices tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column of the conversion table to see that element&apos;s float bits. Fewer bits mean fewer exponent bits (a smaller range) and fewer mantissa bits (fewer exact digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of dtypes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line converts the tensor of the line above. Tinted cells are the elements that line changed; the symbol says how. Hover a cell for the exact values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch refused {0}, so there is no such tensor. Below: the same values with the dtype torch.tensor infers, and the conversions applied to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch refused {0}, so there is no tensor to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element {0} as typed, {1}, stored in three float dtypes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end:  x.dtype = {0}    x.device = {1}    x.shape = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} line by line, exactly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became a bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From torch.iinfo (integers) and torch.finfo (floats), read now. More bits cost more memory and time, and buy range and precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype
/ also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits / bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallest
largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ▮ is one byte (8 bits) of memory per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gap between 1 and the next larger value the dtype holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finfo.resolution: 10 to the minus the number of exact decimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ▮ is one byte. bool uses a whole byte. float16 and bfloat16 both use 16 bits: float16 spends more on the mantissa (more digits, range only ±65504), bfloat16 more on the exponent (the range of float32, only 2-3 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What torch did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta is a device every torch has: its tensors hold a shape and a dtype but no data. It shows for real, on any machine, that tensors on two different devices cannot be combined, and the one exception: a 0-d CPU tensor goes with a tensor on any device, as a plain number does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking torch for its devices...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch sees {0} CUDA GPU(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU here: this torch was built without CUDA, so torch.cuda.is_available() is False and tensors can only live on the CPU. The calls below are real; their errors are torch&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU here: torch.cuda.is_available() is False (no usable NVIDIA GPU or driver), so tensors can only live on the CPU. The errors below are torch&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices torch reports now: {0}. The idiom picked device = {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cuda&quot; if available else &quot;cpu&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.to(device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.cuda()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create on a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two devices meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two devices meet (meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 0-d CPU tensor meets meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ on {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
