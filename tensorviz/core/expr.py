"""A small, safe expression language for autograd examples.

A program is one expression (``x ** 2 + 2 * x + 7``) or a few assignments separated by ``;``
or new lines (``z = x * y; loss = z.sum()``). It is parsed with :mod:`ast` and a whitelist
into this module's own tree; nothing ever reaches Python's evaluator. Allowed:

- numbers, the names of the leaves (and of earlier assignments);
- ``+ - * / **`` and unary minus (unary plus is accepted and dropped);
- ``sum mean exp log sin cos relu sigmoid tanh`` as ``f(e)``, ``torch.f(e)`` or as a
  method ``e.f()``.

Every refusal is an :class:`ExprError` (a :class:`~tensorviz.core.literal.LiteralError`) whose
``reason`` is a stable key the UI translates.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tensorviz.core._torch import torch
from tensorviz.core.literal import LiteralError, parse_source, quoted

#: Longest program text accepted.
MAX_EXPR_TEXT = 2000
#: Most tree nodes in one program (keeps the drawn graph usable).
MAX_NODES = 160
#: Deepest nesting of one expression.
MAX_EXPR_DEPTH = 100
#: Largest whole number literal (keeps Python's exact integer arithmetic fast).
MAX_INT = 10**6
#: Largest exponent when both sides of ``**`` are numbers.
MAX_CONST_EXPONENT = 100

#: Function name -> (code template, the torch function's name). ``sum`` and ``mean`` are
#: written as methods, the way the course writes them; the others as ``torch.f(e)``.
FUNCTIONS: dict[str, tuple[str, str]] = {
    "sum": ("{0}.sum()", "sum"),
    "mean": ("{0}.mean()", "mean"),
    "exp": ("torch.exp({0})", "exp"),
    "log": ("torch.log({0})", "log"),
    "sin": ("torch.sin({0})", "sin"),
    "cos": ("torch.cos({0})", "cos"),
    "relu": ("torch.relu({0})", "relu"),
    "sigmoid": ("torch.sigmoid({0})", "sigmoid"),
    "tanh": ("torch.tanh({0})", "tanh"),
}

#: Names a leaf or a result may not take (they would shadow what the generated code uses).
#: Names a leaf or result may not take: what the generated code calls or imports, and every
#: Python builtin (a leaf named ``float`` would shadow the ``float('nan')`` the code writes).
RESERVED = frozenset(
    {"torch", "print", "range", "i", "e", "f", "forward", "math", "np", "numpy"}
    | set(FUNCTIONS)
    | {name for name in dir(builtins) if not name.startswith("_")}
)

BINARY_OPS = ("+", "-", "*", "/", "**")
_AST_OPS: dict[type, str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.Pow: "**",
}
# Python's precedence, the higher binds tighter.
_PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "neg": 3, "**": 4, "atom": 5}


class ExprError(LiteralError):
    """Program text that cannot be used.

    Reasons: ``empty``, ``too_long``, ``syntax``, ``not_allowed``, ``unknown_name``,
    ``bad_name``, ``reassigned``, ``bad_call``, ``too_big``, ``too_deep``.
    """


# -- the tree ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Num:
    value: int | float


@dataclass(frozen=True)
class Name:
    id: str


@dataclass(frozen=True)
class Neg:
    operand: Expr


@dataclass(frozen=True)
class BinOp:
    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Call:
    fn: str
    arg: Expr


Expr = Num | Name | Neg | BinOp | Call


@dataclass(frozen=True)
class Assign:
    name: str
    expr: Expr


@dataclass(frozen=True)
class Program:
    """Assignments in order; the last one's name is the output."""

    assigns: tuple[Assign, ...]

    @property
    def output(self) -> str:
        return self.assigns[-1].name

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(a.name for a in self.assigns)


# -- parsing -------------------------------------------------------------------------------
def check_name(name: str) -> None:
    """Refuse a leaf or result name the generated code could not use."""
    if not name.isidentifier() or not name.isascii():
        raise ExprError("bad_name", repr(name))
    if keyword.iskeyword(name) or name in RESERVED or name.startswith("_"):
        raise ExprError("bad_name", "{0} is reserved", repr(name))


