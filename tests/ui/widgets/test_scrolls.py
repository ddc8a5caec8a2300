"""The lesson's scroll areas: a picture fills its area where it fits and scrolls where it does
not, follows its content when the content grows, and the controls column keeps its width."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tensorviz.ui.widgets.scrolls import ControlsScroll, CurrentPageStack, PictureScroll
from tensorviz.ui.widgets.wrapping_label import WrappingLabel


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _picture(text: str) -> tuple[QWidget, QLabel, QWidget]:
    picture = QWidget()
    layout = QVBoxLayout(picture)
    label = WrappingLabel(text)
    block = QWidget()
    block.setMinimumSize(200, 150)
    layout.addWidget(label)
    layout.addWidget(block)
    return picture, label, block


def test_a_picture_that_fits_fills_the_area_and_one_that_does_not_scrolls(qtbot):
    picture, _label, block = _picture("A few words.")
    area = PictureScroll(picture, "picture_scroll")
    qtbot.addWidget(area)
    area.resize(400, 300)
    area.show()
    _settle()
    assert picture.size() == area.viewport().size()  # fills it, nothing to scroll
    assert not area.verticalScrollBar().isVisible()
    block.setMinimumSize(200, 500)  # a new result, taller than the area
    _settle()
    assert area.verticalScrollBar().isVisible()
    assert picture.height() >= 500
    assert block.height() >= 500  # whole, not squeezed: the user scrolls to see it
    block.setMinimumSize(200, 150)
    _settle()
    assert not area.verticalScrollBar().isVisible()  # back as it was: no stale height
    assert picture.size() == area.viewport().size()


def test_wrapped_text_in_a_narrow_picture_is_whole(qtbot):
    picture, label, _block = _picture("words " * 80)
    area = PictureScroll(picture, "picture_scroll")
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    _settle()
    assert label.height() >= label.heightForWidth(label.width())


def _column(qtbot, widgets: list[QWidget], minimum: int, size: tuple[int, int]):
    """A controls column holding ``widgets``, shown at ``size``."""
    controls = QWidget()
    layout = QVBoxLayout(controls)
    for widget in widgets:
        layout.addWidget(widget)
    area = ControlsScroll(controls, minimum)
    qtbot.addWidget(area)
    area.resize(*size)
    area.show()
    return area


def test_the_controls_column_scrolls_sideways_instead_of_squeezing_a_button(qtbot):
    button = QPushButton("a button with a long text that needs its width")
    combo = QComboBox()
    combo.addItems(["an item with a long text that may be elided", "short"])
    combo.setMaximumWidth(90)  # narrower than its text, whatever the font
    area = _column(qtbot, [button, combo], 100, (150, 300))
    _settle()
    assert button.width() >= button.sizeHint().width()
    assert area.horizontalScrollBar().isVisible()
    assert area.verticalScrollBar().isVisible()  # always: content never shifts sideways
    assert combo.toolTip() == combo.currentText()  # elided, the full text at hand
    assert area.minimumSizeHint().width() == 100  # the lesson's minimum, not its content's


def test_a_column_holding_pages_scrolls_sideways_only_for_the_page_shown(qtbot):
    # ops' topic pages, all built ahead: a column with Qt's stack was as wide as the widest
    # page whatever page it showed
    stack = CurrentPageStack()
    small, wide_and_tall = QWidget(), QWidget()
    small.setMinimumSize(100, 80)
    wide_and_tall.setMinimumSize(500, 900)
    wide_and_tall.setLayout(QVBoxLayout())
    wide_and_tall.layout().addWidget(WrappingLabel("words " * 40))  # height for width
    for page in (small, wide_and_tall):
        stack.addWidget(page)
    area = _column(qtbot, [stack], 120, (300, 400))
    column = area.widget()
    stack.setCurrentWidget(small)
    _settle()
    assert not area.horizontalScrollBar().isVisible()
    stack.setCurrentWidget(wide_and_tall)
    _settle()
    assert area.horizontalScrollBar().isVisible()
    assert column.height() >= 900
    stack.setCurrentWidget(small)
    _settle()
    assert not area.horizontalScrollBar().isVisible()


def test_a_stack_of_the_tallest_page_is_still_as_wide_as_the_page_shown(qtbot):
    # ops' element-wise picture: the chain's cards (a scroll area of their own, asking next
    # to nothing) take the height the single call's forms give the stack; those forms, never
    # drawn when a lecture opens on the chain, made it 700 px wide, and the cards scrolled
    # sideways at 1024x768 zoom 150
    stack = CurrentPageStack(tallest=True)
    scrolled, wide_and_tall = QWidget(), QWidget()
    scrolled.setMinimumSize(80, 80)
    wide_and_tall.setMinimumSize(700, 500)
    for page in (wide_and_tall, scrolled):
        stack.addWidget(page)
    stack.setCurrentWidget(scrolled)
    assert stack.minimumSizeHint() == QSize(80, 500)
    stack.setCurrentWidget(wide_and_tall)
    assert stack.minimumSizeHint() == QSize(700, 500)
    plain = CurrentPageStack()
    plain.addWidget(scrolled)
    assert plain.minimumSizeHint() == QSize(80, 80)  # without: the page's own
