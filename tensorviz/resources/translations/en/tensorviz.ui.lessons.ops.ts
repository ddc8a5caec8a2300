<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>torch.tensor() could not build {0}: a value does not fit its dtype (too big for an integer, or inf/nan for an integer dtype). Nothing was computed; the previous result stays.</source>
        <extracomment>Speed slider: cells per ten seconds (1 -&gt; one cell every 10 s, 40 -&gt; four per second). Work bigger than this (elements of any tensor involved, or multiply-adds of a product) runs in a worker thread; smaller work runs at once (a few milliseconds), which keeps the lesson&apos;s state simple and the picture immediate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson works with at most {0} elements per tensor (inputs and result), so that every result appears at once. Use smaller sizes.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Tensor x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape {0}   ·   ndim {1}   ·   numel {2}   ·   {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.item()  →  {0}     (a Python {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.item()  →  ✗ {0}: x has {1} elements, not exactly 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand: the Python number {0}, applied to every element of x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand: the tensor t, paired with x cell by cell (broadcast if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-place: a new tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-place (trailing _): x itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y (returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y is x: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same memory: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x changed: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x changed: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}    y.data_ptr() = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner sizes match: {0} = {1}. C takes the outer sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner sizes differ: {0} ≠ {1}, so torch cannot multiply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch dims {0} and {1} do not broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes before the last two are batch dims: one matrix product per batch entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1-D tensor counts as a row (on the left) or a column (on the right); that dim is dropped from the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is too big to write out cell by cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = {1} · {2}: the row times the column, element by element, summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: {0} s per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add / add_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A * B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A @ B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item(): one element as a Python number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise operations, out-of-place and in-place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadamard product: element by element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix product: rows times columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[18] (the course&apos;s example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 (0-d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[[2.5]]] (3-D, one element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[0.1] (float32 → Python float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[True] (bool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1, 2] (two elements: error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a literal and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.item(): the one element of x as a plain Python number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item() works for any number of dims as long as there is exactly one element. A float32 value becomes a Python float (64-bit), so 0.1 shows the float32 rounding error. A tensor on a GPU is copied to the CPU for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element-wise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x + 10 (scalar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x * tensor (per column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int x / 2: float result, div_ fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float x / 2: both forms work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x ** 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int x ** -1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operand is a number (scalar) or a list (tensor). Press Enter to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without _ the method returns a new tensor and leaves x as it was. With _ it writes into x&apos;s own memory and returns x itself: y is x, same data_ptr().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hadamard product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s example (2×3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative and float values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes (2, 3) and (3, 2): error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover or click a cell of C to see its pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C[i, j] = A[i, j] × B[i, j]: the cells at the same position are multiplied, so A and B need the same shape (or shapes that broadcast, see the Broadcasting lesson), and C gets it too. Not to be confused with the matrix product A @ B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course&apos;s example (2, 3) @ (3, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector @ matrix (3,) @ (3, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batched (2, 2, 3) @ (2, 3, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2, 3) @ (2, 3): error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int @ float: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random integers 0..9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grids still show the last product torch could compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell of C is the sum of products of a row of A and a column of B. Hover or click a cell of C, or press Play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
