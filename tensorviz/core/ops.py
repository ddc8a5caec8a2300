"""Operations on tensors (course chapter 七.1-4): item(), element-wise and in-place operations,
the Hadamard product and the matrix product.

Every function here runs the real torch calls once, records them as a :class:`Script`
(the code and what it prints) and returns a frozen dataclass that the ``ops`` lesson paints.
Torch's failures are returned as :class:`TorchError` in ``error``; input the app refuses
(ragged literals, too many elements) raises :class:`LiteralError` before torch sees it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.errors import TORCH_EXCEPTIONS, Phrase, TorchError
from tensorviz.core.layout import shares_storage
from tensorviz.core.literal import LiteralError, ParsedLiteral, Scalar, to_dtype
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot, format_value, snapshot, unravel

#: The most elements any tensor of this lesson may have (operands and results). Far below
#: ``literal.MAX_ELEMENTS``: these results are meant to be looked at, and at this size the
#: largest matrix product takes milliseconds (the lesson runs big ones in a worker thread).
OPS_MAX_ELEMENTS = 1 << 16

#: Tensors with more elements than this are summarised instead of drawn cell by cell (and a
#: product is stepped through only when A, B and C are all drawn). Lower than
#: ``values.GRID_CAP``: three to six grids share this lesson's picture, and a lecturer steps
#: through products of a few rows, not thousands of cells.
OPS_GRID_CAP = 400

#: The element-wise operations of two operands and the Python operator each stands for.
ELEMENTWISE_OPS: dict[str, str] = {"add": "+", "sub": "-", "mul": "*", "div": "/", "pow": "**"}
#: The element-wise operations of x alone (the course's 取反 and 开方) and how each is written.
UNARY_OPS: dict[str, str] = {"neg": "-x", "sqrt": "√x"}

#: dtypes a user may pick for ``x`` ("auto": what torch.tensor infers from the literal).
DTYPE_CHOICES: tuple[str, ...] = ("auto", "int64", "int32", "float32", "float64", "bool")


def chosen_dtype(choice: str) -> torch.dtype | None:
    """A :data:`DTYPE_CHOICES` entry as torch's dtype: None for "auto"."""
    if choice not in DTYPE_CHOICES:
        raise KeyError(choice)
    return None if choice == "auto" else to_dtype(choice)


#: Most terms a written-out dot product shows before it elides the middle.
MAX_TERMS_SHOWN = 8

Index = tuple[int, ...]
T = TypeVar("T")


# -- helpers -------------------------------------------------------------------------------
def py_literal(data: Scalar | list) -> str:
    """Python source for a parsed literal (``inf`` and ``nan`` written so plain Python runs)."""
    if isinstance(data, list):
        return "[" + ", ".join(py_literal(item) for item in data) + "]"
    if isinstance(data, bool):
        return "True" if data else "False"
    if isinstance(data, int):
        return str(data)
    if math.isnan(data):
        return "float('nan')"
    if math.isinf(data):
        return "float('inf')" if data > 0 else "-float('inf')"
    return repr(float(data))


class CreationError(Exception):
    """``torch.tensor`` refused a literal (a value that does not fit the dtype): torch's own
    error, for the tensor called ``name``.
    """

    def __init__(self, name: str, error: TorchError) -> None:
        super().__init__(f"{name}: {error}")
        self.name = name
        self.error = error


def snap(t: torch.Tensor) -> TensorSnapshot:
    return snapshot(t, cap=OPS_GRID_CAP)


def _check_size(parsed: ParsedLiteral, what: str) -> None:
    if parsed.numel > OPS_MAX_ELEMENTS:
        raise LiteralError(
            "too_many",
            "{0}: {1} elements > {2}",
            what,
            f"{parsed.numel:,}",
            f"{OPS_MAX_ELEMENTS:,}",
        )


