<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NumpyLesson</name>
    <message>
        <source>numpy has no bfloat16 dtype, so a bfloat16 tensor cannot become an ndarray (and np.array cannot make one). Convert first, e.g. t.float().numpy().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value does not fit the chosen dtype (see the ranges in the dtype lesson), so the object cannot be made: no pair is drawn until the values fit it.</source>
        <extracomment>Making the four pairs from the Values and dtype fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not fit {1}, the dtype of {0} (see its range in the dtype lesson). Nothing was written into {0}.</source>
        <extracomment>Writing a value into one element of one side: ``{0}`` is the element (``a1[0, 1]``), ``{1}`` its object&apos;s dtype. numpy and torch word the same refusal differently: numpy&apos;s ``Python int too large to convert to C long`` and ``cannot convert float infinity``, torch&apos;s ``Overflow when unpacking long long`` and ``without overflow``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}: an integer dtype cannot hold nan. Nothing was written into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
