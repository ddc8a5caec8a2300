<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
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
        <source>How the course&apos;s loop updates</source>
        <translation>课程循环的更新写法</translation>
    </message>
    <message>
        <source>no_grad(): x -= lr * x.grad</source>
        <translation>no_grad(): x -= lr * x.grad</translation>
    </message>
    <message>
        <source>x.data -= lr * x.grad</source>
        <translation>x.data -= lr * x.grad</translation>
    </message>
    <message>
        <source>Both change x in place with the same numbers, unseen by autograd. torch.no_grad() switches recording off for every operation in its block; x.data is x&apos;s values without autograd: the change is not recorded and bypasses autograd&apos;s checks (a graph that still needs the old x gets no error, just wrong gradients), which is why the notes advise against it.</source>
        <translation>两种写法都原地修改 x，数值完全相同，autograd 都看不到。torch.no_grad() 在其代码块内关闭所有运算的记录；x.data 是不带 autograd 的 x 的数据：修改不被记录，也绕过了 autograd 的检查（仍需要旧 x 的计算图不会报错，只会得到错误的梯度），所以讲义说最好不要用 data。</translation>
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
        <source>Grey: {0}, lr = {1}, {2} epochs</source>
        <translation>灰色：{0}，lr = {1}，{2} 轮</translation>
    </message>
    <message>
        <source>Start and data</source>
        <translation>起点与数据</translation>
    </message>
    <message>
        <source>start x0</source>
        <translation>起点 x0</translation>
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
        <source>start a</source>
        <translation>初始 a</translation>
    </message>
    <message>
        <source>start b</source>
        <translation>初始 b</translation>
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
        <source>x -= lr * x.grad
without no_grad</source>
        <translation>x -= lr * x.grad
（不加 no_grad）</translation>
    </message>
    <message>
        <source>x = x - lr * x.grad</source>
        <translation>x = x - lr * x.grad</translation>
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
        <source>epoch {0} / {1}</source>
        <translation>第 {0} / {1} 轮</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Diverged in epoch {0}: the parameters overflowed float32 ({1}).</source>
        <translation>第 {0} 轮发散：参数超出了 float32 的范围（{1}）。</translation>
    </message>
    <message>
        <source>Diverged after the last epoch: the loss at the final values overflowed float32 (loss = {0}).</source>
        <translation>最后一轮之后发散：最终参数处的损失超出了 float32 的范围（loss = {0}）。</translation>
    </message>
    <message>
        <source>Diverged in epoch {0}: the loss overflowed float32 (loss = {1}).</source>
        <translation>第 {0} 轮发散：损失超出了 float32 的范围（loss = {1}）。</translation>
    </message>
    <message>
        <source>In epoch {0} the parameters did too ({1}).</source>
        <translation>第 {0} 轮参数也超出了（{1}）。</translation>
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
        <source>torch raised</source>
        <translation>torch 报错</translation>
    </message>
    <message>
        <source>Updates this code made before torch raised: {0} (the error is above). The plots show the run of the settings on the left, for comparison.</source>
        <translation>这段代码在报错前完成了 {0} 次更新（错误见上方）。图中画的是左侧设置下的运行，用来对比。</translation>
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
        <source>Epoch 0 (start): {0}, loss = {1}</source>
        <translation>第 0 轮（起点）：{0}，loss = {1}</translation>
    </message>
    <message>
        <source>Epoch {0}: loss = {1} at the old values</source>
        <translation>第 {0} 轮：在更新前的值处 loss = {1}</translation>
    </message>
    <message>
        <source>(in torch&apos;s output: epoch: {0})</source>
        <translation>（torch 的输出中是 epoch: {0} 那一行）</translation>
    </message>
</context>
</TS>
