<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TensorGrid</name>
    <message>
        <source>shape {0}   dtype {1}   {2} elements</source>
        <translation>形状 {0}   dtype {1}   共 {2} 个元素</translation>
    </message>
    <message>
        <source>Too many elements to draw each one; summary:</source>
        <translation>元素太多，无法逐个绘制；摘要：</translation>
    </message>
    <message>
        <source>More than 4 dims: drawn as a summary</source>
        <translation>超过 4 维：以摘要显示</translation>
    </message>
</context>
</TS>
