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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NoReturn, TypeVar

from tensorviz.core._torch import torch
from tensorviz.core.errors import TORCH_EXCEPTIONS, TorchError

T = TypeVar("T")


@dataclass(frozen=True)
class Snippet:
    """Runnable code and what it prints."""

    code: str
    output: str


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

    # -- code ------------------------------------------------------------------------------
    def line(self, code: str = "") -> None:
        """A line with no output and nothing to run here (a comment, a blank line, an import)."""
        for part in code.split("\n"):
            self._lines.append(self._indent + part if part else "")

    def comment(self, text: str) -> None:
        self.line(f"# {text}")

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
        return Snippet(code=code, output=self._out.getvalue())
