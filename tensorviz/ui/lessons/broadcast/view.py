"""The broadcast lesson's picture: the shape table, both operands expanded (the cells
broadcasting stretches hatched), the result from torch, and the stride-0 views in memory."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import broadcast as bc
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.broadcast import texts
from tensorviz.ui.lessons.broadcast.state import KINDS, OPS, PRESET_KEYS, Operand, State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.equation_grids import EquationGrids
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.shape_table import ShapeTable
from tensorviz.ui.widgets.storage_strip import StorageStrip

NAMES = ("a", "b")
#: The Examples combo's entries: the presets, then "custom" (shown, never chosen).
COMBO_KEYS = (*PRESET_KEYS, "custom")


class BroadcastView(LessonView):
    """Emits what the user asks for; draws a :class:`State` with its ``BroadcastResult``."""

    preset_chosen = Signal(str)
    #: Enter, Apply or a new operation: both operands as typed (Operand), the operation.
    inputs_submitted = Signal(object, str, object)
    #: Operand ``which``'s kind changed: ``which`` and the inputs as typed, with the new kind.
    kind_switched = Signal(str, object, str, object)
    #: The result cell under the mouse (a tuple), or None.
    focus_moved = Signal(object)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._drawn: bc.BroadcastResult | None = None  # the result whose picture is up

        # -- controls ----------------------------------------------------------------------
        controls = QWidget()
        column = QVBoxLayout(controls)
        self.preset_box = QGroupBox()
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset_combo")
        self.preset_combo.addItems([""] * len(COMBO_KEYS))
        model = self.preset_combo.model()
        if isinstance(model, QStandardItemModel):  # "custom" says where you are; not a choice
            model.item(COMBO_KEYS.index("custom")).setEnabled(False)
        QVBoxLayout(self.preset_box).addWidget(self.preset_combo)
        column.addWidget(self.preset_box)

        self.operand_boxes: dict[str, QGroupBox] = {}
        self.mode_combos: dict[str, QComboBox] = {}
        self.edits: dict[str, QLineEdit] = {}
        self.mode_labels: dict[str, QLabel] = {}
        self.edit_labels: dict[str, QLabel] = {}
        for which in NAMES:
            box = self.operand_boxes[which] = QGroupBox()
            combo = self.mode_combos[which] = QComboBox()
            combo.setObjectName(f"{which}_mode_combo")
            combo.addItems(["", ""])
            edit = self.edits[which] = QLineEdit()
            edit.setObjectName(f"{which}_edit")
            form = QFormLayout(box)
            self.mode_labels[which] = QLabel()
            self.edit_labels[which] = QLabel()
            form.addRow(self.mode_labels[which], combo)
            form.addRow(self.edit_labels[which], edit)
        self.op_box = QGroupBox()
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("op_combo")
        self.op_combo.addItems(list(OPS))
        QVBoxLayout(self.op_box).addWidget(self.op_combo)
        column.addWidget(self.operand_boxes["a"])
        column.addWidget(self.op_box)
        column.addWidget(self.operand_boxes["b"])
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_button")
        column.addWidget(self.apply_button)
        self.rule_box = QGroupBox()
        self.rule = QLabel()
        self.rule.setObjectName("rule_label")
        self.rule.setWordWrap(True)
        QVBoxLayout(self.rule_box).addWidget(self.rule)
        column.addWidget(self.rule_box)
        column.addStretch(1)

        # -- picture -----------------------------------------------------------------------
        picture = QWidget()
        picture.setObjectName("broadcast_picture")
        pv = QVBoxLayout(picture)
        pv.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("broadcast_heading")
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        pv.addWidget(self.heading)
        self.table = ShapeTable(theme)
        pv.addWidget(self.table)
        self.grids = EquationGrids(theme)
        self.panels = self.grids.panels
        for name in NAMES:
            set_role(self.panels[name].title, None, f"operand-{name}")
        set_role(self.panels["result"].title, None, "strong")
        pv.addWidget(self.grids, 3)
        self.legend = QLabel()
        self.legend.setObjectName("grid_legend")
        self.legend.setWordWrap(True)
        set_role(self.legend, "muted")
        pv.addWidget(self.legend)
        self.memory_box = QGroupBox()
        self.memory_box.setObjectName("memory_box")
        mv = QVBoxLayout(self.memory_box)
        self.strips = {name: StorageStrip(theme) for name in NAMES}
        for name, strip in self.strips.items():
            strip.setObjectName(f"{name}_storage_strip")
            strip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            mv.addWidget(strip)
        self.memory_label = QLabel()
        self.memory_label.setObjectName("memory_label")
        self.memory_label.setWordWrap(True)
        mv.addWidget(self.memory_label)
        pv.addWidget(self.memory_box, 2)

        self.set_content(controls, picture, code_width=30)

        # -- intents -----------------------------------------------------------------------
        self.preset_combo.currentIndexChanged.connect(self._on_preset_activated)
        self.op_combo.currentIndexChanged.connect(self._on_inputs_submitted)
        for which in NAMES:
            self.mode_combos[which].currentIndexChanged.connect(
                lambda _i, w=which: self._on_mode_changed(w)
            )
            self.edits[which].returnPressed.connect(self._on_inputs_submitted)
        self.apply_button.clicked.connect(self._on_inputs_submitted)
        # An operand's cell and the storage slot it reads light each other up.
        for name in NAMES:
            grid, strip = self.panels[name].grid, self.strips[name]
            grid.cell_hovered.connect(strip.set_hover)
            strip.slot_hovered.connect(lambda slot, n=name: self._on_slot_hovered(n, slot))
        self.panels["result"].grid.cell_hovered.connect(self.focus_moved)

        self.retranslate()
        self.apply_theme(theme)

    # -- intents ---------------------------------------------------------------------------
    def _typed(self) -> tuple[Operand, str, Operand]:
        a, b = (
            Operand(KINDS[self.mode_combos[w].currentIndex()], self.edits[w].text()) for w in NAMES
        )
        return a, OPS[self.op_combo.currentIndex()], b

    def _on_preset_activated(self, index: int) -> None:
        if 0 <= index < len(COMBO_KEYS):
            self.preset_chosen.emit(COMBO_KEYS[index])

    def _on_inputs_submitted(self, *_args) -> None:
        self.inputs_submitted.emit(*self._typed())

    def _on_mode_changed(self, which: str) -> None:
        self._set_placeholders()
        self.kind_switched.emit(which, *self._typed())

    def _on_slot_hovered(self, name: str, slot: object) -> None:
        """Outline every cell that reads the hovered storage slot: the copies of one value."""
        lay = self._layout_of(name)
        grid = self.panels[name].grid
        if slot is None or lay is None or lay.slots is None:
            grid.set_highlight({})
            return
        readers = np.argwhere(np.asarray(lay.slots) == int(slot))
        grid.set_highlight({tuple(int(i) for i in r): "accent" for r in readers})

    def mark_invalid(self, fields: tuple[str, ...]) -> None:
        """Outline the operands' fields named in ``fields`` as refused ("result": both)."""
        for which, edit in self.edits.items():
            mark_invalid(edit, which in fields or "result" in fields)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, state: State, result: bc.BroadcastResult) -> None:
        if result is not self._drawn:  # a new result (or a new language): the whole picture
            self._drawn = result
            self.draw_controls(state)
            self._draw_result(result)
        self._draw_focus(state.focus, result)

    def draw_controls(self, state: State) -> None:
        blockers = [QSignalBlocker(w) for w in (self.preset_combo, self.op_combo)]
        blockers += [QSignalBlocker(w) for w in self.mode_combos.values()]
        self.preset_combo.setCurrentIndex(COMBO_KEYS.index(state.preset))
        self.op_combo.setCurrentIndex(OPS.index(state.op))
        for which in NAMES:
            operand = state.operand(which)
            self.mode_combos[which].setCurrentIndex(KINDS.index(operand.kind))
            set_field_text(self.edits[which], operand.text)
        del blockers
        self._set_placeholders()

    def _draw_result(self, r: bc.BroadcastResult) -> None:
        self.table.set_table(r.table, r.op)
        for name in NAMES:
            operand = r.a if name == "a" else r.b
            grid = self.panels[name].grid
            if operand.expanded is not None:
                grid.set_snapshot(operand.expanded)
                grid.set_ghost(operand.ghost)
                lay = operand.expanded_layout
            else:
                grid.set_snapshot(operand.values)
                lay = operand.layout
            if lay is not None and lay.slots is not None:
                grid.set_cell_tones(lay.slots)
            self.strips[name].set_layout(lay)
        result = self.panels["result"]
        result.grid.set_snapshot(r.result)
        result.show_grid(r.result is not None)
        self.grids.refit()
        self.legend.setVisible(r.a.expanded is not None)
        self.code_pane.set_snippet(r.snippet)
        self._draw_texts(r)

    def _draw_texts(self, r: bc.BroadcastResult) -> None:
        shape = r.table.result_shape
        self.grids.set_operator(r.op)
        self.heading.setText(texts.heading(r.a.shape, r.op, r.b.shape, shape))
        for name in NAMES:
            operand = r.a if name == "a" else r.b
            expanded = operand.expanded is not None
            self.panels[name].title.setText(
                texts.operand_title(name, expanded, bool(operand.stretched), operand.shape, shape)
            )
            lay = operand.expanded_layout
            if lay is not None:
                title = texts.view_strip_title(
                    name, shape, lay.stride, lay.storage_size, operand.zero_stride_dims
                )
            else:
                lay = operand.layout
                title = texts.operand_strip_title(name, lay.stride, lay.storage_size)
            self.strips[name].set_title(title)
        result = self.panels["result"]
        result.title.setText(texts.result_title(r.op, r.result is not None))
        result.note.setText(texts.no_result())
        self.memory_label.setText(self._memory_text(r))

    @staticmethod
    def _memory_text(r: bc.BroadcastResult) -> str:
        view = r.a.expanded_layout
        return texts.memory(
            r.a.nbytes,
            r.b.nbytes,
            None if view is None else view.numel,
            bool(r.a.shares_memory and r.b.shares_memory),
            r.result_nbytes,
        )

    def _draw_focus(self, cell: tuple[int, ...] | None, r: bc.BroadcastResult) -> None:
        """result[i] = a_view[i] op b_view[i]: outline the three cells and the two slots read
        (a state from data shows which result cell; the mouse's own outline adds to it)."""
        shape = r.result_shape
        if (
            shape is None
            or cell is None
            or len(cell) != len(shape)
            or any(i >= s for i, s in zip(cell, shape, strict=True))
        ):
            cell = None
        for name in (*NAMES, "result"):
            self.panels[name].grid.set_highlight({} if cell is None else {cell: "highlight"})
        if shape is not None:
            for strip in self.strips.values():
                strip.set_hover(cell)

    def _layout_of(self, name: str):
        r = self._drawn
        if r is None:
            return None
        operand = r.a if name == "a" else r.b
        return operand.expanded_layout or operand.layout

    # -- texts and theme -------------------------------------------------------------------
    def _set_placeholders(self) -> None:
        for which in NAMES:
            kind = KINDS[self.mode_combos[which].currentIndex()]
            self.edits[which].setPlaceholderText(texts.placeholder(kind))

    def answer_hints(self) -> list[QWidget]:
        return [self.preset_combo]

    def retranslate(self) -> None:
        titles = texts.preset_titles()
        for i, key in enumerate(COMBO_KEYS):
            self.preset_combo.setItemText(i, titles[key])
        self.preset_box.setTitle(texts.example_box())
        self.op_box.setTitle(texts.operation_box())
        values, arange = texts.kind_items()
        for which in NAMES:
            self.operand_boxes[which].setTitle(texts.operand_box(which))
            combo = self.mode_combos[which]
            combo.setItemText(0, values)
            combo.setItemText(1, arange)
            combo.setToolTip(texts.kind_tip())
            self.mode_labels[which].setText(texts.kind_label())
            self.edit_labels[which].setText(texts.text_label())
            self.edits[which].setToolTip(texts.text_tip())
        self._set_placeholders()
        self.apply_button.setText(texts.apply())
        self.rule_box.setTitle(texts.rule_box())
        self.rule.setText(texts.rule())
        self.legend.setText(texts.legend())
        self.memory_box.setTitle(texts.memory_box())
        self._drawn = None  # the next draw writes every text again, in the new language

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.table.apply_theme(theme)
        self.grids.apply_theme(theme)
        for strip in self.strips.values():
            strip.apply_theme(theme)
