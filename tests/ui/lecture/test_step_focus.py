"""A step that asks about one part of a lesson's picture shows that part, on a projector too:
the reveal answers the question asked, not one about what happened to be in view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.mode import format_fact
from tensorviz.ui.lecture.track import course

#: the numpy lesson's pairs, by the names its code gives them
PAIR_OF = {"t1": "numpy", "t2": "numpy_copy", "t3": "from_numpy", "t4": "tensor"}
NUMPY_QUESTIONS = [
    s for s in course().steps if s.lesson == "numpy" and s.question is not None and s.question.about
]


@pytest.fixture(scope="module")
def projector(qapp):
    """Chinese on a projector: 1024x768 at zoom 150, where a pair is taller than the view."""
    window = MainWindow(theme="contrast", zoom=150, language="zh_CN", remember=False)
    window.resize(1024, 768)
    window.show()
    yield window
    window.lecture.leave()
    window.close()


def _shown(window, number):
    if window.lecture.active:
        window.lecture.go(number)
    else:
        window.lecture.enter(number)
    lesson = window.current_lesson()
    lesson.settle()
    QApplication.processEvents()
    window.lecture.reveal()
    lesson.settle()
    QApplication.processEvents()
    return lesson


def _in_view(widget, scroll: QScrollArea) -> bool:
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("step", NUMPY_QUESTIONS, ids=lambda s: f"step{s.number}")
def test_the_pair_a_numpy_step_asks_about_is_in_view_and_marked(projector, step):
    (mode,) = {PAIR_OF[w.replace("a", "t", 1)] for w in step.question.about}
    lesson = _shown(projector, step.number)
    view = lesson.view
    scroll = view.findChild(QScrollArea, "pairs_scroll")
    panel = lesson.panel(mode)
    # both of its grids, whole, where the class looks after the reveal
    assert _in_view(panel.tensor_grid, scroll), f"step {step.number}: {mode}'s tensor is not shown"
    assert _in_view(panel.array_grid, scroll), f"step {step.number}: {mode}'s array is not shown"
    assert _in_view(panel.code, scroll)  # the line that makes the pair, over it
    # and it alone is marked as the pair the step is about
    assert [m for m, p in view.panels.items() if p.is_focused()] == [mode]
    # its code and what that code printed head the code pane (they showed pair 1's)
    k = list(PAIR_OF.values()).index(mode)
    pane = lesson.code_pane
    code = pane.code_view().firstVisibleBlock().text()
    assert code.startswith(f"# {k + 1})"), (step.number, code)
    # before it, each pair printed its dtypes, whether memory is shared, and its 2x3
    # tensor and array on two lines each: six lines a pair
    assert pane.output_view().firstVisibleBlock().blockNumber() == 6 * k


CELL_QUESTIONS = [
    s
    for s in course().steps
    if s.lesson == "ops" and s.question is not None and s.question.fact.startswith("C[")
]


@pytest.mark.parametrize("step", CELL_QUESTIONS, ids=lambda s: f"step{s.number}")
def test_the_cell_a_product_step_asks_about_is_the_one_written_out(projector, step):
    lesson = _shown(projector, step.number)
    cell = step.question.fact  # "C[1, 2]"
    formulas = [
        label
        for label in lesson.view.findChildren(QLabel)
        if label.objectName().endswith("formula_label") and label.isVisible()
    ]
    assert formulas
    for label in formulas:  # the reveal explains the cell asked about, with torch's value
        value = format_fact("value", lesson.facts()[cell])
        assert label.text().startswith(f"{cell} = "), (step.number, label.text())
        assert label.text().endswith(f"= {value}"), (step.number, label.text())
