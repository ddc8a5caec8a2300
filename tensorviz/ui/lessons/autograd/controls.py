"""The autograd lesson's controls: the example, the Backward box, the program, the leaves and
detach(). Widgets only, built and laid out here as attributes of the view (tests and the
benchmark reach them as ``lesson.view.<objectName>``); :mod:`.view` connects and fills them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.graph_spec import DTYPES, MAX_LEAVES, MAX_TIMES, MODES, PRESETS
from tensorviz.ui.lessons.autograd.state import CUSTOM
from tensorviz.ui.widgets.roles import set_role

#: The leaf fields a row edits, as the State's LeafSpec names them.
LEAF_FIELDS = ("name", "value", "dtype", "requires_grad")


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


class LeafRow:
    """The widgets of one leaf: name, value, dtype, requires_grad."""

    def __init__(self, index: int) -> None:
        self.name = _named(QLineEdit(), f"leaf_name_{index}")
        self.value = _named(QLineEdit(), f"leaf_value_{index}")
        self.dtype = _named(QComboBox(), f"leaf_dtype_{index}")
        for d in DTYPES:
            self.dtype.addItem(d or "auto", d)
        self.requires_grad = _named(QCheckBox(), f"leaf_requires_grad_{index}")

    def widgets(self) -> list[QWidget]:
        return [self.name, self.value, self.dtype, self.requires_grad]

    def set_visible(self, on: bool) -> None:
        for w in self.widgets():
            w.setVisible(on)


def build(view) -> QWidget:
    """The column left of the graph; its widgets become attributes of ``view``."""
    # -- example -----------------------------------------------------------------------
    view.preset_box = QGroupBox()
    view.preset_combo = _named(QComboBox(), "preset_combo")
    for key in (*(p.key for p in PRESETS), CUSTOM):
        view.preset_combo.addItem(key, key)
    # "custom" says what the state is; choosing it would mean nothing
    view.preset_combo.model().item(view.preset_combo.count() - 1).setEnabled(False)
    QVBoxLayout(view.preset_box).addWidget(view.preset_combo)

    # -- leaves ------------------------------------------------------------------------
    view.leaves_box = QGroupBox()
    grid = QGridLayout(view.leaves_box)
    grid.setHorizontalSpacing(4)
    view.head_labels = [QLabel() for _ in range(2)]
    for c, label in enumerate(view.head_labels):
        set_role(label, "muted")
        grid.addWidget(label, 0, c)
    view.leaf_rows = [LeafRow(i) for i in range(MAX_LEAVES)]
    for i, row in enumerate(view.leaf_rows):
        grid.addWidget(row.name, 1 + 2 * i, 0)
        grid.addWidget(row.value, 1 + 2 * i, 1)
        grid.addWidget(row.dtype, 2 + 2 * i, 0)
        grid.addWidget(row.requires_grad, 2 + 2 * i, 1)
    grid.setColumnStretch(1, 1)
    leaf_buttons = QHBoxLayout()
    view.add_leaf_button = _named(QToolButton(), "add_leaf_button")
    view.remove_leaf_button = _named(QToolButton(), "remove_leaf_button")
    leaf_buttons.addWidget(view.add_leaf_button)
    leaf_buttons.addWidget(view.remove_leaf_button)
    leaf_buttons.addStretch(1)
    grid.addLayout(leaf_buttons, 2 * MAX_LEAVES + 1, 0, 1, 2)

    # -- program -----------------------------------------------------------------------
    view.program_label = QLabel()
    view.program_edit = _named(QLineEdit(), "program_edit")
    view.mode_label = QLabel()
    view.mode_combo = _named(QComboBox(), "mode_combo")
    for m in MODES:
        view.mode_combo.addItem(m, m)
    view.inspect_check = _named(QCheckBox(), "inspect_check")
    view.program_box = QGroupBox()
    pbox = QVBoxLayout(view.program_box)
    for w in (
        view.program_label,
        view.program_edit,
        view.mode_label,
        view.mode_combo,
        view.inspect_check,
    ):
        pbox.addWidget(w)

    # -- backward ----------------------------------------------------------------------
    view.actions_box = QGroupBox()
    view.forward_button = _named(QPushButton(), "forward_button")
    view.backward_button = _named(QPushButton(), "backward_button")
    view.retain_check = _named(QCheckBox(), "retain_check")
    view.gradient_check = _named(QCheckBox(), "gradient_check")
    view.gradient_edit = _named(QLineEdit(), "gradient_edit")
    view.gradient_hint = _named(QLabel(), "gradient_hint")
    view.gradient_hint.setWordWrap(True)
    set_role(view.gradient_hint, None, "warn")
    view.zero_button = _named(QPushButton(), "zero_button")
    view.times_spin = _named(QSpinBox(), "times_spin")
    view.times_spin.setRange(1, MAX_TIMES)
    view.times_spin.setValue(3)
    view.repeat_button = _named(QPushButton(), "repeat_button")
    view.fresh_check = _named(QCheckBox(), "fresh_check")
    view.zero_first_check = _named(QCheckBox(), "zero_first_check")
    view.reset_button = _named(QPushButton(), "reset_button")
    abox = QVBoxLayout(view.actions_box)
    abox.addLayout(_row(view.forward_button, view.backward_button))
    abox.addWidget(view.retain_check)
    abox.addWidget(view.gradient_hint)
    abox.addLayout(_row(view.gradient_check, (view.gradient_edit, 1)))
    abox.addWidget(view.zero_button)
    abox.addLayout(_row((view.repeat_button, 1), view.times_spin))
    abox.addWidget(view.fresh_check)
    abox.addWidget(view.zero_first_check)
    abox.addWidget(view.reset_button)

    # -- detach and in-place -----------------------------------------------------------
    view.leaf_box = QGroupBox()
    view.leaf_combo = _named(QComboBox(), "leaf_combo")
    view.detach_button = _named(QPushButton(), "detach_button")
    view.edit_detached_button = _named(QPushButton(), "edit_detached_button")
    view.inplace_button = _named(QPushButton(), "inplace_button")
    lbox = QVBoxLayout(view.leaf_box)
    lbox.addWidget(view.leaf_combo)
    lbox.addLayout(_row(view.detach_button, view.edit_detached_button))
    lbox.addWidget(view.inplace_button)

    controls = QWidget()
    column = QVBoxLayout(controls)
    column.setContentsMargins(0, 0, 0, 0)
    for box in (
        view.preset_box,
        view.actions_box,
        view.program_box,
        view.leaves_box,
        view.leaf_box,
    ):
        column.addWidget(box)
    column.addStretch(1)
    return controls


def _row(*items) -> QHBoxLayout:
    """Widgets side by side; an item ``(widget, stretch)`` takes that stretch."""
    row = QHBoxLayout()
    for item in items:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        row.addWidget(widget, stretch)
    return row
