"""Broadcasting, laid out: the right-aligned shape table, per-dim verdicts, stride-0 views.

Two operands meet in an element-wise operation (``+ - * /``). Their shapes are lined up from the
right; a missing leading dim counts as an implicit 1; in every dim the sizes must be equal or
one of them must be 1, which is then stretched to the other's size. :func:`shape_table` states
that rule dim by dim (pure Python, no torch); :func:`broadcast` builds the operands, expands
both to the result shape with ``torch.broadcast_tensors`` (views, as ``Tensor.expand`` makes:
stride 0 along every stretched dim, no new memory), runs the real operation and records the code
and what it prints.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.errors import Phrase, TorchError
from tensorviz.core.layout import Layout, layout_of, shares_storage
from tensorviz.core.literal import (
    LiteralError,
    check_size,
    literal_code,
    parse_literal,
    parse_shape,
)
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot, snapshot

Verdict = Literal["equal", "stretch_a", "stretch_b", "incompatible"]
Kind = Literal["values", "arange"]

#: The element-wise operations offered, as written in code.
OPS: dict[str, Callable[[torch.Tensor, torch.Tensor], torch.Tensor]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}

#: The names the operands have in the code.
NAMES = ("a", "b")


# -- the rule, dim by dim ------------------------------------------------------------------
@dataclass(frozen=True)
class DimVerdict:
    """One dim of the result, with both operands' sizes lined up from the right.

    ``a`` / ``b`` is ``None`` where that operand has no such dim (an implicit leading 1).
    ``size`` is the result's size, ``None`` where the sizes are incompatible.
    """

    dim: int  # index in the result, 0 .. ndim - 1 (torch's error messages use it)
    ndim: int
    a: int | None
    b: int | None
    size: int | None
    verdict: Verdict

    @property
    def negative_dim(self) -> int:
        """The same dim counted from the right (-1 is the last)."""
        return self.dim - self.ndim

    def size_of(self, which: str) -> int:
        """Operand ``"a"``'s or ``"b"``'s size here, an implicit dim counting as 1."""
        value = self.a if which == "a" else self.b
        return 1 if value is None else value

    def is_implicit(self, which: str) -> bool:
        return (self.a if which == "a" else self.b) is None


@dataclass(frozen=True)
class ShapeTable:
    """The two shapes right-aligned, and the broadcasting verdict of every dim."""

    shape_a: tuple[int, ...]
    shape_b: tuple[int, ...]
    dims: tuple[DimVerdict, ...]

    @property
    def ndim(self) -> int:
        return len(self.dims)

    @property
    def compatible(self) -> bool:
        return all(d.verdict != "incompatible" for d in self.dims)

    @property
    def result_shape(self) -> tuple[int, ...] | None:
        """The broadcast shape, or ``None`` when the shapes do not broadcast."""
        if not self.compatible:
            return None
        return tuple(d.size for d in self.dims)  # type: ignore[misc]

    @property
    def incompatible_dims(self) -> tuple[int, ...]:
        return tuple(d.dim for d in self.dims if d.verdict == "incompatible")

    @property
    def failing_dim(self) -> int | None:
        """The dim torch names in its error: it checks from the right, so the last bad one."""
        bad = self.incompatible_dims
        return bad[-1] if bad else None

    def stretched(self, which: str) -> tuple[int, ...]:
        """The result dims along which operand ``which`` is stretched (repeated)."""
        verdict = "stretch_a" if which == "a" else "stretch_b"
        return tuple(d.dim for d in self.dims if d.verdict == verdict)


def verdict_of(a: int | None, b: int | None) -> tuple[Verdict, int | None]:
    """The verdict for one dim and the result's size there (``None`` if incompatible)."""
    size_a = 1 if a is None else a
    size_b = 1 if b is None else b
    if size_a == size_b:
        return "equal", size_a
    if size_a == 1:
        return "stretch_a", size_b
    if size_b == 1:
        return "stretch_b", size_a
    return "incompatible", None


def shape_table(shape_a: tuple[int, ...], shape_b: tuple[int, ...]) -> ShapeTable:
    """Line ``shape_a`` and ``shape_b`` up from the right and judge every dim."""
    shape_a, shape_b = tuple(shape_a), tuple(shape_b)
    ndim = max(len(shape_a), len(shape_b))
    pad_a = (None,) * (ndim - len(shape_a)) + shape_a
    pad_b = (None,) * (ndim - len(shape_b)) + shape_b
    dims = []
    for i, (a, b) in enumerate(zip(pad_a, pad_b, strict=True)):
        verdict, size = verdict_of(a, b)
        dims.append(DimVerdict(i, ndim, a, b, size, verdict))
    return ShapeTable(shape_a, shape_b, tuple(dims))


