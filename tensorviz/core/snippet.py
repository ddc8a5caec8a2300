"""The PyTorch code behind what a lesson shows, and what that code really prints.

A lesson's core function builds a :class:`Script` step by step: each step is a line of code
*and* the real torch call that line stands for, run right then. What the code prints is
produced by Python's own ``print`` on the real objects, so the output pane shows exactly
what ``python`` would print when the code is run (a test runs every lesson's code in a
subprocess and compares).

Nothing here evaluates text: the code is written by the app next to the call it describes.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NoReturn, TypeVar

from tensorviz.core._torch import torch
from tensorviz.core.errors import TORCH_EXCEPTIONS, TorchError

T = TypeVar("T")


@dataclass(frozen=True)
class Snippet:
    """Runnable code and what it prints; ``sections``: where named parts of it begin, as
    (name, line of the code, line of the output), counted from 0 (:meth:`Script.section`)."""

    code: str
    output: str
    sections: tuple[tuple[str, int, int], ...] = ()

    def section(self, name: str) -> tuple[int, int] | None:
        """The lines of the code and of the output where part ``name`` begins (None: none)."""
        for named, code_line, output_line in self.sections:
            if named == name:
                return code_line, output_line
        return None


def reset_print_options() -> None:
    """torch's default print options (lessons may change them; the next run starts clean)."""
    torch.set_printoptions(profile="default", sci_mode=None)


@dataclass
class Outcome:
    """What :meth:`Script.trying` saw: the torch error that stopped the body, if any."""

    error: TorchError | None = None


class Script:
    """Builds a :class:`Snippet` while the torch calls it describes run.

    >>> s = Script()
    >>> x = s.run("x = torch.arange(6).reshape(2, 3)", lambda: torch.arange(6).reshape(2, 3))
    >>> s.show("x.stride()", x.stride())
    >>> s.finish().output
    '(3, 1)\\n'
    """

    def __init__(self, imports: tuple[str, ...] = ("import torch",)) -> None:
        reset_print_options()
        self._lines: list[str] = list(imports)
        if imports:
            self._lines.append("")
        self._out = io.StringIO()
        self._indent = ""
        self._sections: list[tuple[str, int, int]] = []

    # -- code ------------------------------------------------------------------------------
    def line(self, code: str = "") -> None:
        """A line with no output and nothing to run here (a comment, a blank line, an import)."""
        for part in code.split("\n"):
            self._lines.append(self._indent + part if part else "")

    def comment(self, text: str, *args: object) -> None:
        """A comment line: ``text``, with ``{0}``... filled from ``args`` (code, numbers), in
        English; the window shows it in the user's language (``ui.code_comments``, which
        knows every ``text`` written here)."""
        self.line(f"# {text.format(*args) if args else text}")

    def section(self, name: str) -> None:
        """Part ``name`` begins here, in the code and in what it prints (a lesson that shows
        several calls in one snippet brings the one a course step asks about into view)."""
        self._sections.append((name, len(self._lines), self._out.getvalue().count("\n")))

    def run(self, code: str, fn: Callable[[], T]) -> T:
        """A statement ``code`` whose effect is ``fn()``; returns what ``fn`` returned.

        Exceptions propagate: use :meth:`attempt` for a call that may fail.
        """
        self.line(code)
        return fn()

    def raises(self, code: str, exc: BaseException) -> NoReturn:
        """A statement whose real call already failed with ``exc`` (it was run first, to
        learn whether it fails): writes ``code`` and raises ``exc`` again, for the enclosing
        :meth:`trying` to catch, without running the call a second time."""
        self.line(code)
        raise exc

    def show(self, expr: str, value: object, label: str | None = None) -> None:
        """``print(expr)`` (or ``print(label, expr)``), printing the real ``value``."""
        if label is None:
            self.line(f"print({expr})")
            print(value, file=self._out)
        else:
            self.line(f"print({label!r}, {expr})")
            print(label, value, file=self._out)

    def show_each(self, loop: str, expr: str, values: Iterable[object]) -> None:
        """``for <loop>: print(expr)``, printing each of the real ``values`` the loop meets
        (none: nothing printed)."""
        self.line(f"for {loop}:")
        self.line(f"    print({expr})")
        for value in values:
            print(value, file=self._out)

    def show_text(self, text: str) -> None:
        """``print("text")``: a heading in the output."""
        self.line(f"print({text!r})")
        print(text, file=self._out)

    def attempt(
        self,
        code: str,
        fn: Callable[[], T],
        catch: tuple[type[BaseException], ...] = TORCH_EXCEPTIONS,
    ) -> T | TorchError:
        """One statement that may fail; see :meth:`trying` for several."""
        with self.trying(catch) as outcome:
            return self.run(code, fn)
        return outcome.error  # type: ignore[return-value]

    def attempt_once(
        self,
        code: str,
        fn: Callable[[], T],
        catch: tuple[type[BaseException], ...] = TORCH_EXCEPTIONS,
    ) -> T | TorchError:
        """One statement that may fail, run once: written plainly when it works, inside
        ``try``/``except`` (its error raised again by :meth:`raises`) only when it fails.
        Unlike :meth:`attempt`, the code shows a ``try`` only where torch really refuses."""
        try:
            value = fn()
        except catch as exc:
            with self.trying(catch) as outcome:
                self.raises(code, exc)
            assert outcome.error is not None
            return outcome.error
        return self.run(code, lambda: value)

    @contextmanager
    def trying(
        self, catch: tuple[type[BaseException], ...] = TORCH_EXCEPTIONS
    ) -> Iterator[Outcome]:
        """Statements that may fail, written inside ``try``/``except`` so the code always runs
        to its end. The body runs here as it would in Python: it stops at the first torch
        error, which is printed as ``TypeName: message`` and kept in ``outcome.error``.
        ``catch`` widens what counts as torch's error (a CPU-only torch raises
        ``AssertionError`` for ``.cuda()``).

        >>> with script.trying() as outcome:
        ...     y = script.run("y = x.view(6, 4)", lambda: x.view(6, 4))
        ...     script.show("y.shape", y.shape)
        """
        outcome = Outcome()
        self.line("try:")
        self._indent += "    "
        try:
            yield outcome
        except catch as exc:
            outcome.error = TorchError.from_exception(exc)
        finally:
            self._indent = self._indent[:-4]
            self.line("except Exception as e:")
            self.line("    print(type(e).__name__ + ':', e)")
        if outcome.error is not None:
            print(outcome.error.type_name + ":", outcome.error.message, file=self._out)

    @contextmanager
    def block(self, header: str) -> Iterator[None]:
        """An indented block (``with torch.no_grad():``); the caller runs its body itself."""
        self.line(header)
        self._indent += "    "
        try:
            yield
        finally:
            self._indent = self._indent[:-4]

    def finish(self) -> Snippet:
        reset_print_options()
        code = "\n".join(self._lines).rstrip() + "\n"
        return Snippet(code=code, output=self._out.getvalue(), sections=tuple(self._sections))


