"""Paints a tensor's storage in memory order and which slot each logical element reads.

A :class:`StorageStrip` shows a :class:`~tensorviz.core.layout.Layout`: one box per storage
slot, left to right in memory order (wrapped onto more rows when there are many), with the slot
number above the box, the value stored in it inside, and below it which logical element reads
it (``1,0``) or, when several do (stride 0, an expanded view), how many (``×3``). Slots that the
tensor does not read at all (sliced away, or before the storage offset) are drawn faded and
hatched. A marker shows where the storage offset points. A footer line gives the offset and the
strides.

Stable API (shared by the ``shape`` and ``broadcast`` lessons; keep it backwards compatible):

``StorageStrip(theme)``
    Build it; it paints nothing until a layout is set.
``set_layout(layout: Layout | None, title: str = "")``
    Show ``layout`` (``None`` clears). Resets tones and highlights. Layouts whose ``slots`` is
    ``None`` (too big) are summarised in text, not drawn slot by slot.
``set_title(title)``
    Change the title line only.
``set_slot_tones(tones: np.ndarray | None)``
    Colour category per storage slot (length ``layout.storage_size``). By default slot ``k``
    has tone ``k``. Colours are ``theme.series[tone % len(series)]`` blended with the surface
    exactly as :meth:`TensorGrid.set_cell_tones` blends them, so giving the grid
    ``tones[layout.slots]`` makes the same memory the same colour in both widgets.
``set_hover(index: tuple[int, ...] | None)``
    Outline the slot read by logical element ``index`` (e.g. the grid cell under the mouse).
``set_highlight_slots(slots: Iterable[int])``
    Outline these slots (e.g. all slots of a row).
``slot_of(index) -> int``, ``readers_of(slot) -> list[tuple[int, ...]]``
    The slot logical element ``index`` reads, and the logical elements reading ``slot``
    (several for stride-0 views). Read from the layout (torch's own answer).
``slot_rect(slot) -> QRectF | None``, ``slot_at(pos) -> int | None``
    Geometry in widget coordinates, for overlays and hit tests.
``apply_theme(theme)``
    Restyle (colours, fonts, zoom).
``set_max_scale(scale)``
    Let few slots grow up to ``scale`` times their natural size to fill the width (default 1).
``set_headroom(pixels)``
    Free space between the title and the boxes, for arcs another widget draws (default 0).

Signal ``slot_hovered(object)``: the slot under the mouse (``int``) or ``None``.

``tone_colours(theme) -> list[QColor]``
    The fill of each tone, for drawings that must match the strip (the shape lesson's
    animation).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tensorviz.core.layout import Layout
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.paint import blend

Index = tuple[int, ...]

#: Smallest scale of the natural box size at which slot numbers and readers are written.
ONE_ROW_SCALE = 0.75


def tone_colours(theme: Theme) -> list[QColor]:
    """The fill of each tone (tone ``k`` is entry ``k % len(theme.series)``): a series colour
    blended with the surface, as :meth:`TensorGrid.set_cell_tones` blends it."""
    surface = QColor(theme.surface if theme.name != "contrast" else "#000000")
    return [blend(surface, QColor(c), 0.45) for c in theme.series]


@dataclass(frozen=True)
class _Geometry:
    """Where the slots go for one widget size."""

    width: float  # one slot box
    height: float
    per_row: int
    row_h: float  # box plus its labels
    top: float  # y of the first row's slot-number line
    left: float
    labels: bool  # slot numbers and reader labels readable at this size
    values: bool  # values readable inside the boxes
    scale: float = 1.0  # of the natural box size


class StorageStrip(QWidget):
    """The storage behind a tensor, slot by slot in memory order (see the module docstring)."""

    slot_hovered = Signal(object)  # int or None

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storage_strip")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._theme = theme
        self._layout: Layout | None = None
        self._title = ""
        self._tones: np.ndarray | None = None
        self._counts = np.zeros(0, dtype=np.int64)  # readers per slot
        self._first = np.zeros(0, dtype=np.int64)  # flat index of a slot's first reader, or -1
        self._ideal: tuple[float, float] | None = None
        self._max_scale = 1.0
        self._headroom = 0
        self._hover_index: Index | None = None
        self._hover_slot: int | None = None
        self._highlight: set[int] = set()
        self._geometry: _Geometry | None = None
        self._geometry_for: tuple[int, int] | None = None

    # -- public ----------------------------------------------------------------------------
    def set_layout(self, layout: Layout | None, title: str = "") -> None:
        """Show ``layout``; tones, hover and highlights are reset."""
        self._layout = layout
        self._title = title
        self._tones = None
        self._hover_index = None
        self._hover_slot = None
        self._highlight = set()
        self._counts, self._first = self._compute_readers(layout)
        self._ideal = None
        self._geometry = None
        self.updateGeometry()
        self.update()

    def layout_shown(self) -> Layout | None:
        """The layout being painted (``QWidget.layout`` is Qt's, hence the name)."""
        return self._layout

    def set_max_scale(self, scale: float) -> None:
        """Let slots grow up to ``scale`` times their natural size when there is room."""
        self._max_scale = max(1.0, float(scale))
        self._geometry = None
        self.updateGeometry()
        self.update()

    def set_headroom(self, pixels: int) -> None:
        """Keep ``pixels`` free between the title and the boxes (for arcs drawn over them)."""
        self._headroom = max(0, int(pixels))
        self._geometry = None
        self.updateGeometry()
        self.update()

    def set_title(self, title: str) -> None:
        self._title = title
        self._geometry = None
        self.update()

    def set_slot_tones(self, tones: np.ndarray | None) -> None:
        """A colour category per storage slot (see the module docstring)."""
        self._tones = None if tones is None else np.asarray(tones).reshape(-1)
        self.update()

    def set_hover(self, index: Index | None) -> None:
        """Outline the slot read by logical element ``index`` (``None``: no outline)."""
        self._hover_index = None if index is None else tuple(int(i) for i in index)
        self.update()

    def set_highlight_slots(self, slots: Iterable[int]) -> None:
        self._highlight = {int(s) for s in slots}
        self.update()

    def slot_of(self, index: Index) -> int:
        """The storage slot logical element ``index`` reads."""
        lay = self._layout
        if lay is None or lay.slots is None:
            raise LookupError("no slots drawn")
        return int(lay.slots[tuple(index)]) if lay.shape else int(lay.slots)

    def readers_of(self, slot: int) -> list[Index]:
        """The logical elements that read ``slot`` (empty when none does)."""
        lay = self._layout
        if lay is None or lay.slots is None or not 0 <= slot < self._counts.size:
            return []
        if not self._counts[slot]:
            return []
        slots = np.asarray(lay.slots)
        if slots.ndim == 0:
            return [()]
        return [tuple(int(i) for i in idx) for idx in np.argwhere(slots == slot)]

    def hovered_slot(self) -> int | None:
        """The slot outlined for the hovered element, or under the mouse."""
        if self._hover_index is not None and self._layout is not None:
            try:
                return self.slot_of(self._hover_index)
            except (LookupError, IndexError):
                return None
        return self._hover_slot

    def slot_rect(self, slot: int) -> QRectF | None:
        g = self._current_geometry()
        lay = self._layout
        if g is None or lay is None or not 0 <= slot < lay.storage_size:
            return None
        return self._rect_in(g, slot, self._number_h(g))

    def _rect_in(self, g: _Geometry, slot: int, number_h: float) -> QRectF:
        """Slot ``slot``'s box in geometry ``g`` (``number_h``: see :meth:`_number_h`)."""
        row, col = divmod(slot, g.per_row)
        return QRectF(g.left + col * g.width, g.top + row * g.row_h + number_h, g.width, g.height)

    def slot_at(self, pos: QPointF) -> int | None:
        g = self._current_geometry()
        lay = self._layout
        if g is None or lay is None:
            return None
        col = math.floor((pos.x() - g.left) / g.width)
        row = math.floor((pos.y() - g.top) / g.row_h)
        if col < 0 or col >= g.per_row or row < 0:
            return None
        slot = row * g.per_row + col
        return slot if slot < lay.storage_size else None

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._geometry = None
        self._ideal = None
        self.updateGeometry()
        self.update()

    # -- model helpers ---------------------------------------------------------------------
    @staticmethod
    def _compute_readers(layout: Layout | None) -> tuple[np.ndarray, np.ndarray]:
        """How many elements read each slot, and (C order) the first of them."""
        if layout is None or layout.slots is None:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        flat = np.asarray(layout.slots, dtype=np.int64).reshape(-1)
        counts = np.bincount(flat, minlength=layout.storage_size)
        first = np.full(layout.storage_size, -1, dtype=np.int64)
        first[flat[::-1]] = np.arange(flat.size - 1, -1, -1)  # the lowest index wins
        return counts, first

    def _reader_label(self, slot: int) -> str:
        lay = self._layout
        assert lay is not None and lay.slots is not None
        if not lay.shape:
            return "·"
        index = np.unravel_index(int(self._first[slot]), lay.shape)
        return ",".join(str(int(i)) for i in index)

    def _tone(self, slot: int) -> int:
        if self._tones is not None and slot < self._tones.size:
            return int(self._tones[slot])
        return slot

    def _fill(self, slot: int) -> QColor:
        palette = tone_colours(self._theme)
        return palette[self._tone(slot) % len(palette)]

    def _texts(self) -> tuple[str, ...]:
        lay = self._layout
        if lay is None or lay.storage.text is None:
            return ()
        return lay.storage.text

    # -- geometry --------------------------------------------------------------------------
    def _fonts(self):
        t = self._theme
        return t.font(10, mono=True), t.font(7.5), t.font(8.5)

    def _title_h(self) -> float:
        return QFontMetricsF(self._fonts()[2]).height() * 1.5

    def _footer_h(self) -> float:
        return QFontMetricsF(self._fonts()[2]).height() * 1.5

    def _number_h(self, g: _Geometry) -> float:
        return QFontMetricsF(self._fonts()[1]).height() * 1.1 if g.labels else 0.0

    def _ideal_cell(self) -> tuple[float, float]:
        if self._ideal is None:
            fm = QFontMetricsF(self._fonts()[0])
            texts = self._texts()
            # monospace: the longest string is the widest
            longest = fm.horizontalAdvance(max(texts, key=len)) if texts else fm.height()
            width = max(longest + self._theme.px(8), fm.height() * 1.9)
            self._ideal = (width, fm.height() * 1.6)
        return self._ideal

    def _current_geometry(self) -> _Geometry | None:
        size = (self.width(), self.height())
        if self._geometry is None or self._geometry_for != size:
            self._geometry = self._compute_geometry()
            self._geometry_for = size
        return self._geometry

    def _compute_geometry(self) -> _Geometry | None:
        lay = self._layout
        if lay is None or lay.slots is None or lay.storage_size == 0:
            return None
        n = lay.storage_size
        t = self._theme
        small = QFontMetricsF(self._fonts()[1])
        margin = t.px(6)
        avail_w = max(20.0, self.width() - 2 * margin)
        avail_h = max(
            20.0, self.height() - self._title_h() - self._headroom - self._footer_h() - margin
        )
        w0, h0 = self._ideal_cell()
        label_h = small.height() * 1.1
        room = avail_w / (n * w0)  # > 1 when one row at natural size leaves space
        # One row reads best (memory is one line): keep it while labels stay readable.
        scale = min(self._max_scale, room) if room >= ONE_ROW_SCALE else 1.0
        while True:
            w, h = w0 * scale, h0 * scale
            labels = scale >= ONE_ROW_SCALE
            row_h = h + (2 * label_h if labels else 0.0) + t.px(4)
            per_row = max(1, min(n, int(avail_w // w)))
            rows = math.ceil(n / per_row)
            if rows * row_h <= avail_h or scale < 0.08:
                break
            scale *= 0.85
        left = margin + max(0.0, (avail_w - per_row * w) / 2) if rows == 1 else margin
        return _Geometry(
            width=w,
            height=h,
            per_row=per_row,
            row_h=row_h,
            top=self._title_h() + self._headroom,
            left=left,
            labels=labels,
            values=scale >= 0.6,
            scale=scale,
        )

    def sizeHint(self) -> QSize:
        small = QFontMetricsF(self._fonts()[1])
        w, h = self._ideal_cell()
        n = self._layout.storage_size if self._layout is not None else 12
        # room for grown boxes when there are few slots (see set_max_scale)
        grow = self._max_scale if n <= 48 else 1.0
        # as many rows as the current width needs at natural size (a few at most: thousands
        # of slots shrink instead)
        width = self.width() - 12
        one_row = width <= 50 or n * w * ONE_ROW_SCALE <= width
        per_row = n if one_row else max(1, int(width // w))
        rows = min(3, math.ceil(n / per_row)) if n else 1
        row_h = h * (grow if rows == 1 else 1.0) + 2 * small.height() * 1.1 + self._theme.px(4)
        height = self._title_h() + self._headroom + self._footer_h() + rows * row_h + 8
        return QSize(min(round(w * n) + 12, self._theme.px(900)), math.ceil(height))

    def minimumSizeHint(self) -> QSize:
        """Room for one row of boxes with their numbers: less would make them unreadable."""
        small = QFontMetricsF(self._fonts()[1])
        _w, h = self._ideal_cell()
        row = h * ONE_ROW_SCALE + 2 * small.height() * 1.1 + self._theme.px(4)
        height = self._title_h() + self._headroom + self._footer_h() + row + 8
        return QSize(self._theme.px(120), math.ceil(height))

    # -- painting --------------------------------------------------------------------------
    def _footer(self) -> str:
        lay = self._layout
        if lay is None:
            return ""
        read = int(np.count_nonzero(self._counts))
        text = self.tr("offset {0} · stride {1} · {2} of {3} slots read by this tensor").format(
            lay.storage_offset,
            tuple(lay.stride),
            read if self._counts.size else "?",
            lay.storage_size,
        )
        if 0 in lay.stride and lay.numel > 1:
            text += self.tr(" · stride 0: many elements read one slot")
        return text

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = self._theme
        lay = self._layout
        if lay is None:
            return
        value_font, small_font, label_font = self._fonts()
        text_colour = QColor(t.text)
        muted = QColor(t.muted)
        painter.setFont(label_font)
        painter.setPen(text_colour)
        title = self._title or self.tr("Storage in memory order ({0} slots)").format(
            lay.storage_size
        )
        painter.drawText(
            QRectF(t.px(6), 0, self.width() - t.px(12), self._title_h()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            title,
        )
        g = self._current_geometry()
        if g is None:
            self._paint_summary(painter)
            return
        texts = self._texts()
        n = lay.storage_size
        # Tiny boxes (thousands of slots) read better as plain colour than as outlines.
        border = QPen(QColor(t.border), t.px(1)) if g.width >= 7 else Qt.PenStyle.NoPen
        number_h = self._number_h(g)
        unread_brush = QBrush(blend(QColor(t.surface), muted, 0.5), Qt.BrushStyle.BDiagPattern)
        centre = Qt.AlignmentFlag.AlignCenter
        # Colours of all slots at once; painted as one scaled image per row (no Python object
        # per slot, so thousands of slots paint in a few ms), outlines only when visible.
        slots = np.arange(n)
        read = self._counts[:n] > 0 if self._counts.size >= n else np.zeros(n, dtype=bool)
        if self._tones is not None and self._tones.size >= n:
            tones = np.asarray(self._tones[:n], dtype=np.int64)
        else:
            tones = slots
        palette = tone_colours(t)
        faded = [blend(QColor(t.surface), c, 0.3) for c in palette]
        table = np.array([c.rgba() for c in palette + faded], dtype=np.uint32)
        argb = table[(tones % len(palette)) + np.where(read, 0, len(palette))]
        rows = math.ceil(n / g.per_row)
        pixels = np.zeros(rows * g.per_row, dtype=np.uint32)
        pixels[:n] = argb
        pixels = pixels.reshape(rows, g.per_row)
        for row in range(rows):
            count = min(g.per_row, n - row * g.per_row)
            line = np.ascontiguousarray(pixels[row, :count])
            image = QImage(line.data, count, 1, count * 4, QImage.Format.Format_ARGB32)
            y = g.top + row * g.row_h + number_h
            painter.drawImage(QRectF(g.left, y, count * g.width, g.height), image)
        if g.width >= 7:
            painter.setPen(border)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for row in range(rows):
                count = min(g.per_row, n - row * g.per_row)
                y = g.top + row * g.row_h + number_h
                painter.drawRect(QRectF(g.left, y, count * g.width, g.height))
                # Separators only while they are few; thousands of slots read by colour.
                for c in range(1, count if n <= 1024 else 1):
                    x = g.left + c * g.width
                    painter.drawLine(QPointF(x, y), QPointF(x, y + g.height))
        unread = np.flatnonzero(~read).tolist()
        if unread and g.width >= 4:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(unread_brush)
            for slot in unread:
                painter.drawRect(self._rect_in(g, slot, number_h))
        if g.values and texts:
            if g.scale > 1.0:  # boxes grew to fill the width: let the values grow with them
                value_font.setPointSizeF(value_font.pointSizeF() * g.scale)
            painter.setFont(value_font)
            for slot in range(min(n, len(texts))):
                painter.setPen(text_colour if read[slot] else muted)
                painter.drawText(self._rect_in(g, slot, number_h), centre, texts[slot])
        if g.labels:
            painter.setFont(small_font)
            for slot in range(n):
                rect = self._rect_in(g, slot, number_h)
                painter.setPen(muted)
                above = QRectF(rect.x(), rect.y() - number_h, rect.width(), number_h)
                painter.drawText(above, centre, str(slot))
                below = QRectF(rect.x(), rect.bottom(), rect.width(), number_h)
                count = int(self._counts[slot]) if slot < self._counts.size else 0
                if count == 1:
                    painter.setPen(text_colour)
                    painter.drawText(below, centre, self._reader_label(slot))
                elif count > 1:
                    painter.setPen(QColor(t.accent))
                    painter.drawText(below, centre, f"×{count}")
        self._paint_offset_marker(painter, g)
        outline = set(self._highlight)
        hovered = self.hovered_slot()
        for slot in outline:
            rect = self._visible(self.slot_rect(slot))
            if rect is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(t.highlight), t.px(3)))
                painter.drawRect(rect.adjusted(t.px(1), t.px(1), -t.px(1), -t.px(1)))
        if hovered is not None:
            rect = self._visible(self.slot_rect(hovered))
            if rect is not None:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(t.accent), t.px(3)))
                painter.drawRect(rect)
        painter.setFont(label_font)
        painter.setPen(muted)
        painter.drawText(
            QRectF(t.px(6), self.height() - self._footer_h(), self.width(), self._footer_h()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self._footer(),
        )

    def _visible(self, rect: QRectF | None) -> QRectF | None:
        """A tiny box grown around its centre, so an outline of it can be seen."""
        if rect is None:
            return None
        least = self._theme.px(12)
        if rect.width() >= least and rect.height() >= least:
            return rect
        w, h = max(rect.width(), least), max(rect.height(), least)
        c = rect.center()
        return QRectF(c.x() - w / 2, c.y() - h / 2, w, h)

    def _paint_offset_marker(self, painter: QPainter, g: _Geometry) -> None:
        lay = self._layout
        if lay is None or lay.numel == 0:
            return
        rect = self.slot_rect(lay.storage_offset)
        if rect is None:
            return
        t = self._theme
        size = max(3.0, min(rect.width() * 0.3, t.px(7)))
        x = rect.left() + t.px(1)
        y = rect.top()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.negative))
        painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + size, y), QPointF(x, y + size)]))

    def _paint_summary(self, painter: QPainter) -> None:
        t = self._theme
        lay = self._layout
        assert lay is not None
        painter.setFont(t.font(10, mono=True))
        painter.setPen(QColor(t.text))
        lines = [
            self.tr("{0} slots: too many to draw one by one").format(f"{lay.storage_size:,}"),
            self.tr("shape {0}   stride {1}   offset {2}").format(
                tuple(lay.shape), tuple(lay.stride), lay.storage_offset
            ),
        ]
        painter.drawText(
            QRectF(t.px(8), self._title_h(), self.width() - t.px(16), self.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            "\n".join(lines),
        )

    # -- mouse -----------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position())
        if slot is not None:
            rect = self.slot_rect(slot)
            if rect is None or not rect.contains(event.position()):
                slot = None
        if slot != self._hover_slot:
            self._hover_slot = slot
            self._hover_index = None
            self.update()
            self.slot_hovered.emit(slot)
        if slot is not None:
            readers = self.readers_of(slot)
            who = ", ".join("[" + ", ".join(map(str, r)) + "]" for r in readers[:6])
            if len(readers) > 6:
                who += ", …"
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.tr("slot {0}: read by {1}").format(slot, who or self.tr("no element")),
                self,
            )
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover_slot is not None:
            self._hover_slot = None
            self.update()
            self.slot_hovered.emit(None)
        super().leaveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # the default title, footer and tooltips are translated at paint
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        self._geometry = None
        if event.oldSize().width() != event.size().width():
            hint = self.sizeHint()
            if hint != getattr(self, "_last_hint", None):  # rows depend on the width
                self._last_hint = hint
                self.updateGeometry()
        super().resizeEvent(event)
