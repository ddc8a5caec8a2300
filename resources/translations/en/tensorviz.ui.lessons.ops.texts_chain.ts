<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>One call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain of calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several calls on one tensor, one after another, as in the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One call, out-of-place next to in-place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: float(), then add_ … pow_ (course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: add … pow, new tensors (course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: the course&apos;s whole test001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: int data, div_(3.0) fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: sqrt, neg_, sqrt_ (nan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}() takes no operand: it uses x alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.randint(0, 10, size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor(values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls on data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place (trailing _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this call at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected call by this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain holds at most {0} calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a call to edit it. Without the tick the call returns a new tensor and data stays as it is; float() always names its result data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randint size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns data itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already float32: the same tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data now names a new tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {0}, data unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters name blocks of memory: the same letter is the same data_ptr(). An in-place call writes into data&apos;s own block and returns data itself; a call without _ makes a new tensor in a new block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
