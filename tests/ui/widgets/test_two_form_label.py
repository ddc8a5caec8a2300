"""TwoFormLabel: the wide form where it fits, the narrow one elsewhere, by width alone."""

from __future__ import annotations

from tensorviz.ui.widgets.two_form_label import TwoFormLabel

WIDE = "torch.from_numpy(np.array([1.5, 2.0])).dtype    → torch.float64"
NARROW = "torch.from_numpy(np.array([1.5, 2.0])).dtype\n    → torch.float64"


def test_shows_the_wide_form_where_it_fits_and_asks_only_for_the_narrow(qtbot):
    label = TwoFormLabel()
    qtbot.addWidget(label)
    label.set_forms(WIDE, NARROW)
    label.show()
    wide = label.fontMetrics().horizontalAdvance(WIDE)
    label.resize(wide + 40, 200)
    assert label.text() == WIDE and not label.is_narrow()
    label.resize(wide - 40, 200)
    assert label.text() == NARROW and label.is_narrow()
    assert label.minimumSizeHint().width() < wide - 40  # a layout may give it that width
    assert label.sizeHint().width() <= label.width()  # what it shows fits
    label.resize(wide + 40, 200)
    assert label.text() == WIDE  # back, nothing left over from before


def test_a_bigger_font_is_measured_again(qtbot):
    label = TwoFormLabel()
    qtbot.addWidget(label)
    label.set_forms(WIDE, NARROW)
    label.show()
    label.resize(label.fontMetrics().horizontalAdvance(WIDE) + 20, 200)
    assert not label.is_narrow()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # a zoom
    label.setFont(font)
    assert label.is_narrow()
