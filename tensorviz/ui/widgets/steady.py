"""A box for a text that changes while a slider moves, in a room that does not."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from tensorviz.ui.widgets.elide import elide_wrapped, wrapped_height


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


class SteadyPair(QWidget):
    """Two word-wrapped texts in one room of fixed height (the caller's), one above the other:
    the lower takes the lines its text needs, up to its own reserve (none where it is empty),
    the upper the rest, and each longer text ends in "…" (the whole in its tooltip). Laid out
    by hand, with no layout: a new text moves nothing outside the room.

    Descent's regime detail and its note of where a run blew up: two rooms of fixed height,
    the note's blank for every run that stays finite, while the detail's theory sentence
    was cut at the projector's size (1024x768 at zoom 150: "Theory: th…" above two blank
    lines)."""

    def __init__(self, upper: QLabel, lower: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.upper, self.lower = upper, lower
        self.reserve = 0  # the most the lower text takes (px); the upper has the rest
        self._texts = ("", "")
        policy = upper.sizePolicy()
        policy.setHeightForWidth(False)  # the room's height is the caller's, whatever the width
        self.setSizePolicy(policy)
        for label in (upper, lower):
            label.setParent(self)
        # at the room's top, beside what stands left of it (a label centres its lines)
        upper.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_texts(self, upper: str, lower: str) -> None:
        self._texts = (upper, lower)
        self.arrange()

    def texts(self) -> tuple[str, str]:
        """The whole texts, as given (the labels may show them cut)."""
        return self._texts

    def arrange(self) -> None:
        """The lower text's lines at the bottom of the room, the upper text above them."""
        upper, lower = self._texts
        width, height = self.width(), self.height()
        below = 0
        if lower and width > 0:
            below = min(wrapped_height(self.lower.font(), width, lower), self.reserve, height)
        self.lower.setVisible(below > 0)
        if below == 0 and self.lower.text():
            self.lower.clear()  # no old note read from it (once: this runs every drag value)
        fix_size(self.upper, QSize(width, height - below))
        if below > 0:
            fix_size(self.lower, QSize(width, below))
            self.lower.move(0, height - below)
            elide_wrapped(self.lower, lower)
        elide_wrapped(self.upper, upper)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
