<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
    <message>
        <source>Diverged at epoch {0}: the values overflowed float32 (inf/nan), so the curves stop there.</source>
        <translation>在第 {0} 轮发散：数值超出了 float32 的范围（inf/nan），曲线在此处中止。</translation>
    </message>
    <message>
        <source>diverged at epoch {0}</source>
        <translation>第 {0} 轮发散</translation>
    </message>
    <message>
        <source>inf/nan</source>
        <translation>inf/nan</translation>
    </message>
    <message>
        <source>overshoots</source>
        <translation>开始越过</translation>
    </message>
    <message>
        <source>diverges</source>
        <translation>开始发散</translation>
    </message>
    <message>
        <source>epoch {0} / {1}</source>
        <translation>第 {0} / {1} 轮</translation>
    </message>
    <message>
        <source>Epoch 0 (start): {0}, loss = {1}</source>
        <translation>第 0 轮（起点）：{0}，loss = {1}</translation>
    </message>
    <message>
        <source>Epoch {0}: loss = {1} at the old values</source>
        <translation>第 {0} 轮：在更新前的值处 loss = {1}</translation>
    </message>
    <message>
        <source>converging</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>oscillating</source>
        <translation>振荡</translation>
    </message>
    <message>
        <source>diverging</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Each step overshoots the minimum, so the sign of the error flips.</source>
        <translation>每一步都越过了最小值，误差的符号来回翻转。</translation>
    </message>
    <message>
        <source>The swings shrink: it still converges.</source>
        <translation>摆动越来越小：仍然收敛。</translation>
    </message>
    <message>
        <source>The swings keep their size: it never settles.</source>
        <translation>摆动幅度不变：永远停不下来。</translation>
    </message>
    <message>
        <source>Each step overshoots by more than it corrects: the error grows every epoch.</source>
        <translation>每一步越过的比纠正的还多：误差每轮都在变大。</translation>
    </message>
    <message>
        <source>Each step moves toward the minimum without overshooting.</source>
        <translation>每一步都朝最小值前进，不会越过。</translation>
    </message>
    <message>
        <source>Theory: the error is multiplied by up to {0} per epoch.</source>
        <translation>理论：误差每轮最多乘以 {0}。</translation>
    </message>
    <message>
        <source>Adam has no simple threshold: read off this run.</source>
        <translation>Adam 没有简单的阈值：根据这次运行判断。</translation>
    </message>
    <message>
        <source>Overshooting starts above lr = {0}, divergence above lr = {1} (2 / largest Hessian eigenvalue {2}).</source>
        <translation>lr 大于 {0} 时开始越过最小值，大于 {1} 时发散（2 / 海森矩阵最大特征值 {2}）。</translation>
    </message>
    <message>
        <source>a learning rate above 0, up to 100</source>
        <translation>学习率须大于 0，最大为 100</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>start x0</source>
        <translation>起点 x0</translation>
    </message>
    <message>
        <source>start a</source>
        <translation>初始 a</translation>
    </message>
    <message>
        <source>start b</source>
        <translation>初始 b</translation>
    </message>
    <message>
        <source>data x</source>
        <translation>数据 x</translation>
    </message>
    <message>
        <source>data y</source>
        <translation>数据 y</translation>
    </message>
    <message>
        <source>x and y must hold the same number of values: the loss compares each prediction a * x + b with its y, element by element.</source>
        <translation>x 和 y 的元素个数必须相同：损失函数逐个元素地比较预测值 a * x + b 和对应的 y。</translation>
    </message>
    <message>
        <source>x is a leaf that requires grad: autograd forbids changing it in place while it records, because the graph needs its old value. Put the update inside torch.no_grad(), as the course does.</source>
        <translation>x 是需要梯度的叶子张量：autograd 记录计算图时不允许原地修改它，因为计算图需要它原来的值。像课程里那样，把更新放进 torch.no_grad() 中。</translation>
    </message>
    <message>
        <source>x = x - lr * x.grad makes a NEW tensor named x. Made under no_grad it has no grad and no grad_fn, so the next backward() has nothing to differentiate. Update the leaf in place (x -= lr * x.grad) under no_grad instead.</source>
        <translation>x = x - lr * x.grad 会创建一个新的张量并命名为 x。它在 no_grad 下生成，既不需要梯度也没有 grad_fn，所以下一次 backward() 无从求导。应在 no_grad 下原地更新叶子张量（x -= lr * x.grad）。</translation>
    </message>
    <message>
        <source>epoch {0}: loss = {1}</source>
        <translation>第 {0} 轮：loss = {1}</translation>
    </message>
    <message>
        <source>epoch {0}: {1} = {2}</source>
        <translation>第 {0} 轮：{1} = {2}</translation>
    </message>
    <message>
        <source>lr = {0}: loss after {1} epochs = {2}</source>
        <translation>lr = {0}：{1} 轮后的 loss = {2}</translation>
    </message>
    <message>
        <source>epoch {0}: x = {1}</source>
        <translation>第 {0} 轮：x = {1}</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Minimise y = x²</source>
        <translation>求 y = x² 的最小值</translation>
    </message>
    <message>
        <source>Fit y = a·x + b</source>
        <translation>拟合 y = a·x + b</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Learning rate (log scale)</source>
        <translation>学习率（对数刻度）</translation>
    </message>
    <message>
        <source>Drag: every plot follows at once</source>
        <translation>拖动：所有图立即跟着变化</translation>
    </message>
    <message>
        <source>Type a learning rate, e.g. 0.05 or 1e-3</source>
        <translation>输入学习率，例如 0.05 或 1e-3</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>迭代轮次</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>更新方式</translation>
    </message>
    <message>
        <source>Course: x -= lr * x.grad</source>
        <translation>课程写法：x -= lr * x.grad</translation>
    </message>
    <message>
        <source>torch.optim.SGD</source>
        <translation>torch.optim.SGD</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9</source>
        <translation>带动量 0.9 的 SGD</translation>
    </message>
    <message>
        <source>torch.optim.Adam</source>
        <translation>torch.optim.Adam</translation>
    </message>
    <message>
        <source>Start and data</source>
        <translation>起点与数据</translation>
    </message>
    <message>
        <source>View</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>loss axis</source>
        <translation>loss 坐标轴</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <source>Pitfalls of the course</source>
        <translation>课程中的两个陷阱</translation>
    </message>
    <message>
        <source>Run the two wrong updates for real and see torch&apos;s error.</source>
        <translation>真实运行两种错误的更新写法，查看 torch 报的错。</translation>
    </message>
    <message>
        <source>x -= lr * x.grad without no_grad</source>
        <translation>不加 no_grad 的 x -= lr * x.grad</translation>
    </message>
    <message>
        <source>x = x - lr * x.grad</source>
        <translation>x = x - lr * x.grad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Animation speed</source>
        <translation>动画速度</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>每秒 {0} 轮</translation>
    </message>
    <message>
        <source>Scrub through the epochs</source>
        <translation>拖动浏览各轮</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Unpin the overlaid run</source>
        <translation>取消叠加的运行</translation>
    </message>
    <message>
        <source>Pin this run to compare</source>
        <translation>固定本次运行以便对比</translation>
    </message>
    <message>
        <source>Data and the current epoch&apos;s line</source>
        <translation>数据与当前轮的直线</translation>
    </message>
    <message>
        <source>Final loss vs learning rate</source>
        <translation>最终 loss 与学习率</translation>
    </message>
    <message>
        <source>Grey: {0}, lr = {1}, {2} epochs</source>
        <translation>灰色：{0}，lr = {1}，{2} 轮</translation>
    </message>
    <message>
        <source>x per epoch</source>
        <translation>每轮的 x</translation>
    </message>
    <message>
        <source>computing…</source>
        <extracomment>Plotted values are clipped to this magnitude. float32 stops at 3.4e38, so finite values are drawn as they are; only float64 products drawn from them (x**2 of the path) are capped. Smallest loss drawn on a log axis (0 and subnormals sit on this floor). The most path markers drawn on the parabola (the joining line still has every epoch). Slider positions per background chunk of an optimizer&apos;s table. Curves with more points than this are drawn without antialiasing: hundreds of antialiased full-height segments (an oscillating run) cost ~6 ms each curve, aliased ~1 ms, and at that density the difference does not show.</extracomment>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Path of x on y = x²</source>
        <translation>x 在 y = x² 上的路径</translation>
    </message>
    <message>
        <source>a and b per epoch</source>
        <translation>每轮的 a 和 b</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>每轮的 loss</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
</context>
</TS>
