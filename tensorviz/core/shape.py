"""A chain of shape steps (reshape, view, t, transpose, permute, ...) run with real torch.

The ``shape`` lesson lets a user build ``x0 -> x1 -> x2 ...`` where every ``x{k+1}`` is one
operation on ``x{k}``. :func:`compute_chain` runs the chain once and returns, per step, what
the diagrams paint: the values (:class:`TensorSnapshot`), the memory layout (:class:`Layout`,
torch's own strides, offset and slot of every element), whether the step shares storage with
its input or copied it (compared by real storage addresses), and torch's error where a step
fails. Steps after a failed one are not run; steps before it are untouched.

To animate elements from their old places to their new ones, every element also carries its
*origin*: its position (C order) in ``x0``. Origins are found by running the same chain on a
tensor of ids with ``x0``'s shape, so they are torch's answer too (a copy made by
``contiguous()`` or ``reshape`` moves ids exactly as it moves values).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.errors import TorchError
from tensorviz.core.layout import Layout, layout_of, shares_storage, storage_of
from tensorviz.core.literal import (
    LiteralError,
    check_size,
    index_code,
    literal_code,
    parse_dims,
    parse_index,
    parse_int,
    parse_literal,
    parse_shape,
)
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import GRID_CAP, TensorSnapshot, snapshot

#: The operations a step can be, in the order the lesson offers them.
OPS = (
    "reshape",
    "view",
    "t",
    "transpose",
    "permute",
    "contiguous",
    "squeeze",
    "unsqueeze",
    "flatten",
    "index",
)
#: Operations that take no argument.
NO_ARGS = ("t", "contiguous")
#: Most steps in one chain (each is a diagram; more would not fit a lecture anyway).
MAX_STEPS = 16


# -- steps -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """One operation and its arguments: ``Step("view", (12,))``, ``Step("index", (0,))``.

    ``args`` are ints, except for ``index`` whose args are the items of a basic index
    (ints, slices, ``...``, ``None``).
    """

    op: str
    args: tuple = ()

    def call(self) -> str:
        """The code after the tensor's name: ``.view(12)``, ``.t()``, ``[:, ::2]``."""
        if self.op == "index":
            return index_code(self.args)
        return f".{self.op}({', '.join(str(a) for a in self.args)})"

    def args_text(self) -> str:
        """The arguments as a user types them (for editing the step)."""
        if self.op == "index":
            return index_code(self.args)
        return ", ".join(str(a) for a in self.args)

    def apply(self, t: torch.Tensor) -> torch.Tensor:
        """Run the step on ``t`` (raises torch's error)."""
        op, args = self.op, self.args
        if op == "index":
            return t[args]
        if op in ("t", "contiguous"):
            return getattr(t, op)()
        if op in ("reshape", "view", "permute", "transpose", "unsqueeze", "squeeze", "flatten"):
            return getattr(t, op)(*args)
        raise ValueError(f"unknown op {op!r}")  # pragma: no cover - make_step refuses first


def make_step(op: str, text: str = "") -> Step:
    """A step from the op's name and the arguments the user typed.

    Raises :class:`LiteralError` for text that is not a valid argument list. Values torch
    would refuse (a dim out of range, a wrong element count) are kept: torch's own error is
    what the lesson shows.
    """
    text = text.strip()
    if op not in OPS:
        raise LiteralError("not_allowed", "unknown operation {0}", repr(op))
    if op in NO_ARGS:
        if text and text not in ("()",):
            raise LiteralError("not_allowed", "{0}() takes no arguments", op)
        return Step(op)
    if op in ("reshape", "view"):
        shape = parse_shape(text, allow_infer=True)
        if not shape and not text.strip("()[] "):
            raise LiteralError("empty", "{0}() needs a shape, e.g. 3, 4 or -1", op)
        return Step(op, shape)
    if op == "index":
        return Step(op, parse_index(text))
    if op == "squeeze":
        return Step(op, ()) if not text else Step(op, (parse_int(text),))
    if op == "unsqueeze":
        return Step(op, (parse_int(text),))
    dims = parse_dims(text)
    if op == "transpose" and len(dims) != 2:
        raise LiteralError("bad_dim", "transpose() needs two dims, e.g. 0, 1")
    if op == "flatten" and len(dims) > 2:
        raise LiteralError("bad_dim", "flatten() takes at most start_dim, end_dim")
    if op == "permute" and not dims:
        raise LiteralError("empty", "permute() needs the new order of the dims, e.g. 1, 0")
    return Step(op, dims)


