"""A word-wrapped label that is always as tall as its text needs at its width.

Qt gives a wrapped QLabel inside a scrolling column the height of one line unless told
otherwise, and a height fitted once, at whatever width the label had then, is wrong after the
next layout. This label fits its minimum height to its text on every resize and text change,
so the picture does not depend on the order in which layouts happened to run.

:func:`breakable` lets a line of code shown in a wrapped label wrap inside its tokens: a
QLabel wraps only at spaces, and a card as narrow as ``torch.randint(0,`` cut the comma.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: An invisible break (a zero-width space): where a text may wrap, nothing shown.
BREAK = "\u200b"
#: Where code may wrap besides its spaces (it wraps after ", " already): after an opening
#: bracket something follows (``torch.randint(`` | ``0, 10, (2, 3))``), and after a "."
#: between names, a call chain's included (``torch.`` | ``randint(``, ``sourceTensor.detach().``
#: | ``clone()``: torch's warning named "sourceTensor.detach().clone().requires_grad_(True),"
#: as one 51-character word, wider in mono at zoom 150 than a projector's picture). Never
#: inside a number (``3.0``) or a name.
CODE_BREAKS = re.compile(r"(?<=[(\[])(?=[^\s)\]\u200b])|(?<=[\w)\]]\.)(?=[A-Za-z_])")


def breakable(text: str) -> str:
    """``text`` as shown: the same characters, free to wrap inside its code (see
    :data:`CODE_BREAKS`). Only for a label's eyes: what is copied or run is the code itself
    (a code pane copies its snippet's code, never these labels)."""
    return CODE_BREAKS.sub(BREAK, text)


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def hasHeightForWidth(self) -> bool:
        # Its minimum height is its height for its width already (_fit). Declared as well,
        # every layout holding it turned height-for-width, and a vertical box then takes
        # each such item's *preferred* height for its minimum: given only the minimum (a
        # picture in a scroll area), it squeezed them, and a caption ran under the grid
        # below it (create, 1280x720 at zoom 150).
        return False

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # a zoom's font reaches a hidden lesson's labels when it is shown, after its layout
        # may have resized them: fitted before, a label kept the old font's height
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        minimum = self.minimumHeight()
        self.setMinimumHeight(0)  # Qt's height for a width never goes below the minimum
        height = self.heightForWidth(self.width())
        self.setMinimumHeight(height if height > 0 else minimum)


class NaturalWrappingLabel(WrappingLabel):
    """A :class:`WrappingLabel` that asks for its text's natural size, each line unwrapped,
    and wraps only where it is given less. Qt's hint for a word-wrapped label wraps any text
    of more than ~20 characters wherever it is: a value in a table stood on two lines beside
    a one-line name, a badge on two lines with room to spare, and a block of short lines
    asked for more height than it drew (an empty band above and below). Plain text only
    (measured so, with tabs expanded): a rich text's tags would count as characters."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def sizeHint(self) -> QSize:
        # measured as Qt measures a plain label's text (QLabel's sizeForWidth): a framed
        # label (a badge) indents its text by an "x"
        metrics = self.fontMetrics()
        room = QRect(0, 0, 100000, 100000)
        text = metrics.boundingRect(room, Qt.TextFlag.TextExpandTabs, self.text())
        indent = self.indent()
        if indent < 0 and self.frameWidth():
            indent = metrics.horizontalAdvance("x") - 2 * self.margin()
        indent = max(0, indent)
        align = self.alignment()
        sides = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
        ends = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignBottom
        margins = self.contentsMargins()
        across = 2 * self.margin() + (indent if align & sides else 0)
        down = 2 * self.margin() + (indent if align & ends else 0)
        return QSize(
            text.width() + across + margins.left() + margins.right(),
            text.height() + down + margins.top() + margins.bottom(),
        )

    def minimumSizeHint(self) -> QSize:
        # as narrow as its longest word, as Qt's; as low as its lines unwrapped (its minimum
        # height is fitted to its width): a layout takes the larger of hint and minimum
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())
