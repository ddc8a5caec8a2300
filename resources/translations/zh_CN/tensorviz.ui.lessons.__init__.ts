<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Lessons</name>
    <message>
        <source>Creating tensors</source>
        <translation>创建张量</translation>
    </message>
    <message>
        <source>Data types and devices</source>
        <translation>数据类型与设备</translation>
    </message>
    <message>
        <source>Tensors and NumPy</source>
        <translation>张量与 NumPy</translation>
    </message>
    <message>
        <source>Operations and matrix product</source>
        <translation>运算与矩阵乘法</translation>
    </message>
    <message>
        <source>Shapes, views and memory</source>
        <translation>形状、视图与内存</translation>
    </message>
    <message>
        <source>Broadcasting</source>
        <translation>广播机制</translation>
    </message>
    <message>
        <source>Autograd</source>
        <translation>自动微分</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
</context>
</TS>
