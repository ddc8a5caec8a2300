<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ShapeTable</name>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stretched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b stretched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incompatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {0}: both sizes are {1}; nothing is stretched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {0}: {1} has no such dim, so it counts as 1 and is stretched to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {0}: {1} has size 1 here and is stretched to {2} (stride 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {0}: sizes {1} and {2} differ and neither is 1: incompatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes line up from the right. Dashed 1: a dim the operand does not have, counted as 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dim: sizes equal, or one is 1 and is stretched; otherwise the shapes do not broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both are 0-d: nothing to line up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
