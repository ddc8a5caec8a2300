"""The four plots of a gradient-descent run: where the parameters go (the path of x on the
parabola, or the data with the current line), the parameters per epoch, the loss per epoch, and
the final loss against the learning rate (the sweep strip).

Data in, picture out: :meth:`DescentPlots.set_data` takes the run (a
:class:`~tensorviz.core.descent.Trace`), the epoch under the cursor, runs to overlay (a pinned
run; later the runs of an optimizer race), the sweep and the loss axis' scale. Whatever did not
change since the last call is not drawn again: moving the cursor repaints the cursor only, and
an unchanged sweep is not rebuilt (a dragged learning-rate slider stays fast). The plots frame
their data in 1-2-5 bounds kept while the data fit them (:func:`nice_span`), and the axes keep
their recent pictures (:class:`CachedAxis`), so a new lr seldom makes an axis draw its ticks
again; :meth:`DescentPlots.settle` frames afresh, for pictures that do not depend on history.

Values are drawn as they are: float32 stops at 3.4e38, so finite values need no clipping; only
float64 products drawn from them (x**2 of the path) are capped at :data:`CLIP`. A run that blows
up is drawn up to its last finite epoch, and the place is marked.
"""

from __future__ import annotations

import functools
import math
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGridLayout, QWidget

from tensorviz.core.descent import Sweep, Trace
from tensorviz.ui import theme as theme_mod
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.curves import Curve
from tensorviz.ui.widgets.elide import elide_plot_title
from tensorviz.ui.widgets.plot_view import FirstSizeHint, FitsOnce

theme_mod.configure_pyqtgraph()

#: Plotted values are clipped to this magnitude (float64 products of finite float32 values).
CLIP = 1e300
#: Smallest loss drawn on a log axis (0 and subnormals sit on this floor).
LOG_FLOOR = 1e-30
#: The most path markers drawn on the parabola (the joining line still has every epoch).
MAX_MARKERS = 120
#: Curves with more points than this are drawn without antialiasing: hundreds of
#: antialiased full-height segments (an oscillating run) cost ~6 ms each curve, aliased ~1 ms,
#: and at that density the difference does not show.
AA_MAX_POINTS = 150
LOSS_SCALES = ("auto", "linear", "log")
#: The margin around the data a plot frames (a fraction of the data's span on each side).
FRAME_PADDING = 0.04


def span(values: Sequence[float]) -> tuple[float, float]:
    """The range a plot frames for these bounds: (0, 1) for none, widened when flat."""
    if not values:
        return 0.0, 1.0
    lo, hi = float(min(values)), float(max(values))
    if hi - lo <= 1e-12 * max(1.0, abs(lo), abs(hi)):
        pad = max(0.5, abs(lo) * 0.1)
        return lo - pad, hi + pad
    return lo, hi


#: A framed range is kept while the data fill at least this fraction of it (and fit in it): a
#: dragged slider then changes the axes only now and then, not for every value (an axis whose
#: range changed generates its ticks again, ~2-5 ms each; issue 13).
KEEP_FILL = 0.4


