"""The dtype lesson's table on small screens: every column in sight."""

from __future__ import annotations

import pytest
import torch

from tensorviz.core.dtypes import dtype_table
from tensorviz.ui.lessons.dtype.table import (
    NARROW_COLUMNS,
    NARROWEST_COLUMNS,
    WIDE_COLUMNS,
    TablePage,
)
from tensorviz.ui.theme import make_theme
from tests.ui.test_projector_sizes import settle


def _columns_in_sight(table) -> tuple[int, int]:
    header = table.horizontalHeader()
    return sum(header.sectionSize(c) for c in range(table.columnCount())), table.viewport().width()


def test_the_precision_step_shows_eps_and_resolution_on_a_small_projector(projector_window):
    # The course's step on bits, range and precision, at 1024x768 zoom 150: the table chose
    # three columns (538 px of 556) and stood 674 px wide, its last column stretched as the
    # tab was shown: eps and resolution, what the step is about, beyond the table's edge.
    lecture = projector_window.lecture
    step = next(s for s in lecture.track.steps if s.lesson == "dtype" and s.state.tab == "table")
    lecture.enter(step.number)
    settle(projector_window)
    page = projector_window.current_lesson().view.table_page
    table = page.table
    assert page._columns() == NARROW_COLUMNS
    wide, room = _columns_in_sight(table)
    assert wide <= room, f"the columns take {wide} px of {room}"
    eps = torch.finfo(torch.float16).eps
    cells = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert any(str(eps) in cell or f"{eps:.4g}" in cell for cell in cells)


def test_two_columns_where_three_do_not_fit(qtbot):
    # narrower still (a half screen at zoom 150): the numbers share one column, a line each
    page = TablePage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.draw(dtype_table(), make_theme("light", 150))
    qtbot.waitUntil(lambda: page._columns() == WIDE_COLUMNS)
    page.resize(470, 700)
    qtbot.waitUntil(lambda: page._columns() == NARROWEST_COLUMNS)
    table = page.table
    assert table.columnCount() == 2
    names = [table.item(r, 0).text().split(" / ")[0] for r in range(table.rowCount())]
    f16 = torch.finfo(torch.float16)
    lines = table.item(names.index("float16"), 1).text().splitlines()
    assert [float(v) for v in lines] == [
        f16.min,
        f16.max,
        pytest.approx(f16.eps, 1e-3),
        f16.resolution,
    ]
    wide, room = _columns_in_sight(table)
    assert wide <= room
