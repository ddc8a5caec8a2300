"""A wrapped label is as tall as its text at its width, whatever happened before."""

from __future__ import annotations

from tensorviz.ui.widgets.wrapping_label import BREAK, WrappingLabel, breakable

TEXT = "permute() reorders the strides; contiguous() copies into the new row order. " * 3


def test_height_follows_the_width_both_ways(qtbot):
    label = WrappingLabel(TEXT)
    qtbot.addWidget(label)
    label.show()
    label.resize(600, 20)
    wide = label.minimumHeight()
    label.resize(200, 20)
    narrow = label.minimumHeight()
    assert narrow > wide > 0
    label.resize(600, 20)
    assert label.minimumHeight() == wide  # shrinks back: no height left over from before


def test_a_shorter_text_gives_a_lower_label(qtbot):
    label = WrappingLabel(TEXT)
    qtbot.addWidget(label)
    label.show()
    label.resize(300, 20)
    long = label.minimumHeight()
    label.setText("short")
    assert label.minimumHeight() < long


def test_height_follows_a_new_font_at_the_same_width(qtbot):
    """A zoom's font reaches a hidden lesson's labels when it is shown, after its layout may
    have resized them: create's caption kept a line of the zoom's height after a zoom and
    back (zoomed on another lesson), and its grid drew smaller."""
    label = WrappingLabel("dtype torch.float32")
    qtbot.addWidget(label)
    label.show()
    big = label.font()
    big.setPointSizeF(big.pointSizeF() * 1.5)
    label.setFont(big)
    label.resize(400, 20)
    tall = label.minimumHeight()
    small = label.font()
    small.setPointSizeF(small.pointSizeF() / 1.5)
    label.setFont(small)  # no resize
    assert label.minimumHeight() < tall
    assert label.minimumHeight() == label.heightForWidth(label.width())


def test_wrapped_height_is_the_texts_in_that_font_and_width(qapp):
    """Remembered heights (wrapped_height) answer for the font and width asked, as Qt lays
    the text out: a zoom's bigger font or a narrower label gets its own."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from tensorviz.ui.widgets.elide import wrapped_height

    text = "The loss grows every epoch: lr is past 2/λmax, each step overshoots further."
    small, big = QFont(), QFont()
    small.setPointSizeF(10)
    big.setPointSizeF(15)
    seen = []
    for font, width in ((small, 200), (big, 200), (small, 90), (small, 200)):
        truth = QFontMetrics(font).boundingRect(
            0, 0, width, 100000, _Qt.TextFlag.TextWordWrap, text
        )
        assert wrapped_height(font, width, text) == truth.height()
        seen.append(truth.height())
    assert seen[1] > seen[0] and seen[2] > seen[0]  # the cases differ: a stale answer fails


def test_a_natural_label_asks_for_its_lines_unwrapped_and_wraps_only_when_narrower(qtbot):
    """Qt's hint for a word-wrapped label wraps a text of over ~20 characters wherever it
    is (a table's value on two lines beside a one-line name, a badge on two lines with room
    to spare); this one asks for each line whole, and wraps where it is given less."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from tensorviz.ui.widgets.wrapping_label import NaturalWrappingLabel

    text = "dim 0 (size 4096): one step along it → jump 1 slots\ndim 1: short"
    label = NaturalWrappingLabel(text)
    lines = label.fontMetrics().lineSpacing()
    longest = label.fontMetrics().horizontalAdvance(text.splitlines()[0])
    assert label.sizeHint().width() >= longest
    assert label.sizeHint().height() < 3 * lines  # two lines, each whole
    assert label.minimumSizeHint().width() < longest / 3  # its longest word
    box = QWidget()
    qtbot.addWidget(box)
    QVBoxLayout(box).addWidget(label)
    box.show()
    box.resize(box.sizeHint())
    assert label.height() < 3 * lines  # room for the lines whole: two lines
    box.resize(longest // 2, box.height())
    qtbot.waitUntil(lambda: label.height() >= 3 * lines)  # narrower: wrapped, as tall
    assert label.height() >= label.heightForWidth(label.width()) - 1


def test_code_may_wrap_inside_its_calls_and_reads_the_same():
    """A label wraps only at spaces: "torch.randint(0," stood wider than a chain card and its
    comma was cut. breakable() marks, with an invisible break, where code may wrap besides:
    after an opening bracket, after a "." between names (a call chain's too)."""
    cases = {
        "data = torch.randint(0, 10, (2, 3))": "data = torch.|randint(|0, 10, (|2, 3))",
        "2. data.add_(torch.tensor([1.5, 2.0]))": "2. data.|add_(|torch.|tensor(|[|1.5, 2.0]))",
        "sourceTensor.detach().clone()": "sourceTensor.|detach().|clone()",
        # never inside a number or a name, nor before what closes a bracket
        "data.div_(3.0) and x() and f([])": "data.|div_(|3.0) and x() and f(|[])",
        "": "",
    }
    for code, shown in cases.items():
        broken = breakable(code)
        assert broken.replace(BREAK, "|") == shown
        assert broken.replace(BREAK, "") == code  # the same characters
        assert breakable(broken) == broken  # marked once


def test_a_breakable_line_of_code_fits_a_narrow_label(qtbot):
    from PySide6.QtCore import QRect, Qt

    code = "data = torch.randint(0, 10, (2, 3))"
    label = WrappingLabel()
    qtbot.addWidget(label)
    fm = label.fontMetrics()
    narrow = fm.horizontalAdvance("torch.randint(") + 2  # "torch.randint(0," does not fit
    flags = Qt.TextFlag.TextWordWrap

    def widest(text: str) -> int:
        return fm.boundingRect(QRect(0, 0, narrow, 10000), flags, text).width()

    assert widest(code) > narrow  # Qt cuts it
    assert widest(breakable(code)) <= narrow
