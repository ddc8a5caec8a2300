"""A wrapped label is as tall as its text at its width, whatever happened before."""

from __future__ import annotations

from tensorviz.ui.widgets.wrapping_label import WrappingLabel

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