def tensor_line(
    script: Script, name: str, parsed: ParsedLiteral, dtype: torch.dtype | None = None
) -> torch.Tensor:
    """``name = torch.tensor(<literal>)``, run for real (refusing more than the lesson's cap).

    Raises :class:`CreationError` when torch cannot build it.
    """
    _check_size(parsed, name)
    dtype_arg = f", dtype={dtype}" if dtype is not None else ""
    kwargs = {"dtype": dtype} if dtype is not None else {}
    try:
        t = torch.tensor(parsed.data, **kwargs)
    except TORCH_EXCEPTIONS as exc:
        raise CreationError(name, TorchError.from_exception(exc)) from exc
    return script.run(f"{name} = torch.tensor({py_literal(parsed.data)}{dtype_arg})", lambda: t)


def check_broadcast_size(a: tuple[int, ...], b: tuple[int, ...], what: str | Phrase) -> None:
    """Refuse an element-wise result of ``a`` and ``b`` over the lesson's cap before torch
    allocates it (two tensors under the cap can broadcast to billions of elements)."""
    try:  # numpy's rule is torch's; torch.broadcast_shapes would import sympy (slow start)
        shape = np.broadcast_shapes(tuple(a), tuple(b))
    except ValueError:
        return  # torch refuses the shapes itself, with its own message
    if math.prod(shape) > OPS_MAX_ELEMENTS:
        raise LiteralError(
            "too_many",
            "{0}: {1} elements > {2}",
            what,
            f"{math.prod(shape):,}",
            f"{OPS_MAX_ELEMENTS:,}",
        )


def _python_number(value: object) -> bool | int | float:
    if isinstance(value, bool | int | float):
        return value
    return float(value)  # pragma: no cover - complex and friends are not offered


def same_values(a: torch.Tensor, b: torch.Tensor) -> bool:
    """Equal dtype, shape and elements (NaN counts as equal to NaN at the same place)."""
    if a.dtype != b.dtype or a.shape != b.shape:
        return False
    if a.is_floating_point():
        return bool(((a == b) | (torch.isnan(a) & torch.isnan(b))).all())
    return torch.equal(a, b)


def term_text(value: bool | int | float, kind: str) -> str:
    """One factor of a written-out product; negative numbers in parentheses."""
    text = format_value(value, kind)
    return f"({text})" if text.startswith("-") else text


def _attempt_line(
    script: Script, code: str, fn: Callable[[], T]
) -> tuple[T | None, TorchError | None]:
    """One statement that may fail, run once: written plainly when it worked, inside
    ``try``/``except`` (printing torch's error as Python would) when it failed.
    """
    result = script.attempt_once(code, fn)
    if isinstance(result, TorchError):
        return None, result
    return result, None


def _index_code(index: Index) -> str:
    return "[" + ", ".join(str(i) for i in index) + "]"


# -- item() --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemResult:
    """``x.item()`` for a tensor ``x``: the Python number, or torch's error."""

    tensor: TensorSnapshot
    value: bool | int | float | None
    value_type: str  # "int", "float" or "bool" (the Python type item() returned); "" on error
    error: TorchError | None
    snippet: Snippet

    @property
    def numel(self) -> int:
        return self.tensor.numel

    @property
    def ndim(self) -> int:
        return self.tensor.ndim


def item_of(parsed: ParsedLiteral, dtype: str = "auto") -> ItemResult:
    """Build ``x`` from ``parsed`` (with ``dtype``) and call ``x.item()``."""
    script = Script()
    x = tensor_line(script, "x", parsed, chosen_dtype(dtype))
    script.show("x.shape", x.shape, label="shape:")
    script.show("x.numel()", x.numel(), label="elements:")
    value, error = _attempt_line(script, "v = x.item()", x.item)
    if error is None:
        script.show("v", value)
        script.show("type(v).__name__", type(value).__name__)
    return ItemResult(
        tensor=snap(x),
        value=None if error else _python_number(value),
        value_type="" if error else type(value).__name__,
        error=error,
        snippet=script.finish(),
    )


# -- element-wise, out-of-place and in-place -----------------------------------------------
@dataclass(frozen=True)
class FormResult:
    """One form of an element-wise call: ``y = x.add(...)`` or ``y = x.add_(...)``."""

    call: str  # e.g. "y = x.add_(10)"
    in_place: bool
    before: TensorSnapshot  # x before the call
    result: TensorSnapshot | None  # y (None when torch failed)
    after: TensorSnapshot  # x after the call
    same_object: bool | None  # y is x
    same_storage: bool | None  # y and x share storage (data_ptr equal)
    x_changed: bool  # x's values (or dtype) differ after the call
    x_ptr: int  # x.data_ptr(), for widgets only (never printed)
    y_ptr: int | None  # y.data_ptr()
    error: TorchError | None


