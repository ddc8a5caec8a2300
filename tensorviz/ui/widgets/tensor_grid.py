"""Draws a 0-D to 4-D tensor cell by cell, with each element's index readable.

Layout: a scalar is one cell; a vector one row; a matrix rows x columns; a 3-D tensor its
matrices side by side (``[0]``, ``[1]`` ...); a 4-D tensor a grid of matrices (``[i, j]``).
Column indices of the last dim are written above every matrix, row indices of dim -2 to its
left, so the position of an element along each dim can be read off. A vector may wrap
(``TensorGrid(theme, wraps=True)``) into rows of equal length, as torch prints a long one over
lines, each row with its elements' indices above it: where one row would be scaled down
until its values are too small to write (``torch.linspace(3, 10000000, 10)`` on a projector).

Above the snapshot's cap (or beyond 4-D) a summary is drawn instead: shape, dtype, min, max,
mean, NaN and Inf counts. The whole drawing is scaled down to fit the widget when it must.

Thousands of cells (up to the snapshot cap of 4,096) lay out and paint within the 50 ms
budget: cell positions are numpy arrays (no Python object per cell), every cell's colour is
computed at once per snapshot, each matrix is filled by one scaled image with its outlines
drawn as whole lines, and values are written only where a cell is big enough on screen to
read them (the tooltip gives the value of any cell).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tensorviz.core.literal import drawable
from tensorviz.core.values import TensorSnapshot, format_value, unravel
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.cell_mark import paint_written_mark
from tensorviz.ui.widgets.paint import blend

Index = tuple[int, ...]
COLOR_MODES = ("value", "dtype", "none")
# Smallest fit scale: a 4-D tensor of 4,096 cells still fits a lesson's picture.
MIN_SCALE = 0.08
# Values are written only when a cell is at least this many pixels (at zoom 100) tall on screen.
MIN_TEXT_PX = 11
# A grid asks for the height that writes its values where that is at most this (at zoom 100).
MAX_WRITTEN_HEIGHT = 320
# Index labels are written only when their font is at least this many pixels tall on screen.
MIN_LABEL_PX = 7
# Cell outlines are drawn only when a cell is at least this many pixels wide on screen.
MIN_BORDER_PX = 6
# A vector wraps only where it has at most this many elements (more are not read one by one)
# and its rows are then drawn at least this much larger than one row would be.
WRAP_MAX_CELLS = 64
WRAP_GAIN = 1.25


@dataclass(frozen=True, eq=False)
class _Geometry:
    """Where cells and labels go, in unscaled widget coordinates.

    ``xs`` and ``ys`` hold the top left corner of every cell in C order (flat index), all
    cells ``cell`` wide and ``cell_h`` tall; ``block`` is the rows and columns of one matrix.
    """

    cell: float
    cell_h: float
    xs: np.ndarray
    ys: np.ndarray
    block: tuple[int, int]
    col_labels: list[tuple[QRectF, str]]
    row_labels: list[tuple[QRectF, str]]
    block_labels: list[tuple[QRectF, str]]
    size: QSize


def _rgb(colour: QColor) -> np.ndarray:
    return np.array([colour.red(), colour.green(), colour.blue()], dtype=np.float64)


def _blend_many(a: np.ndarray, b: np.ndarray, t: np.ndarray | float) -> np.ndarray:
    """:func:`~tensorviz.ui.widgets.paint.blend` for arrays of RGB rows (the same rounding,
    so the same colours)."""
    t = np.clip(np.asarray(t, dtype=np.float64), 0.0, 1.0)
    if t.ndim:
        t = t[:, None]
    return np.rint(a + (b - a) * t)


def _argb(rgb: np.ndarray) -> np.ndarray:
    """Opaque ARGB32 pixels (what :class:`QImage` reads) from RGB rows."""
    c = rgb.astype(np.uint32)
    return np.uint32(0xFF000000) | (c[:, 0] << 16) | (c[:, 1] << 8) | c[:, 2]


def _runs(lines: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Runs of equal values along the last axis of a 2-D bool array: line, start, end, value."""
    n_lines, length = lines.shape
    if not n_lines or not length:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty, np.zeros(0, dtype=bool)
    change = np.ones(lines.shape, dtype=bool)
    change[:, 1:] = lines[:, 1:] != lines[:, :-1]
    line, start = np.nonzero(change)
    flat = line * length + start
    end = np.append(flat[1:], n_lines * length) - line * length
    end = np.minimum(end, length)
    return line, start, end, lines[line, start]


