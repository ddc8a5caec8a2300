"""Topic ``elementwise``: ``x.add(t)`` next to ``x.add_(t)`` (and sub, mul, div, pow; neg and
sqrt without an operand): a new tensor, or x itself changed in its own memory (``y is x``, the
same ``data_ptr()``). Its second mode is a chain of such calls on one tensor (``chain``)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.op_chain import ChainResult
from tensorviz.core.ops import ElementwiseResult, FormResult
from tensorviz.ui.lessons.ops import texts, texts_chain
from tensorviz.ui.lessons.ops.chain import ChainControls, ChainPicture
from tensorviz.ui.lessons.ops.page import Page, Shown, dtype_combo, name_dtypes, titled
from tensorviz.ui.lessons.ops.state import (
    CHAIN_PRESETS,
    DTYPE_NAMES,
    ELEMENTWISE_PRESETS,
    OP_NAMES,
    UNARY_NAMES,
    ElementwiseState,
)
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.flow_layout import FlowLayout
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.scrolls import CurrentPageStack
from tensorviz.ui.widgets.tensor_grid import TensorGrid

FORMS = ("out", "in")  # out-of-place, in-place
MODES = ("one", "chain")
BADGES = ("same_object", "same_storage", "changed")


class FormBox(QGroupBox):
    """One form of the call: its line of code, x before, y returned, x after, and verdicts."""

    def __init__(self, page: Page, key: str) -> None:
        super().__init__()
        self.setObjectName("out_of_place_box" if key == "out" else "in_place_box")
        column = QVBoxLayout(self)
        self.call = QLabel()
        self.call.setObjectName(f"{key}_call_label")
        self.call.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.call, "formula")
        self.grids: dict[str, TensorGrid] = {
            name: page.grid(f"{key}_{name}_grid", 1.2) for name in ("before", "result", "after")
        }
        row = QHBoxLayout()
        for grid in self.grids.values():
            row.addWidget(grid, 1)
        self.badges: dict[str, Badge] = {}
        badge_row = FlowLayout()  # wraps where the picture is narrow (a projector at zoom)
        for name in BADGES:
            badge = self.badges[name] = Badge()
            badge.setObjectName(f"{key}_{name}_badge")
            badge.setTextFormat(Qt.TextFormat.PlainText)
            badge_row.addWidget(badge)
        self.address = QLabel()
        self.address.setObjectName(f"{key}_address_label")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        set_role(self.address, "mono", "muted")
        column.addWidget(self.call)
        column.addLayout(row)
        column.addLayout(badge_row)
        column.addWidget(self.address)

    def draw(self, f: FormResult) -> None:
        self.call.setText(f.call)
        self.grids["before"].set_snapshot(f.before, titled(texts.x_before(), f.before))
        self.grids["result"].set_snapshot(
            f.result, titled(texts.y_returned(), f.result) if f.result else ""
        )
        self.grids["after"].set_snapshot(f.after, titled(texts.x_after(), f.after))
        badges = self.badges
        if f.error is not None:
            badges["same_object"].set_verdict(texts.failed(f.error.type_name), "bad")
            badges["same_storage"].set_verdict("", None)
        else:
            badges["same_object"].set_verdict(
                texts.same_object(f.same_object), "good" if f.same_object else "bad"
            )
            badges["same_storage"].set_verdict(
                texts.same_memory(f.same_storage), "good" if f.same_storage else "bad"
            )
        badges["changed"].set_verdict(texts.x_changed(f.x_changed), "good" if f.x_changed else None)
        self.address.setText(texts.addresses(f.x_ptr, f.y_ptr))


class ElementwisePage(Page):
    fields_changed = Signal(str, str, str, str)  # x, dtype, op, operand
    mode_chosen = Signal(str)  # "one" or "chain"

    def __init__(self, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(theme, parent)
        self.controls = QWidget()
        column = QVBoxLayout(self.controls)
        column.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox()
        column.addWidget(self.box)
        keys = tuple(k for k, _ in (*ELEMENTWISE_PRESETS, *CHAIN_PRESETS))
        combo = self.presets("elementwise_preset_combo", keys)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons = {mode: QRadioButton(objectName=f"mode_{mode}_radio") for mode in MODES}
        modes = QHBoxLayout()
        for mode, button in self.mode_buttons.items():
            self.mode_group.addButton(button)
            button.clicked.connect(lambda _=False, m=mode: self.mode_chosen.emit(m))
            modes.addWidget(button)
        modes.addStretch(1)
        form = self.form = QFormLayout(self.box)
        self.example_label = QLabel()
        form.addRow(self.example_label)
        form.addRow(combo)
        form.addRow(modes)
        self.chain_controls = ChainControls(self)
        self.chain_controls.hide()  # shown in the chain mode only
        # no stretch of its own: the one box shown takes the height (a wrapped hint in it is
        # never cut); the chain's controls end in a stretch
        column.addWidget(self.chain_controls, 1)
        self.x_edit = self.edit("x", "x_edit")
        self.dtype_combo = dtype_combo("dtype_combo")
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("op_combo")
        self.op_combo.addItems(OP_NAMES)
        self.operand_edit = self.edit("operand", "operand_edit")
        for edit in (self.x_edit, self.operand_edit):
            edit.editingFinished.connect(self._on_fields_edited)
        for combo_box in (self.dtype_combo, self.op_combo):
            combo_box.activated.connect(self._on_fields_edited)
        self.labels = [self.example_label, *(QLabel() for _ in range(4))]
        # the single call's rows (hidden in the chain mode): one form, no nested widget, so
        # that every row gets its height however the page is first shown
        self.one_rows = (self.x_edit, self.dtype_combo, self.op_combo, self.operand_edit)
        for label, field in zip(self.labels[1:], self.one_rows, strict=True):
            form.addRow(label, field)
        self.hint = self.caption()
        form.addRow(self.hint)

        # as wide as the mode shown: a lecture opening on the chain (course step 37) never
        # drew the single call, whose forms of three empty grids asked for 700 px, and at
        # 1024x768 zoom 150 the third card stood cut at the picture's edge (it scrolled
        # sideways); as tall as the taller mode, which the chain's own scroll area takes
        self.stack = CurrentPageStack(tallest=True)
        QVBoxLayout(self.picture).addWidget(self.stack)
        self.one_picture = QWidget(objectName="one_call_picture")
        self.chain_picture = ChainPicture(self)
        self.stack.addWidget(self.one_picture)
        self.stack.addWidget(self.chain_picture)
        layout = QVBoxLayout(self.one_picture)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.operand_caption = QLabel()
        self.operand_caption.setObjectName("operand_caption")
        self.operand_caption.setWordWrap(True)
        self.operand_grid = self.grid("operand_grid")
        top.addWidget(self.operand_caption, 1)
        top.addWidget(self.operand_grid, 1)
        layout.addLayout(top)
        self.forms = {key: FormBox(self, key) for key in FORMS}
        for box in self.forms.values():
            layout.addWidget(box)
        self.note = self.caption()
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _on_fields_edited(self) -> None:
        self.fields_changed.emit(
            self.x_edit.text(),
            self.dtype_combo.currentData(),
            self.op_combo.currentText(),
            self.operand_edit.text(),
        )

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, sub: ElementwiseState, shown: Shown) -> None:
        self.show_preset(sub.preset())
        chain = sub.mode == "chain"
        with QSignalBlocker(self.mode_group):
            self.mode_buttons[sub.mode].setChecked(True)
        for field in (*self.one_rows, self.hint):
            self.form.setRowVisible(field, not chain)
        self.chain_controls.setVisible(chain)
        self.stack.setCurrentWidget(self.chain_picture if chain else self.one_picture)
        if chain:
            r = shown.picture if isinstance(shown.picture, ChainResult) else None
            self.chain_controls.draw(sub.chain, r)
            if r is not None:
                self.chain_picture.draw(r)
            return
        self.set_text("x", sub.x)
        self.set_text("operand", sub.operand)
        for combo, value, names in (
            (self.dtype_combo, sub.dtype, DTYPE_NAMES),
            (self.op_combo, sub.op, OP_NAMES),
        ):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(names.index(value))
        self.form.setRowVisible(self.operand_edit, sub.op not in UNARY_NAMES)
        r = shown.picture
        if not isinstance(r, ElementwiseResult):
            return
        if r.op in UNARY_NAMES:
            self.operand_caption.setText(texts_chain.no_operand(r.op))
            self.operand_grid.hide()
        elif r.operand is None:
            self.operand_caption.setText(texts.scalar_operand(r.operand_code))
            self.operand_grid.hide()
        else:
            self.operand_caption.setText(texts.tensor_operand())
            self.operand_grid.set_snapshot(r.operand, "t")
            self.operand_grid.show()
        self.forms["out"].draw(r.out_of_place)
        self.forms["in"].draw(r.in_place)

    def retranslate(self, preset_titles=None) -> None:
        super().retranslate(texts.elementwise_presets() | texts_chain.presets())
        for mode, text in texts_chain.modes().items():
            self.mode_buttons[mode].setText(text)
            self.mode_buttons[mode].setToolTip(texts_chain.mode_tip(mode))
        self.chain_controls.retranslate()
        self.chain_picture.retranslate()
        self.box.setTitle(texts.elementwise_box())
        for label, text in zip(
            self.labels,
            (
                texts.example(),
                texts.x_field(),
                texts.dtype_field(),
                texts.operation_field(),
                texts.operand_field(),
            ),
            strict=True,
        ):
            label.setText(text)
        self.hint.setText(texts.elementwise_hint())
        name_dtypes(self.dtype_combo)
        self.note.setText(texts.elementwise_note())
        for key, box in self.forms.items():
            box.setTitle(texts.form_title(key == "in"))
