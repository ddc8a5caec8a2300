<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
    <message>
        <source>x is a leaf that requires grad: autograd forbids changing it in place while it records, because the graph needs its old value. Put the update inside torch.no_grad(), as the course does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = x - lr * x.grad makes a NEW tensor named x. Made under no_grad it has no grad and no grad_fn, so the next backward() has nothing to differentiate. Update the leaf in place (x -= lr * x.grad) under no_grad instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch&apos;s tensor a and tensor b are the two sides of y_pred - y in the loss (y_pred has one value per x), not the line&apos;s parameters a and b. x and y must hold the same number of values: the loss compares each prediction a * x + b with its y, element by element.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
