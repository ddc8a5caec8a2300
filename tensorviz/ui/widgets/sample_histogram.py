"""A histogram of a large random sample against the density its distribution should have,
with the asked and the measured mean, standard deviation and variance beside it."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tensorviz.core.create import Histogram
from tensorviz.ui.theme import Theme, configure_pyqtgraph, series_pen, style_plot_widget
from tensorviz.ui.widgets.plot_view import FirstSizeHint, FitsOnce
from tensorviz.ui.widgets.wrapping_label import NaturalWrappingLabel

configure_pyqtgraph()


def _fmt(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value != 0 and not 1e-3 <= abs(value) < 1e6:
        return f"{value:.4g}"  # 1e+300, not three hundred digits
    return f"{value:.4f}"


def _short(value: float) -> str:
    """As the table writes it, without its trailing zeros: 3, 0.2887, 0.0833, 1e+300."""
    text = _fmt(value)
    return text.rstrip("0").rstrip(".") if "." in text and "e" not in text else text


class _Plot(FirstSizeHint, FitsOnce, pg.PlotWidget):
    """The histogram's plot: the size hint it first gave, fitted once per zoom."""


class SampleHistogram(QWidget):
    """Paints a :class:`~tensorviz.core.create.Histogram` (bars: measured density; line or
    points: the expected density) and a small table of asked vs measured statistics."""

    STATS = ("mean", "std", "var")

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_histogram")
        self._theme = theme
        self._histogram: Histogram | None = None
        self.plot = _Plot()
        self.plot.setObjectName("histogram_plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        for axis in ("left", "bottom"):
            self.plot.getPlotItem().getAxis(axis).enableAutoSIPrefix(False)
        self._legend = self.plot.getPlotItem().addLegend(offset=(-10, 10))
        self._bars = pg.BarGraphItem(x0=[], x1=[], height=[], width=None)
        self._curve = pg.PlotDataItem([], [])
        self.plot.addItem(self._bars)
        self.plot.addItem(self._curve)
        # Wrapped, as tall as their lines at their width and no taller, without declaring
        # height-for-width: plain wrapped labels made the histogram's box height-for-width,
        # and a vertical box places such an item at its *preferred* height for the width
        # while it tells the scroll area only the item's least; the picture got less than its
        # box then needed, and the box took it from the grids above (create, course step 18
        # at 1024x768 zoom 150: a grid 7 px tall over its caption)
        self._heading = NaturalWrappingLabel()
        self._col_asked = QLabel()
        self._col_measured = QLabel()
        self._labels: dict[str, QLabel] = {}
        self._asked: dict[str, QLabel] = {}
        self._measured: dict[str, QLabel] = {}
        table = QGridLayout()
        table.addWidget(self._col_asked, 0, 1)
        table.addWidget(self._col_measured, 0, 2)
        for row, name in enumerate(self.STATS, start=1):
            label = QLabel(name)
            asked = QLabel()
            measured = QLabel()
            asked.setObjectName(f"asked_{name}")
            measured.setObjectName(f"measured_{name}")
            for w in (asked, measured):
                w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            table.addWidget(label, row, 0)
            table.addWidget(asked, row, 1)
            table.addWidget(measured, row, 2)
            self._labels[name] = label
            self._asked[name] = asked
            self._measured[name] = measured
        self._note = NaturalWrappingLabel()
        self._note.setProperty("role", "muted")
        side = QVBoxLayout()
        side.addWidget(self._heading)
        side.addLayout(table)
        side.addWidget(self._note)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(theme.px(260))
        self._side = side_widget
        row_layout = QHBoxLayout(self)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.plot, 1)
        row_layout.addWidget(side_widget)
        self.retranslate()
        self.apply_theme(theme)

    # -- public ----------------------------------------------------------------------------
    def set_histogram(self, histogram: Histogram | None) -> None:
        self._histogram = histogram
        self._repaint()
        self._set_heading()
        self._set_note()

    def _set_heading(self) -> None:
        h = self._histogram
        n = f"{h.n:,}" if h is not None else "0"
        self._heading.setText(self.tr("{0} draws of the same distribution").format(n))

    def _set_note(self) -> None:
        """How to read the plot, and the variance of the call drawn: its own std squared (the
        note said "std 3 means variance 9", normal(2, 3)'s, under rand's histogram too)."""
        note = self.tr(
            "Bars: the share of draws in each bin, per unit (a density). The line: the "
            "density the distribution should have. The more draws, the closer they get."
        )
        h = self._histogram
        if h is not None:
            note += " " + self.tr("var = std², so std {0} means variance {1}.").format(
                _short(h.asked_std), _short(h.asked_var)
            )
        self._note.setText(note)

    def histogram(self) -> Histogram | None:
        return self._histogram

    def measured_text(self, name: str) -> str:
        return self._measured[name].text()

    def asked_text(self, name: str) -> str:
        return self._asked[name].text()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        style_plot_widget(self.plot, theme)
        for label in self._labels.values():
            label.setFont(theme.font(10, mono=True))
        for w in (*self._asked.values(), *self._measured.values()):
            w.setFont(theme.font(10, mono=True))
        self._heading.setFont(theme.font(10, bold=True))
        self._side.setMaximumWidth(theme.px(260))
        # A fixed room for the density labels ("0.125"): pyqtgraph fits it to the labels of
        # the first paint and corrects it an event later, so a plot that appeared in a lesson
        # already on screen was drawn shifted until then.
        self.plot.getPlotItem().getAxis("left").setWidth(theme.px(40))
        self._refill_legend()
        self._repaint()

    def retranslate(self) -> None:
        self._col_asked.setText(self.tr("asked"))
        self._col_measured.setText(self.tr("measured"))
        self._set_heading()
        self._set_note()
        self.plot.getPlotItem().setLabel("bottom", self.tr("value"))
        # No rotated y label: rotated CJK text is hard to read; the note says "density".
        style_plot_widget(self.plot, self._theme)
        self._refill_legend()

    def _refill_legend(self) -> None:
        """Legend labels take their size and colour (set by ``style_plot_widget``, called
        before this) when added, so add them again."""
        self._legend.clear()
        self._legend.addItem(self._bars, self.tr("measured"))
        self._legend.addItem(self._curve, self.tr("expected"))

    # -- painting --------------------------------------------------------------------------
    def _repaint(self) -> None:
        h = self._histogram
        t = self._theme
        if h is None:
            self._bars.setOpts(x0=[], x1=[], height=[])
            self._curve.setData([], [])
            for name in self.STATS:
                self._asked[name].setText("")
                self._measured[name].setText("")
            return
        fill = QColor(t.series[0])
        fill.setAlpha(150)
        self._bars.setOpts(
            x0=h.edges[:-1],
            x1=h.edges[1:],
            height=h.density,
            brush=fill,
            pen=pg.mkPen(t.series[0], width=max(1, t.px(1))),
        )
        if h.discrete:
            self._curve.setData(
                h.curve_x,
                h.curve_y,
                pen=None,
                symbol="o",
                symbolSize=t.px(9),
                symbolBrush=t.series[1],
                symbolPen=pg.mkPen(t.text, width=max(1, t.px(1))),
            )
        else:
            self._curve.setData(h.curve_x, h.curve_y, pen=series_pen(t, 1, 3.0), symbol=None)
        # a mean of 9e18 or a std of 1e300 makes densities of 0 or inf and edges near inf:
        # pyqtgraph refuses (or overflows on) such a range, so only one it can hold is set;
        # the table beside the plot still says what was asked and measured
        top = float(np.nanmax([*h.density, *h.curve_y, 1e-9])) * 1.12
        if _plottable(0.0, top):
            self.plot.setYRange(0, top, padding=0)
        low, high = float(h.edges[0]), float(h.edges[-1])
        if _plottable(low, high):
            self.plot.setXRange(low, high, padding=0.02)
        asked = {"mean": h.asked_mean, "std": h.asked_std, "var": h.asked_var}
        measured = {"mean": h.measured_mean, "std": h.measured_std, "var": h.measured_var}
        for name in self.STATS:
            self._asked[name].setText(_fmt(asked[name]))
            self._measured[name].setText(_fmt(measured[name]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


#: The largest magnitude of a plot range pyqtgraph computes with safely (it squares spans).
_MAX_RANGE = 1e100


def _plottable(low: float, high: float) -> bool:
    return bool(np.isfinite(low) and np.isfinite(high) and max(abs(low), abs(high)) < _MAX_RANGE)
