<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CodePane</name>
    <message>
        <source>Code</source>
        <extracomment>At least this many times as wide as tall, the pane shows the output beside the code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (printed by torch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
