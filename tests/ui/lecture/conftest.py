"""The window the lecture's tests drive."""

from __future__ import annotations

import pytest

from tensorviz.ui.app import MainWindow


@pytest.fixture
def open_lecture_window(qtbot):
    """Opens a shown 1400x900 window at zoom 100 in ``lang`` (``remember``: it keeps its
    settings while the test runs); after the test, each one opened leaves the lecture, goes
    back to English and stops remembering."""
    opened: list[MainWindow] = []

    def open_window(lang: str = "en", remember: bool = True) -> MainWindow:
        win = MainWindow(theme="light", zoom=100, language=lang, remember=remember)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        opened.append(win)
        return win

    yield open_window
    for win in opened:
        win.lecture.leave()
        win.set_language("en")
        win._remember = False