# -- the start tensor -------------------------------------------------------------------------
@dataclass(frozen=True)
class Start:
    """``x0``: ``torch.arange(n).reshape(shape)`` or a literal the user typed."""

    shape: tuple[int, ...] = (3, 4)
    literal: str = ""  # when set, x0 = torch.tensor(<literal>) and shape is ignored

    def code(self) -> str:
        if self.literal:
            parsed = parse_literal(self.literal)
            return f"x0 = torch.tensor({literal_code(parsed.data)})"
        n = math.prod(self.shape)
        if len(self.shape) == 1:
            return f"x0 = torch.arange({n})"
        return f"x0 = torch.arange({n}).reshape({_shape_args(self.shape)})"

    def build(self) -> torch.Tensor:
        if self.literal:
            return torch.tensor(parse_literal(self.literal).data)
        return torch.arange(math.prod(self.shape)).reshape(self.shape)


def make_start(shape_text: str = "", literal: str = "") -> Start:
    """Validate what the user typed (raises :class:`LiteralError`) and describe ``x0``."""
    if literal.strip():
        parsed = parse_literal(literal)
        if len(parsed.shape) > 4:
            raise LiteralError("too_deep", "the lesson draws up to 4 dims")
        return Start(shape=parsed.shape, literal=parsed.text)
    shape = parse_shape(shape_text, allow_zero=False)
    if len(shape) > 4:
        raise LiteralError("too_deep", "the lesson draws up to 4 dims")
    return Start(shape=shape)


def _shape_args(shape: tuple[int, ...]) -> str:
    if not shape:
        return "()"
    return ", ".join(str(s) for s in shape)


# -- results -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fix:
    """A one-click fix for a failed step: the whole chain as it would be after the fix."""

    kind: str  # "insert_contiguous" | "use_reshape"
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class StepResult:
    """``x{k}``: what one step produced (or the error torch raised there)."""

    name: str  # "x2"
    code: str  # "x2 = x1.view(12)"
    step: Step | None  # None for x0
    status: str  # "ok" | "error" | "skipped"
    snapshot: TensorSnapshot | None = None
    layout: Layout | None = None
    #: For each element, its position (C order) in x0; None when too big to draw.
    origin: np.ndarray | None = None
    #: For each storage slot, the x0 position of the element stored there.
    storage_origin: np.ndarray | None = None
    shares_input: bool | None = None  # None for x0 and for steps that did not run
    unchanged: bool = False  # the step returned the same shape, strides and memory
    same_object: bool = False  # ``result is input`` (contiguous() of a contiguous tensor)
    error: TorchError | None = None
    fixes: tuple[Fix, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True)
class Chain:
    start: Start
    steps: tuple[Step, ...]
    results: tuple[StepResult, ...]  # results[0] is x0; results[k] is step k-1's output
    snippet: Snippet
    error_at: int | None = None  # index into results of the failed step

    @property
    def error(self) -> TorchError | None:
        return None if self.error_at is None else self.results[self.error_at].error

    def drawn_index(self, k: int) -> int:
        """Which result's tensor a picture of step ``k`` shows: ``k`` itself when it ran,
        else the last one before it that did (the tensor a failed step was called on)."""
        k = max(0, min(k, len(self.results) - 1))
        while k > 0 and not self.results[k].ok:
            k -= 1
        return k


def _fixes(steps: tuple[Step, ...], k: int, error: TorchError) -> tuple[Fix, ...]:
    """Fixes for step ``k`` (index into ``steps``) that failed with ``error``."""
    step = steps[k]
    if step.op == "view" and "view size is not compatible" in error.message:
        with_contiguous = (*steps[:k], Step("contiguous"), *steps[k:])
        with_reshape = (*steps[:k], Step("reshape", step.args), *steps[k + 1 :])
        return (Fix("insert_contiguous", with_contiguous), Fix("use_reshape", with_reshape))
    return ()


def _snapshot(t: torch.Tensor, cap: int) -> TensorSnapshot:
    # no statistics for tensors too big to draw: the lesson shows shape, strides and badges
    return snapshot(t, cap, statistics=False)


def _layout(t: torch.Tensor, cap: int) -> Layout:
    """``layout_of``; for tensors too big to draw, the same numbers without reading values."""
    drawn = t.numel() <= cap and storage_of(t).numel() <= cap
    return layout_of(t, cap if drawn else 0, statistics=False)


def _describe(s: Script, name: str, t: torch.Tensor) -> None:
    """print the shape, stride(), storage_offset() and is_contiguous() of ``name``."""
    parts = [
        (f"tuple({name}.shape)", tuple(t.shape), None),
        ("'stride'", "stride", None),
        (f"{name}.stride()", t.stride(), None),
        ("'offset'", "offset", None),
        (f"{name}.storage_offset()", t.storage_offset(), None),
        ("'contiguous'", "contiguous", None),
        (f"{name}.is_contiguous()", t.is_contiguous(), None),
    ]
    # print(a, b, c) writes str() of each, separated by spaces: the same line, built here.
    code = ", ".join(p[0] for p in parts)
    s.show(code, " ".join(str(p[1]) for p in parts), label=f"{name} shape")


