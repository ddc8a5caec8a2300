"""Text that does not fit is elided on purpose: it ends in "…" and the full text is the tooltip.

On a projector at zoom (1024x768 at 150%) a combo box of long presets or a group box titled with
a line of code is wider than the column it sits in. Qt then cuts the text at the edge, and the
window grows past the screen to avoid it. These helpers let such a widget shrink: what it shows
is elided with "…" and its tooltip holds the full text, so nothing is cut without a trace.

``elide_combo(combo)`` makes a combo box's minimum (not its preferred width) a few characters
wide and paints its current text elided; ``elide_title(group, text)`` sets a group box's title,
elided to its width on every resize; ``elide_plot_title(view, text)`` does the same for the
title of a pyqtgraph plot. Each records the text it shows in the widget property
``shown_text`` (tests read it).
"""

from __future__ import annotations

import functools
import math

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QStylePainter,
    QTabWidget,
    QWidget,
)

SHOWN = "shown_text"
_OWN_TIP = "own_tooltip"
_SETTING_TIP = "setting_tooltip"  # the tooltip being set is the full text, not the widget's
_ELIDES = "elides"


def _set_tip(widget: QWidget, full: str, elided: bool) -> None:
    own = widget.property(_OWN_TIP) or ""
    widget.setProperty(_SETTING_TIP, True)
    try:
        widget.setToolTip(full if elided else own)
    finally:
        widget.setProperty(_SETTING_TIP, False)


def _note_own_tip(widget: QObject, event: QEvent) -> None:
    """A tooltip its owner set (a new language: retranslate) is the widget's own from now
    on; kept from before, the old language's came back wherever the text was not cut."""
    if event.type() == QEvent.Type.ToolTipChange and not widget.property(_SETTING_TIP):
        widget.setProperty(_OWN_TIP, widget.toolTip())


