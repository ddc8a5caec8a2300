"""Counting the events a widget gets, for tests that assert how often something happened
(repaints, layout passes, re-polishes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class EventCount(QObject):
    """How many events of ``kind`` ``watched`` has had since ``seen`` was last set."""

    def __init__(self, watched: QObject, kind: QEvent.Type) -> None:
        super().__init__(watched)  # goes with what it watches
        self.kind, self.seen = kind, 0
        watched.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        self.seen += event.type() == self.kind
        return False
