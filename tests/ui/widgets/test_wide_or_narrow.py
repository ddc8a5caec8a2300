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
