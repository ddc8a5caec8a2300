"""Give a widget its look through the application style sheet (``theme.stylesheet``).

``role`` says what a text is: ``heading``, ``big``, ``title``, ``small``, ``caption``,
``muted``, ``mono``, ``mono-small``, ``formula``, ``mono-title``, ``badge``; for a frame,
``panel``. ``tone`` says its colour: ``good``, ``bad``, ``warn``, ``muted``, ``text``,
``strong`` (bold), ``bad-strong``; ``operand-a`` and ``operand-b`` (bold, in the colours
that stand for a binary operation's two operands, as in ``widgets.shape_table``); for a
frame, ``focus`` (outlined in the accent: the part a course step is about). The style
sheet scales both with the zoom and the theme, so nothing needs restyling when either changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

ROLES = (
    "heading",
    "big",
    "title",
    "small",
    "caption",
    "muted",
    "mono",
    "mono-small",
    "formula",
    "mono-title",
    "badge",
    "panel",
)
TONES = (
    "good",
    "bad",
    "warn",
    "muted",
    "text",
    "strong",
    "bad-strong",
    "operand-a",
    "operand-b",
    "focus",
)


def set_role(widget: QWidget, role: str | None = None, tone: str | None = None) -> None:
    """Set ``widget``'s role and tone (``None``: none); restyle only when they change."""
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if tone is not None and tone not in TONES:
        raise ValueError(f"unknown tone {tone!r}")
    changed = False
    for name, value in (("role", role), ("tone", tone)):
        if widget.property(name) != value:
            widget.setProperty(name, value)
            changed = True
    if changed:
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)
        # a frame takes the border width of its new rule only at a style change: polished
        # alone, the numpy pair outlined for a course step kept its 1 px room under a 3 px
        # border, and took 3 px at the next zoom (the picture moved by 4 px). Not a label:
        # no tone changes a label's border width, and a badge's tone changes while a
        # slider is dragged (a style change lays the label out again)
        if isinstance(widget, QFrame) and not isinstance(widget, QLabel):
            QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Change only the colour, keeping the role."""
    set_role(widget, widget.property("role"), tone)
