"""A conversion chain as a table: one row per line of code, one column per element.

Each cell holds the element's value after that line; a cell whose value the line changed is
tinted and tagged with a symbol for what happened (rounded, truncated, wrapped around...), so
the change is seen without relying on colour alone. Clicking a column selects that element.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tensorviz.core.dtypes import CHANGE_KINDS, ChainResult, short_name
from tensorviz.core.values import unravel
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.paint import blend

#: A symbol per change kind (drawn in the cell's corner and in the legend).
SYMBOLS = {
    "rounded": "≈",
    "underflow": "→0",
    "to_inf": "∞",
    "truncated": "✂",
    "overflow": "↻",
    "not_finite": "?",
    "to_bool": "b",
}


class ConversionChainView(QWidget):
    """Paints a :class:`~tensorviz.core.dtypes.ChainResult`."""

    element_clicked = Signal(int)  # flat index

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversion_chain")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._theme = theme
        self._result: ChainResult | None = None
        self._labels: dict[str, str] = {}
        self._cells: dict[tuple[int, int], QRectF] = {}
        self._size = QSize(theme.px(400), theme.px(200))
        self._scale = 1.0
        self.retranslate()

    # -- public ----------------------------------------------------------------------------
    def set_result(self, result: ChainResult | None) -> None:
        """Draw ``result``; ``None`` (or a chain with no line run) draws nothing."""
        self._result = result if result is not None and result.stages else None
        self._relayout()

    def result(self) -> ChainResult | None:
        return self._result

    def change_label(self, kind: str) -> str:
        return self._labels[kind]

    def cell_text(self, stage: int, flat: int) -> str:
        """The value drawn for element ``flat`` after line ``stage``."""
        assert self._result is not None
        text = self._result.stages[stage].snapshot.text
        return "" if text is None else text[flat]

    def cell_tag(self, stage: int, flat: int) -> str:
        """The change symbol drawn in that cell ("" when the line did not change it)."""
        assert self._result is not None
        change = self._result.stages[stage].change_at(flat)
        return "" if change is None else SYMBOLS[change.kind]

    def cell_rect(self, stage: int, flat: int) -> QRectF | None:
        r = self._cells.get((stage, flat))
        if r is None:
            return None
        s = self._scale
        return QRectF(r.x() * s, r.y() * s, r.width() * s, r.height() * s)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._relayout()

    def retranslate(self) -> None:
        self._labels = {
            "rounded": self.tr("rounded to the nearest value the dtype holds"),
            "underflow": self.tr("too small: became 0"),
            "to_inf": self.tr("too large: became inf"),
            "truncated": self.tr("fraction cut off (towards 0)"),
            "overflow": self.tr("out of range: wrapped around"),
            "not_finite": self.tr("nan/inf has no integer: undefined result"),
            "to_bool": self.tr("any non-zero value became True"),
        }
        self._head_code = self.tr("call")
        self._head_dtype = self.tr("dtype")
        self._relayout()

    # -- layout ----------------------------------------------------------------------------
    def _fonts(self):
        t = self._theme
        return t.font(10, mono=True), t.font(8.5), t.font(9, mono=True)

    def _relayout(self) -> None:
        self._cells = {}
        r = self._result
        value_font, label_font, code_font = self._fonts()
        fm, lm, cm = QFontMetricsF(value_font), QFontMetricsF(label_font), QFontMetricsF(code_font)
        t = self._theme
        if r is None:
            self._size = QSize(t.px(400), t.px(200))
            self.updateGeometry()
            self.update()
            return
        n = len(r.stages[0].exact)
        texts = [s.snapshot.text or () for s in r.stages]
        longest = max((fm.horizontalAdvance(x) for row in texts for x in row), default=20.0)
        self._cell_w = max(longest + t.px(22), fm.height() * 2.6)
        self._cell_h = fm.height() * 1.9
        self._code_w = max(cm.horizontalAdvance(s.label) for s in r.stages) + t.px(12)
        self._code_w = max(self._code_w, lm.horizontalAdvance(self._head_code) + t.px(12))
        self._dtype_w = max(
            [fm.horizontalAdvance(short_name_text(s.dtype)) for s in r.stages]
            + [lm.horizontalAdvance(self._head_dtype)]
        ) + t.px(16)
        self._head_h = lm.height() * 1.6
        x0 = t.px(6) + self._code_w + self._dtype_w
        y0 = t.px(6) + self._head_h
        for i in range(len(r.stages)):
            for f in range(n):
                self._cells[(i, f)] = QRectF(
                    x0 + f * self._cell_w, y0 + i * self._cell_h, self._cell_w, self._cell_h
                )
        legend_h = (lm.height() * 1.4) * ((len(CHANGE_KINDS) + 1) // 2) + t.px(10)
        width = x0 + n * self._cell_w + t.px(6)
        legend_w = 2 * (max(lm.horizontalAdvance(v) for v in self._labels.values()) + t.px(40))
        width = max(width, legend_w)
        height = y0 + len(r.stages) * self._cell_h + t.px(10) + legend_h
        self._legend_y = y0 + len(r.stages) * self._cell_h + t.px(10)
        self._size = QSize(int(width) + 1, int(height) + 1)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return self._size

    def minimumSizeHint(self) -> QSize:
        return QSize(self._theme.px(200), self._theme.px(80))

    def heightForWidth(self, width: int) -> int:
        return self._size.height()

    # -- painting --------------------------------------------------------------------------
    def _tone(self, kind: str) -> QColor:
        t = self._theme
        return QColor(
            {
                "rounded": t.highlight,
                "underflow": t.series[5],
                "to_inf": t.negative,
                "truncated": t.series[2],
                "overflow": t.negative,
                "not_finite": t.warning,
                "to_bool": t.series[4],
            }[kind]
        )

    def paintEvent(self, event) -> None:
        r = self._result
        if r is None:
            return
        t = self._theme
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = min(1.0, self.width() / max(1, self._size.width()))
        s = max(s, 0.4)
        self._scale = s
        p.scale(s, s)
        value_font, label_font, code_font = self._fonts()
        text = QColor(t.text)
        muted = QColor(t.muted)
        surface = QColor(t.surface)
        x_code = t.px(6)
        x_dtype = x_code + self._code_w
        y_head = t.px(6)
        # headers
        p.setFont(label_font)
        p.setPen(muted)
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        centre = Qt.AlignmentFlag.AlignCenter
        p.drawText(QRectF(x_code, y_head, self._code_w, self._head_h), left, self._head_code)
        p.drawText(QRectF(x_dtype, y_head, self._dtype_w, self._head_h), left, self._head_dtype)
        n = len(r.stages[0].exact)
        for f in range(n):
            rect = self._cells[(0, f)]
            idx = _index_text(f, r.shape)
            p.setPen(QColor(t.accent) if f == r.selected else muted)
            p.drawText(QRectF(rect.x(), y_head, rect.width(), self._head_h), centre, idx)
        # rows
        for i, stage in enumerate(r.stages):
            y = self._cells[(i, 0)].y()
            p.setFont(code_font)
            p.setPen(text)
            p.drawText(QRectF(x_code, y, self._code_w, self._cell_h), left, stage.label)
            p.setFont(value_font)
            p.setPen(QColor(t.accent))
            p.drawText(
                QRectF(x_dtype, y, self._dtype_w, self._cell_h), left, short_name_text(stage.dtype)
            )
            for f in range(n):
                rect = self._cells[(i, f)]
                change = stage.change_at(f)
                fill = surface if change is None else blend(surface, self._tone(change.kind), 0.4)
                p.setPen(QPen(QColor(t.border), t.px(1)))
                p.setBrush(fill)
                p.drawRect(rect)
                p.setPen(text)
                p.setFont(value_font)
                cell_text = (stage.snapshot.text or ("",) * n)[f]
                p.drawText(rect, centre, cell_text)
                if change is not None:
                    p.setFont(label_font)
                    p.drawText(
                        rect.adjusted(0, t.px(1), -t.px(3), 0),
                        Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                        SYMBOLS[change.kind],
                    )
        # the selected element's column
        top = self._cells[(0, r.selected)]
        bottom = self._cells[(len(r.stages) - 1, r.selected)]
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor(t.accent), t.px(2.5)))
        p.drawRect(top.united(bottom))
        # legend
        p.setFont(label_font)
        lm = QFontMetricsF(label_font)
        line_h = lm.height() * 1.4
        col_w = self._size.width() / 2
        for k, kind in enumerate(CHANGE_KINDS):
            x = t.px(6) + (k % 2) * col_w
            y = self._legend_y + (k // 2) * line_h
            box = QRectF(x, y + t.px(2), line_h * 1.3, line_h - t.px(4))
            p.setPen(QPen(QColor(t.border), t.px(1)))
            p.setBrush(blend(surface, self._tone(kind), 0.4))
            p.drawRect(box)
            p.setPen(text)
            p.drawText(box, centre, SYMBOLS[kind])
            p.drawText(
                QRectF(box.right() + t.px(6), y, col_w - box.width() - t.px(12), line_h),
                left,
                self._labels[kind],
            )

    # -- mouse -----------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> tuple[int, int] | None:
        s = self._scale
        q = QPointF(pos.x() / s, pos.y() / s)
        for key, rect in self._cells.items():
            if rect.contains(q):
                return key
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None:
            self.element_clicked.emit(hit[1])
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        r = self._result
        if hit is not None and r is not None:
            stage = r.stages[hit[0]]
            change = stage.change_at(hit[1])
            tip = self.tr("exactly {0}").format(stage.exact[hit[1]])
            if change is not None:
                tip = f"{change.before} → {change.after}\n{self._labels[change.kind]}"
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        super().mouseMoveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def short_name_text(dtype: str) -> str:
    return dtype.removeprefix("torch.")


def _index_text(flat: int, shape: tuple[int, ...]) -> str:
    if not shape:
        return "x"
    return "[" + ", ".join(str(i) for i in unravel(flat, shape)) + "]"


__all__ = ["SYMBOLS", "ConversionChainView", "short_name"]
