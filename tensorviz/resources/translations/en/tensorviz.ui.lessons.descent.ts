<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
    <message>
        <source>Diverged at epoch {0}: the values overflowed float32 (inf/nan), so the curves stop there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged at epoch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inf/nan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overshoots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch 0 (start): {0}, loss = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {0}: loss = {1} at the old values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step overshoots the minimum, so the sign of the error flips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swings shrink: it still converges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swings keep their size: it never settles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step overshoots by more than it corrects: the error grows every epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step moves toward the minimum without overshooting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theory: the error is multiplied by up to {0} per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam has no simple threshold: read off this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overshooting starts above lr = {0}, divergence above lr = {1} (2 / largest Hessian eigenvalue {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a learning rate above 0, up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start x0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x and y must hold the same number of values: the loss compares each prediction a * x + b with its y, element by element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is a leaf that requires grad: autograd forbids changing it in place while it records, because the graph needs its old value. Put the update inside torch.no_grad(), as the course does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = x - lr * x.grad makes a NEW tensor named x. Made under no_grad it has no grad and no grad_fn, so the next backward() has nothing to differentiate. Update the leaf in place (x -= lr * x.grad) under no_grad instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}: loss = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}: {1} = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr = {0}: loss after {1} epochs = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}: x = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimise y = x²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit y = a·x + b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag: every plot follows at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a learning rate, e.g. 0.05 or 1e-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course: x -= lr * x.grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.optim.SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.optim.Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitfalls of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the two wrong updates for real and see torch&apos;s error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x -= lr * x.grad without no_grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = x - lr * x.grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrub through the epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin the overlaid run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this run to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and the current epoch&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss vs learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: {0}, lr = {1}, {2} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <extracomment>Plotted values are clipped to this magnitude. float32 stops at 3.4e38, so finite values are drawn as they are; only float64 products drawn from them (x**2 of the path) are capped. Smallest loss drawn on a log axis (0 and subnormals sit on this floor). The most path markers drawn on the parabola (the joining line still has every epoch). Slider positions per background chunk of an optimizer&apos;s table. Curves with more points than this are drawn without antialiasing: hundreds of antialiased full-height segments (an oscillating run) cost ~6 ms each curve, aliased ~1 ms, and at that density the difference does not show.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of x on y = x²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a and b per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
