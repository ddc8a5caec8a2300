<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Explain</name>
    <message>
        <source>view() never copies: it only reinterprets the same memory with new strides. After a transpose or permute the elements are no longer in row order in memory, so no strides can describe the new shape. Call .contiguous() first (it copies into row order), or use reshape(), which copies only when it must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new shape must hold exactly as many elements as the tensor has: the product of the sizes has to equal numel(). Only one size may be -1, and torch works it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dim must lie between -ndim and ndim - 1 (for unsqueeze: -ndim - 1 and ndim). Negative dims count from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasting lines the shapes up from the right; in every dim the sizes must be equal, or one of them must be 1 (it is then stretched). Here they are neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a matrix product (N, M) @ (M, P) the inner sizes must be equal: the number of columns of the first matrix must equal the number of rows of the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item() turns a tensor with exactly one element into a Python number. This tensor has more than one element; index one element first, or use tolist().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward() without arguments needs a single number (a scalar) to differentiate. Reduce the output first (sum() or mean()), or pass gradient= with a tensor of the output&apos;s shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward() frees the graph&apos;s saved values to save memory. To call it twice, pass retain_graph=True the first time, or run the forward pass again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaf that requires grad must not be changed in place while autograd records: the change would break the graph. Do the update inside torch.no_grad().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tensor is not part of any graph: no tensor it came from had requires_grad=True, or it was computed under no_grad. There is nothing to differentiate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An in-place operation writes its result back into the same tensor, so the result must fit the tensor&apos;s dtype. Dividing integers gives floats, which an integer tensor cannot hold; use the out-of-place form or convert to float first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permute() needs every dim of the tensor exactly once, in the new order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permute() needs every dim of the tensor exactly once; a dim appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation needs all its tensors on one device. Move them first, e.g. with .to(device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch knows this kind of device by name, but this build of torch has no support for it: its module is not installed. Tensors can go only to the devices this machine&apos;s torch lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s torch cannot use a CUDA GPU, so tensors can only live on the CPU here. On a machine with a GPU the same code moves them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; is opened but never closed: add its &apos;{1}&apos;.</source>
        <extracomment>Python&apos;s message of a syntax error (kept as Python says it, as torch&apos;s are) -&gt; what to do, in the user&apos;s language: the typos a student makes in a list or a program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; closes nothing: remove it, or open it with &apos;{1}&apos; before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;{0}&apos; is closed with &apos;{1}&apos;: close it with &apos;{2}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is opened but never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two values stand side by side, or a number has two decimal points: separate values with a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number runs into a letter or a sign (such as 2x or 1e): write the number whole, such as 2 or 1e3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too many elements: tensorviz makes at most {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too many dims: tensorviz shows tensors of at most {0} dims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dim is too long: tensorviz lays out at most {0} positions along the dims, even of a tensor with no elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is too large: no dtype holds a number of more than {0} digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is out of range: at most {0} in size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python writes a decimal point as a dot and no thousands separator: type {0} or {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python writes a decimal point as a dot: type {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is a full-width character, which Python does not read: type &apos;{1}&apos; instead (the input method in half-width mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid literal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only numbers, True/False and nested lists [...] are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two lists stand side by side without a comma: Python reads the second as an index into the first. Put a comma between them, such as [[1, 2], [3, 4]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers need commas between them, such as 3, 4 (not 3 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nested lists are ragged: every row must have the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists are nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too many elements: tensorviz draws at most about a million.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That size cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flat list of at least one number is expected, such as [1, 2, 3].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That dim cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values mix kinds that cannot go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is outside the range this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only values are typed here, not a call such as torch.ones(2, 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list inside a list is not taken here: no nested lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