def ghost_mask(table: ShapeTable, which: str) -> np.ndarray:
    """For operand ``which`` drawn at the result shape: True where a cell is a copy.

    The real elements are those at index 0 along every dim the operand is stretched in;
    every other cell repeats one of them.
    """
    shape = table.result_shape
    if shape is None:
        raise ValueError("the shapes do not broadcast")
    mask = np.zeros(shape, dtype=bool)
    for dim in table.stretched(which):
        index = [slice(None)] * len(shape)
        index[dim] = slice(1, None)
        mask[tuple(index)] = True
    return mask


# -- operands ------------------------------------------------------------------------------
class InputError(LiteralError):
    """A :class:`LiteralError` that also says which input it is about: ``a``, ``b`` or
    ``result`` (a result too big to allocate)."""

    def __init__(
        self, field: str, reason: str, detail: str | Phrase = "", *, limit=None, value=None
    ) -> None:
        super().__init__(reason, detail, limit=limit, value=value)
        self.field = field


@dataclass(frozen=True)
class OperandSpec:
    """What the user asked for: a literal (``values``) or ``arange`` values of a shape."""

    kind: Kind
    text: str


@dataclass(frozen=True)
class Operand:
    """One operand: as given, and expanded to the result shape (when the shapes broadcast)."""

    name: str  # "a" or "b", as in the code
    code: str  # the line that creates it
    values: TensorSnapshot
    nbytes: int  # the operand's storage, in bytes
    layout: Layout | None  # the operand's own layout, drawn when it cannot be expanded
    expanded: TensorSnapshot | None
    expanded_layout: Layout | None  # the expand() view: stride 0 along stretched dims
    ghost: np.ndarray | None  # result shape; True = a copy broadcasting adds
    stretched: tuple[int, ...]  # result dims along which it is stretched
    shares_memory: bool | None  # the view reads the operand's own storage (no copy)

    @property
    def shape(self) -> tuple[int, ...]:
        return self.values.shape

    @property
    def zero_stride_dims(self) -> tuple[int, ...]:
        """Dims of the expanded view whose stride is 0 (as torch reports them)."""
        if self.expanded_layout is None:
            return ()
        return tuple(i for i, s in enumerate(self.expanded_layout.stride) if s == 0)


def _sizes(shape: tuple[int, ...]) -> str:
    """``(2, 3)`` written as call arguments: ``2, 3``; a 0-d shape as ``()``."""
    return ", ".join(str(s) for s in shape) if shape else "()"


@dataclass(frozen=True)
class PlannedOperand:
    """An operand before it exists: its line of code, its shape, and how to make it."""

    code: str
    shape: tuple[int, ...]
    make: Callable[[], torch.Tensor]


def plan_operand(spec: OperandSpec, which: str) -> PlannedOperand:
    """The line that creates operand ``which``, its shape, and the torch call behind the line.

    Raises :class:`LiteralError` for text that cannot be used (nothing is allocated then).
    ``arange`` values count up from 0 for ``a`` and in tens from 10 for ``b``, so a cell of
    ``a + b`` shows which element of each operand it came from, and ``a / b`` never divides
    by zero.
    """
    if spec.kind == "values":
        parsed = parse_literal(spec.text)
        data = parsed.data
        return PlannedOperand(
            f"{which} = torch.tensor({literal_code(data)})",
            parsed.shape,
            lambda: torch.tensor(data),
        )
    if spec.kind != "arange":
        raise ValueError(f"unknown operand kind {spec.kind!r}")
    shape = parse_shape(spec.text)
    n = math.prod(shape)
    if which == "a":
        start, stop, step = 0, n, 1
        head = f"torch.arange({n})"
    else:
        start, stop, step = 10, 10 * (n + 1), 10
        head = f"torch.arange({start}, {stop}, {step})"
    tail = "" if len(shape) == 1 else f".reshape({_sizes(shape)})"

    def make() -> torch.Tensor:
        return torch.arange(start, stop, step).reshape(shape)

    return PlannedOperand(f"{which} = {head}{tail}", shape, make)


def _plan(spec: OperandSpec, which: str) -> PlannedOperand:
    try:
        return plan_operand(spec, which)
    except InputError:
        raise
    except LiteralError as exc:
        raise InputError(which, exc.reason, exc.phrase, limit=exc.limit, value=exc.value) from None


def values_text(snap: TensorSnapshot, limit: int = 120) -> str | None:
    """A literal that recreates ``snap``'s values (``None`` above ``limit`` elements)."""
    if snap.values is None or snap.numel > limit:
        return None

    def item(v: float) -> str:
        if snap.kind == "bool":
            return "True" if v else "False"
        if snap.kind == "int":
            return str(int(v))
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(float(v))

    def nest(a: np.ndarray) -> str:
        if a.ndim == 0:
            return item(float(a))
        return "[" + ", ".join(nest(x) for x in a) + "]"

    return nest(np.asarray(snap.values))


