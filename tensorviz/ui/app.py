"""The application and its main window: lesson list, stacked lessons, menus, status bar."""

from __future__ import annotations

import gc
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QPoint, QRectF, QSignalBlocker, QSize, Qt, QTimer, qVersion
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

import tensorviz
from tensorviz.assets import RESOURCES
from tensorviz.ui import collector, fonts, i18n, lessons, settings, torch_import
from tensorviz.ui.lesson import Lesson, LessonView
from tensorviz.ui.theme import (
    THEMES,
    ZOOM_STEP,
    Theme,
    apply_palette,
    clamp_zoom,
    make_theme,
    set_stylesheet,
    stylesheet,
    system_theme_name,
)
from tensorviz.ui.widgets.frames import OneFrame
from tensorviz.ui.widgets.plot_view import fits_deferred

if TYPE_CHECKING:
    from tensorviz.ui.lecture.mode import LectureMode

ICON = RESOURCES / "icons" / "tensorviz.svg"
# Below this width (logical px: 1350 px at zoom 150, 1125 px at 125) the lesson list hides on its
# own: the list took a quarter of a 1024x768 projector at zoom 150 and left the lesson's picture
# 330 px. View > Lesson list (Ctrl+L) and the Lesson menu (Ctrl+1..8) still reach every lesson.
LIST_ROOM = 900
#: A remembered window smaller than this (px) is not restored: it opens at the first start's
#: size (a hand-edited or corrupt geometry gave a 386x309 window).
MIN_RESTORED = QSize(600, 400)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("tensorviz")
    app.setOrganizationName("tensorviz")
    app.setApplicationVersion(tensorviz.__version__)
    app.setWindowIcon(QIcon(str(ICON)))
    fonts.install()  # Chinese drawn, not boxes, where the system has no Chinese font
    collector.install(app)  # cyclic garbage (Qt objects among it) freed on this thread only
    # The objects that importing Qt (and torch, when it is in already) created live as long
    # as the process. Left in the young generations, every full collection walks them: 100-140
    # ms with the GIL held, in whichever thread triggers it, so the GUI thread stalls (seen in
    # autograd and descent). In the permanent generation, a full collection walks only the
    # app's objects. Torch's, when it is imported after this, are frozen by torch_import.
    gc.freeze()
    return app


class LessonItemDelegate(QStyledItemDelegate):
    """Draws a lesson as two lines: its chapter (small, muted) over its title."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        theme = self._window.theme
        chapter, _, title = (index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        rect = option.rect.adjusted(theme.px(4), theme.px(2), -theme.px(4), -theme.px(2))
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.accent))
            painter.drawRoundedRect(rect, theme.px(4), theme.px(4))
        text = rect.adjusted(theme.px(10), theme.px(6), -theme.px(6), -theme.px(6))
        small = theme.font(8.5)
        painter.setFont(small)
        painter.setPen(QColor(theme.background if selected else theme.muted))
        line = QFontMetrics(small).lineSpacing()
        painter.drawText(
            text.adjusted(0, 0, 0, -(text.height() - line)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            chapter,
        )
        painter.setFont(theme.font(bold=True))
        painter.setPen(QColor(theme.background if selected else theme.text))
        painter.drawText(
            text.adjusted(0, line, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            title,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        theme = self._window.theme
        small = QFontMetrics(theme.font(8.5)).lineSpacing()
        big = QFontMetrics(theme.font(bold=True)).lineSpacing()
        return QSize(theme.px(120), small + 2 * big + theme.px(16))


class ListSplitter(QSplitter):
    """The lesson list beside the lessons. The list steps aside where the window has no room
    for it (MainWindow._fit_list_to_width), so it adds nothing to the window's minimum: with
    it counted, a window moved from a wide screen to a 1024x768 projector at zoom 150 (or
    maximised there) stayed 1037 px wide, its minimum while the list still showed, and hung
    off the screen's edge once the list had gone. Shown by the lecturer (Ctrl+L) where there
    is no room for it, the list takes its width from the lesson, whose picture may then
    scroll sideways: the window stays on the screen."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        first = self.widget(0)
        if first is not None and not first.isHidden():
            least = max(first.minimumWidth(), first.minimumSizeHint().width())
            hint.setWidth(hint.width() - least - self.handleWidth())
        return hint


