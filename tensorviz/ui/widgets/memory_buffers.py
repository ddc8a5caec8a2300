"""The memory behind a tensor and an ndarray: one buffer when they share it, two when not.

Each buffer is drawn as a strip of its elements in memory order with byte offsets, and the
two objects' data addresses (``tensor.data_ptr()``, ``ndarray.ctypes.data``) point at its
first byte, so "same address, same memory" is seen. Addresses differ from run to run; they
are shown here and never printed by the lesson's code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from tensorviz.core.numpy_bridge import PairState
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.cell_mark import paint_written_mark
from tensorviz.ui.widgets.paint import blend

PER_LINE = 8  # elements per line of a strip


class MemoryBuffersView(QWidget):
    """Paints the buffer(s) of a :class:`~tensorviz.core.numpy_bridge.PairState`."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memory_buffers")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._theme = theme
        self._pair: PairState | None = None
        self.retranslate()

    def set_pair(self, pair: PairState | None) -> None:
        self._pair = pair
        self._fit()

    def _fit(self) -> None:
        # The height is what the strips need (a parent scroll area scrolls); the width may
        # shrink, the drawing is then scaled down. Metrics and size are measured once here.
        self._metrics_cache = None
        self._hint_cache = None
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def pair(self) -> PairState | None:
        return self._pair

    def buffer_count(self) -> int:
        """How many buffers are drawn (1 when the two objects share memory)."""
        if self._pair is None:
            return 0
        return 1 if self._pair.shares_memory else 2

    def address_labels(self) -> list[str]:
        """The address texts drawn (for tests and tooltips)."""
        p = self._pair
        if p is None:
            return []
        t, a = p.names
        return [f"{t}.data_ptr() = {p.tensor_ptr:#x}", f"{a}.ctypes.data = {p.array_ptr:#x}"]

    def marked_slots(self) -> tuple[int | None, int | None]:
        """The memory slot of the last edit, per strip drawn (the tensor's or the shared
        buffer first, then the ndarray's); None where that strip was not written."""
        p = self._pair
        if p is None or p.last_edit is None:
            return (None, None)
        flat = 0
        for i, n in zip(p.last_edit.index, p.tensor.shape, strict=True):
            flat = flat * n + i  # both objects are C-contiguous: memory order is C order
        if p.shares_memory:
            return (flat, None)
        return (flat, None) if p.last_edit.side == "tensor" else (None, flat)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._fit()

    def retranslate(self) -> None:
        self._one = self.tr("one buffer, {0} bytes: both read and write it")
        self._two = self.tr("{0}'s own buffer, {1} bytes")
        self._fit()

    # -- geometry --------------------------------------------------------------------------
    def _metrics(self):
        if getattr(self, "_metrics_cache", None) is None:
            self._metrics_cache = self._measure()
        return self._metrics_cache

    def _measure(self):
        t = self._theme
        value_font = t.font(9, mono=True)
        label_font = t.font(8.5)
        small_font = t.font(7.5, mono=True)
        fm = QFontMetricsF(value_font)
        p = self._pair
        longest = 20.0
        if p is not None:
            texts = (p.tensor.text or ()) + (p.array.text or ())
            longest = max((fm.horizontalAdvance(x) for x in texts), default=20.0)
        cell_w = max(longest + t.px(10), fm.height() * 2.2)
        cell_h = fm.height() * 1.6
        return value_font, label_font, small_font, cell_w, cell_h

    def _strip_extent(self, n: int, addresses: int, caption: str, labels: list[str]):
        """(width, height) of one strip as :meth:`_paint_strip` draws it."""
        t = self._theme
        _, label_font, small_font, cell_w, cell_h = self._metrics()
        lm = QFontMetricsF(label_font)
        sm = QFontMetricsF(small_font)
        line_h = lm.height() * 1.2
        lines = max(1, -(-n // PER_LINE))
        height = line_h * (1 + addresses) + t.px(8) + lines * (cell_h + sm.height() * 1.1)
        width = max(
            min(n, PER_LINE) * cell_w,
            lm.horizontalAdvance(caption),
            max(lm.horizontalAdvance(x) for x in labels) + t.px(14),
        )
        return width, height

    def sizeHint(self) -> QSize:
        if getattr(self, "_hint_cache", None) is None:
            self._hint_cache = self._size_hint()
        return self._hint_cache

    def _size_hint(self) -> QSize:
        p = self._pair
        t = self._theme
        if p is None:
            return QSize(t.px(300), t.px(120))
        n = p.tensor.numel
        labels = self.address_labels()
        if p.shares_memory:
            w, h = self._strip_extent(n, 2, self._one.format(p.tensor_nbytes), labels)
        else:
            tname, aname = p.names
            w1, h1 = self._strip_extent(n, 1, self._two.format(tname, p.tensor_nbytes), labels)
            w2, h2 = self._strip_extent(n, 1, self._two.format(aname, p.array_nbytes), labels)
            w, h = max(w1, w2), h1 + h2 + t.px(8)
        return QSize(int(w + t.px(12)), int(h + t.px(6)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._theme.px(160), self._theme.px(60))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = self._pair
        if p is None:
            return
        t = self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hint = self.sizeHint()
        s = max(0.35, min(1.0, self.width() / max(1, hint.width())))
        painter.scale(s, s)
        tname, aname = p.names
        labels = self.address_labels()
        marked = self.marked_slots()
        x0 = t.px(6)
        y = t.px(2)
        if p.shares_memory:
            y = self._paint_strip(
                painter,
                x0,
                y,
                p.tensor.text or (),
                QColor(t.positive),
                labels,
                self._one.format(p.tensor_nbytes),
                p.element_size,
                marked[0],
            )
        else:
            y = self._paint_strip(
                painter,
                x0,
                y,
                p.tensor.text or (),
                QColor(t.series[0]),
                [labels[0]],
                self._two.format(tname, p.tensor_nbytes),
                p.element_size,
                marked[0],
            )
            self._paint_strip(
                painter,
                x0,
                y + t.px(8),
                p.array.text or (),
                QColor(t.series[3]),
                [labels[1]],
                self._two.format(aname, p.array_nbytes),
                p.element_size,
                marked[1],
            )

    def _paint_strip(
        self,
        painter: QPainter,
        x0: float,
        y: float,
        texts,
        colour: QColor,
        addresses: list[str],
        caption: str,
        element_size: int,
        marked: int | None = None,
    ) -> float:
        t = self._theme
        value_font, label_font, small_font, cell_w, cell_h = self._metrics()
        lm = QFontMetricsF(label_font)
        sm = QFontMetricsF(small_font)
        text = QColor(t.text)
        muted = QColor(t.muted)
        surface = QColor(t.surface)
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        # what this buffer is, then the addresses (one per line) joined by a bracket that
        # points at the buffer's first byte
        line_h = lm.height() * 1.2
        painter.setPen(muted)
        painter.setFont(label_font)
        painter.drawText(QRectF(x0, y, 10000, line_h), left, caption)
        y += line_h
        indent = t.px(14)
        mids = []
        for label in addresses:
            painter.setPen(text)
            painter.drawText(QRectF(x0 + indent, y, 10000, line_h), left, label)
            mids.append(y + line_h / 2)
            y += line_h
        y += t.px(8)
        bx = x0 + t.px(5)
        painter.setPen(QPen(colour, t.px(2)))
        for mid in mids:
            painter.drawLine(QPointF(bx, mid), QPointF(x0 + indent - t.px(3), mid))
        painter.drawLine(QPointF(bx, mids[0]), QPointF(bx, y - t.px(2)))
        painter.setBrush(colour)
        tip = QPointF(bx, y)
        painter.drawPolygon(
            QPolygonF([tip, tip + QPointF(-t.px(4), -t.px(6)), tip + QPointF(t.px(4), -t.px(6))])
        )
        for i, value in enumerate(texts):
            row, col = divmod(i, PER_LINE)
            cx = x0 + col * cell_w
            cy = y + row * (cell_h + sm.height() * 1.1)
            rect = QRectF(cx, cy, cell_w, cell_h)
            painter.setPen(QPen(colour, t.px(1.5)))
            painter.setBrush(blend(surface, colour, 0.18))
            painter.drawRect(rect)
            if i == marked:  # the element written: the written mark, under its value
                inner = t.px(2.5)
                paint_written_mark(
                    painter, rect.adjusted(inner, inner, -inner, -inner), QColor(t.highlight)
                )
            painter.setPen(text)
            painter.setFont(value_font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, value)
            if i == marked:  # and outlined
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(t.highlight), t.px(3)))
                painter.drawRect(rect.adjusted(t.px(1), t.px(1), -t.px(1), -t.px(1)))
            painter.setPen(muted)
            painter.setFont(small_font)
            painter.drawText(
                QRectF(cx, cy + cell_h, cell_w, sm.height() * 1.1),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                f"+{i * element_size}",
            )
        lines = max(1, -(-len(texts) // PER_LINE))
        return y + lines * (cell_h + sm.height() * 1.1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
