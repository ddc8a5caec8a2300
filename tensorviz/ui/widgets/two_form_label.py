"""A label with two forms of one text: a wide one, and a narrow one over more lines.

Some texts are lines that must not wrap where they happen to reach the edge: code with its
value aligned beside it, a table of one element's values line by line. In a picture on a
projector at zoom (1024x768 at 150%) their one-line form is wider than the picture, and the
picture scrolled sideways. :class:`TwoFormLabel` asks only for the narrow form's width and
shows the wide form wherever its width holds it, so a wide window shows what it showed before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget


class TwoFormLabel(QLabel):
    """Shows ``wide`` where the label is wide enough for it, else ``narrow``; its minimum
    width is the narrow form's. By its width alone, so a layout pass never flips it back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._forms = ("", "")
        self._widths = (0, 0)
        self._measured: tuple | None = None  # what the widths were measured for

    def set_forms(self, wide: str, narrow: str | None = None) -> None:
        """The text in its two forms (``narrow`` None: one form)."""
        forms = (wide, wide if narrow is None else narrow)
        if forms != self._forms:
            self._forms = forms
            self._measure()

    def forms(self) -> tuple[str, str]:
        return self._forms

    def is_narrow(self) -> bool:
        return self.text() != self._forms[0]

    # -- Qt --------------------------------------------------------------------------------
    def minimumSizeHint(self) -> QSize:
        return QSize(self._widths[1], super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a zoom or a style sheet: new widths
            self._measure()

    # -- the forms -------------------------------------------------------------------------
    def _measure(self) -> None:
        """Each form's width as this label would ask for it (same font, format, margins),
        once for each font and pair of forms: a zoom or a theme sends several font changes,
        most with the font it had, and dtype's line-by-line table took 5 ms a measure, six
        times a zoom."""
        m = self.contentsMargins()
        key = (
            self.font().key(),
            self.textFormat(),
            (m.left(), m.top(), m.right(), m.bottom()),
            self.margin(),
            self.indent(),
            self._forms,
        )
        if key == self._measured:
            return
        self._measured = key
        probe = QLabel()
        probe.setFont(self.font())
        probe.setTextFormat(self.textFormat())
        probe.setContentsMargins(self.contentsMargins())
        probe.setMargin(self.margin())
        probe.setIndent(self.indent())
        widths = []
        for text in self._forms:
            probe.setText(text)
            widths.append(probe.sizeHint().width())
        self._widths = (widths[0], widths[1])
        self.updateGeometry()
        self._choose()

    def _choose(self) -> None:
        wide, narrow = self._forms
        text = wide if self._widths[0] <= self.width() else narrow
        if text != self.text():
            super().setText(text)