def nice_span(
    lo: float,
    hi: float,
    previous: tuple[float, float] | None = None,
    symmetric: bool = False,
) -> tuple[float, float]:
    """``lo``..``hi`` widened to multiples of a 1-2-5 step (about five steps across), or
    ``previous`` when that still holds them and they fill at least :data:`KEEP_FILL` of it.
    A new range is at most twice the data's span, so it is kept a while (hysteresis).
    ``symmetric``: a range about 0 where the data have both signs (a run that blows up
    zigzags between signs, one lr more on one side, the next on the other)."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return lo, hi
    if symmetric and lo < 0 < hi:
        lo, hi = -max(-lo, hi), max(-lo, hi)
    if previous is not None:
        p_lo, p_hi = previous
        if p_lo <= lo and hi <= p_hi and hi - lo >= KEEP_FILL * (p_hi - p_lo):
            return previous
    raw = (hi - lo) / 5
    unit = 10.0 ** math.floor(math.log10(raw))
    step = next(m for m in (1.0, 2.0, 5.0, 10.0) if m * unit >= raw * (1 - 1e-12)) * unit
    # rounded to 12 digits: 12 * 0.2 is 2.4000000000000004
    n_lo = float(f"{math.floor(lo / step) * step:.12g}")
    n_hi = float(f"{math.ceil(hi / step) * step:.12g}")
    if not (math.isfinite(n_lo) and math.isfinite(n_hi)) or n_hi <= n_lo:
        return lo, hi  # beyond float64's steps (spans near 1e308): the data's own
    return n_lo, n_hi


def num(v: float) -> str:
    """A float32 value as its shortest exact text (``2.4``, ``1e+20``, ``inf``)."""
    return str(np.float32(v))


def finite_prefix(trace: Trace) -> int:
    """How many leading epochs (of ``epochs`` + 1 points) are finite, to plot."""
    k = trace.diverged_at
    return trace.epochs + 1 if k is None else k


def clip(values: np.ndarray) -> np.ndarray:
    """Finite float64 values clipped to +-CLIP (callers pass only finite values)."""
    return np.clip(values.astype(np.float64), -CLIP, CLIP)


def log10_of(values: np.ndarray) -> np.ndarray:
    """log10 of non-negative finite values, with 0 on the floor (no warnings)."""
    return np.log10(np.clip(values.astype(np.float64), LOG_FLOOR, CLIP))


def set_curve(item: Curve, x, y, smooth: bool = True) -> None:
    """setData, antialiased only where it is cheap: few points and no blow-up (a diverging
    run zigzags over many decades; aliased, it costs a tenth and looks the same)."""
    item.antialias = smooth and len(x) <= AA_MAX_POINTS
    item.setData(x, y)


def fit_range(trace: Trace) -> tuple[float, float]:
    """The x range a fitted line is drawn over: the data, padded."""
    xs = trace.setup.data_x
    lo, hi = min(xs), max(xs)
    pad = max(0.5, 0.1 * (hi - lo))
    return lo - pad, hi + pad


class CachedAxis(pg.AxisItem):
    """An axis that keeps images of its last few states (range, size, look): a slider dragged
    back and forth brings back ranges drawn a moment ago, and generating an axis' ticks and
    labels again costs 2-5 ms (pyqtgraph keeps only the current picture). An image, not
    pyqtgraph's QPicture: replaying a picture lays out every label's text again, 1.1 ms an
    axis, eight axes in each of descent's full repaints (a zoom, a theme); drawing the image
    takes a few microseconds."""

    KEEP = 8

    def __init__(self, *args, **kwargs) -> None:
        self._pictures: OrderedDict = OrderedDict()
        self._shown: tuple[QPointF, QPixmap] | None = None  # valid while self.picture is
        super().__init__(*args, **kwargs)
        # Room for the tick labels only grows: shrunk to each range's labels ("1.6" after
        # "12.4"), the axis changed width, its plot's layout moved, and every axis of the plot
        # drew itself again (half the misses of the pictures kept here, issue 13). A new font
        # (zoom) scales the room: theme._scale_text_room.
        self.setStyle(autoReduceTextSpace=False)

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        """pyqtgraph's spacing, its major ticks spread further where their labels would
        overlap: a short plot with big text (the loss at 1024x768, zoom 150) stacked "1",
        "0.01", "0.0001" and "1e-06" on top of each other. Vertical axes only (a horizontal
        one hides labels that overlap)."""
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.orientation not in ("left", "right") or not levels or self._tickSpacing:
            return levels
        font = self.style["tickFont"]
        line = QFontMetrics(font if font is not None else self.font()).height()
        room = max(1.0, size / (1.1 * line))  # labels a line and a tenth apart at least
        span = abs(maxVal - minVal)
        major = levels[0][0]
        if major <= 0:
            return levels
        low, high = min(minVal, maxVal), max(minVal, maxVal)
        while span / major > room:
            digits = major / 10 ** math.floor(math.log10(major))
            wider = major * (2.5 if round(digits) == 2 else 2)  # 1 -> 2 -> 5 -> 10
            if math.floor(high / wider) - math.ceil(low / wider) + 1 < 2:
                break  # two labels at least: one alone ("1") tells no scale
            major = wider
        if major == levels[0][0]:
            return levels
        return [(major, 0), *levels]

    def forget_pictures(self) -> None:
        """Draw the next picture afresh (its labels are measured again: see settle)."""
        self._pictures.clear()
        self.picture = None
        self._shown = None

    def _picture_key(self, phase: tuple[float, float], ratio: float) -> tuple:
        geom = self.mapRectFromParent(self.geometry())
        view = self.linkedView()
        ticks = (
            geom
            if view is None or self.grid is False
            else view.mapRectToItem(self, view.boundingRect())
        )
        font = self.style["tickFont"]
        return (
            phase,
            ratio,
            tuple(self.range),
            geom.getRect(),
            ticks.getRect(),
            self.logMode,
            self.scale,
            self.autoSIPrefixScale,
            self.textWidth,
            self.textHeight,
            self.grid,
            self.pen().color().rgba(),
            self.pen().widthF(),
            self.textPen().color().rgba(),
            self.tickPen().color().rgba(),
            self.tickPen().widthF(),
            None if font is None else font.key(),
            repr(sorted((k, repr(v)) for k, v in self.style.items() if k != "tickFont")),
            repr(self._tickLevels),
            repr(self._tickSpacing),
            getattr(self, "log", None),
        )

    def paint(self, p, opt, widget) -> None:
        world = p.worldTransform()
        if world.isScaling() or world.isRotating():  # not in a plot: drawn as pyqtgraph does
            super().paint(p, opt, widget)
            return
        # the image is drawn at whole pixels; the axis' own offset within a pixel is drawn
        # into it, so it looks as drawn in place
        whole = QPointF(math.floor(world.dx()), math.floor(world.dy()))
        phase = (round(world.dx() - whole.x(), 3), round(world.dy() - whole.y(), 3))
        device = p.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        if self.picture is None or self._shown is None or self._shown[2] != (phase, ratio):
            try:
                key = self._picture_key(phase, ratio)
            except RuntimeError:  # a view going away (its C++ half deleted): as pyqtgraph
                super().paint(p, opt, widget)
                return
            found = self._pictures.get(key)
            if found is None:
                found = self._render(p, opt, widget, phase, ratio)
                self._pictures[key] = found
                while len(self._pictures) > self.KEEP:
                    self._pictures.popitem(last=False)
            else:
                self._pictures.move_to_end(key)
            self.picture = found[3]
            self._shown = found
        corner, image = self._shown[0], self._shown[1]
        p.save()
        p.resetTransform()
        p.drawPixmap(whole + corner, image)
        p.restore()

    def _render(self, p, opt, widget, phase, ratio) -> tuple:
        """The axis drawn by pyqtgraph into a transparent image of its bounding rect."""
        rect = self.boundingRect().translated(*phase).toAlignedRect()
        image = QPixmap(
            max(1, math.ceil(rect.width() * ratio)), max(1, math.ceil(rect.height() * ratio))
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            painter.setRenderHints(p.renderHints())
            painter.translate(phase[0] - rect.x(), phase[1] - rect.y())
            self.picture = None
            super().paint(painter, opt, widget)
        finally:
            painter.end()
        return (QPointF(rect.topLeft()), image, (phase, ratio), self.picture)


class Log10Axis(CachedAxis):
    """An axis whose data are log10 values when ``log`` is set: ticks read 10**v."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.log = False

    def tickStrings(self, values, scale, spacing):
        if not self.log:
            return super().tickStrings(values, scale, spacing)
        return [f"{10.0**v:.3g}" if -300 < v < 300 else "" for v in values]


def cached_axes() -> dict[str, CachedAxis]:
    """A plot's left and bottom axes, keeping their recent pictures."""
    return {"left": CachedAxis("left"), "bottom": CachedAxis("bottom")}


class InViewLabel(pg.InfLineLabel):
    """A line's label on the side its anchors say, or on the other side where that side has
    no room: the sweep strip's "diverges" sits right of its line, and in a small plot that ran
    past the plot's edge and was cut. A label given a ``leader`` (another label of the plot)
    moves down, clear of it, where the two would cover each other ("diverges" and
    "overshoots" in a short strip, in Chinese at zoom 150), as far as the plot's bottom."""

    leader: InViewLabel | None = None
    follower: InViewLabel | None = None
    #: called after each pass that keeps clear of the leader (another text that must keep
    #: clear of both labels places itself then)
    after_clearing: Callable[[], None] | None = None
    _clearing = False  # a pass to keep clear of the leader is queued

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # the text's own margin (4 px all round) made two labels taller than a short strip
        self.textItem.document().setDocumentMargin(1)

    def itemChange(self, change, value):
        result = super().itemChange(change, value)
        # pyqtgraph sets a hidden label's text and place only when its line next moves: a
        # line hidden until its first run kept an empty label (and a language switched
        # meanwhile, the old words)
        if change == QGraphicsItem.GraphicsItemChange.ItemVisibleHasChanged and value:
            self.valueChanged()
        return result

    def updatePosition(self) -> None:
        super().updatePosition()
        box = self.line.getViewBox()
        if box is None or not self.isVisible():
            return
        room, mine = box.sceneBoundingRect(), self.sceneBoundingRect()
        x, y = self.anchor.x(), self.anchor.y()
        past_right = mine.right() > room.right() and x < 1
        past_left = mine.left() < room.left() and x > 0
        if past_right or past_left:
            self.setAnchor((1 - x, y))
            mine = self.sceneBoundingRect()
        if mine.bottom() > room.bottom() - 1:  # "diverges" sits at the bottom: inside the plot
            _move_down(self, max(room.bottom() - 1 - mine.bottom(), room.top() - mine.top()))
        if self.leader is not None and not self._clearing:
            # once the plot has settled: a resize moves both labels, in either order, and a
            # text item's rectangle follows its view only when it is next drawn
            self._clearing = True
            QTimer.singleShot(0, self, self._clear_leader)  # dropped if the label goes
        if self.follower is not None:
            self.follower.updatePosition()  # after its leader, whichever moved first

    def _clear_leader(self) -> None:
        self._clearing = False
        self._keep_clear()
        if self.after_clearing is not None:
            self.after_clearing()

    def _keep_clear(self) -> None:
        leader, box = self.leader, self.line.getViewBox()
        if leader is None or box is None or not self.isVisible():
            return
        room = box.sceneBoundingRect()
        lifted = False
        for _ in range(4):  # the text's own transform rounds: look again
            mine, theirs = self.sceneBoundingRect(), leader.sceneBoundingRect()
            down = theirs.bottom() - mine.top() + 1  # scene px
            if not leader.isVisible() or not mine.intersects(theirs):
                return
            if mine.bottom() + down <= room.bottom():
                _move_down(self, down)
            elif not lifted and theirs.top() > room.top():  # the leader to the top, once
                lifted = True
                _move_down(leader, room.top() - theirs.top())
            else:
                return  # no room for both: as they are


