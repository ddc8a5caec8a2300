<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AutogradLesson</name>
    <message>
        <source>Example from the course</source>
        <translation>课程中的例子</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Several vectors: z = x * y, loss = z.sum()</source>
        <translation>多个向量：z = x * y，loss = z.sum()</translation>
    </message>
    <message>
        <source>Leaf and non-leaf tensors</source>
        <translation>叶子张量与非叶子张量</translation>
    </message>
    <message>
        <source>detach() shares memory</source>
        <translation>detach() 共享内存</translation>
    </message>
    <message>
        <source>Scalar backward: y = x ** 2</source>
        <translation>标量反向传播：y = x ** 2</translation>
    </message>
    <message>
        <source>Vector backward without gradient= (error)</source>
        <translation>向量反向传播，不带 gradient=（报错）</translation>
    </message>
    <message>
        <source>Vector backward with gradient=</source>
        <translation>向量反向传播，带 gradient=</translation>
    </message>
    <message>
        <source>Backward through mean()</source>
        <translation>经过 mean() 的反向传播</translation>
    </message>
    <message>
        <source>Several float64 scalars</source>
        <translation>多个 float64 标量</translation>
    </message>
    <message>
        <source>torch.no_grad() as a context</source>
        <translation>torch.no_grad() 作为上下文</translation>
    </message>
    <message>
        <source>@torch.no_grad() as a decorator</source>
        <translation>@torch.no_grad() 作为装饰器</translation>
    </message>
    <message>
        <source>torch.set_grad_enabled(False)</source>
        <translation>torch.set_grad_enabled(False)</translation>
    </message>
    <message>
        <source>Gradients accumulate over 3 backward calls</source>
        <translation>3 次 backward 调用，梯度累加</translation>
    </message>
    <message>
        <source>Second backward through a freed graph (error)</source>
        <translation>对已释放的图第二次 backward（报错）</translation>
    </message>
    <message>
        <source>grad.zero_() before each backward</source>
        <translation>每次 backward 前 grad.zero_()</translation>
    </message>
    <message>
        <source>In-place change of a leaf (error)</source>
        <translation>原地修改叶子（报错）</translation>
    </message>
    <message>
        <source>backward() without requires_grad (error)</source>
        <translation>没有 requires_grad 时 backward()（报错）</translation>
    </message>
    <message>
        <source>x and y are leaves; z and loss are results. Each operation left a node in the graph (MulBackward0, SumBackward0); backward() walks it from loss back to the leaves: x.grad = y and y.grad = x.</source>
        <translation>x 和 y 是叶子；z 和 loss 是计算结果。每个运算都在图中留下一个节点（MulBackward0、SumBackward0）；backward() 从 loss 沿图走回叶子：x.grad = y，y.grad = x。</translation>
    </message>
    <message>
        <source>Tensors you create are leaves (is_leaf=True). Results of operations on tensors that require grad are not: they carry a grad_fn instead.</source>
        <translation>你直接创建的张量是叶子(is_leaf=True)。对需要梯度的张量做运算得到的结果不是叶子：它们带有 grad_fn。</translation>
    </message>
    <message>
        <source>detach() returns a tensor outside the graph that shares the leaf&apos;s memory (same data_ptr). Changing it in place changes the leaf too, whatever some notes say. Press backward() next: autograd notices the change and refuses.</source>
        <translation>detach() 返回一个在计算图之外、与叶子共享内存（data_ptr 相同）的张量。原地修改它也会改变叶子，有些讲义的说法并不对。接着点击 backward()：autograd 会发现这个修改并拒绝计算。</translation>
    </message>
    <message>
        <source>For a scalar output backward() needs no argument: x.grad = 2x.</source>
        <translation>输出是标量时 backward() 不需要参数：x.grad = 2x。</translation>
    </message>
    <message>
        <source>y has three elements, so backward() does not know how to weigh them.</source>
        <translation>y 有三个元素，backward() 不知道该如何给它们加权。</translation>
    </message>
    <message>
        <source>gradient= gives each element of y a weight; with ones, x.grad = 2x.</source>
        <translation>gradient= 给 y 的每个元素一个权重；全为 1 时，x.grad = 2x。</translation>
    </message>
    <message>
        <source>mean() makes a scalar: each y_i counts 1/3, so x.grad = 2x / 3.</source>
        <translation>mean() 得到一个标量：每个 y_i 占 1/3，所以 x.grad = 2x / 3。</translation>
    </message>
    <message>
        <source>y = x1 ** 2 + 2 * x2 + 7 with float64 leaves: x1.grad = 2 * x1, x2.grad = 2. The grads keep the leaves&apos; dtype.</source>
        <translation>y = x1 ** 2 + 2 * x2 + 7，叶子是 float64：x1.grad = 2 * x1，x2.grad = 2。梯度保持叶子的 dtype。</translation>
    </message>
    <message>
        <source>Inside torch.no_grad() nothing is recorded: the result has no grad_fn.</source>
        <translation>在 torch.no_grad() 中什么都不记录：结果没有 grad_fn。</translation>
    </message>
    <message>
        <source>@torch.no_grad() switches recording off for every call of the function.</source>
        <translation>@torch.no_grad() 在函数每次被调用时都关闭记录。</translation>
    </message>
    <message>
        <source>torch.set_grad_enabled(False) switches recording off globally until it is switched on again.</source>
        <translation>torch.set_grad_enabled(False) 全局关闭记录，直到再次打开。</translation>
    </message>
    <message>
        <source>Each backward() adds to .grad instead of replacing it: after 3 calls x.grad is 3 times one call&apos;s gradient.</source>
        <translation>每次 backward() 都把梯度加到 .grad 上，而不是替换它：调用 3 次后，x.grad 是一次调用梯度的 3 倍。</translation>
    </message>
    <message>
        <source>The forward pass ran once, outside the loop: the first backward() frees the graph&apos;s saved values and the second one fails.</source>
        <translation>前向传播只在循环外做了一次：第一次 backward() 释放了图中保存的值，第二次就失败了。</translation>
    </message>
    <message>
        <source>Zeroing .grad before each backward() keeps one call&apos;s gradient each time.</source>
        <translation>每次 backward() 前把 .grad 清零，每次得到的都是一次调用的梯度。</translation>
    </message>
    <message>
        <source>x += 1 on a leaf that requires grad is refused while autograd records.</source>
        <translation>在 autograd 记录时，对需要梯度的叶子执行 x += 1 会被拒绝。</translation>
    </message>
    <message>
        <source>No leaf requires grad, so no graph exists and backward() has nothing to do.</source>
        <translation>没有叶子需要梯度，所以不存在计算图，backward() 无事可做。</translation>
    </message>
    <message>
        <source>Leaves</source>
        <translation>叶子张量</translation>
    </message>
    <message>
        <source>name / dtype</source>
        <translation>名称 / dtype</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>+ leaf</source>
        <translation>+ 叶子</translation>
    </message>
    <message>
        <source>− leaf</source>
        <translation>− 叶子</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>Program (press Enter):</source>
        <translation>程序（按回车）：</translation>
    </message>
    <message>
        <source>numbers, leaf names, + - * / **, sum mean exp log sin cos relu sigmoid tanh; separate assignments with &apos;;&apos;</source>
        <translation>数字、叶子名称、+ - * / **、sum mean exp log sin cos relu sigmoid tanh；多个赋值用 ‘；’ 分隔</translation>
    </message>
    <message>
        <source>Grad mode:</source>
        <translation>梯度模式：</translation>
    </message>
    <message>
        <source>record the graph (default)</source>
        <translation>记录计算图（默认）</translation>
    </message>
    <message>
        <source>with torch.no_grad():</source>
        <translation>with torch.no_grad():</translation>
    </message>
    <message>
        <source>@torch.no_grad() decorator</source>
        <translation>@torch.no_grad() 装饰器</translation>
    </message>
    <message>
        <source>print is_leaf and requires_grad</source>
        <translation>打印 is_leaf 和 requires_grad</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>再次前向传播</translation>
    </message>
    <message>
        <source>backward()</source>
        <translation>backward()</translation>
    </message>
    <message>
        <source>retain_graph=True</source>
        <translation>retain_graph=True</translation>
    </message>
    <message>
        <source>gradient=</source>
        <translation>gradient=</translation>
    </message>
    <message>
        <source>Zero the grads: x.grad.zero_()</source>
        <translation>梯度清零：x.grad.zero_()</translation>
    </message>
    <message>
        <source>backward() N times</source>
        <translation>backward() N 次</translation>
    </message>
    <message>
        <source>forward again each time</source>
        <translation>每次都重新前向传播</translation>
    </message>
    <message>
        <source>zero the grads each time</source>
        <translation>每次都先梯度清零</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>detach() and in-place changes</source>
        <translation>detach() 与原地修改</translation>
    </message>
    <message>
        <source>detach()</source>
        <translation>detach()</translation>
    </message>
    <message>
        <source>detached += 1</source>
        <translation>detached += 1</translation>
    </message>
    <message>
        <source>leaf += 1 (in place)</source>
        <translation>叶子 += 1（原地）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Run the program again: a new graph</source>
        <translation>重新运行程序：构建一张新图</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + wheel)</source>
        <translation>放大（Ctrl + 滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + wheel)</source>
        <translation>缩小（Ctrl + 滚轮）</translation>
    </message>
    <message>
        <source>Fit the graph into the view</source>
        <translation>让整张图适应视图</translation>
    </message>
    <message>
        <source>{0} is not a scalar (shape {1}): backward() needs gradient=, a tensor of the same shape (the weights of each element).</source>
        <translation>{0} 不是标量（形状 {1}）：backward() 需要 gradient=，一个形状相同的张量（每个元素的权重）。</translation>
    </message>
    <message>
        <source>No graph: {0} was computed inside torch.no_grad(), so nothing was recorded ({0}.grad_fn is None, {0}.requires_grad is False).</source>
        <translation>没有计算图：{0} 是在 torch.no_grad() 中计算的，什么都没有记录（{0}.grad_fn 为 None，{0}.requires_grad 为 False）。</translation>
    </message>
    <message>
        <source>No graph: {0} was computed in a function decorated with @torch.no_grad(), so nothing was recorded ({0}.grad_fn is None).</source>
        <translation>没有计算图：{0} 是在用 @torch.no_grad() 装饰的函数中计算的，什么都没有记录（{0}.grad_fn 为 None）。</translation>
    </message>
    <message>
        <source>No graph: torch.set_grad_enabled(False) switched recording off while {0} was computed ({0}.grad_fn is None).</source>
        <translation>没有计算图：计算 {0} 时 torch.set_grad_enabled(False) 关闭了记录（{0}.grad_fn 为 None）。</translation>
    </message>
    <message>
        <source>No graph: {0} is a leaf itself (no operation was applied), so it has no grad_fn; backward() on it just sets its own .grad.</source>
        <translation>没有计算图：{0} 本身就是叶子（没有做任何运算），所以它没有 grad_fn；对它调用 backward() 只会设置它自己的 .grad。</translation>
    </message>
    <message>
        <source>No graph: no leaf has requires_grad=True, so torch recorded nothing ({0}.grad_fn is None).</source>
        <translation>没有计算图：没有任何叶子设置 requires_grad=True，所以 torch 什么都没记录（{0}.grad_fn 为 None）。</translation>
    </message>
    <message>
        <source>{0} nodes, {1} tensors, {2} arrows · backward calls: {3}</source>
        <translation>{0} 个节点，{1} 个张量，{2} 个箭头 · backward 调用次数：{3}</translation>
    </message>
    <message>
        <source>saved values freed (retain_graph was False)</source>
        <translation>保存的中间值已释放（retain_graph 为 False）</translation>
    </message>
    <message>
        <source>no graph recorded · backward calls: {0}</source>
        <translation>没有记录计算图 · backward 调用次数：{0}</translation>
    </message>
    <message>
        <source>Arrows point the way the forward pass ran; backward() sends gradients the other way. Hover an edge to see the chain rule along it: the local derivative, the gradient arriving and the gradient passed on.</source>
        <translation>箭头指向前向传播的方向；backward() 沿相反方向传递梯度。把鼠标悬停在一条边上，查看沿这条边的链式法则：局部导数、到达的梯度和传出的梯度。</translation>
    </message>
    <message>
        <source>(no backward call yet)</source>
        <translation>（还没有调用 backward）</translation>
    </message>
    <message>
        <source>.grad of the leaves after each backward call</source>
        <translation>每次调用 backward 之后叶子的 .grad</translation>
    </message>
    <message>
        <source>Too many steps</source>
        <translation>步骤太多</translation>
    </message>
    <message>
        <source>Press &apos;Start over&apos; to begin a fresh story.</source>
        <translation>点击“重新开始”从头再来。</translation>
    </message>
    <message>
        <source>value of {0}</source>
        <translation>{0} 的值</translation>
    </message>
    <message>
        <source>leaf name</source>
        <translation>叶子名称</translation>
    </message>
    <message>
        <source>program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>gradient</translation>
    </message>
    <message>
        <source>The program is empty.</source>
        <translation>程序是空的。</translation>
    </message>
    <message>
        <source>This is not a valid expression.</source>
        <translation>这不是一个有效的表达式。</translation>
    </message>
    <message>
        <source>Allowed: numbers, the leaf names, + - * / **, unary minus, and sum, mean, exp, log, sin, cos, relu, sigmoid, tanh (as f(x) or x.f()); assignments like &apos;z = x * y; loss = z.sum()&apos;.</source>
        <translation>允许：数字、叶子名称、+ - * / **、负号，以及 sum、mean、exp、log、sin、cos、relu、sigmoid、tanh（写成 f(x) 或 x.f()）；还可以写赋值，例如 ‘z = x * y; loss = z.sum()’。</translation>
    </message>
    <message>
        <source>This name is neither a leaf nor an earlier result.</source>
        <translation>这个名字既不是叶子，也不是前面算出的结果。</translation>
    </message>
    <message>
        <source>Names must be plain identifiers, and not one of the function names or torch, print, range, i, e, f, forward.</source>
        <translation>名字必须是普通标识符，且不能是函数名或 torch、print、range、i、e、f、forward。</translation>
    </message>
    <message>
        <source>Each name may be given a tensor only once.</source>
        <translation>每个名字只能赋值一次。</translation>
    </message>
    <message>
        <source>Functions take one tensor: sum(x) or x.sum(); only sum, mean, exp, log, sin, cos, relu, sigmoid and tanh are available.</source>
        <translation>函数只接受一个张量：sum(x) 或 x.sum()；可用的只有 sum、mean、exp、log、sin、cos、relu、sigmoid 和 tanh。</translation>
    </message>
    <message>
        <source>The program or one of its numbers is too big.</source>
        <translation>程序或其中某个数太大了。</translation>
    </message>
    <message>
        <source>The expression is nested too deeply.</source>
        <translation>表达式嵌套太深了。</translation>
    </message>
    <message>
        <source>The program is too long.</source>
        <translation>程序太长了。</translation>
    </message>
</context>
</TS>
