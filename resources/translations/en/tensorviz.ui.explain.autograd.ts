<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutogradLesson</name>
    <message>
        <source>backward() with no argument only works on a single number: it starts with d out/d out = 1. For a vector output, pass gradient= (a tensor of the output&apos;s shape: how much each element counts), or reduce it first with sum() or mean().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first backward() freed the values the graph had saved to compute the gradients. Tick retain_graph=True before the first backward, or run the forward pass again, which builds a fresh graph (that is what a training loop does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaf with requires_grad=True may not be changed in place while autograd is recording: its old value may be needed for the gradient. Change it inside torch.no_grad(), the way an optimizer updates parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This output is not part of any graph: no leaf had requires_grad=True, or it was computed with grad mode off. There is nothing backward() could differentiate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph saved a tensor for the backward pass, and that tensor was changed in place afterwards (a detached tensor shares the leaf&apos;s memory, so editing it edits the leaf). torch notices through the version counter and refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only floating point (or complex) tensors can require gradients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient= must have exactly the output&apos;s shape and dtype.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
