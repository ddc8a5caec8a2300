"""What every lesson shares: an error banner, the code-and-output pane, theme and language.

A lesson is a thin controller: its controls call a ``tensorviz.core`` function with plain
values, get a frozen dataclass back, and hand it to widgets to paint. Subclasses:

- build their controls and picture in ``__init__`` and call :meth:`set_content`;
- set every user-visible text in :meth:`retranslate` (called again on a language change);
- restyle what they paint in :meth:`apply_theme` (call ``super().apply_theme``);
- show their code with ``self.code_pane.set_snippet(...)``;
- show failures with :meth:`show_torch_error` / :meth:`show_input_error`, keeping the last
  good result on screen.

Fonts: the application style sheet sets every widget's font size from the zoom, which wins
over ``setFont``. Give a label another size with a style-sheet property (``role="heading"``,
``role="muted"``, see ``theme.stylesheet``) or a style sheet of its own; painted widgets take
``theme.font(...)``, which is already scaled.

A concrete lesson class must not be subclassed again: PySide's ``self.tr`` takes the
translation context from the runtime class name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.core.snippet import Snippet
from tensorviz.ui.explain import explain_torch_error, literal_error_text
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.code_pane import CodePane
from tensorviz.ui.widgets.error_banner import ErrorBanner


class Lesson(QWidget):
    key: str = ""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"lesson_{self.key}")
        self.theme = theme
        self.banner = ErrorBanner(theme)
        self.code_pane = CodePane(theme)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.banner)
        self.splitter: QSplitter | None = None
        self._code_share = 0.30
        self._sized = False  # splitter sizes are set once, on the first show

    # -- layout ----------------------------------------------------------------------------
    def set_content(self, controls: QWidget, picture: QWidget, code_width: int = 30) -> None:
        """Controls (scrollable) on the left, the picture in the middle, code on the right.

        ``code_width`` is the share of the width, in percent, given to the code pane.
        """
        scroll = QScrollArea()
        scroll.setObjectName("controls_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(controls)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(picture)
        self.splitter.addWidget(self.code_pane)
        self.splitter.setStretchFactor(0, 22)
        self.splitter.setStretchFactor(1, 100 - 22 - code_width)
        self.splitter.setStretchFactor(2, code_width)
        self._code_share = code_width / 100
        controls.setMinimumWidth(self.theme.px(240))
        self._layout.addWidget(self.splitter, 1)

    def _fit_splitter(self) -> None:
        if self.splitter is not None and self.width() > 0:
            w = self.width()
            code = round(w * self._code_share)
            controls = max(self.theme.px(260), round(w * 0.2))
            self.splitter.setSizes([controls, max(100, w - code - controls), code])

    # -- overridable -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every user-visible text (``self.tr``); called on start and language change."""

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.banner.apply_theme(theme)
        self.code_pane.apply_theme(theme)

    def settle(self) -> None:
        """Block until background work for the current state is done (screenshots, tests)."""

    def snippet(self) -> Snippet:
        """The code behind the current picture and what it prints."""
        return self.code_pane.snippet()

    # -- errors ----------------------------------------------------------------------------
    def show_torch_error(
        self, error: TorchError, explanation: Callable[[], str] | None = None
    ) -> None:
        self.banner.show_error(error, explanation or (lambda: explain_torch_error(error)))

    def show_input_error(self, error: LiteralError, field: str = "") -> None:
        """Input the app refused before torch saw it; ``field`` names where (already tr'd)."""
        self.banner.show_error(
            f"{field}: {error}" if field else str(error),
            lambda: literal_error_text(error),
        )

    def clear_error(self) -> None:
        self.banner.clear()

    # -- Qt --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if not self._sized:
            self._sized = True
            self._fit_splitter()
        super().showEvent(event)
