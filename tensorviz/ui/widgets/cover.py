"""A label laid over part of a lesson (see :class:`Cover`)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from tensorviz.ui.theme import mono_family
from tensorviz.ui.widgets.roles import set_role

#: code is shown where a line of this many characters fits (longer lines wrap)
CODE_COLUMNS = 30
#: longer code is not shown (no cover holds it readably; laying it out in every form tried
#: would take long: a pasted literal)
CODE_MAX_CHARS = 2_000
#: a wrapped line of code goes on this many columns in
HANGING = 4


#: (role, application font, style sheets) -> the role's font (Cover._role_font)
_ROLE_FONTS: dict[tuple, QFont] = {}


def _sheets(widget: QWidget | None) -> list[str]:
    """The style sheets that reach ``widget``: its own, its parents' and the application's."""
    sheets = []
    while widget is not None:
        if widget.styleSheet():
            sheets.append(widget.styleSheet())
        widget = widget.parentWidget()
    return [*sheets, QApplication.instance().styleSheet()]


def _wrapped_height(metrics: QFontMetrics, text: str, width: int) -> int:
    """The height of plain ``text`` wrapped at ``width``, as a label measures it."""
    flags = Qt.TextFlag.TextWordWrap  # as QLabel measures: without its alignment (centred,
    # Chinese came out a pixel taller, and a prompt that fits got "?")
    return metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, text).height()


def _fits(font: QFont, text: str, width: int, height: int, wrapping: bool) -> bool:
    """Rich ``text`` in ``font`` fits ``width`` x ``height``, as a label lays it out: no
    line wider (a table cell grows past the width rather than wrap a line that cannot:
    a line of code's last ")" was cut at the picture's edge), not taller, and where it is
    not ``wrapping`` no line wrapped (the table's spacing took the few pixels a line of
    code had to spare: it wrapped, with no indent for its rest)."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)  # as a label's
    doc.setDefaultFont(font)
    doc.setHtml(text)
    if not wrapping and doc.size().width() > width:  # laid out unwrapped: its widest line
        return False
    doc.setTextWidth(width)
    return doc.idealWidth() <= width and doc.size().height() <= height


def code_forms(longest: int) -> tuple[tuple[str | None, int], ...]:
    """The code's forms, each a role and the characters a line must hold, biggest words
    first: on a projector the size of the words counts more than a line wrapped."""
    return (
        ("big", longest),
        ("heading", longest),
        ("title", longest),
        ("title", CODE_COLUMNS),
        (None, longest),
        (None, CODE_COLUMNS),
        ("small", longest),
        ("small", CODE_COLUMNS),
    )


