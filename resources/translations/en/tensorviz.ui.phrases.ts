<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Phrase</name>
    <message>
        <source> at {0}</source>
        <extracomment>Every template of a refusal&apos;s detail, ``{0}``, ``{1}`` standing for what fills it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>col {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}, col {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (col {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index item {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {0}-digit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {0}-digit number{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of over {0} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} needs one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one number expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one whole number expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} needs whole numbers; [{1}] is {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} needs a whole number; got {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is larger than {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above 0, up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed {0} is not in [0, 2**{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} characters &gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dims &gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size {0} at [{1}] &gt; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} elements &gt; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} elements &gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sizes {0} span {1} positions &gt; {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}({1}) reads {2} as a size: {2} elements &gt; {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arange({0}, {1}, {2}) makes {3} elements &gt; {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps=0 makes an empty tensor: no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} levels at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than the parser can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} calls &gt; {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson draws up to 4 dims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has shape {1}, but {2} has shape {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested list in {0} at [{1}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size -1 at [{0}] is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one size may be -1; found at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size {0} at [{1}] is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size 0 at [{0}] is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index {0} outside shape {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no elements to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing between [ and ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index such as [:, ::2] was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: only numbers, slices, ... and None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one ... is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}() takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}() needs a shape, e.g. 3, 4 or -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transpose() needs two dims, e.g. 0, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flatten() takes at most start_dim, end_dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permute() needs the new order of the dims, e.g. 1, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown conversion {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chain holds at most {0} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leaf {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign to one plain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last line may be a bare expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one expression expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} uses no tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword arguments are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}() takes one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.{0}() takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}() needs a tensor, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number ** number needs a finite base and |exponent| &lt;= {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative number to a fractional power is complex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
