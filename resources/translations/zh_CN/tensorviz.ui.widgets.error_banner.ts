<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Your input was not accepted</source>
        <translation>输入未被接受</translation>
    </message>
    <message>
        <source>torch raised an error</source>
        <extracomment>The most characters of the app&apos;s own refusal shown (its middle left out): it quotes what was typed, and a 32,767-character name took 0.3 s to lay out on one line. torch&apos;s own errors are shown whole. Qt&apos;s QWIDGETSIZE_MAX: no limit on a widget&apos;s height</extracomment>
        <translation>torch 报错了</translation>
    </message>
    <message>
        <source>numpy raised an error</source>
        <translation>numpy 报错了</translation>
    </message>
    <message>
        <source>torch raised no error</source>
        <translation>torch 没有报错</translation>
    </message>
    <message>
        <source>tensorviz failed (a bug, not your input)</source>
        <translation>tensorviz 出错了（是程序的问题，不是你的输入）</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The code ran to its end: nothing was raised.</source>
        <translation>代码运行到了最后：没有报错。</translation>
    </message>
</context>
</TS>