# -- the whole picture ---------------------------------------------------------------------
@dataclass(frozen=True)
class BroadcastResult:
    """Everything the lesson draws for one state of its controls."""

    op: str
    table: ShapeTable
    a: Operand
    b: Operand
    result: TensorSnapshot | None
    result_nbytes: int | None  # the memory the result allocates
    error: TorchError | None  # torch's error for ``a <op> b``
    snippet: Snippet

    @property
    def result_shape(self) -> tuple[int, ...] | None:
        return self.result.shape if self.result is not None else None


def _operand(
    name: str,
    code: str,
    t: torch.Tensor,
    table: ShapeTable,
    view: torch.Tensor | None,
) -> Operand:
    nbytes = t.untyped_storage().nbytes()
    if view is None:
        return Operand(name, code, snapshot(t), nbytes, layout_of(t), None, None, None, (), None)
    # The view's layout already shows the operand's storage: it is not read a second time.
    return Operand(
        name=name,
        code=code,
        values=snapshot(t),
        nbytes=nbytes,
        layout=None,
        expanded=snapshot(view),
        expanded_layout=layout_of(view),
        ghost=ghost_mask(table, name),
        stretched=table.stretched(name),
        shares_memory=shares_storage(view, t),
    )


def broadcast(spec_a: OperandSpec, spec_b: OperandSpec, op: str = "+") -> BroadcastResult:
    """Build both operands, lay their shapes out, expand them and run ``a <op> b`` for real.

    Raises :class:`InputError` (a :class:`LiteralError` naming the field) for unusable input,
    including a result with more than
    :data:`~tensorviz.core.literal.MAX_ELEMENTS` elements (refused before allocating).
    torch's own errors (shapes that do not broadcast, an operation the dtypes do not support)
    are returned in ``error``, and the code then shows the failing call inside ``try``.
    """
    if op not in OPS:
        raise ValueError(f"unknown operation {op!r}")
    plan_a = _plan(spec_a, "a")
    plan_b = _plan(spec_b, "b")
    # Both shapes are known before anything is allocated, so an oversized result is refused.
    table = shape_table(plan_a.shape, plan_b.shape)
    result_shape = table.result_shape
    if result_shape is not None:
        try:  # every dim, the elements and the drawn extent, as for a typed shape
            check_size(tuple(result_shape), what=Phrase("the result {0}", (tuple(result_shape),)))
        except LiteralError as exc:
            raise InputError(
                "result", exc.reason, exc.phrase, limit=exc.limit, value=exc.value
            ) from None

    fn = OPS[op]
    s = Script()
    a = s.run(plan_a.code, plan_a.make)
    b = s.run(plan_b.code, plan_b.make)
    s.show("a.shape, b.shape", f"{a.shape} {b.shape}")
    view_a = view_b = None
    if result_shape is not None:
        s.line()
        # broadcast_tensors, not broadcast_shapes: the latter's first call imports sympy
        # (0.3 s, on the first result of a lesson opened at start-up, issue 16)
        s.comment("both expanded to one shape: views with stride 0 where stretched, no copies")
        view_a, view_b = s.run(
            "a_view, b_view = torch.broadcast_tensors(a, b)",
            lambda: torch.broadcast_tensors(a, b),
        )
        s.show("a_view.shape", view_a.shape)
        for name, view, base in (("a", view_a, a), ("b", view_b, b)):
            s.show(f"{name}_view", view)
            s.show(f"{name}_view.stride()", view.stride(), label=f"{name}_view.stride():")
            s.show(
                f"{name}_view.data_ptr() == {name}.data_ptr()",
                view.data_ptr() == base.data_ptr(),
                label=f"same memory as {name}:",
            )
        s.line()
    # Run the operation once; the code shows a try/except only where torch really fails.
    outcome = s.attempt_once(f"result = a {op} b", lambda: fn(a, b))
    if isinstance(outcome, TorchError):
        error: TorchError | None = outcome
        result = None
    else:
        error = None
        result = outcome
        s.show("result", result)
        s.show("result.shape", result.shape)
    return BroadcastResult(
        op=op,
        table=table,
        a=_operand("a", plan_a.code, a, table, view_a),
        b=_operand("b", plan_b.code, b, table, view_b),
        result=None if result is None else snapshot(result),
        result_nbytes=None if result is None else result.untyped_storage().nbytes(),
        error=error,
        snippet=s.finish(),
    )