@dataclass(frozen=True)
class ElementwiseResult:
    op: str
    operand: TensorSnapshot | None  # the tensor operand, None for a scalar
    operand_code: str  # "10" or "t"
    x_dtype: str
    out_of_place: FormResult
    in_place: FormResult
    snippet: Snippet

    @property
    def error(self) -> TorchError | None:
        """The first error torch raised (out-of-place first)."""
        return self.out_of_place.error or self.in_place.error


def _run_form(
    script: Script, x: torch.Tensor, op: str, in_place: bool, args: tuple, operand_code: str
) -> FormResult:
    method = op + ("_" if in_place else "")
    call = f"y = x.{method}({operand_code})"
    before = snap(x)
    original = x.clone()
    x_ptr = x.data_ptr()
    y, error = _attempt_line(script, call, lambda: getattr(x, method)(*args))
    if error is None:
        script.show("y", y)
    script.show("x", x)
    if error is None:
        script.show("y is x", y is x, label="y is x:")
        script.show(
            "y.data_ptr() == x.data_ptr()", y.data_ptr() == x.data_ptr(), label="same memory:"
        )
    ok = error is None and y is not None
    return FormResult(
        call=call,
        in_place=in_place,
        before=before,
        result=snap(y) if ok else None,
        after=snap(x),
        same_object=(y is x) if ok else None,
        same_storage=shares_storage(y, x) if ok else None,
        x_changed=not same_values(original, x),
        x_ptr=x_ptr,
        y_ptr=y.data_ptr() if ok else None,
        error=error,
    )


def elementwise(
    x_parsed: ParsedLiteral, op: str, operand: ParsedLiteral | None, dtype: str = "auto"
) -> ElementwiseResult:
    """``x.<op>(operand)`` and then ``x.<op>_(operand)`` on the same ``x``.

    ``operand`` is a scalar when its literal has shape ``()`` (a Python number in the call),
    else a tensor ``t``. The operations of :data:`UNARY_OPS` take none (``operand`` is
    ignored: ``x.neg()``, ``x.sqrt_()``).
    """
    if op not in ELEMENTWISE_OPS and op not in UNARY_OPS:
        raise ValueError(f"unknown operation {op!r}")
    script = Script()
    x = tensor_line(script, "x", x_parsed, chosen_dtype(dtype))
    args: tuple = ()
    operand_code = ""
    operand_snap = None
    if op in UNARY_OPS:
        pass
    elif operand is None:
        raise ValueError(f"{op} needs an operand")
    elif operand.shape == ():
        args = (operand.data,)
        operand_code = py_literal(operand.data)
    else:
        check_broadcast_size(tuple(x.shape), operand.shape, Phrase("{0} and {1}", ("x", "t")))
        t = tensor_line(script, "t", operand)
        args, operand_code, operand_snap = (t,), "t", snap(t)
    script.show("x", x)
    script.comment("out-of-place: a new tensor, x unchanged")
    out = _run_form(script, x, op, False, args, operand_code)
    script.comment("in-place (trailing _): changes x, returns x")
    inp = _run_form(script, x, op, True, args, operand_code)
    return ElementwiseResult(
        op=op,
        operand=operand_snap,
        operand_code=operand_code,
        x_dtype=str(x.dtype),
        out_of_place=out,
        in_place=inp,
        snippet=script.finish(),
    )


