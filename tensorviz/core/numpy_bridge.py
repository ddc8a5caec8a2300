"""Tensors and NumPy arrays: the four conversions, with real shared (or copied) memory.

A :class:`Bridge` holds the real objects: for each conversion a tensor and an ndarray made
from each other exactly as the code says. An edit writes one element of one side (the real
``__setitem__``), then both sides are read again, so the other side changes exactly when the
memory is really shared. Nothing is simulated.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.errors import TORCH_EXCEPTIONS, TorchError
from tensorviz.core.literal import (
    COURSE_DTYPE_NAMES,
    LiteralError,
    Scalar,
    literal_code,
    parse_literal,
    to_dtype,
)
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot, cells, snapshot, subscript

#: The four conversions, in the order the course teaches them.
MODES: tuple[str, ...] = ("numpy", "numpy_copy", "from_numpy", "tensor")
#: Whether each conversion shares memory (what torch documents; the app checks it for real).
SHARES: dict[str, bool] = {"numpy": True, "numpy_copy": False, "from_numpy": True, "tensor": False}
#: Variable names of each pair in the code: (tensor, ndarray).
NAMES: dict[str, tuple[str, str]] = {
    "numpy": ("t1", "a1"),
    "numpy_copy": ("t2", "a2"),
    "from_numpy": ("t3", "a3"),
    "tensor": ("t4", "a4"),
}
#: Most elements the lesson draws (4 pairs x 2 grids x a buffer each).
MAX_BRIDGE_ELEMENTS = 16
#: dtype names offered for the data ("" = each library's own default).
DTYPE_NAMES: tuple[str, ...] = COURSE_DTYPE_NAMES
DEFAULT_VALUES = "[[1, 2, 3], [4, 5, 6]]"
SIDES = ("tensor", "array")

#: numpy raises these for bad values (Python int out of bounds), on top of torch's.
BRIDGE_EXCEPTIONS = TORCH_EXCEPTIONS


def conversion_code(mode: str) -> str:
    """The line that converts, e.g. ``a1 = t1.numpy()``."""
    t, a = NAMES[mode]
    return {
        "numpy": f"{a} = {t}.numpy()",
        "numpy_copy": f"{a} = {t}.numpy().copy()",
        "from_numpy": f"{t} = torch.from_numpy({a})",
        "tensor": f"{t} = torch.tensor({a})",
    }[mode]


def source_is_tensor(mode: str) -> bool:
    return mode in ("numpy", "numpy_copy")


# -- snapshots of ndarrays -----------------------------------------------------------------
def _kind_of_array(arr: np.ndarray) -> str:
    if arr.dtype == np.bool_:
        return "bool"
    if arr.dtype.kind in "iu":
        return "int"
    if arr.dtype.kind == "c":
        return "complex"
    return "float"


def array_snapshot(arr: np.ndarray) -> TensorSnapshot:
    """An ndarray read for painting by a :class:`~tensorviz.ui.widgets.tensor_grid.TensorGrid`
    (``dtype`` is written ``numpy.int64``; values are copied, the array is not kept)."""
    kind = _kind_of_array(arr)
    values, text = cells(arr, kind)
    return TensorSnapshot(
        shape=tuple(arr.shape),
        dtype=f"numpy.{arr.dtype}",
        kind=kind,
        device="cpu",
        requires_grad=False,
        values=values,
        text=text,
        summary=None,
    )


# -- the model -----------------------------------------------------------------------------
def cell_name(mode: str, side: str, index: tuple[int, ...]) -> str:
    """The element as the code writes it, e.g. ``a1[0, 1]`` (``t1[()]`` for a 0-d one)."""
    t, a = NAMES[mode]
    return (t if side == "tensor" else a) + subscript(index)


@dataclass(frozen=True)
class Edit:
    """One element written: ``value`` as typed, ``stored`` as read back from the object
    afterwards (an integer dtype drops a fraction: 7.5 is stored as 7)."""

    mode: str
    side: str  # "tensor" | "array"
    index: tuple[int, ...]
    value: Scalar
    stored: Scalar | None = None

    @property
    def cell(self) -> str:
        return cell_name(self.mode, self.side, self.index)

    def code(self) -> str:
        return f"{self.cell} = {literal_code(self.value)}"

    @property
    def truncated(self) -> bool:
        """Whether the object kept a whole number where a fraction was typed: read from
        the value stored, not assumed from the dtype."""
        v, s = self.value, self.stored
        return (
            isinstance(v, float)
            and isinstance(s, int)
            and not isinstance(s, bool)
            and math.isfinite(v)
            and s != v
        )


@dataclass(frozen=True)
class PairState:
    """One conversion as drawn: both sides' values, both data addresses, sharing."""

    mode: str
    tensor: TensorSnapshot
    array: TensorSnapshot
    tensor_ptr: int  # tensor.data_ptr()
    array_ptr: int  # ndarray.ctypes.data (== __array_interface__["data"][0])
    tensor_nbytes: int
    array_nbytes: int
    element_size: int
    shares_memory: bool  # np.shares_memory on the real objects
    tensor_dtype: str  # "torch.int64"
    array_dtype: str  # "int64"
    last_edit: Edit | None

    @property
    def names(self) -> tuple[str, str]:
        return NAMES[self.mode]