class _Parser:
    def __init__(self, known: set[str]) -> None:
        self.known = known
        self.count = 0

    def expr(self, node: ast.AST, depth: int = 0) -> Expr:
        self.count += 1
        if self.count > MAX_NODES:
            raise ExprError("too_big", "more than {0} parts", MAX_NODES)
        if depth > MAX_EXPR_DEPTH:
            raise ExprError("too_deep", "more than {0} levels", MAX_EXPR_DEPTH)
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ExprError("not_allowed", repr(value))
            if isinstance(value, int) and abs(value) > MAX_INT:
                raise ExprError("too_big", "{0} is larger than {1}", value, MAX_INT)
            if isinstance(value, float) and not math.isfinite(value):
                raise ExprError("too_big", repr(value))
            return Num(value)
        if isinstance(node, ast.Name):
            if node.id not in self.known:
                raise ExprError("unknown_name", repr(node.id))
            return Name(node.id)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub):
                return Neg(self.expr(node.operand, depth + 1))
            if isinstance(node.op, ast.UAdd):
                return self.expr(node.operand, depth + 1)
            raise ExprError("not_allowed", quoted(node))
        if isinstance(node, ast.BinOp):
            op = _AST_OPS.get(type(node.op))
            if op is None:
                raise ExprError("not_allowed", quoted(node))
            left = self.expr(node.left, depth + 1)
            right = self.expr(node.right, depth + 1)
            if op == "**" and _constant(left) and _constant(right):
                # Python computes int ** int exactly: keep it fast by bounding both sides.
                base, power = _float_value(left), _float_value(right)
                if (
                    base is None
                    or power is None
                    or not math.isfinite(base)
                    or abs(power) > MAX_CONST_EXPONENT
                ):
                    raise ExprError(
                        "too_big",
                        "number ** number needs a finite base and |exponent| <= {0}",
                        MAX_CONST_EXPONENT,
                    )
                try:
                    value = base**power
                except (OverflowError, ZeroDivisionError):
                    value = 0.0  # Python raises the same when the program runs: shown then
                if isinstance(value, complex):
                    raise ExprError(
                        "not_allowed", "a negative number to a fractional power is complex"
                    )
            return BinOp(op, left, right)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        raise ExprError("not_allowed", quoted(node))

    def call(self, node: ast.Call, depth: int) -> Expr:
        if node.keywords:
            raise ExprError("bad_call", "keyword arguments are not allowed")
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "torch"
        ):
            func = ast.Name(func.attr)  # torch.exp(x) is exp(x)
        if isinstance(func, ast.Name):
            if func.id not in FUNCTIONS:
                raise ExprError("bad_call", "unknown function {0}", repr(func.id))
            if len(node.args) != 1:
                raise ExprError("bad_call", "{0}() takes one argument", func.id)
            arg = node.args[0]
            name = func.id
        elif isinstance(func, ast.Attribute):
            if func.attr not in FUNCTIONS:
                raise ExprError("bad_call", "unknown method {0}", repr(func.attr))
            if node.args:
                raise ExprError("bad_call", ".{0}() takes no argument", func.attr)
            arg = func.value
            name = func.attr
        else:
            raise ExprError("bad_call", quoted(node))
        if isinstance(arg, ast.Starred):
            raise ExprError("not_allowed", quoted(arg))
        inner = self.expr(arg, depth + 1)
        if _constant(inner):
            raise ExprError("bad_call", "{0}() needs a tensor, not a number", name)
        return Call(name, inner)


def _constant(e: Expr) -> bool:
    if isinstance(e, Num):
        return True
    if isinstance(e, Name | Call):
        return False
    if isinstance(e, Neg):
        return _constant(e.operand)
    return _constant(e.left) and _constant(e.right)


def _float_value(e: Expr) -> float | None:
    """A constant sub-expression computed in floats (bounded time), None when that fails."""
    try:
        if isinstance(e, Num):
            return float(e.value)
        if isinstance(e, Neg):
            v = _float_value(e.operand)
            return None if v is None else -v
        if isinstance(e, BinOp):
            a, b = _float_value(e.left), _float_value(e.right)
            if a is None or b is None:
                return None
            v = {"+": a + b, "-": a - b, "*": a * b}.get(e.op) if e.op in "+-*" else None
            if e.op == "/":
                v = a / b
            elif e.op == "**":
                v = a**b
            return v if isinstance(v, float) else None  # a complex power is refused too
    except (OverflowError, ZeroDivisionError):
        return None
    return None


def _mentions_tensor(e: Expr) -> bool:
    return not _constant(e)


