"""The line fit's loss landscape: contours of the loss over (a, b), the minimum, the Hessian's
two eigen-directions through it, and the path of every shown run with its current epoch.

Data in, picture out: :meth:`LandscapePlot.set_data` takes a
:class:`~tensorviz.core.landscape.Landscape` (computed by the lesson) and the runs to draw,
each with its label and colour. Whatever did not change since the last call is not drawn
again: moving the epoch cursor moves the markers only. The plot is its own GraphicsView, so
its changes never repaint the lesson's other plots.

Clicking or dragging on the landscape asks for a new start: :attr:`LandscapePlot.start_picked`
carries the (a, b) under the pointer; the view stays still while a drag lasts (the landscape
may grow to hold the new start: it is framed again when the drag ends).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QWidget

from tensorviz.core.descent import Trace
from tensorviz.core.landscape import Landscape
from tensorviz.ui import theme as theme_mod
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.curves import Curve, clip_segments
from tensorviz.ui.widgets.descent_plots import Dot, cached_axes
from tensorviz.ui.widgets.elide import elide_plot_title
from tensorviz.ui.widgets.plot_view import FitsOnce

#: A path's segments are cut at this margin (a fraction of the view's span) outside the view.
#: Qt strokes a line over its whole length, visible or not: a run that diverges slowly zigzags
#: through the minimum out to 1e38, and its dashed path took 50-100 ms a paint (issue 13).
MARGIN = 0.05
#: A path is antialiased when it has at most this many points and its drawn length is at most
#: AA_MAX_LENGTH widths of the view: an antialiased 2 px line across the view costs ~1 ms on
#: the raster engine (xcb), and an oscillating run draws hundreds (40 ms at lr 0.13); aliased
#: they cost a tenth, and a path that dense looks the same.
AA_MAX_POINTS = 150
AA_MAX_LENGTH = 2.0
#: A dashed path longer than this many view widths is drawn solid and thin: the dashes of
#: hundreds of crossing lines (a run diverging slowly) merge into a band anyway, and dashing
#: them cost 6 ms a paint, solid lines 1 ms.
DASH_MAX_LENGTH = 8.0


@dataclass(frozen=True, eq=False)
class Runner:
    """One run to draw: its legend label, its trace and its colour (a theme series index, or
    -1 for the lesson's own run, drawn in the text colour)."""

    label: str
    trace: Trace
    colour: int


class _PickBox(pg.ViewBox):
    """A view box where a left click or drag picks a point instead of panning."""

    def __init__(self, owner: LandscapePlot) -> None:
        super().__init__(enableMenu=False)
        self._owner = owner
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._owner._pick(self.mapSceneToView(ev.scenePos()), final=True)
        else:
            ev.ignore()

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self._owner._dragging = not ev.isFinish()
        self._owner._pick(self.mapSceneToView(ev.scenePos()), final=ev.isFinish())


class _Legend(pg.LabelItem):
    """The landscape's legend: as wide as its widest text since :meth:`reset`. Its lines name
    the runs' learning rates, and a legend that narrowed and widened with them laid the plot
    out again, and repainted all of it, for every value of a dragged slider."""

    widest = 0.0
    _hinted: tuple[float, float] | None = None

    def reset(self) -> None:
        self.widest = 0.0

    def updateGeometry(self) -> None:
        # only when the size it asks for changed: a new text of the same size (another lr)
        # would lay the whole plot out again, for nothing
        if getattr(self, "item", None) is None:  # still being built
            super().updateGeometry()
            return
        hint = (self.widest, self.itemRect().height())
        if hint != self._hinted:
            self._hinted = hint
            super().updateGeometry()

    def updateMin(self) -> None:
        super().updateMin()
        self.widest = max(self.widest, self.itemRect().width())
        self.setMinimumWidth(self.widest)

    def sizeHint(self, hint, constraint):
        size = super().sizeHint(hint, constraint)
        if hint in (Qt.SizeHint.MinimumSize, Qt.SizeHint.PreferredSize):
            size.setWidth(max(size.width(), self.widest))
        return size


class _PlotUnderTitle(pg.PlotItem):
    """A plot whose title its owner lays out: across the plot and its legend (the title's
    room is the whole view's, not the plot's)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.layout.removeItem(self.titleLabel)

    def setTitle(self, title: str | None = None, **args) -> None:
        # pyqtgraph's keeps a row of 30 px for the title in the plot's own layout
        self.titleLabel.setVisible(title is not None)
        if title is not None:
            self.titleLabel.setText(title, **args)


class LandscapePlot(FitsOnce, pg.GraphicsLayoutWidget):
    """Contours of the loss over (a, b) with the runs' paths; click or drag to pick a start."""

    start_picked = Signal(float, float)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        self._dragging = False
        super().__init__(parent)
        self.setObjectName("landscape_plot")
        self._plot = _PlotUnderTitle(
            viewBox=_PickBox(self), axisItems=cached_axes(), enableMenu=False
        )
        self.ci.addItem(self._plot, 1, 0)
        # the title over the plot and the legend beside it: over the plot alone, the legend's
        # width was taken from it, and the title was cut ("Loss over (a, b): click or drag to
        # set the st…" at 1366x768, shorter with the race's runners in the legend)
        self.ci.addItem(self._plot.titleLabel, 0, 0, 1, 2)
        self.theme = theme
        self._scape: Landscape | None = None
        self._runners: tuple[Runner, ...] = ()
        self._cursor = -1
        self._steep_text = ""
        self._caption = ""
        plot = self.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(-20)
        plot.addItem(self.image)
        # every contour level in one item of segments (core computes them, marching squares
        # over torch's grid): one setData per landscape, one path to paint
        self.contours = pg.PlotDataItem(connect="pairs")
        self.contours.setZValue(-10)
        plot.addItem(self.contours, ignoreBounds=True)
        # what stays while the runs change (the shaded loss, its contours, the axes, the
        # minimum, the eigen-directions) is kept as a pixmap: a new path repaints the view,
        # and these are blitted, not drawn again
        cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in (self.image, self.contours.curve, *map(plot.getAxis, ("left", "bottom"))):
            item.setCacheMode(cache)
        self._minimum = pg.ScatterPlotItem(symbol="star")
        self._minimum.setZValue(10)
        plot.addItem(self._minimum)
        self._eigen = [pg.PlotDataItem() for _ in range(2)]
        self._eigen_text = [pg.TextItem(anchor=(0, 1)) for _ in range(2)]
        for line, text in zip(self._eigen, self._eigen_text, strict=True):
            line.setZValue(-5)
            plot.addItem(line, ignoreBounds=True)
            plot.addItem(text, ignoreBounds=True)
        for item in (self._minimum, *(line.curve for line in self._eigen)):
            item.setCacheMode(cache)
        self._eigen_ends: list[tuple[float, float] | None] = [None, None]
        self._paths: list[PathItem] = []
        self._plot.getViewBox().sigRangeChanged.connect(self._on_range_changed)
        self._plot.getViewBox().sigResized.connect(self._fit_eigen_texts)
        self._markers: list[Dot] = []
        # the legend right of the plot: over it, it would hide the paths
        self.legend = _Legend(justify="left")
        self.ci.addItem(self.legend, 1, 1)
        self.ci.layout.setColumnStretchFactor(0, 1)
        self.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        self._legend_rows: list[str] = []
        self.apply_theme(theme)

    # -- data ------------------------------------------------------------------------------
    def set_data(
        self,
        scape: Landscape | None,
        runners: Sequence[Runner] = (),
        *,
        cursor: int = 0,
        labels: tuple[str, str, str] = ("", "", ""),
    ) -> None:
        """Show ``scape`` with ``runners``' paths and their epoch ``cursor`` marked;
        ``labels``: the minimum's legend entry, the steep direction's and the flat one's."""
        runners = tuple(runners)
        new_scape = scape is not self._scape or labels != getattr(self, "_labels", None)
        if new_scape:
            self._scape, self._labels = scape, labels
            if scape is None:  # emptied (a new language): the legend may narrow again
                self.legend.reset()
            self._paint_landscape()
        if new_scape or not _same(runners, self._runners):
            # only what changed is drawn again (a dragged slider changes one run of six)
            before = () if new_scape else self._runners
            self._runners = runners
            self._paint_paths(before)
            self._paint_legend(before)
            self._cursor = -1
        if cursor != self._cursor:
            self._cursor = cursor
            self._paint_cursor()

    def getPlotItem(self) -> pg.PlotItem:  # pyqtgraph's name, as on a PlotWidget
        return self._plot

    @property
    def dragging(self) -> bool:
        """Whether a drag on the landscape is under way (its start is only passing)."""
        return self._dragging

    def set_title(self, title: str) -> None:
        """The plot's title (in the lesson's words)."""
        t = self.theme
        self._title = title
        size = f"{theme_mod.BASE_POINT_SIZE * t.scale:.1f}pt"
        plot = self.getPlotItem()
        layout = self.ci.layout
        left, _, right, _ = layout.getContentsMargins()
        elide_plot_title(self, title, reserve=left + right, across=True, color=t.text, size=size)
        plot.setLabel("bottom", "a")
        plot.setLabel("left", "b")

    # -- reading back (tests) --------------------------------------------------------------
    def landscape(self) -> Landscape | None:
        return self._scape

    def runners(self) -> tuple[Runner, ...]:
        return self._runners

    def path_items(self) -> list[PathItem]:
        """One path item per runner, in order (the points handed to each: xData, yData)."""
        return self._paths[: len(self._runners)]

    def marker_items(self) -> list[Dot]:
        """One marker per runner, at its epoch under the cursor (``pos()``; hidden when that
        epoch is not finite)."""
        return self._markers[: len(self._runners)]

    def legend_labels(self) -> list[str]:
        return list(self._legend_rows)

    def view_position(self, a: float, b: float):
        """Where (a, b) is in the widget's coordinates (for tests: a click there picks it)."""
        scene = self.getPlotItem().getViewBox().mapViewToScene(pg.Point(a, b))
        return self.mapFromScene(scene)

    def eigen_items(self) -> tuple[list[pg.PlotDataItem], list[pg.TextItem]]:
        return self._eigen, self._eigen_text

    # -- painting ----------------------------------------------------------------------------
    def _paint_landscape(self) -> None:
        scape = self._scape
        if scape is None:
            self.image.clear()
            self.contours.setData([], [])
            self._minimum.setData([], [])
            for line, text in zip(self._eigen, self._eigen_text, strict=True):
                line.setData([], [])
                text.hide()
            self._eigen_ends = [None, None]
            return
        ext = scape.extent
        n, m = len(scape.a), len(scape.b)
        da = (ext.a_hi - ext.a_lo) / max(1, n - 1)
        db = (ext.b_hi - ext.b_lo) / max(1, m - 1)
        loss = scape.loss.astype(np.float64)
        shade = np.log10(np.maximum(loss - scape.min_loss, 0) + max(1e-12, loss.max() * 1e-6))
        self.image.setImage(shade, autoLevels=True)
        self.image.setLookupTable(self._lut)
        # pixel i covers a[i] -+ da/2: its centre is the grid's own (a, b)
        self.image.setRect(QRectF(ext.a_lo - da / 2, ext.b_lo - db / 2, n * da, m * db))
        segments = [c.reshape(-1, 2) for c in scape.contours]
        points = np.concatenate(segments) if segments else np.empty((0, 2))
        self.contours.setData(points[:, 0].astype(np.float64), points[:, 1].astype(np.float64))
        a, b = scape.optimum
        self._minimum.setData([a], [b])
        # the eigen-directions through the minimum, up to near the edges of the view
        lo, hi = (ext.a_lo, ext.b_lo), (ext.a_hi, ext.b_hi)
        for k, (line, text) in enumerate(zip(self._eigen, self._eigen_text, strict=True)):
            v = scape.hessian.vectors[k]
            ends = [
                0.9 * _to_edge((a, b), v, lo, hi),
                0.9 * _to_edge((a, b), (-v[0], -v[1]), lo, hi),
            ]
            line.setData(
                [a - ends[1] * v[0], a + ends[0] * v[0]], [b - ends[1] * v[1], b + ends[0] * v[1]]
            )
            sign = 1 if ends[0] >= ends[1] else -1
            end = (a + sign * max(ends) * v[0], b + sign * max(ends) * v[1])
            text.setText(self._labels[1 + k])
            right = end[0] > (ext.a_lo + ext.a_hi) / 2
            top = end[1] > (ext.b_lo + ext.b_hi) / 2
            text.setAnchor((1 if right else 0, 0 if top else 1))
            self._eigen_ends[k] = end
            text.show()
        self._fit_eigen_texts()
        if not self._dragging:
            self.frame()

    def frame(self) -> None:
        """Fit the view to the landscape's extent (after a drag, or for a new landscape)."""
        if self._scape is not None:
            e = self._scape.extent
            self.getPlotItem().getViewBox().setRange(
                xRange=(e.a_lo, e.a_hi), yRange=(e.b_lo, e.b_hi), padding=0
            )

    def _pen(self, colour: int, width: float = 2.0):
        t = self.theme
        if colour < 0:
            return pg.mkPen(t.text, width=width * t.scale, style=Qt.PenStyle.DashLine)
        return theme_mod.series_pen(t, colour, width=width)

    def _clip_rect(self) -> tuple[float, float, float, float] | None:
        """Where paths are drawn: the landscape and the view (they differ while a drag lasts),
        and a margin, as (a_lo, b_lo, a_hi, b_hi)."""
        if self._scape is None:
            return None
        e = self._scape.extent
        (x0, x1), (y0, y1) = self.getPlotItem().getViewBox().viewRange()
        lo_a, hi_a = min(e.a_lo, x0), max(e.a_hi, x1)
        lo_b, hi_b = min(e.b_lo, y0), max(e.b_hi, y1)
        pa, pb = MARGIN * (hi_a - lo_a), MARGIN * (hi_b - lo_b)
        return lo_a - pa, lo_b - pb, hi_a + pa, hi_b + pb

    def _on_range_changed(self, *_) -> None:
        """The view moved (framed after a drag): paths are cut to the new view."""
        rect = self._clip_rect()
        for path in self._paths:
            path.clip_to(rect)
        self._fit_eigen_texts()

    def _fit_eigen_texts(self, *_) -> None:
        """Each eigen-direction's label at its line's end, moved along the view's edge as far
        as it takes to keep it whole: in a narrow plot (a small window, a long Chinese label)
        it ran past the plot's edge and was cut."""
        box = self._plot.getViewBox()
        room = box.sceneBoundingRect()
        px, py = box.viewPixelSize()
        for text, end in zip(self._eigen_text, self._eigen_ends, strict=True):
            if end is None or not text.isVisible():
                continue
            text.setPos(*end)
            mine = text.sceneBoundingRect()
            dx = dy = 0.0
            if mine.width() >= room.width() or mine.left() < room.left():
                dx = room.left() - mine.left()
            elif mine.right() > room.right():
                dx = room.right() - mine.right()
            if mine.top() < room.top():
                dy = room.top() - mine.top()
            elif mine.bottom() > room.bottom():
                dy = room.bottom() - mine.bottom()
            if dx or dy:  # scene y grows downwards, b upwards
                text.setPos(end[0] + dx * px, end[1] - dy * py)

    def _paint_paths(self, before: tuple[Runner, ...] = ()) -> None:
        plot = self.getPlotItem()
        while len(self._paths) < len(self._runners):
            path = PathItem()
            marker = Dot()
            marker.setZValue(5)
            plot.addItem(path.curve, ignoreBounds=True)
            plot.addItem(marker, ignoreBounds=True)
            self._paths.append(path)
            self._markers.append(marker)
        t = self.theme
        for i, (path, marker) in enumerate(zip(self._paths, self._markers, strict=True)):
            if i >= len(self._runners) or self._scape is None:
                path.set_path(np.empty(0), np.empty(0), None)
                marker.hide()
                continue
            runner = self._runners[i]
            if i < len(before) and _same((runner,), (before[i],)):
                continue
            p = runner.trace.params
            ok = np.isfinite(p).all(axis=1)
            bad = np.flatnonzero(~ok)
            p = (p[: bad[0]] if bad.size else p).astype(np.float64)
            path.set_path(p[:, 0], p[:, 1], self._clip_rect(), self._pen(runner.colour))
            fill = t.text if runner.colour < 0 else t.series[runner.colour % len(t.series)]
            look = (fill, t.highlight, t.px(2), t.px(11))
            if marker.look != look:
                marker.look = look
                marker.set_look(t.px(11), pg.mkBrush(fill), pg.mkPen(t.highlight, width=t.px(2)))

    def _paint_legend(self, before: tuple[Runner, ...] = ()) -> None:
        t = self.theme
        rows = []
        if self._scape is not None:
            rows.append(("★", t.highlight, self._labels[0]))
            for runner in self._runners:
                if runner.colour < 0:
                    rows.append(("╍╍", t.text, runner.label))
                else:
                    rows.append(("━━", t.series[runner.colour % len(t.series)], runner.label))
        labels = [label for _, _, label in rows]
        if labels == self._legend_rows and before:
            return
        self._legend_rows = labels
        size = f"{theme_mod.BASE_POINT_SIZE * 0.85 * t.scale:.1f}pt"
        self.legend.setText(legend_html(rows, t.text), size=size)

    def _paint_cursor(self) -> None:
        for marker, runner in zip(self._markers, self._runners, strict=False):
            tr = runner.trace
            k = min(self._cursor, tr.epochs)
            p = tr.params[k].astype(np.float64)
            if np.isfinite(p).all() and self._scape is not None:
                marker.place(float(p[0]), float(p[1]))
            else:
                marker.hide()

    # -- picking -----------------------------------------------------------------------------
    def _pick(self, point, final: bool) -> None:
        if self._scape is None:
            return
        a, b = float(point.x()), float(point.y())
        if final:
            self._dragging = False  # the start the drag ends on is no longer only passing
        if math.isfinite(a) and math.isfinite(b):
            self.start_picked.emit(a, b)
        if final:
            self.frame()

    # -- theme -------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = t = theme
        self.setBackground(t.surface)
        theme_mod.style_plot(self.getPlotItem(), t)
        low, high = QColor(t.series[0]), QColor(t.surface)
        ramp = np.linspace(0.0, 1.0, 256)[:, None]
        lo = np.array([low.red(), low.green(), low.blue()], float)
        hi = np.array([high.red(), high.green(), high.blue()], float)
        # near the minimum a light wash of the first series colour, the surface far away
        self._lut = (hi + (lo - hi) * 0.45 * (1 - ramp) ** 1.5).astype(np.ubyte)
        self.contours.setPen(pg.mkPen(t.muted, width=max(1.0, t.scale)))
        self._minimum.setBrush(pg.mkBrush(t.highlight), update=False)
        self._minimum.setPen(pg.mkPen(t.text, width=t.px(1)), update=False)
        self._minimum.setSize(t.px(16))
        for k, line in enumerate(self._eigen):
            colour = t.negative if k == 0 else t.muted
            line.setPen(pg.mkPen(colour, width=t.scale * 2, style=Qt.PenStyle.DotLine))
            self._eigen_text[k].setColor(QColor(colour))
            self._eigen_text[k].setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.85, bold=k == 0))
            # over the paths, on a veil of the surface: readable wherever a run goes
            veil = QColor(t.surface)
            veil.setAlpha(210)
            self._eigen_text[k].fill = pg.mkBrush(veil)
            self._eigen_text[k].setZValue(20)
        self._legend_rows = []
        self.legend.reset()
        self.setMinimumSize(t.px(200), t.px(160))
        self.set_title(getattr(self, "_title", ""))
        if self._scape is not None:
            self._paint_landscape()
            self._paint_paths()
            self._paint_legend()
            self._paint_cursor()


