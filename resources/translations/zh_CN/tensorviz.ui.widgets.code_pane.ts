<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CodePane</name>
    <message>
        <source>Code</source>
        <extracomment>At least this many times as wide as tall, the pane shows the output beside the code.</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Output (printed by torch)</source>
        <translation>输出（由 torch 打印）</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>把代码复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
</TS>
