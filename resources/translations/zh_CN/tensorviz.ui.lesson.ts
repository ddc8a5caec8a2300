<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Lesson</name>
    <message>
        <source>torch could not be loaded: {0}</source>
        <translation>无法导入 torch：{0}</translation>
    </message>
    <message>
        <source>This is a bug in tensorviz; the last result is still shown.</source>
        <translation>这是 tensorviz 的一个缺陷；屏幕上仍显示上一次的结果。</translation>
    </message>
    <message>
        <source>Loading torch… This lesson computes its first result as soon as torch is in.</source>
        <translation>正在导入 torch… 导入完成后，本课立即算出第一个结果。</translation>
    </message>
</context>
</TS>