@dataclass(frozen=True)
class BridgeState:
    values: str
    dtype: str
    pairs: tuple[PairState, ...]
    edits: tuple[Edit, ...]
    snippet: Snippet

    def pair(self, mode: str) -> PairState:
        return self.pairs[MODES.index(mode)]


class BridgeRefused(Exception):
    """torch or numpy refused to build the pairs (e.g. ``.numpy()`` of a bfloat16 tensor).

    ``error`` is their message; ``snippet`` the code that fails and what it prints.
    """

    def __init__(self, error: TorchError, snippet: Snippet) -> None:
        super().__init__(str(error))
        self.error = error
        self.snippet = snippet


def _torch_dtype_code(dtype: str) -> str:
    return f", dtype=torch.{dtype}" if dtype else ""


def _numpy_dtype_code(dtype: str) -> str:
    return f", dtype={dtype!r}" if dtype else ""


@dataclass
class _Pair:
    tensor: torch.Tensor
    array: np.ndarray
    lines: list[tuple[str, str]]  # (code, kind) written before the edits


class Bridge:
    """The real tensors and ndarrays of the four conversions, and the edits made to them."""

    def __init__(self, values: str = DEFAULT_VALUES, dtype: str = "") -> None:
        """Build the four pairs from the literal ``values`` and ``dtype`` (a name of
        :data:`DTYPE_NAMES`, or ``""`` for each library's default).

        Raises :class:`LiteralError` for bad text and :class:`BridgeRefused` when torch or
        numpy refuses a conversion.
        """
        parsed = parse_literal(values, max_elements=MAX_BRIDGE_ELEMENTS)
        if dtype and dtype not in DTYPE_NAMES:
            raise LiteralError("unknown_dtype", repr(dtype))
        self.values = parsed.text
        self.dtype = dtype
        self._data = parsed.data
        self._literal = literal_code(parsed.data)
        self.edits: list[Edit] = []
        self._pairs: dict[str, _Pair] = {}
        for mode in MODES:
            made = self._make(mode)
            if isinstance(made, BaseException):
                error = TorchError.from_exception(made, made.tensorviz_raised_by)  # type: ignore[attr-defined]
                raise BridgeRefused(error, self._failure_snippet(mode, made))
            self._pairs[mode] = made

    # -- building --------------------------------------------------------------------------
    def _creation_code(self, mode: str) -> str:
        t, a = NAMES[mode]
        if source_is_tensor(mode):
            return f"{t} = torch.tensor({self._literal}{_torch_dtype_code(self.dtype)})"
        return f"{a} = np.array({self._literal}{_numpy_dtype_code(self.dtype)})"

    def _make(self, mode: str) -> _Pair | BaseException:
        """The pair of ``mode``, or the exception of the line that failed (its
        ``tensorviz_line`` says which: "create" or "convert")."""
        torch_dtype = getattr(torch, self.dtype) if self.dtype else None
        line = "create"
        raised_by = "torch" if source_is_tensor(mode) else "numpy"  # np.array(...) first
        try:
            if source_is_tensor(mode):
                t = torch.tensor(self._data, dtype=torch_dtype)
                line = "convert"
                a = t.numpy() if mode == "numpy" else t.numpy().copy()
            else:
                a = np.array(self._data, dtype=self.dtype or None)
                line, raised_by = "convert", "torch"
                t = torch.from_numpy(a) if mode == "from_numpy" else torch.tensor(a)
        except BRIDGE_EXCEPTIONS as exc:
            exc.tensorviz_line = line  # type: ignore[attr-defined]
            exc.tensorviz_raised_by = raised_by  # type: ignore[attr-defined]
            return exc
        return _Pair(t, a, [])

    def _failure_snippet(self, mode: str, exc: BaseException) -> Snippet:
        s = Script(imports=("import numpy as np", "import torch"))
        with s.trying():
            if getattr(exc, "tensorviz_line", "convert") == "create":
                s.raises(self._creation_code(mode), exc)
            else:
                s.run(self._creation_code(mode), lambda: None)
                s.raises(conversion_code(mode), exc)
        return s.finish()

    # -- editing ---------------------------------------------------------------------------
    def edit(self, mode: str, side: str, index: tuple[int, ...], text: str) -> TorchError | None:
        """Write the value typed as ``text`` into element ``index`` of one side of ``mode``'s
        pair, with the real ``__setitem__``. Returns torch's (or numpy's) error, if any; the
        objects are then unchanged.

        Raises :class:`LiteralError` when ``text`` is not one number.
        """
        if mode not in MODES or side not in SIDES:
            raise LiteralError("not_allowed", "{0} {1}", repr(mode), repr(side))
        parsed = parse_literal(text, max_elements=1)
        if parsed.shape != ():
            raise LiteralError("not_a_number", "one number expected")
        value = parsed.data
        pair = self._pairs[mode]
        target = pair.tensor if side == "tensor" else pair.array
        if len(index) != target.ndim or any(
            not 0 <= i < n for i, n in zip(index, target.shape, strict=True)
        ):
            raise LiteralError(
                "bad_dim", "index {0} outside shape {1}", list(index), list(target.shape)
            )
        try:
            target[index] = value
        except BRIDGE_EXCEPTIONS as exc:  # the ndarray's __setitem__ is numpy's, not torch's
            return TorchError.from_exception(exc, "numpy" if side == "array" else "torch")
        stored = target[index].item()
        self.edits.append(Edit(mode, side, tuple(index), value, stored))  # type: ignore[arg-type]
        return None

    def apply_default_edits(self) -> None:
        """The notes' experiment: write 100 into element [0, ..., 0] of the side each
        conversion produced (the ndarray for .numpy(), the tensor for from_numpy/tensor)."""
        for mode in MODES:
            pair = self._pairs[mode]
            index = (0,) * pair.tensor.ndim
            side = "array" if source_is_tensor(mode) else "tensor"
            self.edit(mode, side, index, "100")

    # -- reading ---------------------------------------------------------------------------
    def state(self) -> BridgeState:
        """Read both sides of every pair again, and write the code that reproduces them."""
        pairs = []
        for mode in MODES:
            p = self._pairs[mode]
            last = next((e for e in reversed(self.edits) if e.mode == mode), None)
            pairs.append(
                PairState(
                    mode=mode,
                    tensor=snapshot(p.tensor),
                    array=array_snapshot(p.array),
                    tensor_ptr=p.tensor.data_ptr(),
                    array_ptr=p.array.ctypes.data,
                    tensor_nbytes=p.tensor.numel() * p.tensor.element_size(),
                    array_nbytes=p.array.nbytes,
                    element_size=p.tensor.element_size(),
                    shares_memory=bool(np.shares_memory(p.array, p.tensor.numpy())),
                    tensor_dtype=str(p.tensor.dtype),
                    array_dtype=str(p.array.dtype),
                    last_edit=last,
                )
            )
        return BridgeState(
            values=self.values,
            dtype=self.dtype,
            pairs=tuple(pairs),
            edits=tuple(self.edits),
            snippet=self._snippet(),
        )

    def _snippet(self) -> Snippet:
        s = Script(imports=("import numpy as np", "import torch"))
        titles = {
            "numpy": "1) tensor.numpy(): the ndarray uses the tensor's memory",
            "numpy_copy": "2) tensor.numpy().copy(): the ndarray gets its own memory",
            "from_numpy": "3) torch.from_numpy(ndarray): the tensor uses the ndarray's memory",
            "tensor": "4) torch.tensor(ndarray): the tensor gets its own memory",
        }
        for k, mode in enumerate(MODES):
            p = self._pairs[mode]
            t, a = NAMES[mode]
            if k:
                s.line()
            s.section(mode)
            s.comment(titles[mode])
            s.run(self._creation_code(mode), lambda: None)
            s.run(conversion_code(mode), lambda: None)
            s.show(f"{t}.dtype, {a}.dtype", f"{p.tensor.dtype} {p.array.dtype}")
            s.show(f"{t}.data_ptr() == {a}.ctypes.data", p.tensor.data_ptr() == p.array.ctypes.data)
            for e in self.edits:
                if e.mode == mode:
                    s.run(e.code(), lambda: None)
            s.show(t, p.tensor)
            s.show(a, p.array)
        return s.finish()


