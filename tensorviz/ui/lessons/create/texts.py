"""The create lesson's words, in the current language (translation context ``CreateLesson``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


# -- controls -------------------------------------------------------------------------------
def preset_titles() -> dict[str, str]:
    return {
        "scalar": translate("CreateLesson", "0-D scalar"),
        "vector": translate("CreateLesson", "1-D vector"),
        "matrix": translate("CreateLesson", "2-D matrix"),
        "3d": translate("CreateLesson", "3-D"),
        "4d": translate("CreateLesson", "4-D"),
        "uninit": "Tensor(2, 3)",
        "convert": translate("CreateLesson", "float → int"),
        "numpy": translate("CreateLesson", "from numpy"),
        "randn": translate("CreateLesson", "numpy randn"),
        "tensor_arg": translate("CreateLesson", "given a tensor"),
        "linspace": translate("CreateLesson", "big linspace"),
        "normal": translate("CreateLesson", "normal(2, 3)"),
    }


def preset_tips() -> dict[str, str]:
    return {
        "scalar": translate("CreateLesson", "torch.tensor(5): a 0-D tensor, one number."),
        "vector": translate("CreateLesson", "torch.tensor([1, 2, 3]): one index per element."),
        "matrix": translate("CreateLesson", "A 2-D tensor: row and column."),
        "3d": translate("CreateLesson", "A 3-D tensor: two matrices of 2 × 3."),
        "4d": translate("CreateLesson", "A 4-D tensor: 2 × 2 matrices of 2 × 3."),
        "uninit": translate("CreateLesson", "torch.Tensor(2, 3): a size, so uninitialised memory."),
        "convert": translate("CreateLesson", "torch.IntTensor given floats: the conversion shown."),
        "numpy": translate("CreateLesson", "torch.tensor(np.array(...)): numpy's float64 is kept."),
        "randn": translate(
            "CreateLesson",
            "torch.tensor(np.random.randn(3, 5)) after np.random.seed(42): numpy's float64 "
            "is kept.",
        ),
        "tensor_arg": translate(
            "CreateLesson",
            "t = torch.tensor([1, 2, 3]) given to torch.tensor and to torch.Tensor: which "
            "copies t, which shares its memory, and torch's warning.",
        ),
        "linspace": translate(
            "CreateLesson", "torch.linspace(3, 10000000, 10) and scientific notation."
        ),
        "normal": translate(
            "CreateLesson", "torch.normal(mean=2, std=3) with a histogram of 100,000 draws."
        ),
    }


def field_tips() -> dict[str, str]:
    return {
        "data": translate(
            "CreateLesson",
            "A number or nested lists, e.g. [[1, 2], [3, 4]]. True/False, "
            "inf, nan and pi are allowed.",
        ),
        "size": translate("CreateLesson", "The size along each dim, e.g. 2, 3. Empty: a scalar."),
        "start": translate("CreateLesson", "The first value."),
        "end": translate(
            "CreateLesson", "arange: where counting stops (excluded). linspace: the last value."
        ),
        "step": translate("CreateLesson", "The distance between neighbours (not 0)."),
        "steps": translate("CreateLesson", "How many points (at least 1)."),
        "fill_value": translate("CreateLesson", "The value every element gets."),
        "mean": translate("CreateLesson", "The centre of the normal distribution."),
        "std": translate(
            "CreateLesson", "The standard deviation (spread), >= 0. The variance is std²."
        ),
        "low": translate("CreateLesson", "The smallest whole number drawn."),
        "high": translate(
            "CreateLesson", "One more than the largest whole number drawn (excluded)."
        ),
    }


def numpy_tip() -> str:
    return translate(
        "CreateLesson",
        "Pass a numpy array instead of a list: torch.tensor keeps numpy's dtype "
        "(float64 for floats).",
    )


def device_tip(available: bool) -> str:
    if available:
        return translate("CreateLesson", "Available on this machine.")
    return translate("CreateLesson", "Not available on this machine: torch's own error is shown.")


def controls() -> dict[str, str]:
    """Box titles, labels, buttons and their tips."""
    return {
        "examples": translate("CreateLesson", "Examples"),
        "arguments": translate("CreateLesson", "Constructor and arguments"),
        "call": translate("CreateLesson", "call"),
        # the row of a legacy constructor's one argument (its data, or its size)
        "argument": translate("CreateLesson", "argument"),
        "source_data": translate("CreateLesson", "data (a list)"),
        "source_size": translate("CreateLesson", "size (numbers)"),
        "numpy": translate("CreateLesson", "as a numpy array"),
        "from_tensor": translate("CreateLesson", "first as a tensor t"),
        "numpy_source_tip": translate(
            "CreateLesson",
            "The numpy array: np.array(data), or np.random.randn(size) drawn after "
            "np.random.seed(seed).",
        ),
        "from_tensor_tip": translate(
            "CreateLesson",
            "Make the data a tensor t first and give t to the constructor: see which "
            "constructor copies t and which shares its memory.",
        ),
        "default_dtype": translate("CreateLesson", "default"),
        "requires_grad_tip": translate(
            "CreateLesson", "Record operations on this tensor for autograd (float dtypes only)."
        ),
        "seed_box": translate("CreateLesson", "Random seed"),
        "seed_tip": translate(
            "CreateLesson", "The same seed makes the generator produce the same numbers again."
        ),
        "run_again": translate("CreateLesson", "Run again"),
        "run_again_tip": translate(
            "CreateLesson", "Seed and draw again, and compare with the values drawn before."
        ),
        "new_seed": translate("CreateLesson", "New seed"),
        "printing": translate("CreateLesson", "Printing"),
        "sci_tip": translate(
            "CreateLesson",
            "torch.set_printoptions(sci_mode=...): scientific notation in printed tensors.",
        ),
        "attributes": translate("CreateLesson", "Attributes of x"),
        "histogram": translate("CreateLesson", "Sample and expected distribution"),
    }


def sci_modes() -> tuple[str, str, str]:
    """The sci_mode choices: torch's default, on, off."""
    return (
        translate("CreateLesson", "default (torch decides)"),
        translate("CreateLesson", "on: 1.0000e+06"),
        translate("CreateLesson", "off: 1000000.0000"),
    )


