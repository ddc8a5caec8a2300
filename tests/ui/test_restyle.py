"""Zoom and theme switches with every lesson built (issue 16): the lesson on screen is
restyled at once, the hidden ones when they are next shown, and no lesson loses its state or
its picture on the way."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

from tensorviz.ui import lessons
from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.track import course
from tensorviz.ui.theme import BASE_POINT_SIZE
from tests.image_testing import compare

# the reference images' tolerance (0.1% of pixels); descent's pyqtgraph plots keep a pixel or
# two of the zoomed layout (axis and cursor positions)
ALLOWANCE = {"descent": 0.03}
DEFAULT_ALLOWANCE = 0.001


def _last_step_states() -> dict:
    """A state other than the opening one for each lesson: its last course step's (numpy's
    steps keep its opening state: its other tab)."""
    states = {}
    for step in course().steps:
        if step.state != type(step.state)():
            states[step.lesson] = step.state
    if "numpy" not in states:
        states["numpy"] = lessons.state_class("numpy")(tab="mapping")
    return states


def _plain_label(lesson) -> QLabel:
    """The code pane's "Code": a label of the style sheet's base font size."""
    return lesson.code_pane._code_label


@pytest.fixture
def built(qtbot):
    win = MainWindow(theme="light", zoom=100, language="en", remember=False)
    qtbot.addWidget(win)
    # The zoom's status message grows the bar (a bigger font at 120%) and the bar keeps that
    # height a while: out of the way, so the lessons' own size is what is compared.
    win.statusBar().hide()
    win.resize(1400, 900)
    win.show()
    states = _last_step_states()
    for key in win.lesson_keys():
        lesson = win.select_lesson(key)
        lesson.set_state(states[key])
        lesson.settle()
        QApplication.processEvents()
    return win, states


def _picture(win, key) -> QImage:
    lesson = win.select_lesson(key)
    QApplication.processEvents()
    return lesson.grab().toImage()


def test_zoom_keeps_every_lesson_state_and_picture(built):
    win, states = built
    keys = win.lesson_keys()
    before = {key: _picture(win, key) for key in keys}
    rendered = {key: win.lesson(key).view.rendered for key in keys}
    win.select_lesson(keys[0])
    win._actions["zoom_in"].trigger()
    win._actions["zoom_in"].trigger()
    QApplication.processEvents()
    for key in keys[1:]:  # hidden while the zoom changed: restyled when shown
        lesson = win.select_lesson(key)
        QApplication.processEvents()
        assert lesson.theme.zoom == 120
        assert _plain_label(lesson).font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.2)
    win._actions["zoom_out"].trigger()
    win._actions["zoom_out"].trigger()
    for key in keys:
        lesson = win.lesson(key)
        assert lesson.state == states[key], key
        assert lesson.view.rendered is rendered[key], f"{key} computed its result again"
        same = compare(_picture(win, key), before[key])
        assert same.size_ok, f"{key} changed size after zoom and back"
        allowed = ALLOWANCE.get(key, DEFAULT_ALLOWANCE)
        assert same.fraction <= allowed, f"{key} looks different: {same}"


def test_theme_switch_reaches_hidden_lessons_when_shown(built):
    win, states = built
    keys = win.lesson_keys()
    win.select_lesson(keys[-1])
    win.set_theme("dark")
    hidden = win._lessons[keys[0]]
    assert hidden.theme.name == "light"  # not yet: it is restyled when shown
    assert win.select_lesson(keys[0]).theme.name == "dark"
    assert hidden.state == states[keys[0]]
    assert "#252b32" in hidden.styleSheet()  # the dark surface


def test_a_dialog_on_the_window_takes_its_style_sheet(qtbot):
    """The sheet is on the window's parts, not the application: a dialog opened on the window
    (about, the lecture's step list) still gets it, in the current zoom."""
    from PySide6.QtWidgets import QMessageBox

    win = MainWindow(theme="light", zoom=150, language="en", remember=False)
    qtbot.addWidget(win)
    win.show()
    box = QMessageBox(win)
    box.setText("tensorviz")
    box.show()
    assert f"font-size: {BASE_POINT_SIZE * 1.5:.1f}pt" in box.styleSheet()
    assert f"font-size: {BASE_POINT_SIZE * 1.5:.1f}pt" in win._list.styleSheet()
    box.close()
