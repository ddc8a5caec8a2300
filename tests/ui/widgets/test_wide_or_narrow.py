"""WideOrNarrow: a widget's parts side by side where its width holds them, else one under
another, re-placed only when that flips."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QWidget

from tensorviz.ui.widgets.wide_or_narrow import WideOrNarrow


def _pair(qtbot) -> tuple[QWidget, QLabel, QLabel, QBoxLayout, list[bool]]:
    """Two labels side by side, one under the other where narrow; what was placed, in order."""
    widget = QWidget()
    qtbot.addWidget(widget)
    left, right = QLabel("torch.from_numpy(a)"), QLabel("shares memory with a")
    layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, widget)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # as in a scroll area
    layout.addWidget(left)
    layout.addWidget(right)
    placed: list[bool] = []

    def place(narrow: bool) -> None:
        placed.append(narrow)
        down = QBoxLayout.Direction.TopToBottom
        layout.setDirection(down if narrow else QBoxLayout.Direction.LeftToRight)

    def need() -> int:
        return left.sizeHint().width() + layout.spacing() + right.sizeHint().width() + 20

    widget.arrangement = WideOrNarrow(widget, need, place)
    return widget, left, right, layout, placed


def test_side_by_side_where_they_fit_one_under_another_where_not(qtbot):
    widget, left, right, _, placed = _pair(qtbot)
    both = left.sizeHint().width() + right.sizeHint().width() + 40
    widget.resize(both, 100)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.arrangement.narrow() and right.x() > left.x()
    widget.resize(both // 2, 200)
    qtbot.waitUntil(lambda: right.y() > left.y())  # under it, laid out again
    assert widget.arrangement.narrow() and placed == [True]
    widget.resize(both // 2 + 10, 200)  # narrower still than both: nothing re-placed
    widget.resize(both + 10, 100)
    qtbot.waitUntil(lambda: right.x() > left.x() and right.y() == left.y())
    assert placed == [True, False]


def test_a_longer_text_is_measured_again(qtbot):
    widget, left, right, _, placed = _pair(qtbot)
    widget.resize(left.sizeHint().width() + right.sizeHint().width() + 40, 100)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.arrangement.narrow()
    right.setText(right.text() * 3)  # a new result, wider than the room beside
    qtbot.waitUntil(widget.arrangement.narrow)
    assert placed == [True]


def test_the_same_width_gives_the_same_arrangement_whichever_way_it_came(qtbot):
    """The narrow arrangement is taller and brings the scroll area's vertical bar (~15 px):
    decided on the width left beside the bar or not, a width between the two stayed side by
    side coming from wider and stacked coming from narrower (numpy's mapping tab at zoom
    125, windows 1380-1392 px wide)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    qtbot.addWidget(area)
    inner = QWidget()
    area.setWidget(inner)

    def place(narrow: bool) -> None:
        inner.setMinimumHeight(1000 if narrow else 50)  # stacked: taller than the view

    inner.arrangement = WideOrNarrow(inner, lambda: 500, place)
    area.resize(700, 300)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar().sizeHint().width()
    frame = 2 * area.frameWidth()
    between = 500 + frame + bar // 2  # room beside a bar for less than 500, without for more
    results = []
    for start in (700, 300):
        area.resize(start, 300)
        QCoreApplication.processEvents()
        area.resize(between, 300)
        for _ in range(3):
            QCoreApplication.processEvents()
        results.append(inner.arrangement.narrow())
    assert results[0] == results[1], results
