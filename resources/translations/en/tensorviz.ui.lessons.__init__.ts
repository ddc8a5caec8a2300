<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lessons</name>
    <message>
        <source>Creating tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data types and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tensors and NumPy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations and matrix product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes, views and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
