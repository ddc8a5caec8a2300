"""A short verdict in a rounded outline ("contiguous", "shares memory"), coloured by tone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tensorviz.ui.widgets.roles import set_role, set_tone


class Badge(QLabel):
    """A short verdict in a rounded outline, coloured by its tone (``good``, ``bad``,
    ``warn`` or ``None`` for neutral)."""

    def __init__(self, text: str = "", tone: str | None = None, parent: QWidget | None = None):
        super().__init__(text, parent)
        set_role(self, "badge", tone)

    def set_verdict(self, text: str, tone: str | None) -> None:
        """Show ``text`` in ``tone``; an empty text hides the badge."""
        self.setText(text)
        set_tone(self, tone)
        self.setVisible(bool(text))

    def tone(self) -> str | None:
        return self.property("tone")