def parse_program(text: str, leaves: Iterable[str], default_output: str = "y") -> Program:
    """Parse ``text`` over the leaf names ``leaves``.

    A bare last expression is assigned to ``default_output`` (or, when a leaf already has
    that name, to ``out``). Raises :class:`ExprError` only.
    """
    if not text.strip():
        raise ExprError("empty")
    if len(text) > MAX_EXPR_TEXT:
        raise ExprError.too_long(len(text), MAX_EXPR_TEXT)
    module = parse_source(text.strip(), "exec", ExprError)
    if not module.body:
        raise ExprError("empty")
    known = set(leaves)
    parser = _Parser(known)
    assigns: list[Assign] = []
    try:
        for i, stmt in enumerate(module.body):
            last = i == len(module.body) - 1
            if isinstance(stmt, ast.Assign):
                if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
                    raise ExprError("not_allowed", "assign to one plain name")
                name = stmt.targets[0].id
                check_name(name)
                if name in known:
                    raise ExprError("reassigned", repr(name))
                expr = parser.expr(stmt.value)
            elif isinstance(stmt, ast.Expr) and last:
                name = next(
                    n for n in (default_output, "out", "result", "loss", "f_out") if n not in known
                )
                expr = parser.expr(stmt.value)
            elif isinstance(stmt, ast.Expr):
                raise ExprError("not_allowed", "only the last line may be a bare expression")
            else:
                raise ExprError("not_allowed", quoted(stmt))
            if not _mentions_tensor(expr):
                raise ExprError("not_allowed", "{0} uses no tensor", name)
            known.add(name)
            assigns.append(Assign(name, expr))
    except RecursionError:
        raise ExprError("too_deep", "more than {0} levels", MAX_EXPR_DEPTH) from None
    return Program(tuple(assigns))


def parse_expr(text: str, leaves: Iterable[str]) -> Expr:
    """One expression (no assignments) over ``leaves``."""
    program = parse_program(text, leaves)
    if len(program.assigns) != 1:
        raise ExprError("not_allowed", "one expression expected")
    return program.assigns[0].expr


# -- code and evaluation -------------------------------------------------------------------
def _prec(e: Expr) -> int:
    if isinstance(e, BinOp):
        return _PREC[e.op]
    if isinstance(e, Neg):
        return _PREC["neg"]
    if isinstance(e, Num) and e.value < 0:
        return _PREC["neg"]
    return _PREC["atom"]


def to_code(e: Expr) -> str:
    """Python source for ``e`` with as few parentheses as Python needs."""
    if isinstance(e, Num):
        return repr(e.value)
    if isinstance(e, Name):
        return e.id
    if isinstance(e, Neg):
        inner = to_code(e.operand)
        # -x ** 2 is -(x ** 2) in Python, so a power needs no parentheses here.
        if _prec(e.operand) < _PREC["neg"]:
            inner = f"({inner})"
        return f"-{inner}"
    if isinstance(e, Call):
        template = FUNCTIONS[e.fn][0]
        inner = to_code(e.arg)
        if template.startswith("{0}.") and _prec(e.arg) < _PREC["atom"]:
            inner = f"({inner})"
        if template.startswith("{0}.") and isinstance(e.arg, Num):
            inner = f"({inner})"
        return template.format(inner)
    left, right = to_code(e.left), to_code(e.right)
    p = _PREC[e.op]
    if e.op == "**":
        # right-associative, and binds tighter than a unary minus on its left
        if _prec(e.left) <= p:
            left = f"({left})"
        if _prec(e.right) < p:
            right = f"({right})"
    else:
        if _prec(e.left) < p:
            left = f"({left})"
        if _prec(e.right) <= p:
            right = f"({right})"
    return f"{left} {e.op} {right}"


def evaluate(e: Expr, env: dict[str, object], on_result: Callable | None = None) -> object:
    """Compute ``e`` with the real Python operators and torch functions.

    ``env`` maps names to tensors. ``on_result(expr, value)`` is called for every sub-result
    (so a caller can tell which tensor each autograd node produced).
    """
    if isinstance(e, Num):
        return e.value
    if isinstance(e, Name):
        return env[e.id]
    if isinstance(e, Neg):
        value = -evaluate(e.operand, env, on_result)  # type: ignore[operator]
    elif isinstance(e, Call):
        function = getattr(torch, FUNCTIONS[e.fn][1])
        value = function(evaluate(e.arg, env, on_result))
    else:
        a = evaluate(e.left, env, on_result)
        b = evaluate(e.right, env, on_result)
        if e.op == "+":
            value = a + b  # type: ignore[operator]
        elif e.op == "-":
            value = a - b  # type: ignore[operator]
        elif e.op == "*":
            value = a * b  # type: ignore[operator]
        elif e.op == "/":
            value = a / b  # type: ignore[operator]
        else:
            value = a**b  # type: ignore[operator]
    if on_result is not None:
        on_result(e, value)
    return value


def walk(e: Expr) -> Iterable[Expr]:
    """``e`` and all its sub-expressions."""
    yield e
    if isinstance(e, Neg):
        yield from walk(e.operand)
    elif isinstance(e, Call):
        yield from walk(e.arg)
    elif isinstance(e, BinOp):
        yield from walk(e.left)
        yield from walk(e.right)
