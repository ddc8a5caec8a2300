"""The mark of the element the user wrote (the numpy lesson): a triangle filling its cell's
top-left corner, in the cell's outline colour, as a spreadsheet marks an edited cell.

Colour alone did not tell it apart: in the contrast theme the written cell's cyan outline and
the shared side's sky blue were hard to tell apart (and cyan on the shared buffer's sky-blue
strip hardly showed), in the dark theme its orange and a copy's salmon, and a colour-blind eye
confuses more. The mark is the same in the grids, in the memory strips and in the legend, so
the legend names what it marks.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF

#: The triangle's legs, as a share of the cell's shorter side: it stays clear of a value
#: written in the middle of the cell.
SHARE = 0.36


def paint_written_mark(
    painter: QPainter, rect: QRectF, colour: QColor, share: float = SHARE
) -> None:
    """Fill the top-left corner of ``rect`` (inside the cell's outline) with ``colour``, its
    legs ``share`` of the shorter side."""
    leg = min(rect.width(), rect.height()) * share
    corner = rect.topLeft()
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([corner, corner + QPointF(leg, 0), corner + QPointF(0, leg)]))
    painter.restore()


def swatch(colour: QColor, side: float, pen: float, written: bool, ratio: float) -> QPixmap:
    """A legend's square: a cell outlined in ``colour`` (``pen`` wide), with the written mark
    where ``written``; ``side`` device-independent pixels, drawn at ``ratio`` (the screen's
    device pixel ratio)."""
    pixmap = QPixmap(max(1, round(side * ratio)), max(1, round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = pen / 2
    rect = QRectF(inset, inset, side - pen, side - pen)
    painter.setPen(QPen(colour, pen))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    if written:  # larger than in a cell: a swatch holds no value, and it is small
        paint_written_mark(painter, rect.adjusted(inset, inset, -inset, -inset), colour, 0.6)
    painter.end()
    return pixmap