def attribute_tips() -> dict[str, str]:
    return {
        "shape": translate("CreateLesson", "The size along each dim."),
        "ndim": translate("CreateLesson", "How many dims: how many indices pick one element."),
        "numel": translate("CreateLesson", "How many elements: the product of the sizes."),
        "dtype": translate("CreateLesson", "The type every element has."),
        "device": translate("CreateLesson", "Where the memory is: cpu or a GPU."),
        "element_size": translate("CreateLesson", "Bytes per element."),
        "nbytes": translate("CreateLesson", "Bytes of all elements: numel() × element_size()."),
        "requires_grad": translate("CreateLesson", "Whether autograd records operations on it."),
        "is_leaf": translate(
            "CreateLesson",
            "Made by the user, not computed from other tensors: "
            "every freshly created tensor is a leaf.",
        ),
    }


# -- the picture ----------------------------------------------------------------------------
def dtype_caption(dtype: str) -> str:
    return translate("CreateLesson", "dtype {0}").format(dtype)


def compare_caption(name: str, dtype: str, refused: int, error: bool, uninitialised: bool) -> str:
    """What the other constructor of the comparison made of the same input."""
    if refused:
        return translate(
            "CreateLesson",
            "The same input given to {0}: not run, it would reserve {1} uninitialised "
            "elements (more than tensorviz allows).",
        ).format(name, f"{refused:,}")
    if error:
        return translate("CreateLesson", "The same input given to {0}: torch refuses it.").format(
            name
        )
    if uninitialised:
        return translate(
            "CreateLesson", "The same input given to {0}: dtype {1}, uninitialised memory"
        ).format(name, dtype)
    return translate("CreateLesson", "The same input given to {0}: dtype {1}").format(name, dtype)


