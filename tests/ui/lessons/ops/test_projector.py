"""Every example of the ops lesson on a small projector at zoom: the picture fits its width.

At 1024x768 and zoom 150 the matrix product's picture was 919 px wide in a 596 px view (its
heading on one line, each grid asking for 270 px) and the in-place page's verdict badges stood
in one row 598 px wide: the room saw A and B but not C, and prose cut mid-word. The picture
scrolled sideways even at 1920x1080. Each topic and each of its examples is shown here, as a
lecturer clicks through them, and the picture must neither scroll sideways nor cut a text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tensorviz.ui.widgets.tensor_grid import MIN_TEXT_PX, TensorGrid
from tests.ui.test_projector_sizes import (
    LANGS,
    cut_texts,
    open_projector_window,
    settle,
    sideways,
)

TOPICS = ("item", "elementwise", "hadamard", "matmul")


def test_every_example_fits_a_small_projector_at_zoom(projector_window):
    lesson = projector_window.select_lesson("ops")
    problems: list[str] = []
    shown = 0
    for topic in TOPICS:
        lesson.view.topic_buttons[topic].click()
        settle(projector_window)
        page = lesson.view.page(topic)
        combo = page.preset_combo
        for i in range(len(page._preset_keys)):
            combo.setCurrentIndex(i)
            combo.activated.emit(i)  # as a click on the entry
            settle(projector_window)
            shown += 1
            where = f"{topic} {page._preset_keys[i]}"
            found, _ = cut_texts(projector_window)
            problems += [f"{where}: {p}" for p in sideways(projector_window) + found]
    assert shown == 28
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_matrix_product_fits_the_wider_projectors_at_zoom(projector_window, size):
    """It scrolled sideways by 68 px at 1280x720 and 198 px at 1920x1080 (zoom 150)."""
    lesson = projector_window.select_lesson("ops")
    lesson.view.topic_buttons["matmul"].click()
    projector_window.resize(*size)
    settle(projector_window)
    assert not sideways(projector_window)
    page = lesson.view.page("matmul")
    c = page.cell_grids["c"]
    assert c.isVisible() and c.visibleRegion().boundingRect().width() == c.width()


def test_a_users_six_by_six_product_fits_a_small_projector_at_zoom(projector_window):
    """Two 6x6 operands typed in: side by side the three grids needed 791 px at their least
    readable size (0.4 of their drawing) in a 596 px view, and the room saw A and B but half
    of C. Where they do not fit side by side they stand one under another, each drawn bigger;
    where they fit (the examples, a wider window) they stay side by side."""
    lesson = projector_window.select_lesson("ops")
    lesson.view.topic_buttons["matmul"].click()
    page = lesson.view.page("matmul")
    six = str([[6 * i + j for j in range(6)] for i in range(6)])
    for edit in (page.a_edit, page.b_edit):
        edit.setText(six)
        edit.setModified(True)
    page.b_edit.editingFinished.emit()
    settle(projector_window)
    c = page.cell_grids["c"]
    assert c.snapshot() is not None and c.snapshot().shape == (6, 6)
    assert not sideways(projector_window)
    found, _ = cut_texts(projector_window)
    assert not found
    a, b = page.cell_grids["a"], page.cell_grids["b"]
    assert a.geometry().bottom() < b.geometry().top() < c.geometry().top()  # one under another
    for grid in (a, b, c):
        assert grid.width() >= 0.6 * grid.sizeHint().width()  # bigger than side by side
    area = lesson.view.picture_area()
    right = c.mapTo(area.widget(), QPoint(c.width(), 0)).x()
    assert right <= area.viewport().width()  # C whole across (the room scrolls down to it)
    projector_window.resize(1920, 1080)
    projector_window.set_zoom(100)
    settle(projector_window)
    assert a.geometry().top() == b.geometry().top() == c.geometry().top()  # room: side by side
    assert not sideways(projector_window)
    # side by side at one scale: C (4-digit numbers) was squeezed to 0.4 of its drawing
    # beside an A at 0.76 (zoom 200)
    scales = [grid.width() / grid.sizeHint().width() for grid in (a, b, c)]
    assert max(scales) - min(scales) < 0.02, scales


def blank_grids(window) -> list[str]:
    """The grids on screen whose cells are drawn too small to write their values in (at the
    grid's own zoom: the equations draw theirs larger than the window's)."""
    blank = []
    for grid in window.current_lesson().findChildren(TensorGrid):
        g, snap = grid._geometry, grid.snapshot()
        if not grid.isVisible() or g is None or snap is None or snap.text is None:
            continue
        if g.cell_h * grid._transform()[0] < grid._theme.px(MIN_TEXT_PX):
            blank.append(f"{grid.objectName()}: cells {g.cell_h * grid._transform()[0]:.1f} px")
    return blank


def test_every_grid_of_the_lecture_writes_its_values_on_a_small_projector(projector_window):
    # the lecture's header takes 170 px of the 768: at the hadamard step the four 2x3 grids
    # had 16 px cells, under the height values are written at, and showed colours only
    lecture = projector_window.lecture
    problems = []
    for step in lecture.track.steps:
        if step.lesson != "ops":
            continue
        lecture.enter(step.number)
        settle(projector_window)
        problems += [f"step {step.number}: {p}" for p in blank_grids(projector_window)]
    assert not problems, "\n".join(problems)


def test_pages_built_ahead_leave_the_controls_column_as_the_topic_shown_needs(projector_window):
    # the warm-up builds every topic's page; with Qt's stack the column then took the widest
    # page's width on every topic: a sideways scroll bar
    lesson = projector_window.select_lesson("ops")
    lesson.view.topic_buttons["item"].click()
    settle(projector_window)
    lesson.view.build_ahead()
    settle(projector_window)
    column = lesson.view.controls_scroll
    assert not column.horizontalScrollBar().isVisible()
    assert not sideways(projector_window)


@pytest.mark.parametrize("zoom", [150, 200])
@pytest.mark.parametrize("lang", LANGS)
def test_the_chain_of_calls_fits_a_small_projector_in_the_lecture(qtbot, lang, zoom):
    """The course's chains, opened as ``--step 37`` opens them at 1024x768: the first card's
    code read "data = torch.randint(0" / "10, (2, 3))", its comma cut at the card's edge (a
    label wraps only at spaces); the single call's page, never drawn, asked for 700 px, so
    the picture scrolled sideways and the third card stood cut at its edge; at zoom 200
    three cards to a row did not fit either; a grid's title over three columns read
    "float3" (cut_texts measures every label's longest word against its width too)."""
    with open_projector_window(lang, zoom=zoom) as window:
        qtbot.waitExposed(window)
        lecture = window.lecture
        steps = [
            step.number
            for step in lecture.track.steps
            if step.lesson == "ops"
            and step.state.topic == "elementwise"
            and step.state.elementwise.mode == "chain"
        ]
        assert len(steps) >= 3
        problems: list[str] = []
        try:
            for number in steps:
                lecture.enter(number)
                settle(window)
                lecture.reveal()
                settle(window)
                cards = window.current_lesson().view.elementwise.chain_picture
                assert cards.isVisible() and cards.columns() >= (2 if zoom == 150 else 1)
                found, _ = cut_texts(window)
                found += sideways(window)
                problems += [f"step {number}: {p}" for p in found]
        finally:
            lecture.leave()
    assert not problems, "\n".join(problems)
