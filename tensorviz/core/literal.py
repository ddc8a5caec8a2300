"""Safe parsing of what users type: tensor literals, shapes, dims, numbers, dtypes.

Text is parsed with :mod:`ast` and a whitelist of node types; nothing ever reaches ``eval``.
Every refusal is a :class:`LiteralError` whose ``reason`` is a stable key (the UI translates
it), whose ``detail`` says where the problem is and, for a number over a cap, whose ``limit``
and ``value`` say which.

This module is the one place that caps sizes: :func:`check_size` refuses a shape with more
than :data:`MAX_NDIM` dims, a dim over :data:`MAX_DIM`, more than ``max_elements`` elements,
or a drawn extent (the cells and index labels a picture would lay out, a dim of size 0
counted as 1) over :data:`MAX_EXTENT`. Every shape a user types goes through it before
anything is allocated, and lessons pass the shapes torch computes from user input through it
before anything is laid out: a tensor of 0 elements can still have a dim of 10**12.
:func:`drawable` says whether a picture may lay a shape out cell by cell.
"""

from __future__ import annotations

import ast
import copy
import math
import re
import threading
import warnings
from collections import deque
from dataclasses import dataclass
from typing import Literal as TypingLiteral

from tensorviz.core._torch import torch
from tensorviz.core.errors import LiteralError, Phrase

#: The most elements a tensor built from user input may have (about a million).
MAX_ELEMENTS = 1 << 20
#: The most dims of any tensor a lesson shows. The course goes to 4; a 4-D start and a full
#: shape chain of 16 unsqueezes make 20. numpy's ravel_multi_index stops at 32 and torch at 64.
MAX_NDIM = 24
#: The largest size of any one dim, even in a tensor with no elements.
MAX_DIM = MAX_ELEMENTS
#: The most cells and index labels a shape may ask a picture for (sizes of 0 counted as 1).
MAX_EXTENT = MAX_ELEMENTS
#: Pictures draw at most this many cells (or laid-out positions) one by one; beyond it they
#: summarise (``tensorviz.core.values.GRID_CAP``).
DRAW_CAP = 4096
#: Pictures lay out at most this many dims cell by cell (a 4-D tensor is a grid of matrices).
DRAW_NDIM = 4
#: Whole numbers this large (309 digits and more) fit no dtype, not even as a float.
_FLOAT_LIMIT = 2**1024
_FLOAT_DIGITS = 308
#: Longest text we try to parse; longer input is refused before parsing.
MAX_TEXT = 200_000
#: The longest index text (``x[...]``) the literal index parser reads.
MAX_INDEX_TEXT = 1000
#: Deepest nesting of a literal (a 4-D tensor needs 4; a few more are allowed for experiments).
MAX_DEPTH = 8

Kind = TypingLiteral["bool", "int", "float"]
Scalar = bool | int | float

#: Names a user may type for special float values.
_NAMES: dict[str, Scalar] = {
    "True": True,
    "False": False,
    "inf": math.inf,
    "nan": math.nan,
    "pi": math.pi,
    "e": math.e,
}

#: The dtypes the course teaches, in its order (tables, combo boxes and conversions use
#: these), by their names in torch: ``torch.float32`` is ``"float32"``. Names, not torch's
#: objects, so that a lesson can be built before torch is in (:mod:`tensorviz.core._torch`);
#: :func:`to_dtype` gives the object.
COURSE_DTYPE_NAMES: tuple[str, ...] = (
    "bool",
    "uint8",
    "int8",
    "int16",
    "int32",
    "int64",
    "float16",
    "bfloat16",
    "float32",
    "float64",
)

#: Every name a user may write for a course dtype -> torch's name for it.
DTYPES: dict[str, str] = {
    **{name: name for name in COURSE_DTYPE_NAMES},
    "short": "int16",
    "int": "int32",
    "long": "int64",
    "half": "float16",
    "float": "float32",
    "double": "float64",
}


def extent(shape: tuple[int, ...]) -> int:
    """The positions a picture lays out for ``shape``: its cells and the index labels along
    each dim, a size of 0 counted as 1 (a ``(0, 10**6)`` tensor still has 10**6 columns)."""
    return math.prod(max(int(s), 1) for s in shape)


