<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Lesson</name>
    <message>
        <source>This is a bug in tensorviz; the last result is still shown.</source>
        <translation>这是 tensorviz 的一个缺陷；屏幕上仍显示上一次的结果。</translation>
    </message>
</context>
</TS>
