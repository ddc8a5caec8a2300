"""What a test leaves behind (tests/conftest.py, ``pytest_runtest_teardown_stops``): the
lessons it gave to qtbot are gone when the next test begins, and a window it closed, kept for
later (a module's fixture), computes nothing meanwhile.

The two tests run in this order (pytest keeps a file's order): the first leaves two lessons
computing in the background, the second looks at what is left of them."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tensorviz.ui import lessons

_left: dict[str, object] = {}


def _computing(lesson, seconds: float) -> tuple[threading.Event, threading.Event]:
    """A background task of ``lesson`` running for ``seconds`` (done: its event) and one
    queued behind it on the same thread (run: its event)."""
    began, done, queued = threading.Event(), threading.Event(), threading.Event()

    def slow() -> int:
        began.set()
        time.sleep(seconds)  # what a descent table does for seconds, with no torch to wait for
        done.set()
        return 1

    lesson.submit("left_behind", slow, lambda _result: None, background=True)
    lesson.submit("queued_behind", queued.set, lambda _result: None, background=True)
    assert began.wait(5)
    return done, queued


def test_lessons_left_computing_in_the_background(qtbot, theme):
    given = lessons.build("create", theme)
    qtbot.addWidget(given)  # pytest-qt closes it and asks for its deletion
    window = QWidget()  # closed here, kept for later (not deleted), as a module's window
    closed = lessons.build("create", theme)
    QVBoxLayout(window).addWidget(closed)
    for shown in (given, window):
        shown.show()
    for lesson in (given, closed):
        lesson.settle()
    _left["given"] = (given, *_computing(given, 0.3))
    # longer: pytest-qt's close of the given lesson waits for its task (Lesson.closeEvent)
    _left["closed"] = (closed, *_computing(closed, 1.0))
    _left["window"] = window  # held: a window Python lets go of is deleted with its lesson
    window.close()  # a window's close does not reach its lesson's closeEvent
    assert not _left["closed"][1].is_set()  # the test ends while both compute


def test_the_next_test_finds_them_finished_and_the_given_one_deleted():
    assert _left, "runs after the test above"
    given, given_done, _ = _left["given"]
    assert given_done.is_set()
    assert not shiboken6.isValid(given)  # deleted, not waiting for an event loop
    closed, closed_done, closed_queued = _left["closed"]
    assert shiboken6.isValid(closed)  # kept
    assert closed_done.is_set()  # waited for, not running beside this test
    assert not closed_queued.is_set()  # dropped
    time.sleep(0.1)
    assert not closed_queued.is_set()
