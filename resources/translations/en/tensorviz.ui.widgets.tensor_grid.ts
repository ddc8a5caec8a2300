<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TensorGrid</name>
    <message>
        <source>shape {0}   dtype {1}   {2} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many elements to draw each one; summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 4 dims: drawn as a summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
