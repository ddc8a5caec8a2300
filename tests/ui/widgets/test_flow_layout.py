"""FlowLayout: a row of badges that wraps where it is narrow, with room made in one pass."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tensorviz.ui.widgets.flow_layout import FlowLayout


def _host(qtbot, texts=("same object: False", "same memory: False", "x changed: no")):
    host = QWidget()
    column = QVBoxLayout(host)
    column.setContentsMargins(0, 0, 0, 0)
    flow = FlowLayout(spacing=6)
    labels = [QLabel(text) for text in texts]
    for label in labels:
        flow.addWidget(label)
    column.addLayout(flow)
    below = QLabel("below")
    column.addWidget(below)
    column.addStretch(1)
    qtbot.addWidget(host)
    return host, flow, labels, below


def test_one_row_where_wide_rows_where_narrow_and_room_below_made_at_once(qtbot):
    host, flow, labels, below = _host(qtbot)
    widths = [label.sizeHint().width() for label in labels]
    host.resize(sum(widths) + 40, 300)
    host.show()
    qtbot.waitExposed(host)
    tops = {label.geometry().top() for label in labels}
    assert len(tops) == 1  # one row
    assert labels[1].geometry().left() == labels[0].geometry().right() + 1 + 6
    host.resize(max(widths) + 10, 300)  # one badge a row
    QCoreApplication.processEvents()
    rows = [label.geometry() for label in labels]
    assert rows[0].bottom() < rows[1].top() and rows[1].bottom() < rows[2].top()
    assert all(r.left() == 0 for r in rows)
    assert below.geometry().top() > rows[2].bottom()  # nothing under the badges
    # its minimum is the widest badge, not their sum: a narrow picture does not scroll
    assert flow.minimumSize().width() == max(label.minimumSizeHint().width() for label in labels)
    assert host.minimumSizeHint().width() < sum(widths)


def test_height_for_width_counts_the_rows(qtbot):
    _host_widget, flow, labels, _ = _host(qtbot)
    h = max(label.sizeHint().height() for label in labels)
    wide = sum(label.sizeHint().width() for label in labels) + 12
    narrow = max(label.sizeHint().width() for label in labels)
    assert flow.heightForWidth(wide) == h
    assert flow.heightForWidth(narrow) == 3 * h + 2 * 6


def test_right_to_left_mirrors_and_hidden_widgets_take_no_room(qtbot):
    host, _flow, labels, _ = _host(qtbot)
    host.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    labels[1].hide()
    width = sum(label.sizeHint().width() for label in labels) + 40
    host.resize(width, 200)
    host.show()
    qtbot.waitExposed(host)
    first, third = labels[0].geometry(), labels[2].geometry()
    assert first.right() == width - 1  # the first from the right edge
    assert third.right() == first.left() - 1 - 6  # the hidden one left no gap


def test_set_spacing_is_the_gap(qtbot):
    host, flow, labels, _ = _host(qtbot)
    flow.setSpacing(30)
    host.resize(sum(label.sizeHint().width() for label in labels) + 200, 200)
    host.show()
    qtbot.waitExposed(host)
    assert labels[1].geometry().left() == labels[0].geometry().right() + 1 + 30
