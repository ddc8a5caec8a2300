"""Curve: the data kept as handed over, and drawn where they are, also far out of the view."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor

from tensorviz.ui.widgets import curves
from tensorviz.ui.widgets.curves import Curve

RED = QColor(220, 0, 0)


@pytest.fixture
def view(qtbot):
    widget = pg.PlotWidget(background="w")
    qtbot.addWidget(widget)
    widget.resize(300, 300)
    plot = widget.getPlotItem()
    plot.getViewBox().disableAutoRange()
    plot.getViewBox().setRange(xRange=(0, 10), yRange=(0, 10), padding=0)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _curve(view, x, y, connect="all", width: float = 3) -> Curve:
    curve = Curve(connect)
    curve.setPen(pg.mkPen(RED, width=width))
    view.getPlotItem().addItem(curve)
    curve.setData(x, y)
    return curve


def _red_at(view, x: float, y: float) -> bool:
    """Whether the view shows the pen's red within two pixels of data point (x, y)."""
    vb = view.getPlotItem().getViewBox()
    pos = view.mapFromScene(vb.mapViewToScene(pg.Point(x, y)))
    image = view.grab().toImage()
    ratio = image.devicePixelRatio()
    cx, cy = int(pos.x() * ratio), int(pos.y() * ratio)
    for dx in range(-2, 3):
        for dy in range(-2, 3):
            colour = image.pixelColor(cx + dx, cy + dy)
            if colour.red() > 180 and colour.red() - max(colour.green(), colour.blue()) > 80:
                return True
    return False


def test_the_data_are_kept_as_handed_over_and_cut_into_segments(view):
    x, y = np.array([0.0, 1.0, np.nan, 3.0, 4.0]), np.array([1.0, 2.0, 3.0, 4.0, 5.0])
    curve = _curve(view, x, y)
    xs, ys = curve.getData()
    assert xs is curve.xData and np.array_equal(xs, x, equal_nan=True)
    assert np.array_equal(ys, y)
    assert curve.segment_count() == 2  # 0-1 and 3-4: the segments at the nan go
    pairs = _curve(view, [0, 1, 2, 3, 4], [0, 1, 2, 3, 4], connect="pairs")
    assert pairs.segment_count() == 2  # 0-1, 2-3; the odd point out draws nothing
    curve.setData([], [])
    assert curve.getData() == (None, None) and curve.segment_count() == 0


def test_the_segments_are_drawn_with_the_pen(view, qtbot):
    _curve(view, [1.0, 9.0], [1.0, 9.0])
    qtbot.waitUntil(lambda: _red_at(view, 5, 5))
    assert _red_at(view, 2, 2) and _red_at(view, 8, 8)
    assert not _red_at(view, 2, 8)  # off the line: the background


def test_a_line_from_far_out_of_the_view_is_drawn_where_it_crosses_it(view, qtbot, monkeypatch):
    """A fitted line that flew off (the lesson clips its values at 1e300): Qt's rasterizer
    drops lines with coordinates that large, so the curve cuts them to the view first."""
    # from below the view to above it, through (5, 0): upright on the screen
    _curve(view, [-1.0, 11.0], [-1e300, 1e300], width=2)
    qtbot.waitUntil(lambda: _red_at(view, 5, 5))
    assert _red_at(view, 5, 2) and _red_at(view, 5, 8)
    assert not _red_at(view, 4, 5) and not _red_at(view, 6, 5)


def test_far_out_lines_are_not_drawn_uncut(view, qtbot, monkeypatch):
    """What the cut is for: the same line given to Qt as it is is not drawn (if this starts
    to fail, Qt draws such lines itself and the cut could go)."""
    monkeypatch.setattr(curves, "FAR_PX", float("inf"))
    _curve(view, [-1.0, 11.0], [-1e300, 1e300], width=2)
    qtbot.wait(100)
    assert not _red_at(view, 5, 5)


def test_a_flat_line_is_drawn(view, qtbot):
    """A constant series has a rectangle of no height: padded, Qt does not skip it."""
    _curve(view, [1.0, 9.0], [5.0, 5.0])
    qtbot.waitUntil(lambda: _red_at(view, 5, 5))
    zero = _curve(view, [1.0, 9.0], [0.0, 0.0])
    assert zero.boundingRect().height() > 0
