<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AutogradLesson</name>
    <message>
        <source>backward() with no argument only works on a single number: it starts with d out/d out = 1. For a vector output, pass gradient= (a tensor of the output&apos;s shape: how much each element counts), or reduce it first with sum() or mean().</source>
        <translation>不带参数的 backward() 只适用于单个数（标量）：它从 d out/d out = 1 开始。对于向量输出，请传入 gradient=（与输出形状相同的张量，表示每个元素的权重），或者先用 sum() 或 mean() 把它变成标量。</translation>
    </message>
    <message>
        <source>The first backward() freed the values the graph had saved to compute the gradients. Tick retain_graph=True before the first backward, or run the forward pass again, which builds a fresh graph (that is what a training loop does).</source>
        <translation>第一次 backward() 释放了计算图为求梯度而保存的中间值。请在第一次反向传播前勾选 retain_graph=True，或者重新做一次前向传播来构建新图（训练循环就是这样做的）。</translation>
    </message>
    <message>
        <source>A leaf with requires_grad=True may not be changed in place while autograd is recording: its old value may be needed for the gradient. Change it inside torch.no_grad(), the way an optimizer updates parameters.</source>
        <translation>在 autograd 记录时，requires_grad=True 的叶子不能被原地修改：计算梯度可能还需要它原来的值。请在 torch.no_grad() 中修改它，优化器更新参数就是这样做的。</translation>
    </message>
    <message>
        <source>This output is not part of any graph: no leaf had requires_grad=True, or it was computed with grad mode off. There is nothing backward() could differentiate.</source>
        <translation>这个输出不属于任何计算图：没有叶子设置 requires_grad=True，或者它是在关闭梯度模式时计算的。backward() 没有可以求导的东西。</translation>
    </message>
    <message>
        <source>The graph saved a tensor for the backward pass, and that tensor was changed in place afterwards (a detached tensor shares the leaf&apos;s memory, so editing it edits the leaf). torch notices through the version counter and refuses.</source>
        <translation>计算图为反向传播保存了一个张量，而这个张量之后被原地修改了（detach 得到的张量与叶子共享内存，改它就是改叶子）。torch 通过版本计数器发现了这一点并拒绝计算。</translation>
    </message>
    <message>
        <source>Only floating point (or complex) tensors can require gradients.</source>
        <translation>只有浮点（或复数）张量才能设置 requires_grad。</translation>
    </message>
    <message>
        <source>gradient= must have exactly the output&apos;s shape and dtype.</source>
        <translation>gradient= 的形状和 dtype 必须与输出完全相同。</translation>
    </message>
</context>
</TS>
