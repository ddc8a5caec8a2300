"""A box for a text that changes while a slider moves, in a room that does not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


def fix_size(widget: QWidget, size: QSize) -> None:
    """Fix ``widget`` at ``size`` in both directions. A QLabel's new text asks every layout
    up to the window to be computed again (``updateGeometry``) unless its size is fixed in
    both directions: descent's drag changes three texts a value, and that relayout of the
    lesson cost about 1 ms of each value's 8."""
    if widget.minimumSize() != size or widget.maximumSize() != size:
        widget.setFixedSize(size)


class SteadyBox(QWidget):
    """Holds one widget at exactly the box's size, fixed (:func:`fix_size`), so that the
    widget's new texts lay nothing out again. The box takes the widget's place in a layout:
    its size policy is the widget's, its fixed height (or width) the caller's; the widget
    gets whatever size the layout gives the box."""

    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        policy = child.sizePolicy()
        policy.setHeightForWidth(False)  # the box's height is the caller's, whatever the width
        self.setSizePolicy(policy)
        child.setParent(self)
        child.move(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        fix_size(self.child, event.size())
        super().resizeEvent(event)
