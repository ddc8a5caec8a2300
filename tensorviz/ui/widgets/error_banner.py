"""torch's own error message and a plain explanation, above the lesson; dismissable."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.errors import TorchError
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.cover import Cover
from tensorviz.ui.widgets.roles import set_tone
from tensorviz.ui.widgets.scrolls import RefittingScroll

#: The most characters of the app's own refusal shown (its middle left out): it quotes what
#: was typed, and a 32,767-character name took 0.3 s to lay out on one line. torch's own
#: errors are shown whole.
MAX_MESSAGE = 400


def _line_bottoms(label: QLabel, width: int, text: str | None = None) -> list[float]:
    """Where each line of ``label``'s wrapped text (or ``text`` in its font) ends, from its
    top, at ``width``: as the label lays it out (its text is selectable, so a QTextDocument
    lays it out; the font's line spacing was 15 px where the document's lines were 16)."""
    text = label.text() if text is None else text
    if not text:
        return []
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(label.font())
    doc.setPlainText(text)
    doc.setTextWidth(width)
    doc.size()  # lays it out
    bottoms = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            bottoms.append(layout.position().y() + line.y() + line.height())
        block = block.next()
    return bottoms


#: Qt's QWIDGETSIZE_MAX: no limit on a widget's height
QWIDGETSIZE_MAX = 16777215


class _TextScroll(RefittingScroll):
    """The banner's message and explanation: exactly as tall as their wrapped text where the
    lesson has room, scrolled where the lesson caps the banner's height (a projector at zoom,
    where torch's message and its explanation took 300 of the lesson's 530 px)."""

    def __init__(self, content: QWidget) -> None:
        super().__init__(content, "error_text")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for widget in (self, self.viewport(), content):  # the banner's colours show through
            widget.setAutoFillBackground(False)
            widget.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def refit(self) -> None:
        super().refit()
        # a new text changes the content's height: the banner's layout must ask again
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.widget().heightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        width = self.width() if self.width() > 0 else hint.width()
        return QSize(hint.width(), min(self.heightForWidth(width), self.maximumHeight()))

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(0, min(self.heightForWidth(max(self.width(), 1)), 2 * line))


class ErrorBanner(QFrame):
    """Hidden until :meth:`show_error`. The lesson under it stays usable."""

    dismissed = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_banner")
        self._title = QLabel()
        self._title.setObjectName("error_title")
        self._message = QLabel()
        self._message.setObjectName("error_message")
        self._explanation = QLabel()
        self._explanation.setObjectName("error_explanation")
        for label in (self._message, self._explanation):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._explanation.setTextFormat(Qt.TextFormat.PlainText)
        self._close = QToolButton()
        self._close.setObjectName("error_close")
        self._close.setText("✕")
        self._close.clicked.connect(self._on_close_clicked)
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self._message)
        words_layout.addWidget(self._explanation)
        words_layout.addStretch(1)  # given more height than the text needs: room below it
        self._text = _TextScroll(words)
        text = QVBoxLayout()
        text.addWidget(self._title)
        text.addWidget(self._text)
        text.addStretch(1)  # the room held below whole lines stands empty under them
        row = QHBoxLayout(self)
        row.addLayout(text, 1)
        row.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._is_user_error = False
        self._is_bug = False  # tensorviz's own error: titled so, not as the user's input
        self._raised_by = "torch"  # the library whose call raised the error shown
        self._said: Callable[[], str] = str  # the error's message (asked again at a switch)
        self._explain: Callable[[], str] = str
        self._has_error = False
        self._concealed = False
        self._holding = False  # standing where it goes even without an error (hold_room)
        self._holding_errors = False  # standing where it goes once an error comes
        self._note: str | None = None  # what it says then (set_note)
        self._cover: Cover | None = None  # over it while concealed and standing
        self._cap = QWIDGETSIZE_MAX  # the most height the lesson lets its text have
        self._held_room = 0  # the text's room while the banner holds its room
        self.hide()
        self.retranslate()
        self.apply_theme(theme)

    def show_error(
        self,
        error: TorchError | str | Callable[[], str],
        explanation: str | Callable[[], str] = "",
        *,
        bug: bool = False,
    ) -> None:
        """Show torch's error (or, for input the app refused, a message of the app's own;
        ``bug``: an error of tensorviz itself, which no input of the user's caused).

        A message of the app's own and ``explanation`` are best given as callables
        returning ``tr()`` text, so that they are asked again, in the new language, when
        the language changes.
        """
        self._is_user_error = not isinstance(error, TorchError)
        # numpy's error is titled as numpy's: its words are not torch's
        self._raised_by = error.raised_by if isinstance(error, TorchError) else "torch"
        self._is_bug = bug
        self._said = error if callable(error) else (lambda text=str(error): text)
        self._explain = explanation if callable(explanation) else (lambda: explanation)
        self._has_error = True
        self._note = None  # a new result: the revealed note spoke of an earlier one
        self._refresh()

    def set_concealed(self, concealed: bool) -> None:
        """Keep the banner hidden, even when an error comes, until unconcealed (a course
        question asks whether torch will raise; the banner would answer it). Where it holds
        its room (:meth:`hold_room`) it stands there meanwhile, covered ("?"). Not input the
        app refused (:meth:`show_error` of a message of the app's own): that is shown."""
        self._concealed = concealed
        self._refresh()

    def hold_room(self, on: bool, *, errors_only: bool = False) -> None:
        """Stand where the banner goes even where torch raised nothing, saying so: a course
        question asks whether torch will raise, and the lesson under the banner must not
        move when the answer is revealed, whichever it is (the banner coming at the reveal
        pushed the lesson down 100-140 px at 1400x900). ``errors_only``: stand there only
        once an error comes (a question hiding the output, whose page also raises; the
        error may come later, from a worker or once torch is in)."""
        self._holding = on and not errors_only
        self._holding_errors = on and errors_only
        if not on:
            self._note = None
            if not self._has_error:
                self._message.clear()
        self._refresh()

    def holds_room(self) -> bool:
        return self._holding or (self._holding_errors and self._has_error)

    def set_note(self, raised: str | None) -> None:
        """What the held room says where the lesson shows no error of its own: the error
        torch raised (``raised``: its message, shown elsewhere in the lesson, as the dtype
        lesson's ``.cuda()``), or None: that it raised none."""
        self._note = raised
        self._refresh()

    def _refresh(self) -> None:
        self.retranslate()
        held = self.holds_room()
        tone = "good" if held and not self._has_error and not self._note else None
        if self.property("tone") != tone:
            set_tone(self, tone)
            set_tone(self._title, tone)
        self._fit_held_height()
        # a refusal of what was typed answers no question: shown at once (the student saw
        # "?" and could not tell why the step did not change, until the reveal)
        concealed = self._concealed and not (self._has_error and self._is_user_error)
        self.setVisible(held or (self._has_error and not concealed))
        covered = held and concealed
        if covered and self._cover is None:
            self._cover = Cover(self, "?", "?", name="lecture_banner_cover")
        elif not covered and self._cover is not None:
            self._cover.remove()
            self._cover = None

    def _fit_held_height(self) -> None:
        """While it holds the room, one height whatever it says: under the question's cover
        an error's banner (114 px for view's) stood taller than 'no error' (60 px), which
        told the class the answer. Its title and five lines (fewer on a short lesson); a
        longer error scrolls."""
        if not self.holds_room():
            self.setMinimumHeight(0)
            self.setMaximumHeight(QWIDGETSIZE_MAX)
            self._fit_text()
            return
        margins = self.contentsMargins()
        row = self.layout().contentsMargins()
        # five lines, or half of what the lesson lets its text have where it is short: at
        # 1024x768, zoom 150, five lines left the lesson's picture 81 px under the strip
        line = math.ceil(_line_bottoms(self._message, 1 << 20, "0")[0])  # as laid out
        lines = min(5 * line, max(2 * line, self._cap // 2))
        self._held_room = lines
        # its title's line as tall as the taller of its two titles (a line with Chinese in it
        # is taller: the room grew 5 px at the reveal where they were not alike)
        metrics, wide = QFontMetrics(self._title.font()), QRect(0, 0, 1 << 20, 1 << 20)
        flags = Qt.AlignmentFlag.AlignLeft
        line = max(
            metrics.boundingRect(wide, flags, text).height()
            for text in (
                self.tr("torch raised an error"),
                self.tr("numpy raised an error"),
                self.tr("torch raised no error"),
            )
        )
        pad = self._title.contentsMargins()
        title = max(line + pad.top() + pad.bottom(), self._title.sizeHint().height())
        title += self.layout().spacing()
        self.setFixedHeight(
            title + lines + row.top() + row.bottom() + margins.top() + margins.bottom()
        )
        self._fit_text()

    def has_error(self) -> bool:
        """Whether an error is held (shown, or concealed)."""
        return self._has_error

    def clear(self) -> None:
        self._has_error = False
        self._is_user_error = self._is_bug = False
        self._raised_by = "torch"
        self._note = None  # a new result: the revealed note spoke of an earlier one
        self._message.clear()
        self._explain = self._said = str
        self._refresh()

    def cap_height(self, pixels: int) -> None:
        """At most ``pixels`` of message and explanation; more scrolls (the lesson keeps the
        rest of its height for the picture)."""
        self._cap = max(pixels, 1)
        self._fit_held_height()

    def _fit_text(self) -> None:
        """The text's room (the lesson's cap, or the room held) cut to whole lines of what it
        says now: a cap in pixels showed the top half of a line (view's error at 1024x768,
        zoom 150; item()'s explanation at 1280x720, zoom 125), which read as the words cut
        off. Held, the banner keeps its height and the rest of the room stands empty."""
        room = self._held_room if self.holds_room() else self._cap
        self._text.setMaximumHeight(max(1, self._whole_lines(room)))

    def _whole_lines(self, room: int) -> int:
        """The height of the lines of the message and its explanation that ``room`` holds
        whole (``room`` itself where all of them fit, or not even the first)."""
        content = self._text.widget()
        width = content.width() or self._text.viewport().width()
        if width <= 0:
            return room
        bottoms = _line_bottoms(self._message, width)
        if self._explanation.text():
            # no message ("torch raised no error"): its label is hidden, and no spacing
            top = bottoms[-1] + content.layout().spacing() if bottoms else 0
            bottoms += [top + b for b in _line_bottoms(self._explanation, width)]
        if not bottoms or bottoms[-1] <= room:
            return room
        whole = [b for b in bottoms if b <= room]
        return math.ceil(whole[-1]) if whole else room

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_text()  # its lines wrap anew

    def title(self) -> str:
        """Whose "no" it is: the user's input refused, torch's error, numpy's..."""
        return self._title.text()

    def message(self) -> str:
        return self._message.text() if self._has_error else ""

    def explanation(self) -> str:
        return self._explanation.text() if self._has_error else ""

    def apply_theme(self, theme: Theme) -> None:
        # frame and colours: ``QFrame#error_banner`` in ``theme.stylesheet`` (no sheet of its
        # own, which a zoom would re-polish on its own)
        self._message.setFont(theme.font(10, mono=True))
        self._fit_held_height()

    def retranslate(self) -> None:
        noting = self.holds_room() and not self._has_error  # the room held: what torch did
        if self._is_bug and not noting:
            title = self.tr("tensorviz failed (a bug, not your input)")
        elif self._is_user_error and not noting:
            title = self.tr("Your input was not accepted")
        elif self._raised_by == "numpy" and not noting:
            title = self.tr("numpy raised an error")
        elif not noting or self._note:
            title = self.tr("torch raised an error")
        else:  # the code ran to its end
            title = self.tr("torch raised no error")
        self._title.setText(title)
        self._close.setToolTip(self.tr("Dismiss"))
        if noting:
            self._message.setText(self._note or "")
            text = "" if self._note else self._no_error()
        else:
            if self._has_error:
                self._message.setText(self._cut(self._said()))
            text = self._explain()
        self._explanation.setText(text)
        self._explanation.setVisible(bool(text))
        self._message.setVisible(bool(self._message.text()))

    def _cut(self, text: str) -> str:
        """A message of the app's own quotes what was typed: its middle left out when long."""
        if self._is_user_error and len(text) > MAX_MESSAGE:
            half = MAX_MESSAGE // 2
            return f"{text[:half]} … {text[-half:]}"
        return text

    def _no_error(self) -> str:
        return self.tr("The code ran to its end: nothing was raised.")

    def _on_close_clicked(self) -> None:
        self._has_error = False
        self.hold_room(False)
        self.dismissed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()  # the held room's height too: a line with Chinese is taller
        super().changeEvent(event)
