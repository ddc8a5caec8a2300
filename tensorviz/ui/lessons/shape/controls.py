"""The shape lesson's controls: the examples, the start tensor, the chain of steps with its
editor, and the animation toggle. They emit what the user asks for and show a State."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import shape as core
from tensorviz.ui.lessons.shape import texts
from tensorviz.ui.lessons.shape.state import CUSTOM, MAX_STEPS, PRESETS, State, default_args
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.elide import elide_placeholder
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.wrapping_label import WrappingLabel

STATUS_MARKS = {"ok": "✓", "error": "✗", "skipped": "–"}


class ChainControls(QWidget):
    preset_chosen = Signal(str)
    start_kind_chosen = Signal(str)
    start_applied = Signal(str, str)  # kind, text
    step_added = Signal(str, str)  # op, arguments as typed
    step_changed = Signal(str, str)
    step_removed = Signal()
    step_moved = Signal(int)  # by
    step_selected = Signal(int)
    animate_toggled = Signal(bool)

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self._chain: core.Chain | None = None
        self._loaded: tuple[core.Chain, int] | None = None  # the step the editor holds
        self._ndim = 2  # dims of the tensor drawn, for the editor's default arguments
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)

        self.preset_box = QGroupBox()
        pv = QVBoxLayout(self.preset_box)
        self.preset_combo = QComboBox(objectName="preset_combo")
        for key in (*PRESETS, CUSTOM):
            self.preset_combo.addItem("", key)
        self.preset_combo.activated.connect(
            lambda i: self.preset_chosen.emit(self.preset_combo.itemData(i))
        )
        pv.addWidget(self.preset_combo)
        self.preset_note = WrappingLabel()
        self.preset_note.setObjectName("preset_note")
        set_role(self.preset_note, "muted")
        pv.addWidget(self.preset_note)
        col.addWidget(self.preset_box)

        self.start_box = QGroupBox()
        sv = QVBoxLayout(self.start_box)
        self.start_kind_combo = QComboBox(objectName="start_kind_combo")
        self.start_kind_combo.addItem("", "arange")
        self.start_kind_combo.addItem("", "literal")
        self.start_kind_combo.activated.connect(
            lambda i: self.start_kind_chosen.emit(self.start_kind_combo.itemData(i))
        )
        self.start_edit = QLineEdit(objectName="start_edit")
        self.start_edit.returnPressed.connect(self._on_start_apply_clicked)
        self.start_apply = QPushButton(objectName="start_apply_button")
        self.start_apply.clicked.connect(self._on_start_apply_clicked)
        row = QHBoxLayout()
        row.addWidget(self.start_edit, 1)
        row.addWidget(self.start_apply)
        sv.addWidget(self.start_kind_combo)
        sv.addLayout(row)
        col.addWidget(self.start_box)

        self.steps_box = QGroupBox()
        v = QVBoxLayout(self.steps_box)
        self.steps_list = QListWidget(objectName="steps_list")
        self.steps_list.currentRowChanged.connect(self._on_steps_list_row_changed)
        v.addWidget(self.steps_list, 1)
        edit = QGridLayout()
        self.op_combo = QComboBox(objectName="op_combo")
        for op in core.OPS:
            self.op_combo.addItem(texts.op_label(op), op)
        self.op_combo.currentIndexChanged.connect(self._on_op_changed)
        self.args_edit = QLineEdit(objectName="args_edit")
        self.args_edit.returnPressed.connect(self._on_add_clicked)
        edit.addWidget(self.op_combo, 0, 0)
        edit.addWidget(self.args_edit, 0, 1)
        edit.setColumnStretch(1, 1)
        v.addLayout(edit)
        buttons = QGridLayout()
        self.add_button = QPushButton(objectName="add_button")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.change_button = QPushButton(objectName="change_button")
        self.change_button.clicked.connect(
            lambda: self.step_changed.emit(self.op_combo.currentData(), self.args_edit.text())
        )
        self.remove_button = QPushButton(objectName="remove_button")
        self.remove_button.clicked.connect(lambda: self.step_removed.emit())
        self.up_button = QPushButton(objectName="up_button")
        self.up_button.clicked.connect(lambda: self.step_moved.emit(-1))
        self.down_button = QPushButton(objectName="down_button")
        self.down_button.clicked.connect(lambda: self.step_moved.emit(1))
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.change_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.remove_button, 2, 0)
        v.addLayout(buttons)
        self.limit_note = QLabel(objectName="steps_limit_note")
        self.limit_note.setWordWrap(True)
        set_role(self.limit_note, None, "warn")
        self.limit_note.hide()
        v.addWidget(self.limit_note)
        col.addWidget(self.steps_box)

        self.view_box = QGroupBox()
        vv = QVBoxLayout(self.view_box)
        self.animate_check = QCheckBox(objectName="animate_check")
        self.animate_check.setChecked(True)
        self.animate_check.toggled.connect(lambda on: self.animate_toggled.emit(on))
        vv.addWidget(self.animate_check)
        col.addWidget(self.view_box)
        col.addStretch(1)
        self._on_op_changed(0)

    # -- intents ---------------------------------------------------------------------------
    def _on_start_apply_clicked(self) -> None:
        self.start_applied.emit(self.start_kind_combo.currentData(), self.start_edit.text())

    def _on_add_clicked(self) -> None:
        self.step_added.emit(self.op_combo.currentData(), self.args_edit.text())

    def _on_steps_list_row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_selected.emit(row)

    def _on_op_changed(self, index: int, keep_text: bool = False) -> None:
        """The editor offers the arguments the new operation takes (editing, not intent)."""
        op = self.op_combo.itemData(index)
        self.args_edit.setEnabled(op not in core.NO_ARGS)
        if not keep_text:
            set_field_text(self.args_edit, default_args(op, self._ndim))
        elide_placeholder(self.args_edit, texts.args_hint(op))

    def mark(self, start: bool = False, args: bool = False) -> None:
        """Outline the refused field (or none)."""
        for edit, invalid in ((self.start_edit, start), (self.args_edit, args)):
            if bool(edit.property("invalid")) != invalid:
                mark_invalid(edit, invalid)

    # -- showing ---------------------------------------------------------------------------
    def show_state(self, state: State, chain: core.Chain, ndim: int) -> None:
        self._ndim = ndim
        self._show_settings(state)
        k = max(0, min(state.selected, len(chain.results) - 1))
        with QSignalBlocker(self.steps_list):
            if chain is not self._chain:
                self._chain = chain
                self.steps_list.clear()
                for r in chain.results:
                    self.steps_list.addItem(QListWidgetItem(f"{STATUS_MARKS[r.status]}  {r.code}"))
            self.steps_list.setCurrentRow(k)
        self._colour_steps()
        if self._loaded != (chain, k):
            self._loaded = (chain, k)
            self._load_editor(chain.results[k].step)

    def show_state_alone(self, state: State) -> None:
        """The state's settings and steps, none run yet (while torch loads)."""
        self._show_settings(state)
        start, steps = state.chain()
        self._chain = self._loaded = None
        k = max(0, min(state.selected, len(steps)))
        with QSignalBlocker(self.steps_list):
            self.steps_list.clear()
            codes = [start.code(), *(core.step_code(i, s) for i, s in enumerate(steps))]
            for code in codes:
                self.steps_list.addItem(QListWidgetItem(f"{STATUS_MARKS['skipped']}  {code}"))
            self.steps_list.setCurrentRow(k)
        self._load_editor(steps[k - 1] if k > 0 else None)

    def _show_settings(self, state: State) -> None:
        with QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(state.preset))
        self._show_note(state.preset)
        with QSignalBlocker(self.start_kind_combo):
            self.start_kind_combo.setCurrentIndex(self.start_kind_combo.findData(state.start_kind))
        if not self.start_edit.property("invalid"):  # a refused text stays to be corrected
            set_field_text(self.start_edit, state.start_text)
        self.start_edit.setPlaceholderText(texts.start_hint(state.start_kind))
        full = texts.chain_full(MAX_STEPS) if state.full else ""
        self.add_button.setEnabled(not state.full)
        self.add_button.setToolTip(full or texts.buttons()["add"][1])
        self.change_button.setEnabled(not (state.full and state.selected == 0))
        self.limit_note.setText(full)
        self.limit_note.setVisible(bool(full))
        with QSignalBlocker(self.animate_check):
            self.animate_check.setChecked(state.animate)

    def _load_editor(self, step: core.Step | None) -> None:
        """The selected step, ready to change; on x0, a new first step."""
        op = step.op if step is not None else core.OPS[0]
        i = self.op_combo.findData(op)
        with QSignalBlocker(self.op_combo):
            self.op_combo.setCurrentIndex(i)
        self._on_op_changed(i, keep_text=step is not None)
        if step is not None:
            set_field_text(self.args_edit, step.args_text())

    def _show_note(self, preset: str) -> None:
        self.preset_note.setText(texts.preset_note(preset))
        self.preset_note.setVisible(preset != CUSTOM)

    def _colour_steps(self) -> None:
        if self._chain is None:
            return
        t = self.theme
        for i, r in enumerate(self._chain.results):
            item = self.steps_list.item(i)
            if item is None:
                continue
            if r.status == "error" and r.error is not None:
                item.setToolTip(str(r.error))
                item.setForeground(QColor(t.negative))
            elif r.status == "skipped":
                item.setToolTip(texts.not_run())
                item.setForeground(QColor(t.muted))
            else:
                item.setToolTip("")
                item.setForeground(QColor(t.text))

    # -- texts and theme -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.preset_box.setTitle(texts.examples_box())
        for i in range(self.preset_combo.count()):
            self.preset_combo.setItemText(i, texts.preset_title(self.preset_combo.itemData(i)))
        self.start_box.setTitle(texts.start_box())
        for i, text in enumerate(texts.start_kinds()):
            self.start_kind_combo.setItemText(i, text)
        self.start_edit.setPlaceholderText(texts.start_hint(self.start_kind_combo.currentData()))
        self.start_apply.setText(texts.apply())
        self.steps_box.setTitle(texts.steps_box())
        for name, (text, tip) in texts.buttons().items():
            button = getattr(self, f"{name}_button")
            button.setText(text)
            button.setToolTip(tip)
        self.view_box.setTitle(texts.view_box())
        self.animate_check.setText(texts.animate())
        self._on_op_changed(self.op_combo.currentIndex(), keep_text=True)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.steps_list.setFont(theme.font(10, mono=True))
        self.steps_list.setMinimumHeight(theme.px(150))
        self._colour_steps()