class PathItem:
    """One run's path: the points it was given (``xData``, ``yData``: every finite epoch) and
    the curve that draws them, as segments cut to a rectangle (see :data:`MARGIN`)."""

    def __init__(self) -> None:
        self.xData = self.yData = np.empty(0)
        self.curve = Curve(connect="pairs")
        self._rect: tuple[float, float, float, float] | None = None
        self._pens = (QPen(), QPen())  # as given, and solid

    def set_path(self, x: np.ndarray, y: np.ndarray, rect, pen: QPen | None = None) -> None:
        """Draw the path through (x, y) cut to ``rect`` (None: nothing) with ``pen``."""
        self.xData, self.yData = x, y
        if pen is not None and pen != self._pens[0]:
            solid = QPen(pen)
            solid.setStyle(Qt.PenStyle.SolidLine)
            solid.setWidthF(max(1.0, pen.widthF() / 2))  # lighter: many lines on each other
            self._pens = (pen, solid)
        self._rect = None
        self.clip_to(rect)

    def clip_to(self, rect: tuple[float, float, float, float] | None) -> None:
        if rect == self._rect and rect is not None:
            return
        self._rect = rect
        if rect is None or len(self.xData) < 2:
            self.curve.setData(np.empty(0), np.empty(0))
            return
        xs, ys = clip_segments(self.xData, self.yData, rect)
        # antialiased only where cheap (as the lesson's other plots)
        w, h = rect[2] - rect[0], rect[3] - rect[1]
        length = float(np.hypot(np.diff(xs)[0::2] / w, np.diff(ys)[0::2] / h).sum())
        self.curve.antialias = len(self.xData) <= AA_MAX_POINTS and length <= AA_MAX_LENGTH
        pen = self._pens[1] if length > DASH_MAX_LENGTH else self._pens[0]
        if pen != self.curve.pen():
            self.curve.setPen(pen)
        self.curve.setData(xs, ys)