def check_size(
    shape: tuple[int, ...], max_elements: int = MAX_ELEMENTS, *, what: str | Phrase = ""
) -> tuple[int, ...]:
    """Refuse ``shape`` when it is over a cap; returns it unchanged otherwise.

    The caps, in the order checked: :data:`MAX_NDIM` dims (reason ``too_many_dims``), any one
    dim over :data:`MAX_DIM` (``dim_too_big``), more than ``max_elements`` elements
    (``too_many``), a drawn extent over :data:`MAX_EXTENT` (``dim_too_big``). Each error
    carries the ``limit`` and the ``value`` it broke. Call it before allocating and before
    laying out."""
    shape = tuple(int(s) for s in shape)

    def named(detail: Phrase) -> Phrase:
        """``what`` before the detail where it is given (a step's result, an op's operands);
        a field's refusal is named by the field."""
        return Phrase("{0}: {1}", (what, detail)) if what else detail

    n = len(shape)
    if n > MAX_NDIM:
        detail = named(Phrase("{0} dims > {1}", (n, MAX_NDIM)))
        raise LiteralError("too_many_dims", detail, limit=MAX_NDIM, value=n)
    for i, s in enumerate(shape):
        if s > MAX_DIM:
            detail = named(Phrase("size {0} at [{1}] > {2}", (_count(s), i, f"{MAX_DIM:,}")))
            raise LiteralError("dim_too_big", detail, limit=MAX_DIM, value=s)
    count = math.prod(shape)
    if count > max_elements:
        detail = named(Phrase("{0} elements > {1}", (_count(count), f"{max_elements:,}")))
        raise LiteralError("too_many", detail, limit=max_elements, value=count)
    wide = extent(shape)
    if wide > MAX_EXTENT:
        fills = (list(shape), _count(wide), f"{MAX_EXTENT:,}")
        detail = named(Phrase("the sizes {0} span {1} positions > {2}", fills))
        raise LiteralError("dim_too_big", detail, limit=MAX_EXTENT, value=wide)
    return shape


def drawable(shape: tuple[int, ...], cap: int = DRAW_CAP) -> bool:
    """Whether a picture may lay ``shape`` out cell by cell: at most :data:`DRAW_NDIM` dims
    and ``cap`` positions (cells, and index labels along a dim of a 0-element tensor)."""
    return len(shape) <= DRAW_NDIM and extent(shape) <= cap


def _count(n: int) -> str | Phrase:
    """``n`` with thousands separators, or its number of digits when it is huge."""
    return f"{n:,}" if n < 10**30 else Phrase("a {0}-digit number", (digits(n),))


def digits(n: int) -> int:
    """How many decimal digits ``n`` has (``str`` refuses ints of over 4,300 digits)."""
    n = abs(int(n))
    if n < 10**30:
        return len(str(n))
    guess = int(n.bit_length() * math.log10(2))
    return guess + (n >= 10**guess)


@dataclass(frozen=True)
class ParsedLiteral:
    """A tensor literal: nested lists of Python scalars, with its shape and element kind."""

    data: Scalar | list
    shape: tuple[int, ...]
    kind: Kind
    text: str

    @property
    def numel(self) -> int:
        return math.prod(self.shape)

    def flat(self) -> list[Scalar]:
        """The elements in C order (one for a 0-d literal)."""
        return _flatten(self.data)


def literal_code(data: Scalar | list) -> str:
    """Python source for a parsed literal or scalar (inf and nan written as ``float('inf')``,
    ``float('-inf')``, ``float('nan')`` so plain Python runs it)."""
    if isinstance(data, list):
        return "[" + ", ".join(literal_code(d) for d in data) + "]"
    if isinstance(data, float) and not math.isfinite(data):
        return f"float('{data}')"
    return repr(data)


def _flatten(data: Scalar | list) -> list[Scalar]:
    if isinstance(data, list):
        out: list[Scalar] = []
        for item in data:
            out.extend(_flatten(item))
        return out
    return [data]


