<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>StorageStrip</name>
    <message>
        <source>offset {0} · stride {1} · {2} of {3} slots read by this tensor</source>
        <extracomment>Smallest scale of the natural box size at which slot numbers and readers are written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stride 0: many elements read one slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage in memory order ({0} slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} slots: too many to draw one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape {0}   stride {1}   offset {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot {0}: read by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
