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


def test_it_measures_once_for_each_font_and_pair_of_forms(qtbot, monkeypatch):
    """A zoom or a theme sends a label several font changes, most with the font it has:
    dtype's line-by-line table was measured six times a zoom, 5 ms each."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    from tensorviz.ui.widgets import two_form_label

    probes = []

    class Probe(QLabel):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            probes.append(self)

    monkeypatch.setattr(two_form_label, "QLabel", Probe)
    monkeypatch.setattr(two_form_label, "_WIDTHS", {})
    label = TwoFormLabel()
    qtbot.addWidget(label)
    label.set_forms(WIDE, NARROW)
    assert len(probes) == 1
    # a style sheet set again (a theme): Qt tells of a font change, the font the same
    QCoreApplication.sendEvent(label, QEvent(QEvent.Type.FontChange))
    label.set_forms(WIDE, NARROW)
    assert len(probes) == 1
    first = label.font()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    label.setFont(font)  # a zoom: measured again
    assert len(probes) == 2
    label.setFont(first)  # back to a font it had: not again
    label.set_forms(WIDE, NARROW)
    other = TwoFormLabel()  # another label with the same font and forms: not again
    qtbot.addWidget(other)
    other.setFont(font)
    other.set_forms(WIDE, NARROW)
    assert len(probes) == 2