class TensorGrid(QWidget):
    """Paints a :class:`~tensorviz.core.values.TensorSnapshot`.

    Lessons may highlight cells (``set_highlight``), ghost cells that are not real elements
    (``set_ghost``, used for broadcast copies) or give cells categorical colours
    (``set_cell_tones``, used to colour elements by storage slot).
    """

    cell_hovered = Signal(object)  # Index or None
    cell_clicked = Signal(object)  # Index

    def __init__(self, theme: Theme, parent: QWidget | None = None, *, wraps: bool = False):
        """``wraps``: a vector may wrap into rows where one row would be drawn too small (see
        the module); the size hints stay those of one row."""
        super().__init__(parent)
        self.setObjectName("tensor_grid")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._theme = theme
        self._snap: TensorSnapshot | None = None
        self._title = ""
        self._color_mode = "value"
        self._highlight: dict[Index, str] = {}
        self._written: frozenset[Index] = frozenset()  # highlighted cells with the mark
        self._ghost: np.ndarray | None = None
        self._tones: np.ndarray | None = None
        self._hover: Index | None = None
        self._drawn: _Geometry | None = None  # as drawn now (_geometry)
        self._wrapped_for: QSize | None = None  # the size _drawn was chosen for
        self._max_scale = 1.0
        self._grow_hint = False
        self._min_scale = 0.0  # 0: a small fixed minimum, whatever the drawing
        self._fills = np.zeros(0, dtype=np.uint32)  # ARGB of every cell, C order
        self._fills_key: tuple | None = None
        self._wraps = wraps
        self._natural: _Geometry | None = None  # unwrapped: what the size hints ask for
        self._readable: QSize | None = None  # readable_size, once asked

    # -- public ----------------------------------------------------------------------------
    def set_max_scale(self, scale: float, *, grow_hint: bool = False) -> None:
        """Let a small drawing grow up to ``scale`` times to fill the widget (default 1).

        With ``grow_hint`` the size hint asks for the grown size (room to fill, not a
        minimum); by default it stays the drawing's natural size.
        """
        self._max_scale = max(1.0, float(scale))
        self._grow_hint = grow_hint
        self.updateGeometry()
        self.update()

    def set_min_scale(self, scale: float) -> None:
        """Ask for room enough to draw at least ``scale`` of the natural size, and never less
        than its values are written at (the minimum size hint follows the drawing, never under
        a small floor): beside other grids in a narrow picture each shrinks to fit, and a big
        tensor scrolls before it turns unreadable. By default (0) the minimum is small and
        fixed."""
        self._min_scale = max(0.0, float(scale))
        self.updateGeometry()

    def set_snapshot(self, snap: TensorSnapshot | None, title: str = "") -> None:
        self._snap = snap
        self._title = title
        self._highlight = {}
        self._written = frozenset()
        self._ghost = None
        self._tones = None
        self._hover = None
        self._relayout()

    def snapshot(self) -> TensorSnapshot | None:
        return self._snap

    def set_title(self, title: str) -> None:
        self._title = title
        self._relayout()

    def set_color_mode(self, mode: str) -> None:
        if mode not in COLOR_MODES:
            raise ValueError(mode)
        self._color_mode = mode
        self._fills_key = None
        self.update()

    def set_highlight(self, cells: dict[Index, str], written: Iterable[Index] = ()) -> None:
        """Outline ``cells`` in a theme colour: ``{(0, 1): "highlight", (1, 1): "accent"}``;
        those of them in ``written`` also get the written mark (:mod:`cell_mark`)."""
        self._highlight = dict(cells)
        self._written = frozenset(tuple(i) for i in written).intersection(self._highlight)
        self.update()

    def written_cells(self) -> frozenset[Index]:
        """The highlighted cells drawn with the written mark."""
        return self._written

    def set_ghost(self, mask: np.ndarray | None) -> None:
        """Draw cells where ``mask`` is True as ghosts: copies that are not real elements."""
        self._ghost = None if mask is None else np.asarray(mask, dtype=bool)
        self._fills_key = None  # ghosts are filled paler
        self.update()

    def set_cell_tones(self, tones: np.ndarray | None) -> None:
        """Colour each cell by an integer category (e.g. its storage slot), overriding values."""
        self._tones = None if tones is None else np.asarray(tones)
        self._fills_key = None  # the same array may come back with new contents
        self.update()

    def cell_rect(self, index: Index) -> QRectF | None:
        """Where cell ``index`` is drawn, in widget coordinates (after fit scaling)."""
        r = self._unscaled_rect(index)
        if r is None:
            return None
        s, o = self._transform()
        return QRectF(o.x() + r.x() * s, o.y() + r.y() * s, r.width() * s, r.height() * s)

    def index_at(self, pos: QPointF) -> Index | None:
        g, snap = self._geometry, self._snap
        if g is None or snap is None or not g.xs.size:
            return None
        s, o = self._transform()
        x, y = (pos.x() - o.x()) / s, (pos.y() - o.y()) / s
        hit = np.flatnonzero(
            (g.xs <= x) & (x < g.xs + g.cell) & (g.ys <= y) & (y < g.ys + g.cell_h)
        )
        if not hit.size:
            return None
        return unravel(int(hit[0]), snap.shape)

    def text_of(self, index: Index) -> str:
        """The text drawn in cell ``index``."""
        snap = self._snap
        if snap is None or snap.text is None:
            raise LookupError("no cells drawn")
        flat = int(np.ravel_multi_index(index, snap.shape)) if snap.shape else 0
        return snap.text[flat]

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._relayout()

    # -- layout ----------------------------------------------------------------------------
    def _relayout(self) -> None:
        self._natural = self._drawn = self._compute_geometry()
        self._readable = None  # readable_size, made again when next asked
        self._wrapped_for = None
        self.updateGeometry()
        self.update()

    @property
    def _geometry(self) -> _Geometry | None:
        """Where everything is drawn at the widget's size now: the natural layout, or a
        vector's rows (chosen again when the size changes, also while hidden)."""
        if self._wraps and self._wrapped_for != self.size():
            self._wrapped_for = self.size()
            self._drawn = self._wrapped()
        return self._drawn

    def _wrapped(self) -> _Geometry | None:
        """A vector in the rows that let it be drawn largest at the widget's size, where that
        is WRAP_GAIN larger than one row (rows of a length that divides it: no row shorter
        than the others); else the natural layout."""
        g, snap = self._natural, self._snap
        if g is None or snap is None or len(snap.shape) != 1:
            return g
        n = snap.shape[0]
        if not 2 <= n <= WRAP_MAX_CELLS or self.width() <= 0 or self.height() <= 0:
            return g
        best, best_scale = g, self._fit_scale(g) * WRAP_GAIN
        for rows in (r for r in range(2, n + 1) if n % r == 0):
            wrapped = self._compute_geometry(columns=n // rows)
            scale = 0.0 if wrapped is None else self._fit_scale(wrapped)
            if scale > best_scale:
                best, best_scale = wrapped, scale
        return best

    def _fit_scale(self, g: _Geometry) -> float:
        """How large ``g`` is drawn at the widget's size (before MIN_SCALE; 0: an empty
        drawing)."""
        size = g.size
        if not size.width() or not size.height():
            return 0.0
        return min(self._max_scale, self.width() / size.width(), self.height() / size.height())

    def _fonts(self):
        return self._theme.font(10.5, mono=True), self._theme.font(8.5)

    def _compute_geometry(self, columns: int | None = None) -> _Geometry | None:
        """Where everything goes; ``columns``: a vector in rows of that many elements."""
        snap = self._snap
        # the shape alone decides too: a tensor of 0 elements may have 10**6 columns to label
        if snap is None or snap.summarised or not drawable(snap.shape):
            return None
        value_font, label_font = self._fonts()
        fm = QFontMetricsF(value_font)
        lm = QFontMetricsF(label_font)
        # the longest text by characters is the widest in the (monospace) value font
        longest = fm.horizontalAdvance(max(snap.text or ("0",), key=len))
        px = self._theme.px
        # 10% slack: at small point sizes glyphs render wider than the metrics say
        cell_w = max(longest * 1.1 + px(8), fm.height() * 1.9)
        cell_h = fm.height() * 1.7
        gap = px(22)
        label_h = lm.height() * 1.3
        row_label_w = lm.horizontalAdvance("00") + px(8)
        title_h = lm.height() * 1.6 if self._title else 0.0

        shape = snap.shape
        nd = len(shape)
        rows = shape[-2] if nd >= 2 else 1
        cols = shape[-1] if nd >= 1 else 1
        blocks_r = shape[0] if nd == 4 else 1
        blocks_c = shape[-3] if nd >= 3 else 1
        wrapped = nd == 1 and columns is not None and columns < cols
        if wrapped:  # each row of the vector drawn as a matrix of one row, one under another
            blocks_r, cols = cols // columns, columns
            gap_r = px(6)
        else:
            gap_r = gap
        block_label_h = label_h if nd >= 3 else 0.0
        block_w = row_label_w + cols * cell_w
        block_h = block_label_h + label_h + rows * cell_h
        col_labels: list[tuple[QRectF, str]] = []
        row_labels: list[tuple[QRectF, str]] = []
        block_labels: list[tuple[QRectF, str]] = []
        margin = px(6)
        inset = px(4)
        for br in range(blocks_r):
            for bc in range(blocks_c):
                x0 = margin + bc * (block_w + gap)
                y0 = margin + title_h + br * (block_h + gap_r)
                prefix: Index = (br, bc) if nd == 4 else (bc,) if nd == 3 else ()
                if nd >= 3:
                    text = "[" + ", ".join(str(i) for i in prefix) + "]"
                    block_labels.append((QRectF(x0, y0, block_w, block_label_h), text))
                top = y0 + block_label_h
                if nd >= 1:
                    first = br * cols if wrapped else 0  # a wrapped vector's indices run on
                    for c in range(cols):
                        r = QRectF(x0 + row_label_w + c * cell_w, top, cell_w, label_h)
                        col_labels.append((r, str(first + c)))
                if nd >= 2:
                    for r_i in range(rows):
                        y = top + label_h + r_i * cell_h
                        row_labels.append((QRectF(x0, y, row_label_w - inset, cell_h), str(r_i)))
        # every cell's corner at once, in C order: block row, block column, row, column
        n = math.prod(shape)
        br_, bc_, r_, c_ = np.indices((blocks_r, blocks_c, rows, cols), dtype=np.float64)
        xs = margin + bc_ * (block_w + gap) + row_label_w + c_ * cell_w
        ys = margin + title_h + br_ * (block_h + gap_r) + block_label_h + label_h + r_ * cell_h
        width = margin * 2 + blocks_c * block_w + (blocks_c - 1) * gap
        height = margin * 2 + title_h + blocks_r * block_h + (blocks_r - 1) * gap_r
        if n == 0:  # a dim of size 0: nothing to draw but the labels
            height = max(height, title_h + label_h * 2)
        return _Geometry(
            cell=cell_w,
            cell_h=cell_h,
            xs=xs.reshape(-1)[:n],
            ys=ys.reshape(-1)[:n],
            block=(rows, cols) if n else (0, 0),
            col_labels=col_labels,
            row_labels=row_labels,
            block_labels=block_labels,
            size=QSize(math.ceil(width), math.ceil(height)),
        )

    def _flat(self, index: Index) -> int | None:
        """The C-order position of cell ``index``, or None where there is no such cell."""
        snap = self._snap
        if snap is None or self._geometry is None:
            return None
        index = tuple(int(i) for i in index)
        if len(index) != len(snap.shape):
            return None
        if any(not 0 <= i < s for i, s in zip(index, snap.shape, strict=True)):
            return None
        return int(np.ravel_multi_index(index, snap.shape)) if snap.shape else 0

    def _unscaled_rect(self, index: Index) -> QRectF | None:
        flat = self._flat(index)
        g = self._geometry
        if flat is None or g is None:
            return None
        return QRectF(float(g.xs[flat]), float(g.ys[flat]), g.cell, g.cell_h)

    def _transform(self) -> tuple[float, QPointF]:
        """Scale and offset that fit the drawing into the widget, centred horizontally."""
        g = self._geometry
        if g is None or g.size.width() == 0 or g.size.height() == 0:
            return 1.0, QPointF(0, 0)
        s = max(self._fit_scale(g), MIN_SCALE)
        ox = max(0.0, (self.width() - g.size.width() * s) / 2)
        return s, QPointF(ox, 0.0)

    def sizeHint(self) -> QSize:
        if self._natural is None:
            return QSize(self._theme.px(320), self._theme.px(140))
        size = self._natural.size
        if not self._grow_hint:
            return size
        return QSize(round(size.width() * self._max_scale), round(size.height() * self._max_scale))

    def minimumSizeHint(self) -> QSize:
        px = self._theme.px
        if self._natural is None:
            return QSize(px(120), px(60))
        if not self._min_scale:
            # as tall as its values are written at: squeezed under a table or beside a
            # card, a grid was drawn blank (a short picture scrolls); as narrow as any. Not a
            # big tensor (a 64x64 asked for 700 px): it is seen whole, in colour
            written = self.readable_size().height()  # a tensor without text: px(60)
            if written > px(MAX_WRITTEN_HEIGHT):
                written = 0
            return QSize(px(120), max(px(60), written))
        g = self._natural
        scale = self._min_scale
        if self._snap is not None and self._snap.text is not None:
            # at 0.4 the ops equations' 2x3 grids (drawn at 1.4x the window's zoom) had cells
            # 22.99 px tall for a 23 px threshold, and wrote nothing (the course's hadamard
            # steps at 1024x768 zoom 150): blank cells, however much was scrolled
            scale = max(scale, min(1.0, self._text_scale(g)))
        return QSize(
            max(px(60), math.ceil(g.size.width() * scale)),
            max(px(40), math.ceil(g.size.height() * scale)),
        )

    def readable_size(self) -> QSize:
        """The least size at which its values are written: the drawing's natural size at the
        scale that writes them (at most its natural size; a vector that wraps, in rows about
        as many as its columns); where it writes none (no tensor, a summary, a tensor too
        big to draw), its minimum."""
        if self._readable is None:  # asked at every layout pass (minimumSizeHint): kept
            self._readable = self._readable_now()
        return QSize(self._readable)

    def _readable_now(self) -> QSize:
        g, snap = self._natural, self._snap
        if g is None or snap is None or snap.text is None:
            return QSize(self._theme.px(120), self._theme.px(60))
        n = snap.shape[0] if len(snap.shape) == 1 else 0
        if self._wraps and 2 <= n <= WRAP_MAX_CELLS:
            columns = min(c for c in range(1, n + 1) if n % c == 0 and c * c >= n)
            g = self._compute_geometry(columns=columns) or g
        px = self._theme.px
        scale = max(MIN_SCALE, min(1.0, self._text_scale(g)))
        width, height = g.size.width() * scale, g.size.height() * scale
        return QSize(max(px(60), math.ceil(width)), max(px(40), math.ceil(height)))

    def _text_scale(self, g: _Geometry) -> float:
        """The least scale at which the cells' values are written: cells MIN_TEXT_PX (at
        zoom 100) tall on screen."""
        return self._theme.px(MIN_TEXT_PX) / g.cell_h if g.cell_h > 0 else math.inf

    # -- painting --------------------------------------------------------------------------
    def _ghost_mask(self, snap: TensorSnapshot) -> np.ndarray | None:
        """The ghost mask as one bool per cell in C order, or None when nothing is a ghost."""
        if self._ghost is None or not self._ghost.any():
            return None
        return np.broadcast_to(self._ghost, snap.shape).reshape(-1)

    def _cell_fills(self, snap: TensorSnapshot, g: _Geometry) -> np.ndarray:
        """Every cell's fill as ARGB32 in C order, computed for all cells at once and kept
        until the snapshot, colours, tones, ghosts, theme or layout change."""
        key = (snap, self._color_mode, self._tones, self._ghost, self._theme, g)
        cached = self._fills_key
        if cached is None or any(a is not b for a, b in zip(cached, key, strict=True)):
            self._fills = _argb(self._fill_rgb(snap, g.xs.size))
            self._fills_key = key
        return self._fills

    def _fill_rgb(self, snap: TensorSnapshot, n: int) -> np.ndarray:
        t = self._theme
        surface = _rgb(QColor(t.surface if t.name != "contrast" else "#000000"))
        if not n:
            return np.zeros((0, 3))
        if self._tones is not None:
            series = np.array([_rgb(QColor(c)) for c in t.series])
            tones = np.broadcast_to(self._tones, snap.shape).reshape(-1).astype(np.int64)
            palette = _blend_many(surface, series, 0.45)
            rgb = palette[tones % len(series)]
        elif self._color_mode == "none" or snap.values is None:
            rgb = np.repeat(surface[None, :], n, axis=0)
        elif self._color_mode == "dtype":
            colour = {"float": t.series[0], "int": t.series[2], "bool": t.series[3]}.get(
                snap.kind, t.series[4]
            )
            one = _blend_many(surface, _rgb(QColor(colour)), 0.3)
            rgb = np.repeat(one[None, :], n, axis=0)
        else:
            # diverging from the surface: positive one way, negative the other, scaled by the
            # largest finite magnitude of this snapshot
            v = np.asarray(snap.values, dtype=np.float64).reshape(-1)
            finite = np.isfinite(v)
            scale = float(np.abs(v[finite]).max()) if finite.any() else 0.0
            strength = 0.6 * np.abs(np.where(finite, v, 0.0)) / (scale or 1.0)
            target = np.where((v >= 0)[:, None], _rgb(QColor(t.positive)), _rgb(QColor(t.negative)))
            rgb = _blend_many(surface, target, strength)
            rgb[~finite] = _blend_many(surface, _rgb(QColor(t.warning)), 0.5)
        ghost = self._ghost_mask(snap)
        if ghost is not None:
            rgb = rgb.copy()
            rgb[ghost] = _blend_many(_rgb(QColor(t.surface)), rgb[ghost], 0.35)
        return rgb

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        snap = self._snap
        if snap is None:
            return
        if self._geometry is None:
            self._paint_summary(painter, snap)
            return
        s, o = self._transform()
        painter.translate(o)
        painter.scale(s, s)
        self._paint_cells(painter, snap, self._geometry, s)

    def _paint_cells(
        self, painter: QPainter, snap: TensorSnapshot, g: _Geometry, scale: float
    ) -> None:
        t = self._theme
        value_font, label_font = self._fonts()
        text_colour = QColor(t.text)
        muted = QColor(t.muted)
        centre = Qt.AlignmentFlag.AlignCenter
        if self._title:
            painter.setFont(label_font)
            painter.setPen(text_colour)
            lm = QFontMetricsF(label_font)
            painter.drawText(
                QRectF(t.px(6), 0, g.size.width(), lm.height() * 1.5),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._title,
            )
        painter.setFont(label_font)
        if QFontMetricsF(label_font).height() * scale >= MIN_LABEL_PX:
            painter.setPen(muted)
            for rect, text in g.col_labels:
                painter.drawText(rect, centre, text)
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            for rect, text in g.row_labels:
                painter.drawText(rect, right, text)
        painter.setPen(text_colour)
        for rect, text in g.block_labels:
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if not g.xs.size:
            return
        ghost = self._ghost_mask(snap)
        self._paint_fills(painter, snap, g)
        if ghost is not None:
            self._paint_hatching(painter, g, ghost)
        if g.cell * scale >= MIN_BORDER_PX:
            self._paint_outlines(painter, g, ghost)
        # outlines keep their width on screen when the drawing is scaled down
        thin = 1.0 / min(scale, 1.0)
        for index in self._written:  # under the value, as in the memory strips: "100" whole
            rect = self._unscaled_rect(index)
            if rect is not None:
                inner = t.px(2.5) * thin  # inside the outline drawn below
                colour = QColor(getattr(t, self._highlight[index], t.highlight))
                paint_written_mark(painter, rect.adjusted(inner, inner, -inner, -inner), colour)
        if snap.text is not None and scale >= self._text_scale(g):
            painter.setFont(value_font)
            is_ghost = np.zeros(g.xs.size, dtype=bool) if ghost is None else ghost
            for cells, colour in ((~is_ghost, text_colour), (is_ghost, muted)):
                self._paint_texts(painter, snap.text, g, np.flatnonzero(cells), colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, role in self._highlight.items():
            rect = self._unscaled_rect(index)
            if rect is not None:
                painter.setPen(QPen(QColor(getattr(t, role, t.highlight)), t.px(3) * thin))
                inset = t.px(1) * thin
                painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        if self._hover is not None:
            rect = self._unscaled_rect(self._hover)
            if rect is not None:
                painter.setPen(QPen(QColor(t.accent), t.px(2) * thin))
                painter.drawRect(rect)

    def _blocks(self, g: _Geometry):
        """Each matrix block: its first flat index and its rectangle (rows x columns of cells)."""
        rows, cols = g.block
        per_block = rows * cols
        for b in range(g.xs.size // per_block if per_block else 0):
            first = b * per_block
            x0, y0 = float(g.xs[first]), float(g.ys[first])
            yield first, QRectF(x0, y0, cols * g.cell, rows * g.cell_h)

    def _paint_fills(self, painter: QPainter, snap: TensorSnapshot, g: _Geometry) -> None:
        """One image per matrix block, a pixel per cell, scaled up onto the cells."""
        argb = self._cell_fills(snap, g)
        rows, cols = g.block
        for first, target in self._blocks(g):
            pixels = np.ascontiguousarray(argb[first : first + rows * cols])
            image = QImage(pixels.data, cols, rows, cols * 4, QImage.Format.Format_ARGB32)
            painter.drawImage(target, image)

    def _paint_hatching(self, painter: QPainter, g: _Geometry, ghost: np.ndarray) -> None:
        """Diagonal hatching over ghost cells, one rectangle per run of ghosts in a row."""
        t = self._theme
        cols = g.block[1]
        line, start, end, is_ghost = _runs(ghost.reshape(-1, cols))
        rects = [
            QRectF(float(g.xs[k * cols + a]), float(g.ys[k * cols + a]), (b - a) * g.cell, g.cell_h)
            for k, a, b in zip(
                line[is_ghost].tolist(),
                start[is_ghost].tolist(),
                end[is_ghost].tolist(),
                strict=True,
            )
        ]
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        brush = QBrush(blend(QColor(t.surface), QColor(t.muted), 0.5), Qt.BrushStyle.BDiagPattern)
        painter.setBrush(brush)
        painter.drawRects(rects)
        painter.restore()

    def _paint_outlines(self, painter: QPainter, g: _Geometry, ghost: np.ndarray | None) -> None:
        """Cell outlines as whole lines per matrix: solid along real cells, dashed where only
        ghosts meet (a real cell keeps its solid outline next to a ghost)."""
        t = self._theme
        rows, cols = g.block
        n_blocks = g.xs.size // (rows * cols)
        cells = (
            np.zeros((n_blocks, rows, cols), dtype=bool)
            if ghost is None
            else ghost.reshape(n_blocks, rows, cols)
        )
        # True outside the block: an edge is solid when a real cell lies on either side
        padded = np.ones((n_blocks, rows + 2, cols + 2), dtype=bool)
        padded[:, 1:-1, 1:-1] = cells
        # vertical edges: (block, column boundary, row); horizontal: (block, row boundary, col)
        v_real = ~(padded[:, 1:-1, :-1] & padded[:, 1:-1, 1:]).transpose(0, 2, 1)
        h_real = ~(padded[:, :-1, 1:-1] & padded[:, 1:, 1:-1])
        x0 = g.xs[:: rows * cols]
        y0 = g.ys[:: rows * cols]
        solid: list[QLineF] = []
        dashed: list[QLineF] = []
        cw, ch = g.cell, g.cell_h
        line, start, end, real = _runs(v_real.reshape(-1, rows))
        b, j = np.divmod(line, cols + 1)
        xv = x0[b] + j * cw
        for x, ya, yb, r in zip(
            xv.tolist(),
            (y0[b] + start * ch).tolist(),
            (y0[b] + end * ch).tolist(),
            real.tolist(),
            strict=True,
        ):
            (solid if r else dashed).append(QLineF(x, ya, x, yb))
        line, start, end, real = _runs(h_real.reshape(-1, cols))
        b, i = np.divmod(line, rows + 1)
        yh = y0[b] + i * ch
        for y, xa, xb, r in zip(
            yh.tolist(),
            (x0[b] + start * cw).tolist(),
            (x0[b] + end * cw).tolist(),
            real.tolist(),
            strict=True,
        ):
            (solid if r else dashed).append(QLineF(xa, y, xb, y))
        if dashed:
            painter.setPen(QPen(QColor(t.muted), t.px(1), Qt.PenStyle.DashLine))
            painter.drawLines(dashed)
        if solid:
            painter.setPen(QPen(QColor(t.border), t.px(1)))
            painter.drawLines(solid)

    def _paint_texts(
        self, painter: QPainter, texts: tuple[str, ...], g: _Geometry, flats, colour: QColor
    ) -> None:
        """Each value centred in its cell (``flats``: the cells' C-order positions)."""
        painter.setPen(colour)
        centre = Qt.AlignmentFlag.AlignCenter
        cw, ch = g.cell, g.cell_h
        flats = flats[flats < len(texts)]
        for x, y, k in zip(g.xs[flats].tolist(), g.ys[flats].tolist(), flats.tolist(), strict=True):
            painter.drawText(QRectF(x, y, cw, ch), centre, texts[k])

    def _paint_summary(self, painter: QPainter, snap: TensorSnapshot) -> None:
        t = self._theme
        painter.setPen(QColor(t.text))
        painter.setFont(t.font(11, mono=True))
        lines = [self._title] if self._title else []
        lines.append(
            self.tr("shape {0}   dtype {1}   {2} elements").format(
                tuple(snap.shape), snap.dtype, f"{snap.numel:,}"
            )
        )
        if snap.summarised:
            lines.append(self.tr("Too many elements to draw each one; summary:"))
        else:
            lines.append(self.tr("More than 4 dims: drawn as a summary"))
        summary = snap.summary
        if summary is not None:
            fmt = lambda v: format_value(v, "float")  # noqa: E731
            lines.append(
                f"min {fmt(summary.minimum)}   max {fmt(summary.maximum)}"
                f"   mean {fmt(summary.mean)}"
            )
            lines.append(f"NaN {summary.nan_count:,}   Inf {summary.inf_count:,}")
        painter.drawText(
            self.rect().adjusted(t.px(8), t.px(8), -t.px(8), -t.px(8)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            "\n".join(lines),
        )

    # -- mouse -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index != self._hover:
            self._hover = index
            self.update()
            self.cell_hovered.emit(index)
        if index is not None and self._snap is not None:
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{list(index)} = {self.text_of(index)}",
                self,
            )
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
            self.cell_hovered.emit(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position())
        if index is not None:
            self.cell_clicked.emit(index)
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:
        self.update()  # a vector's rows are chosen again (_geometry); its hints stay one row's
        super().resizeEvent(event)
