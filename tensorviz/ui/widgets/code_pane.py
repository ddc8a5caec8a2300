"""The PyTorch code behind the current picture, and what torch printed when it ran."""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.snippet import Snippet
from tensorviz.ui.code_comments import localised
from tensorviz.ui.theme import Theme

#: At least this many times as wide as tall, the pane shows the output beside the code.
SIDE_BY_SIDE_RATIO = 2.0


class PythonHighlighter(QSyntaxHighlighter):
    """Keywords, strings, numbers, comments and ``torch.`` names, coloured from the theme."""

    _RULES = (
        ("keyword", re.compile(r"\b(" + "|".join(keyword.kwlist) + r")\b")),
        ("builtin", re.compile(r"\b(print|range|len|float|int|type|isinstance)\b")),
        ("torch", re.compile(r"\b(torch|np|numpy)\b")),
        ("number", re.compile(r"\b[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?\b")),
        ("string", re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")),
        ("comment", re.compile(r"#[^\n]*")),
    )

    def __init__(self, document, theme: Theme) -> None:
        super().__init__(document)
        self.set_theme(theme)

    def set_theme(self, theme: Theme) -> None:
        colours = {
            "keyword": theme.series[4],
            "builtin": theme.series[0],
            "torch": theme.series[2],
            "number": theme.series[1],
            "string": theme.series[3] if theme.name != "light" else "#8a5a00",
            "comment": theme.muted,
        }
        self._formats = {}
        for name, colour in colours.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            if name == "keyword":
                fmt.setFontWeight(700)
            if name == "comment":
                fmt.setFontItalic(True)
            self._formats[name] = fmt
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for name, pattern in self._RULES:
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), self._formats[name])


class CodePane(QWidget):
    """Code (monospace, highlighted, with a copy button) above torch's printed output."""

    snippet_shown = Signal()  # another snippet is shown (set_snippet)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_pane")
        # its text in line with the code's (padding: ``QLabel#code_heading`` in
        # ``theme.stylesheet``): flush left, it touched the splitter's handle
        self._code_label = QLabel(objectName="code_heading")
        self._code_label.setProperty("role", "muted")
        self._copy = QPushButton()
        self._copy.setObjectName("copy_code")
        self._copy.clicked.connect(self._on_copy_clicked)
        self._code = QPlainTextEdit(readOnly=True)
        self._code.setObjectName("code_view")
        self._code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._output_label = QLabel(objectName="code_heading")
        self._output_label.setProperty("role", "muted")
        self._output = QPlainTextEdit(readOnly=True)
        self._output.setObjectName("output_view")
        self._output.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        for view in (self._code, self._output):
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            view.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
        self._highlighter = PythonHighlighter(self._code.document(), theme)

        head = QHBoxLayout()
        head.addWidget(self._code_label)
        head.addStretch(1)
        head.addWidget(self._copy)
        code = QVBoxLayout()
        code.addLayout(head)
        code.addWidget(self._code)
        output = QVBoxLayout()
        output.addWidget(self._output_label)
        output.addWidget(self._output)
        # code above output; side by side where the pane is wide and short (see _arrange)
        self._layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(code, 3)
        self._layout.addLayout(output, 2)
        self._snippet = Snippet("", "")
        self._section: str | None = None  # the part of the snippet in view (show_section)
        self._scrolled = False  # the user scrolled since: the part is no longer kept in view
        for view in (self._code, self._output):
            bar = view.verticalScrollBar()
            # laid out again (first shown, resized), the part stays in view; the descent
            # lesson built on its last epoch and the same lesson moved there showed
            # different lines of the output
            bar.rangeChanged.connect(self._keep_section)
            bar.actionTriggered.connect(self._on_user_scrolled)
        self.retranslate()
        self.apply_theme(theme)

    # -- public ----------------------------------------------------------------------------
    def side_by_side(self) -> bool:
        """Whether the output is beside the code (a wide, short pane) rather than under it."""
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def set_snippet(self, snippet: Snippet) -> None:
        if snippet == self._snippet:
            return
        self._snippet = snippet
        self._show_code()
        self._output.setPlainText(snippet.output.rstrip("\n"))
        self._scrolled = False
        self._scroll_to_section()
        self.snippet_shown.emit()

    def _show_code(self) -> None:
        """The snippet's code, its comments in the current language (code_comments)."""
        self._code.setPlainText(localised(self._snippet.code.rstrip("\n")))

    def snippet(self) -> Snippet:
        return self._snippet

    def show_section(self, name: str | None) -> None:
        """Keep part ``name`` of the snippets shown (``Snippet.sections``) at the top of the
        code and of the output, or their tops (None): numpy's course steps ask about its
        third pair while the panes showed the first pair's code and what it printed."""
        self._section = name or None
        self._scrolled = False
        self._scroll_to_section()

    def _keep_section(self, _low: int = 0, _high: int = 0) -> None:
        if self._section is not None and not self._scrolled:
            self._scroll_to_section()

    def _on_user_scrolled(self, _action: int = 0) -> None:
        self._scrolled = True

    def _scroll_to_section(self) -> None:
        found = self._snippet.section(self._section) if self._section else None
        code_line, output_line = found or (0, 0)
        for view, line in ((self._code, code_line), (self._output, output_line)):
            view.verticalScrollBar().setValue(line)  # a plain text view scrolls by lines

    def code_text(self) -> str:
        return self._code.toPlainText()

    def output_text(self) -> str:
        return self._output.toPlainText()

    def code_view(self) -> QWidget:
        """The box that shows the code (a course question may cover it)."""
        return self._code

    def output_view(self) -> QWidget:
        """The box that shows torch's output (a course question may cover it)."""
        return self._output

    def apply_theme(self, theme: Theme) -> None:
        font = theme.font(10.5, mono=True)
        for view in (self._code, self._output):
            view.setFont(font)  # colours: ``QPlainTextEdit#code_view`` in ``theme.stylesheet``
        self._highlighter.set_theme(theme)

    def retranslate(self) -> None:
        self._code_label.setText(self.tr("Code"))
        self._output_label.setText(self.tr("Output (printed by torch)"))
        self._copy.setText(self.tr("Copy code"))
        self._copy.setToolTip(self.tr("Copy the code to the clipboard"))

    def set_copyable(self, copyable: bool) -> None:
        """Whether "Copy code" copies the code: not while a question covers it (the copy
        pasted elsewhere showed what the cover hides: a try that tells "it raises", a
        comment that says the memory is shared)."""
        self._copy.setEnabled(copyable)

    # -- handlers --------------------------------------------------------------------------
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(localised(self._snippet.code))  # as shown
        self._copy.setText(self.tr("Copied"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a zoom or theme resized the button
            self._arrange()
        return super().event(event)

    def _arrange(self) -> None:
        """Under the picture on a projector (1024x768 at zoom 150) the pane is wide and short:
        stacked, its code, output and their captions needed ~270 px of height, which the
        picture lost; side by side they need one caption and one text box of height. The
        choice follows the pane's own shape only (its minimum does not count), so it does
        not flip back and forth as the minimum changes."""
        side = self.width() >= SIDE_BY_SIDE_RATIO * self.height()
        direction = QBoxLayout.Direction.LeftToRight if side else QBoxLayout.Direction.TopToBottom
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        # the two captions in one row: the output's as tall as the code's (its copy button)
        self._output_label.setMinimumHeight(self._copy.sizeHint().height() if side else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._code.toPlainText() != localised(self._snippet.code.rstrip("\n")):
                self._show_code()  # its comments in the new language
                self._scroll_to_section()
        super().changeEvent(event)
