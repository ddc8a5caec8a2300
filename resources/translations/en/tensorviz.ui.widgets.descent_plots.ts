<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DescentPlots</name>
    <message>
        <source>overflows in epoch {0}</source>
        <extracomment>Plotted values are clipped to this magnitude (float64 products of finite float32 values). Smallest loss drawn on a log axis (0 and subnormals sit on this floor). The most path markers drawn on the parabola (the joining line still has every epoch). Curves with more points than this are drawn without antialiasing: hundreds of antialiased full-height segments (an oscillating run) cost ~6 ms each curve, aliased ~1 ms, and at that density the difference does not show. The margin around the data a plot frames (a fraction of the data&apos;s span on each side). A framed range is kept while the data fill at least this fraction of it (and fit in it): a dragged slider then changes the axes only now and then, not for every value (an axis whose range changed generates its ticks again, ~2-5 ms each; issue 13). called after each pass that keeps clear of the leader (another text that must keep clear of both labels places itself then) Where the path markers&apos; colours begin on viridis over a dark plot: its first colours, dark purple, stood on the contrast theme&apos;s black as rings of outline only (the projector&apos;s theme); from here on they stand out from the dark theme&apos;s plot 3:1 at least (WCAG&apos;s contrast ratio for graphics), from the contrast theme&apos;s 4.7:1. curves another widget draws on the loss plot (the race&apos;s): framed with the run&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}: loss = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}: {1} = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr = {0}: loss after {1} epochs = {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {0}: x = {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inf/nan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overshoots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of x on y = x²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and this epoch&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a and b per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss vs learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final loss vs lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
