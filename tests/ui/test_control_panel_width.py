"""The control panel keeps its width when the result changes.

A lecturer clicks a preset or makes torch refuse something: the picture and the texts change,
the controls under their hand must not move. For every lesson, shown at 1024x768 (the tightest
projector) at zoom 150, every sample state (presets, torch's errors, other topics) is shown in
turn; the controls column and its content keep the width they had.
"""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tensorviz.ui import i18n, lessons
from tensorviz.ui.app import MainWindow

KEYS = [info.key for info in lessons.available()]


def _settle(lesson) -> None:
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    lesson.settle()
    for _ in range(3):
        app.processEvents()


def _widths(lesson) -> tuple[int, int, int]:
    view = lesson.view
    return (
        view.splitter.sizes()[0],
        view.controls_scroll.width(),
        view.controls_scroll.widget().width(),
    )


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("key", KEYS)
def test_controls_keep_their_width_when_the_result_changes(qtbot, key, lang):
    samples = importlib.import_module(f"{lessons.info(key).package}.state").SAMPLES
    window = MainWindow(theme="light", zoom=150, language=lang, lesson=key, remember=False)
    qtbot.addWidget(window)
    try:
        window.resize(1024, 768)
        window.show()
        lesson = window.select_lesson(key)
        _settle(lesson)
        before = _widths(lesson)
        errors = 0
        for state in samples:
            lesson.set_state(state)
            _settle(lesson)
            errors += bool(lesson.banner.message())
            assert _widths(lesson) == before, (
                f"{key} in {state!r}: column, viewport, content widths {_widths(lesson)}, "
                f"were {before}"
            )
        assert errors, f"no sample of {key} shows an error: the test would miss that case"
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")
