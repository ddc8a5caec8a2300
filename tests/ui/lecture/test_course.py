"""The whole course, as a lecturer walks it: every step shows its state exactly as the lesson
shows it alone, its code prints its output, and every question's answer is torch's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tensorviz.ui import lessons
from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.mode import format_fact
from tensorviz.ui.lecture.track import course
from tensorviz.ui.theme import make_theme
from tests.snippets import python_runs

STEPS = course().steps


@pytest.fixture(scope="module")
def walked(qapp):
    """Every step reached by the clicker (PageDown) from the first, its answer revealed (R):
    the lesson's banner, code and facts as the lecture showed them."""
    window = MainWindow(theme="light", zoom=100, language="en", remember=False)
    window.resize(1600, 1000)
    window.show()
    window.lecture.enter(1)
    seen = {}
    for step in STEPS:
        assert window.lecture.number == step.number
        lesson = window.current_lesson()
        lesson.settle()
        QApplication.processEvents()
        answer = None
        if step.question is not None:
            _press(window, Qt.Key.Key_R)
            answer = window.lecture.strip.answer_label.full_text()
        seen[step.number] = (
            lesson.key,
            lesson.state,
            lesson.banner.message(),
            lesson.snippet(),
            answer,
        )
        _press(window, Qt.Key.Key_PageDown)
    window.lecture.leave()
    window.close()
    return seen


def _press(window, key) -> None:
    """A key as a clicker sends it: to the window, which hands it to whatever has the
    focus."""
    event = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.windowHandle(), event)


@pytest.mark.parametrize("step", STEPS, ids=lambda s: f"{s.number:02d}-{s.lesson}")
def test_a_step_shows_what_its_lesson_shows_alone(walked, qtbot, step):
    key, state, banner, snippet, answer = walked[step.number]
    assert (key, state) == (step.lesson, step.state)
    alone = lessons.build(step.lesson, make_theme("light"), step.state)
    qtbot.addWidget(alone)
    alone.settle()
    # no banner left over from the step before, and the same code and output
    assert banner == alone.banner.message()
    assert snippet == alone.snippet()
    assert snippet.output.strip()
    if step.question is not None:
        truth = alone.facts()[step.question.fact]
        assert format_fact(step.question.kind, truth) in answer


def test_a_number_revealed_is_written_as_torch_prints_it(walked):
    """Step 67 printed x.grad as tensor([0.6667, 1.3333, 2.0000]) while the strip said
    "torch says: 0.666667"; step 30's int64 array element is 100, not a float's 100."""
    for number, shown in ((67, "0.6667"), (73, "1.3333"), (64, "2."), (30, "100"), (40, "18")):
        answer, output = walked[number][4], walked[number][3].output
        assert answer.endswith(f" {shown}"), (number, answer)
        assert shown in output, (number, output)


@pytest.mark.slow
def test_every_steps_code_prints_its_output(walked):
    snippets = [walked[s.number][3] for s in STEPS]
    runs = python_runs([s.code for s in snippets])
    wrong = [
        f"step {s.number}: {ran.stderr[-300:] or 'printed something else'}"
        for s, snippet, ran in zip(STEPS, snippets, runs, strict=True)
        if ran.stdout != snippet.output
    ]
    assert not wrong, "\n".join(wrong)


def test_the_course_covers_every_chapter_of_the_notes_from_three_on():
    chapters = {s.section.split(".")[0] for s in STEPS}
    assert chapters == set("三四五六七八")
    assert sum(s.question is not None for s in STEPS) >= 40
    assert sum(s.notes_differ is not None for s in STEPS) >= 10
