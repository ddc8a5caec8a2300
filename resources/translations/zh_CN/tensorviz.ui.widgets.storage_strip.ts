<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>StorageStrip</name>
    <message>
        <source>offset {0} · stride {1} · {2} of {3} slots read by this tensor</source>
        <extracomment>Smallest scale of the natural box size at which slot numbers and readers are written.</extracomment>
        <translation>偏移量 {0} · 步长 {1} · 此张量读取了 {3} 个槽位中的 {2} 个</translation>
    </message>
    <message>
        <source> · stride 0: many elements read one slot</source>
        <translation> · 步长为 0：多个元素读取同一个槽位</translation>
    </message>
    <message>
        <source>Storage in memory order ({0} slots)</source>
        <translation>按内存顺序排列的存储（{0} 个槽位）</translation>
    </message>
    <message>
        <source>{0} slots: too many to draw one by one</source>
        <translation>{0} 个槽位：太多了，无法逐个绘制</translation>
    </message>
    <message>
        <source>shape {0}   stride {1}   offset {2}</source>
        <translation>形状 {0}   步长 {1}   偏移量 {2}</translation>
    </message>
    <message>
        <source>slot {0}: read by {1}</source>
        <translation>槽位 {0}：被 {1} 读取</translation>
    </message>
    <message>
        <source>no element</source>
        <translation>没有元素</translation>
    </message>
</context>
</TS>
