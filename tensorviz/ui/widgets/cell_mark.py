"""The mark of the element the user wrote (the numpy lesson): a dot in its cell's top-right
corner, in the cell's outline colour. (Not a corner triangle: the storage strips mark the
storage offset's slot with one, top left.)

Colour alone did not tell it apart: in the contrast theme the written cell's cyan outline and
the shared side's sky blue were hard to tell apart (and cyan on the shared buffer's sky-blue
strip hardly showed), in the dark theme its orange and a copy's salmon, and a colour-blind eye
confuses more. The mark is the same in the grids, in the memory strips and in the legend, so
the legend names what it marks.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

#: The dot's diameter, as a share of the cell's shorter side: it stays clear of a value
#: written in the middle of the cell.
SHARE = 0.22


def paint_written_mark(
    painter: QPainter, rect: QRectF, colour: QColor, share: float = SHARE
) -> None:
    """A dot of ``colour`` in the top-right corner of ``rect`` (inside the cell's outline),
    ``share`` of its shorter side across."""
    d = min(rect.width(), rect.height()) * share
    gap = d * 0.35
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(rect.right() - gap - d, rect.top() + gap, d, d))
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
        paint_written_mark(painter, rect.adjusted(inset, inset, -inset, -inset), colour, 0.42)
    painter.end()
    return pixmap
