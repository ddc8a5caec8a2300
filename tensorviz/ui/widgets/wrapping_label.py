"""A word-wrapped label that is always as tall as its text needs at its width.

Qt gives a wrapped QLabel inside a scrolling column the height of one line unless told
otherwise, and a height fitted once, at whatever width the label had then, is wrong after the
next layout. This label fits its minimum height to its text on every resize and text change,
so the picture does not depend on the order in which layouts happened to run.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        minimum = self.minimumHeight()
        self.setMinimumHeight(0)  # Qt's height for a width never goes below the minimum
        height = self.heightForWidth(self.width())
        self.setMinimumHeight(height if height > 0 else minimum)
