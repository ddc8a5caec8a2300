<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Settings</name>
    <message>
        <source>Some stored settings could not be read; their defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read; defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored value of “{0}” was invalid; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
