<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
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
        <source>custom</source>
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
        <source>inferred</source>
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
        <source>Tensor x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson works with at most {0} elements per tensor (inputs and result), so that every result appears at once. Use smaller sizes.</source>
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
        <source>shape {0}   ·   ndim {1}   ·   numel {2}   ·   {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.item()  →  {0}     (a Python {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.item()  →  ✗ raises {0} (x has {1} elements, not 1)</source>
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
        <source>-x: neg() and neg_()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqrt of negatives: nan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int x: sqrt() is float, sqrt_ fails</source>
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
        <source>The operand is a number (scalar) or a list (tensor). Press Enter to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without _ the method returns a new tensor and leaves x as it was. With _ it writes into x&apos;s own memory and returns x itself: y is x, same data_ptr().</source>
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
        <source>In-place (trailing _): x itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out-of-place: a new tensor</source>
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
        <source>x.data_ptr() = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.data_ptr() = {0}    y.data_ptr() = {1}</source>
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
        <source>Hadamard product</source>
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
</context>
</TS>
