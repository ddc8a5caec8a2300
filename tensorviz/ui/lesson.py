"""What every lesson shares: the passive view's frame and the controller's machinery.

A lesson is a package (see ``tensorviz.ui.lessons``). Its two Qt classes derive from here:

:class:`LessonView` (``view.py``) builds the controls and the picture, emits intent signals
when the user acts, and draws what it is given: ``render(state, result)`` stores both and calls
the subclass's :meth:`LessonView.draw`. It never calls torch and holds no lesson logic. It sets
its static texts in :meth:`LessonView.retranslate`; on a language change the base class calls
that and draws the last result again, so texts made from results follow the language too.

:class:`Lesson` (``controller.py``) owns the current State. An intent becomes a new State
(the state module's pure transitions); :meth:`Lesson.set_state` shows any State, from a click
or from data (a course step, a saved file): the subclass's :meth:`Lesson.show_state` asks
``tensorviz.core`` for the result, on the lesson's worker when it is heavy
(:meth:`Lesson.submit`), and renders it. Worker results are dispatched here once, as superqt's
``thread_worker`` does: ``returned`` gets a value, ``errored`` (default: the error banner)
gets torch's error, and anything else is a bug, shown and reported, never swallowed.

A lesson can be built before torch is in (the window's first lesson, issue 16): it then
waits, its view showing ``draw_controls(state)`` disabled under "Loading torch…", and
:meth:`Lesson.set_state` keeps the state without computing; when torch is in (and the lesson
is on screen, or :meth:`Lesson.wait_for_torch` is called), :meth:`Lesson.prepare` runs once
and the kept state is shown.

Fonts and colours: labels take a style-sheet role (``widgets.roles.set_role``), painted
widgets take ``theme.font(...)`` and theme colours; no lesson writes CSS.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.errors import LiteralError, TorchError
from tensorviz.core.snippet import Snippet
from tensorviz.ui import phrases
from tensorviz.ui.explain import GENERAL, Explainer, literal_error_text
from tensorviz.ui.lessons.states import LessonState, StateError, TextTooLong
from tensorviz.ui.theme import Theme, stylesheet
from tensorviz.ui.torch_loader import TorchLoader
from tensorviz.ui.widgets.code_pane import CodePane
from tensorviz.ui.widgets.cover import Cover
from tensorviz.ui.widgets.elide import elide_tabs, tab_tips
from tensorviz.ui.widgets.error_banner import ErrorBanner
from tensorviz.ui.widgets.scrolls import ControlsScroll, PictureScroll
from tensorviz.ui.worker import Worker

# Below this width (in px at zoom 100) the code pane goes under the picture.
NARROW_WIDTH = 900
# The controls column's minimum, px at zoom 100 (content that needs more, its buttons'
# texts, scrolls sideways in a column dragged narrower).
CONTROLS_MINIMUM = 200
# Where the code is under the picture, the picture's share of the height: the picture is
# what the room looks at; the code pane's own panes scroll (and the splitter moves).
PICTURE_SHARE_NARROW = 2 / 3
# The banner's text never gets less than this (px at zoom 100) when the lesson caps it.
BANNER_TEXT_MINIMUM = 60
# Event passes after a result that make a lesson's geometry final (see Lesson.settle).
LAYOUT_PASSES = 5


class LessonView(QWidget):
    """Controls (scrollable) on the left, the picture in the middle, code on the right, and
    the error banner above them. Subclasses build their widgets, call :meth:`set_content`,
    then ``self.retranslate()`` and ``self.apply_theme(theme)``."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.banner = ErrorBanner(theme)
        self.code_pane = CodePane(theme)
        # "Loading torch…" over the picture while torch loads, the controls disabled beside it
        # (above the lesson, the line moved the whole lesson up when it went)
        self._waiting_text: Callable[[], str] | None = None
        self._waiting_cover: Cover | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.banner)
        self.splitter: QSplitter | None = None
        self._column: QSplitter | None = None  # picture over code, where narrow (set_content)
        self.controls_scroll: ControlsScroll | None = None
        self._code_share = 0.30
        self._sized = False  # shown once: the splitters have their sizes
        self._dragged = False  # the user moved a splitter: their sizes stay theirs
        self.rendered: tuple[Any, Any] | None = None

    # -- layout ----------------------------------------------------------------------------
    def set_content(self, controls: QWidget, picture: QWidget, code_width: int = 30) -> None:
        """``code_width`` is the share of the width, in percent, given to the code pane."""
        scroll = self.controls_scroll = ControlsScroll(controls, self.theme.px(CONTROLS_MINIMUM))
        # The picture scrolls where the window is smaller than it (1024x768 at zoom 150 on a
        # projector): its minimum size must not become the window's, or the window outgrows
        # the screen. With room to spare the picture fills the area exactly as before.
        self._picture_scroll = PictureScroll(picture, "picture_scroll")
        # The picture's column; where the lesson is narrow the code goes under the picture
        # in it (see _arrange).
        self._column = QSplitter(Qt.Orientation.Vertical)
        self._column.setObjectName("picture_code_column")
        self._column.setChildrenCollapsible(False)
        self._column.installEventFilter(self)
        self._column.splitterMoved.connect(self._on_splitter_moved)
        self._column.addWidget(self._picture_scroll)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self._column)
        self.splitter.addWidget(self.code_pane)
        self.splitter.setStretchFactor(0, 22)
        self.splitter.setStretchFactor(1, 100 - 22 - code_width)
        self.splitter.setStretchFactor(2, code_width)
        self._code_share = code_width / 100
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self._layout.addWidget(self.splitter, 1)

    def picture_area(self) -> QWidget | None:
        """The middle of the lesson: what it draws (a course question may cover it)."""
        return self._picture_scroll if self.splitter is not None else None

    def answer_hints(self) -> list[QWidget]:
        """Controls that tell what torch did: a step's ✓ or ✗, an example named for its
        outcome ("[1, 2] (two elements: error)"). A course question covers them, with the
        picture, until it is revealed."""
        return []

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.splitter is None or self.narrow():
            return hint
        # Wide only where there is room; squeezed, the lesson turns narrow (code under the
        # picture), so its minimum is the narrow one. Otherwise a lesson left wide in the
        # stack (shown at 1920 px, then hidden) kept the window from shrinking to 1024 px.
        picture = self._picture_scroll.minimumSizeHint().width()
        code = self.code_pane.minimumSizeHint().width()
        return QSize(hint.width() - min(picture, code) - self.splitter.handleWidth(), hint.height())

    def narrow(self) -> bool:
        """Whether the code pane is under the picture instead of beside it."""
        return self.code_pane.parent() is self._column if self.splitter is not None else False

    def _arrange(self) -> None:
        """Three columns where the lesson is wide; on a projector at zoom (1024 px at 150%)
        three columns leave the picture a strip, so the code goes under the picture there.

        Only the code pane moves; the picture stays in its column. A widget that changes
        parent is polished again with all it holds: moving the picture too cost descent's
        zoom across the width where it turns 20 ms of re-polish (its plots and texts)."""
        if self.splitter is None or self.width() <= 0:
            return
        narrow = self.width() < self.theme.px(NARROW_WIDTH)
        if narrow == self.narrow():
            return
        if narrow:
            self._column.addWidget(self.code_pane)
            self._column.setStretchFactor(0, 2)
            self._column.setStretchFactor(1, 1)
            # a lecturer can drag the code away to give a short picture the whole height
            self._column.setCollapsible(1, True)
            self.splitter.setStretchFactor(1, 78)
        else:
            self.splitter.insertWidget(2, self.code_pane)
            code = round(self._code_share * 100)
            self.splitter.setStretchFactor(1, 78 - code)
            self.splitter.setStretchFactor(2, code)

    def _fit_splitter(self) -> None:
        """The columns' widths (and, narrow, the picture's share of the height) by the
        lesson's own rule, on every resize until the user drags a splitter: a lesson's layout
        follows its size alone, never the sizes it passed through on the way."""
        if self.splitter is None or self._dragged:
            return
        w = self.splitter.width() or self.width()
        if w <= 0:
            return
        controls = max(self.theme.px(260), round(w * 0.2))
        if self.controls_scroll is not None:  # its content as wide as before the bar was there
            controls += self.controls_scroll.verticalScrollBar().sizeHint().width()
        if self.narrow():
            self.splitter.setSizes([controls, max(100, w - controls)])
            self._fit_column()
            return
        code = round(w * self._code_share)
        self.splitter.setSizes([controls, max(100, w - code - controls), code])

    def _fit_column(self) -> None:
        h = self._column.height()
        if h > 0 and not self._dragged and self.narrow():
            picture = round(h * PICTURE_SHARE_NARROW)
            self._column.setSizes([picture, h - picture])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._dragged = True

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self._column
            and self._column is not None
            and event.type() == QEvent.Type.Resize
        ):
            self._fit_column()  # its height is known once the splitter has laid it out
        return super().eventFilter(watched, event)

    # -- waiting for torch -------------------------------------------------------------------
    def show_waiting(self, text: Callable[[], str] | None) -> None:
        """While torch loads: ``text`` (in the current language) over the picture, which
        torch has not drawn yet, and the lesson's controls, picture and code disabled (they
        all need torch); None: done, the cover goes and nothing else moves."""
        self._waiting_text = text
        if text is None and self._waiting_cover is not None:
            self._waiting_cover.remove()
            self._waiting_cover = None
        elif text is not None and self._waiting_cover is None:
            target = self.picture_area() or self
            self._waiting_cover = Cover(target, text(), text(), name="waiting_for_torch")
        elif text is not None:
            self._waiting_cover.set_texts(text(), text())
        if self.splitter is not None:
            self.splitter.setEnabled(text is None)

    def waiting(self) -> bool:
        return self._waiting_text is not None

    def waiting_text(self) -> str:
        """What the lesson says over its picture while torch loads ("" once it is in)."""
        cover = self._waiting_cover
        return cover.text() if cover is not None and cover.isVisibleTo(self) else ""

    # -- drawing ---------------------------------------------------------------------------
    def render(self, state: Any, result: Any) -> None:
        """Show ``state`` with the ``result`` core computed for it (kept for redraws)."""
        self.rendered = (state, result)
        self.draw(state, result)

    def draw(self, state: Any, result: Any) -> None:
        """Subclasses: put ``state`` and ``result`` on screen."""

    def draw_controls(self, state: Any) -> None:
        """Subclasses: set the controls to ``state``, with no result (a lesson built while
        torch loads shows them so, disabled, until its first result); ``draw`` does it too."""

    def build_ahead(self) -> None:
        """Subclasses: build now what the view otherwise builds when first drawn (a page, a
        plot), hidden; the warm-up calls it while the app is idle (``ui/warm_up.py``), so
        that no lecture step waits for it."""

    # -- overridable -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every static text; called on start and on a language change."""

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.banner.apply_theme(theme)
        self.code_pane.apply_theme(theme)
        if self.controls_scroll is not None:
            self.controls_scroll.minimum = theme.px(CONTROLS_MINIMUM)
            self.controls_scroll.updateGeometry()

    # -- Qt --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._waiting_text is not None:
                self.show_waiting(self._waiting_text)
            for tabs in self.findChildren(QTabWidget):
                tab_tips(tabs)
            if self.rendered is not None:
                self.draw(*self.rendered)
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if not self._sized:
            self._sized = True
            if self.controls_scroll is not None:
                self.controls_scroll.fit_content()
            for tabs in self.findChildren(QTabWidget):
                elide_tabs(tabs)
            self._arrange()
            self._fit_splitter()
        super().showEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # torch's message and its explanation may run to ten lines: on a short lesson
        # (1024x768 at zoom 150) they scroll within a quarter of the height
        self.banner.cap_height(max(self.theme.px(BANNER_TEXT_MINIMUM), self.height() // 4))
        if self._sized:
            self._arrange()
            self._fit_splitter()


class Lesson(QWidget):
    """A lesson's controller: its State, its view, its worker.

    Subclasses set ``key``, ``State``, ``View`` (and ``explainer`` for their own words on
    torch's errors), connect the view's intents in :meth:`connect_view`, and implement
    :meth:`show_state`. A concrete lesson class must not be subclassed again: widgets' ``tr``
    takes the translation context from the runtime class name.
    """

    key: ClassVar[str] = ""
    State: ClassVar[type[LessonState]]
    View: ClassVar[type[LessonView]]
    explainer: ClassVar[Explainer] = GENERAL
    # Threads of the foreground worker (the one :meth:`settle` waits for). Two let a slow
    # result (a table of many runs) be computed beside a quick one the user waits for.
    worker_threads: ClassVar[int] = 1

    def __init__(
        self,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        state: LessonState | None = None,
        view: LessonView | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"lesson_{self.key}")
        self.theme = theme
        if not QApplication.instance().styleSheet():
            # In the main window the style sheet sits on each lesson, not on the application
            # (a zoom then restyles one lesson, not all): it is in place before the view is
            # built, as the application's would be, so what the view measures is the same.
            self.setStyleSheet(stylesheet(theme))
        # built as the lesson's child, so the lesson's style sheet (its fonts) reaches the
        # view's widgets while the view measures them
        self.view = view if view is not None else self.View(theme, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._state: LessonState = self.State()
        self._torch_error: TorchError | None = None
        self._workers: dict[bool, Worker] = {}
        self._handlers: dict[tuple[bool, str], _Handlers] = {}
        self.connect_view(self.view)
        self._torch = TorchLoader(self)
        if not self._torch.is_ready():  # built while torch loads: shown, computed when it is in
            self._torch.ready.connect(self._on_torch_ready)
            self._torch.failed.connect(self._on_torch_failed)
            self.view.show_waiting(_loading_text)
            self._torch.listen()  # the window starts the import once it has shown (or settle)
        else:
            self.prepare()
        self.set_state(state if state is not None else self._state)

    # -- the State API ---------------------------------------------------------------------
    @property
    def state(self) -> LessonState:
        """The current State: what the lesson shows."""
        return self._state

    def set_state(self, state: LessonState) -> None:
        """Show exactly ``state``: the same picture, code and output as when a user clicks
        their way there."""
        if not isinstance(state, self.State):
            raise TypeError(f"lesson {self.key!r} takes a {self.State.__name__}, not {state!r}")
        if self.view.waiting():  # computed when torch is in (_on_torch_ready)
            self._state = state
            self.view.draw_controls(state)
            return
        previous, self._state = self._state, state
        if self.show_state(state) is False:  # input refused: the previous state stays
            self._state = previous

    def commit(self, state: LessonState, result: object) -> None:
        """Make ``state`` current with the ``result`` already computed for it, and draw both
        (an intent that had to compute before deciding to accept its new state)."""
        self._state = state
        self.view.render(state, result)

    # -- torch still loading ---------------------------------------------------------------
    def waiting_for_torch(self) -> bool:
        """Built while torch loads: its state is kept and shown once torch is in."""
        return self.view.waiting()

    def wait_for_torch(self) -> None:
        """Block until torch is in and the current state is being shown (scripts, tests),
        hidden or not."""
        if self.view.waiting():
            self._torch.wait()
            self._begin()

    def _on_torch_ready(self) -> None:
        if self.isVisible():  # a lesson chosen while torch loaded and left: when next shown
            self._begin()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.view.waiting() and self._torch.is_ready():
            self._begin()

    def _begin(self) -> None:
        """Torch is in: show the state kept while waiting. Refused (text that is no
        literal), it is not current: the opening state is, and the banner says why."""
        if not self.view.waiting():
            return
        self.view.show_waiting(None)
        self.prepare()
        kept, self._state = self._state, self.State()
        self.set_state(kept)

    def _on_torch_failed(self, message: str) -> None:
        self.view.show_waiting(
            lambda: QCoreApplication.translate("Lesson", "torch could not be loaded: {0}").format(
                message
            )
        )

    # -- for subclasses --------------------------------------------------------------------
    def connect_view(self, view: LessonView) -> None:
        """Connect the view's intent signals to the controller's handlers."""

    def prepare(self) -> None:
        """What the lesson asks torch once, before it shows its first state (the devices
        this machine has); called when torch is in, so that the lesson can be built before."""

    def show_state(self, state: LessonState) -> bool | None:
        """Compute what ``state`` shows (``submit`` when heavy) and ``view.render`` it.

        Return False when the app refuses the state's input before torch sees it (text that
        is no literal, say): the refusal is shown and the previous state stays current."""
        raise NotImplementedError

    def submit(
        self,
        channel: str,
        fn: Callable[[], object],
        returned: Callable[[Any], None],
        errored: Callable[[Any], None] | None = None,
        *,
        background: bool = False,
        passthrough: tuple[type[BaseException], ...] = (LiteralError,),
    ) -> int:
        """Run ``fn`` on the lesson's worker; a newer submission on ``channel`` makes this
        one stale. ``returned(value)`` gets the result, ``errored(error)`` a
        :class:`TorchError` or a ``passthrough`` exception (default: the banner).

        ``background`` work runs on a second thread that :meth:`settle` does not wait for
        (filling caches ahead of the user)."""
        worker = self._workers.get(background)
        if worker is None:
            threads = 1 if background else self.worker_threads
            worker = self._workers[background] = Worker(self, threads=threads)
            worker.finished.connect(
                lambda channel, result, bg=background: self._on_worker_finished(bg, channel, result)
            )
        self._handlers[(background, channel)] = (returned, errored, passthrough)
        return worker.submit(channel, fn, passthrough=passthrough)

    def cancel(self, channel: str) -> None:
        for worker in self._workers.values():
            worker.cancel(channel)

    def busy(self, channel: str | None = None) -> bool:
        worker = self._workers.get(False)
        return worker is not None and worker.busy(channel)

    def idle(self) -> bool:
        """Its results are shown and no more are on their way."""
        return self.view.rendered is not None and not self.busy()

    def _on_worker_finished(self, background: bool, channel: str, result: object) -> None:
        returned, errored, passthrough = self._handlers[(background, channel)]
        if isinstance(result, TorchError) or (passthrough and isinstance(result, passthrough)):
            (errored or self._show_error)(result)
        elif isinstance(result, BaseException):
            self.report_bug(result)
        else:
            returned(result)

    def _show_error(self, error: TorchError | BaseException) -> None:
        if isinstance(error, TorchError):
            self.show_torch_error(error)
        elif isinstance(error, LiteralError):
            self.show_input_error(error)
        else:
            self.report_bug(error)

    def report_bug(self, exc: BaseException) -> None:
        """An exception that is neither torch's refusal nor refused input is a bug of
        tensorviz: say so on screen, keep the last result, and report it (tests fail)."""
        self.view.banner.show_error(
            f"{type(exc).__name__}: {exc}",
            lambda: QCoreApplication.translate(
                "Lesson", "This is a bug in tensorviz; the last result is still shown."
            ),
            bug=True,
        )
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def settle(self) -> None:
        """Block until the current state's results are shown (screenshots, tests)."""
        self.wait_for_torch()
        worker = self._workers.get(False)
        if worker is not None:
            worker.settle()
        # A result posts layout requests, and layouts that settle post more (a wrapped label
        # fits its height to its width, a scroll area refits its content): a few passes make
        # the geometry final, the same for a lesson built in a state as for one moved there.
        for _ in range(LAYOUT_PASSES):
            QApplication.processEvents()

    # -- facts for course questions ----------------------------------------------------------
    def facts(self) -> dict[str, object]:
        """Named results of what is shown now, all from torch, that a course question may ask
        about. Every lesson has ``raises`` (torch's error shown, or None) and ``output`` (what
        the code printed); lessons add their own (``shape``, ``stride``, ``value``...)."""
        return {"raises": self._torch_error, "output": self.snippet().output}

    # -- messages --------------------------------------------------------------------------
    def show_torch_error(
        self, error: TorchError, explanation: Callable[[], str] | None = None
    ) -> None:
        self._torch_error = error
        self.view.banner.show_error(error, explanation or self.explainer.explanation(error))

    def show_input_error(
        self,
        error: LiteralError | StateError,
        field: str | Callable[[], str] = "",
        explanation: Callable[[], str] | None = None,
    ) -> None:
        """Input the app refused before torch saw it; ``field`` names where (tr'd text, or
        best a callable giving it, asked again when the language changes).

        This is where refused input becomes a message: the banner's first line names the
        field and what in it was refused (the error's detail in the user's language,
        ``phrases.detail``; no reason key), the explanation (``explain.literal_error_text``,
        or the lesson's own ``explanation``) says why and the limit, in the user's language.
        Where there is no detail, the first line says why. A :class:`StateError` (a text
        longer than the state keeps) is shown as the refusal it is."""
        error = input_error(error)
        self._torch_error = None

        def first() -> str:
            what = phrases.detail(error) if error.detail else literal_error_text(error)
            name = field() if callable(field) else field
            return f"{name}: {what}" if name else what

        if explanation is None and error.detail:  # why and the limit under the detail
            explanation = lambda: literal_error_text(error, detail=False)  # noqa: E731
        self.view.banner.show_error(first, explanation or "")

    def clear_error(self) -> None:
        self._torch_error = None
        self.view.banner.clear()

    # -- delegated to the view ---------------------------------------------------------------
    @property
    def banner(self) -> ErrorBanner:
        return self.view.banner

    @property
    def code_pane(self) -> CodePane:
        return self.view.code_pane

    def snippet(self) -> Snippet:
        """The code behind the current picture and what it prints."""
        return self.view.code_pane.snippet()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.view.apply_theme(theme)

    def closeEvent(self, event) -> None:
        for worker in self._workers.values():
            worker.shutdown()
        super().closeEvent(event)


def _loading_text() -> str:
    return QCoreApplication.translate(
        "Lesson", "Loading torch… This lesson computes its first result as soon as torch is in."
    )


def input_error(error: LiteralError | StateError) -> LiteralError:
    """``error`` as a refusal of input: a text over a state's length limit is ``too_long``
    with its limit, any other :class:`StateError` a value the lesson cannot show."""
    if isinstance(error, LiteralError):
        return error
    if isinstance(error, TextTooLong):
        return LiteralError.too_long(error.length, error.limit)
    return LiteralError("bad_value", error.problem)


_Handlers = tuple[
    Callable[[Any], None], Callable[[Any], None] | None, tuple[type[BaseException], ...]
]