def step_code(k: int, step: Step) -> str:
    """The line of step ``k`` (from 0) of a chain: ``x1 = x0.view(12)``."""
    return f"x{k + 1} = x{k}{step.call()}"


def compute_chain(start: Start, steps: tuple[Step, ...], cap: int = GRID_CAP) -> Chain:
    """Run ``x0`` and every step with real torch; see the module docstring.

    More than :data:`MAX_STEPS` steps are refused (``ValueError``), never cut silently: the
    lesson's state bounds its chain and says so before asking. A step whose result is over
    the size caps (``literal.check_size``) raises its :class:`LiteralError`."""
    steps = tuple(steps)
    if len(steps) > MAX_STEPS:
        raise ValueError(f"a chain has at most {MAX_STEPS} steps, not {len(steps)}")
    s = Script()
    x = start.build()
    drawn = x.numel() <= cap
    ids = torch.arange(x.numel()).reshape(x.shape) if drawn else None
    code0 = start.code()
    s.line(code0)
    if x.numel() <= 64:
        s.show("x0", x)
    _describe(s, "x0", x)
    results: list[StepResult] = [
        StepResult(
            name="x0",
            code=code0,
            step=None,
            status="ok",
            snapshot=_snapshot(x, cap),
            layout=_layout(x, cap),
            origin=None if ids is None else ids.numpy().copy(),
            storage_origin=None if ids is None else storage_of(ids).numpy().copy(),
        )
    ]
    error_at: int | None = None
    prev, prev_ids = x, ids
    for k, step in enumerate(steps):
        name, src = f"x{k + 1}", f"x{k}"
        code = step_code(k, step)
        if error_at is not None:
            s.comment("{0}  (not run: an earlier step failed)", code)
            results.append(StepResult(name=name, code=code, step=step, status="skipped"))
            continue
        s.line()
        # Only a failing step is wrapped in try/except in the code.
        y = s.attempt_once(code, lambda prev=prev, step=step: step.apply(prev))
        if isinstance(y, TorchError):
            error_at = len(results)
            results.append(
                StepResult(
                    name=name,
                    code=code,
                    step=step,
                    status="error",
                    error=y,
                    fixes=_fixes(steps, k, y),
                )
            )
            continue
        # a view costs no memory, so torch makes any shape (200 dims from [None, None, ...],
        # a dim of 10**6 with no elements): the caps refuse it before anything is laid out
        check_size(tuple(y.shape), what=name)
        _describe(s, name, y)
        shared = shares_storage(y, prev)
        s.show(
            f"{name}.untyped_storage().data_ptr() == {src}.untyped_storage().data_ptr()",
            shared,
            label=f"{name} shares memory with {src}:",
        )
        y_ids = None
        if prev_ids is not None and y.numel() <= cap:
            y_ids = step.apply(prev_ids)
        drawn_here = y_ids is not None
        unchanged = (
            shared
            and tuple(y.shape) == tuple(prev.shape)
            and y.stride() == prev.stride()
            and y.storage_offset() == prev.storage_offset()
        )
        results.append(
            StepResult(
                name=name,
                code=code,
                step=step,
                status="ok",
                snapshot=_snapshot(y, cap),
                layout=_layout(y, cap),
                origin=y_ids.numpy().copy() if drawn_here else None,
                storage_origin=storage_of(y_ids).numpy().copy() if drawn_here else None,
                shares_input=shared,
                unchanged=unchanged,
                same_object=y is prev,
            )
        )
        prev, prev_ids = y, y_ids
    return Chain(
        start=start,
        steps=steps,
        results=tuple(results),
        snippet=s.finish(),
        error_at=error_at,
    )


def with_step(steps: tuple[Step, ...], k: int, step: Step) -> tuple[Step, ...]:
    """``steps`` with step ``k`` replaced."""
    return (*steps[:k], step, *steps[k + 1 :])


def moved(steps: tuple[Step, ...], k: int, by: int) -> tuple[Step, ...]:
    """``steps`` with step ``k`` moved ``by`` places (clamped to the ends)."""
    items = list(steps)
    j = max(0, min(len(items) - 1, k + by))
    items.insert(j, items.pop(k))
    return tuple(items)


def removed(steps: tuple[Step, ...], k: int) -> tuple[Step, ...]:
    return (*steps[:k], *steps[k + 1 :])


#: The chain a lecturer sees first: a matrix, its transpose, and the view that fails on it.
DEFAULT_START = Start(shape=(3, 4))
DEFAULT_STEPS = (Step("t"), Step("view", (12,)))