def essentials(code: str, about: Iterable[str] = ()) -> str:
    """The lines of ``code`` that make what it shows, for a class asked to predict what it
    prints (a lecture's question): its statements less imports, comment lines, blank lines
    and ``print`` calls on lines of their own. A block left empty goes (``for w in caught:``
    and a print under it), and a ``try`` whose handlers only print is its body, one level
    less indented. Other statements are as written, less a comment after one (a lesson's
    comment says what a call does: "# a new tensor, not the leaf"). Code that does not
    tokenize gives ``""``.

    ``about``: only the statements that name one of these words (a name, or a word in a
    string: ``cuda`` is in ``x.cuda()`` and in ``device="cuda:0"``), with the headers of the
    blocks they are in; a block whose header names one, whole, and a statement with clauses
    (``if``/``else``, a ``try`` that does more than print) whole where any part does: the
    lines a question is about, where all of them would not fit.

    Read with :mod:`tokenize`, not :mod:`ast`: Python 3.11's ``ast.parse`` raised
    ``SystemError: AST constructor recursion depth mismatch`` on the GUI thread while another
    thread parsed too (its converter's depth count is shared).
    """
    try:
        statements, rows, comments = _statements(code)
    except (tokenize.TokenError, SyntaxError):  # IndentationError is a SyntaxError
        return ""
    # rows as tokenize counts them: split at "\n" alone (splitlines splits at "\x0c" too)
    numbered = enumerate(io.StringIO(code).readlines(), start=1)
    lines = {row: line.rstrip("\r\n") for row, line in numbered if row in rows}
    for row, column in comments.items():
        if row in lines:
            lines[row] = lines[row][:column].rstrip()
    nodes = _blocks(statements, 0, -1)[0]
    return "\n".join(_essential_lines(nodes, lines, 0, frozenset(about)))


@dataclass(frozen=True)
class _Statement:
    indent: int
    first: int  # its first and last line, 1-based
    last: int
    word: str  # its first token ("import", "print", "for", "x"...)
    header: bool  # it ends with ":" (a block follows)
    prints: bool  # it is one call of print
    words: frozenset[str]  # the names it holds, and the text of its strings


