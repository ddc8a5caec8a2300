<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ShapeLesson</name>
    <message>
        <source>view() never copies: it only gives the same memory a new shape and new strides. Here the elements, read in row order, are not evenly spaced in memory (follow the grid row by row and watch the slots jump in the strip), so no strides can describe the new shape. Insert .contiguous() to copy them into row order first, or use reshape(), which copies only when it must.</source>
        <translation>view() 从不拷贝：它只是给同一块内存换一个形状和一组新的步长。这里按行顺序读取的元素在内存中并不是等距排列的（逐行看网格，再看内存条里槽位是如何跳动的），所以没有任何步长能描述新形状。可以先插入 .contiguous() 把它们按行顺序拷贝一份，或者改用 reshape()——它只在必要时才拷贝。</translation>
    </message>
    <message>
        <source>The new shape must hold exactly as many elements as the tensor has (the product of its sizes equals numel()). At most one size may be -1: torch works it out from the others.</source>
        <translation>新形状必须正好容纳张量的全部元素（各维大小的乘积等于 numel()）。最多只能有一个维度写 -1，由 torch 根据其他维度推算。</translation>
    </message>
    <message>
        <source>A tensor with n dims has dims 0 … n-1 (or -n … -1 counting from the end). unsqueeze() may also use n, because it adds a dim.</source>
        <translation>n 维张量的维度编号是 0 … n-1（从末尾数则是 -n … -1）。unsqueeze() 还可以用 n，因为它会新增一个维度。</translation>
    </message>
    <message>
        <source>torch slicing does not take negative steps (NumPy does). To reverse, use torch.flip().</source>
        <translation>torch 的切片不支持负步长（NumPy 支持）。要反转请用 torch.flip()。</translation>
    </message>
    <message>
        <source>The index has more items than the tensor has dims.</source>
        <translation>索引的项数多于张量的维数。</translation>
    </message>
    <message>
        <source>permute() takes every dim of the tensor exactly once, in the new order: no dim may be missing or repeated.</source>
        <translation>permute() 要求按新顺序把张量的每个维度恰好写一次：不能缺少，也不能重复。</translation>
    </message>
    <message>
        <source>.t() only transposes tensors with at most 2 dims; for more dims use transpose(d0, d1) or permute().</source>
        <translation>.t() 只能转置不超过 2 维的张量；更多维请用 transpose(d0, d1) 或 permute()。</translation>
    </message>
    <message>
        <source>Type the shape, e.g. 2, 3: x0 is torch.arange(n).reshape(shape). For a tensor of values you type, pick torch.tensor(literal) in the menu above.</source>
        <extracomment>A step whose operation has no words of its own.</extracomment>
        <translation>请输入形状，比如 2, 3：x0 是 torch.arange(n).reshape(形状)。要用自己输入的值创建张量，请在上方下拉框里选 torch.tensor(字面量)。</translation>
    </message>
    <message>
        <source>Type the values as a list, e.g. [[1, 2], [3, 4]]: x0 is torch.tensor(literal). The call is picked in the menu above.</source>
        <translation>请输入值的列表，比如 [[1, 2], [3, 4]]：x0 是 torch.tensor(字面量)。函数在上方下拉框里选。</translation>
    </message>
</context>
</TS>
