<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Your input was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch raised an error</source>
        <extracomment>The most characters of the app&apos;s own refusal shown (its middle left out): it quotes what was typed, and a 32,767-character name took 0.3 s to lay out on one line. torch&apos;s own errors are shown whole. Qt&apos;s QWIDGETSIZE_MAX: no limit on a widget&apos;s height</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numpy raised an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch raised no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensorviz failed (a bug, not your input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code ran to its end: nothing was raised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