# -- Hadamard product ----------------------------------------------------------------------
@dataclass(frozen=True)
class HadamardResult:
    """``C = A * B`` (or ``A.mul(B)``): each result cell is one product of two cells.

    ``a_src``/``b_src`` have C's shape and hold the flat index (C order) of the cell of A / B
    each result cell came from, read from torch's own broadcasting of index tensors.
    """

    form: str  # "*" or "mul"
    a: TensorSnapshot
    b: TensorSnapshot
    c: TensorSnapshot | None
    pairs: TensorSnapshot | None  # C's shape, each cell's text "a×b"
    a_src: np.ndarray | None
    b_src: np.ndarray | None
    error: TorchError | None
    snippet: Snippet
    _c: torch.Tensor | None = field(default=None, repr=False, compare=False)

    def c_values(self) -> tuple[float | int | bool, ...] | None:
        """Every element of C as Python has it from torch (``tolist``: an int tensor's ints,
        a float tensor's floats), in C order (None when torch refused)."""
        return _elements(self._c)

    def sources(self, index: Index) -> tuple[Index, Index]:
        """The cells of A and of B whose product is ``C[index]``."""
        if self.a_src is None or self.b_src is None:
            raise LookupError("no result")
        ia = np.unravel_index(int(self.a_src[index]), self.a.shape) if self.a.shape else ()
        ib = np.unravel_index(int(self.b_src[index]), self.b.shape) if self.b.shape else ()
        return tuple(int(i) for i in ia), tuple(int(i) for i in ib)

    def explain_cell(self, index: Index) -> str:
        """``C[0, 1] = A[0, 1] × B[0, 1] = 2 × 3 = 6``."""
        ia, ib = self.sources(index)
        a_text = self.a.text[_flat(ia, self.a.shape)] if self.a.text else "?"
        b_text = self.b.text[_flat(ib, self.b.shape)] if self.b.text else "?"
        c_text = self.c.text[_flat(index, self.c.shape)] if self.c and self.c.text else "?"
        return (
            f"C{_index_code(index)} = A{_index_code(ia)} × B{_index_code(ib)}"
            f" = {_paren(a_text)} × {_paren(b_text)} = {c_text}"
        )


def _elements(t: torch.Tensor | None) -> tuple[float | int | bool, ...] | None:
    return None if t is None else tuple(t.reshape(-1).tolist())


def _flat(index: Index, shape: tuple[int, ...]) -> int:
    return int(np.ravel_multi_index(index, shape)) if shape else 0


def _paren(text: str) -> str:
    return f"({text})" if text.startswith("-") else text


def _source_maps(
    a: torch.Tensor, b: torch.Tensor
) -> tuple[np.ndarray, np.ndarray]:  # broadcast index tensors: torch's own pairing
    ia = torch.arange(a.numel()).reshape(a.shape)
    ib = torch.arange(b.numel()).reshape(b.shape)
    ea, eb = torch.broadcast_tensors(ia, ib)
    return ea.contiguous().numpy(), eb.contiguous().numpy()


def hadamard(a_parsed: ParsedLiteral, b_parsed: ParsedLiteral, form: str = "*") -> HadamardResult:
    """``C = A * B`` or ``C = A.mul(B)``, element by element."""
    if form not in ("*", "mul"):
        raise ValueError(form)
    check_broadcast_size(a_parsed.shape, b_parsed.shape, "A * B")
    script = Script()
    a = tensor_line(script, "A", a_parsed)
    b = tensor_line(script, "B", b_parsed)
    script.show("A.shape", a.shape, label="A:")
    script.show("B.shape", b.shape, label="B:")
    code = "C = A * B" if form == "*" else "C = A.mul(B)"
    c, error = _attempt_line(script, code, lambda: a * b if form == "*" else a.mul(b))
    if error is None:
        script.show("C", c)
    a_snap, b_snap = snap(a), snap(b)
    if error is not None or c is None:
        return HadamardResult(form, a_snap, b_snap, None, None, None, None, error, script.finish())
    c_snap = snap(c)
    a_src = b_src = None
    pairs = None
    if c.numel() <= OPS_GRID_CAP and a_snap.text is not None and b_snap.text is not None:
        a_src, b_src = _source_maps(a, b)
        texts = tuple(
            f"{_paren(a_snap.text[i])}×{_paren(b_snap.text[j])}"
            for i, j in zip(a_src.reshape(-1).tolist(), b_src.reshape(-1).tolist(), strict=True)
        )
        pairs = replace(c_snap, text=texts)
    return HadamardResult(
        form, a_snap, b_snap, c_snap, pairs, a_src, b_src, None, script.finish(), _c=c
    )


