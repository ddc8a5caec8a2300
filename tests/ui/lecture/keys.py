"""What a widget receives of the keys a test presses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class KeysSeen(QObject):
    """Records each key press ``widget`` receives (``keys``: Qt's key codes, ``texts``: the
    characters they type), letting it through."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.keys: list[int] = []
        self.texts: list[str] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.keys.append(event.key())
            self.texts.append(event.text())
        return False