def combo_room(combo: QComboBox) -> int:
    """The width, in px, that ``combo``'s current text is painted in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width() - 2  # the label is drawn 1 px in from each side
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    return room


def combo_shown_text(combo: QComboBox) -> str:
    """What ``combo`` shows of its current text: all of it, or, for a combo box that elides
    (:func:`elide_combo`), as much as fits, ending in "…"."""
    full = combo.currentText()
    if not combo.property(_ELIDES) or combo.isEditable():
        return full
    return QFontMetrics(combo.font()).elidedText(
        full, Qt.TextElideMode.ElideRight, combo_room(combo)
    )


def _fit_combo(combo: QComboBox) -> str:
    """Record what ``combo`` shows and give it the full text as tooltip when elided."""
    full = combo.currentText()
    shown = combo_shown_text(combo)
    combo.setProperty(SHOWN, shown)
    if combo.toolTip() != (full if shown != full else combo.property(_OWN_TIP) or ""):
        _set_tip(combo, full, shown != full)
    return shown


class _ComboElider(QObject):
    @Slot(str)
    def text_changed(self, _text: str) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox):
            _fit_combo(combo)

    def eventFilter(self, combo: QObject, event: QEvent) -> bool:
        _note_own_tip(combo, event)
        if not isinstance(combo, QComboBox) or combo.isEditable():
            return False  # an editable one's line edit shows the text, and scrolls it
        if event.type() == QEvent.Type.Resize:  # seen or not (scrolled away), it is right
            _fit_combo(combo)
        if event.type() != QEvent.Type.Paint:
            return False
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        option.currentText = _fit_combo(combo)
        painter = QStylePainter(combo)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True


class _Refit(QObject):
    """Fits a watched widget's elided text again (``fit``) when it is resized or its font or
    style changes: group titles and line edits' hints alike."""

    def __init__(self, fit) -> None:
        super().__init__()
        self.fit = fit

    def eventFilter(self, widget: QObject, event: QEvent) -> bool:
        _note_own_tip(widget, event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit(widget)
        return False


class _PlotTitleElider(QObject):
    def eventFilter(self, view: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            fit_plot_title(view)
        return False


_COMBO = _ComboElider()
_TITLE = _Refit(lambda group: fit_title(group))
_PLACEHOLDER = _Refit(lambda edit: fit_placeholder(edit))


def _keep_fitted(widget: QWidget, full: str, text: str, refit: _Refit) -> None:
    """Keep ``widget``'s text ``text`` (its property ``full``) elided to its width: fitted
    now and, watched by ``refit``, on every resize; the widget's own tooltip is kept for
    when nothing is cut."""
    if widget.property(full) is None:
        widget.setProperty(_OWN_TIP, widget.toolTip())
        widget.installEventFilter(refit)
    widget.setProperty(full, text)
    refit.fit(widget)


_PLOT_TITLE = _PlotTitleElider()


def elide_combo(combo: QComboBox, chars: int = 10) -> None:
    """Let ``combo`` be as narrow as ``chars`` characters; a longer current text is elided,
    with the full text as tooltip. It still asks for its longest item's width (where there is
    room it shows it whole), and the popup list stays as wide as that item."""
    combo.setProperty(_OWN_TIP, combo.toolTip())
    combo.setProperty(_ELIDES, True)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(chars)
    # Qt keeps the minimum size it computed under the old policy until the style changes
    QCoreApplication.sendEvent(combo, QEvent(QEvent.Type.StyleChange))
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.removeEventFilter(_COMBO)
    combo.installEventFilter(_COMBO)
    combo.currentTextChanged.connect(_COMBO.text_changed)
    _fit_combo(combo)


def elide_title(group: QGroupBox, text: str) -> None:
    """Title ``group`` with ``text``, elided to the box's width (now and on every resize)."""
    _keep_fitted(group, "full_title", text, _TITLE)


def fit_title(group: QGroupBox) -> None:
    full = group.property("full_title") or ""
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    option.text = full
    label = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
    )
    metrics = QFontMetrics(group.font())
    room = group.width() - label.left() * 2 if group.width() > 0 else label.width()
    # the label's own width minus the text's: what the style adds around it
    extra = max(0, label.width() - metrics.horizontalAdvance(full))
    shown = metrics.elidedText(full, Qt.TextElideMode.ElideRight, max(0, room - extra))
    group.setProperty(SHOWN, shown)
    if group.title() != shown:
        group.setTitle(shown)
    _set_tip(group, full, shown != full)


def elide_placeholder(edit: QLineEdit, text: str) -> None:
    """Give ``edit`` the hint ``text`` (its placeholder), elided to the field's width now and
    on every resize, the whole hint as tooltip where it is cut: at zoom 150 the shape step
    editor's field is ~160 px wide, and squeeze's hint "empty: all size-1 dims; or one dim"
    was cut at "empty: all si"."""
    _keep_fitted(edit, "full_placeholder", text, _PLACEHOLDER)


def fit_placeholder(edit: QLineEdit) -> None:
    full = edit.property("full_placeholder") or ""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4  # Qt's 2 px each side
    shown = QFontMetrics(edit.font()).elidedText(full, Qt.TextElideMode.ElideRight, room)
    if edit.placeholderText() != shown:
        edit.setPlaceholderText(shown)
    _set_tip(edit, full, shown != full)


def elide_plot_title(
    view: QWidget,
    text: str,
    beside: tuple = (),
    reserve: float = 0.0,
    short: str | None = None,
    across: bool = False,
    **style: object,
) -> None:
    """Title the plot of ``view`` (a pyqtgraph widget with ``getPlotItem``) with ``text`` in
    ``style`` (``PlotItem.setTitle``'s), elided to the room its axes, the graphics items
    ``beside`` it in the view's layout and ``reserve`` px (that layout's margins and
    spacing) leave, now and on every resize; the full text is the title's tooltip. A
    pyqtgraph title is at least as wide as its text: longer than its plot (descent's "Data
    and the current epoch's line" at 1400x900), it made the plot wider than its widget,
    which cut the plot's right side off (the landscape's legend, right of its plot, lost its
    last characters).

    ``short``: a shorter title that says the same, shown whole where ``text`` does not fit
    and it does ("Final loss vs lr" for "Final loss vs learning rate" on a laptop at zoom
    125); only where neither fits is ``text`` elided. ``across``: the title spans the whole
    view (its owner laid it out so), over the axes too."""
    if view.property("full_title") is None:
        view.installEventFilter(_PLOT_TITLE)
        refit = functools.partial(fit_plot_title, view)
        plot = view.getPlotItem()
        # an axis widens for longer tick labels as it paints; a legend for longer labels
        for item in (plot.getAxis("left"), plot.getAxis("right"), *beside):
            item.geometryChanged.connect(refit)
    view.setProperty("full_title", text)
    view._title_short = short
    view._title_style = style
    view._title_room = (tuple(beside), reserve, across)
    fit_plot_title(view, force=True)


def fit_plot_title(view: QWidget, force: bool = False) -> None:
    # an axis or a legend may report a new geometry while its closed view is torn down
    if not shiboken6.isValid(view):
        return
    plot = view.getPlotItem()
    if plot is None or not shiboken6.isValid(plot) or not shiboken6.isValid(plot.titleLabel):
        return
    full = view.property("full_title") or ""
    label = plot.titleLabel
    room = view.width()
    beside, reserve, across = view._title_room
    for side in () if across else ("left", "right"):
        axis = plot.getAxis(side)
        if axis.isVisible():
            room -= math.ceil(axis.width())
    room -= math.ceil(reserve + sum(item.minimumWidth() for item in beside if item.isVisible()))
    room -= math.ceil(2 * label.item.document().documentMargin()) + 2
    shown = full
    if view.width() > 0:
        metrics = QFontMetrics(label.item.font())
        short = getattr(view, "_title_short", None)
        shown = metrics.elidedText(full, Qt.TextElideMode.ElideRight, max(0, room))
        if shown != full and short and metrics.horizontalAdvance(short) <= room:
            shown = short
    if force or view.property(SHOWN) != shown:
        view.setProperty(SHOWN, shown)
        plot.setTitle(shown, **view._title_style)
    label.setToolTip(full if shown != full else "")


class ElidingGroupBox(QGroupBox):
    """A group box titled with :func:`elide_title`: as narrow as its contents allow, not
    as wide as its title (a QGroupBox's minimum holds its whole title)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        layout = self.layout()
        inner = layout.totalMinimumSize().width() if layout is not None else 0
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance("x" * 8)
        return QSize(max(inner + margins.left() + margins.right(), least), hint.height())


class ElidingLabel(QLabel):
    """A one-line label that shows as much of its text as fits, ending in "…" with the full
    text as tooltip when it does not (a long line of numbers in a narrow picture)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        need = self.fontMetrics().horizontalAdvance(self._full) + self.contentsMargins().left()
        return QSize(need + self.contentsMargins().right() + 2 * self.margin() + 1, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 3, super().minimumSizeHint().height()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self._full
        if room > 0:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        self.setToolTip(self._full if shown != self._full else "")
        if super().text() != shown:
            super().setText(shown)


def elide_tabs(tabs: QTabWidget) -> None:
    """Tabs share their bar's width, their titles elided, rather than hiding behind scroll
    buttons; call :func:`tab_tips` after every retranslation."""
    bar = tabs.tabBar()
    bar.setElideMode(Qt.TextElideMode.ElideRight)
    bar.setUsesScrollButtons(False)
    tab_tips(tabs)


def tab_tips(tabs: QTabWidget) -> None:
    """Each tab's full title as its tooltip (seen when the title is elided)."""
    for i in range(tabs.count()):
        tabs.setTabToolTip(i, tabs.tabText(i))


_WRAPPED: dict[tuple[str, int, str], int] = {}


def wrapped_height(font: QFont, width: int, text: str) -> int:
    """The height of ``text`` word-wrapped to ``width`` px in ``font``.

    Remembered: laying a text out is what costs (descent measures its regime texts' longest
    forms on every resize of their labels, 3,600 layouts in ten zooms), and a zoom back, a
    theme switch or the next resize asks the same again."""
    key = (font.key(), width, text)
    height = _WRAPPED.get(key)
    if height is None:
        if len(_WRAPPED) >= 4096:
            _WRAPPED.clear()
        metrics = QFontMetrics(font)
        flags = Qt.TextFlag.TextWordWrap
        height = _WRAPPED[key] = metrics.boundingRect(0, 0, width, 100000, flags, text).height()
    return height


def elide_wrapped(label: QLabel, text: str, height: int | None = None) -> None:
    """Show ``text`` in word-wrapped ``label``: whole where it fits the label's width in
    ``height`` px (default: the label's height), else as much as fits, ending in "…", with
    the whole text as the tooltip."""
    width = label.width()
    height = label.height() if height is None else height
    font = label.font()

    def fits(shown: str) -> bool:
        return wrapped_height(font, width, shown) <= height

    shown = text
    if width > 0 and height > 0 and not fits(text):
        low, high = 0, len(text)  # the longest start of the text that fits, with "…"
        while low < high:
            mid = (low + high + 1) // 2
            if fits(text[:mid].rstrip() + "…"):
                low = mid
            else:
                high = mid - 1
        shown = text[:low].rstrip() + "…"
    label.setText(shown)
    label.setProperty(SHOWN, shown)
    _set_tip(label, text, shown != text)
