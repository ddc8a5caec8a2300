<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CodeComments</name>
    <message>
        <source>both expanded to one shape: views with stride 0 where stretched, no copies</source>
        <extracomment>Every comment core writes, ``{0}``, ``{1}`` standing for code or numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uninitialised memory: print only shape and dtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a large sample, as float64 for its statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same input given to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same tensor t given to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} would reserve {1} uninitialised floats: not run here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same memory as t? (the same data_ptr: the same bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does torch.tensor take copy=True?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integers: iinfo, floats: finfo (bits, smallest, largest, eps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bits of x{0} as typed ({1}): sign | exponent | mantissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bits of the scalar x as typed ({0}): sign | exponent | mantissa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.cuda() moves to the current GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create directly on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors on two devices meet: one on {0}, one on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same rule on any machine: the &apos;meta&apos; device holds shapes but no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 0-d CPU tensor is the exception: torch treats it like a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a on {0}, b on cpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1) tensor.numpy(): the ndarray uses the tensor&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2) tensor.numpy().copy(): the ndarray gets its own memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3) torch.from_numpy(ndarray): the tensor uses the ndarray&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4) torch.tensor(ndarray): the tensor gets its own memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults: numpy makes float64, torch.tensor makes float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numpy -&gt; torch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch -&gt; numpy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out-of-place: a new tensor, x unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in-place (trailing _): changes x, returns x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: row of A times column of B, summed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  (not run: an earlier step failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no torch.no_grad() around the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new tensor, not the leaf x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch it back on: the setting is global</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