def parse_source(text: str, mode: str = "eval", error: type[LiteralError] | None = None):
    """``ast.parse(text, mode)`` for user text: every way it fails is a ``LiteralError`` (or
    ``error``, a subclass) whose reason says what the user did, never Python's jargon, and
    nothing is printed (``1and 2`` makes Python warn "invalid decimal literal" on stderr).

    Reasons: ``syntax`` (with the parser's message and column), ``full_width`` (a character
    of a Chinese input method, :func:`full_width`), ``too_deep`` (nesting the
    parser cannot follow: ``-`` 100,000 times), ``too_large`` (a number of over 4,300 digits,
    which Python refuses to read)."""
    kind = error or LiteralError
    with _PARSING, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _parse_once_converted(text, mode)
        except (MemoryError, RecursionError):
            raise kind("too_deep", "nested deeper than the parser can follow") from None
        except (SyntaxError, ValueError) as exc:
            msg = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
            if "integer string conversion" in msg:  # Python reads no int of 4,300+ digits
                raise kind(
                    "too_large", "a number of over {0} digits", "4,300", limit=_FLOAT_DIGITS
                ) from None
            if not isinstance(exc, SyntaxError):
                raise kind("syntax", msg) from None
            wide = full_width(text, exc)
            if wide is not None:  # a Chinese input method's punctuation: say which to type
                where, char, half = wide
                raise kind(
                    "full_width", "{0} ({1})", repr(char), where, value=(char, half)
                ) from None
            if exc.offset:  # Python's words, the column in the user's
                raise kind("syntax", "{0} (col {1})", msg, exc.offset) from None
            raise kind("syntax", msg) from None


