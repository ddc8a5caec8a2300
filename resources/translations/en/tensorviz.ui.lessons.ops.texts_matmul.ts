<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OpsLesson</name>
    <message>
        <source>The course&apos;s example (2, 3) @ (3, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector @ matrix (3,) @ (3, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batched (2, 2, 3) @ (2, 3, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2, 3) @ (2, 3): error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int @ float: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random integers 0..9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cells/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grids still show the last product torch could compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell of C is the sum of products of a row of A and a column of B. Hover or click a cell of C, or press Play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is too big to write out cell by cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = {1} · {2}: the row times the column, element by element, summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matrix product needs at least one dim on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner sizes match: {0} = {1}. C takes the outer sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner sizes differ: {0} ≠ {1}, so torch cannot multiply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch dims {0} and {1} do not broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes before the last two are batch dims: one matrix product per batch entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 1-D tensor counts as a row (on the left) or a column (on the right); that dim is dropped from the result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