def summary_head(ndim: int, numel: int) -> str:
    """Why a tensor is summarised in words rather than drawn cell by cell."""
    if ndim > 4:
        return translate(
            "CreateLesson", "{0} dims: the grid draws up to 4, so here is a summary."
        ).format(ndim)
    return translate(
        "CreateLesson", "{0} elements: too many to draw one by one, so here is a summary."
    ).format(f"{numel:,}")


def summary_foot() -> str:
    return translate("CreateLesson", "print(x) in the output pane shows torch's own summary.")


def initial_seed(seed: int | None) -> str:
    return translate("CreateLesson", "torch.initial_seed() → {0}").format(
        seed if seed is not None else "–"
    )


def seed_verdict(run: int, seed: int, previous: int | None, same: bool) -> tuple[str, str | None]:
    """Run ``run`` with ``seed`` after a run with ``previous`` (None: the first run) that
    drew the ``same`` values or not: the text and its tone."""
    if previous is None:
        return translate(
            "CreateLesson",
            "Run 1 with seed {0}. Press “Run again”: the same seed gives the same values.",
        ).format(seed), None
    if previous == seed and same:
        return translate(
            "CreateLesson", "Run {0} with seed {1}: exactly the same values as the run before ✓"
        ).format(run, seed), "good"
    if previous == seed:
        return translate(
            "CreateLesson", "Run {0} with seed {1}: the values differ from the run before!"
        ).format(run, seed), "bad"
    if not same:
        return translate(
            "CreateLesson",
            "Seed {0} instead of {1}: different values. Set {1} again to get the old ones back.",
        ).format(seed, previous), None
    return translate("CreateLesson", "Seed {0} instead of {1}, yet the same values.").format(
        seed, previous
    ), None


# -- the note under the grid ----------------------------------------------------------------
def uninitialised() -> tuple[str, str]:
    """The warning's head and the text for ``{0}`` (constructor), ``{1}`` (numel), ``{2}``
    (dtype)."""
    return translate("CreateLesson", "Uninitialised memory."), translate(
        "CreateLesson",
        "{0} reads its numbers as a size: it reserves {1} elements of {2} "
        "and does not fill them. The grid shows whatever bytes were there "
        "(different on every run, maybe huge or nan), so the code prints only "
        "shape and dtype. Use torch.zeros or torch.full for known values.",
    )


def dims(ndim: int) -> str:
    texts = {
        0: translate(
            "CreateLesson", "ndim 0: a scalar, a single number; its shape is torch.Size([])."
        ),
        1: translate(
            "CreateLesson",
            "ndim 1: a vector. One index picks an element: its position along "
            "dim 0 (written above the cells).",
        ),
        2: translate(
            "CreateLesson",
            "ndim 2: a matrix. Two indices: the row (dim 0, on the left) and the "
            "column (dim 1, above).",
        ),
        3: translate(
            "CreateLesson",
            "ndim 3: matrices side by side. Three indices: which matrix (dim 0, "
            "[i] above each), then row (dim 1) and column (dim 2).",
        ),
        4: translate(
            "CreateLesson",
            "ndim 4: a grid of matrices. Four indices: [i, j] above each matrix "
            "(dims 0 and 1), then row (dim 2) and column (dim 3).",
        ),
    }
    return texts.get(ndim, translate("CreateLesson", "ndim {0}: drawn as a summary.").format(ndim))


def index(where: tuple[int, ...], value: str) -> str:
    """How to read the element at ``where``, which shows ``value``."""
    if where == ():
        return translate(
            "CreateLesson",
            "A scalar has no dims, so its index is empty: x[()] = {0}, or x.item().",
        ).format(value)
    along = ", ".join(
        translate("CreateLesson", "{0} along dim {1}").format(i, d) for d, i in enumerate(where)
    )
    return translate("CreateLesson", "x[{0}] = {1}: position {2}.").format(
        ", ".join(str(i) for i in where), value, along
    )


