"""Draws a 0-D to 4-D tensor cell by cell, with each element's index readable.

Layout: a scalar is one cell; a vector one row; a matrix rows x columns; a 3-D tensor its
matrices side by side (``[0]``, ``[1]`` ...); a 4-D tensor a grid of matrices (``[i, j]``).
Column indices of the last dim are written above every matrix, row indices of dim -2 to its
left, so the position of an element along each dim can be read off.

Above the snapshot's cap (or beyond 4-D) a summary is drawn instead: shape, dtype, min, max,
mean, NaN and Inf counts. The whole drawing is scaled down to fit the widget when it must.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tensorviz.core.values import TensorSnapshot, format_value
from tensorviz.ui.theme import Theme

Index = tuple[int, ...]
COLOR_MODES = ("value", "dtype", "none")


@dataclass(frozen=True)
class _Geometry:
    """Cell rectangles in unscaled widget coordinates, and where the labels go."""

    cell: float
    rects: dict[Index, QRectF]
    col_labels: list[tuple[QRectF, str]]
    row_labels: list[tuple[QRectF, str]]
    block_labels: list[tuple[QRectF, str]]
    size: QSize


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class TensorGrid(QWidget):
    """Paints a :class:`~tensorviz.core.values.TensorSnapshot`.

    Lessons may highlight cells (``set_highlight``), ghost cells that are not real elements
    (``set_ghost``, used for broadcast copies) or give cells categorical colours
    (``set_cell_tones``, used to colour elements by storage slot).
    """

    cell_hovered = Signal(object)  # Index or None
    cell_clicked = Signal(object)  # Index

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tensor_grid")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._theme = theme
        self._snap: TensorSnapshot | None = None
        self._title = ""
        self._color_mode = "value"
        self._highlight: dict[Index, str] = {}
        self._ghost: np.ndarray | None = None
        self._tones: np.ndarray | None = None
        self._hover: Index | None = None
        self._geometry: _Geometry | None = None
        self._max_scale = 1.0
        self._scale_of: np.ndarray | None = None
        self._scale = 0.0
        self._fills: dict[Index, QColor] = {}
        self._fills_key: tuple | None = None

    # -- public ----------------------------------------------------------------------------
    def set_max_scale(self, scale: float) -> None:
        """Let a small drawing grow up to ``scale`` times to fill the widget (default 1)."""
        self._max_scale = max(1.0, float(scale))
        self.update()

    def set_snapshot(self, snap: TensorSnapshot | None, title: str = "") -> None:
        self._snap = snap
        self._title = title
        self._highlight = {}
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

    def set_highlight(self, cells: dict[Index, str]) -> None:
        """Outline ``cells`` in a theme colour: ``{(0, 1): "highlight", (1, 1): "accent"}``."""
        self._highlight = dict(cells)
        self.update()

    def set_ghost(self, mask: np.ndarray | None) -> None:
        """Draw cells where ``mask`` is True as ghosts: copies that are not real elements."""
        self._ghost = None if mask is None else np.asarray(mask, dtype=bool)
        self.update()

    def set_cell_tones(self, tones: np.ndarray | None) -> None:
        """Colour each cell by an integer category (e.g. its storage slot), overriding values."""
        self._tones = None if tones is None else np.asarray(tones)
        self._fills_key = None  # the same array may come back with new contents
        self.update()

    def cell_rect(self, index: Index) -> QRectF | None:
        """Where cell ``index`` is drawn, in widget coordinates (after fit scaling)."""
        if self._geometry is None or index not in self._geometry.rects:
            return None
        s, o = self._transform()
        r = self._geometry.rects[index]
        return QRectF(o.x() + r.x() * s, o.y() + r.y() * s, r.width() * s, r.height() * s)

    def index_at(self, pos: QPointF) -> Index | None:
        if self._geometry is None:
            return None
        s, o = self._transform()
        p = QPointF((pos.x() - o.x()) / s, (pos.y() - o.y()) / s)
        for index, rect in self._geometry.rects.items():
            if rect.contains(p):
                return index
        return None

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
        self._geometry = self._compute_geometry()
        self.updateGeometry()
        self.update()

    def _fonts(self):
        return self._theme.font(10.5, mono=True), self._theme.font(8.5)

    def _compute_geometry(self) -> _Geometry | None:
        snap = self._snap
        if snap is None or snap.summarised or snap.ndim > 4:
            return None
        value_font, label_font = self._fonts()
        fm = QFontMetricsF(value_font)
        lm = QFontMetricsF(label_font)
        longest = max((fm.horizontalAdvance(t) for t in snap.text or ("0",)), default=10.0)
        pad = self._theme.px(8)
        # 10% slack: at small point sizes glyphs render wider than the metrics say
        cell_w = max(longest * 1.1 + pad, fm.height() * 1.9)
        cell_h = fm.height() * 1.7
        gap = self._theme.px(22)
        label_h = lm.height() * 1.3
        row_label_w = lm.horizontalAdvance("00") + self._theme.px(8)
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
        rects: dict[Index, QRectF] = {}
        col_labels: list[tuple[QRectF, str]] = []
        row_labels: list[tuple[QRectF, str]] = []
        block_labels: list[tuple[QRectF, str]] = []
        margin = self._theme.px(6)
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
                for r_i in range(rows):
                    y = top + label_h + r_i * cell_h
                    if nd >= 2:
                        row_labels.append(
                            (QRectF(x0, y, row_label_w - self._theme.px(4), cell_h), str(r_i))
                        )
                    for c in range(cols):
                        index: Index = (*prefix, r_i, c) if nd >= 2 else (c,) if nd == 1 else ()
                        rects[index] = QRectF(x0 + row_label_w + c * cell_w, y, cell_w, cell_h)
        width = margin * 2 + blocks_c * block_w + (blocks_c - 1) * gap
        height = margin * 2 + title_h + blocks_r * block_h + (blocks_r - 1) * gap
        if not rects:  # a dim of size 0: nothing to draw but the labels
            height = max(height, title_h + label_h * 2)
        return _Geometry(
            cell=cell_w,
            rects=rects,
            col_labels=col_labels,
            row_labels=row_labels,
            block_labels=block_labels,
            size=QSize(math.ceil(width), math.ceil(height)),
        )

    def _transform(self) -> tuple[float, QPointF]:
        """Scale (<= 1) and offset that fit the drawing into the widget, centred."""
        g = self._geometry
        if g is None or g.size.width() == 0 or g.size.height() == 0:
            return 1.0, QPointF(0, 0)
        s = min(self._max_scale, self.width() / g.size.width(), self.height() / g.size.height())
        s = max(s, 0.25)
        ox = max(0.0, (self.width() - g.size.width() * s) / 2)
        return s, QPointF(ox, 0.0)

    def sizeHint(self) -> QSize:
        if self._geometry is not None:
            return self._geometry.size
        return QSize(self._theme.px(320), self._theme.px(140))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._theme.px(120), self._theme.px(60))

    # -- painting --------------------------------------------------------------------------
    def _fill(self, index: Index, snap: TensorSnapshot) -> QColor:
        t = self._theme
        surface = QColor(t.surface if t.name != "contrast" else "#000000")
        if self._tones is not None:
            tone = int(self._tones[index]) if self._tones.ndim else int(self._tones)
            return _blend(surface, QColor(t.series[tone % len(t.series)]), 0.45)
        if self._color_mode == "none" or snap.values is None:
            return surface
        if self._color_mode == "dtype":
            colour = {"float": t.series[0], "int": t.series[2], "bool": t.series[3]}.get(
                snap.kind, t.series[4]
            )
            return _blend(surface, QColor(colour), 0.3)
        values = snap.values
        v = float(values[index]) if values.ndim else float(values)
        if not math.isfinite(v):
            return _blend(surface, QColor(t.warning), 0.5)
        scale = self._value_scale(values)
        if scale == 0.0:
            return surface
        strength = 0.6 * abs(v) / scale
        return _blend(surface, QColor(t.positive if v >= 0 else t.negative), strength)

    def _value_scale(self, values: np.ndarray) -> float:
        """The largest finite magnitude, computed once per snapshot (not once per cell)."""
        if self._scale_of is not values:
            finite = values[np.isfinite(values)]
            self._scale = float(np.abs(finite).max()) if finite.size else 0.0
            self._scale_of = values
        return self._scale

    def _cell_fills(self, snap: TensorSnapshot, g: _Geometry) -> dict[Index, QColor]:
        """Every cell's fill, kept until the snapshot, colours, tones or theme change."""
        key = (snap, self._color_mode, self._tones, self._theme, g)
        cached = self._fills_key
        if cached is None or any(a is not b for a, b in zip(cached, key, strict=True)):
            self._fills = {index: self._fill(index, snap) for index in g.rects}
            self._fills_key = key
        return self._fills

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
        self._paint_cells(painter, snap, self._geometry)

    def _paint_cells(self, painter: QPainter, snap: TensorSnapshot, g: _Geometry) -> None:
        t = self._theme
        value_font, label_font = self._fonts()
        text_colour = QColor(t.text)
        muted = QColor(t.muted)
        border = QPen(QColor(t.border), t.px(1))
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
        painter.setPen(muted)
        centre = Qt.AlignmentFlag.AlignCenter
        for rect, text in g.col_labels:
            painter.drawText(rect, centre, text)
        for rect, text in g.row_labels:
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text
            )
        painter.setPen(text_colour)
        for rect, text in g.block_labels:
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setFont(value_font)
        texts = snap.text or ()
        fills = self._cell_fills(snap, g)
        ghost = self._ghost
        for flat, (index, rect) in enumerate(g.rects.items()):
            is_ghost = ghost is not None and bool(ghost[index] if ghost.ndim else ghost)
            fill = fills[index]
            if is_ghost:
                fill = _blend(QColor(t.surface), fill, 0.35)
            painter.setPen(border if not is_ghost else QPen(muted, t.px(1), Qt.PenStyle.DashLine))
            painter.setBrush(fill)
            painter.drawRect(rect)
            if is_ghost:
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(
                    QBrush(_blend(QColor(t.surface), muted, 0.5), Qt.BrushStyle.BDiagPattern)
                )
                painter.drawRect(rect)
                painter.restore()
            painter.setPen(muted if is_ghost else text_colour)
            painter.drawText(rect, centre, texts[flat] if flat < len(texts) else "")
        for index, role in self._highlight.items():
            rect = g.rects.get(index)
            if rect is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(getattr(t, role, t.highlight)), t.px(3)))
                painter.drawRect(rect.adjusted(t.px(1), t.px(1), -t.px(1), -t.px(1)))
        if self._hover is not None and self._hover in g.rects:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(t.accent), t.px(2)))
            painter.drawRect(g.rects[self._hover])

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
        self.update()
        super().resizeEvent(event)