# -- matrix product ------------------------------------------------------------------------
@dataclass(frozen=True)
class ShapeRule:
    """``(N, M) @ (M, P) -> (N, P)``: the shapes, the two inner sizes and whether they match.

    ``batch_a``/``batch_b`` are the leading (batch) dims, ``result`` the shape torch gave
    (``None`` when it refused).
    """

    a_shape: tuple[int, ...]
    b_shape: tuple[int, ...]
    result: tuple[int, ...] | None
    inner_a: int | None  # A's last size (None for a 0-d A)
    inner_b: int | None  # B's size at dim -2 (dim 0 for a vector); None for 0-d

    @property
    def inner_match(self) -> bool:
        return self.inner_a is not None and self.inner_a == self.inner_b

    @property
    def batch_ok(self) -> bool:
        """The batch dims (all but the last two) broadcast against each other."""
        try:
            np.broadcast_shapes(self.batch_a, self.batch_b)
        except ValueError:
            return False
        return True

    @property
    def batch_a(self) -> tuple[int, ...]:
        return self.a_shape[:-2]

    @property
    def batch_b(self) -> tuple[int, ...]:
        return self.b_shape[:-2]


def shape_rule(a_shape: tuple[int, ...], b_shape: tuple[int, ...]) -> ShapeRule:
    inner_a = a_shape[-1] if a_shape else None
    inner_b = (b_shape[0] if len(b_shape) == 1 else b_shape[-2]) if b_shape else None
    return ShapeRule(tuple(a_shape), tuple(b_shape), None, inner_a, inner_b)


@dataclass(frozen=True)
class MatmulCell:
    """One result cell written out: ``C[i, j] = sum_k A[i, k] * B[k, j]`` with the numbers."""

    index: Index  # in C
    a_cells: tuple[Index, ...]  # the row of A (in order of k)
    b_cells: tuple[Index, ...]  # the column of B
    a_values: tuple[bool | int | float, ...]
    b_values: tuple[bool | int | float, ...]
    value: bool | int | float  # torch's C[index]
    text: str  # "1*3 + 2*2 + 3*5 = 22"
    c_expr: str  # "C[0, 0]"
    a_expr: str  # "A[0, :]" (the row of A as code; "A" for a vector)
    b_expr: str  # "B[:, 0]"

    def keys(self) -> tuple[tuple, tuple]:
        """The index tuples of ``a_expr`` and ``b_expr`` (``slice(None)`` for ``:``)."""
        return _key(self.a_expr), _key(self.b_expr)


def _key(expr: str) -> tuple:
    if "[" not in expr:
        return ()
    inner = expr[expr.index("[") + 1 : -1]
    return tuple(slice(None) if p.strip() == ":" else int(p) for p in inner.split(","))


def _slice_expr(name: str, first: Index, dim: int) -> str:
    """``A[0, :]``: the cells ``first`` with dim ``dim`` taken whole."""
    if len(first) == 1:
        return name
    parts = [str(i) for i in first]
    parts[dim] = ":"
    return f"{name}[{', '.join(parts)}]"


