<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CreateLesson</name>
    <message>
        <source>std is the standard deviation: how far the values spread around the mean. A spread cannot be negative; use std &gt;= 0 (std = 0 gives the mean every time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randint draws whole numbers from low up to high - 1: high itself is never drawn. So low must be less than high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arange counts from start in steps of step until it reaches end. With a step of 0 it would never get there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step must point from start towards end: positive when end &gt; start, negative when end &lt; start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps is how many points linspace makes; it cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients are only defined for real-valued (floating point) numbers: choose a float dtype, or switch requires_grad off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rand, randn and normal make floating point numbers; this dtype is not a float. For random whole numbers use randint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.Tensor, torch.IntTensor and the other legacy constructors always make CPU tensors. For a GPU tensor use torch.tensor(data, device=&apos;cuda&apos;), or move one with .to(&apos;cuda&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legacy constructors take a list of data, or whole numbers as a size; a single float or bool is neither. For a scalar use torch.tensor(2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value does not fit in the range of this dtype; torch refuses instead of wrapping it around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps is how many points linspace makes. With steps = 0 torch returns an empty tensor, tensor([]): there is nothing to draw. Use 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size counts elements along a dim, so it cannot be negative (0 is allowed: an empty dim).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too many elements: tensorviz refuses more than about a million, before anything is allocated, so the app stays responsive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tensor is a regular block: every row must have the same length, every matrix the same shape. These nested lists are ragged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the data as a list, e.g. [[1, 2], [3, 4]]. The function that makes the tensor (torch.ones, torch.zeros...) is picked in the call menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A size is a shape: whole numbers separated by commas, such as 2, 3 (() for a 0-d tensor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} needs a number here, such as 2 or -0.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
