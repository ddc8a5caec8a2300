"""The descent lesson's controls: the experiment, the run (learning rate, epochs, update rule,
pin), the start and data, the loss axis and the course's two pitfalls.

They emit what the user asks for and show a State; they decide nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import descent
from tensorviz.ui.lessons.descent import texts
from tensorviz.ui.lessons.descent.race_panel import RaceControls
from tensorviz.ui.lessons.descent.state import LR_GRID, START_FIELDS, State, slider_position
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text
from tensorviz.ui.widgets.roles import set_role

LOSS_SCALES = ("auto", "linear", "log")
SQUARE_FIELDS = ("x0",)


class DescentControls(QWidget):
    """The column of controls left of the plots."""

    experiment_chosen = Signal(str)
    lr_chosen = Signal(float)  # a slider position
    lr_typed = Signal(str)  # the text of the learning-rate field
    epochs_chosen = Signal(int)
    optimizer_chosen = Signal(str)
    update_chosen = Signal(str)  # the plain loop's update form
    start_edited = Signal(dict)  # every start field's text, by name
    loss_scale_chosen = Signal(str)
    pin_toggled = Signal(bool)
    pitfall_chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drawn: dict[QLineEdit, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.experiment_box = QGroupBox()
        self.experiment_buttons = {
            name: QPushButton(checkable=True, objectName=f"experiment_{name}")
            for name in descent.EXPERIMENTS
        }
        group = QButtonGroup(self)
        group.setExclusive(True)
        column = QVBoxLayout(self.experiment_box)
        for name, button in self.experiment_buttons.items():
            group.addButton(button)
            column.addWidget(button)
            button.clicked.connect(lambda _=False, n=name: self.experiment_chosen.emit(n))
        self.experiment_buttons["square"].setChecked(True)
        layout.addWidget(self.experiment_box)

        self.run_box = QGroupBox()
        form = QVBoxLayout(self.run_box)
        self.lr_title = QLabel()
        self.lr_slider = QSlider(Qt.Orientation.Horizontal, objectName="lr_slider")
        self.lr_slider.setRange(0, len(LR_GRID) - 1)
        self.lr_slider.setPageStep(10)
        self.lr_slider.valueChanged.connect(lambda pos: self.lr_chosen.emit(LR_GRID[pos]))
        self.lr_edit = QLineEdit(objectName="lr_edit")
        self.lr_edit.editingFinished.connect(lambda: self.lr_typed.emit(self.lr_edit.text()))
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.lr_slider, 1)
        lr_row.addWidget(self.lr_edit)
        self.epochs_title = QLabel()
        self.epochs_slider = QSlider(Qt.Orientation.Horizontal, objectName="epochs_slider")
        self.epochs_slider.setRange(1, descent.MAX_EPOCHS)
        self.epochs_slider.setPageStep(50)
        self.epochs_slider.valueChanged.connect(self.epochs_chosen)
        self.epochs_value = QLabel(objectName="epochs_value")
        self.epochs_value.setMinimumWidth(theme.px(40))
        epochs_row = QHBoxLayout()
        epochs_row.addWidget(self.epochs_slider, 1)
        epochs_row.addWidget(self.epochs_value)
        self.optimizer_title = QLabel()
        self.optimizer_combo = QComboBox(objectName="optimizer_combo")
        for _ in descent.OPTIMIZERS:
            self.optimizer_combo.addItem("")
        self.optimizer_combo.currentIndexChanged.connect(
            lambda i: self.optimizer_chosen.emit(descent.OPTIMIZERS[i])
        )
        self.update_title = QLabel(objectName="update_title")
        self.update_combo = QComboBox(objectName="update_combo")
        for _ in descent.UPDATES:
            self.update_combo.addItem("")
        self.update_combo.currentIndexChanged.connect(
            lambda i: self.update_chosen.emit(descent.UPDATES[i])
        )
        self.pin_button = QPushButton(checkable=True, objectName="pin_button")
        self.pin_button.clicked.connect(self.pin_toggled)
        form.addWidget(self.lr_title)
        form.addLayout(lr_row)
        form.addWidget(self.epochs_title)
        form.addLayout(epochs_row)
        form.addWidget(self.optimizer_title)
        form.addWidget(self.optimizer_combo)
        form.addWidget(self.update_title)
        form.addWidget(self.update_combo)
        form.addWidget(self.pin_button)
        self.pin_label = QLabel(objectName="pin_label", wordWrap=True)
        set_role(self.pin_label, "muted")
        self.pin_label.hide()
        form.addWidget(self.pin_label)
        layout.addWidget(self.run_box)

        self.start_box = QGroupBox()
        start_form = QFormLayout(self.start_box)
        self.start_labels: dict[str, QLabel] = {}
        self.start_edits: dict[str, QLineEdit] = {}
        for name in START_FIELDS:
            label = self.start_labels[name] = QLabel()
            edit = self.start_edits[name] = QLineEdit(objectName=f"{name}_edit")
            start_form.addRow(label, edit)
            edit.editingFinished.connect(self._on_start_edited)
        layout.addWidget(self.start_box)

        self.view_box = QGroupBox()
        view_form = QFormLayout(self.view_box)
        self.scale_label = QLabel()
        self.scale_combo = QComboBox(objectName="loss_scale_combo")
        for _ in LOSS_SCALES:
            self.scale_combo.addItem("")
        self.scale_combo.currentIndexChanged.connect(
            lambda i: self.loss_scale_chosen.emit(LOSS_SCALES[i])
        )
        view_form.addRow(self.scale_label, self.scale_combo)
        layout.addWidget(self.view_box)

        self.race = RaceControls(theme)
        layout.addWidget(self.race)

        self.pitfall_box = QGroupBox()
        pitfalls = QVBoxLayout(self.pitfall_box)
        self.pitfall_text = QLabel(wordWrap=True)
        set_role(self.pitfall_text, "muted")
        pitfalls.addWidget(self.pitfall_text)
        self.pitfall_buttons = {}
        for kind in descent.PITFALLS:
            button = self.pitfall_buttons[kind] = QPushButton(objectName=f"pitfall_{kind}_button")
            button.clicked.connect(lambda _=False, k=kind: self.pitfall_chosen.emit(k))
            pitfalls.addWidget(button)
        layout.addWidget(self.pitfall_box)
        layout.addStretch(1)
        self.draw(State())

    def _on_start_edited(self) -> None:
        self.start_edited.emit({name: edit.text() for name, edit in self.start_edits.items()})

    def mark_lr(self, invalid: bool) -> None:
        """Outline the learning-rate field as refused (or not)."""
        mark_invalid(self.lr_edit, invalid)

    def mark_start(self, field: str | None) -> None:
        """Outline the start field ``field`` as refused, and no other."""
        for name, edit in self.start_edits.items():
            if edit.property("invalid") or name == field:
                mark_invalid(edit, name == field)

    # -- drawing -----------------------------------------------------------------------------
    def _put(self, edit: QLineEdit, text: str) -> None:
        """Write the state's ``text`` into ``edit`` when it changed since last drawn: a
        refused text the user typed stays in the field to be corrected."""
        if self._drawn.get(edit) != text:
            self._drawn[edit] = text
            set_field_text(edit, text)
            if edit.property("invalid"):
                mark_invalid(edit, False)

    def draw(self, state: State) -> None:
        square = state.experiment == "square"
        for name, button in self.experiment_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(name == state.experiment)
        if LR_GRID[self.lr_slider.value()] != state.lr:
            with QSignalBlocker(self.lr_slider):
                self.lr_slider.setValue(slider_position(state.lr))
        self._put(self.lr_edit, repr(state.lr))
        with QSignalBlocker(self.epochs_slider):
            self.epochs_slider.setValue(state.epochs)
        self.epochs_value.setText(str(state.epochs))
        with QSignalBlocker(self.optimizer_combo):
            self.optimizer_combo.setCurrentIndex(descent.OPTIMIZERS.index(state.optimizer))
        with QSignalBlocker(self.update_combo):
            self.update_combo.setCurrentIndex(descent.UPDATES.index(state.update))
        plain = state.optimizer == "plain"  # torch.optim's step() has its own update
        self.update_title.setVisible(plain)
        self.update_combo.setVisible(plain)
        for name, edit in self.start_edits.items():
            self._put(edit, getattr(state, name))
            shown = (name in SQUARE_FIELDS) == square
            edit.setVisible(shown)
            self.start_labels[name].setVisible(shown)
        with QSignalBlocker(self.scale_combo):
            self.scale_combo.setCurrentIndex(LOSS_SCALES.index(state.loss_scale))
        pin = state.pinned
        with QSignalBlocker(self.pin_button):
            self.pin_button.setChecked(pin is not None)
        self.pin_button.setText(texts.pin_button(pin is not None))
        self.pin_label.setText(
            "" if pin is None else texts.pin_label(pin.optimizer, pin.lr, pin.epochs)
        )
        self.pin_label.setVisible(pin is not None)
        self.race.draw(state)

    # -- texts and theme ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.experiment_box.setTitle(texts.experiment_box())
        for name, button in self.experiment_buttons.items():
            button.setText(texts.experiment(name))
        self.run_box.setTitle(texts.run_box())
        self.lr_title.setText(texts.lr_title())
        self.lr_slider.setToolTip(texts.lr_slider_tip())
        self.lr_edit.setToolTip(texts.lr_edit_tip())
        self.epochs_title.setText(texts.epochs_title())
        self.optimizer_title.setText(texts.optimizer_title())
        for i, name in enumerate(descent.OPTIMIZERS):
            self.optimizer_combo.setItemText(i, texts.optimizer(name))
        self.update_title.setText(texts.update_title())
        for i, name in enumerate(descent.UPDATES):
            self.update_combo.setItemText(i, texts.update_form(name))
        self.update_combo.setToolTip(texts.update_tip())
        self.start_box.setTitle(texts.start_box())
        for name, label in self.start_labels.items():
            label.setText(texts.field(name))
        self.view_box.setTitle(texts.view_box())
        self.scale_label.setText(texts.loss_axis())
        for i, name in enumerate(LOSS_SCALES):
            self.scale_combo.setItemText(i, texts.loss_scale(name))
        self.pitfall_box.setTitle(texts.pitfall_box())
        self.pitfall_text.setText(texts.pitfall_text())
        for kind, button in self.pitfall_buttons.items():
            button.setText(texts.pitfall(kind))
        self.race.retranslate()

    def apply_theme(self, theme: Theme) -> None:
        self.lr_edit.setMaximumWidth(theme.px(90))
        self.race.apply_theme(theme)