#: Full-width forms a Chinese input method types, and what Python reads in their place.
_HALF = {"\u3000": " ", "\u3001": ",", "\u3002": ".", "\u3010": "[", "\u3011": "]"}
_HALF.update({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _half(char: str) -> str | None:
    """The ASCII character Python reads in place of a full-width ``char`` (the full-width
    forms U+FF01 to U+FF5E, as Unicode's NFKC maps them, and :data:`_HALF`); None for any
    other character."""
    if "\uff01" <= char <= "\uff5e":
        return chr(ord(char) - 0xFEE0)
    return _HALF.get(char)


def half_width(text: str) -> str:
    """``text`` with every full-width character a Chinese input method types in its ASCII
    form: ``（2，3）`` is ``(2,3)``, ``、`` a comma, ``。`` a point, a full-width digit its
    digit. Only these: NFKC as a whole would also read a superscript as a digit (ten to
    the superscript five as ``105``), another number."""
    return "".join(_half(c) or c for c in text)


def full_width(text: str, error: SyntaxError) -> tuple[Phrase, str, str] | None:
    """Where Python's ``error`` in ``text`` is a full-width character (``，``, ``（``, ``。``,
    a digit: "invalid character '，' (U+FF0C)"): the place ("col 3", "line 2, col 6"), the
    character, and the one Python reads in its place; None for any other error. Nothing
    said which to type instead. Only the character Python stopped at: one in a comment
    or a string is no error, and a full-width letter Python reads as the letter."""
    message = error.msg or ""
    # a full-width space (U+3000) is "invalid non-printable character" to Python
    if not message.startswith(("invalid character", "invalid non-printable character")):
        return None
    if not error.offset:
        return None
    lines = text.splitlines() or [""]
    line = error.lineno or 1
    if not 1 <= line <= len(lines) or not 1 <= error.offset <= len(lines[line - 1]):
        return None
    char = lines[line - 1][error.offset - 1]
    half = _half(char)
    if half is None:
        return None
    if line == 1:
        return Phrase("col {0}", (error.offset,)), char, half
    return Phrase("line {0}, col {1}", (line, error.offset)), char, half


#: One parse at a time. Python 3.11 counts the depth of the tree it converts per interpreter,
#: not per thread: two threads converting at once (a field checked on the GUI thread while a
#: worker reads one, and a collection in between) raised ``SystemError: AST constructor
#: recursion depth mismatch``, 80 times in 4 s of a stress loop here; and
#: ``warnings.catch_warnings`` changes the process's filters.
_PARSING = threading.RLock()  # re-entrant: a finalizer run mid-parse cannot freeze it


def _parse_once_converted(text: str, mode: str) -> ast.AST:
    """``ast.parse``, again where a parse outside this module (another library's, on another
    thread) upset its converter's count meanwhile."""
    for attempt in range(3):
        try:
            return ast.parse(text, mode=mode)
        except SystemError as exc:
            if "recursion depth mismatch" not in str(exc) or attempt == 2:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _parse_expr(text: str) -> ast.expr:
    if not text.strip():
        raise LiteralError("empty")
    if len(text) > MAX_TEXT:
        raise LiteralError.too_long(len(text), MAX_TEXT)
    return parse_source(text.strip(), "eval").body


def _where(path: tuple[int, ...]) -> str | Phrase:
    return "".join(f"[{i}]" for i in path) or Phrase("top level")


def _at(path: tuple[int, ...]) -> str | Phrase:
    """ " at [1][0]" for an element of a list; nothing for the whole field."""
    return Phrase(" at {0}", (_where(path),)) if path else ""


#: The most nodes of a refused expression that its quote writes (it is cut at 40 characters).
QUOTE_NODES = 40


def quoted(node: ast.AST) -> str:
    """What the user wrote for ``node`` (as Python reads it), cut to 40 characters: a
    refusal quotes it (it said "BinOp", Python's name for ``2**70``). Only its first
    :data:`QUOTE_NODES` nodes are written (:func:`_pruned`): ``ast.unparse`` of a whole tree
    recurses as deep as it is (a RecursionError for ``1+1+…`` 340 times) and takes as long
    as it is long."""
    try:
        text = ast.unparse(_pruned(node))
    except (ValueError, TypeError, AttributeError, RecursionError):  # one it cannot write
        text = type(node).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def _pruned(node: ast.AST) -> ast.AST:
    """A copy of ``node`` with its first :data:`QUOTE_NODES` expressions, breadth first, and
    "…" in place of the rest (a list of them cut to one "…"); ``node`` is left as it was."""
    budget = QUOTE_NODES
    root = copy.copy(node)
    queue = deque([root])

    def kept(child: object) -> object:
        nonlocal budget
        if not isinstance(child, ast.AST):
            return child
        if isinstance(child, ast.expr):
            if budget <= 0:
                return ast.Name(id="…")
            budget -= 1
        twin = copy.copy(child)
        queue.append(twin)
        return twin

    while queue:
        item = queue.popleft()
        for name, value in ast.iter_fields(item):
            if isinstance(value, list):
                out = []
                for child in value:
                    if budget <= 0 and isinstance(child, ast.expr):
                        out.append(ast.Name(id="…"))
                        break
                    out.append(kept(child))
                setattr(item, name, out)
            else:
                setattr(item, name, kept(value))
    return root


#: A number written with a decimal comma (``0,5``): Python reads two numbers.
_DECIMAL_COMMA = re.compile(r"\s*[+-]?[0-9]+,([0-9]+)\s*")


def decimal_comma(text: str) -> None:
    """Refuse ``0,5`` where one number is asked for, saying to write ``0.5`` (a comma is
    Python's separator: a learning rate of ``0,5`` said "Tuple at top level"). ``value``:
    the number with a dot, and where three digits follow the comma (``1,000``, perhaps a
    thousands separator) the number without it too."""
    found = _DECIMAL_COMMA.fullmatch(text) if len(text) <= 40 else None
    if found is not None:
        typed = text.strip()
        dot = typed.replace(",", ".")
        value = (dot, typed.replace(",", "")) if len(found.group(1)) == 3 else (dot,)
        raise LiteralError("decimal_comma", repr(typed), value=value)


def _scalar(node: ast.expr, path: tuple[int, ...]) -> Scalar:
    """A number, True/False, inf/nan, with any number of unary + and -."""
    sign = 1
    while isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
        if isinstance(node.op, ast.USub):
            sign = -sign
        node = node.operand
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            if sign == -1:
                return -int(value)
            return value
        if isinstance(value, int) and abs(value) >= _FLOAT_LIMIT:
            # no dtype holds it, and float(value) raises OverflowError wherever it is used
            raise LiteralError(
                "too_large",
                "a {0}-digit number{1}",
                digits(value),
                _at(path),
                limit=_FLOAT_DIGITS,
                value=value,
            )
        if isinstance(value, int | float):
            return sign * value
        raise LiteralError("not_a_number", "{0}{1}", repr(value), _at(path))
    if isinstance(node, ast.Name) and node.id in _NAMES:
        value = _NAMES[node.id]
        if isinstance(value, bool):
            return -int(value) if sign == -1 else value
        return sign * value
    if isinstance(node, ast.Name):
        raise LiteralError("not_a_number", "{0}{1}", repr(node.id), _at(path))
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.List | ast.Tuple):
        # [[1, 2] [3, 4]]: Python reads the second list as an index into the first
        raise LiteralError("missing_comma", "{0}{1}", quoted(node), _at(path))
    # a call (torch.ones(2, 3)): a field's words say what to type there instead
    call = "call" if isinstance(node, ast.Call) else None
    raise LiteralError("not_allowed", "{0}{1}", quoted(node), _at(path), value=call)


def _walk(
    node: ast.expr, path: tuple[int, ...], budget: list[int], limit: int
) -> tuple[object, tuple]:
    """The data and shape of ``node``; ``budget``: the elements left of the field's
    ``limit``."""
    if len(path) > MAX_DEPTH:
        raise LiteralError("too_deep", "more than {0} levels at {1}", MAX_DEPTH, _where(path))
    if isinstance(node, ast.List | ast.Tuple):
        items = []
        shapes = []
        for i, child in enumerate(node.elts):
            value, shape = _walk(child, (*path, i), budget, limit)
            items.append(value)
            shapes.append(shape)
        for i, shape in enumerate(shapes[1:], start=1):
            if shape != shapes[0]:
                raise LiteralError(
                    "ragged",
                    "{0} has shape {1}, but {2} has shape {3}",
                    _where((*path, i)),
                    list(shape),
                    _where((*path, 0)),
                    list(shapes[0]),
                )
        return items, (len(items), *(shapes[0] if shapes else ()))
    budget[0] -= 1
    if budget[0] < 0:
        raise LiteralError("too_many", "more than {0} elements", f"{limit:,}", limit=limit)
    return _scalar(node, path), ()


def _kind_of(data: object) -> Kind:
    kinds: set[str] = set()
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, bool):
            kinds.add("bool")
        elif isinstance(item, int):
            kinds.add("int")
        else:
            kinds.add("float")
    if "float" in kinds:
        return "float"
    if "int" in kinds:
        return "int"
    return "bool" if kinds else "float"


