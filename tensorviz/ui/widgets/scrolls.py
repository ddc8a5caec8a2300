"""The two scroll areas of a lesson: its controls column and its picture.

A projector at zoom (1024x768 at 150%) is smaller than many lessons' pictures and control
panels. Both scroll there instead of growing the window past the screen or cutting text.

Qt's ``QScrollArea`` refits a resizable content widget only when the area itself is resized:
content whose minimum grew (a taller picture after a new result) kept its old height, so a
lesson moved to a state by ``set_state`` drew differently from one built in it. These areas
refit whenever the content asks for a new layout, and when they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from tensorviz.ui.widgets.elide import elide_combo


class RefittingScroll(QScrollArea):
    """A resizable scroll area, without a frame, that follows its content's minimum size."""

    def __init__(self, content: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._wanted: QWidget | None = None  # brought to the top of the view: show_at_top
        # its moves, watched by a filter of their own: the area's own filter (Qt's, on its
        # content) sees every event of the content, and would call Python for each
        self._moves = _MoveWatch(self, self._scroll_to_wanted)
        self.verticalScrollBar().rangeChanged.connect(self._scroll_to_wanted)
        # the user scrolled (bar, wheel, keys): the view is theirs again
        self.verticalScrollBar().actionTriggered.connect(self._forget_wanted)

    def refit(self) -> None:
        # setWidgetResizable runs Qt's own refit (QScrollAreaPrivate::updateScrollBars)
        self.setWidgetResizable(True)

    def show_at_top(self, widget: QWidget | None) -> None:
        """Scroll so that ``widget`` (in the content) starts at the top of the view, and keep
        it there as the content is laid out (it moves while the parts above it find their
        heights, before and after the area is shown) until the user scrolls. None: stop."""
        if self._wanted is not None:
            self._wanted.removeEventFilter(self._moves)
        self._wanted = widget
        if widget is not None:
            widget.installEventFilter(self._moves)
            self._scroll_to_wanted()

    def _forget_wanted(self, _action: int = 0) -> None:
        self.show_at_top(None)

    def _scroll_to_wanted(self) -> None:
        wanted, content = self._wanted, self.widget()
        if wanted is None or content is None or not content.isAncestorOf(wanted):
            return
        bar = self.verticalScrollBar()
        bar.setValue(min(wanted.mapTo(content, wanted.rect().topLeft()).y(), bar.maximum()))

    def viewportEvent(self, event: QEvent) -> bool:
        # the content's updateGeometry posts its LayoutRequest to its parent, the viewport
        if event.type() == QEvent.Type.LayoutRequest:
            self.refit()
        return super().viewportEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refit()  # what changed while hidden posted nothing
        self._scroll_to_wanted()


class _MoveWatch(QObject):
    """Calls ``moved`` when a widget it watches moves or is resized."""

    def __init__(self, parent: QObject, moved: Callable[[], None]) -> None:
        super().__init__(parent)
        self._moved = moved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._moved()
        return False


class PictureScroll(RefittingScroll):
    """The picture: it fills the area wherever its minimum fits, exactly as a picture laid
    straight into the lesson did, and scrolls only where the area is smaller than that.

    Qt's resizable scroll area gives content with wrapped text its *preferred* height for
    the width, so a picture that fit scrolled anyway; here it gets its minimum height for
    the width (wrapped texts whole, plots at their minimum), or the area's height if more.
    """

    def __init__(self, content: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(content, name, parent)
        self.setWidgetResizable(False)
        if isinstance(content, QStackedWidget):  # another page, another size
            content.currentChanged.connect(self._on_page_changed)

    def _on_page_changed(self, _index: int) -> None:
        self.refit()

    def refit(self) -> None:
        content = self.widget()
        if content is None:
            return
        room = self.maximumViewportSize()  # the viewport's size without scroll bars
        shown = _shown_page(content)
        least = shown.minimumSize()
        hint = shown.minimumSizeHint()
        min_width = least.width() if least.width() > 0 else hint.width()
        width = max(room.width(), min_width)
        height = self._min_height(shown, width)
        if height > room.height():  # a vertical scroll bar takes some of the width
            width = max(room.width() - self.verticalScrollBar().sizeHint().width(), min_width)
            height = self._min_height(shown, width)
        bottom = room.height()
        if width > room.width():  # a horizontal scroll bar takes some of the height
            bottom -= self.horizontalScrollBar().sizeHint().height()
        size = QSize(width, max(height, bottom))
        if content.size() != size:
            content.resize(size)

    @staticmethod
    def _min_height(content: QWidget, width: int) -> int:
        least = content.minimumSize().height() or content.minimumSizeHint().height()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            least = max(least, layout.minimumHeightForWidth(width))
        return least

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.refit()


class CurrentPageStack(QStackedWidget):
    """A stack of pages as wide as the page it shows, not as its widest page (Qt's): a
    column holding it scrolls sideways only where the page shown needs it, whichever pages
    have been built. Built ahead, ops' four topic pages gave its controls column a sideways
    scroll bar on every topic at 1024x768 zoom 150 (the elementwise page's width).

    Its height for a width stays Qt's, its tallest page's: the pages' own heights for a
    width fall short where a page stacks forms of its own (elementwise's wrapped hint was
    cut by a line), and a taller column only scrolls further. With ``tallest`` its minimum
    height is Qt's too, for a page that takes its height from the stack's (a scroll area of
    its own, asking next to nothing: ops' chain of cards, beside the single call's forms)."""

    def __init__(self, parent: QWidget | None = None, *, tallest: bool = False) -> None:
        super().__init__(parent)
        self._tallest = tallest
        self.currentChanged.connect(self._on_page_changed)

    def _on_page_changed(self, _index: int) -> None:
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        if self._tallest:
            least.setHeight(max(least.height(), super().minimumSizeHint().height()))
        return least


def _shown_page(content: QWidget) -> QWidget:
    """What of ``content`` is on screen: a stack's current page (a stack's minimum is its
    largest page's, and which pages exist depends on which topics were opened before)."""
    if isinstance(content, QStackedWidget) and content.currentWidget() is not None:
        return content.currentWidget()
    return content


class ControlsScroll(RefittingScroll):
    """The controls column. Its width is the lesson's choice, never its content's: a
    column narrower than its content's minimum (its buttons' texts) scrolls sideways (a small
    window used to cut the content at the right edge), and the vertical scroll bar is always
    there, so a result that makes the content taller or shorter never moves it sideways."""

    def __init__(self, content: QWidget, minimum: int) -> None:
        super().__init__(content, "controls_scroll")
        self.minimum = minimum
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimum, super().minimumSizeHint().height())

    def fit_content(self) -> None:
        """A combo box of long items shrinks, its text elided with the full text as tooltip;
        a button keeps its text's width (the column scrolls sideways instead). Runs again for
        controls built later (a page built on first use)."""
        content = self.widget()
        if content is None:
            return
        for combo in content.findChildren(QComboBox):
            if not combo.property("elides"):
                elide_combo(combo, chars=6)  # "float…": enough to tell items apart
        for button in content.findChildren(QAbstractButton):
            keep_text_width(button)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_content()
        return super().eventFilter(watched, event)


def keep_text_width(button: QAbstractButton) -> None:
    """Let ``button`` grow but never shrink below its size hint (its text)."""
    policy = button.sizePolicy()
    shrinks = QSizePolicy.PolicyFlag.ShrinkFlag.value
    horizontal = policy.horizontalPolicy()
    if horizontal.value & shrinks:
        policy.setHorizontalPolicy(QSizePolicy.Policy(horizontal.value & ~shrinks))
        button.setSizePolicy(policy)
