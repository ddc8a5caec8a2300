"""SampleHistogram: the bars are the sample's density, the statistics those torch measured."""

from __future__ import annotations

import numpy as np
import pytest

from tensorviz.core import create as core
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.sample_histogram import SampleHistogram


def histogram(**fields) -> core.Histogram:
    result = core.build(core.Request(**fields))
    assert result.histogram is not None
    return result.histogram


@pytest.fixture
def widget(qtbot, theme):
    w = SampleHistogram(theme)
    qtbot.addWidget(w)
    w.resize(700, 300)
    w.show()
    return w


def test_bars_and_table_show_the_histogram(widget):
    h = histogram(constructor="torch.normal", mean="2", std="3")
    widget.set_histogram(h)
    assert widget.histogram() is h
    bars = widget._bars.opts
    assert np.array_equal(bars["height"], h.density)
    assert np.array_equal(bars["x0"], h.edges[:-1]) and np.array_equal(bars["x1"], h.edges[1:])
    assert widget.asked_text("mean") == "2.0000" and widget.asked_text("var") == "9.0000"
    for name in ("mean", "std", "var"):
        assert widget.measured_text(name) == f"{getattr(h, f'measured_{name}'):.4f}"
    x, y = widget._curve.getData()
    assert np.allclose(x, h.curve_x) and np.allclose(y, h.curve_y)
    assert widget._heading.text() == "100,000 draws of the same distribution"


def test_whole_numbers_are_points_and_extreme_values_stay_short(widget):
    widget.set_histogram(histogram(constructor="torch.randint", low="0", high="6"))
    assert widget._curve.opts["symbol"] == "o" and widget._curve.opts["pen"] is None
    widget.set_histogram(histogram(constructor="torch.normal", mean="1e300", std="1"))
    assert widget.asked_text("mean") == "1e+300"


def test_no_histogram_clears_everything(widget):
    widget.set_histogram(histogram(constructor="torch.rand"))
    widget.set_histogram(None)
    assert len(widget._bars.opts["height"]) == 0
    assert all(widget.measured_text(n) == "" for n in SampleHistogram.STATS)


def test_theme_and_zoom_keep_the_data(widget):
    h = histogram(constructor="torch.randn")
    widget.set_histogram(h)
    for name, zoom in (("dark", 200), ("contrast", 50)):
        widget.apply_theme(make_theme(name, zoom))
        assert np.array_equal(widget._bars.opts["height"], h.density)
        assert widget.measured_text("std") == f"{h.measured_std:.4f}"
