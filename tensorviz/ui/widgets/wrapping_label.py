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

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        minimum = self.minimumHeight()
        self.setMinimumHeight(0)  # Qt's height for a width never goes below the minimum
        height = self.heightForWidth(self.width())
        self.setMinimumHeight(height if height > 0 else minimum)
