"""Every example of the create lesson on a small projector at zoom: the picture fits its width.

At 1024x768 and zoom 150 the picture is ~580 px wide; the grids beside the attribute table
needed 620-740 (the 4-D example the most), so the picture scrolled sideways and the room saw
the table cut at ".shape torch.Size([" (and torch's warning for "given a tensor", one
51-character word in mono, was wider than the view). Each example is pressed here, as a
lecturer does, in zh_CN and en, and the picture must neither scroll sideways nor cut or
overlap a text.
"""

from __future__ import annotations

import pytest

from tensorviz.ui.lessons.create.state import PRESETS, State
from tensorviz.ui.widgets.tensor_grid import MIN_TEXT_PX
from tests.ui.test_projector_sizes import LANGS, cut_texts, open_projector_window, settle, sideways


def test_every_example_fits_a_small_projector_at_zoom(projector_window):
    lesson = projector_window.select_lesson("create")
    problems: list[str] = []
    for key in PRESETS:
        lesson.view.preset_buttons[key].click()  # the example a lecturer presses
        settle(projector_window)
        assert lesson.state.preset == key
        found, _ = cut_texts(projector_window)
        problems += [f"{key}: {p}" for p in sideways(projector_window) + found]
    assert not problems, "\n".join(problems)


def _place(widget, lesson) -> tuple[int, int]:
    """Where ``widget`` is in the lesson's picture: (left, top)."""
    at = widget.mapTo(lesson.view.picture_area().widget(), widget.rect().topLeft())
    return at.x(), at.y()


def test_the_table_goes_under_the_grids_only_where_both_do_not_fit(projector_window):
    """Under the grids on the small projector, beside them (as before) at 1600x1000; a value
    longer than any projector is wide (a user's 24-D shape) wraps there, whole."""
    lesson = projector_window.select_lesson("create")
    settle(projector_window)
    table, grid_box = lesson.view.attributes_box, lesson.view.compare_box
    assert _place(table, lesson)[1] >= _place(grid_box, lesson)[1] + grid_box.height()
    projector_window.set_zoom(100)
    projector_window.resize(1600, 1000)
    settle(projector_window)
    assert _place(table, lesson)[1] == _place(lesson.view.main_box, lesson)[1]
    assert _place(table, lesson)[0] >= _place(grid_box, lesson)[0] + grid_box.width()
    projector_window.set_zoom(150)
    projector_window.resize(1024, 768)
    size = ", ".join(["1"] * 24)
    lesson.set_state(State().with_fields(constructor="torch.zeros", source="size", size=size))
    settle(projector_window)
    shape = lesson.view.attr_values["shape"]
    assert shape.text() == f"torch.Size([{size}])"
    assert shape.height() >= 2 * shape.fontMetrics().lineSpacing()  # wrapped, not cut
    assert not sideways(projector_window) and not cut_texts(projector_window)[0]


def test_the_grids_keep_their_height_over_a_histogram_in_lecture(projector_window):
    """Course step 18 (torch.rand with a histogram) in lecture mode: the histogram's wrapped
    heading asked the picture's box for its *preferred* height as its least, the box gave
    the grids less than their minimum (83 of 184 px in zh_CN), and the grid was drawn 7 px tall
    over its caption. The picture scrolls instead."""
    projector_window.lecture.enter(18)
    settle(projector_window)
    view = projector_window.current_lesson().view
    assert view.histogram_box.isVisible()
    box = view.main_box
    assert box.height() >= box.minimumSizeHint().height()
    assert view.grid.height() >= view.grid.minimumSizeHint().height()
    assert not sideways(projector_window) and not cut_texts(projector_window)[0]


def test_linspaces_ten_values_are_written_on_a_small_projector(projector_window):
    # "linspace 大值" (the course's step 17): ten values in one row were scaled down until
    # none was written, blank cells at 1024x768 zoom 150; in two rows of five each is
    lesson = projector_window.select_lesson("create")
    lesson.view.preset_buttons["linspace"].click()
    settle(projector_window)
    grid, theme = lesson.view.grid, projector_window.theme
    assert grid.snapshot().shape == (10,)
    assert grid.cell_rect((0,)).height() >= theme.px(11)  # what the grid writes values at
    assert grid.cell_rect((5,)).top() > grid.cell_rect((4,)).bottom()  # the second row
    assert grid.text_of((9,)) == "1e+07"


@pytest.mark.parametrize("lang", LANGS)
def test_every_example_writes_its_values_on_a_laptop(qtbot, lang):
    """At 1366x768, the commonest laptop screen, the grids beside the whole attribute table
    were left ~115 px: normal(2, 3)'s 2x4 floats became a strip of colour 20 px tall, numpy
    randn's 3x5 too, no value and no index written. The table goes under them instead."""
    with open_projector_window(lang, zoom=100, size=(1366, 768)) as window:
        qtbot.waitExposed(window)
        lesson = window.select_lesson("create")
        least = window.theme.px(MIN_TEXT_PX)  # the grid writes values in cells this tall
        blank = []
        for key in PRESETS:
            lesson.view.preset_buttons[key].click()
            settle(window)
            for grid in (lesson.view.grid, lesson.view.compare_grid):
                snap = grid.snapshot()
                if not grid.isVisible() or snap is None or snap.text is None:
                    continue
                first = (0,) * len(snap.shape)
                if grid.cell_rect(first).height() < least:
                    blank.append(f"{key}: {grid.objectName()} {snap.shape}")
        assert not blank, blank
