"""What every lesson's State shares: frozen, versioned, and read back from JSON with checks.

A lesson's ``state.py`` defines one frozen dataclass deriving from :class:`LessonState`, with
a default for every field (the lesson's opening picture). Its fields hold plain values only
(``int``, ``float``, ``str``, ``bool``, tuples of those, ``Literal[...]`` choices, ``X | None``
and nested frozen dataclasses of the same kinds), so a state is data: course steps, deep
links, saved sessions and exercises are dictionaries of it.

``to_dict()`` writes ``{"lesson": key, "version": n, field: value, ...}``; ``from_dict(d)``
reads that back. A field missing from ``d`` keeps its default (a course step names only what
differs from the lesson's opening state); a field that is unknown, of the wrong type, or that
the state's :meth:`LessonState.check` refuses raises :class:`StateError`, which names it.

Nothing here imports Qt or torch: states are read by the command line, the course track and
tests before either is loaded.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from typing import Any, ClassVar, Literal, Self, Union, get_args, get_origin, get_type_hints


class StateError(ValueError):
    """A state dictionary that cannot be used; ``field`` names where (dotted for nesting)."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)


@dataclasses.dataclass(frozen=True)
class LessonState:
    """Base of every lesson's State. Subclasses set ``LESSON`` and, when a field's meaning
    changes, raise ``VERSION`` (and read older versions in :meth:`upgrade`)."""

    LESSON: ClassVar[str] = ""
    VERSION: ClassVar[int] = 1

    def __post_init__(self) -> None:
        self.check()

    # -- rules a subclass adds ------------------------------------------------------------
    def check(self) -> None:
        """Refuse values the lesson cannot show: raise :class:`StateError` naming the field.

        Called on every construction, so no invalid state exists anywhere."""

    @classmethod
    def upgrade(cls, data: dict[str, Any], version: int) -> dict[str, Any]:
        """Fields of an older ``version`` rewritten for this one (default: unchanged)."""
        return data

    # -- transitions -----------------------------------------------------------------------
    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (checked like any other state)."""
        return dataclasses.replace(self, **changes)

    # -- JSON ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"lesson": self.LESSON, "version": self.VERSION}
        for field in dataclasses.fields(self):
            out[field.name] = _encode(getattr(self, field.name))
        return out

    @classmethod
    def from_dict(cls, data: object) -> Self:
        if not isinstance(data, dict):
            raise StateError("", f"a {cls.LESSON} state must be a JSON object")
        data = dict(data)
        lesson = data.pop("lesson", cls.LESSON)
        if lesson != cls.LESSON:
            raise StateError("lesson", f"is {lesson!r}, expected {cls.LESSON!r}")
        version = data.pop("version", cls.VERSION)
        if isinstance(version, bool) or not isinstance(version, int):
            raise StateError("version", "must be a whole number")
        if version > cls.VERSION or version < 1:
            raise StateError(
                "version", f"{version} is not supported (this tensorviz reads 1 to {cls.VERSION})"
            )
        if version < cls.VERSION:
            data = cls.upgrade(data, version)
        return _decode_dataclass(cls, data, "")

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Self:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise StateError("", f"not valid JSON ({err.msg}, line {err.lineno})") from None
        except RecursionError:  # "[[[[..." 100,000 deep
            raise StateError("", "nested too deeply to be a state") from None
        return cls.from_dict(data)


# -- encoding ---------------------------------------------------------------------------------
def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    return value


def _decode_dataclass(cls: type, data: object, path: str) -> Any:
    if not isinstance(data, dict):
        raise StateError(path, "must be an object")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        where = f"{path}." if path else ""
        raise StateError(
            f"{where}{unknown[0]}", f"unknown field (known: {', '.join(sorted(fields))})"
        )
    values = {
        name: _decode(hints[name], value, f"{path}.{name}" if path else name)
        for name, value in data.items()
    }
    try:
        return cls(**values)
    except StateError as err:
        if path and err.field and not err.field.startswith(path):
            raise StateError(f"{path}.{err.field}", err.problem) from None
        raise
    except TypeError as err:  # a required field of a nested dataclass is missing
        raise StateError(path, str(err)) from None


def _decode(hint: Any, value: Any, path: str) -> Any:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        if value is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _decode(option, value, path)
            except StateError as err:
                errors.append(err)
        if len(errors) == 1:  # X | None: X's own refusal, naming the field inside X
            raise errors[0]
        raise StateError(path, "has the wrong type")
    if origin is Literal:
        choices = get_args(hint)
        if value not in choices or type(value) is not type(choices[0]):
            shown = ", ".join(repr(c) for c in choices)
            raise StateError(path, f"must be one of {shown}, not {value!r}")
        return value
    if origin is tuple:
        args = get_args(hint)
        if not isinstance(value, list | tuple):
            raise StateError(path, "must be a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise StateError(path, f"must have {len(args)} items, not {len(value)}")
        return tuple(
            _decode(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=True))
        )
    if dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, value, path)
    if hint is bool:
        if not isinstance(value, bool):
            raise StateError(path, f"must be true or false, not {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise StateError(path, f"must be a whole number, not {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise StateError(path, f"must be a number, not {value!r}")
        value = float(value)
        if math.isnan(value):
            raise StateError(path, "must be a number, not nan")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise StateError(path, f"must be text, not {value!r}")
        return value
    if hint is typing.Any:
        return value
    raise TypeError(f"{path}: a state field of type {hint!r} cannot be read from JSON")


def check_range(field: str, value: float, low: float, high: float) -> None:
    """Raise :class:`StateError` unless ``low <= value <= high``."""
    if not low <= value <= high:
        raise StateError(field, f"must be between {low:g} and {high:g}, not {value!r}")


def check_choice(field: str, value: object, choices: typing.Iterable[object]) -> None:
    """Raise :class:`StateError` unless ``value`` is one of ``choices``."""
    options = tuple(choices)
    if value not in options:
        raise StateError(field, f"must be one of {', '.join(map(repr, options))}, not {value!r}")


class TextTooLong(StateError):
    """A text field longer than its state allows: ``length`` characters, ``limit`` at most."""

    def __init__(self, field: str, length: int, limit: int) -> None:
        super().__init__(field, f"is {length} characters long; the limit is {limit}")
        self.length = length
        self.limit = limit


def check_text(field: str, value: str, limit: int = 10_000) -> None:
    """Raise :class:`TextTooLong` when ``value`` is longer than ``limit`` characters."""
    if len(value) > limit:
        raise TextTooLong(field, len(value), limit)
