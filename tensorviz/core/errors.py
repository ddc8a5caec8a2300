"""Errors raised by torch, carried as data so the UI can show them without crashing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

T = TypeVar("T")

#: The exception types torch (and numpy) raise for bad calls. Anything else is our bug and
#: must not be swallowed.
TORCH_EXCEPTIONS: tuple[type[BaseException], ...] = (
    RuntimeError,
    IndexError,
    TypeError,
    ValueError,
    NotImplementedError,
    OverflowError,
    ZeroDivisionError,
)

#: What a call that puts a tensor on a device may raise, all of it torch's answer: a CPU-only
#: torch asserts on CUDA, and for a device type it knows but has no backend module for
#: (``hpu``, ``privateuseone``) torch's lazy import raises ``ModuleNotFoundError``.
DEVICE_EXCEPTIONS: tuple[type[BaseException], ...] = (
    *TORCH_EXCEPTIONS,
    AssertionError,
    ImportError,
)


@dataclass(frozen=True)
class TorchError:
    """torch's own error: the exception's type name and its message, unchanged.

    ``raised_by`` names the library whose call raised it where that is not torch
    (``"numpy"``: an ndarray's ``__setitem__``, ``np.array``): the window says who raised,
    as numpy's words are not torch's (for the same value torch says something else)."""

    type_name: str
    message: str
    raised_by: str = "torch"

    @classmethod
    def from_exception(cls, exc: BaseException, raised_by: str = "torch") -> TorchError:
        return cls(type(exc).__name__, str(exc), raised_by)

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}"


def attempt(fn: Callable[[], T]) -> T | TorchError:
    """Run ``fn`` and return its result, or the :class:`TorchError` torch raised."""
    try:
        return fn()
    except TORCH_EXCEPTIONS as exc:
        return TorchError.from_exception(exc)


class Phrase(NamedTuple):
    """Words of the app's own that the window shows in the user's language: an English
    ``template`` whose ``{0}``, ``{1}``... take the ``fills`` (numbers, what was typed, or
    phrases again). ``str()`` is the English; the window translates the template
    (``tensorviz.ui.phrases``). A template is written as a plain string literal where it
    is made, so that the window's table of them can be checked against the code."""

    template: str
    fills: tuple[object, ...] = ()

    def __str__(self) -> str:
        if not self.fills:
            return self.template
        return self.template.format(*(str(f) for f in self.fills))


class LiteralError(ValueError):
    """User text that cannot be used: ``reason`` is a stable key, ``detail`` says where.

    ``detail`` is English; ``phrase`` is the same as a :class:`Phrase` the window translates.
    Given ``fills``, the detail passed is a template (``"size {0} at [{1}] is negative"``,
    ``s, i``): what is typed and what is counted goes in the fills, never into the template,
    so that the words can be translated. A detail of the user's own text (``repr(text)``)
    is passed as it is, without fills.

    Reasons: ``empty``, ``too_long``, ``syntax``, ``not_allowed``, ``not_a_number``, ``ragged``,
    ``too_deep``, ``too_many``, ``bad_size``, ``bad_dim``, ``mixed``, ``unknown_dtype``,
    ``out_of_range`` (a number, but not one the field takes), ``not_a_list`` (a flat list of
    numbers was asked for), ``decimal_comma`` (``0,5``: ``value`` is ``"0.5"``),
    ``full_width`` (``value``: the character and the one Python reads in its place),
    ``missing_comma`` (two lists side by side, ``[[1, 2] [3, 4]]``: Python reads an index;
    ``value`` "numbers": whole numbers separated by spaces, ``3 4``); ``not_allowed`` with
    ``value`` "call" (a call typed, ``torch.ones(2, 3)``) or "nested" (a list inside a
    shape, dims or a number: ``[[1, 2], [3, 4]]`` typed as a shape).
    """

    def __init__(
        self,
        reason: str,
        detail: str | Phrase = "",
        *fills: object,
        limit: int | None = None,
        value: object = None,
    ) -> None:
        phrase = detail if isinstance(detail, Phrase) else Phrase(detail, fills)
        super().__init__(f"{reason}: {phrase}" if phrase.template else reason)
        self.reason = reason
        self.phrase = phrase
        self.detail = str(phrase)
        self.limit = limit
        self.value = value

    @classmethod
    def too_long(cls, length: int, limit: int) -> LiteralError:
        """A text of ``length`` characters where at most ``limit`` are taken (every field's
        refusal of a long text says it alike, with the limit for the explanation)."""
        return cls(
            "too_long",
            "{0} characters > {1}",
            f"{length:,}",
            f"{limit:,}",
            limit=limit,
            value=length,
        )
