<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lesson</name>
    <message>
        <source>torch could not be loaded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bug in tensorviz; the last result is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading torch… This lesson computes its first result as soon as torch is in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
