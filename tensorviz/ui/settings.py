"""What tensorviz remembers between runs, read defensively.

Stored in an INI file (QSettings). ``TENSORVIZ_SETTINGS`` names another file (tests and
screenshots use it). A value that cannot be read falls back to its default and is reported;
a file Qt cannot parse is kept aside as ``<file>.corrupt`` before it is ever overwritten.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, qInstallMessageHandler

from tensorviz.ui.i18n import LANGUAGES
from tensorviz.ui.theme import THEMES, ZOOM_MAX, ZOOM_MIN

THEME_CHOICES = ("system", *THEMES)


translate = QCoreApplication.translate


@dataclass
class Preferences:
    theme: str = "system"
    zoom: int = 100
    language: str = ""  # "" follows the system
    lesson: str = ""
    geometry: QByteArray | None = None
    # What could not be read, as callables giving text in the language current when shown.
    problems: list[Callable[[], str]] = field(default_factory=list)


def open_settings() -> QSettings:
    path = os.environ.get("TENSORVIZ_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "tensorviz", "tensorviz"
    )


def load(settings: QSettings, lesson_keys: list[str]) -> Preferences:
    """The stored preferences; what cannot be read is left at its default and reported.

    Qt's own warnings while reading (``@Variant(...)`` of an unknown type) are caught here and
    become one of those reports instead of lines on stderr."""
    warnings: list[str] = []
    previous = qInstallMessageHandler(lambda _mode, _context, message: warnings.append(message))
    try:
        prefs = _load(settings, lesson_keys)
    finally:
        qInstallMessageHandler(previous)
    if warnings and not prefs.problems:
        prefs.problems.append(
            lambda: translate(
                "Settings", "Some stored settings could not be read; their defaults are used."
            )
        )
    return prefs


def _load(settings: QSettings, lesson_keys: list[str]) -> Preferences:
    prefs = Preferences()
    if settings.status() != QSettings.Status.NoError or Path(settings.fileName()).is_dir():
        _keep_aside(settings)
        prefs.problems.append(
            lambda: translate("Settings", "The settings file could not be read; defaults are used.")
        )
        return prefs

    def bad(name: str) -> None:
        prefs.problems.append(
            lambda: translate(
                "Settings", "The stored value of “{0}” was invalid; the default is used."
            ).format(name)
        )

    theme = settings.value("view/theme", prefs.theme)
    # a stored value Qt cannot make into anything (@Variant(garbage)) reads as None
    if theme is not None or settings.contains("view/theme"):
        if isinstance(theme, str) and theme in THEME_CHOICES:
            prefs.theme = theme
        else:
            bad("theme")
    zoom = settings.value("view/zoom", prefs.zoom)
    try:
        z = int(str(zoom))
        if not ZOOM_MIN <= z <= ZOOM_MAX:
            raise ValueError(z)
        prefs.zoom = z
    except (TypeError, ValueError):
        bad("zoom")
    lang = settings.value("view/language", "")
    if isinstance(lang, str) and (lang in LANGUAGES or lang == ""):
        prefs.language = lang
    else:
        bad("language")
    lesson = settings.value("window/lesson", "")
    if isinstance(lesson, str) and (lesson in lesson_keys or lesson == ""):
        prefs.lesson = lesson
    else:
        bad("lesson")
    geometry = settings.value("window/geometry")
    if geometry is not None or settings.contains("window/geometry"):
        if isinstance(geometry, QByteArray):
            prefs.geometry = geometry
        else:
            bad("geometry")
    return prefs


def save(settings: QSettings, prefs: Preferences) -> None:
    settings.setValue("view/theme", prefs.theme)
    settings.setValue("view/zoom", prefs.zoom)
    settings.setValue("view/language", prefs.language)
    settings.setValue("window/lesson", prefs.lesson)
    if prefs.geometry is not None:
        settings.setValue("window/geometry", prefs.geometry)
    settings.sync()


def _keep_aside(settings: QSettings) -> None:
    """Copy an unreadable settings file to ``<file>.corrupt``; a directory, or a file that
    cannot be copied, is left where it is (start-up goes on with defaults either way)."""
    path = Path(settings.fileName())
    if path.is_file():
        with contextlib.suppress(OSError):
            shutil.copyfile(path, path.with_name(path.name + ".corrupt"))