def conversion(source_kind: str, target: str, changed: int, float_to_int: bool) -> str:
    """What converting the data to the tensor's dtype did (examples follow when changed)."""
    kinds = {
        "bool": translate("CreateLesson", "booleans"),
        "int": translate("CreateLesson", "whole numbers"),
        "float": translate("CreateLesson", "floats"),
    }
    head = translate("CreateLesson", "The data were {0}; the tensor stores {1}.").format(
        kinds.get(source_kind, source_kind), target
    )
    if changed == 0:
        return head + " " + translate("CreateLesson", "Every value was converted exactly.")
    if float_to_int:
        why = translate("CreateLesson", "Fractions are cut off toward zero (outlined cells):")
    else:
        why = translate("CreateLesson", "These values could not be kept exactly (outlined cells):")
    return f"{head} {why}"


def comparison(uninitialised: bool, refused: bool, other: str, dtype: str) -> str:
    """torch.tensor against torch.Tensor for the input on screen: ``other`` made uninitialised
    memory of it, or ``refused`` it, or made a tensor of ``dtype``."""
    if uninitialised:
        return translate(
            "CreateLesson",
            "Careful: torch.Tensor reads a lone whole number as a size. torch.tensor(5) is "
            "the scalar 5; torch.Tensor(5) is 5 uninitialised float32 values.",
        )
    if refused:
        return translate(
            "CreateLesson",
            "torch.tensor takes exactly one argument, the data; only torch.Tensor (and "
            "IntTensor...) read several numbers as a size. torch.tensor infers the dtype "
            "from the data, torch.Tensor always makes float32.",
        )
    return translate(
        "CreateLesson",
        "Below it, the same input given to {0} ({1}). torch.tensor infers the dtype from "
        "the data (whole numbers → int64, floats → float32, numpy float64 stays float64); "
        "torch.Tensor always makes float32.",
    ).format(other, dtype)


def share_badge(shares: bool, empty: bool = False) -> str:
    """Whether a tensor made from t has t's memory (the same data_ptr); an ``empty`` t has
    none, and every data_ptr() is 0."""
    if empty:
        return translate("CreateLesson", "t is empty: no memory, data_ptr() is 0")
    if shares:
        return translate("CreateLesson", "shares t's memory")
    return translate("CreateLesson", "a copy in new memory")


def sharing_source(code: str, dtype: str) -> str:
    return translate(
        "CreateLesson", "Made first: {0} ({1}). x and y are both made from this one tensor t."
    ).format(code, dtype)


def sharing_warning(constructor: str, warning: str) -> str:
    """``warning`` is torch's own, as Python prints it."""
    return translate("CreateLesson", "{0}(t) warns: {1}").format(constructor, warning)


def copy_outcome(error: str | None, shares: bool | None) -> str:
    """What torch did with torch.tensor(t, copy=True): its ``error``, or it worked."""
    if error is not None:
        text = translate("CreateLesson", "torch.tensor(t, copy=True) → torch refuses: {0}")
        return text.format(error)
    return "torch.tensor(t, copy=True) → " + share_badge(bool(shares))


def tensor_comparison(name: str, shares: bool, dtype: str) -> str:
    """What constructor ``name`` did with an existing tensor t: ``shares`` its memory (and
    so its dtype) or not, making a tensor of ``dtype``."""
    if shares:
        return translate(
            "CreateLesson",
            "{0}(t) copies nothing and converts nothing: its result uses t's memory, "
            "with t's dtype {1}.",
        ).format(name, dtype)
    return translate(
        "CreateLesson", "{0}(t) copies t into new memory ({1}); a change to t does not reach it."
    ).format(name, dtype)


def constructor_note(constructor: str) -> str:
    """What is special about ``constructor`` ("" when nothing is)."""
    if constructor == "torch.linspace":
        return translate(
            "CreateLesson",
            "linspace(start, end, steps) makes steps evenly spaced points, both "
            "ends included. With a huge end torch prints in scientific notation "
            "(1.1111e+06); set sci_mode off under Printing to see plain digits.",
        )
    if constructor == "torch.arange":
        return translate(
            "CreateLesson",
            "arange(start, end, step) counts from start in steps of step; end "
            "itself is not included. Whole numbers give int64, any float gives "
            "float32.",
        )
    return ""
