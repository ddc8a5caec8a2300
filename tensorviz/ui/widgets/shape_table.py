"""The broadcasting table: two shapes right-aligned, dim by dim, with each dim's verdict.

Columns are the result's dims (``dim 0`` ... with the negative index under it); rows are
operand ``a``, operand ``b``, the result, and the verdict. A dim an operand does not have is
drawn as an implicit ``1`` (dashed, muted, italic) so the right alignment is visible. A size
that broadcasting stretches is outlined in that operand's colour; an incompatible dim is
framed in the error colour, and the dim torch names in its error is marked.

Paints a :class:`tensorviz.core.broadcast.ShapeTable`; it never calls torch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tensorviz.core import broadcast as bc
from tensorviz.ui.theme import Theme

ROWS = ("a", "b", "result")

translate = QCoreApplication.translate


def operand_colour(theme: Theme, which: str) -> QColor:
    """The colour that stands for operand ``a`` or ``b`` (the style sheet's ``operand-a`` and
    ``operand-b`` tones use the same series colours, for labels)."""
    return QColor(theme.series[0] if which == "a" else theme.series[2])


def verdict_lines(d: bc.DimVerdict) -> tuple[str, str]:
    """The two lines of a dim's verdict cell, in the current language."""
    if d.verdict == "equal":
        return f"{d.size_of('a')} = {d.size_of('b')}", translate("ShapeTable", "equal")
    if d.verdict == "stretch_a":
        return f"1 → {d.size}", translate("ShapeTable", "a stretched")
    if d.verdict == "stretch_b":
        return f"1 → {d.size}", translate("ShapeTable", "b stretched")
    return f"{d.size_of('a')} ≠ {d.size_of('b')}", translate("ShapeTable", "incompatible")


def dim_explanation(d: bc.DimVerdict) -> str:
    """One sentence on how broadcasting treats dim ``d``, in the current language."""
    where = f"{d.dim} ({d.negative_dim})"
    if d.verdict == "equal":
        return translate("ShapeTable", "dim {0}: both sizes are {1}; nothing is stretched.").format(
            where, d.size
        )
    if d.verdict in ("stretch_a", "stretch_b"):
        name = "a" if d.verdict == "stretch_a" else "b"
        if d.is_implicit(name):
            return translate(
                "ShapeTable",
                "dim {0}: {1} has no such dim, so it counts as 1 and is stretched to {2}.",
            ).format(where, name, d.size)
        return translate(
            "ShapeTable", "dim {0}: {1} has size 1 here and is stretched to {2} (stride 0)."
        ).format(where, name, d.size)
    return translate(
        "ShapeTable", "dim {0}: sizes {1} and {2} differ and neither is 1: incompatible."
    ).format(where, d.size_of("a"), d.size_of("b"))


@dataclass(frozen=True)
class _Geometry:
    header_w: float
    col_w: float
    head_h: float  # the dim-number header
    row_h: float
    verdict_h: float
    legend_h: float
    size: QSize


