"""What every hand-written layout here repeats: its items kept in a list, and the style's gap.

Qt's :class:`QLayout` leaves keeping its items to a subclass (``addItem``, ``count``,
``itemAt``, ``takeAt``); :class:`~tensorviz.ui.widgets.flow_layout.FlowLayout` and create's
``BesideOrBelow`` keep them alike and differ only in where they place them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class ListLayout(QLayout):
    """A layout of items in the order they were added, without margins; a subclass places
    them (``setGeometry``) and says its sizes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def style_gap(self) -> int:
        """The space the style puts between a box layout's items (none without a parent)."""
        parent = self.parentWidget()
        if parent is None:
            return 0
        return max(0, parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))
