<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ShapeLesson</name>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transpose, then view (fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshape: a view or a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4, 3) → (2, 2, 3): same memory regrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slicing: offset and strides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permute a 3-D tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeeze and unsqueeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-D, 4,096 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.t() only swaps the strides: the same memory, read column by column. view() needs memory in row order, so it fails; both fixes copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reshape() returns a view when the strides allow it (x1) and copies only when they do not (x3): watch the storage badge of each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4, 3) → (2, 2, 3) regroups the same memory: only shape and strides change. transpose(0, 1) then reads that memory in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slicing makes views: a storage offset (where x1[0, 0] is) and bigger strides (::2 skips a slot). view() still works here because the strides line up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permute() reorders the strides. contiguous() copies into the new row order, and after that view() works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squeeze(1) on a dim of size 3 changes nothing; squeeze(0) drops a size-1 dim; unsqueeze(-1) adds one. All of them are views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4,096 elements are still drawn cell by cell; bigger tensors are summarised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tensor x0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.arange(n).reshape(shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor(literal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. [[1, 2, 3], [4, 5, 6]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape, up to 4 dims, e.g. 2, 3, 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new shape, e.g. 2, -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new shape, e.g. -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two dims, e.g. 0, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new order of all dims, e.g. 1, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: all size-1 dims; or one dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the new dim goes, e.g. 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty, or start_dim, end_dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. [:, ::2] or [1:] or [0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert this step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain holds at most {0} steps: remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animate moving between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: insert .contiguous() before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: use reshape() instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same colour = same memory (one colour per row of x0). Point at a cell or slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the logical view, shape {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage {0} reads, in memory order ({1} slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch refused this step ({1}). Shown below: {0}, the tensor it was called on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: an earlier step failed. Shown below: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strides of {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {0} (size {1}): one step along it → jump {2} slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 0-d tensor has no dims to step along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage offset: {0}  ({1}{2} is slot {0} of the {3} in storage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read row by row, {0} visits slots {1}{2} (jumps {3}{2}). view() can only regroup memory that is already in row order; this memory is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contiguous: is_contiguous() is True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not contiguous: is_contiguous() is False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start: its own new storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view: shares storage with {0} (no copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy: new storage, not shared with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed: it returned the same tensor object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed: same shape, strides and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} elements: too many to draw one by one; shape, strides, offset and badges still come from torch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}{1} reads slot offset + {2} = {3} + {4} = {5}  →  value {6}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
