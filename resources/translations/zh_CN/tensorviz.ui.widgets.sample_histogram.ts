<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SampleHistogram</name>
    <message>
        <source>Bars: the share of draws in each bin, per unit (a density). The line: the density the distribution should have. The more draws, the closer they get.</source>
        <translation>柱：每个区间内抽样所占的比例除以区间宽度（密度）。线：该分布理论上的密度。抽样越多，两者越接近。</translation>
    </message>
    <message>
        <source>var = std², so std {0} means variance {1}.</source>
        <translation>var = std²，所以 std 为 {0} 时方差是 {1}。</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>设定值</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>{0} draws of the same distribution</source>
        <translation>同一分布的 {0} 次抽样</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>理论值</translation>
    </message>
</context>
</TS>
