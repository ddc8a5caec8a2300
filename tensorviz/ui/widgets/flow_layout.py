"""A row of widgets that wraps onto more rows where it is narrower than they are.

Verdict badges side by side ("same object", "same memory", "x changed") ran off the right edge
of a picture on a projector at zoom: an :class:`QHBoxLayout` asks for the sum of its widgets'
widths. :class:`FlowLayout` asks only for its widest widget and reports the height it needs for
a width (``heightForWidth``), so the layout above it makes room in the same pass. Modelled on
Qt's Flow Layout example; right to left it mirrors.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QStyle, QWidget

from tensorviz.ui.widgets.list_layout import ListLayout


class FlowLayout(ListLayout):
    """Items left to right in rows, a new row where the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        if spacing >= 0:
            self.setSpacing(spacing)

    # -- QLayout ---------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All in one row."""
        gap = self.gap()
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (gap if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: every other one can go to a row of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- placing ---------------------------------------------------------------------------
    def gap(self) -> int:
        """The space between items, across and down: the layout's, else the style's."""
        own = self.spacing()  # setSpacing's, or -1
        return own if own >= 0 else self.style_gap()

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, move: bool) -> int:
        """Place the items in ``rect`` (or only measure): the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.gap()
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        )
        x, y, row = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, row = area.x(), y + row + gap, 0
            if move:
                box = QRect(QPoint(x, y), QSize(width, hint.height()))
                item.setGeometry(QStyle.visualRect(direction, rect, box))
            x += width + gap
            row = max(row, hint.height())
        return y + row - rect.y() + m.bottom()
