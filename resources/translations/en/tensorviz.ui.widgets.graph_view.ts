<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GraphView</name>
    <message>
        <source>{0} values, shape ({1})</source>
        <extracomment>The least height of the view (logical px): two rows of boxes, their text readable. At 1024x768 zoom 150 in the lecture the texts around the graph left it 82 px, its boxes&apos; text 7 px high; the lesson&apos;s picture scrolls before the graph gets less. Above this many nodes the grad_fn boxes leave out their is_leaf/requires_grad line. The least scale a fitted graph is drawn at (its smallest text about 10 px at zoom 150).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (leaf tensor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} = {1}.detach()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares {0}&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds into {0}.grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made {0} = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad arrived: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}.next_functions[{1}] = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local derivative ∂out/∂input {0} ({1} applied to ones): {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backward has run through this graph yet: press Backward to see the gradient that flows along this edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient arriving at {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient passed along this edge to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain rule: passed = arriving gradient times the local derivative (element by element for element-wise steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same memory: {0}.data_ptr() == {1}.data_ptr()</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
