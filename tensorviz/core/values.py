"""What a tensor grid paints: a tensor's values read once into plain numpy and strings."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.literal import DRAW_CAP, extent

#: Tensors with more elements (or laid-out positions: see ``literal.extent``) than this are
#: summarised instead of drawn cell by cell.
GRID_CAP = DRAW_CAP


@dataclass(frozen=True)
class Summary:
    """Statistics shown instead of cells for a tensor too big to draw."""

    minimum: float
    maximum: float
    mean: float
    nan_count: int
    inf_count: int


@dataclass(frozen=True)
class TensorSnapshot:
    """A tensor as the widgets see it. Values are read from torch once, at snapshot time.

    ``values`` (float64, the tensor's shape; for colour) and ``text`` (one string per element,
    C order) are ``None`` when the tensor has more than ``cap`` elements, or a dim so long that
    even with no elements its index labels would be too many to lay out; ``summary`` is then
    set instead.
    """

    shape: tuple[int, ...]
    dtype: str
    kind: str  # "bool" | "int" | "float" | "complex"
    device: str
    requires_grad: bool
    values: np.ndarray | None
    text: tuple[str, ...] | None
    summary: Summary | None

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def summarised(self) -> bool:
        return self.values is None

    def element(self, flat: int) -> float | int | bool:
        """Element ``flat`` (C order) as torch's ``tolist()`` has it: an int tensor's int
        (read from its text, exact beyond float64's 2**53), a bool tensor's bool, a float
        tensor's float; of a complex tensor, where ``tolist()`` gives a complex, its real part
        (what the grid's colours show). Not for a summary."""
        if self.values is None or self.text is None:
            raise LookupError("a summarised tensor keeps no elements")
        if self.kind == "int":
            return int(self.text[flat])
        if self.kind == "bool":
            return self.text[flat] == "True"
        return float(self.values.flat[flat])


def subscript(index: tuple[int, ...]) -> str:
    """An element's index as Python writes it: ``[3, 1]``; a 0-d tensor's is ``[()]`` (its
    one element is ``x[()]``; ``x[]`` is not Python)."""
    return "[" + (", ".join(str(i) for i in index) or "()") + "]"


def unravel(flat: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    """The index of element ``flat`` (C order) of a tensor of ``shape``; ``()`` for a scalar."""
    index = []
    for size in reversed(shape):
        index.append(flat % size)
        flat //= size
    return tuple(reversed(index))


def kind_of(dtype: torch.dtype) -> str:
    if dtype == torch.bool:
        return "bool"
    if dtype.is_complex:
        return "complex"
    if dtype.is_floating_point:
        return "float"
    return "int"


def format_value(value: float | int | bool, kind: str) -> str:
    """One element as a cell shows it: ints whole, floats with up to 4 significant decimals."""
    if kind == "bool":
        return "True" if value else "False"
    if kind == "int":
        return str(int(value))
    v = float(value)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if v == int(v) and abs(v) < 1e6:
        # int() drops the sign of -0.0, which torch prints (-x of 0.0 is -0.)
        return f"{'-' if math.copysign(1.0, v) < 0 else ''}{abs(int(v))}."
    text = f"{v:.4g}"
    return text


def printed(value: float) -> str:
    """A float as torch prints a 0-d tensor of it, in ``tensor(...)``: ``0.6667``,
    ``4.2817e-05``, ``6.``, ``nan`` (its print options: 4 decimals by default). Printed in
    float64, whose form is float32's for a float32 value and holds float64's range."""
    text = str(torch.tensor(float(value), dtype=torch.float64))
    body = text[text.index("(") + 1 : text.rindex(")")]
    return body.split(",")[0].strip()


def _as_numpy(t: torch.Tensor) -> np.ndarray:
    t = t.detach()
    if t.device.type != "cpu":
        t = t.cpu()
    if t.dtype in (torch.bfloat16, torch.float16):
        t = t.to(torch.float32)  # exact: both widen to float32 without rounding
    if t.is_complex():
        return t.resolve_conj().numpy()
    return t.resolve_conj().resolve_neg().numpy()


def snapshot(t: torch.Tensor, cap: int = GRID_CAP, statistics: bool = True) -> TensorSnapshot:
    """Read ``t`` for painting. Above ``cap`` elements only a :class:`Summary` is computed,
    or nothing at all with ``statistics=False`` (shape and dtype are then all a widget shows:
    reading min/max/mean of a million elements on every click would cost more than the rest).
    """
    kind = kind_of(t.dtype)
    common = dict(
        shape=tuple(t.shape),
        dtype=str(t.dtype),
        kind=kind,
        device=str(t.device),
        requires_grad=bool(t.requires_grad),
    )
    if t.numel() > cap or extent(tuple(t.shape)) > cap:
        summary = summarise(t) if statistics else None
        return TensorSnapshot(**common, values=None, text=None, summary=summary)
    values, text = cells(_as_numpy(t), kind)
    return TensorSnapshot(**common, values=values, text=text, summary=None)


def cells(arr: np.ndarray, kind: str) -> tuple[np.ndarray, tuple[str, ...]]:
    """What a grid paints of ``arr``: float64 values for colour (the real part of complex
    numbers) and each element's text in C order."""
    # uninitialised memory (torch.Tensor(n), torch.empty) may hold signalling NaNs, whose
    # cast numpy reports as "invalid value": they are shown as the nan they are
    with np.errstate(invalid="ignore", over="ignore"):
        values = (arr.real if kind == "complex" else arr).astype(np.float64)
    text = tuple(format_value(v, kind) for v in arr.reshape(-1).tolist())
    return values, text


def summarise(t: torch.Tensor) -> Summary:
    if t.numel() == 0:
        return Summary(math.nan, math.nan, math.nan, 0, 0)
    f = t.detach().to(torch.float64) if not t.is_complex() else t.detach().abs().double()
    finite = f[torch.isfinite(f)]
    nan_count = int(torch.isnan(f).sum())
    inf_count = int(torch.isinf(f).sum())
    if finite.numel() == 0:
        return Summary(math.nan, math.nan, math.nan, nan_count, inf_count)
    return Summary(
        minimum=float(finite.min()),
        maximum=float(finite.max()),
        mean=float(finite.mean()),
        nan_count=nan_count,
        inf_count=inf_count,
    )