# -- dtype mapping -------------------------------------------------------------------------
@dataclass(frozen=True)
class MappingRow:
    """``numpy`` dtype -> the tensor dtype ``torch.from_numpy`` gives, and back."""

    source: str  # "float64" (numpy) or "torch.bfloat16"
    result: str  # "torch.float64" / "float64", or "" when refused
    error: TorchError | None


@dataclass(frozen=True)
class DtypeMapping:
    numpy_to_torch: tuple[MappingRow, ...]
    torch_to_numpy: tuple[MappingRow, ...]
    defaults: tuple[tuple[str, str], ...]  # (code, dtype it gives)
    snippet: Snippet


NUMPY_DTYPES = (
    "bool",
    "uint8",
    "int8",
    "int16",
    "uint16",
    "int32",
    "int64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "longdouble",
)


def dtype_mapping() -> DtypeMapping:
    """What each numpy dtype becomes in torch and back, and the two libraries' defaults."""
    s = Script(imports=("import numpy as np", "import torch"))
    s.comment("defaults: numpy makes float64, torch.tensor makes float32")
    defaults = []
    for code, fn in (
        ("np.array([1.5, 2.0]).dtype", lambda: np.array([1.5, 2.0]).dtype),
        (
            "torch.from_numpy(np.array([1.5, 2.0])).dtype",
            lambda: torch.from_numpy(np.array([1.5, 2.0])).dtype,
        ),
        ("torch.tensor([1.5, 2.0]).dtype", lambda: torch.tensor([1.5, 2.0]).dtype),
        ("np.array([1, 2]).dtype", lambda: np.array([1, 2]).dtype),
        ("torch.tensor(np.array([1, 2])).dtype", lambda: torch.tensor(np.array([1, 2])).dtype),
    ):
        value = fn()
        s.show(code, value)
        defaults.append((code, str(value)))
    s.line()
    s.comment("numpy -> torch")
    n2t = []
    for name in NUMPY_DTYPES:
        code = f"torch.from_numpy(np.zeros(2, dtype={name!r})).dtype"
        with s.trying() as outcome:
            d = s.run(
                f"d = {code}", lambda name=name: torch.from_numpy(np.zeros(2, dtype=name)).dtype
            )
            s.show(f"{name!r}, d", f"{name} {d}")
        n2t.append(MappingRow(name, "" if outcome.error else str(d), outcome.error))
    s.line()
    s.comment("torch -> numpy")
    t2n = []
    for dtype in map(to_dtype, COURSE_DTYPE_NAMES):
        with s.trying() as outcome:
            d = s.run(
                f"d = torch.zeros(2, dtype={dtype}).numpy().dtype",
                lambda dtype=dtype: torch.zeros(2, dtype=dtype).numpy().dtype,
            )
            s.show(f"{str(dtype)!r}, d", f"{dtype} {d}")
        t2n.append(MappingRow(str(dtype), "" if outcome.error else str(d), outcome.error))
    return DtypeMapping(tuple(n2t), tuple(t2n), tuple(defaults), s.finish())
