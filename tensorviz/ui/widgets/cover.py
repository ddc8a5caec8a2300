"""A label laid over part of a lesson (see :class:`Cover`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tensorviz.ui.widgets.roles import set_role


class Cover(QLabel):
    """Words laid over a part of a lesson, hiding it: a lecture's question over the part
    that would give the answer away, "Loading torch…" over a picture torch has not drawn
    yet. Follows the part's size until it is removed; a narrow or short part gets smaller
    words (``short``)."""

    def __init__(
        self, target: QWidget, text: str, short: str = "?", *, name: str = "lecture_cover"
    ) -> None:
        super().__init__(text, target)
        self._text, self._short = text, short
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self._target = target
        target.installEventFilter(self)
        self._fit_role(target.width())
        self.setGeometry(target.rect())
        self.show()
        self.raise_()

    def set_texts(self, text: str, short: str = "?") -> None:
        self._text, self._short = text, short
        self._fit_role(self._target.width())

    def _fit_role(self, width: int) -> None:
        """The prompt in big words where a line of it fits, in them, and all of it does (a
        short part, the output pane under the picture on a small projector, has "?").
        Measured in the big words whatever the cover shows now: measured in its current
        font, a part of one size got one form or the other after the sizes it had passed
        through (the course's steps 30 and 31, their pictures alike, differed)."""
        set_role(self, "big", "muted")
        self.setText(self._text)
        wide = width >= 48 * self.fontMetrics().averageCharWidth()
        if not wide or self.heightForWidth(width) > self._target.height():
            set_role(self, "title", "muted")
            self.setText(self._short)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._target.rect())
            self._fit_role(self._target.width())
            self.raise_()
        return False

    def remove(self) -> None:
        self._target.removeEventFilter(self)
        self.hide()
        self.deleteLater()
