<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MemoryBuffersView</name>
    <message>
        <source>one buffer, {0} bytes: both read and write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s own buffer, {1} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
