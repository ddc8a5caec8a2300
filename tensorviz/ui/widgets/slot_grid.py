"""A :class:`TensorGrid` that lays out and paints thousands of cells fast.

The shape lesson draws tensors of up to 4,096 elements cell by cell within a 50 ms budget.
:class:`SlotGrid` keeps TensorGrid's look, API and signals (``set_snapshot``,
``set_cell_tones``, ``set_highlight``, ``cell_rect``, ``index_at``, ``text_of``,
``cell_hovered``), but computes the cell positions with numpy, paints cells of one colour with
one ``drawRects`` call, and writes values only where they are big enough to read on screen
(the tooltip and the lesson's formula give the value of any cell). Cells coloured by value or
drawn as ghosts fall back to TensorGrid's own painting.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from tensorviz.core.values import TensorSnapshot
from tensorviz.ui.widgets.tensor_grid import TensorGrid, _blend, _Geometry

Index = tuple[int, ...]

#: Where TensorGrid's texts are translated (a name, not a literal: this file has none).
_BASE_CONTEXT = "TensorGrid"
#: Smallest fit scale: a 4-D tensor of 4,096 cells still fits a lesson's picture.
MIN_SCALE = 0.08
#: Values are written only when a cell is at least this many pixels tall on screen.
MIN_TEXT_PX = 11


class SlotGrid(TensorGrid):
    """TensorGrid with a numpy layout and batched painting (see the module docstring)."""

    def __init__(self, theme, parent=None) -> None:
        self._xs: np.ndarray | None = None  # left of each cell, C order, unscaled
        self._ys: np.ndarray | None = None
        self._cw = 0.0
        self._ch = 0.0
        self._block = (0, 0)  # rows and columns of one matrix block
        super().__init__(theme, parent)
        self.setObjectName("slot_grid")

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """TensorGrid's own texts (its summary), translated in TensorGrid's context: PySide
        would otherwise look them up under this subclass's name."""
        return QCoreApplication.translate(_BASE_CONTEXT, text, disambiguation, n)

    # -- layout ----------------------------------------------------------------------------
    def _compute_geometry(self) -> _Geometry | None:
        snap = self._snap
        self._xs = self._ys = None
        if snap is None or snap.summarised or snap.ndim > 4:
            return None
        value_font, label_font = self._fonts()
        fm = QFontMetricsF(value_font)
        lm = QFontMetricsF(label_font)
        texts = snap.text or ("0",)
        # the longest text by characters is the widest in a monospace font
        longest = fm.horizontalAdvance(max(texts, key=len)) if texts else 10.0
        px = self._theme.px
        cell_w = max(longest + px(8), fm.height() * 1.9)
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
        block_label_h = label_h if nd >= 3 else 0.0
        block_w = row_label_w + cols * cell_w
        block_h = block_label_h + label_h + rows * cell_h
        margin = px(6)
        col_labels: list[tuple[QRectF, str]] = []
        row_labels: list[tuple[QRectF, str]] = []
        block_labels: list[tuple[QRectF, str]] = []
        for br in range(blocks_r):
            for bc in range(blocks_c):
                x0 = margin + bc * (block_w + gap)
                y0 = margin + title_h + br * (block_h + gap)
                prefix: Index = (br, bc) if nd == 4 else (bc,) if nd == 3 else ()
                if nd >= 3:
                    text = "[" + ", ".join(str(i) for i in prefix) + "]"
                    block_labels.append((QRectF(x0, y0, block_w, block_label_h), text))
                top = y0 + block_label_h
                if nd >= 1:
                    for c in range(cols):
                        r = QRectF(x0 + row_label_w + c * cell_w, top, cell_w, label_h)
                        col_labels.append((r, str(c)))
                if nd >= 2:
                    for r_i in range(rows):
                        y = top + label_h + r_i * cell_h
                        row_labels.append((QRectF(x0, y, row_label_w - px(4), cell_h), str(r_i)))
        # The same positions as TensorGrid, for every element at once.
        full = (blocks_r, blocks_c, rows, cols)
        br, bc, r, c = np.indices(full, dtype=np.float64)
        xs = margin + bc * (block_w + gap) + row_label_w + c * cell_w
        ys = margin + title_h + br * (block_h + gap) + block_label_h + label_h + r * cell_h
        n = math.prod(shape)
        self._xs = xs.reshape(-1)[:n] if n else np.zeros(0)
        self._ys = ys.reshape(-1)[:n] if n else np.zeros(0)
        self._cw, self._ch = cell_w, cell_h
        self._block = (rows, cols) if n else (0, 0)
        width = margin * 2 + blocks_c * block_w + (blocks_c - 1) * gap
        height = margin * 2 + title_h + blocks_r * block_h + (blocks_r - 1) * gap
        if n == 0:
            height = max(height, title_h + label_h * 2)
        return _Geometry(
            cell=cell_w,
            rects={},  # built only when TensorGrid's own painting is needed
            col_labels=col_labels,
            row_labels=row_labels,
            block_labels=block_labels,
            size=QSize(math.ceil(width), math.ceil(height)),
        )

    def _flat(self, index: Index) -> int | None:
        snap = self._snap
        if snap is None or self._xs is None:
            return None
        index = tuple(int(i) for i in index)
        if len(index) != len(snap.shape):
            return None
        if any(not 0 <= i < s for i, s in zip(index, snap.shape, strict=True)):
            return None
        return int(np.ravel_multi_index(index, snap.shape)) if snap.shape else 0

    def _unscaled_rect(self, index: Index) -> QRectF | None:
        flat = self._flat(index)
        if flat is None or self._xs is None or self._ys is None:
            return None
        return QRectF(float(self._xs[flat]), float(self._ys[flat]), self._cw, self._ch)

    def cell_rect(self, index: Index) -> QRectF | None:
        r = self._unscaled_rect(index)
        if r is None:
            return None
        s, o = self._transform()
        return QRectF(o.x() + r.x() * s, o.y() + r.y() * s, r.width() * s, r.height() * s)

    def index_at(self, pos: QPointF) -> Index | None:
        if self._xs is None or self._ys is None or self._snap is None or not self._xs.size:
            return None
        s, o = self._transform()
        x, y = (pos.x() - o.x()) / s, (pos.y() - o.y()) / s
        hit = np.flatnonzero(
            (self._xs <= x)
            & (x < self._xs + self._cw)
            & (self._ys <= y)
            & (y < self._ys + self._ch)
        )
        if not hit.size:
            return None
        if not self._snap.shape:
            return ()
        return tuple(int(i) for i in np.unravel_index(int(hit[0]), self._snap.shape))

    def _transform(self) -> tuple[float, QPointF]:
        g = self._geometry
        if g is None or g.size.width() == 0 or g.size.height() == 0:
            return 1.0, QPointF(0, 0)
        s = min(self._max_scale, self.width() / g.size.width(), self.height() / g.size.height())
        s = max(s, MIN_SCALE)
        ox = max(0.0, (self.width() - g.size.width() * s) / 2)
        return s, QPointF(ox, 0.0)

    def sizeHint(self) -> QSize:
        """The natural size grown by the max scale: room to fill, not a minimum."""
        hint = super().sizeHint()
        if self._geometry is None:
            return hint
        return QSize(round(hint.width() * self._max_scale), round(hint.height() * self._max_scale))

    # -- painting --------------------------------------------------------------------------
    def _rects(self) -> dict[Index, QRectF]:
        snap = self._snap
        if snap is None or self._xs is None or self._ys is None:
            return {}
        indices = np.ndindex(*snap.shape) if snap.shape else iter([()])
        return {
            tuple(int(i) for i in index): QRectF(float(x), float(y), self._cw, self._ch)
            for index, x, y in zip(indices, self._xs, self._ys, strict=False)
        }

    def _paint_cells(self, painter: QPainter, snap: TensorSnapshot, g: _Geometry) -> None:
        if self._tones is None or self._ghost is not None:
            super()._paint_cells(painter, snap, replace(g, rects=self._rects()))
            return
        t = self._theme
        value_font, label_font = self._fonts()
        text_colour = QColor(t.text)
        centre = Qt.AlignmentFlag.AlignCenter
        scale, _ = self._transform()
        if self._title:
            painter.setFont(label_font)
            painter.setPen(text_colour)
            lm = QFontMetricsF(label_font)
            painter.drawText(
                QRectF(t.px(6), 0, g.size.width(), lm.height() * 1.5),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._title,
            )
        labels_readable = QFontMetricsF(label_font).height() * scale >= 7
        if labels_readable:
            painter.setFont(label_font)
            painter.setPen(QColor(t.muted))
            for rect, text in g.col_labels:
                painter.drawText(rect, centre, text)
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            for rect, text in g.row_labels:
                painter.drawText(rect, right, text)
        painter.setPen(text_colour)
        painter.setFont(label_font)
        for rect, text in g.block_labels:
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        xs, ys = self._xs, self._ys
        if xs is None or ys is None or not xs.size:
            return
        surface = QColor(t.surface if t.name != "contrast" else "#000000")
        palette = np.array(
            [_blend(surface, QColor(c), 0.45).rgba() for c in t.series], dtype=np.uint32
        )
        argb = palette[np.asarray(self._tones, dtype=np.int64).reshape(-1) % palette.size]
        cw, ch = self._cw, self._ch
        # One scaled image per matrix block: no Python object per cell, so thousands of cells
        # paint in a few ms. Outlines are drawn only when they are visible on screen.
        rows, cols = self._block
        per_block = rows * cols
        border_on_screen = scale * cw >= 6
        pen = QPen(QColor(t.border), t.px(1))
        for b in range(len(argb) // per_block if per_block else 0):
            block = np.ascontiguousarray(argb[b * per_block : (b + 1) * per_block])
            image = QImage(block.data, cols, rows, cols * 4, QImage.Format.Format_ARGB32)
            x0, y0 = float(xs[b * per_block]), float(ys[b * per_block])
            target = QRectF(x0, y0, cols * cw, rows * ch)
            painter.drawImage(target, image)
            if border_on_screen:
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(target)
                for c in range(1, cols):
                    x = x0 + c * cw
                    painter.drawLine(QPointF(x, y0), QPointF(x, y0 + rows * ch))
                for r in range(1, rows):
                    y = y0 + r * ch
                    painter.drawLine(QPointF(x0, y), QPointF(x0 + cols * cw, y))
        if ch * scale >= t.px(MIN_TEXT_PX) and snap.text is not None:
            painter.setFont(value_font)
            painter.setPen(text_colour)
            for x, y, text in zip(xs.tolist(), ys.tolist(), snap.text, strict=False):
                painter.drawText(QRectF(x, y, cw, ch), centre, text)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index, role in self._highlight.items():
            rect = self._unscaled_rect(index)
            if rect is not None:
                painter.setPen(QPen(QColor(getattr(t, role, t.highlight)), t.px(3) / scale))
                inset = t.px(1) / scale
                painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        if self._hover is not None:
            rect = self._unscaled_rect(self._hover)
            if rect is not None:
                painter.setPen(QPen(QColor(t.accent), t.px(2) / scale))
                painter.drawRect(rect)