def parse_literal(text: str, max_elements: int = MAX_ELEMENTS) -> ParsedLiteral:
    """Parse a tensor literal such as ``[[1, 2], [3, 4]]``, ``3.5`` or ``[True, False]``.

    Raises :class:`LiteralError` for ragged lists, names, calls, or more than
    ``max_elements`` elements.
    """
    node = _parse_expr(text)
    budget = [max_elements]
    try:
        data, shape = _walk(node, (), budget, max_elements)
    except RecursionError:
        raise LiteralError("too_deep", "more than {0} levels", MAX_DEPTH) from None
    if budget[0] < 0:  # pragma: no cover - _walk raises first
        raise LiteralError(
            "too_many", "more than {0} elements", f"{max_elements:,}", limit=max_elements
        )
    check_size(shape, max_elements)  # [[], [], ...]: no elements, but a long dim
    return ParsedLiteral(data=data, shape=shape, kind=_kind_of(data), text=text.strip())


#: Whole numbers separated by spaces only (``3 4``, ``(2 3)``): a shape without its commas.
_SPACED_NUMBERS = re.compile(r"\s*[(\[]?\s*[+-]?[0-9]+(?:\s+[+-]?[0-9]+)+\s*[)\]]?\s*")


def _int_items(text: str, what: Phrase) -> list[int]:
    """``2,3,4``, ``(2, 3)``, ``[2]``, ``5`` or an empty text as a list of ints."""
    if not text.strip() or text.strip() in ("()", "[]"):
        return []
    if len(text) <= 200 and _SPACED_NUMBERS.fullmatch(text):
        # "3 4", a shape as numpy prints it: Python says only "invalid syntax"
        raise LiteralError("missing_comma", repr(text.strip()), value="numbers")
    node = _parse_expr(text)
    listed = isinstance(node, ast.Tuple | ast.List)
    elts = node.elts if listed else [node]
    out = []
    for i, elt in enumerate(elts):
        if isinstance(elt, ast.Tuple | ast.List):
            raise LiteralError(
                "not_allowed", "nested list in {0} at [{1}]", what, i, value="nested"
            )
        # a place only in a list: a call typed whole was "torch.ones(2, 3) at [0]"
        value = _scalar(elt, (i,) if listed else ())
        if isinstance(value, bool) or not isinstance(value, int):
            raise LiteralError(
                "not_a_number", "{0} needs whole numbers; [{1}] is {2}", what, i, repr(value)
            )
        out.append(value)
    return out


