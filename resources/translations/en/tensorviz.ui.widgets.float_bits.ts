<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FloatBitsView</name>
    <message>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mantissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
