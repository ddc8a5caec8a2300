<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConversionChainView</name>
    <message>
        <source>rounded to the nearest value the dtype holds</source>
        <extracomment>A symbol per change kind (drawn in the cell&apos;s corner and in the legend).</extracomment>
        <translation>舍入到该类型能表示的最近值</translation>
    </message>
    <message>
        <source>too small: became 0</source>
        <translation>太小：变成了 0</translation>
    </message>
    <message>
        <source>too large: became inf</source>
        <translation>太大：变成了 inf</translation>
    </message>
    <message>
        <source>fraction cut off (towards 0)</source>
        <translation>小数部分被截掉（向 0 取整）</translation>
    </message>
    <message>
        <source>out of range: wrapped around</source>
        <translation>超出范围：回绕</translation>
    </message>
    <message>
        <source>nan/inf has no integer: undefined result</source>
        <translation>nan/inf 没有对应的整数：结果未定义</translation>
    </message>
    <message>
        <source>any non-zero value became True</source>
        <translation>非零值都变成了 True</translation>
    </message>
    <message>
        <source>call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <source>exactly {0}</source>
        <translation>精确值 {0}</translation>
    </message>
</context>
</TS>