def parse_shape(
    text: str,
    *,
    allow_infer: bool = False,
    allow_zero: bool = True,
    max_elements: int = MAX_ELEMENTS,
) -> tuple[int, ...]:
    """Parse a shape such as ``2,3,4`` or ``(2, -1)``.

    ``-1`` (one at most) is allowed when ``allow_infer``; its product is then checked without
    it. Shapes with more than ``max_elements`` elements are refused before any allocation.
    """
    sizes = _int_items(text, Phrase("shape"))
    infer = [i for i, s in enumerate(sizes) if s == -1]
    if infer and not allow_infer:
        raise LiteralError("bad_size", "size -1 at [{0}] is not allowed here", infer[0])
    if len(infer) > 1:
        raise LiteralError("bad_size", "only one size may be -1; found at {0}", infer)
    for i, s in enumerate(sizes):
        if s < -1 or (s == -1 and not allow_infer):
            raise LiteralError("bad_size", "size {0} at [{1}] is negative", s, i)
        if s == 0 and not allow_zero:
            raise LiteralError("bad_size", "size 0 at [{0}] is not allowed here", i)
    check_size(tuple(s for s in sizes if s != -1), max_elements)
    return tuple(sizes)


def parse_dims(text: str) -> tuple[int, ...]:
    """Parse a list of dims such as ``2, 0, 1`` (ranges are left for torch to check)."""
    return tuple(_int_items(text, Phrase("dims")))


def parse_int(text: str) -> int:
    """Parse one whole number such as ``-3``."""
    items = _int_items(text, Phrase("number"))
    if len(items) != 1:
        raise LiteralError("not_a_number", "one whole number expected")
    return items[0]


def parse_float(text: str) -> float:
    """Parse one real number such as ``0.01``, ``1e-3``, ``-inf``; not ``True`` or ``False``
    (Python would take one as 1 or 0: a learning rate of ``True`` ran as 1.0)."""
    decimal_comma(text)
    node = _parse_expr(text)
    value = _scalar(node, ())
    while isinstance(node, ast.UnaryOp):  # -True is -1: a truth still
        node = node.operand
    if (isinstance(node, ast.Constant) and isinstance(node.value, bool)) or (
        isinstance(node, ast.Name) and isinstance(_NAMES.get(node.id), bool)
    ):
        raise LiteralError("not_a_number", repr(text.strip()))
    return to_float(value)


def to_float(value: Scalar) -> float:
    """``value`` as a float; a whole number too large for one is refused, not an
    ``OverflowError`` (``float(10**400)`` raises)."""
    try:
        return float(value)
    except OverflowError:
        raise LiteralError(
            "too_large", "a {0}-digit number", digits(int(value)), limit=_FLOAT_DIGITS, value=value
        ) from None


def parse_dtype(text: str) -> torch.dtype:
    """``float32``, ``torch.float32``, ``double``... as a :class:`torch.dtype`."""
    return to_dtype(parse_dtype_name(text))


def parse_dtype_name(text: str) -> str:
    """``float32``, ``torch.float32``, ``float``... as torch's name for the dtype
    (``"float32"``), without torch."""
    name = text.strip().removeprefix("torch.")
    if name not in DTYPES:
        raise LiteralError("unknown_dtype", repr(text.strip()))
    return DTYPES[name]