def _move_down(item: QGraphicsItem, pixels: float, right: float = 0.0) -> None:
    """Move ``item`` down by ``pixels`` on screen (up where negative) and ``right`` pixels to
    the right, whatever its parent's transform (a vertical line's label lives in the line's
    rotated coordinates)."""
    parent = item.parentItem()
    if parent is None:
        return
    shift = parent.mapFromScene(QPointF(right, pixels)) - parent.mapFromScene(QPointF(0, 0))
    item.setPos(item.pos() + shift)


class Dot(QGraphicsEllipseItem):
    """A marker of a fixed size in pixels at a point of the data (the epoch cursor). A
    ScatterPlotItem of one point cost ~0.3 ms a paint in Python (its bounding rect asks
    for the pixel size every time); this one is Qt's own."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.hide()
        self.look: tuple | None = None  # what set_look was given last (for its owner)

    def set_look(self, size: float, brush, pen) -> None:
        self.setRect(-size / 2, -size / 2, size, size)
        self.setBrush(brush)
        self.setPen(pen)

    def place(self, x: float, y: float) -> None:
        self.setPos(x, y)
        self.show()

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        super().paint(painter, option, widget)


class _Overlay:
    """The items of one run drawn over the current one (dashed): its path or final line, its
    parameters and loss per epoch, and its learning rate on the sweep strip."""

    def __init__(self, plots: DescentPlots) -> None:
        self.path = Curve()
        self.fit = Curve()
        self.params = [Curve() for _ in range(2)]
        self.loss = Curve()
        self.lr_line = pg.InfiniteLine(angle=90, movable=False)
        plots.plot_main.addItem(self.path)
        plots.plot_main.addItem(self.fit, ignoreBounds=True)
        for curve in self.params:
            plots.plot_params.addItem(curve)
        plots.plot_loss.addItem(self.loss)
        plots.plot_sweep.addItem(self.lr_line, ignoreBounds=True)
        for item in self.curves():
            item.setZValue(-1)  # under the current run
        self.lr_line.setZValue(-1)
        self.lr_line.hide()

    def curves(self) -> tuple[Curve, ...]:
        return (self.path, self.fit, *self.params, self.loss)

    def clear(self) -> None:
        for item in self.curves():
            item.setData([], [])
        self.lr_line.hide()


class PlotView(FitsOnce, pg.PlotWidget):
    """A plot's view: fits the plot to its size once per zoom (:class:`FitsOnce`)."""


def settle_view(box: pg.ViewBox) -> None:
    """A resized view box's range and transform, now: pyqtgraph leaves them to the box's
    next paint, where its items then move (lines, labels, curves) and ask for another paint:
    every zoom or resize painted the plots twice, a frame apart (a whole second paint where
    the plots' height changed in the switch's last layout pass). So do its lines' bounds:
    an InfiniteLine finds them when first asked, in the paint, and new bounds there (a
    line spans its view) had the whole plot painted again (1600x1000, zoom 140 -> 150)."""
    box.prepareForPaint()
    for item in box.childGroup.childItems():
        if isinstance(item, pg.InfiniteLine):
            item.boundingRect()


#: Where the path markers' colours begin on viridis over a dark plot: its first colours, dark
#: purple, stood on the contrast theme's black as rings of outline only (the projector's
#: theme); from here on they stand out from the dark theme's plot 3:1 at least (WCAG's
#: contrast ratio for graphics), from the contrast theme's 4.7:1.
DARK_PLOT_START = 0.45


def _epoch_colours(theme: Theme) -> list:
    """256 brushes along viridis, dark early and bright late; over a dark plot they begin
    at :data:`DARK_PLOT_START`, so that the first epochs stand out from the plot."""
    return _colours_from(DARK_PLOT_START if QColor(theme.surface).lightness() < 128 else 0.0)


@functools.cache
def _colours_from(low: float) -> list:
    """Made once per start (2.5 ms: every zoom and theme switch asked for them)."""
    cmap = pg.colormap.get("viridis")
    return [pg.mkBrush(cmap.map(low + (1 - low) * i / 255, mode="qcolor")) for i in range(256)]


