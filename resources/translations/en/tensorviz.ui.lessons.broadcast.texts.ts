<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BroadcastLesson</name>
    <message>
        <source>Course 1-D + 2-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course 2-D + 3-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-D: (8,1,6,1) and (7,1,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalar and tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column and row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incompatible shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values (a literal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arange of a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: type a literal such as [[1], [2]]. arange: type a shape such as 2, 1, 3; the values are generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal, e.g. [[1], [2]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shape, e.g. 2, 1, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Line the shapes up from the right.
2. A dim that one shape lacks counts as size 1.
3. In every dim the sizes must be equal, or one of them must be 1.
4. A size 1 is stretched to the other size by reading the same element again (stride 0): nothing is copied.
A 0-d tensor (a scalar) broadcasts with any shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operand b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hatched, dashed cells are where broadcasting stretches an operand: its expanded view reads the same element there again (stride 0), nothing is copied. Solid cells are the operand&apos;s own elements. Cells of one colour read the same storage slot (hover a slot below to see its readers). The result of the operation is a new tensor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: broadcasting makes views, not copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {0} {1} b {2}  →  result {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {0} {1} b {2}: these shapes do not broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} as given {1}: it cannot be expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} expanded to {1}: stride 0, nothing copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}: nothing to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}_view, shape {1}: stride {2}, reads the storage of {0} (size {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stride 0 in dim {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: stride {1}, storage size {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result = a {0} b, computed by torch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result: torch raised an error (shown above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holds {0} bytes and b {1} bytes. No views exist: torch cannot expand shapes that do not broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). torch computed no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). Only the result is new memory: {4} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lined up from the right, dim {0} has size {1} in a and {2} in b. The sizes differ and neither is 1, so neither can be stretched: the shapes do not broadcast. Make one of them 1 there (for example with unsqueeze or reshape), or change a shape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