class Cover(QLabel):
    """Words laid over a part of a lesson, hiding it: a lecture's question over the part
    that would give the answer away, "Loading torch…" over a picture torch has not drawn
    yet. Follows the part's size until it is removed; a narrow or short part gets smaller
    words (``short``).

    A question's cover over the picture shows the code the class is asked about
    (:meth:`set_code`): at a projector's size the code pane shows two of its lines."""

    def __init__(
        self, target: QWidget, text: str, short: str = "?", *, name: str = "lecture_cover"
    ) -> None:
        super().__init__(text, target)
        self._text, self._short = text, short
        self._code, self._hint = "", ""
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self._target = target
        target.installEventFilter(self)
        # a scroll area draws its scroll bars over the cover: the words stay in its viewport
        self._viewport = target.viewport() if isinstance(target, QAbstractScrollArea) else None
        if self._viewport is not None:
            self._viewport.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def set_texts(self, text: str, short: str = "?") -> None:
        self._text, self._short = text, short
        self._fit_role()

    def set_code(self, code: str, hint: str) -> None:
        """Show ``code`` (with ``hint`` under it) instead of the text where it fits; blank
        or more than CODE_MAX_CHARS: the text."""
        if len(code) > CODE_MAX_CHARS or not code.strip():
            code = ""
        if (code, hint) != (self._code, self._hint):
            self._code, self._hint = code, hint
            self._fit_role()

    def shows_code(self) -> bool:
        return self.textFormat() == Qt.TextFormat.RichText

    def _fit_role(self) -> None:
        """The code in the biggest words in which all of it fits (code_forms). Else the
        prompt in big words where a line of it fits, in them, and all of it does (a short
        part, the output pane under the picture on a small projector, has "?"). Measured in
        the words tried whatever the cover shows now: measured in its current font, a part of
        one size got one form or the other after the sizes it had passed through (the
        course's steps 30 and 31, their pictures alike, differed). A form is laid out only
        where its lines can fit (measured in its role's font, _role_font)."""
        room = self.contentsRect()
        width, height = room.width(), room.height()
        sheets = _sheets(self)  # what the roles' fonts come from, the same for every form
        if self._code:
            lines = self._code.split("\n")
            longest = max(len(line) for line in lines)
            unbroken = max(len(word) for word in self._code.split())  # wraps at spaces only
            family = mono_family()
            for role, columns in code_forms(longest):
                role_font = self._role_font(role, sheets)
                font = QFont(role_font)
                font.setFamily(family)
                metrics = QFontMetricsF(font)
                if len(lines) * metrics.lineSpacing() > height:
                    continue  # its lines alone, unwrapped, are taller than the part
                column = metrics.horizontalAdvance("m")
                margin = round(column / 2)
                wraps = columns < longest
                if width - 2 * margin < max(columns, unbroken + HANGING * wraps) * column:
                    continue
                text = self._code_html(family, column if wraps else 0.0)
                inside = (width - 2 * margin, height - 2 * margin)
                if _fits(role_font, text, *inside, wrapping=wraps):
                    self._show(role, "text", text, margin)
                    return
        big = QFontMetrics(self._role_font("big", sheets))
        if (
            width >= 48 * big.averageCharWidth()
            and _wrapped_height(big, self._text, width) <= height
        ):
            self._show("big", "muted", self._text)
            if self.heightForWidth(self.width()) <= self.height():  # as the label lays it out
                return
        self._show("title", "muted", self._short)

    def _show(self, role: str | None, tone: str, text: str, margin: int | None = None) -> None:
        """``text`` in ``role`` and ``tone``: rich text (code) where ``margin`` is given."""
        code = margin is not None
        self.setTextFormat(Qt.TextFormat.RichText if code else Qt.TextFormat.PlainText)
        self.setMargin(margin or 0)
        set_role(self, role, tone)  # restyles only when they change
        self.setText(text)

    def _role_font(self, role: str | None, sheets: list[str]) -> QFont:
        """The font the style sheet gives ``role``, learnt once per style sheet: a role
        set to be measured re-polishes the label (0.3 ms), and the forms tried made a fit of
        the code take 5 ms, up to 8 of them as a lesson settled into a step."""
        key = (role, QApplication.font().key(), *sheets)
        font = _ROLE_FONTS.get(key)
        if font is None:
            if len(_ROLE_FONTS) > 256:  # zooms and themes seen: a few dozen
                _ROLE_FONTS.clear()
            set_role(self, role, self.property("tone"))
            font = _ROLE_FONTS[key] = QFont(self.font())
        return font

    def _code_html(self, family: str, column: float) -> str:
        """The code in ``family``, a paragraph a line: a line that wraps goes on ``HANGING``
        columns in (``column`` pixels each; 0: the lines do not wrap), so that its rest does
        not read as a line of its own."""
        family = family.replace("'", "")  # a quote would end the CSS string
        hang = round(HANGING * column)
        lines = "".join(
            f'<p style="margin: 0 0 0 {hang}px; text-indent: -{hang}px">{html.escape(line)}</p>'
            for line in self._code.split("\n")
        )
        return (
            '<p align="center">?</p><table align="center"><tr><td>'
            f"<div style=\"font-family: '{family}'; white-space: pre-wrap\">{lines}</div>"
            f'</td></tr></table><p align="center">{html.escape(self._hint)}</p>'
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self._target:
                # a scroll area resizes its viewport next, and that refits the words: fitted
                # here too, every resize fitted them twice, first to the old viewport
                self._place(fit=self._viewport is None)
                self.raise_()
            elif watched is self._viewport:  # also where only its scroll bars came or went
                self._place()
        return False

    def _place(self, fit: bool = True) -> None:
        """Over all of the target; its words within the target's viewport where it has one
        (a line of code ran under the picture's scroll bar, its ")" out of sight), fitted to
        it (``fit``)."""
        self.setGeometry(self._target.rect())
        room = self._viewport.geometry() if self._viewport is not None else self.rect()
        room = room.intersected(self.rect())
        self.setContentsMargins(
            room.left(),
            room.top(),
            self.width() - room.right() - 1,
            self.height() - room.bottom() - 1,
        )
        if fit:
            self._fit_role()

    def remove(self) -> None:
        self._target.removeEventFilter(self)
        if self._viewport is not None:
            self._viewport.removeEventFilter(self)
        self.hide()
        self.deleteLater()
