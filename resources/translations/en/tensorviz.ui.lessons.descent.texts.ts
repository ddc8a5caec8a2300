<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
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
        <source>How the course&apos;s loop updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_grad(): x -= lr * x.grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x.data -= lr * x.grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both change x in place with the same numbers, unseen by autograd. torch.no_grad() switches recording off for every operation in its block; x.data is x&apos;s values without autograd: the change is not recorded and bypasses autograd&apos;s checks (a graph that still needs the old x gets no error, just wrong gradients), which is why the notes advise against it.</source>
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
        <source>Grey: {0}, lr = {1}, {2} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start x0</source>
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
        <source>start a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start b</source>
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
        <source>x -= lr * x.grad
without no_grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = x - lr * x.grad</source>
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
        <source>epoch {0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged in epoch {0}: the parameters overflowed float32 ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged after the last epoch: the loss at the final values overflowed float32 (loss = {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged in epoch {0}: the loss overflowed float32 (loss = {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In epoch {0} the parameters did too ({1}).</source>
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
        <source>torch raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates this code made before torch raised: {0} (the error is above). The plots show the run of the settings on the left, for comparison.</source>
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
        <source>Epoch 0 (start): {0}, loss = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {0}: loss = {1} at the old values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in torch&apos;s output: epoch: {0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
