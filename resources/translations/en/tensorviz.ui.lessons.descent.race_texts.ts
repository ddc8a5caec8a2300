<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DescentLesson</name>
    <message>
        <source>Optimizer race (line fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick runners to race them from the same start on the same data, each at its own lr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Momentum 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesterov 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate of {0} in the race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run, lr {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss over (a, b): click or drag to set the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steep: λ = {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flat: λ = {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
