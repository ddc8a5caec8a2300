"""A chain of element-wise calls on one tensor ``data`` (course chapter 七.2), run for real.

``data.add(1)`` returns a new tensor and leaves ``data`` alone; ``data.add_(1)`` writes into
``data``'s own memory and returns ``data`` itself; ``data = data.float()`` names a float32
copy (or, when ``data`` already is float32, the very same tensor: torch returns it). The
course's example, ``data = data.float(); data.add_(1); data.sub_(1); data.mul_(2);
data.div_(3.0); data.pow_(2)``, is such a chain: one object all along.

:func:`run_chain` runs every call once, in order, and records, per call, what it returned,
whether that is the tensor it was called on, and which block of memory ``data`` is then in
(blocks numbered in order of appearance: every tensor stays alive until the chain ends, so
an address is never reused for another tensor). The code it writes prints the values after
every call and, after in-place calls, whether ``data.data_ptr()`` stayed the same; a call
torch refuses is written inside ``try``/``except`` and the chain goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from tensorviz.core._torch import torch
from tensorviz.core.errors import TORCH_EXCEPTIONS, TorchError
from tensorviz.core.literal import LiteralError, ParsedLiteral
from tensorviz.core.ops import (
    OPS_MAX_ELEMENTS,
    check_broadcast_size,
    chosen_dtype,
    py_literal,
    snap,
    tensor_line,
)
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot

#: The calls a chain may hold: those taking an operand, those taking none, and ``float``
#: (``data = data.float()``, which names its result ``data``).
BINARY = ("add", "sub", "mul", "div", "pow")
UNARY = ("neg", "sqrt")
CHAIN_OPS = (*BINARY, *UNARY, "float")
#: Most calls in one chain (the course's test001 has eleven).
MAX_LINKS = 12
#: ``torch.randint(0, RANDINT_HIGH, size)`` starts a chain as the course does.
RANDINT_HIGH = 10


@dataclass(frozen=True)
class Start:
    """``data = torch.randint(0, 10, size)`` after ``torch.manual_seed(seed)`` when ``size``
    is given, else ``data = torch.tensor(literal, dtype=...)``."""

    literal: ParsedLiteral | None = None
    dtype: str = "auto"
    size: tuple[int, ...] | None = None
    seed: int = 0


@dataclass(frozen=True)
class Link:
    """One call: ``op`` with ``operand`` (None for neg, sqrt and float), in place or not."""

    op: str
    operand: ParsedLiteral | None = None
    in_place: bool = True


@dataclass(frozen=True)
class LinkResult:
    """What one call did. ``value`` is what it returned, ``data`` is ``data`` after it."""

    code: str  # the call as written: "data.add_(1)", "data.add(1)", "data = data.float()"
    op: str
    in_place: bool
    rebinds: bool  # ``data = ...``: data names what the call returned
    value: TensorSnapshot | None  # None when torch refused the call
    data: TensorSnapshot
    same_object: bool | None  # the call returned the very tensor it was called on
    memory: int | None  # the memory block of what it returned
    data_memory: int  # the memory block data is in after the call
    error: TorchError | None


@dataclass(frozen=True)
class ChainResult:
    start_code: str
    start: TensorSnapshot
    start_memory: int
    links: tuple[LinkResult, ...]
    addresses: tuple[int, ...]  # data_ptr() of each memory block, for widgets only
    snippet: Snippet
    _data: torch.Tensor | None = None  # data after the chain

    @property
    def error(self) -> TorchError | None:
        """The first call torch refused, if any."""
        return next((link.error for link in self.links if link.error is not None), None)

    @property
    def data(self) -> TensorSnapshot:
        """``data`` after the whole chain."""
        return self.links[-1].data if self.links else self.start

    def data_values(self) -> tuple[float | int | bool, ...]:
        """Every element of ``data`` after the chain as Python has it from torch (an int
        tensor's ints, a float tensor's floats), in C order."""
        assert self._data is not None
        return tuple(self._data.reshape(-1).tolist())


def _operand(parsed: ParsedLiteral) -> tuple[object, str]:
    """The call's argument and how it is written: a Python number, or a tensor inline."""
    if parsed.shape == ():
        return parsed.data, py_literal(parsed.data)
    code = f"torch.tensor({py_literal(parsed.data)})"
    return torch.tensor(parsed.data), code


class _Memory:
    """Numbers blocks of memory in order of appearance; holds every tensor seen, so no
    address is freed and handed to another tensor while the chain runs."""

    def __init__(self) -> None:
        self.addresses: list[int] = []
        self._keys: list[object] = []
        self._alive: list[torch.Tensor] = []

    def block(self, t: torch.Tensor) -> int:
        self._alive.append(t)
        ptr = t.untyped_storage().data_ptr()
        key: object = ptr if ptr else ("empty", id(t))  # empty tensors have no address
        if key not in self._keys:
            self._keys.append(key)
            self.addresses.append(ptr)
        return self._keys.index(key)