_Node = tuple[_Statement, list]  # a statement and the nodes of its block


def _statements(code: str) -> tuple[list[_Statement], set[int], dict[int, int]]:
    """The statements of ``code``, the lines that hold some of them (not only a comment or
    nothing: a line of a string that spans lines holds some), and where a comment begins on
    a line (its column)."""
    out: list[_Statement] = []
    rows: set[int] = set()
    comments: dict[int, int] = {}
    tokens: list[tokenize.TokenInfo] = []
    skip = (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == tokenize.COMMENT:
            comments[tok.start[0]] = tok.start[1]
        if tok.type == tokenize.NEWLINE or (tok.type == tokenize.ENDMARKER and tokens):
            out.append(_statement(tokens))
            tokens = []
        elif tok.type not in skip and tok.type != tokenize.ENDMARKER:
            tokens.append(tok)
            rows.update(range(tok.start[0], tok.end[0] + 1))
    return out, rows, comments


#: the tokens whose words a statement names: its names, and the words in its strings (an
#: f-string is one STRING token in Python 3.11, its text FSTRING_MIDDLE tokens in 3.12)
_WORDY = {tokenize.NAME, tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
_NAMES = re.compile(r"[^\W\d]\w*")


def _statement(tokens: list[tokenize.TokenInfo]) -> _Statement:
    first, last = tokens[0], tokens[-1]
    prints = first.string == "print" and len(tokens) > 2 and tokens[1].string == "("
    depth = 0
    for tok in tokens[1:-1] if prints else ():
        depth += tok.string in "([{" and tok.type == tokenize.OP
        depth -= tok.string in ")]}" and tok.type == tokenize.OP
        if depth == 0:  # print(...) closed before the end: print(a)[0] or the like
            prints = False
            break
    words = frozenset(
        word
        for tok in tokens
        if tok.type in _WORDY
        for word in ([tok.string] if tok.type == tokenize.NAME else _NAMES.findall(tok.string))
    )
    return _Statement(
        first.start[1], first.start[0], last.end[0], first.string, last.string == ":", prints, words
    )


def _blocks(statements: list[_Statement], i: int, indent: int) -> tuple[list[_Node], int]:
    """The statements from ``i`` indented more than ``indent``, each with its block."""
    nodes: list[_Node] = []
    while i < len(statements) and statements[i].indent > indent:
        stmt = statements[i]
        body, i = _blocks(statements, i + 1, stmt.indent) if stmt.header else ([], i + 1)
        nodes.append((stmt, body))
    return nodes, i


def _essential_lines(
    nodes: list[_Node], lines: dict[int, str], dedent: int, about: frozenset[str]
) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(nodes):
        stmt, body = nodes[k]
        end = k + 1  # past the except/else/finally/elif clauses that go with it
        while end < len(nodes) and nodes[end][0].word in ("except", "else", "finally", "elif"):
            end += 1
        clauses, k = nodes[k + 1 : end], end
        if stmt.word in ("import", "from") or stmt.prints:
            continue
        if stmt.word == "try" and body and clauses and all(_only_prints(c) for c in clauses):
            out += _essential_lines(body, lines, dedent + body[0][0].indent - stmt.indent, about)
        elif stmt.word in ("for", "while", "with", "if") and body and not clauses:
            # a block whose header names a word is about it whole (for row in t1:)
            named = about and not about.isdisjoint(stmt.words)
            inner = _essential_lines(body, lines, dedent, frozenset() if named else about)
            if inner:
                out += _source(lines, stmt.first, stmt.last, dedent) + inner
        elif not about or _names(about, (stmt, body), *clauses):
            out += _source(lines, stmt.first, _last_line((stmt, body), *clauses), dedent)
    return out


def _names(about: frozenset[str], *nodes: _Node) -> bool:
    """Whether a statement of ``nodes`` (or of their blocks) names a word of ``about``."""
    return any(not about.isdisjoint(stmt.words) or _names(about, *body) for stmt, body in nodes)


def _only_prints(clause: _Node) -> bool:
    stmt, body = clause
    return stmt.word == "except" and all(s.prints and not b for s, b in body)


def _last_line(*nodes: _Node) -> int:
    stmt, body = nodes[-1]
    return _last_line(*body) if body else stmt.last


def _source(lines: dict[int, str], first: int, last: int, dedent: int) -> list[str]:
    """Lines ``first`` to ``last`` (1-based) that hold code (``lines``), ``dedent`` columns
    less indented."""
    kept = []
    for row in range(first, last + 1):
        line = lines.get(row)
        if line is not None:
            kept.append(line[dedent:] if not line[:dedent].strip() else line.lstrip())
    return kept