class ShapeTable(QWidget):
    """Paints a :class:`tensorviz.core.broadcast.ShapeTable` (see the module docstring)."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shape_table")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._theme = theme
        self._table: bc.ShapeTable | None = None
        self._op = "+"
        self._geometry: _Geometry | None = None

    # -- public ----------------------------------------------------------------------------
    def set_table(self, table: bc.ShapeTable | None, op: str = "+") -> None:
        self._table = table
        self._op = op
        self._relayout()

    def table(self) -> bc.ShapeTable | None:
        return self._table

    def row_title(self, row: str) -> str:
        """The header of row ``a``, ``b`` or ``result`` (with the operand's shape)."""
        t = self._table
        if row == "a":
            return "a  " + _shape_text(t.shape_a) if t is not None else "a"
        if row == "b":
            return "b  " + _shape_text(t.shape_b) if t is not None else "b"
        if row == "result":
            return f"a {self._op} b"
        return translate("ShapeTable", "verdict")

    def cell_text(self, row: str, dim: int) -> str:
        """What row ``a``/``b``/``result`` shows in column ``dim`` (an implicit dim shows 1)."""
        d = self._dim(dim)
        if row == "a":
            return str(d.size_of("a"))
        if row == "b":
            return str(d.size_of("b"))
        if row == "result":
            return "✗" if d.size is None else str(d.size)
        raise KeyError(row)

    def is_implicit(self, row: str, dim: int) -> bool:
        """True where operand ``row`` has no such dim and the 1 is implied."""
        return self._dim(dim).is_implicit(row)

    def verdict_text(self, dim: int) -> str:
        """The verdict of column ``dim``, both lines joined by a space."""
        return " ".join(verdict_lines(self._dim(dim)))

    def explanation(self, dim: int) -> str:
        """The sentence shown as the tooltip of column ``dim``."""
        return dim_explanation(self._dim(dim))

    def dim_at(self, pos: QPointF) -> int | None:
        """The column under ``pos`` (widget coordinates), if any."""
        if self._table is None:
            return None
        for d in range(self._table.ndim):
            rect = self.column_rect(d)
            if rect is not None and rect.contains(pos):
                return d
        return None

    def highlighted_dims(self) -> tuple[int, ...]:
        """The columns framed as incompatible."""
        return self._table.incompatible_dims if self._table is not None else ()

    def failing_dim(self) -> int | None:
        """The column marked as the dim torch names in its error."""
        return self._table.failing_dim if self._table is not None else None

    def column_rect(self, dim: int) -> QRectF | None:
        """Where column ``dim`` is drawn, in widget coordinates."""
        g = self._geometry
        if g is None or self._table is None or not 0 <= dim < self._table.ndim:
            return None
        s, o = self._transform()
        x = g.header_w + dim * g.col_w
        height = g.head_h + 3 * g.row_h + g.verdict_h
        return QRectF(o.x() + x * s, o.y(), g.col_w * s, height * s)

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._relayout()

    # -- geometry --------------------------------------------------------------------------
    def _dim(self, dim: int) -> bc.DimVerdict:
        if self._table is None:
            raise LookupError("no table shown")
        return self._table.dims[dim]

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        t = self._theme
        return t.font(12, mono=True), t.font(9), t.font(10, bold=True)

    def _relayout(self) -> None:
        self._geometry = self._compute_geometry()
        self.updateGeometry()
        self.update()

    def _compute_geometry(self) -> _Geometry:
        t = self._theme
        value_font, small_font, head_font = self._fonts()
        fm, sm, hm = QFontMetricsF(value_font), QFontMetricsF(small_font), QFontMetricsF(head_font)
        pad = t.px(14)
        header_w = max(hm.horizontalAdvance(self.row_title(r)) for r in (*ROWS, "verdict"))
        header_w += pad * 2
        col_w = fm.horizontalAdvance("0000") + pad
        col_w = max(
            col_w,
            sm.horizontalAdvance(translate("ShapeTable", "dim {0}").format(0)) + pad,
        )
        table = self._table
        if table is not None:
            for d in table.dims:
                first, second = verdict_lines(d)
                col_w = max(
                    col_w,
                    fm.horizontalAdvance(str(d.size_of("a"))) + pad,
                    fm.horizontalAdvance(str(d.size_of("b"))) + pad,
                    sm.horizontalAdvance(first) + pad,
                    sm.horizontalAdvance(second) + pad,
                )
        head_h = sm.height() * 2.3
        row_h = fm.height() * 1.7
        verdict_h = sm.height() * 2.6
        legend_h = sm.height() * 1.6 * 2
        ndim = table.ndim if table is not None else 0
        width = header_w + max(ndim, 1) * col_w + t.px(8)
        legend_w = max(sm.horizontalAdvance(s) for s in self._legend()) + t.px(20)
        height = head_h + 3 * row_h + verdict_h + legend_h + t.px(6)
        return _Geometry(
            header_w=header_w,
            col_w=col_w,
            head_h=head_h,
            row_h=row_h,
            verdict_h=verdict_h,
            legend_h=legend_h,
            size=QSize(math.ceil(max(width, legend_w)), math.ceil(height)),
        )

    def _legend(self) -> tuple[str, str]:
        return (
            translate(
                "ShapeTable",
                "Shapes line up from the right. Dashed 1: a dim the operand "
                "does not have, counted as 1.",
            ),
            translate(
                "ShapeTable",
                "Each dim: sizes equal, or one is 1 and is stretched; "
                "otherwise the shapes do not broadcast.",
            ),
        )

    def _scale(self, g: _Geometry, width: float) -> float:
        """How much the table shrinks to fit ``width``: never grown, at most to 0.4."""
        return max(0.4, min(1.0, width / max(1, g.size.width())))

    def _transform(self) -> tuple[float, QPointF]:
        g = self._geometry
        if g is None or g.size.width() == 0:
            return 1.0, QPointF(0, 0)
        return self._scale(g, self.width()), QPointF(0.0, 0.0)

    def sizeHint(self) -> QSize:
        return self._geometry.size if self._geometry is not None else QSize(200, 100)

    def minimumSizeHint(self) -> QSize:
        g = self._geometry
        if g is None:
            return QSize(self._theme.px(120), self._theme.px(60))
        # Narrow windows scale the table down; its height follows the scale.
        return QSize(self._theme.px(120), math.ceil(g.size.height() * self._scale(g, self.width())))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        g = self._geometry
        if g is None:
            return self._theme.px(60)
        return math.ceil(g.size.height() * self._scale(g, width))

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        g = self._geometry
        if g is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s, o = self._transform()
        painter.translate(o)
        painter.scale(s, s)
        self._paint(painter, g)

    def _paint(self, painter: QPainter, g: _Geometry) -> None:
        t = self._theme
        value_font, small_font, head_font = self._fonts()
        text = QColor(t.text)
        muted = QColor(t.muted)
        negative = QColor(t.negative)
        centre = Qt.AlignmentFlag.AlignCenter
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        table = self._table
        ndim = table.ndim if table is not None else 0
        top_rows = g.head_h
        body_h = 3 * g.row_h + g.verdict_h
        pad = t.px(8)

        # Row headers.
        for r, row in enumerate((*ROWS, "verdict")):
            y = top_rows + r * g.row_h
            h = g.row_h if row != "verdict" else g.verdict_h
            painter.setFont(head_font if row != "verdict" else small_font)
            colour = (
                operand_colour(t, row) if row in ("a", "b") else text if row == "result" else muted
            )
            painter.setPen(colour)
            painter.drawText(QRectF(pad, y, g.header_w - pad, h), left, self.row_title(row))
        # The rule under the result row.
        painter.setPen(QPen(muted, t.px(1)))
        y_rule = top_rows + 2 * g.row_h
        painter.drawLine(QPointF(pad, y_rule), QPointF(g.header_w + ndim * g.col_w, y_rule))

        if table is None:
            return
        if ndim == 0:
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(
                QRectF(g.header_w, top_rows, g.col_w * 4, 3 * g.row_h),
                left,
                translate("ShapeTable", "both are 0-d: nothing to line up"),
            )
        failing = table.failing_dim
        for d in table.dims:
            x = g.header_w + d.dim * g.col_w
            # Column header: dim i and its negative twin.
            painter.setFont(small_font)
            painter.setPen(negative if d.dim == failing else muted)
            painter.drawText(
                QRectF(x, 0, g.col_w, g.head_h / 2),
                centre,
                translate("ShapeTable", "dim {0}").format(d.dim),
            )
            painter.drawText(
                QRectF(x, g.head_h / 2, g.col_w, g.head_h / 2), centre, f"({d.negative_dim})"
            )
            for r, row in enumerate(("a", "b")):
                rect = QRectF(x, top_rows + r * g.row_h, g.col_w, g.row_h)
                box = rect.adjusted(t.px(6), t.px(4), -t.px(6), -t.px(4))
                stretched = d.verdict == ("stretch_a" if row == "a" else "stretch_b")
                if d.is_implicit(row):
                    painter.setPen(QPen(muted, t.px(1), Qt.PenStyle.DashLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(box, t.px(4), t.px(4))
                    font = QFont(value_font)
                    font.setItalic(True)
                    painter.setFont(font)
                    painter.setPen(muted)
                else:
                    painter.setFont(value_font)
                    painter.setPen(text)
                if stretched:
                    painter.save()
                    painter.setPen(QPen(operand_colour(t, row), t.px(2)))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(box, t.px(4), t.px(4))
                    painter.restore()
                painter.drawText(rect, centre, self.cell_text(row, d.dim))
            rect = QRectF(x, top_rows + 2 * g.row_h, g.col_w, g.row_h)
            painter.setFont(value_font)
            painter.setPen(negative if d.size is None else text)
            painter.drawText(rect, centre, self.cell_text("result", d.dim))
            # Verdict.
            first, second = verdict_lines(d)
            colour = {
                "equal": muted,
                "stretch_a": operand_colour(t, "a"),
                "stretch_b": operand_colour(t, "b"),
                "incompatible": negative,
            }[d.verdict]
            vy = top_rows + 3 * g.row_h
            painter.setFont(small_font)
            painter.setPen(colour if d.verdict != "equal" else text)
            painter.drawText(QRectF(x, vy, g.col_w, g.verdict_h / 2), centre, first)
            painter.setPen(colour)
            painter.drawText(
                QRectF(x, vy + g.verdict_h / 2, g.col_w, g.verdict_h / 2), centre, second
            )
            if d.verdict == "incompatible":
                width = t.px(4) if d.dim == failing else t.px(2)
                style = Qt.PenStyle.SolidLine if d.dim == failing else Qt.PenStyle.DashLine
                painter.setPen(QPen(negative, width, style))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(
                    QRectF(x + t.px(2), t.px(2), g.col_w - t.px(4), g.head_h + body_h - t.px(2)),
                    t.px(6),
                    t.px(6),
                )
        # Legend.
        painter.setFont(small_font)
        painter.setPen(muted)
        ly = g.head_h + body_h + t.px(4)
        line_h = g.legend_h / 2
        for i, line in enumerate(self._legend()):
            painter.drawText(QRectF(pad, ly + i * line_h, g.size.width(), line_h), left, line)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            dim = self.dim_at(QPointF(event.pos()))
            if dim is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.explanation(dim), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._relayout()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        self.updateGeometry()
        super().resizeEvent(event)


def _shape_text(shape: tuple[int, ...]) -> str:
    """``(3,)``, ``(2, 3)``, ``()``: a shape as Python writes a tuple."""
    return str(tuple(shape))
