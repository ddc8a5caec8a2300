<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConversionChainView</name>
    <message>
        <source>rounded to the nearest value the dtype holds</source>
        <extracomment>A symbol per change kind (drawn in the cell&apos;s corner and in the legend).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small: became 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large: became inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraction cut off (towards 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range: wrapped around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nan/inf has no integer: undefined result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any non-zero value became True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