@dataclass(frozen=True)
class MatmulResult:
    """``C = A @ B`` (or ``A.matmul(B)``) and, per result cell, the row and column it used."""

    form: str  # "@" or "matmul"
    a: TensorSnapshot
    b: TensorSnapshot
    c: TensorSnapshot | None
    rule: ShapeRule
    error: TorchError | None
    snippet: Snippet  # the product itself; see :func:`matmul_cell_snippet` for one cell
    # per-cell bookkeeping (None when the result is too big to step through)
    _a_values: tuple | None = field(default=None, repr=False)
    _b_values: tuple | None = field(default=None, repr=False)
    _c_values: tuple | None = field(default=None, repr=False)
    _a_map: np.ndarray | None = field(default=None, repr=False)  # (*batch, N, M) -> flat A
    _b_map: np.ndarray | None = field(default=None, repr=False)  # (*batch, M, P) -> flat B
    _tensors: tuple | None = field(default=None, repr=False, compare=False)

    def c_values(self) -> tuple[float | int | bool, ...] | None:
        """Every element of C as Python has it from torch, in C order (None when torch
        refused)."""
        return _elements(self._tensors[2]) if self._tensors is not None else None

    @property
    def steppable(self) -> bool:
        """Each result cell can be written out (the result is small enough to draw)."""
        return self._a_map is not None

    def cells(self) -> list[Index]:
        """All result cells in C order (the order play/step goes through them)."""
        if self.c is None or not self.steppable:
            return []
        return [tuple(int(i) for i in ix) for ix in np.ndindex(*self.c.shape)]

    def _full_index(self, index: Index) -> tuple[Index, int, int]:
        nb = len(self._a_map.shape) - 2  # type: ignore[union-attr]
        batch, rest = tuple(index[:nb]), tuple(index[nb:])
        a_vec = len(self.a.shape) == 1
        b_vec = len(self.b.shape) == 1
        n = 0 if a_vec else rest[0]
        p = 0 if b_vec else rest[-1]
        return batch, n, p

    def cell(self, index: Index) -> MatmulCell:
        """Result cell ``index`` written out with the actual numbers of A and B."""
        if not self.steppable or self.c is None:
            raise LookupError("the result is too big to write out cell by cell")
        index = tuple(int(i) for i in index)
        batch, n, p = self._full_index(index)
        a_flat = self._a_map[(*batch, n)].tolist()  # type: ignore[index]
        b_flat = self._b_map[(*batch, slice(None), p)].tolist()  # type: ignore[index]
        a_values = tuple(self._a_values[i] for i in a_flat)  # type: ignore[index]
        b_values = tuple(self._b_values[j] for j in b_flat)  # type: ignore[index]
        value = self._c_values[_flat(index, self.c.shape)]  # type: ignore[index]
        a_cells = tuple(unravel(i, self.a.shape) for i in a_flat)
        b_cells = tuple(unravel(j, self.b.shape) for j in b_flat)
        terms = [
            f"{term_text(x, self.a.kind)}*{term_text(y, self.b.kind)}"
            for x, y in zip(a_values, b_values, strict=True)
        ]
        if len(terms) > MAX_TERMS_SHOWN:
            terms = [*terms[: MAX_TERMS_SHOWN - 2], "…", *terms[-2:]]
        body = " + ".join(terms) if terms else "0"
        text = f"{body} = {format_value(value, self.c.kind)}"
        a_first = a_cells[0] if a_cells else ()
        b_first = b_cells[0] if b_cells else ()
        return MatmulCell(
            index,
            a_cells,
            b_cells,
            a_values,
            b_values,
            value,
            text,
            c_expr="C" + _index_code(index) if index else "C",
            a_expr=_slice_expr("A", a_first, -1) if a_cells else "A",
            b_expr=_slice_expr("B", b_first, -2 if len(b_first) >= 2 else 0) if b_cells else "B",
        )


def _result_numel(a_shape: tuple[int, ...], b_shape: tuple[int, ...]) -> int | None:
    """How many elements ``A @ B`` would have, or None when torch will refuse the shapes."""
    if not a_shape or not b_shape:
        return None
    a2 = (1, *a_shape) if len(a_shape) == 1 else a_shape
    b2 = (*b_shape, 1) if len(b_shape) == 1 else b_shape
    try:  # numpy's rule is torch's; torch.broadcast_shapes would import sympy (slow start)
        batch = np.broadcast_shapes(a2[:-2], b2[:-2])
    except ValueError:
        return None
    return math.prod(batch) * a2[-2] * b2[-1]


