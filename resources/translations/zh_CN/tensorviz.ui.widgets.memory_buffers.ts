<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MemoryBuffersView</name>
    <message>
        <source>one buffer, {0} bytes: both read and write it</source>
        <translation>一块缓冲区，{0} 字节：两者都读写它</translation>
    </message>
    <message>
        <source>{0}&apos;s own buffer, {1} bytes</source>
        <translation>{0} 自己的缓冲区，{1} 字节</translation>
    </message>
</context>
</TS>
