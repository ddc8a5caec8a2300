"""Every lesson on the projectors lecturers plug into: no text cut, a window that fits.

Lecturers plug into 1024x768, 1280x720 and 1920x1080 projectors, often at zoom 150 so the back
row can read. For every lesson at those sizes, zoom 100 and 150, in zh_CN and en, every visible
text widget is walked and its text measured with its own font: a label, button, combo box,
group or tab title, or placeholder narrower (or, wrapped, shorter) than its text, or clipped by
something it cannot be scrolled out of, is cut. Text elided on purpose (ending in "…" with the
full text as its tooltip) is not. Nor may the picture scroll sideways (see :func:`sideways`).
Each lesson is built once per language and zoom and resized
for each size, as a lecturer's window is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QTabBar,
    QWidget,
)

from tensorviz.ui import i18n, lessons
from tensorviz.ui.app import MainWindow
from tensorviz.ui.widgets.elide import combo_room, combo_shown_text

SIZES = ((1024, 768), (1280, 720), (1920, 1080))
LANGS = ("zh_CN", "en")
ZOOMS = (100, 150)
KEYS = [info.key for info in lessons.available()]
TOLERANCE = 1  # px: rounding of fractional font metrics


def _case(lang: str, zoom: int, key: str):
    return pytest.param(lang, zoom, key, id=f"{lang}-{zoom}-{key}")


# grouped by language and zoom, so each window is built once and its lessons once
CASES = [_case(lang, zoom, key) for lang in LANGS for zoom in ZOOMS for key in KEYS]


# -- measuring --------------------------------------------------------------------------------
def _elided_on_purpose(text: str, widget: QWidget, tooltip: str | None = None) -> bool:
    tip = widget.toolTip() if tooltip is None else tooltip
    return text.endswith("…") and bool(tip) and tip.startswith(text[:-1].rstrip())


def _widest_wrapped_line(label: QLabel) -> int | None:
    """How wide the longest line of a wrapped plain text is at the label's width (wider than
    the label where one word is; None for rich text, whose tags are no words)."""
    if label.textFormat() != Qt.TextFormat.PlainText:
        return None
    room = QRect(0, 0, max(1, label.contentsRect().width() - 2 * label.margin()), 100000)
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextExpandTabs
    return label.fontMetrics().boundingRect(room, flags, label.text()).width()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + TOLERANCE:
            return f"wrapped text needs {need} px of height, has {label.height()}"
        widest = _widest_wrapped_line(label)
        if widest is not None and widest > label.contentsRect().width() + TOLERANCE:
            # a word wider than the label: Qt wraps only between words, and cuts the rest
            return f"a word needs {widest} px of width, has {label.contentsRect().width()}"
        return None
    hint = label.sizeHint()
    if label.minimumSize() == label.maximumSize() and label.textFormat() == Qt.TextFormat.PlainText:
        # a label of fixed size (SteadyBox) hints the size it was fixed at when it last
        # measured itself, not its text's: measure the text
        margins = label.contentsMargins()
        room = label.fontMetrics().boundingRect(QRect(0, 0, 100000, 100000), 0, text)
        hint = QSize(
            room.width() + margins.left() + margins.right() + 2 * label.margin(),
            room.height() + margins.top() + margins.bottom() + 2 * label.margin(),
        )
    if hint.width() > label.width() + TOLERANCE and not _elided_on_purpose(text, label):
        return f"needs {hint.width()} px of width, has {label.width()}"
    if hint.height() > label.height() + TOLERANCE:
        return f"needs {hint.height()} px of height, has {label.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text()
    if not text:
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE and not _elided_on_purpose(text, button):
        return f"needs {hint.width()} px of width, has {button.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    room = combo_room(combo)
    shown = combo_shown_text(combo)  # what its paint event draws (widgets.elide)
    need = QFontMetrics(combo.font()).horizontalAdvance(shown)
    if need > room + TOLERANCE:
        return f"current text needs {need} px, the field has {room}"
    if shown != text and not (shown.endswith("…") and combo.toolTip() == text):
        return f"current text shown as {shown!r} without the full text as tooltip"
    return None


def _group_problem(group: QGroupBox) -> str | None:
    if not group.title():
        return None
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    label = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
    )
    if label.right() > group.rect().right() + TOLERANCE or label.left() < -TOLERANCE:
        return f"title spans x {label.left()}..{label.right()}, the box 0..{group.width() - 1}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i) or not bar.tabText(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        text = bar.tabText(i)
        if not bar.rect().contains(rect):
            found.append(f"tab {text!r} lies outside its bar (behind the scroll buttons)")
        elif hint.width() > rect.width() + TOLERANCE and bar.tabToolTip(i) != text:
            found.append(f"tab {text!r} needs {hint.width()} px, has {rect.width()}")
    return found


def _placeholder_problem(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if edit.text() or not text:
        return None
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4  # Qt's 2 px each side
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    if need > room + TOLERANCE and not _elided_on_purpose(text, edit):
        return f"placeholder needs {need} px, has {room}"
    return None


def _clipping(widget: QWidget, window: QWidget) -> str | None:
    """Where an ancestor cuts ``widget`` off: fine inside a scroll area that can scroll that
    way (the user scrolls to it), cut anywhere else."""
    visible = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        offset = child.mapTo(parent, QPoint(0, 0))
        visible = visible.translated(offset)
        clipped = visible.intersected(parent.rect())
        area = parent.parentWidget()
        scrolls = isinstance(area, QAbstractScrollArea) and area.viewport() is parent
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if scrolls and clipped.isEmpty():
            # scrolled out of sight: reachable, unless beside a view that cannot scroll there
            beside = visible.right() < 0 or visible.left() >= parent.width()
            if beside and area.horizontalScrollBarPolicy() == off:
                return f"out of sight beside {_name(parent)}, which cannot scroll sideways"
            return None
        if clipped.width() + TOLERANCE < visible.width() and not (
            scrolls and area.horizontalScrollBarPolicy() != off
        ):
            return f"cut off {visible.width() - clipped.width()} px wide by {_name(parent)}"
        if clipped.height() + TOLERANCE < visible.height() and not (
            scrolls and area.verticalScrollBarPolicy() != off
        ):
            return f"cut off {visible.height() - clipped.height()} px high by {_name(parent)}"
        if clipped.isEmpty():
            return None  # scrolled out of sight: reachable, nothing more to measure
        visible = clipped
        child, parent = parent, parent.parentWidget()
    return None


def _covered(widget: QWidget) -> str | None:
    """A sibling laid over the text: a layout squeezed below its items' minimums overlaps
    them (a wrapped caption ran under the grid below it)."""
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None or parent.layout().indexOf(widget) < 0:
        return None
    mine = widget.geometry().adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)
    for other in parent.children():
        if (
            isinstance(other, QWidget)
            and other is not widget
            and other.isVisible()
            and parent.layout().indexOf(other) >= 0
            and other.geometry().intersects(mine)
        ):
            return f"overlapped by {_name(other)}"
    return None


def sideways(window: MainWindow) -> list[str]:
    """Where the current lesson's picture scrolls sideways: on a projector the room then sees
    half a table and lines of prose cut mid-word (a wrapped caption spans its content's
    width, not the view's). A scroll area that holds data wider than any screen on purpose
    says so with the property ``scrolls_sideways``."""
    lesson = window.current_lesson()
    area = lesson.view.picture_area() if lesson is not None else None
    if area is None:
        return []
    found = []
    for scroll in [area, *area.findChildren(QScrollArea)]:
        over = scroll.horizontalScrollBar().maximum()
        if scroll.isVisible() and over > TOLERANCE and not scroll.property("scrolls_sideways"):
            need = scroll.widget().minimumSizeHint().width() if scroll.widget() else -1
            found.append(
                f"{_name(scroll)} scrolls sideways by {over} px (its content needs {need} px,"
                f" the view has {scroll.viewport().width()})"
            )
    return found


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QTabBar):
        return " | ".join(widget.tabText(i) for i in range(widget.count()))
    for getter in ("text", "title", "currentText", "placeholderText"):
        if hasattr(widget, getter):
            return getattr(widget, getter)()
    return ""


def cut_texts(window: QWidget) -> tuple[list[str], int]:
    """What a user would see cut in ``window``, and how many text widgets were checked."""
    problems: list[str] = []
    checked = 0
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        found: list[str | None]
        if isinstance(widget, QLabel):
            found = [_label_problem(widget)]
        elif isinstance(widget, QAbstractButton):
            found = [_button_problem(widget)]
        elif isinstance(widget, QComboBox):
            found = [_combo_problem(widget)]
        elif isinstance(widget, QGroupBox):
            found = [_group_problem(widget)]
        elif isinstance(widget, QTabBar):
            found = list(_tab_problems(widget))
        elif isinstance(widget, QLineEdit):
            found = [_placeholder_problem(widget)]
        else:
            continue
        if not _text(widget):
            continue
        checked += 1
        found.append(_clipping(widget, window))
        found.append(_covered(widget))
        for problem in found:
            if problem:
                problems.append(f"{_name(widget)} {_text(widget)[:60]!r}: {problem}")
    return problems, checked


# -- the windows ----------------------------------------------------------------------------
def settle(window: MainWindow) -> None:
    """Let the window's layouts and its lesson's work finish, as a lecturer sees it after a
    click."""
    app = QApplication.instance()
    for _ in range(4):  # a wrapped label's height fit posts one more layout pass
        app.processEvents()
    lesson = window.current_lesson()
    if lesson is not None:
        lesson.settle()
        app.processEvents()


@contextmanager
def open_projector_window(
    lang: str, zoom: int = 150, size: tuple[int, int] = SIZES[0]
) -> Iterator[MainWindow]:
    """A window shown at the smallest projector's size (or ``size``: opened at it, as the app
    starts, not resized to it), at ``zoom``, in ``lang``; closed after, the language English
    again, the application's font and palette as before. (Not waited on here: QTest's wait
    runs the event loop holding the GIL, and a window deleted meanwhile waits for its
    lesson's worker, which needs the GIL: a deadlock. ``qtbot.waitExposed`` waits without
    it.)"""
    app = QApplication.instance()
    font, palette = app.font(), app.palette()  # the window sets the application's, zoomed
    window = MainWindow(theme="light", zoom=zoom, language=lang, remember=False)
    window.resize(*size)
    window.show()
    try:
        yield window
    finally:
        window.close()
        window.deleteLater()
        i18n.set_language(QCoreApplication.instance(), "en")
        # the font as before: a zoom of 200 left every later test's widgets twice as big (a
        # combo box's short item no longer fitted test_elide's)
        app.setFont(font)
        app.setPalette(palette)


@pytest.fixture(scope="module")
def windows(qapp):
    """One window per language and zoom at a time; its lessons are built once."""
    built: dict[tuple[str, int], MainWindow] = {}
    yield built
    for window in built.values():
        window.close()
        window.deleteLater()
    i18n.set_language(QCoreApplication.instance(), "en")


def _window(built: dict, lang: str, zoom: int) -> MainWindow:
    if (lang, zoom) not in built:
        for old in built.values():
            old.close()
            old.deleteLater()
        built.clear()
        window = MainWindow(theme="light", zoom=zoom, language=lang, remember=False)
        window.resize(*SIZES[0])
        window.show()
        built[(lang, zoom)] = window
    i18n.set_language(QCoreApplication.instance(), lang)
    return built[(lang, zoom)]


def _fits(window: MainWindow, width: int, height: int) -> str | None:
    hint = window.minimumSizeHint()
    if hint.width() > width or hint.height() > height:
        return f"the window's minimum {hint.width()}x{hint.height()} exceeds {width}x{height}"
    return None


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "zoom", "key"), CASES)
def test_no_text_is_cut_at_projector_sizes(windows, lang, zoom, key):
    window = _window(windows, lang, zoom)
    window.select_lesson(key)
    problems: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        settle(window)
        where = f"{width}x{height}"
        if (window.width(), window.height()) != (width, height):
            problems.append(f"{where}: the window is {window.width()}x{window.height()}")
        found, checked = cut_texts(window)
        assert checked > 10, f"{where}: only {checked} text widgets found"
        problems += [f"{where}: {p}" for p in found + sideways(window)]
    assert not problems, "\n".join(problems)


@pytest.mark.slow
@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("lang", LANGS)
def test_window_minimum_fits_the_smallest_projector(windows, lang, zoom):
    """Every lesson built (the stack is as large as its largest lesson): a window that cannot
    shrink to 1024x768 hangs off a projector's edge."""
    window = _window(windows, lang, zoom)
    for key in KEYS:
        window.select_lesson(key)
        settle(window)
        assert _fits(window, *SIZES[0]) is None, f"{key}: {_fits(window, *SIZES[0])}"


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_the_picture_keeps_most_of_the_height_on_a_small_projector(windows, lang):
    """1024x768 at zoom 150: the lesson list steps aside on its own (as in a lecture), the
    code goes under the picture, its output beside it, and the picture keeps most of the
    column's height (with code and output stacked it had 170-250 px of ~490)."""
    window = _window(windows, lang, 150)
    window.resize(1600, 1000)
    window.resize(*SIZES[0])
    settle(window)
    assert not window._list.isVisible(), "the list kept a quarter of the width"
    short = []
    for key in KEYS:
        window.select_lesson(key)
        settle(window)
        view = window.current_lesson().view
        assert view.narrow(), key
        picture, code = view.picture_area().height(), view.code_pane.height()
        assert view.code_pane.side_by_side(), f"{key}: code pane {code} px high"
        if picture < 0.6 * (picture + code):
            short.append(f"{key}: picture {picture} px, code {code} px")
    assert not short, "\n".join(short)
