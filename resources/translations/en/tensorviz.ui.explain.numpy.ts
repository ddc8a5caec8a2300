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
        <source>A value does not fit the chosen dtype (see the ranges in the dtype lesson), so the object cannot be made. The pairs on screen are the previous ones.</source>
        <extracomment>Making the four pairs from the Values and dtype fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value does not fit the dtype of the object you wrote into (see its range in the dtype lesson). Nothing was written.</source>
        <extracomment>Writing a value into one element of one side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integer array cannot hold nan. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