def to_dtype(name: str) -> torch.dtype:
    """A name of :data:`DTYPES` (``"float32"``, ``"double"``) as torch's dtype."""
    return getattr(torch, DTYPES[name])


def dtype_name(dtype: torch.dtype) -> str:
    """``torch.float32`` -> ``"torch.float32"`` (how the dtype is written in code)."""
    return str(dtype)


#: One item of a basic index: a whole number, a slice, ``...`` or ``None`` (a new dim).
IndexItem = int | slice | type(Ellipsis) | None


def _index_bound(node: ast.expr | None, where: Phrase) -> int | None:
    if node is None:
        return None
    if isinstance(node, ast.Constant) and node.value is None:
        return None
    value = _scalar(node, ())
    if isinstance(value, bool) or not isinstance(value, int):
        raise LiteralError("not_a_number", "{0} needs a whole number; got {1}", where, repr(value))
    return value


def parse_index(text: str) -> tuple[IndexItem, ...]:
    """Parse basic indexing such as ``[:, ::2]``, ``[1:]``, ``[0]``, ``[..., 1]``, ``[None]``.

    The brackets are optional (``:, ::2`` works too). Only whole numbers, slices with whole
    numbers (or nothing) as start, stop and step, ``...`` and ``None`` are accepted: no names,
    no calls, no tensors. Ranges and steps are left for torch to check. Returns a tuple that
    can be passed to ``tensor[...]`` directly.
    """
    stripped = text.strip()
    if not stripped:
        raise LiteralError("empty")
    if len(stripped) > MAX_INDEX_TEXT:
        raise LiteralError.too_long(len(stripped), MAX_INDEX_TEXT)
    inner = stripped[1:-1] if stripped.startswith("[") and stripped.endswith("]") else stripped
    if not inner.strip():
        raise LiteralError("empty", "nothing between [ and ]")
    try:
        node = parse_source(f"_[{inner}]", "eval").body
    except LiteralError as wrapped:
        if wrapped.reason != "syntax":
            raise
        # Python's words and column about the wrapper "_[...]" (a ')' typed said the '['
        # it added was closed with it): the user's text alone, where it is no expression
        # either, says what is wrong in what was typed
        parse_source(inner, "exec")
        raise
    if not isinstance(node, ast.Subscript):  # pragma: no cover - "_[...]" always is one
        raise LiteralError("syntax", "an index such as [:, ::2] was expected")
    elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    items: list[IndexItem] = []
    for i, elt in enumerate(elts):
        where = Phrase("index item {0}", (i,))
        if isinstance(elt, ast.Slice):
            items.append(
                slice(
                    _index_bound(elt.lower, where),
                    _index_bound(elt.upper, where),
                    _index_bound(elt.step, where),
                )
            )
        elif isinstance(elt, ast.Constant) and elt.value is Ellipsis:
            items.append(Ellipsis)
        elif isinstance(elt, ast.Constant) and elt.value is None:
            items.append(None)
        elif isinstance(elt, ast.List | ast.Tuple | ast.Starred):
            raise LiteralError("not_allowed", "{0}: only numbers, slices, ... and None", where)
        else:
            value = _index_bound(elt, where)
            items.append(value)
    if sum(1 for item in items if item is Ellipsis) > 1:
        raise LiteralError("not_allowed", "only one ... is allowed")
    return tuple(items)


def index_code(items: tuple[IndexItem, ...]) -> str:
    """``items`` as written in code: ``(slice(None), slice(None, None, 2))`` -> ``[:, ::2]``."""

    def one(item: IndexItem) -> str:
        if item is Ellipsis:
            return "..."
        if item is None:
            return "None"
        if isinstance(item, slice):
            start = "" if item.start is None else str(item.start)
            stop = "" if item.stop is None else str(item.stop)
            text = f"{start}:{stop}"
            if item.step is not None:
                text += f":{item.step}"
            return text
        return str(item)

    return "[" + ", ".join(one(item) for item in items) + "]"