class DescentPlots(FirstSizeHint, QWidget):
    """Four plots of one run (and overlaid runs) with an epoch cursor; hovering shows the
    exact epoch and value under the mouse.

    Each plot has its own view (``views``): a change in one plot repaints that plot only,
    and a new learning rate leaves the sweep strip's curve and axes alone (only its lr line
    moves). In one shared view every change repainted all four plots."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.closed = False
        self.setObjectName("descent_plots")
        self.theme = theme
        self._run: Trace | None = None
        self._scale = "auto"
        self._overlays: tuple[Trace, ...] = ()
        self._sweep: Sweep | None = None
        self._cursor = 0
        self._experiment: str | None = None
        self._loss_log = False
        self._paint_count = 0
        self._parabola_reach: float | None = None  # the reach the parabola is drawn to
        self._data_shown: tuple | None = None  # the line fit's data drawn
        self._markers_key: tuple | None = None  # the path markers' epochs (_place_markers)
        self._frames: dict[pg.PlotItem, tuple[tuple[float, float], tuple[float, float]]] = {}

        self._axis_loss = Log10Axis("left")
        axis_sweep_x, axis_sweep_y = Log10Axis("bottom"), Log10Axis("left")
        axis_sweep_x.log = axis_sweep_y.log = True
        self.plot_main = pg.PlotItem(axisItems=cached_axes(), enableMenu=False)
        self.plot_params = pg.PlotItem(axisItems=cached_axes(), enableMenu=False)
        self.plot_loss = pg.PlotItem(
            axisItems={**cached_axes(), "left": self._axis_loss}, enableMenu=False
        )
        self.plot_sweep = pg.PlotItem(
            axisItems={"left": axis_sweep_y, "bottom": axis_sweep_x}, enableMenu=False
        )
        self.plots = (self.plot_main, self.plot_params, self.plot_loss, self.plot_sweep)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        self.views: tuple[PlotView, ...] = tuple(PlotView(plotItem=plot) for plot in self.plots)
        for i, view in enumerate(self.views):
            view.setObjectName(f"descent_plot_{i}")
            grid.addWidget(view, i // 2, i % 2)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for plot in self.plots:
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            # ranges are set from the data in set_data (_frame): pyqtgraph's auto-range
            # would find them at paint time, change the range then and paint each plot twice
            plot.getViewBox().disableAutoRange()
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                # one level of minor ticks/grid lines, and a pixmap cache: while the lr
                # slider moves, unchanged axes are blitted instead of drawn again
                axis.setStyle(maxTickLevel=1)
                axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

        # main plot: parabola + path (square), data + the cursor epoch's line (line fit);
        # path markers by epoch, dark early and bright late (see _epoch_brushes; apply_theme)
        self._brush_cache: list = []
        m = self.plot_main
        self._parabola = m.plot()
        self._parabola.setZValue(-2)  # under overlaid paths too
        self._path_line = Curve()
        m.addItem(self._path_line)
        self._path_points = pg.ScatterPlotItem()
        m.addItem(self._path_points)
        self._data_points = pg.ScatterPlotItem()
        m.addItem(self._data_points)
        # fitted lines do not set the view: it frames the data, and a line that flew off
        # (large lr) is seen leaving it
        self._fit_line = Curve()
        m.addItem(self._fit_line, ignoreBounds=True)
        self._cursor_point = Dot()
        m.addItem(self._cursor_point, ignoreBounds=True)
        self._param_curves = [Curve() for _ in range(2)]
        for curve in self._param_curves:
            self.plot_params.addItem(curve)
        self._param_cursor = [Dot(), Dot()]
        for dot in self._param_cursor:
            self.plot_params.addItem(dot, ignoreBounds=True)
        self._loss_curve = Curve()
        self.plot_loss.addItem(self._loss_curve)
        self._loss_cursor = Dot()
        self.plot_loss.addItem(self._loss_cursor, ignoreBounds=True)
        self.cursor_lines = []
        for plot in (self.plot_params, self.plot_loss):
            line = pg.InfiniteLine(angle=90, movable=False)
            plot.addItem(line, ignoreBounds=True)
            self.cursor_lines.append(line)
        # sweep strip: final loss vs lr
        self._sweep_curve = self.plot_sweep.plot()
        self._sweep_blown = pg.ScatterPlotItem()
        self.plot_sweep.addItem(self._sweep_blown)
        self._lr_line = pg.InfiniteLine(angle=90, movable=False)
        # 1/lam_max ("overshoots") and 2/lam_max ("diverges"): a factor 2 apart on a log
        # axis, so their labels sit at different heights and on the outer sides, each beside
        # its own line (one label between the two lines read as the other line's). "diverges"
        # at the bottom: right of its line the final loss shoots up from the floor to the
        # top, and half-way up the label lay across that curve (both experiments, 1400x900)
        self._thr_lines = []
        for position, side in ((0.8, (1, 0.5)), (0.0, (0, 0.5))):
            line = pg.InfiniteLine(angle=90, movable=False)
            line.label = InViewLabel(line, text="", position=position, anchors=[side, side])
            self._thr_lines.append(line)
        overshoots, diverges = (line.label for line in self._thr_lines)
        diverges.leader, overshoots.follower = overshoots, diverges
        diverges.after_clearing = self._place_blown_text
        self._blown_at: tuple[float, float] | None = None  # where 'inf/nan' hangs from
        self._note_at: tuple[float, float] | None = None  # the point the overflow note is at
        for line in (self._lr_line, *self._thr_lines):
            self.plot_sweep.addItem(line, ignoreBounds=True)
            line.hide()  # shown with a run (_paint_lr_marks), not at 0 before any
        self._blown_text = pg.TextItem(anchor=(1, 0))
        # over the threshold lines, on the plot's face: at x**2 the lr line and both
        # thresholds crossed it near lr = 1 and the words were hard to read
        self._blown_text.setZValue(20)
        self.plot_sweep.addItem(self._blown_text, ignoreBounds=True)
        self._diverge_text = pg.TextItem(anchor=(0, 0))
        self.plot_loss.addItem(self._diverge_text, ignoreBounds=True)
        self.plot_loss.getViewBox().sigResized.connect(self._clear_note)
        for plot in self.plots:
            plot.getViewBox().sigResized.connect(settle_view)
        self._hover = {plot: pg.TextItem(anchor=(0, 1)) for plot in self.plots}
        for plot, item in self._hover.items():
            plot.addItem(item, ignoreBounds=True)
            item.hide()
        for plot, view in zip(self.plots, self.views, strict=True):
            view.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_mouse_moved(pos, p))
        # Runs that oscillate draw hundreds of segments over each other (x -> -x -> x ...);
        # as one antialiased path Qt strokes them all together (about a second at lr = 1).
        # Drawn as separate segments they cost microseconds.
        for plot in self.plots:
            for item in plot.listDataItems():
                if isinstance(item, pg.PlotDataItem):
                    item.curve.setSegmentedLineMode("on")
        # What a new lr leaves as it is (the sweep strip, the parabola, the line fit's data) is
        # kept as a pixmap: the lr line moving over the strip repainted its curve and 200
        # symbols, ~0.5 ms a value; blitted they cost a few microseconds.
        cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
        for item in (
            self._sweep_curve.curve,
            self._sweep_curve.scatter,
            self._sweep_blown,
            self._parabola.curve,
            self._data_points,
        ):
            item.setCacheMode(cache)
        self._overlay_items: list[_Overlay] = []
        #: curves another widget draws on the loss plot (the race's): framed with the run's
        self._loss_extras: tuple = ()
        self.retranslate()
        self.apply_theme(theme)

    # -- data ------------------------------------------------------------------------------
    def set_data(
        self,
        run: Trace | None,
        *,
        cursor: int = 0,
        overlays: Sequence[Trace] = (),
        sweep: Sweep | None = None,
        loss_scale: str = "auto",
    ) -> None:
        """Show ``run`` with the cursor at epoch ``cursor``, ``overlays`` dashed over it,
        ``sweep`` on the strip (None: empty), the loss axis ``"auto"``, ``"linear"`` or
        ``"log"`` (auto: log when the loss spans more than three decades)."""
        if loss_scale not in LOSS_SCALES:
            raise ValueError(f"loss_scale must be one of {LOSS_SCALES}, not {loss_scale!r}")
        overlays = tuple(overlays)
        changed = run is not self._run or loss_scale != self._scale
        if changed:
            self._run, self._scale = run, loss_scale
            experiment = None if run is None else run.setup.experiment
            if experiment != self._experiment:
                self._experiment = experiment
                self._apply_titles()
            self._paint_run()
        if changed or overlays != self._overlays:
            self._overlays = overlays
            self._paint_overlays()
            self._frame_run()
            self._clear_note()
        if sweep is not self._sweep:
            self._sweep = sweep
            self._paint_sweep()
            self._frame(self.plot_sweep, (self._sweep_curve, self._sweep_blown))
        if changed or cursor != self._cursor:
            self._cursor = cursor
            self._paint_cursor()

    # -- reading back (tests, bench) ---------------------------------------------------------
    def plotted(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The data of a drawn curve of the run: ``x``/``a``/``b`` per epoch, ``loss``,
        ``sweep``, ``path``."""
        if name == "loss":
            item = self._loss_curve
        elif name == "sweep":
            item = self._sweep_curve
        elif name == "path":
            item = self._path_line
        else:
            names = self._run.names if self._run is not None else ()
            item = self._param_curves[names.index(name)]
        # the data handed to the curve (getData() would give pyqtgraph's display copy,
        # already limited to the current view's dynamic range)
        x, y = item.xData, item.yData
        if x is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y)

    def overlay_curve(self, index: int, name: str) -> Curve:
        """Overlay ``index``'s curve ``name``: ``path``, ``fit``, ``loss``, or the first or
        second parameter ``p0``/``p1``."""
        while len(self._overlay_items) <= index:
            self._overlay_items.append(self._new_overlay())
        items = self._overlay_items[index]
        if name in ("p0", "p1"):
            return items.params[int(name[1])]
        return {"path": items.path, "fit": items.fit, "loss": items.loss}[name]

    def loss_is_log(self) -> bool:
        return self._loss_log

    def paint_count(self) -> int:
        """How many times the run's curves were drawn (bench and tests)."""
        return self._paint_count

    def hover_item(self, plot: pg.PlotItem) -> pg.TextItem:
        return self._hover[plot]

    # -- painting ----------------------------------------------------------------------------
    def _paint_run(self) -> None:
        tr = self._run
        if tr is None:
            for item in (self._loss_curve, *self._param_curves, self._path_line, self._parabola):
                item.setData([], [])
            self._parabola_reach = None
            for item in (self._path_points, self._data_points):
                item.setData([], [])
            self._markers_key = None
            self._data_shown = None
            self._paint_diverged()
            self._paint_lr_marks()
            return
        self._paint_count += 1
        square = tr.setup.experiment == "square"
        smooth = tr.regime.kind != "diverging"
        n = tr.epochs
        good = finite_prefix(tr)
        epochs = np.arange(good, dtype=np.float64)
        params = clip(tr.params[:good]) if good else np.empty((0, len(tr.names)))
        # loss: finite part only; a scale that fits what there is
        loss = tr.loss[:good].astype(np.float64)
        positive = loss[loss > 0]
        span = positive.size > 1 and positive.max() > 1e3 * positive.min()
        log = self._scale == "log" or (self._scale == "auto" and bool(span))
        if log != self._loss_log:
            self._frames.pop(self.plot_loss, None)  # a range of other units: none to keep
        self._loss_log = log
        self._axis_loss.log = self._loss_log
        set_curve(
            self._loss_curve, epochs, log10_of(loss) if self._loss_log else clip(loss), smooth
        )
        for j, curve in enumerate(self._param_curves):
            if j < len(tr.names):
                set_curve(curve, epochs, params[:, j], smooth)
                curve.show()
            else:
                curve.setData([], [])
                curve.hide()
        if square:
            xs = params[:, 0]
            ys = clip(xs * xs)
            set_curve(self._path_line, xs, ys, smooth)
            step = max(1, math.ceil(good / MAX_MARKERS))
            idx = np.arange(0, good, step)
            self._place_markers(xs[idx], ys[idx], idx, n)
            reach = max(3.0, float(np.abs(xs).max()) if xs.size else 3.0)
            reach = min(reach, 1e6)
            if reach != self._parabola_reach:  # the same for most lr: kept (a cached pixmap)
                self._parabola_reach = reach
                px = np.linspace(-reach * 1.1, reach * 1.1, 121)
                self._parabola.setData(px, px * px)
            if self._data_shown is not None:
                self._data_shown = None
                self._data_points.setData([], [])
        else:
            self._path_line.setData([], [])
            self._path_points.setData([], [])
            self._markers_key = None
            if self._parabola_reach is not None:
                self._parabola_reach = None
                self._parabola.setData([], [])
            data = (tr.setup.data_x, tr.setup.data_y)
            if data != self._data_shown:  # the same for every lr: kept (a cached pixmap)
                self._data_shown = data
                self._data_points.setData(np.asarray(data[0], float), np.asarray(data[1], float))
        self._paint_diverged()
        self._paint_lr_marks()

    def _frame_run(self) -> None:
        """Frame the run's three plots around their data (fitted lines excepted: the data
        frame the line fit, and a line that flies off is seen leaving)."""
        over = self._overlay_items
        main = (self._parabola, self._path_line, self._path_points, self._data_points)
        wild = self._run is not None and self._run.regime.kind == "diverging"
        self._frame(self.plot_main, (*main, *(o.path for o in over)), symmetric=wild)
        params = (*self._param_curves, *(c for o in over for c in o.params))
        self._frame(self.plot_params, params, self._epochs_span(), symmetric=wild)
        self._frame_loss()

    def _epochs_span(self) -> tuple[float, float]:
        """The epochs axis: it spans the run (and overlays), also where a run stopped early
        (it blew up), so its ticks stay as they are while the lr changes."""
        n = max((run.epochs for run in (self._run, *self._overlays) if run is not None), default=1)
        return (0.0, float(n))

    def _frame_loss(self) -> None:
        loss = (self._loss_curve, *(o.loss for o in self._overlay_items), *self._loss_extras)
        self._frame(self.plot_loss, loss, self._epochs_span())

    def frame_loss_with(self, curves: Sequence) -> None:
        """Frame the loss plot around the run and also ``curves`` that another widget drew on
        it (ranges are set from data, never auto, so foreign curves must be named here)."""
        self._loss_extras = tuple(curves)
        self._frame_loss()
        self._clear_note()

    def _frame(
        self,
        plot: pg.PlotItem,
        items: Sequence,
        x: tuple[float, float] | None = None,
        symmetric: bool = False,
    ) -> None:
        """Set ``plot``'s range to its ``items``' data in nice bounds (:func:`nice_span`;
        ``x``: the x range as given), only when it changed: an unchanged range keeps the axes'
        ticks and their cached pictures."""
        bounds: tuple[list[float], list[float]] = ([], [])
        for item in items:
            # the data as handed over: pyqtgraph's dataBounds() reads its display copy, which
            # is limited to a range around the current view (so it would depend on history)
            if isinstance(item, pg.ScatterPlotItem):
                data = (item.data["x"], item.data["y"])
            else:
                data = (item.xData, item.yData)
            for ax in (0, 1):
                values = data[ax]
                if values is None or not len(values):
                    continue
                values = np.asarray(values, dtype=np.float64)
                values = values[np.isfinite(values)]
                if values.size:
                    bounds[ax].extend((float(values.min()), float(values.max())))
        before = self._frames.get(plot)
        frame = (
            x if x is not None else nice_span(*span(bounds[0]), before and before[0], symmetric),
            nice_span(*span(bounds[1]), before and before[1], symmetric),
        )
        if before != frame:
            self._frames[plot] = frame
            vb = plot.getViewBox()
            vb.setRange(xRange=frame[0], yRange=frame[1], padding=FRAME_PADDING)
            # apply the new transform now, not at paint time: the items it moves would ask
            # for a second paint from within the first
            vb.updateMatrix()

    def _place_markers(self, x: np.ndarray, y: np.ndarray, idx: np.ndarray, n: int) -> None:
        """The path's markers at (x, y), epochs ``idx`` of ``n``. The same epochs as before
        (most values of a drag: only the lr changed) keep their spots and brushes and only
        move: a full setData styles every spot in Python again (~1 ms a value, issue 13)."""
        points = self._path_points
        key = (len(idx), int(idx[-1]) if len(idx) else -1, n)
        if key != self._markers_key:
            self._markers_key = key
            points.setData(x, y, brush=self._epoch_brushes(idx, n))
            return
        # what ScatterPlotItem.addPoints does after its data changed, less the spots' styles
        points.prepareGeometryChange()
        points.data["x"] = x
        points.data["y"] = y
        points.informViewBoundsChanged()
        points.bounds = [None, None]
        points.invalidate()

    def _epoch_brushes(self, idx: np.ndarray, n: int) -> list:
        """One brush per marker, by epoch (dark early, bright late): 256 cached brushes."""
        return [self._brush_cache[min(255, int(255 * i / max(1, n)))] for i in idx]

    def _new_overlay(self) -> _Overlay:
        overlay = _Overlay(self)
        self._style_overlay(overlay)
        return overlay

    def _paint_overlays(self) -> None:
        while len(self._overlay_items) < len(self._overlays):
            self._overlay_items.append(self._new_overlay())
        for number, items in enumerate(self._overlay_items):
            if number >= len(self._overlays) or self._run is None:
                items.clear()
                continue
            run = self._overlays[number]
            good = finite_prefix(run)
            ep = np.arange(good, dtype=np.float64)
            params = clip(run.params[:good])
            loss = run.loss[:good].astype(np.float64)
            set_curve(items.loss, ep, log10_of(loss) if self._loss_log else clip(loss))
            for j, curve in enumerate(items.params):
                if j < len(run.names):
                    set_curve(curve, ep, params[:, j])
                else:
                    curve.setData([], [])
            if run.setup.experiment == "square":
                set_curve(items.path, params[:, 0], clip(params[:, 0] ** 2))
                items.fit.setData([], [])
            else:
                items.path.setData([], [])
                if good:
                    a, b = params[-1]
                    xs = np.asarray(fit_range(self._run), float)
                    items.fit.setData(xs, clip(a * xs + b))
                else:
                    items.fit.setData([], [])
            items.lr_line.setValue(math.log10(run.lr))
            items.lr_line.show()

    def _loss_y(self, loss: float) -> float:
        """Where one finite loss value is drawn on the loss axis (log10 on a log axis)."""
        return math.log10(max(loss, LOG_FLOOR)) if self._loss_log else min(loss, CLIP)

    def _paint_diverged(self) -> None:
        tr = self._run
        over = tr.overflow if tr is not None else None
        if over is None:
            self._diverge_text.hide()
            return
        # the epoch as the epoch cursor numbers it (epoch k computes the loss at the values
        # it starts from): the lesson's texts say the same epoch
        first = min(k for k in (over.loss_epoch, over.param_epoch) if k is not None)
        self._diverge_text.setText(self.tr("overflows in epoch {0}").format(first))
        good = finite_prefix(tr)
        if good:
            k = max(0, good - 1)
            self._note_at = (k, self._loss_y(float(tr.loss[good - 1])))
            self._diverge_text.setPos(*self._note_at)
            # beside the curve's last point, on the side with room: right of it in the first
            # half of the epochs (there is no curve after it), left of it in the second (left
            # of it early on, it was cut at the plot's edge)
            lo, hi = self._epochs_span()
            self._diverge_text.setAnchor((0, 0) if k < (lo + hi) / 2 else (1, 0))
        self._diverge_text.show()

    def _clear_note(self, *_) -> None:
        """Move "overflows in epoch N" down below a text another widget keeps on the loss
        plot (the race's legend, top right) where they meet: it was written under it; and
        into the plot where the side beside its point is too narrow for it (a small plot)."""
        note = self._diverge_text
        if not note.isVisible() or self._note_at is None:
            return
        box = self.plot_loss.getViewBox()
        box.updateMatrix()  # a resize updates it at paint time: the view as it is now
        note.setPos(*self._note_at)
        room = box.sceneBoundingRect().adjusted(1, 0, -1, 0)  # a pixel clear of its edges
        # wider than a small plot (1024x768 at zoom 150) it wraps to the plot's width: it
        # was cut at "overflows in epoch"; a text item is not scaled, its pixels are the view's
        note.setTextWidth(-1)
        note.updateTransform(force=True)  # its rectangle, in the view as it is now
        if note.sceneBoundingRect().width() > room.width():
            note.setTextWidth(room.width())
            note.updateTransform(force=True)
        mine = note.sceneBoundingRect()
        hit = [
            other.sceneBoundingRect()
            for other in box.childItems()  # texts on the view itself, not in its data
            if isinstance(other, pg.TextItem) and other.isVisible()
        ]
        hit = [rect for rect in hit if rect.intersects(mine)]
        down = max(rect.bottom() for rect in hit) - mine.top() + 1 if hit else 0.0
        right = min(0.0, room.right() - mine.right())
        right = max(right, room.left() - mine.left())  # the left edge first, if not both
        if down or right:
            _move_down(note, down, right)

    def _paint_sweep(self) -> None:
        sweep = self._sweep
        if sweep is None:
            self._sweep_curve.setData([], [])
            self._sweep_blown.setData([], [])
            self._blown_text.hide()
            return
        final = sweep.final_loss.astype(np.float64)
        lrs = np.log10(np.asarray(sweep.lrs, dtype=np.float64))
        ok = np.isfinite(final)
        fin = final[ok]
        self._sweep_curve.setData(lrs[ok], log10_of(fin))
        top = math.log10(max(float(fin.max()) if fin.size else 1.0, 1.0)) + 1.0
        top = min(top, 40.0)
        blown = lrs[~ok]
        self._sweep_blown.setData(blown, np.full(blown.shape, top))
        self._blown_at = (float(blown.max()), top) if blown.size else None
        self._place_blown_text()

    def _place_blown_text(self) -> None:
        """'inf/nan' hangs below the markers of the runs that blew up, at the right; where a
        threshold label is there (a short strip: all three met in ~70 px at 1024x768, zoom
        150), below it, and hidden where no place down to the plot's bottom is clear."""
        text = self._blown_text
        if self._blown_at is None:
            text.hide()
            return
        box = self.plot_sweep.getViewBox()
        x, top = self._blown_at
        text.setPos(x, top)
        text.show()
        text.updateTransform(force=True)  # its rectangle, in the view as it is now
        labels = [
            line.label.sceneBoundingRect()
            for line in self._thr_lines
            if line.isVisible() and line.label.isVisible()
        ]
        room = box.sceneBoundingRect()
        mine = text.sceneBoundingRect()
        # below the markers, not under their lower half (the text hangs from their centres)
        down = self._sweep_blown.opts["size"] / 2 + 1
        for _ in range(len(labels) + 1):
            hit = [label for label in labels if mine.translated(0, down).intersects(label)]
            if not hit:
                break
            down = max(label.bottom() for label in hit) - mine.top() + 1
        if hit or mine.bottom() + down > room.bottom():
            text.hide()
            return
        _move_down(text, down)

    def _paint_lr_marks(self) -> None:
        """The run's learning rate and the thresholds where the behaviour changes."""
        tr = self._run
        if tr is None:
            self._lr_line.hide()
            for line in self._thr_lines:
                line.hide()
            return
        self._lr_line.setValue(math.log10(tr.lr))
        self._lr_line.show()
        thr = (tr.thresholds.oscillate, tr.thresholds.diverge)
        for line, value in zip(self._thr_lines, thr, strict=True):
            if value is None or value <= 0:
                line.hide()
                continue
            if line.value() != math.log10(value):  # the same for every lr of a setup
                line.setValue(math.log10(value))
            line.show()

    def _cursor_dots(self) -> tuple[Dot, ...]:
        return (*self._param_cursor, self._loss_cursor, self._cursor_point)

    def _paint_cursor(self) -> None:
        tr = self._run
        if tr is None:
            for dot in self._cursor_dots():
                dot.hide()
            self._fit_line.setData([], [])
            return
        k = min(self._cursor, tr.epochs)
        for line in self.cursor_lines:
            line.setValue(k)
        if k < finite_prefix(tr):
            p = clip(tr.params[k])
            for j, dot in enumerate(self._param_cursor):
                if j < len(p):
                    dot.place(k, float(p[j]))
                else:
                    dot.hide()
            self._loss_cursor.place(k, self._loss_y(float(tr.loss[k])))
            if tr.setup.experiment == "square":
                x = float(p[0])
                self._cursor_point.place(x, min(x * x, CLIP))
                self._fit_line.setData([], [])
            else:
                self._cursor_point.hide()
                a, b = float(p[0]), float(p[1])
                xs = np.asarray(fit_range(tr), float)
                self._fit_line.setData(xs, clip(a * xs + b))
        else:
            for dot in self._cursor_dots():
                dot.hide()
            self._fit_line.setData([], [])

    def settle(self) -> None:
        """Size the axes to the tick labels of what is drawn now, as a new widget would, and
        paint: a screenshot of a run then does not depend on the runs drawn before it.

        (An axis widens for longer tick labels at once but narrows only by more than 10 px,
        so that a moving slider does not lay the plots out again for every small change; and
        which labels fit depends on the sizes. Starting from the same sizes, the same run
        gives the same picture.)"""
        # the ranges as a first drawing of this run frames them (not those kept from the runs
        # drawn before: see nice_span)
        self._frames.clear()
        if self._run is not None:
            self._frame_run()
            self._clear_note()
        self._frame(self.plot_sweep, (self._sweep_curve, self._sweep_blown))
        axes = [plot.getAxis(name) for plot in self.plots for name in ("left", "bottom")]
        for axis in axes:
            axis.textWidth, axis.textHeight = theme_mod.AXIS_TEXT_SIZE
            if axis.orientation == "left":
                axis._updateWidth()
            else:
                axis._updateHeight()
        # the plots take the reset sizes before painting: which labels fit depends on them
        for plot in self.plots:
            plot.layout.activate()
        QCoreApplication.processEvents()
        sizes = None
        for _ in range(8):
            for axis in axes:
                axis.forget_pictures()  # measure the labels again, at the current size
                axis.update()
            for view in self.views:
                view.viewport().repaint()
            QCoreApplication.processEvents()
            before = sizes
            sizes = [
                (a.textWidth, a.textHeight, a.geometry().width(), a.geometry().height())
                for a in axes
            ]
            if sizes == before:
                break

    # -- hover -------------------------------------------------------------------------------
    def _on_mouse_moved(self, pos, only: pg.PlotItem | None = None) -> None:
        """The mouse at scene position ``pos`` of ``only``'s view (None: of each plot's); the
        other views' hover texts go (there is one mouse)."""
        tr = self._run
        for plot, item in self._hover.items():
            if only is not None and plot is not only:
                item.hide()
                continue
            if tr is None or not plot.sceneBoundingRect().contains(pos):
                item.hide()
                continue
            p = plot.getViewBox().mapSceneToView(pos)
            text, where = self._hover_text(plot, tr, p.x(), p.y())
            if text is None:
                item.hide()
                continue
            item.setText(text)
            item.setPos(*where)
            item.show()

    def _hover_text(self, plot, tr: Trace, x: float, y: float):
        good = finite_prefix(tr)
        if plot in (self.plot_params, self.plot_loss):
            k = round(x)
            if not 0 <= k < good:
                return None, None
            if plot is self.plot_loss:
                v = float(tr.loss[k])
                return self.tr("epoch {0}: loss = {1}").format(k, num(v)), (k, self._loss_y(v))
            j = 0
            if len(tr.names) > 1:
                j = int(np.argmin(np.abs(tr.params[k].astype(np.float64) - y)))
            v = float(tr.params[k, j])
            text = self.tr("epoch {0}: {1} = {2}").format(k, tr.names[j], num(v))
            return text, (k, float(clip(np.array([v]))[0]))
        if plot is self.plot_sweep:
            sweep = self._sweep
            if sweep is None:
                return None, None
            lrs = np.log10(np.asarray(sweep.lrs))
            i = int(np.argmin(np.abs(lrs - x)))
            v = float(sweep.final_loss[i])
            text = self.tr("lr = {0}: loss after {1} epochs = {2}").format(
                repr(sweep.lrs[i]), sweep.epochs, num(v)
            )
            return text, (lrs[i], y)
        if plot is self.plot_main and tr.setup.experiment == "square":
            xs = tr.params[:good, 0].astype(np.float64)
            if not xs.size:
                return None, None
            k = int(np.argmin(np.abs(xs - x)))
            v = float(xs[k])
            return self.tr("epoch {0}: x = {1}").format(k, num(v)), (v, min(v * v, CLIP))
        return None, None

    # -- language and theme ------------------------------------------------------------------
    def retranslate(self) -> None:
        self._blown_text.setText(self.tr("inf/nan"))
        self._thr_lines[0].label.setFormat(self.tr("overshoots"))
        self._thr_lines[1].label.setFormat(self.tr("diverges"))
        self._thr_lines[0].label.updatePosition()
        self._apply_titles()
        self._paint_diverged()

    def _apply_titles(self) -> None:
        square = self._experiment != "line"
        t = self.theme
        size = f"{theme_mod.BASE_POINT_SIZE * t.scale:.1f}pt"
        titles = (
            self.tr("Path of x on y = x²") if square else self.tr("Data and this epoch's line"),
            self.tr("x per epoch") if square else self.tr("a and b per epoch"),
            self.tr("Loss per epoch"),
            self.tr("Final loss vs learning rate"),
        )
        # where a title does not fit its plot, a shorter one that says the same (the axis
        # below names the learning rate in full; the line drawn is this epoch's) rather than
        # a title cut mid-word
        shorts = (
            None if square else self.tr("Data and the line"),
            None,
            None,
            self.tr("Final loss vs lr"),
        )
        for view, title, short in zip(self.views, titles, shorts, strict=True):
            elide_plot_title(view, title, short=short, color=t.text, size=size)
        self.plot_params.setLabel("bottom", self.tr("epoch"))
        self.plot_loss.setLabel("bottom", self.tr("epoch"))
        self.plot_sweep.setLabel("bottom", self.tr("learning rate"))
        self.plot_main.setLabel("bottom", "x")

    def _style_overlay(self, overlay: _Overlay) -> None:
        t = self.theme
        dashed = pg.mkPen(t.muted, width=t.scale * 2, style=Qt.PenStyle.DashLine)
        for item in overlay.curves():
            item.setPen(dashed)
        overlay.lr_line.setPen(dashed)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = t = theme
        for view in self.views:
            view.setBackground(t.surface)
        for plot in self.plots:
            theme_mod.style_plot(plot, t)
        pens = [theme_mod.series_pen(t, i) for i in range(3)]
        self._parabola.setPen(pg.mkPen(t.muted, width=t.scale * 1.5))
        self._path_line.setPen(theme_mod.series_pen(t, 0, width=1.5))
        # one drawing of a scatter's spots for all of its looks (each setter drew them all)
        self._path_points.setPen(pg.mkPen(t.text, width=max(1, t.px(0.5))), update=False)
        self._markers_key = None  # their look changed: drawn afresh
        self._brush_cache = _epoch_colours(t)
        # by _paint_run below where there is a run (its new spots take the new size): drawn
        # here too, the 500 spots were styled twice, 6 ms of a zoom's or a theme's 15
        self._path_points.setSize(t.px(8), update=self._run is None)
        self._data_points.setPen(pg.mkPen(t.text, width=t.px(1)), update=False)
        self._data_points.setBrush(pg.mkBrush(t.series[2]), update=False)
        self._data_points.setSize(t.px(10))
        self._fit_line.setPen(pens[1])
        for overlay in self._overlay_items:
            self._style_overlay(overlay)
        for j, curve in enumerate(self._param_curves):
            curve.setPen(pens[j])
        self._loss_curve.setPen(pens[2])
        # a colour none of the strip's marks has: in the contrast theme the first series is
        # the warning's yellow, and the curve ran into its "overshoots" line as one
        marks = {c.lower() for c in (t.warning, t.negative, t.highlight)}
        sweep = next((c for c in t.series if c.lower() not in marks), t.series[0])
        self._sweep_curve.setPen(pg.mkPen(sweep, width=2.0 * t.scale))
        self._sweep_curve.setSymbol("o")
        self._sweep_curve.setSymbolSize(t.px(4))
        self._sweep_curve.setSymbolBrush(sweep)
        self._sweep_curve.setSymbolPen(None)
        self._sweep_blown.setSymbol("x", update=False)
        self._sweep_blown.setPen(pg.mkPen(t.negative, width=t.px(2)), update=False)
        self._sweep_blown.setBrush(pg.mkBrush(t.negative), update=False)
        self._sweep_blown.setSize(t.px(9))
        self._lr_line.setPen(pg.mkPen(t.highlight, width=t.scale * 3))
        for line, colour in zip(self._thr_lines, (t.warning, t.negative), strict=True):
            line.setPen(pg.mkPen(colour, width=t.scale * 1.5, style=Qt.PenStyle.DashLine))
            line.label.setColor(QColor(colour))
            # on the plot's face: the lr line and the curve crossed the words where the
            # strip is small (1024x768 at zoom 150, both experiments)
            line.label.fill = pg.mkBrush(QColor(t.surface))
            line.label.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.85))
        self._thr_lines[0].label.updatePosition()  # their sizes changed (and "diverges" with it)
        for line in self.cursor_lines:
            line.setPen(pg.mkPen(t.highlight, width=t.scale * 1.5))
        brush, pen = pg.mkBrush(t.highlight), pg.mkPen(t.text, width=t.px(1))
        for dot in self._cursor_dots():
            dot.set_look(t.px(11) * (1.3 if dot is self._cursor_point else 1), brush, pen)
        self._diverge_text.setColor(QColor(t.negative))
        self._blown_text.setColor(QColor(t.negative))
        self._blown_text.fill = pg.mkBrush(QColor(t.surface))
        self._blown_text.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.85))
        self._diverge_text.setFont(t.font(theme_mod.BASE_POINT_SIZE, bold=True))
        for item in self._hover.values():
            item.setColor(QColor(t.text))
            item.fill = pg.mkBrush(QColor(t.surface))
            item.border = pg.mkPen(t.border)
            item.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.9))
        self.setMinimumHeight(t.px(220))
        self._apply_titles()
        if self._run is not None:
            self._paint_run()
            self._paint_overlays()
            self._paint_cursor()

    def changeEvent(self, event: QEvent) -> None:
        # a closed pyqtgraph view has deleted its items (it waits to be deleted itself)
        if event.type() == QEvent.Type.LanguageChange and not self.closed:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.closed = True
        super().closeEvent(event)