def legend_html(rows: Sequence[tuple[str, str, str]], text: str) -> str:
    """A legend as one rich text: per row a coloured key (a glyph) and its label. One text
    item is set in well under a millisecond; pyqtgraph's LegendItem builds a widget per row
    (several ms each), too slow for a legend that changes while a slider moves."""
    lines = [
        f'<span style="color:{colour}">{key}</span>&nbsp;'
        f'<span style="color:{text}">{html.escape(label)}</span>'
        for key, colour, label in rows
    ]
    return "<br>".join(lines)


def _to_edge(p, v, lo, hi) -> float:
    """How far from ``p`` along the unit vector ``v`` the rectangle [lo, hi] ends."""
    t = math.inf
    for i in range(2):
        if v[i] > 0:
            t = min(t, (hi[i] - p[i]) / v[i])
        elif v[i] < 0:
            t = min(t, (lo[i] - p[i]) / v[i])
    return max(0.0, t) if math.isfinite(t) else 0.0


def _same(a: tuple[Runner, ...], b: tuple[Runner, ...]) -> bool:
    return len(a) == len(b) and all(
        x.trace is y.trace and x.label == y.label and x.colour == y.colour
        for x, y in zip(a, b, strict=True)
    )


class RaceLoss:
    """The race's loss curves, each in its runner's colour with a legend, drawn on a loss
    plot that belongs to another widget (the lesson's loss per epoch): the curves follow
    that plot's scale (log10 values when ``log``)."""

    def __init__(self, plot: pg.PlotItem, theme: Theme) -> None:
        self.plot = plot
        self.theme = theme
        self.curves: list[Curve] = []
        self._runners: tuple[Runner, ...] = ()
        self._log: bool | None = None
        self.legend = pg.TextItem(anchor=(1, 0))
        self.legend.setParentItem(plot.getViewBox())
        plot.getViewBox().sigResized.connect(self._place_legend)
        self.legend.hide()
        self.apply_theme(theme)

    def set_runs(self, runners: Sequence[Runner], log: bool) -> bool:
        """Draw ``runners``' losses; whether anything changed."""
        runners = tuple(runners)
        if _same(runners, self._runners) and log == self._log:
            return False
        self._runners, self._log = runners, log
        self._paint()
        return True

    def plotted(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each shown runner's loss curve data (tests)."""
        return [
            (np.asarray(c.xData), np.asarray(c.yData)) for c in self.curves[: len(self._runners)]
        ]

    def _paint(self) -> None:
        while len(self.curves) < len(self._runners):
            curve = Curve()
            curve.setZValue(-1)
            self.plot.addItem(curve)
            self.curves.append(curve)
        for i, curve in enumerate(self.curves):
            if i >= len(self._runners):
                curve.setData([], [])
                continue
            runner = self._runners[i]
            loss = runner.trace.loss.astype(np.float64)
            bad = np.flatnonzero(~np.isfinite(loss))
            loss = loss[: bad[0]] if bad.size else loss
            if self._log:
                y = np.log10(np.clip(loss, 1e-30, 1e300))
            else:
                y = np.clip(loss, -1e300, 1e300)
            curve.antialias = len(y) <= 150
            curve.setData(np.arange(len(y), dtype=np.float64), y)
            curve.setPen(theme_mod.series_pen(self.theme, runner.colour, width=1.5))
        t = self.theme
        rows = [("━━", t.series[r.colour % len(t.series)], r.label) for r in self._runners]
        self.legend.setHtml(legend_html(rows, t.text))
        self._place_legend()

    def _place_legend(self, *_) -> None:
        """Top right of the plot (a child of its view box: it stays put when the data move),
        where it fits: in a plot too small for it (a small window), a legend cut at the
        bottom named some runners and hid the curves; the landscape's legend names them all
        in the same colours."""
        rect = self.plot.getViewBox().boundingRect()
        self.legend.setPos(rect.right() - 4, rect.top() + 4)
        mine = self.legend.boundingRect()
        fits = mine.height() <= rect.height() - 8 and mine.width() <= 0.75 * rect.width()
        self.legend.setVisible(bool(self._runners) and fits)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = t = theme
        self.legend.fill = pg.mkBrush(QColor(t.surface))
        self.legend.border = pg.mkPen(t.border)
        self.legend.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.75))
        if self._runners:
            self._paint()
