"""EquationGrids: a ∘ b = result, side by side or stacked, whichever draws the grids bigger."""

from __future__ import annotations

import pytest
import torch

from tensorviz.core.values import snapshot
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.equation_grids import MIN_GRID_SCALE, EquationGrids


@pytest.fixture
def grids(qtbot, theme):
    widget = EquationGrids(theme)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    return widget


def _fill(widget: EquationGrids, *tensors: torch.Tensor) -> None:
    for panel, t in zip(widget.panels.values(), tensors, strict=True):
        panel.grid.set_snapshot(snapshot(t))
    widget.refit()


def _order(widget: EquationGrids) -> list[tuple[int, int]]:
    """(row, column) of a, the sign, b, "=", result in the grid layout."""
    layout = widget.widget().layout()
    a, b, result = widget.panels.values()
    out = []
    for w in (a, widget.signs[0], b, widget.signs[1], result):
        row, col, _, _ = layout.getItemPosition(layout.indexOf(w))
        out.append((row, col))
    return out


def test_small_grids_sit_side_by_side_in_equation_order(grids):
    _fill(grids, torch.arange(3), torch.arange(3), torch.arange(3))
    grids.set_operator("*")
    assert grids.is_horizontal()
    assert _order(grids) == [(0, i) for i in range(5)]
    assert [s.text() for s in grids.signs] == ["*", "="]


def test_wide_grids_in_a_tall_area_are_stacked_and_tall_ones_sit_side_by_side(grids):
    wide = torch.arange(40).reshape(1, 40)
    grids.resize(300, 2400)
    _fill(grids, wide, wide, wide)
    assert not grids.is_horizontal()
    assert _order(grids) == [(i, 0) for i in range(5)]
    tall = torch.arange(40).reshape(40, 1)
    grids.resize(1600, 300)
    _fill(grids, tall, tall, tall)
    assert grids.is_horizontal()
    # a new shape of the area alone rearranges the grids
    _fill(grids, wide, wide, wide)
    grids.resize(300, 2400)
    assert not grids.is_horizontal()


def test_summaries_are_stacked(grids):
    big = torch.zeros(2, 2, 2, 2, 2)  # 5 dims: summarised as text
    _fill(grids, big, big, big)
    assert not grids.is_horizontal()


def test_grids_shrink_at_most_to_the_minimum_scale(grids):
    t = torch.arange(60).reshape(6, 10)
    _fill(grids, t, t, t)
    grid = grids.panels["a"].grid
    hint = grid.sizeHint()
    least = grid.minimumSizeHint()
    assert least.width() == max(grids.theme.px(60), round(hint.width() * MIN_GRID_SCALE))
    assert least.height() == max(grids.theme.px(40), round(hint.height() * MIN_GRID_SCALE))


def test_a_note_stands_in_for_a_missing_grid(grids):
    panel = grids.panels["result"]
    panel.show_grid(False)
    assert panel.note.isVisible() and not panel.grid.isVisible()
    panel.show_grid(True)
    assert panel.grid.isVisible() and not panel.note.isVisible()


def test_names_and_themes(grids):
    assert grids.objectName() == "grids_scroll"
    assert grids.panels["b"].grid.objectName() == "b_grid"
    assert grids.panels["result"].note.objectName() == "result_note"
    big = make_theme("contrast", 200)
    grids.apply_theme(big)
    assert grids.signs[0].font().pointSizeF() == big.font(18, bold=True).pointSizeF()
