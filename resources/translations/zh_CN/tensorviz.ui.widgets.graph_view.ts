<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>GraphView</name>
    <message>
        <source>{0} values, shape ({1})</source>
        <extracomment>The least height of the view (logical px): two rows of boxes, their text readable. At 1024x768 zoom 150 in the lecture the texts around the graph left it 82 px, its boxes&apos; text 7 px high; the lesson&apos;s picture scrolls before the graph gets less. Above this many nodes the grad_fn boxes leave out their is_leaf/requires_grad line. The least scale a fitted graph is drawn at (its smallest text about 10 px at zoom 150).</extracomment>
        <translation>{0} 个值，形状 ({1})</translation>
    </message>
    <message>
        <source>{0}  (leaf tensor)</source>
        <translation>{0}  （叶子张量）</translation>
    </message>
    <message>
        <source>{0} = {1}.detach()</source>
        <translation>{0} = {1}.detach()</translation>
    </message>
    <message>
        <source>{0}  (result)</source>
        <translation>{0}  （计算结果）</translation>
    </message>
    <message>
        <source>shares {0}&apos;s memory</source>
        <translation>与 {0} 共享内存</translation>
    </message>
    <message>
        <source>adds into {0}.grad</source>
        <translation>累加到 {0}.grad</translation>
    </message>
    <message>
        <source>made {0} = {1}</source>
        <translation>产生 {0} = {1}</translation>
    </message>
    <message>
        <source>made {0}</source>
        <translation>产生 {0}</translation>
    </message>
    <message>
        <source>grad arrived: {0}</source>
        <translation>收到的梯度：{0}</translation>
    </message>
    <message>
        <source>{0}.next_functions[{1}] = {2}</source>
        <translation>{0}.next_functions[{1}] = {2}</translation>
    </message>
    <message>
        <source>Local derivative ∂out/∂input {0} ({1} applied to ones): {2}</source>
        <translation>局部导数 ∂out/∂input {0}（{1} 作用于全 1 张量）：{2}</translation>
    </message>
    <message>
        <source>No backward has run through this graph yet: press Backward to see the gradient that flows along this edge.</source>
        <translation>这张图还没有做过反向传播：点击 backward() 查看沿这条边流动的梯度。</translation>
    </message>
    <message>
        <source>Gradient arriving at {0}: {1}</source>
        <translation>到达 {0} 的梯度：{1}</translation>
    </message>
    <message>
        <source>Gradient passed along this edge to {0}: {1}</source>
        <translation>沿这条边传给 {0} 的梯度：{1}</translation>
    </message>
    <message>
        <source>Chain rule: passed = arriving gradient times the local derivative (element by element for element-wise steps).</source>
        <translation>链式法则：传出的梯度 = 到达的梯度 × 局部导数（逐元素运算时按元素相乘）。</translation>
    </message>
    <message>
        <source>same memory: {0}.data_ptr() == {1}.data_ptr()</source>
        <translation>同一块内存：{0}.data_ptr() == {1}.data_ptr()</translation>
    </message>
</context>
</TS>
