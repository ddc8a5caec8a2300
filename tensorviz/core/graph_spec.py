"""What a user asks the autograd replay for, as plain data: leaves, a program, a grad mode and
the steps taken after the first forward pass, with their limits and the course's examples.

No torch here (only :mod:`tensorviz.core.graph` runs a :class:`Spec`), so the autograd
lesson's State and the command line read these before torch is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Grad modes of the forward pass.
MODES = ("grad", "no_grad", "decorator", "set_grad_enabled")
#: Step kinds.
STEPS = ("forward", "backward", "zero", "repeat", "detach", "edit_detached", "inplace")
#: Most leaves, most elements per leaf, most steps kept, most repeats of one step.
MAX_LEAVES = 6
MAX_LEAF_ELEMENTS = 4096
MAX_STEPS = 40
MAX_TIMES = 10
#: dtypes a leaf may be given ("": torch infers it from the literal).
DTYPES = ("", "float32", "float64", "float16", "int64")


# -- what the user asked for ---------------------------------------------------------------
@dataclass(frozen=True)
class LeafSpec:
    """A leaf tensor: ``name = torch.tensor(value, dtype=..., requires_grad=...)``.

    ``dtype`` "" lets torch infer it from the literal (float32 for ``1.0``, int64 for ``1``).
    """

    name: str
    value: str
    dtype: str = ""
    requires_grad: bool = True


@dataclass(frozen=True)
class Step:
    """One thing the user did after the first forward pass.

    - ``forward``: run the program again (a new graph);
    - ``backward``: ``out.backward(gradient, retain_graph=...)``; ``gradient`` is a literal
      or ``None``;
    - ``zero``: ``x.grad.zero_()`` for every leaf that has a grad;
    - ``repeat``: backward ``times`` times in a loop, optionally running the forward pass
      again (``fresh_forward``) and zeroing the grads (``zero_first``) each time;
    - ``detach``: ``x_d = x.detach()`` for leaf ``leaf``;
    - ``edit_detached``: ``x_d += 1`` (the detached tensor, changed in place);
    - ``inplace``: ``x += 1`` on the leaf itself.
    """

    kind: str
    gradient: str | None = None
    retain_graph: bool = False
    times: int = 1
    fresh_forward: bool = False
    zero_first: bool = False
    leaf: str = ""


@dataclass(frozen=True)
class Spec:
    leaves: tuple[LeafSpec, ...]
    program: str
    mode: str = "grad"
    steps: tuple[Step, ...] = ()
    inspect: bool = False  # print is_leaf / requires_grad of every tensor after a forward


# -- presets -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Preset:
    key: str
    spec: Spec


_VEC = (LeafSpec("x", "[1.0, 2.0, 3.0]"),)
_ACC = (LeafSpec("x", "[1.0, 2.0, 5.3]"),)
_ACC_PROGRAM = "y = x**2 + 2*x + 7; z = y.mean()"
_CTX = (LeafSpec("x", "10.5"),)
_CTX_PROGRAM = "y = x**2 + 2*x + 3"

PRESETS: tuple[Preset, ...] = (
    Preset("vectors", Spec(
        (LeafSpec("x", "[1.0, 2.0, 3.0]"), LeafSpec("y", "[4.0, 5.0, 6.0]")),
        "z = x * y; loss = z.sum()", steps=(Step("backward"),),
    )),
    Preset("leaf", Spec(_VEC, "y = x ** 2; z = y.sum()", inspect=True)),
    Preset("detach", Spec(
        _VEC, "y = (x ** 2).sum()",
        steps=(Step("detach", leaf="x"), Step("edit_detached", leaf="x")),
    )),
    Preset("scalar", Spec((LeafSpec("x", "1.0"),), "y = x ** 2", steps=(Step("backward"),))),
    Preset("vector_error", Spec(_VEC, "y = x ** 2", steps=(Step("backward"),))),
    Preset("vector_gradient", Spec(
        _VEC, "y = x ** 2", steps=(Step("backward", gradient="[1.0, 1.0, 1.0]"),),
    )),
    Preset("mean", Spec(_VEC, "y = x ** 2; loss = y.mean()", steps=(Step("backward"),))),
    Preset("float64", Spec(
        (LeafSpec("x1", "5.0", "float64"), LeafSpec("x2", "3.0", "float64")),
        "y = x1 ** 2 + 2 * x2 + 7", steps=(Step("backward"),),
    )),
    Preset("no_grad", Spec(_CTX, _CTX_PROGRAM, mode="no_grad")),
    Preset("decorator", Spec(_CTX, _CTX_PROGRAM, mode="decorator")),
    Preset("set_grad_enabled", Spec(_CTX, _CTX_PROGRAM, mode="set_grad_enabled")),
    Preset("accumulate", Spec(
        _ACC, _ACC_PROGRAM, steps=(Step("repeat", times=3, fresh_forward=True),),
    )),
    Preset("freed", Spec(_ACC, _ACC_PROGRAM, steps=(Step("repeat", times=3),))),
    Preset("zero_grad", Spec(
        _ACC, _ACC_PROGRAM,
        steps=(Step("repeat", times=3, fresh_forward=True, zero_first=True),),
    )),
    Preset("inplace_leaf", Spec(_VEC, "y = x * 2", steps=(Step("inplace", leaf="x"),))),
    Preset("no_requires_grad", Spec(
        (LeafSpec("x", "[1.0, 2.0, 3.0]", requires_grad=False),), "y = (x ** 2).sum()",
        steps=(Step("backward"),),
    )),
)  # fmt: skip


def preset(key: str) -> Preset:
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)