def _matmul(script: Script, a: torch.Tensor, b: torch.Tensor, form: str) -> MatmulResult:
    if form not in ("@", "matmul"):
        raise ValueError(form)
    rule = shape_rule(tuple(a.shape), tuple(b.shape))
    n_out = _result_numel(rule.a_shape, rule.b_shape)
    if n_out is not None and n_out > OPS_MAX_ELEMENTS:
        raise LiteralError(
            "too_many", "{0}: {1} elements > {2}", "A @ B", f"{n_out:,}", f"{OPS_MAX_ELEMENTS:,}"
        )
    script.show("A.shape", a.shape, label="A:")
    script.show("B.shape", b.shape, label="B:")
    code = "C = A @ B" if form == "@" else "C = A.matmul(B)"
    c, error = _attempt_line(script, code, lambda: a @ b if form == "@" else a.matmul(b))
    if error is None:
        script.show("C", c)
        script.show("C.shape", c.shape, label="C:")
    a_snap, b_snap = snap(a), snap(b)
    if error is not None or c is None:
        return MatmulResult(form, a_snap, b_snap, None, rule, error, script.finish())
    rule = replace(rule, result=tuple(c.shape))
    c_snap = snap(c)
    extra: dict = {}
    if c.numel() <= OPS_GRID_CAP and not a_snap.summarised and not b_snap.summarised:
        ia = torch.arange(a.numel()).reshape(a.shape)
        ib = torch.arange(b.numel()).reshape(b.shape)
        if ia.ndim == 1:
            ia = ia.unsqueeze(0)
        if ib.ndim == 1:
            ib = ib.unsqueeze(-1)
        batch = np.broadcast_shapes(tuple(ia.shape[:-2]), tuple(ib.shape[:-2]))
        # expand() gives stride-0 views: torch's own broadcasting of the batch dims
        a_map = ia.expand(*batch, *ia.shape[-2:]).numpy()
        b_map = ib.expand(*batch, *ib.shape[-2:]).numpy()
        extra = dict(
            _a_values=tuple(a.reshape(-1).tolist()),
            _b_values=tuple(b.reshape(-1).tolist()),
            _c_values=tuple(c.reshape(-1).tolist()),
            _a_map=a_map,
            _b_map=b_map,
        )
    return MatmulResult(
        form, a_snap, b_snap, c_snap, rule, None, script.finish(), _tensors=(a, b, c), **extra
    )


def matmul(a_parsed: ParsedLiteral, b_parsed: ParsedLiteral, form: str = "@") -> MatmulResult:
    """``C = A @ B`` for two literals."""
    script = Script()
    a = tensor_line(script, "A", a_parsed)
    b = tensor_line(script, "B", b_parsed)
    return _matmul(script, a, b, form)


def matmul_random(
    a_shape: tuple[int, ...], b_shape: tuple[int, ...], seed: int = 0, form: str = "@"
) -> MatmulResult:
    """``C = A @ B`` for seeded random integers 0..9 of the given shapes."""
    for name, shape in (("A", a_shape), ("B", b_shape)):
        if math.prod(shape) > OPS_MAX_ELEMENTS:
            raise LiteralError(
                "too_many",
                "{0}: {1} elements > {2}",
                name,
                f"{math.prod(shape):,}",
                f"{OPS_MAX_ELEMENTS:,}",
            )
    script = Script()
    script.run(f"torch.manual_seed({seed})", lambda: torch.manual_seed(seed))
    a = script.run(
        f"A = torch.randint(0, 10, {tuple(a_shape)})", lambda: torch.randint(0, 10, tuple(a_shape))
    )
    b = script.run(
        f"B = torch.randint(0, 10, {tuple(b_shape)})", lambda: torch.randint(0, 10, tuple(b_shape))
    )
    script.show("A", a)
    script.show("B", b)
    return _matmul(script, a, b, form)


def matmul_cell_snippet(result: MatmulResult, index: Index) -> Snippet:
    """The product's snippet followed by the lines that compute result cell ``index`` by hand:
    the row of A times the column of B, element by element, then summed.
    """
    base = result.snippet
    if result.c is None or result._tensors is None or not result.steppable:
        return base
    cell = result.cell(index)
    if not cell.a_cells:  # inner size 0: no terms to show
        return base
    a, b, c = result._tensors
    a_key, b_key = cell.keys()
    a_expr, b_expr, c_expr = cell.a_expr, cell.b_expr, cell.c_expr
    script = Script(imports=())
    script.line("")
    script.comment("{0}: row of A times column of B, summed", c_expr)
    prod = script.run(f"terms = {a_expr} * {b_expr}", lambda: a[a_key] * b[b_key])
    script.show("terms", prod)
    script.show("terms.sum()", prod.sum())
    script.show(f"{c_expr}.item()", c[tuple(index)].item())
    part = script.finish()
    return Snippet(code=base.code + part.code, output=base.output + part.output)
