<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AutogradLesson</name>
    <message>
        <source>Example from the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several vectors: z = x * y, loss = z.sum()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf and non-leaf tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach() shares memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scalar backward: y = x ** 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector backward without gradient= (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector backward with gradient=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward through mean()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several float64 scalars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.no_grad() as a context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@torch.no_grad() as a decorator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.set_grad_enabled(False)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients accumulate over 3 backward calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backward through a freed graph (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad.zero_() before each backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-place change of a leaf (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward() without requires_grad (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x and y are leaves; z and loss are results. Each operation left a node in the graph (MulBackward0, SumBackward0); backward() walks it from loss back to the leaves: x.grad = y and y.grad = x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors you create are leaves (is_leaf=True). Results of operations on tensors that require grad are not: they carry a grad_fn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach() returns a tensor outside the graph that shares the leaf&apos;s memory (same data_ptr). Changing it in place changes the leaf too, whatever some notes say. Press backward() next: autograd notices the change and refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a scalar output backward() needs no argument: x.grad = 2x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y has three elements, so backward() does not know how to weigh them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient= gives each element of y a weight; with ones, x.grad = 2x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean() makes a scalar: each y_i counts 1/3, so x.grad = 2x / 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y = x1 ** 2 + 2 * x2 + 7 with float64 leaves: x1.grad = 2 * x1, x2.grad = 2. The grads keep the leaves&apos; dtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside torch.no_grad() nothing is recorded: the result has no grad_fn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@torch.no_grad() switches recording off for every call of the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.set_grad_enabled(False) switches recording off globally until it is switched on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each backward() adds to .grad instead of replacing it: after 3 calls x.grad is 3 times one call&apos;s gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forward pass ran once, outside the loop: the first backward() frees the graph&apos;s saved values and the second one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeroing .grad before each backward() keeps one call&apos;s gradient each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x += 1 on a leaf that requires grad is refused while autograd records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leaf requires grad, so no graph exists and backward() has nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name / dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program (press Enter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers, leaf names, + - * / **, sum mean exp log sin cos relu sigmoid tanh; separate assignments with &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the graph (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with torch.no_grad():</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@torch.no_grad() decorator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print is_leaf and requires_grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retain_graph=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero the grads: x.grad.zero_()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward() N times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward again each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero the grads each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach() and in-place changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached += 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf += 1 (in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the program again: a new graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the graph into the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a scalar (shape {1}): backward() needs gradient=, a tensor of the same shape (the weights of each element).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph: {0} was computed inside torch.no_grad(), so nothing was recorded ({0}.grad_fn is None, {0}.requires_grad is False).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph: {0} was computed in a function decorated with @torch.no_grad(), so nothing was recorded ({0}.grad_fn is None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph: torch.set_grad_enabled(False) switched recording off while {0} was computed ({0}.grad_fn is None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph: {0} is a leaf itself (no operation was applied), so it has no grad_fn; backward() on it just sets its own .grad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph: no leaf has requires_grad=True, so torch recorded nothing ({0}.grad_fn is None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} nodes, {1} tensors, {2} arrows · backward calls: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved values freed (retain_graph was False)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no graph recorded · backward calls: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows point the way the forward pass ran; backward() sends gradients the other way. Hover an edge to see the chain rule along it: the local derivative, the gradient arriving and the gradient passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backward call yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.grad of the leaves after each backward call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &apos;Start over&apos; to begin a fresh story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: numbers, the leaf names, + - * / **, unary minus, and sum, mean, exp, log, sin, cos, relu, sigmoid, tanh (as f(x) or x.f()); assignments like &apos;z = x * y; loss = z.sum()&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is neither a leaf nor an earlier result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names must be plain identifiers, and not one of the function names or torch, print, range, i, e, f, forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each name may be given a tensor only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions take one tensor: sum(x) or x.sum(); only sum, mean, exp, log, sin, cos, relu, sigmoid and tanh are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program or one of its numbers is too big.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expression is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