def _start(script: Script, start: Start) -> tuple[torch.Tensor, str]:
    if start.size is not None:
        size = tuple(start.size)
        size_code = str(size)  # (3,) for one dim, as Python writes it
        script.run(f"torch.manual_seed({start.seed})", lambda: torch.manual_seed(start.seed))
        code = f"data = torch.randint(0, {RANDINT_HIGH}, {size_code})"
        return script.run(code, lambda: torch.randint(0, RANDINT_HIGH, size)), code
    assert start.literal is not None
    dtype = chosen_dtype(start.dtype)
    data = tensor_line(script, "data", start.literal, dtype)
    dtype_arg = f", dtype={dtype}" if dtype is not None else ""
    return data, f"data = torch.tensor({py_literal(start.literal.data)}{dtype_arg})"


def _check(start: Start, links: tuple[Link, ...]) -> None:
    """Refuse, before torch allocates, a chain longer than the cap or a call whose result
    would be over the lesson's size cap."""
    if len(links) > MAX_LINKS:
        raise LiteralError("too_many", "{0} calls > {1}", len(links), MAX_LINKS)
    shape = start.size if start.size is not None else start.literal.shape  # type: ignore[union-attr]
    count = 1
    for size in shape:
        count *= size
    if count > OPS_MAX_ELEMENTS:
        raise LiteralError(
            "too_many",
            "{0}: {1} elements > {2}",
            "data",
            f"{count:,}",
            f"{OPS_MAX_ELEMENTS:,}",
            limit=OPS_MAX_ELEMENTS,
            value=count,
        )
    for link in links:
        if link.op not in CHAIN_OPS:
            raise ValueError(f"unknown operation {link.op!r}")
        if link.op in BINARY:
            if link.operand is None:
                raise ValueError(f"{link.op} needs an operand")
            # an in-place call keeps data's shape; an out-of-place one may broadcast
            check_broadcast_size(tuple(shape), link.operand.shape, f"data.{link.op}(...)")


def run_chain(start: Start, links: tuple[Link, ...]) -> ChainResult:
    """Make ``data`` as ``start`` says, then make every call of ``links`` on it, in order.

    Raises :class:`LiteralError` for a chain over the caps and
    :class:`~tensorviz.core.ops.CreationError` when torch cannot build ``data``.
    """
    _check(start, links)
    s = Script()
    memory = _Memory()
    data, start_code = _start(s, start)
    s.show("data", data)
    start_snap, start_memory = snap(data), memory.block(data)
    results = []
    watching, ptr = False, 0  # ``ptr``: data's address, written once an in-place call comes
    for number, link in enumerate(links):
        if link.op == "float":
            if watching:
                s.show("data.data_ptr() == ptr", data.data_ptr() == ptr, label="same memory:")
                watching = False
            before = data
            data = s.run("data = data.float()", lambda before=before: before.float())
            s.show("data", data)
            block = memory.block(data)
            results.append(
                LinkResult(
                    "data = data.float()", "float", False, True, snap(data), snap(data),
                    data is before, block, block, None,
                )
            )  # fmt: skip
            continue
        args: tuple = ()
        arg_code = ""
        if link.op in BINARY:
            value, arg_code = _operand(link.operand)  # type: ignore[arg-type]
            args = (value,)
        method = link.op + ("_" if link.in_place else "")
        call = f"data.{method}({arg_code})"
        if link.in_place and not watching:
            ptr = s.run("ptr = data.data_ptr()", data.data_ptr)
            watching = True
        returned: torch.Tensor | None = None
        error: TorchError | None = None
        try:
            returned = getattr(data, method)(*args)
        except TORCH_EXCEPTIONS as exc:
            with s.trying() as outcome:
                s.raises(call, exc)
            error = outcome.error
        else:
            if link.in_place:
                s.line(call)
            else:
                s.show(call, returned)
        if link.in_place:
            s.show("data", data)
        ok = returned is not None
        results.append(
            LinkResult(
                code=call,
                op=link.op,
                in_place=link.in_place,
                rebinds=False,
                value=snap(returned) if ok else None,
                data=snap(data),
                same_object=(returned is data) if ok else None,
                memory=memory.block(returned) if ok else None,
                data_memory=memory.block(data),
                error=error,
            )
        )
        if number == len(links) - 1 and watching:
            s.show("data.data_ptr() == ptr", data.data_ptr() == ptr, label="same memory:")
    return ChainResult(
        start_code=start_code,
        start=start_snap,
        start_memory=start_memory,
        links=tuple(results),
        addresses=tuple(memory.addresses),
        snippet=s.finish(),
        _data=data,
    )
