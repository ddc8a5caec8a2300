"""The lessons, in course order. A lesson is listed only when its module exists.

Each lesson module ``tensorviz.ui.lessons.<key>`` defines ``LESSON``, a :class:`Lesson`
subclass. Modules are imported only when their lesson is first opened, so start-up stays fast.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.lessons.base import Lesson
from tensorviz.ui.theme import Theme

translate = QCoreApplication.translate


@dataclass(frozen=True)
class LessonInfo:
    key: str
    chapter: str  # the course's chapter numbers, as the notes write them
    _title: Callable[[], str]

    @property
    def module(self) -> str:
        return f"tensorviz.ui.lessons.{self.key}"

    def title(self) -> str:
        """The lesson's title in the current language."""
        return self._title()


ALL_LESSONS: tuple[LessonInfo, ...] = (
    LessonInfo("create", "三 · 四", lambda: translate("Lessons", "Creating tensors")),
    LessonInfo("dtype", "三.3 · 五", lambda: translate("Lessons", "Data types and devices")),
    LessonInfo("numpy", "六", lambda: translate("Lessons", "Tensors and NumPy")),
    LessonInfo("ops", "七.1–4", lambda: translate("Lessons", "Operations and matrix product")),
    LessonInfo("shape", "七.5", lambda: translate("Lessons", "Shapes, views and memory")),
    LessonInfo("broadcast", "七.6", lambda: translate("Lessons", "Broadcasting")),
    LessonInfo("autograd", "八.1–3.3", lambda: translate("Lessons", "Autograd")),
    LessonInfo("descent", "八.3.4–3.5", lambda: translate("Lessons", "Gradient descent")),
)


def available() -> list[LessonInfo]:
    """The lessons whose modules exist, in course order."""
    return [info for info in ALL_LESSONS if importlib.util.find_spec(info.module) is not None]


def info(key: str) -> LessonInfo:
    for item in ALL_LESSONS:
        if item.key == key:
            return item
    raise KeyError(key)


def build(key: str, theme: Theme) -> Lesson:
    """Import lesson ``key``'s module and build its widget."""
    module = importlib.import_module(info(key).module)
    lesson = module.LESSON(theme)
    if lesson.key != key:
        raise RuntimeError(f"lesson module {key!r} built a lesson keyed {lesson.key!r}")
    return lesson
