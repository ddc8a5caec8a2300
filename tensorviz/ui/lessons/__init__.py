"""The lessons, in course order. A lesson is listed only when its package exists.

Each lesson is a package ``tensorviz.ui.lessons.<key>``:

- ``state.py``: ``State``, the frozen dataclass of everything the lesson shows (no Qt, no torch);
- ``texts.py``: its translatable strings and formatters;
- ``view.py``: the controls and the picture; emits intents, ``render(state, result)``;
- ``controller.py``: ``LESSON``, the :class:`~tensorviz.ui.lesson.Lesson` subclass that
  turns intents into new states and asks ``tensorviz.core`` for the results.

This module imports neither Qt nor torch, so the command line and the course track can read
lesson keys and states before either is loaded. Packages are imported only when their lesson is
first opened, so start-up stays fast.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tensorviz.ui.lesson import Lesson
    from tensorviz.ui.lessons.states import LessonState
    from tensorviz.ui.theme import Theme


def translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


# The notes' chapter numbers, 一 (1) to 十 (10).
CHAPTER_NUMERALS = "一二三四五六七八九十"


def section_text(section: str, lang: str) -> str:
    """A section of the notes (``七.5.2.1``) or a lesson's chapters (``三 · 四``, ``七.1–4``) as
    ``lang`` writes them: the notes' own numerals in Chinese, ``7.5.2.1`` and ``3 · 4`` in
    English. Everything that shows a section shows it through here."""
    if lang.startswith("zh"):
        return section
    return re.sub(f"[{CHAPTER_NUMERALS}]+", lambda m: str(_chapter_number(m.group())), section)


def _chapter_number(numerals: str) -> int:
    """一 1, 七 7, 十 10 (and on, as Chinese counts: 十二 12, 二十 20)."""
    digit = CHAPTER_NUMERALS[:9]
    if "十" not in numerals:
        return int("".join(str(digit.index(c) + 1) for c in numerals))
    tens, _, ones = numerals.partition("十")
    return (digit.index(tens) + 1 if tens else 1) * 10 + (digit.index(ones) + 1 if ones else 0)


@dataclass(frozen=True)
class LessonInfo:
    key: str
    chapter: str  # the course's chapter numbers, as the notes write them
    _title: Callable[[], str]
    # what the package imports that loads a C library (an extension module): the window imports
    # these for its first lesson before torch's libraries begin loading (torch_import.
    # load_libraries), as the loader runs one at a time; test_torch_import checks each list
    needs: tuple[str, ...] = ("numpy",)

    @property
    def package(self) -> str:
        return f"tensorviz.ui.lessons.{self.key}"

    def title(self) -> str:
        """The lesson's title in the current language."""
        return self._title()


ALL_LESSONS: tuple[LessonInfo, ...] = (
    LessonInfo(
        "create", "三 · 四", lambda: translate("Lessons", "Creating tensors"), ("numpy", "hashlib")
    ),
    LessonInfo("dtype", "三.3 · 五", lambda: translate("Lessons", "Data types and devices")),
    LessonInfo("numpy", "六", lambda: translate("Lessons", "Tensors and NumPy")),
    LessonInfo("ops", "七.1–4", lambda: translate("Lessons", "Operations and matrix product")),
    LessonInfo("shape", "七.5", lambda: translate("Lessons", "Shapes, views and memory")),
    LessonInfo("broadcast", "七.6", lambda: translate("Lessons", "Broadcasting")),
    LessonInfo("autograd", "八.1–3.3", lambda: translate("Lessons", "Autograd")),
    LessonInfo(
        "descent",
        "八.3.4–3.5",
        lambda: translate("Lessons", "Gradient descent"),
        ("numpy", "pyqtgraph"),
    ),
)
KEYS: tuple[str, ...] = tuple(i.key for i in ALL_LESSONS)


def available() -> list[LessonInfo]:
    """The lessons whose packages exist, in course order."""
    return [i for i in ALL_LESSONS if importlib.util.find_spec(i.package) is not None]


def info(key: str) -> LessonInfo:
    for item in ALL_LESSONS:
        if item.key == key:
            return item
    raise KeyError(key)


def state_class(key: str) -> type[LessonState]:
    """Lesson ``key``'s State class (imports no Qt and no torch)."""
    return importlib.import_module(f"{info(key).package}.state").State


def import_needs(key: str) -> None:
    """Import what lesson ``key``'s package needs that loads a C library (its ``needs``)."""
    for name in info(key).needs:
        importlib.import_module(name)


def lesson_class(key: str) -> type[Lesson]:
    return importlib.import_module(f"{info(key).package}.controller").LESSON


def build(key: str, theme: Theme, state: LessonState | None = None) -> Lesson:
    """Import lesson ``key``'s package and build its widget, showing ``state`` (or the
    lesson's opening state)."""
    lesson = lesson_class(key)(theme, state=state)
    if lesson.key != key:
        raise RuntimeError(f"lesson package {key!r} built a lesson keyed {lesson.key!r}")
    return lesson
