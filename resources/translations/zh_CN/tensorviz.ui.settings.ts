<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Settings</name>
    <message>
        <source>Some stored settings could not be read; their defaults are used.</source>
        <translation>部分设置无法读取，已使用它们的默认值。</translation>
    </message>
    <message>
        <source>The settings file could not be read; defaults are used.</source>
        <translation>无法读取设置文件，已使用默认设置。</translation>
    </message>
    <message>
        <source>The stored value of “{0}” was invalid; the default is used.</source>
        <translation>保存的“{0}”值无效，已使用默认值。</translation>
    </message>
</context>
</TS>
