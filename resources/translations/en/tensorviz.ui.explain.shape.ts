<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ShapeLesson</name>
    <message>
        <source>view() never copies: it only gives the same memory a new shape and new strides. Here the elements, read in row order, are not evenly spaced in memory (follow the grid row by row and watch the slots jump in the strip), so no strides can describe the new shape. Insert .contiguous() to copy them into row order first, or use reshape(), which copies only when it must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new shape must hold exactly as many elements as the tensor has (the product of its sizes equals numel()). At most one size may be -1: torch works it out from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tensor with n dims has dims 0 … n-1 (or -n … -1 counting from the end). unsqueeze() may also use n, because it adds a dim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch slicing does not take negative steps (NumPy does). To reverse, use torch.flip().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index has more items than the tensor has dims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permute() takes every dim of the tensor exactly once, in the new order: no dim may be missing or repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.t() only transposes tensors with at most 2 dims; for more dims use transpose(d0, d1) or permute().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the shape, e.g. 2, 3: x0 is torch.arange(n).reshape(shape). For a tensor of values you type, pick torch.tensor(literal) in the menu above.</source>
        <extracomment>A step whose operation has no words of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the values as a list, e.g. [[1, 2], [3, 4]]: x0 is torch.tensor(literal). The call is picked in the menu above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
