<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lesson</name>
    <message>
        <source>This is a bug in tensorviz; the last result is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
