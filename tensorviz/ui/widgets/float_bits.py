"""One value stored in several float dtypes, bit by bit: sign | exponent | mantissa.

Each row is one dtype: its bits as boxes (sign, exponent and mantissa in different colours
and with a gap between the fields), then the value the dtype really holds, how far that is
from the value asked for, and the formula that decodes the bits.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tensorviz.core.dtypes import FloatBits
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.paint import blend


class FloatBitsView(QWidget):
    """Paints a tuple of :class:`~tensorviz.core.dtypes.FloatBits` (one row each)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("float_bits")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._theme = theme
        self._rows: tuple[FloatBits, ...] = ()
        self._title = ""
        self.retranslate()

    def set_bits(self, rows: tuple[FloatBits, ...], title: str = "") -> None:
        self._rows = rows
        self._title = title
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[FloatBits, ...]:
        return self._rows

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.updateGeometry()
        self.update()

    def retranslate(self) -> None:
        self._sign = self.tr("sign")
        self._exponent = self.tr("exponent")
        self._mantissa = self.tr("mantissa")
        self._stored = self.tr("holds {0}")
        self._off = self.tr("off by {0}")
        self._exact = self.tr("exact")
        self.update()

    def describe(self, row: FloatBits) -> str:
        """The text beside the bits: the stored value and its error."""
        if row.category == "nan":
            err = ""
        elif row.error == 0:
            err = self._exact
        elif math.isnan(row.error):
            err = self._off.format("∞")
        else:
            err = self._off.format(f"{row.error:.3g}")
        return f"{self._stored.format(repr(row.stored))}   {err}"

    # -- geometry --------------------------------------------------------------------------
    def _metrics(self):
        t = self._theme
        bit_font = t.font(8.5, mono=True)
        label_font = t.font(9)
        fm = QFontMetricsF(bit_font)
        box = max(fm.horizontalAdvance("0") + t.px(5), t.px(12))
        return bit_font, label_font, box

    def sizeHint(self) -> QSize:
        t = self._theme
        _, label_font, box = self._metrics()
        lm = QFontMetricsF(label_font)
        gap = t.px(6)
        name_w = lm.horizontalAdvance("bfloat16") + t.px(10)
        width = name_w + 32 * box + 2 * gap + t.px(12)
        row_h = box * 1.3 + lm.height() * 2.4
        height = lm.height() * 2.6 + max(1, len(self._rows)) * row_h + t.px(6)
        return QSize(int(width), int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._theme.px(200), self._theme.px(60))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if not self._rows:
            return
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        hint = self.sizeHint()
        s = max(0.4, min(1.0, self.width() / max(1, hint.width())))
        p.scale(s, s)
        bit_font, label_font, box = self._metrics()
        lm = QFontMetricsF(label_font)
        surface = QColor(t.surface)
        text = QColor(t.text)
        muted = QColor(t.muted)
        tones = {
            "s": QColor(t.series[1]),
            "e": QColor(t.series[0]),
            "m": QColor(t.series[2]),
        }
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        centre = Qt.AlignmentFlag.AlignCenter
        x0 = t.px(6)
        y = t.px(4)
        p.setFont(label_font)
        p.setPen(text)
        p.drawText(QRectF(x0, y, hint.width(), lm.height() * 1.3), left, self._title)
        y += lm.height() * 1.3
        # legend
        lx = x0
        for key, label in (("s", self._sign), ("e", self._exponent), ("m", self._mantissa)):
            r = QRectF(lx, y + t.px(2), box, lm.height() - t.px(2))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(blend(surface, tones[key], 0.55))
            p.drawRect(r)
            p.setPen(text)
            w = lm.horizontalAdvance(label)
            p.drawText(QRectF(r.right() + t.px(4), y, w + t.px(4), lm.height()), left, label)
            lx = r.right() + w + t.px(16)
        y += lm.height() * 1.3
        name_w = lm.horizontalAdvance("bfloat16") + t.px(10)
        gap = t.px(6)
        for row in self._rows:
            p.setFont(label_font)
            p.setPen(QColor(t.accent))
            p.drawText(QRectF(x0, y, name_w, box * 1.2), left, row.dtype)
            x = x0 + name_w
            p.setFont(bit_font)
            for i, bit in enumerate(row.bits):
                field = "s" if i == 0 else "e" if i <= row.exp_bits else "m"
                if i in (1, 1 + row.exp_bits):
                    x += gap
                rect = QRectF(x, y, box, box * 1.2)
                p.setPen(QPen(QColor(t.border), t.px(1)))
                p.setBrush(blend(surface, tones[field], 0.55 if bit == "1" else 0.12))
                p.drawRect(rect)
                p.setPen(text if bit == "1" else muted)
                p.drawText(rect, centre, bit)
                x += box
            y += box * 1.3
            p.setFont(label_font)
            p.setPen(text)
            p.drawText(
                QRectF(x0 + name_w, y, hint.width(), lm.height() * 1.1), left, self.describe(row)
            )
            y += lm.height() * 1.1
            p.setPen(muted)
            p.drawText(QRectF(x0 + name_w, y, hint.width(), lm.height() * 1.1), left, row.formula())
            y += lm.height() * 1.3

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
