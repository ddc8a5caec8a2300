"""The create lesson's controls: the examples, the constructor and its arguments, the seed and
the printing mode. Each control says what the user did (``field_changed`` and friends) and
shows what the State holds."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.create import CONSTRUCTORS, LEGACY, RANDOM
from tensorviz.ui.lessons.create import texts
from tensorviz.ui.lessons.create.state import (
    CUSTOM,
    DTYPE_CHOICES,
    PRESET_ORDER,
    TEXT_FIELDS,
    State,
)
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text

SCI_MODES = (None, True, False)


def _combo(name: str) -> QComboBox:
    """A combo that never widens the controls column to its longest item."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class ControlsMixin:
    """Builds and shows the controls column of :class:`~.view.CreateView`."""

    def _build_controls(self) -> QWidget:
        controls = QWidget()
        layout = QVBoxLayout(controls)
        layout.setContentsMargins(0, 0, 0, 0)

        self.examples_box = QGroupBox(objectName="examples_box")
        grid = QGridLayout(self.examples_box)
        grid.setSpacing(self.theme.px(4))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.preset_buttons: dict[str, QPushButton] = {}
        for r, row in enumerate(PRESET_ORDER):
            for c, key in enumerate(row):
                button = QPushButton()
                button.setObjectName(f"preset_{key}")
                button.setCheckable(True)  # the example the State holds stays pressed
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                # as wide as its text (a narrow column scrolls sideways, never cuts a word)
                button.clicked.connect(lambda _=False, k=key: self._on_preset_clicked(k))
                grid.addWidget(button, r, c)
                self.preset_buttons[key] = button
        layout.addWidget(self.examples_box)

        self.args_box = QGroupBox()
        form = self._form = QFormLayout(self.args_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.constructor_combo = _combo("constructor_combo")
        self.constructor_combo.addItems(CONSTRUCTORS)
        self.constructor_combo.setMaxVisibleItems(len(CONSTRUCTORS))
        self._connect_combo(self.constructor_combo, "constructor", CONSTRUCTORS)
        self._constructor_label = QLabel()
        form.addRow(self._constructor_label, self.constructor_combo)

        self.source_combo = _combo("source_combo")
        self.source_combo.addItems(["", ""])
        self._connect_combo(self.source_combo, "source", ("data", "size"))
        self._row_labels: dict[str, QLabel] = {}
        self._row_widgets: dict[str, QWidget] = {}
        self._add_row("source", self.source_combo, "")  # its text: _retranslate_controls

        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = self.edits[name] = self._line_edit(name)
            self._add_row(name, edit, name)
            if name == "data":
                self.numpy_check = QCheckBox()
                self.numpy_check.setObjectName("numpy_check")
                self.numpy_check.toggled.connect(lambda on: self.field_changed.emit("numpy", on))
                self._add_row("numpy", self.numpy_check, "")
                # torch.tensor's numpy array: np.array(data) or np.random.randn(size), the
                # State's source as for a legacy constructor, offered where it is read
                self.numpy_source_combo = _combo("numpy_source_combo")
                self.numpy_source_combo.addItems(["np.array(data)", "np.random.randn(size)"])
                self._connect_combo(self.numpy_source_combo, "source", ("data", "size"))
                self._add_row("numpy_source", self.numpy_source_combo, "")
                self.from_tensor_check = QCheckBox()
                self.from_tensor_check.setObjectName("from_tensor_check")
                self.from_tensor_check.toggled.connect(
                    lambda on: self.field_changed.emit("from_tensor", on)
                )
                self._add_row("from_tensor", self.from_tensor_check, "")

        self.dtype_combo = _combo("dtype_combo")
        self.dtype_combo.addItems([""] + [f"torch.{n}" for n in DTYPE_CHOICES[1:]])
        self._connect_combo(self.dtype_combo, "dtype", DTYPE_CHOICES)
        self._add_row("dtype", self.dtype_combo, "dtype")
        self.device_combo = _combo("device_combo")
        self.device_combo.currentTextChanged.connect(
            lambda text: self.field_changed.emit("device", text)
        )
        self._add_row("device", self.device_combo, "device")
        self.requires_grad_check = QCheckBox("requires_grad=True")
        self.requires_grad_check.setObjectName("requires_grad_check")
        self.requires_grad_check.toggled.connect(
            lambda on: self.field_changed.emit("requires_grad", on)
        )
        self._add_row("requires_grad", self.requires_grad_check, "")
        layout.addWidget(self.args_box)

        self.seed_box = QGroupBox()
        seed_layout = QVBoxLayout(self.seed_box)
        seed_row = QHBoxLayout()
        self.seed_edit = self._line_edit("seed")
        self.seed_call = QLabel("torch.manual_seed(")
        self.seed_call.setObjectName("seed_call")
        seed_row.addWidget(self.seed_call)
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(QLabel(")"))
        seed_layout.addLayout(seed_row)
        buttons = QHBoxLayout()
        self.run_again_button = QPushButton()
        self.run_again_button.setObjectName("run_again_button")
        self.run_again_button.clicked.connect(self.run_again_requested)
        self.new_seed_button = QPushButton()
        self.new_seed_button.setObjectName("new_seed_button")
        self.new_seed_button.clicked.connect(self.new_seed_requested)
        buttons.addWidget(self.run_again_button)
        buttons.addWidget(self.new_seed_button)
        seed_layout.addLayout(buttons)
        self.initial_seed_label = QLabel()
        self.initial_seed_label.setObjectName("initial_seed_label")
        seed_layout.addWidget(self.initial_seed_label)
        self.seed_status = Badge()
        self.seed_status.setObjectName("seed_status")
        self.seed_status.setWordWrap(True)
        seed_layout.addWidget(self.seed_status)
        layout.addWidget(self.seed_box)

        self.print_box = QGroupBox()
        print_form = QFormLayout(self.print_box)
        self.sci_combo = _combo("sci_combo")
        self.sci_combo.addItems(["", "", ""])
        self._connect_combo(self.sci_combo, "sci_mode", SCI_MODES)
        self._sci_label = QLabel("sci_mode")
        print_form.addRow(self._sci_label, self.sci_combo)
        layout.addWidget(self.print_box)
        layout.addStretch(1)
        return controls

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"{name}_edit")
        edit.editingFinished.connect(lambda: self.field_changed.emit(name, edit.text()))
        return edit

    def _connect_combo(self, combo: QComboBox, name: str, values: tuple) -> None:
        combo.currentIndexChanged.connect(
            lambda i: self.field_changed.emit(name, values[max(0, i)])
        )

    def _add_row(self, key: str, widget: QWidget, label_text: str) -> None:
        label = QLabel(label_text)
        self._form.addRow(label, widget)
        self._row_labels[key] = label
        self._row_widgets[key] = widget

    def set_devices(self, devices: tuple[str, ...], available: tuple[str, ...]) -> None:
        """The devices offered, and those this machine has (the others show torch's error)."""
        self._available_devices = available
        with QSignalBlocker(self.device_combo):
            self.device_combo.clear()
            self.device_combo.addItems(devices)
        self._retranslate_devices()

    def _on_preset_clicked(self, key: str) -> None:
        # A click toggles the button at once; it shows the State's example until drawn again.
        shown = self.rendered[0].preset if self.rendered is not None else CUSTOM
        self.preset_buttons[key].setChecked(key == shown)
        self.preset_chosen.emit(key)

    def mark_refused(self, field: str | None) -> None:
        """Outline the text field whose input was refused (None: none)."""
        for name, edit in (*self.edits.items(), ("seed", self.seed_edit)):
            mark_invalid(edit, name == field)

    # -- showing the State -----------------------------------------------------------------
    def draw_controls(self, state: State) -> None:
        """Every control as ``state`` holds it; a refused text stays until edited again."""
        values = {
            self.constructor_combo: CONSTRUCTORS.index(state.constructor),
            self.source_combo: ("data", "size").index(state.source),
            self.numpy_source_combo: ("data", "size").index(state.source),
            self.dtype_combo: DTYPE_CHOICES.index(state.dtype),
            self.sci_combo: SCI_MODES.index(state.sci_mode),
        }
        for combo, index in values.items():
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)
        with QSignalBlocker(self.device_combo):
            if self.device_combo.findText(state.device) < 0:
                self.device_combo.addItem(state.device)
            self.device_combo.setCurrentText(state.device)
        for name, edit in (*self.edits.items(), ("seed", self.seed_edit)):
            if not edit.property("invalid"):
                with QSignalBlocker(edit):
                    set_field_text(edit, getattr(state, name))
        for check, on in (
            (self.numpy_check, state.numpy),
            (self.from_tensor_check, state.from_tensor),
            (self.requires_grad_check, state.requires_grad),
        ):
            with QSignalBlocker(check):
                check.setChecked(on)
        for key, button in self.preset_buttons.items():
            button.setChecked(key == state.preset)
        shown = set(state.shown_fields())
        if "source" in shown and state.constructor not in LEGACY:
            shown ^= {"source", "numpy_source"}  # torch.tensor's numpy array: its own row
        for key, widget in self._row_widgets.items():
            self._form.setRowVisible(widget, key in shown)
        self.seed_box.setVisible("seed" in shown)
        torch_seed = state.constructor in RANDOM  # else numpy's generator
        self.seed_call.setText("torch.manual_seed(" if torch_seed else "np.random.seed(")
        self.initial_seed_label.setVisible(torch_seed)

    def _retranslate_controls(self) -> None:
        titles, tips = texts.preset_titles(), texts.preset_tips()
        for key, button in self.preset_buttons.items():
            button.setText(titles[key])
            button.setToolTip(tips[key])
        words = texts.controls()
        self.examples_box.setTitle(words["examples"])
        self.args_box.setTitle(words["arguments"])
        self._constructor_label.setText(words["call"])
        self._row_labels["source"].setText(words["argument"])
        self.source_combo.setItemText(0, words["source_data"])
        self.source_combo.setItemText(1, words["source_size"])
        self.numpy_check.setText(words["numpy"])
        self.from_tensor_check.setText(words["from_tensor"])
        self.from_tensor_check.setToolTip(words["from_tensor_tip"])
        self.numpy_source_combo.setToolTip(words["numpy_source_tip"])
        self.dtype_combo.setItemText(0, words["default_dtype"])
        for key, tip in texts.field_tips().items():
            self.edits[key].setToolTip(tip)
            self._row_labels[key].setToolTip(tip)
        self.numpy_check.setToolTip(texts.numpy_tip())
        self._retranslate_devices()
        self.requires_grad_check.setToolTip(words["requires_grad_tip"])
        self.seed_box.setTitle(words["seed_box"])
        self.seed_edit.setToolTip(words["seed_tip"])
        self.run_again_button.setText(words["run_again"])
        self.run_again_button.setToolTip(words["run_again_tip"])
        self.new_seed_button.setText(words["new_seed"])
        self.print_box.setTitle(words["printing"])
        for i, text in enumerate(texts.sci_modes()):
            self.sci_combo.setItemText(i, text)
        self._sci_label.setToolTip(words["sci_tip"])

    def _retranslate_devices(self) -> None:
        available = getattr(self, "_available_devices", ())
        for i in range(self.device_combo.count()):
            tip = texts.device_tip(self.device_combo.itemText(i) in available)
            self.device_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
