<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
    <message>
        <source>x is a leaf that requires grad: autograd forbids changing it in place while it records, because the graph needs its old value. Put the update inside torch.no_grad(), as the course does.</source>
        <translation>x 是需要梯度的叶子张量：autograd 记录计算图时不允许原地修改它，因为计算图需要它原来的值。像课程里那样，把更新放进 torch.no_grad() 中。</translation>
    </message>
    <message>
        <source>x = x - lr * x.grad makes a NEW tensor named x. Made under no_grad it has no grad and no grad_fn, so the next backward() has nothing to differentiate. Update the leaf in place (x -= lr * x.grad) under no_grad instead.</source>
        <translation>x = x - lr * x.grad 会创建一个新的张量并命名为 x。它在 no_grad 下生成，既不需要梯度也没有 grad_fn，所以下一次 backward() 无从求导。应在 no_grad 下原地更新叶子张量（x -= lr * x.grad）。</translation>
    </message>
    <message>
        <source>torch&apos;s tensor a and tensor b are the two sides of y_pred - y in the loss (y_pred has one value per x), not the line&apos;s parameters a and b. x and y must hold the same number of values: the loss compares each prediction a * x + b with its y, element by element.</source>
        <translation>torch 报错里的 tensor a 和 tensor b 是损失函数中 y_pred - y 的两边（y_pred 每个 x 对应一个值），不是直线的参数 a 和 b。x 和 y 的元素个数必须相同：损失函数逐个元素地比较预测值 a * x + b 和对应的 y。</translation>
    </message>
</context>
</TS>
