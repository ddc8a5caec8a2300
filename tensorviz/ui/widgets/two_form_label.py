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

#: Widths measured, by font, format, margins and text (a few hundred at most: the forms of
#: the labels shown, at the zooms and themes seen).
_WIDTHS: dict[tuple, int] = {}
_WIDTHS_KEPT = 512


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
        """Each form's width as this label would ask for it (same font, format, margins).
        A zoom or a theme sends several font changes, most with a font measured before
        (zooming back and forth, a style sheet's font then the theme's), and dtype's
        line-by-line table took 5 ms a form: a width is measured once for its font and text
        (:data:`_WIDTHS`), and nothing is measured for a font change to the same font."""
        m = self.contentsMargins()
        base = (
            self.font().key(),
            self.textFormat(),
            (m.left(), m.top(), m.right(), m.bottom()),
            self.margin(),
            self.indent(),
        )
        if base + self._forms == self._measured:
            return
        self._measured = base + self._forms
        probe = None
        widths = []
        for text in self._forms:
            width = _WIDTHS.get((*base, text)) if text else 0
            if width is None:
                if probe is None:
                    probe = QLabel()
                    probe.setFont(self.font())
                    probe.setTextFormat(self.textFormat())
                    probe.setContentsMargins(self.contentsMargins())
                    probe.setMargin(self.margin())
                    probe.setIndent(self.indent())
                probe.setText(text)
                width = probe.sizeHint().width()
                if len(_WIDTHS) >= _WIDTHS_KEPT:
                    _WIDTHS.clear()
                _WIDTHS[(*base, text)] = width
            widths.append(width)
        self._widths = (widths[0], widths[1])
        self.updateGeometry()
        self._choose()

    def _choose(self) -> None:
        wide, narrow = self._forms
        text = wide if self._widths[0] <= self.width() else narrow
        if text != self.text():
            super().setText(text)
