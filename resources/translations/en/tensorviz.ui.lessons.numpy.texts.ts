<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NumpyLesson</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or nested lists, e.g. [[1, 2], [3, 4]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each library&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again (undo all edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click any cell of a tensor or an ndarray, type a value and press Enter. The value is written into that real object; both sides are then read again. Where the memory is shared the other side changes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared or copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting keeps the dtype. numpy makes float64 by default, so torch.from_numpy(np.array([1.5])) is a float64 tensor, while torch.tensor([1.5]) is float32. numpy has no bfloat16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numpy dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.from_numpy gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.numpy() gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor → ndarray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor → ndarray, then copy()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndarray → tensor with from_numpy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndarray → tensor with torch.tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same memory: an edit shows on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate memory: an edit stays on its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor {0}  ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndarray {0}  ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (addresses differ each run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the element you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side changed with it: shared memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other side kept its value: a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = {1} stored {2}: {3} holds whole numbers, so the fraction was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
