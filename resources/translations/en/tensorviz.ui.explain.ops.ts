<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>item() returns a Python number only for a tensor with exactly one element; how many dims it has does not matter. This tensor has more elements: pick one first (x[0].item()) or take them all with x.tolist().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-place operation writes its result into x itself, so the result must fit x&apos;s dtype. True division (and a float power) of integers gives floats, which an integer tensor cannot hold. The out-of-place form returns a new float tensor; or convert first with x = x.float().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A negative power of an integer is a fraction (2 ** -1 = 0.5), which an integer tensor cannot hold, so torch refuses instead of rounding. Use a float exponent (-1.0) or a float tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-place operation cannot change the shape of x: broadcasting would give a bigger result, which does not fit into x. The out-of-place form returns a new tensor of the broadcast shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In A @ B the inner sizes must be equal: the last size of A (its number of columns) must equal the second-to-last size of B (its number of rows). (N, M) @ (M, P) gives (N, P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matrix product does not convert dtypes: A and B must have the same dtype. Write both with floats (3.0) or both with integers, or convert one with .float().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side; to multiply two 0-d tensors (plain numbers) use *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is not implemented for bool tensors; convert to int or float first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtraction is not defined for bool tensors; use ~ (logical_not) to invert a mask, or convert to int first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise operations pair the cells at the same position, so the shapes must be equal (or broadcastable: lined up from the right, each pair of sizes equal or one of them 1). Here they are not. For a matrix product the same rule applies to the batch dims (all but the last two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor() could not build {0}: a value does not fit its dtype (too big for an integer, or inf/nan for an integer dtype). Nothing was computed; the previous result stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
