"""A curve drawn by Qt alone: its line segments in one buffer, its bounds a rectangle.

pyqtgraph's curve (``PlotDataItem`` around ``PlotCurveItem`` and a ``ScatterPlotItem``) does
its bookkeeping in Python: every ``setData`` goes through three items, and Qt asks its
Python ``boundingRect`` a score of times a paint (each computing the pen's width in data
units). While the descent lesson's lr slider moves, nine curves change for every value and
their Python was a third of the GUI thread's time (issue 13). :class:`Curve` keeps the data
as handed over, its segments as a float64 buffer that ``QPainter.drawLines`` reads as it is,
and its bounds in C++ (``QGraphicsRectItem`` with no pen): Python runs once per ``setData``
and once per paint.

Segments, not one path: a run that oscillates draws hundreds of segments over each other,
which Qt strokes together as one wide path in about a second, and separately in microseconds.
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

#: Beyond this many device pixels from the view, segments are cut to what is shown before
#: they are drawn: Qt's rasterizer drops (or misdraws) lines with far larger coordinates, and
#: a diverging run or a fitted line that flew off reaches 1e300.
FAR_PX = 1e5


class Curve(QGraphicsRectItem):
    """Line segments through the points handed to :meth:`setData` (``connect="all"``: each
    point to the next; ``"pairs"``: points 0-1, 2-3, ...), drawn with :meth:`setPen`'s pen,
    antialiased when :attr:`antialias` is set. Non-finite points are left out with their
    segments."""

    def __init__(self, connect: str = "all") -> None:
        super().__init__()
        if connect not in ("all", "pairs"):
            raise ValueError(f"connect must be 'all' or 'pairs', not {connect!r}")
        self._connect = connect
        # the bounds are the rectangle alone, which Qt keeps in C++ (the pen is drawn in paint)
        super().setPen(QPen(Qt.PenStyle.NoPen))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.xData: np.ndarray | None = None  # as handed over (tests, framing, hover)
        self.yData: np.ndarray | None = None
        self.antialias = True
        self._pen = QPen()
        self._pen.setCosmetic(True)
        self._segments = np.empty((0, 4))  # x0, y0, x1, y1 per row: QLineF's memory layout
        self._cut: tuple[tuple[float, float, float, float], np.ndarray] | None = None

    # -- pyqtgraph's names, so that a plot's code reads the same for both kinds of curve --
    def setData(self, x, y) -> None:
        """Draw the curve through (``x``, ``y``); empty: nothing."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if x.shape != y.shape or x.ndim != 1:
            raise ValueError(f"x and y must be 1-d and of one length, not {x.shape}, {y.shape}")
        self.xData, self.yData = (x, y) if len(x) else (None, None)
        if self._connect == "all":
            segments = np.column_stack((x[:-1], y[:-1], x[1:], y[1:]))
        else:
            pairs = len(x) // 2
            segments = np.column_stack((x[: 2 * pairs], y[: 2 * pairs])).reshape(pairs, 4)
        finite = np.isfinite(segments).all(axis=1)
        if not finite.all():
            segments = segments[finite]
        self._segments = np.ascontiguousarray(segments)
        self._cut = None
        self.setRect(_bounds(self._segments))
        self.update()

    def getData(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        return self.xData, self.yData

    def setPen(self, pen) -> None:
        """The pen the segments are drawn with (a QPen; cosmetic: its width in pixels)."""
        self._pen = QPen(pen)
        self.update()

    def pen(self) -> QPen:
        return QPen(self._pen)

    def segment_count(self) -> int:
        return len(self._segments)

    # -- drawing -------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        segments = self._segments
        if not len(segments):
            return
        far = painter.worldTransform().mapRect(self.rect())
        if max(abs(far.left()), abs(far.right()), abs(far.top()), abs(far.bottom())) > FAR_PX:
            segments = self._cut_to(option.exposedRect)
            if not len(segments):
                return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        painter.setPen(self._pen)
        painter.drawLines(shiboken6.wrapInstance(segments.ctypes.data, QLineF), len(segments))

    def _cut_to(self, shown: QRectF) -> np.ndarray:
        """The segments cut to ``shown`` (the exposed part, in data units) widened by its own
        size each way: far out, only their direction matters, and it is kept exactly."""
        w, h = shown.width(), shown.height()
        box = (shown.left() - w, shown.top() - h, shown.right() + w, shown.bottom() + h)
        if self._cut is None or self._cut[0] != box:
            s = self._segments
            xs, ys = np.empty(2 * len(s)), np.empty(2 * len(s))
            xs[0::2], xs[1::2], ys[0::2], ys[1::2] = s[:, 0], s[:, 2], s[:, 1], s[:, 3]
            xs, ys = clip_segments(xs, ys, box, pairs=True)
            self._cut = (box, np.ascontiguousarray(np.column_stack((xs, ys)).reshape(-1, 4)))
        return self._cut[1]


def _bounds(segments: np.ndarray) -> QRectF:
    """The segments' rectangle, padded by 2 % of its size each way (room for the pen's width
    in pixels at any plot size the lesson has; a flat line gets 2 % of its height above it
    and below, so that Qt does not take it for an empty rectangle)."""
    if not len(segments):
        return QRectF()
    xs, ys = segments[:, 0::2], segments[:, 1::2]
    x0, x1, y0, y1 = float(xs.min()), float(xs.max()), float(ys.min()), float(ys.max())
    pad_x = 0.02 * (x1 - x0) or 0.02 * max(abs(x0), 1e-3)
    pad_y = 0.02 * (y1 - y0) or 0.02 * max(abs(y0), 1e-3)
    return QRectF(x0 - pad_x, y0 - pad_y, (x1 - x0) + 2 * pad_x, (y1 - y0) + 2 * pad_y)


def clip_segments(
    x: np.ndarray, y: np.ndarray, rect, pairs: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """The polyline (x, y) (``pairs``: the segments 0-1, 2-3, ...) as its segments cut to
    ``rect`` (x_lo, y_lo, x_hi, y_hi): pairs of end points, one pair a segment; segments
    wholly outside are left out (Liang-Barsky).

    An end point where a segment is cut lies on the edge that cut it exactly, and its other
    coordinate is found from the cut's fraction of the segment: a segment from y = -1e300 to
    1e300 has its fraction at a view edge only to 1e-16, which ``y0 + t * dy`` would turn
    into 1e284 (the line would not be drawn), and ``x0 + t * dx`` of a moderate x keeps."""
    x_lo, y_lo, x_hi, y_hi = rect
    if pairs:
        x0, y0, x1, y1 = x[0::2], y[0::2], x[1::2], y[1::2]
    else:
        x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        dx, dy = x1 - x0, y1 - y0
        t0, t1 = np.zeros(len(dx)), np.ones(len(dx))
        keep = np.ones(len(dx), dtype=bool)
        # the end points themselves where a segment is not cut (no rounding of x0 + 1 * dx)
        ax, ay, bx, by = x0.copy(), y0.copy(), x1.copy(), y1.copy()
        edges = (
            (-dx, x0 - x_lo, x_lo, True),
            (dx, x_hi - x0, x_hi, True),
            (-dy, y0 - y_lo, y_lo, False),
            (dy, y_hi - y0, y_hi, False),
        )
        for p, q, edge, upright in edges:
            keep &= (p != 0) | (q >= 0)  # parallel to this edge: inside it or not at all
            r = q / p
            enter = (p < 0) & (r > t0)
            leave = (p > 0) & (r < t1)
            t0 = np.where(enter, r, t0)
            t1 = np.where(leave, r, t1)
            if upright:  # a vertical edge: x is the edge's, y follows
                ax, bx = np.where(enter, edge, ax), np.where(leave, edge, bx)
                ay = np.where(enter, y0 + r * dy, ay)
                by = np.where(leave, y0 + r * dy, by)
            else:
                ay, by = np.where(enter, edge, ay), np.where(leave, edge, by)
                ax = np.where(enter, x0 + r * dx, ax)
                bx = np.where(leave, x0 + r * dx, bx)
        keep &= t0 <= t1
    xs, ys = np.empty(2 * int(keep.sum())), np.empty(2 * int(keep.sum()))
    xs[0::2], xs[1::2] = ax[keep], bx[keep]
    ys[0::2], ys[1::2] = ay[keep], by[keep]
    return xs, ys
