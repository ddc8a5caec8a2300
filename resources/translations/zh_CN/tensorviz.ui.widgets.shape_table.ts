<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ShapeTable</name>
    <message>
        <source>equal</source>
        <translation>相等</translation>
    </message>
    <message>
        <source>a stretched</source>
        <translation>a 被拉伸</translation>
    </message>
    <message>
        <source>b stretched</source>
        <translation>b 被拉伸</translation>
    </message>
    <message>
        <source>incompatible</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <source>dim {0}: both sizes are {1}; nothing is stretched.</source>
        <translation>第 {0} 维：两者大小都是 {1}，无需拉伸。</translation>
    </message>
    <message>
        <source>dim {0}: {1} has no such dim, so it counts as 1 and is stretched to {2}.</source>
        <translation>第 {0} 维：{1} 没有这一维，按 1 计算，并被拉伸到 {2}。</translation>
    </message>
    <message>
        <source>dim {0}: {1} has size 1 here and is stretched to {2} (stride 0).</source>
        <translation>第 {0} 维：{1} 在这里大小为 1，被拉伸到 {2}（步长为 0）。</translation>
    </message>
    <message>
        <source>dim {0}: sizes {1} and {2} differ and neither is 1: incompatible.</source>
        <translation>第 {0} 维：大小 {1} 和 {2} 不相等，且都不是 1：不兼容。</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>dim {0}</source>
        <translation>第 {0} 维</translation>
    </message>
    <message>
        <source>Shapes line up from the right. Dashed 1: a dim the operand does not have, counted as 1.</source>
        <translation>形状从右侧对齐。虚线框中的 1：操作数没有这一维，按 1 计算。</translation>
    </message>
    <message>
        <source>Each dim: sizes equal, or one is 1 and is stretched; otherwise the shapes do not broadcast.</source>
        <translation>每一维：大小相等，或其中一个为 1 并被拉伸；否则两个形状无法广播。</translation>
    </message>
    <message>
        <source>both are 0-d: nothing to line up</source>
        <translation>两个都是 0 维：无需对齐</translation>
    </message>
</context>
</TS>
