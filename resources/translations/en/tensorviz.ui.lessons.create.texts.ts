<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CreateLesson</name>
    <message>
        <source>0-D scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-D vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-D matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float → int</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from numpy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numpy randn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big linspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal(2, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor(5): a 0-D tensor, one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor([1, 2, 3]): one index per element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2-D tensor: row and column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 3-D tensor: two matrices of 2 × 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4-D tensor: 2 × 2 matrices of 2 × 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.Tensor(2, 3): a size, so uninitialised memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.IntTensor given floats: the conversion shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor(np.array(...)): numpy&apos;s float64 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor(np.random.randn(3, 5)) after np.random.seed(42): numpy&apos;s float64 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = torch.tensor([1, 2, 3]) given to torch.tensor and to torch.Tensor: which copies t, which shares its memory, and torch&apos;s warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.linspace(3, 10000000, 10) and scientific notation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.normal(mean=2, std=3) with a histogram of 100,000 draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number or nested lists, e.g. [[1, 2], [3, 4]]. True/False, inf, nan and pi are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size along each dim, e.g. 2, 3. Empty: a scalar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arange: where counting stops (excluded). linspace: the last value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance between neighbours (not 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points (at least 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value every element gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The centre of the normal distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard deviation (spread), &gt;= 0. The variance is std².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest whole number drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more than the largest whole number drawn (excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass a numpy array instead of a list: torch.tensor keeps numpy&apos;s dtype (float64 for floats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available on this machine: torch&apos;s own error is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constructor and arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size (numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a numpy array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first as a tensor t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numpy array: np.array(data), or np.random.randn(size) drawn after np.random.seed(seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the data a tensor t first and give t to the constructor: see which constructor copies t and which shares its memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record operations on this tensor for autograd (float dtypes only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed makes the generator produce the same numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed and draw again, and compare with the values drawn before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.set_printoptions(sci_mode=...): scientific notation in printed tensors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes of x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample and expected distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (torch decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: 1.0000e+06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: 1000000.0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size along each dim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many dims: how many indices pick one element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many elements: the product of the sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type every element has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the memory is: cpu or a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes per element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of all elements: numel() × element_size().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether autograd records operations on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the user, not computed from other tensors: every freshly created tensor is a leaf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same input given to {0}: not run, it would reserve {1} uninitialised elements (more than tensorviz allows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same input given to {0}: torch refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same input given to {0}: dtype {1}, uninitialised memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same input given to {0}: dtype {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} dims: the grid draws up to 4, so here is a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} elements: too many to draw one by one, so here is a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print(x) in the output pane shows torch&apos;s own summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.initial_seed() → {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run 1 with seed {0}. Press “Run again”: the same seed gives the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0} with seed {1}: exactly the same values as the run before ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {0} with seed {1}: the values differ from the run before!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed {0} instead of {1}: different values. Set {1} again to get the old ones back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed {0} instead of {1}, yet the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninitialised memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} reads its numbers as a size: it reserves {1} elements of {2} and does not fill them. The grid shows whatever bytes were there (different on every run, maybe huge or nan), so the code prints only shape and dtype. Use torch.zeros or torch.full for known values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndim 0: a scalar, a single number; its shape is torch.Size([]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndim 1: a vector. One index picks an element: its position along dim 0 (written above the cells).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndim 2: a matrix. Two indices: the row (dim 0, on the left) and the column (dim 1, above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndim 3: matrices side by side. Three indices: which matrix (dim 0, [i] above each), then row (dim 1) and column (dim 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndim 4: a grid of matrices. Four indices: [i, j] above each matrix (dims 0 and 1), then row (dim 2) and column (dim 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ndim {0}: drawn as a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scalar has no dims, so its index is empty: x[()] = {0}, or x.item().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} along dim {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x[{0}] = {1}: position {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booleans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data were {0}; the tensor stores {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value was converted exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fractions are cut off toward zero (outlined cells):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values could not be kept exactly (outlined cells):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: torch.Tensor reads a lone whole number as a size. torch.tensor(5) is the scalar 5; torch.Tensor(5) is 5 uninitialised float32 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor takes exactly one argument, the data; only torch.Tensor (and IntTensor...) read several numbers as a size. torch.tensor infers the dtype from the data, torch.Tensor always makes float32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below it, the same input given to {0} ({1}). torch.tensor infers the dtype from the data (whole numbers → int64, floats → float32, numpy float64 stays float64); torch.Tensor always makes float32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t is empty: no memory, data_ptr() is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares t&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy in new memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made first: {0} ({1}). x and y are both made from this one tensor t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}(t) warns: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.tensor(t, copy=True) → torch refuses: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}(t) copies nothing and converts nothing: its result uses t&apos;s memory, with t&apos;s dtype {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}(t) copies t into new memory ({1}); a change to t does not reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linspace(start, end, steps) makes steps evenly spaced points, both ends included. With a huge end torch prints in scientific notation (1.1111e+06); set sci_mode off under Printing to see plain digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arange(start, end, step) counts from start in steps of step; end itself is not included. Whole numbers give int64, any float gives float32.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
