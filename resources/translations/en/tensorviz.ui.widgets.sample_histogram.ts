<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SampleHistogram</name>
    <message>
        <source>Bars: the share of draws in each bin, per unit (a density). The line: the density the distribution should have. The more draws, the closer they get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var = std², so std {0} means variance {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} draws of the same distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