class MainWindow(QMainWindow):
    """Lessons in course order on the left, the current lesson on the right.

    Lessons are built the first time they are shown. ``remember=False`` (screenshots) reads
    and writes no settings.

    The window imports no torch: it paints at once with its lesson list, then shows its first
    lesson's controls, disabled under a quiet "Loading torch…", and once they are painted
    starts torch's import on another thread (:mod:`~tensorviz.ui.torch_import`); the lesson
    computes its first result as soon as torch is in (see :meth:`_on_painted`). Asking for a
    lesson (``lesson``, ``select_lesson``) waits for torch, so scripts and tests get it whole.

    The style sheet (``theme.stylesheet``) sits on each lesson and on the window's own parts
    (lesson list, menus, status bar, lecture strip, dialogs), never on the application: a
    zoom or theme switch then restyles the lesson on screen at once and each hidden lesson
    when it is next shown (issue 16: 0.7-2.5 s with every lesson built, now a few tens of ms).
    """

    def __init__(
        self,
        *,
        theme: str | None = None,
        zoom: int | None = None,
        language: str | None = None,
        lesson: str | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self._remember = remember
        self._shown = False
        self._roomy: bool | None = None  # the window's width had room for the list
        self._infos = lessons.available()
        self._lessons: dict[str, Lesson] = {}
        self._styled: dict[str, Theme] = {}  # the theme each built lesson was last styled in
        self._one_frame = OneFrame(self)
        keys = [i.key for i in self._infos]
        self._settings = settings.open_settings() if remember else None
        prefs = settings.load(self._settings, keys) if self._settings else settings.Preferences()
        self._prefs = prefs
        if theme is not None:
            prefs.theme = theme
        if zoom is not None:
            prefs.zoom = clamp_zoom(zoom)
        if language is not None:
            prefs.language = language
        if lesson is not None:
            prefs.lesson = lesson
        self.theme = self._resolve_theme()

        self._list = QListWidget()
        self._list.setObjectName("lesson_list")
        self._list.setItemDelegate(LessonItemDelegate(self))
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._stack = QStackedWidget()
        self._stack.setObjectName("lesson_stack")
        self._empty = QLabel()
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self._empty)
        # where the first lesson goes until the window has painted (issue 16): see _on_painted
        self._blank = QWidget()
        self._stack.addWidget(self._blank)
        self._painted = False
        for _ in self._infos:
            self._list.addItem(QListWidgetItem())  # text set in retranslate()
        self._right = QWidget()
        self._right_layout = QVBoxLayout(self._right)
        self._right_layout.setContentsMargins(0, 0, 0, 0)
        self._right_layout.setSpacing(0)
        self._right_layout.addWidget(self._stack, 1)
        self._splitter = splitter = ListSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._list)
        splitter.addWidget(self._right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # on a small projector at zoom the lecturer can drag the list away (F5 hides it too)
        splitter.setCollapsible(0, True)
        self.setCentralWidget(splitter)
        self._lecture: LectureMode | None = None  # made when first asked for (lecture)
        self._build_menus()
        self._list.currentRowChanged.connect(self._on_lesson_changed)

        app = QApplication.instance()
        if app.styleSheet():  # a lesson alone set it (tests): the window styles its parts
            app.setStyleSheet("")
        apply_palette(app, self.theme)
        self._style_shell()
        i18n.set_language(app, prefs.language or i18n.system_language())
        self.retranslate()
        self._apply_list_metrics()
        # a saved geometry that Qt cannot read, or a window too small to use (a file edited
        # by hand, another machine's), starts at the first start's size
        restored = prefs.geometry is not None and self.restoreGeometry(prefs.geometry)
        small = self.width() < MIN_RESTORED.width() or self.height() < MIN_RESTORED.height()
        if not restored or small:
            self.resize(self._first_size())
        start = prefs.lesson if prefs.lesson in keys else (keys[0] if keys else None)
        if start is not None:  # built now; it computes when torch is in
            self._list.setCurrentRow(keys.index(start))
        if prefs.problems:
            self.statusBar().showMessage(" ".join(p() for p in prefs.problems), 20000)

    def _first_size(self) -> QSize:
        """The window's size on a first start: 1400x900, or the screen's free area where that
        is smaller (a 1024x768 projector got a window running off the screen)."""
        size = QSize(1400, 900)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None and QGuiApplication.platformName() != "offscreen":
            size = size.boundedTo(screen.availableGeometry().size())
        return size

    # -- lessons ---------------------------------------------------------------------------
    def lesson_keys(self) -> list[str]:
        return [i.key for i in self._infos]

    def select_lesson(self, key: str) -> Lesson:
        """Show lesson ``key`` (waiting for torch if it is still loading) and return it."""
        self._list.setCurrentRow(self.lesson_keys().index(key))
        return self.lesson(key)

    def lesson(self, key: str) -> Lesson:
        """The lesson widget for ``key``, built on first use, in the current theme and zoom;
        if torch is still loading, this waits for it, so that the lesson shows its state."""
        lesson = self._built(key)
        lesson.wait_for_torch()
        row = self._list.currentRow()
        if self._stack.currentWidget() is self._blank and self._infos[row].key == key:
            self._stack.setCurrentWidget(lesson)  # asked for before the window painted
        return lesson

    def lessons_built(self) -> list[Lesson]:
        """The lessons built so far (shown, or built ahead: warm_up), as they are (a hidden
        one is restyled when shown)."""
        return list(self._lessons.values())

    def _built(self, key: str) -> Lesson:
        """Lesson ``key``, built now if it is not: while torch loads, it shows its controls
        disabled and computes its first result when torch is in."""
        if key not in self._lessons:
            widget = lessons.build(key, self.theme)  # it takes the style sheet itself
            self._styled[key] = self.theme
            self._lessons[key] = widget
            self._stack.addWidget(widget)
        elif self._styled[key] != self.theme:
            self._style_lesson(key)
        return self._lessons[key]

    def _style_lesson(self, key: str) -> None:
        lesson = self._lessons[key]
        set_stylesheet(lesson, stylesheet(self.theme))
        lesson.apply_theme(self.theme)
        self._styled[key] = self.theme

    def current_lesson(self) -> Lesson | None:
        widget = self._stack.currentWidget()
        return widget if isinstance(widget, Lesson) else None

    def _on_lesson_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self._infos[row].key
        if self._painted or key in self._lessons or torch_import.done():
            self._stack.setCurrentWidget(self._built(key))  # live while torch loads
        else:  # built once the window has painted (_on_painted)
            self._stack.setCurrentWidget(self._blank)
        self._prefs.lesson = key
        self._actions[f"lesson_{key}"].setChecked(True)
        self._update_title()
        self.paint_once_settled()

    def paint_once_settled(self) -> None:
        """Hold the window's repaint until the layouts set going now have settled: a new
        lesson or a lecture step shown in one frame, not in one per layout pass (a wrapped
        text refitting to its width asks for another pass, which came after a repaint)."""
        self._one_frame.hold(settle=True)

    # -- lecture mode ----------------------------------------------------------------------
    @property
    def lecture(self) -> LectureMode:
        """The lecture mode, made when first asked for: its package, strip and course are not
        part of a start that shows a lesson (importing and making them was 10-15 ms of every
        start-up's, with the GIL that torch's import waits for; issue 16). The warm-up makes
        it once the app is idle, so that F5 does not wait for it either."""
        if self._lecture is None:
            from tensorviz.ui.lecture.mode import LectureMode

            self._lecture = LectureMode(self, self._settings)
            set_stylesheet(self._lecture.strip, stylesheet(self.theme))
        return self._lecture

    def lecture_host(self) -> QVBoxLayout:
        """The column above the lessons where lecture mode puts its strip."""
        return self._right_layout

    def set_lecture_layout(self, on: bool) -> None:
        """In a lecture the lesson fills the window: no lesson list, no status bar; the course's
        steps choose the lesson, so the Lesson menu rests."""
        self.statusBar().setVisible(not on)
        with QSignalBlocker(self._actions["lecture"]):
            self._actions["lecture"].setChecked(on)
        self._menus["lesson"].setEnabled(not on)
        self._lesson_group.setEnabled(not on)  # its shortcuts too (they are the window's)
        self._show_list()

    def _fit_list_to_width(self) -> None:
        """Hide the lesson list when the window narrows past LIST_ROOM at its zoom, show it
        when it widens again. Only a crossing acts: Ctrl+L in between is the lecturer's word."""
        roomy = self.width() >= self.theme.px(LIST_ROOM)
        if roomy == self._roomy:
            return
        self._roomy = roomy
        self._actions["lesson_list"].setChecked(roomy)
        self._show_list()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_list_to_width()

    def _show_list(self) -> None:
        """The lesson list, where View > Lesson list wants it and no lecture hides it."""
        wanted = self._actions["lesson_list"].isChecked()
        show = wanted and not self._actions["lecture"].isChecked()
        back = show and self._list.isHidden()
        self._list.setVisible(show)
        if back:  # at the width a window of this size opens with, not the one it hid with
            self._size_list()

    def _on_lecture_toggled(self, on: bool) -> None:
        if on:
            self.lecture.enter()
        else:
            self.lecture.leave()

    # -- theme, zoom, language -------------------------------------------------------------
    def _resolve_theme(self) -> Theme:
        name = self._prefs.theme if self._prefs.theme in THEMES else system_theme_name()
        return make_theme(name, self._prefs.zoom)

    def set_theme(self, name: str) -> None:
        """``light``, ``dark``, ``contrast`` or ``system``."""
        if name not in settings.THEME_CHOICES:
            raise ValueError(name)
        self._prefs.theme = name
        self._restyle()

    def set_zoom(self, zoom: int) -> None:
        self._prefs.zoom = clamp_zoom(zoom)
        self._restyle()

    def zoom(self) -> int:
        return self.theme.zoom

    def _restyle(self) -> None:
        with fits_deferred():  # the plots fit to their new size once, not once per layout
            self._restyle_now()

    def _restyle_now(self) -> None:
        self.theme = self._resolve_theme()
        apply_palette(QApplication.instance(), self.theme)
        # The new font reaches the windows in posted events: delivered now, the status bar
        # (which takes the application's font) has its new height in the same pass as the
        # lesson's layout; left to the event loop, it grew a pixel a frame later and the
        # whole window was laid out and painted again
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        QApplication.sendPostedEvents(self.statusBar(), QEvent.Type.LayoutRequest)
        self._style_shell()
        current = self.current_lesson()
        if current is not None:  # the others when next shown (``lesson``)
            self._style_lesson(current.key)
        self._apply_list_metrics()
        self._fit_list_to_width()
        self._sync_menu_checks()
        self.statusBar().showMessage(
            self.tr("Zoom {0}% · theme {1}").format(
                self.theme.zoom, self._actions[f"theme_{self.theme.name}"].text()
            ),
            3000,
        )
        # The layouts the switch changed, now: left to the event loop, the window's repaint
        # (asked for first, so queued first) came before them and the window was painted
        # again once they had moved things (descent: two frames, 158 -> 115 ms to the last)
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # the plots' scenes hand their changes on in queued calls, each having the window
        # repainted: one repaint for all of them (descent: five plots), once the layouts the
        # switch set going have settled (shape: four repaints, its error banner's text
        # refitting itself in three more passes)
        self.paint_once_settled()

    def _style_shell(self) -> None:
        """The style sheet on the window's parts that are not lessons."""
        sheet = stylesheet(self.theme)
        # not the status bar: asking for it makes one, and its messages take the app's font
        for widget in (self._list, self._empty, self.menuBar()):
            set_stylesheet(widget, sheet)
        if self._lecture is not None:
            set_stylesheet(self._lecture.strip, sheet)
        for handle in (self._splitter.handle(i) for i in range(1, self._splitter.count())):
            handle.setStyleSheet(f"QSplitterHandle {{ background: {self.theme.border}; }}")

    def childEvent(self, event) -> None:
        # A dialog opened on the window (about, the lecture's step list, file dialogs) takes
        # the window's style sheet when it is polished, just before it first shows.
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow() and not child.styleSheet():
                child.setStyleSheet(stylesheet(self.theme))
        super().childEvent(event)

    def _apply_list_metrics(self) -> None:
        # px(170) fits every title in two lines; px(190) at zoom 150 took a third of a
        # 1024-wide projector and pushed the window's minimum past the screen.
        self._list.setMinimumWidth(self.theme.px(170))
        self._list.setMaximumWidth(self.theme.px(280))
        self._list.doItemsLayout()  # the delegate's row heights follow the zoom
        self._size_list()

    def _size_list(self) -> None:
        # a fifth of a narrow window at most, so the lesson keeps the rest
        width = max(self.theme.px(170), min(self.theme.px(230), self.width() // 5))
        self._splitter.setSizes([width, max(1, self._splitter.width() - width)])

    def showEvent(self, event) -> None:
        if not self._shown:  # the list's width follows the size the window opens at
            self._shown = True
            self._apply_list_metrics()
            # what follows the first paint (paintEvent) comes a second after the window was
            # shown where no paint comes (a window opened minimised)
            QTimer.singleShot(1000, self._on_painted)
        super().showEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            QTimer.singleShot(0, self._on_painted)  # once this paint is flushed

    def _on_painted(self) -> None:
        """The window is on screen (issue 16): now its first lesson is built and shown, its
        controls disabled, and then torch's import begins. In this order because start-up is
        CPU-bound under the GIL: the import begun first took the GIL from the window (a
        lesson took four times as long to build) and the lecturer looked at nothing; the
        lesson built first held up the window (descent's plots, 0.3 s). Torch's C++
        libraries load without the GIL, so they load while the lesson is built, once the
        lesson's own C libraries are in (the loader loads one at a time)."""
        if self._painted:
            return
        self._painted = True
        row = self._list.currentRow()
        if row >= 0 and self._stack.currentWidget() is self._blank:
            key = self._infos[row].key
            if not torch_import.started():
                lessons.import_needs(key)
                torch_import.load_libraries()
            lesson = self._built(key)
            self._stack.setCurrentWidget(lesson)
            if not torch_import.started():  # once the lesson has painted (eventFilter)
                lesson.view.installEventFilter(self)
                QTimer.singleShot(1000, torch_import.start)  # should no paint come
                return
        torch_import.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, LessonView):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, torch_import.start)  # once this paint is flushed
        return super().eventFilter(watched, event)

    def set_language(self, lang: str) -> None:
        """Switch language now; every open widget retranslates itself."""
        self._prefs.language = lang
        i18n.set_language(QApplication.instance(), lang)

    def language(self) -> str:
        return self._prefs.language or i18n.system_language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.WindowStateChange and hasattr(self, "_actions"):
            # F11's check follows the window, however it came to or left full screen (a
            # start in full screen, the window manager): else the first F11 did nothing
            action = self._actions["full_screen"]
            with QSignalBlocker(action):
                action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    # -- menus -----------------------------------------------------------------------------
    def _action(self, name: str, shortcut=None, slot=None, checkable=False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setCheckable(checkable)
        self.addAction(action)  # shortcuts work in full screen with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        a = self._actions = {}
        a["export_png"] = self._action("export_png", "Ctrl+E", self._on_export_png)
        a["export_svg"] = self._action("export_svg", "Ctrl+Shift+E", self._on_export_svg)
        a["copy_picture"] = self._action("copy_picture", "Ctrl+Shift+C", self.copy_picture)
        a["quit"] = self._action("quit", QKeySequence.StandardKey.Quit, self.close)
        a["zoom_in"] = self._action(
            "zoom_in", None, lambda: self.set_zoom(self.theme.zoom + ZOOM_STEP)
        )
        a["zoom_out"] = self._action(
            "zoom_out", None, lambda: self.set_zoom(self.theme.zoom - ZOOM_STEP)
        )
        # as browsers take them: Ctrl++ too (Ctrl+Shift+= and the keypad's +), the platform's
        # (each sequence once: an action that holds one twice takes it as ambiguous)
        for name, keys, standard in (
            ("zoom_in", ("Ctrl+=", "Ctrl++"), QKeySequence.StandardKey.ZoomIn),
            ("zoom_out", ("Ctrl+-",), QKeySequence.StandardKey.ZoomOut),
        ):
            sequences = [QKeySequence(k) for k in keys]
            sequences += [k for k in QKeySequence.keyBindings(standard) if k not in sequences]
            a[name].setShortcuts(sequences)
        a["zoom_reset"] = self._action("zoom_reset", "Ctrl+0", lambda: self.set_zoom(100))
        a["full_screen"] = self._action("full_screen", "F11", self._on_full_screen, True)
        a["lecture"] = self._action("lecture", "F5", self._on_lecture_toggled, True)
        # a projector at zoom (1024x768 at 150%) needs the list's width for the lesson
        a["lesson_list"] = self._action("lesson_list", "Ctrl+L", self._show_list, True)
        a["lesson_list"].setChecked(True)
        a["about"] = self._action("about", None, self._on_about)
        self._menus = {name: bar.addMenu("") for name in ("file", "view", "lesson", "help")}
        self._lesson_group = QActionGroup(self)
        for number, info in enumerate(self._infos, start=1):
            act = self._action(
                f"lesson_{info.key}",
                f"Ctrl+{number}" if number < 10 else None,
                lambda _=False, row=number - 1: self._list.setCurrentRow(row),  # as a click
                True,
            )
            self._lesson_group.addAction(act)
            self._menus["lesson"].addAction(act)
            a[f"lesson_{info.key}"] = act
        self._menus["file"].addActions([a["export_png"], a["export_svg"], a["copy_picture"]])
        self._menus["file"].addSeparator()
        self._menus["file"].addAction(a["quit"])
        view = self._menus["view"]
        view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_reset"]])
        view.addSeparator()
        view.addAction(a["full_screen"])
        view.addAction(a["lesson_list"])
        view.addAction(a["lecture"])
        self._theme_menu = view.addMenu("")
        self._theme_group = QActionGroup(self)
        for name in settings.THEME_CHOICES:
            act = self._action(
                f"theme_{name}", None, lambda _=False, n=name: self.set_theme(n), True
            )
            self._theme_group.addAction(act)
            self._theme_menu.addAction(act)
            a[f"theme_{name}"] = act
        self._lang_menu = view.addMenu("")
        self._lang_group = QActionGroup(self)
        for lang, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            act = self._action(
                f"lang_{lang}", None, lambda _=False, lg=lang: self.set_language(lg), True
            )
            act.setText(label)  # each language's name in itself, never translated
            self._lang_group.addAction(act)
            self._lang_menu.addAction(act)
            a[f"lang_{lang}"] = act
        self._menus["help"].addAction(a["about"])
        self._sync_menu_checks()

    def _sync_menu_checks(self) -> None:
        self._actions[f"theme_{self._prefs.theme}"].setChecked(True)
        lang = self._prefs.language or i18n.system_language()
        self._actions[f"lang_{lang}"].setChecked(True)

    def retranslate(self) -> None:
        a = self._actions
        self._menus["file"].setTitle(self.tr("&File"))
        self._menus["view"].setTitle(self.tr("&View"))
        self._menus["lesson"].setTitle(self.tr("&Lesson"))
        self._menus["help"].setTitle(self.tr("&Help"))
        a["export_png"].setText(self.tr("Export lesson as PNG…"))
        a["export_svg"].setText(self.tr("Export lesson as SVG…"))
        a["copy_picture"].setText(self.tr("Copy picture"))
        a["quit"].setText(self.tr("Quit"))
        a["zoom_in"].setText(self.tr("Zoom in"))
        a["zoom_out"].setText(self.tr("Zoom out"))
        a["zoom_reset"].setText(self.tr("Reset zoom"))
        a["full_screen"].setText(self.tr("Full screen"))
        a["lecture"].setText(self.tr("Lecture mode (the course step by step)"))
        a["lesson_list"].setText(self.tr("Lesson list"))
        a["about"].setText(self.tr("About tensorviz"))
        self._theme_menu.setTitle(self.tr("Theme"))
        self._lang_menu.setTitle(self.tr("Language"))
        a["theme_system"].setText(self.tr("Follow the system"))
        a["theme_light"].setText(self.tr("Light"))
        a["theme_dark"].setText(self.tr("Dark"))
        a["theme_contrast"].setText(self.tr("High contrast"))
        for row, info in enumerate(self._infos):
            chapter = lessons.section_text(info.chapter, self.language())
            self._list.item(row).setText(f"{chapter}\n{info.title()}")
            a[f"lesson_{info.key}"].setText(f"{chapter}  {info.title()}")
        self._empty.setText(self.tr("No lesson is available."))
        if self._lecture is not None:
            self._lecture.retranslate()
        self._sync_menu_checks()
        self._update_title()

    def _update_title(self) -> None:
        row = self._list.currentRow()
        title = "tensorviz"
        if row >= 0:
            title = f"{self._infos[row].title()} — tensorviz"
        self.setWindowTitle(title)

    # -- export ----------------------------------------------------------------------------
    def picture_widget(self) -> QWidget:
        """What export and copy capture: the current lesson, or the whole window."""
        return self.current_lesson() or self

    def export_png(self, path: str | Path) -> bool:
        return self.picture_widget().grab().save(str(path), "PNG")

    def export_svg(self, path: str | Path) -> bool:
        """Vector export: the lesson's widgets, pyqtgraph plots included, drawn into SVG;
        whether it was written.

        SVG 1.1, not Qt's default SVG Tiny 1.2, which has no clip paths: each widget drew
        past its own rectangle there (buttons over the picture, code past its pane, output
        scrolled away in sight). At 96 dpi, the screen's: at Qt's 72 the file said its size
        in millimetres a third too large."""
        widget = self.picture_widget()
        generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
        generator.setFileName(str(path))
        generator.setResolution(96)
        generator.setSize(widget.size())
        generator.setViewBox(QRectF(0, 0, widget.width(), widget.height()))
        generator.setTitle(self.windowTitle())
        generator.setDescription(f"tensorviz {tensorviz.__version__}")
        painter = QPainter()
        if not painter.begin(generator):  # a folder, a path that cannot be written
            return False
        try:
            widget.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        return True

    def copy_picture(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.picture_widget().grab())
        self.statusBar().showMessage(self.tr("Picture copied to the clipboard"), 3000)

    def _ask_path(self, title: str, suffix: str, filter_: str) -> str:
        key = self._prefs.lesson or "tensorviz"
        path, _ = QFileDialog.getSaveFileName(self, title, f"{key}.{suffix}", filter_)
        return path

    def _on_export_png(self) -> None:
        path = self._ask_path(self.tr("Export as PNG"), "png", self.tr("PNG images (*.png)"))
        if path:
            ok = self.export_png(path)
            self._report_saved(path, ok)

    def _on_export_svg(self) -> None:
        path = self._ask_path(self.tr("Export as SVG"), "svg", self.tr("SVG images (*.svg)"))
        if path:
            self._report_saved(path, self.export_svg(path))

    def _report_saved(self, path: str, ok: bool) -> None:
        if ok:
            self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        else:
            self.statusBar().showMessage(self.tr("Could not save {0}").format(path), 8000)

    # -- help ------------------------------------------------------------------------------
    def about_text(self) -> str:
        import pyqtgraph as pg

        error = torch_import.error()
        if not torch_import.done():  # asked now, the window would wait for the import
            torch_lines = [self.tr("torch: still loading")]
        elif error is not None:
            torch_lines = [f"torch: {type(error).__name__}: {error}"]
        else:
            import torch

            cuda = torch.cuda.is_available()
            torch_lines = [
                f"torch {torch.__version__}",
                self.tr("CUDA available: {0}").format(self.tr("yes") if cuda else self.tr("no")),
            ]
        return "\n".join(
            [
                f"tensorviz {tensorviz.__version__}",
                torch_lines[0],
                f"Qt {qVersion()} (PySide6 {pyside_version})",
                f"pyqtgraph {pg.__version__}",
                f"Python {platform.python_version()}",
                *torch_lines[1:],
            ]
        )

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About tensorviz"),
            self.tr("tensorviz teaches PyTorch basics by showing them live.")
            + "\n\n"
            + self.about_text(),
        )

    def _on_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- persistence -----------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self._remember and self._settings is not None:
            self._prefs.geometry = self.saveGeometry()
            settings.save(self._settings, self._prefs)
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1400, 900)
