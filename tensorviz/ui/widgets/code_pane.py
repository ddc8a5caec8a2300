"""The PyTorch code behind the current picture, and what torch printed when it ran."""

from __future__ import annotations

import keyword
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.snippet import Snippet
from tensorviz.ui.theme import Theme


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

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_pane")
        self._code_label = QLabel()
        self._code_label.setProperty("role", "muted")
        self._copy = QPushButton()
        self._copy.setObjectName("copy_code")
        self._copy.clicked.connect(self._on_copy_clicked)
        self._code = QPlainTextEdit(readOnly=True)
        self._code.setObjectName("code_view")
        self._code.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._output_label = QLabel()
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self._code, 3)
        layout.addWidget(self._output_label)
        layout.addWidget(self._output, 2)
        self._snippet = Snippet("", "")
        self.retranslate()
        self.apply_theme(theme)

    # -- public ----------------------------------------------------------------------------
    def set_snippet(self, snippet: Snippet) -> None:
        if snippet == self._snippet:
            return
        self._snippet = snippet
        self._code.setPlainText(snippet.code.rstrip("\n"))
        self._output.setPlainText(snippet.output.rstrip("\n"))

    def snippet(self) -> Snippet:
        return self._snippet

    def code_text(self) -> str:
        return self._code.toPlainText()

    def output_text(self) -> str:
        return self._output.toPlainText()

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

    # -- handlers --------------------------------------------------------------------------
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._snippet.code)
        self._copy.setText(self.tr("Copied"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
