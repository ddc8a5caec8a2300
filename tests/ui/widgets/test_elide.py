"""Elided texts keep the widget's own tooltip for when nothing is cut."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QGroupBox

from tensorviz.ui.widgets.elide import elide_combo, elide_plot_title, elide_title


def test_a_combo_keeps_the_tooltip_its_owner_set_last(qtbot):
    """The own tooltip was read once, when the combo began to elide: after a language
    switch (retranslate sets it anew) the first fit put the old language's back (ops'
    speed list said "Animation speed" in Chinese)."""
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["a rather long item that will not fit in a narrow combo", "short"])
    combo.setToolTip("Animation speed")
    elide_combo(combo, chars=4)
    combo.resize(80, 30)
    combo.show()
    qtbot.waitExposed(combo)
    assert combo.toolTip() == combo.currentText()  # cut: the full text
    combo.setToolTip("动画速度")  # retranslated
    combo.setCurrentIndex(1)  # not cut: the combo's own tooltip, the new one
    assert combo.toolTip() == "动画速度"
    combo.setCurrentIndex(0)
    assert combo.toolTip() == combo.currentText()
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "动画速度"


def test_a_group_title_keeps_the_tooltip_its_owner_set_last(qtbot):
    group = QGroupBox()
    qtbot.addWidget(group)
    group.setToolTip("old")
    elide_title(group, "a title far too long for the box it names, so it is cut short")
    group.resize(60, 40)
    group.show()
    qtbot.waitExposed(group)
    assert group.toolTip().startswith("a title far")  # cut: the full title
    group.setToolTip("new")  # retranslated
    elide_title(group, "ok")
    group.resize(400, 40)
    assert group.toolTip() == "new"


def test_a_plot_title_gives_way_to_its_short_form_before_it_is_elided(qtbot):
    # "Final loss vs learning rate" read "Final loss vs learning ra…" on a laptop at zoom
    # 125: where the title does not fit, its short form is shown whole; only where that does
    # not fit either is the title elided (the full title the tooltip all along)
    view = pg.PlotWidget()
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.show()
    full, short = "Final loss vs learning rate", "Final loss vs lr"
    elide_plot_title(view, full, short=short)
    label = view.getPlotItem().titleLabel
    assert (label.text, label.toolTip()) == (full, "")
    shown = []
    for width in range(800, 60, -4):
        view.resize(width, 300)
        if label.text not in shown:
            shown.append(label.text)
            assert label.toolTip() == ("" if label.text == full else full), label.text
    assert shown[:2] == [full, short]
    elided = [text for text in shown[2:] if text]  # no room even for "…": nothing
    assert elided and all(t.endswith("…") and full.startswith(t[:-1]) for t in elided)
    view.resize(800, 300)
    assert (label.text, label.toolTip()) == (full, "")
