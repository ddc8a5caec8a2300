<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Lecture</name>
    <message>
        <source>Previous step (PageUp, ←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step (PageDown, →, Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a step (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show torch&apos;s answer (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions yourself; torch checks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lessons (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes differ: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?

{0}

Press R to reveal torch&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press R to reveal torch&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?
(R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch says: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error: torch accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch raises an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it converges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it oscillates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the strides, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, in digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dtype&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the dtype torch gives. Try again (attempt {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tensor is not on that device. Try again (attempt {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not what torch does. Try again (attempt {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not what torch does: it raises an error, shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not what torch does: it raises no error here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not what torch does: the answer is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not torch&apos;s answer: it is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shape is whole numbers separated by commas, one per dim (() for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: torch agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not what torch computes. Try again (attempt {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That answer is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is a number, e.g. 2.5 or -1e-3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch prints decimals, not fractions: type it as a decimal (1/4 as 0.25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a dtype: the question asks what type the elements have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a device: the question asks which device holds the tensor, not its dtype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the answers offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch gives no answer to this question with what is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That answer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter {0}: {1} of {2} questions answered right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: a section (7.5) or a word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
