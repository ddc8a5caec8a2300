"""What a test leaves behind (tests/conftest.py, ``pytest_runtest_teardown``): the lessons it
gave to qtbot have stopped computing and are gone when the next test begins.

The two tests run in this order (pytest keeps a file's order): the first leaves a lesson
whose background worker is still busy, the second looks at what is left of it."""

from __future__ import annotations

import threading
import time

import shiboken6

from tensorviz.ui import lessons

_left: dict[str, object] = {}


def test_a_lesson_left_computing_in_the_background(qtbot, theme):
    lesson = lessons.build("create", theme)
    qtbot.addWidget(lesson)
    lesson.show()
    lesson.settle()
    began = threading.Event()
    done = threading.Event()

    def slow() -> int:
        began.set()
        time.sleep(0.5)  # what a descent table does for seconds, with no torch to wait for
        done.set()
        return 1

    lesson.submit("left_behind", slow, lambda _result: None, background=True)
    assert began.wait(5)
    _left.update(lesson=lesson, done=done)
    assert not done.is_set()  # the test ends while it computes


def test_the_next_test_finds_it_finished_and_deleted():
    assert _left, "runs after the test above"
    assert _left["done"].is_set()  # waited for, not running beside this test
    assert not shiboken6.isValid(_left["lesson"])  # deleted, not waiting for an event loop
