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
