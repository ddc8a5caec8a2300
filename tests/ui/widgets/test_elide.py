"""Elided texts keep the widget's own tooltip for when nothing is cut."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox

from tensorviz.ui.widgets.elide import elide_combo, elide_title


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
