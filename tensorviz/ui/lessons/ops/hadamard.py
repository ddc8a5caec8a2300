"""Topic ``hadamard``: ``C = A * B``, each cell of C the product of the two cells at its
position (after broadcasting). Hover or click a cell to see its pair written out."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QVBoxLayout

from tensorviz.core.ops import HadamardResult
from tensorviz.ui.lessons.ops import texts
from tensorviz.ui.lessons.ops.page import Index, Page, Shown
from tensorviz.ui.lessons.ops.state import HADAMARD_PRESETS, HadamardState
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.roles import set_role

GRIDS = ("a", "b", "pairs", "c")
FORMS = ("*", "mul")


# -- the topic's logic (pure) ----------------------------------------------------------------
def result_index(r: HadamardResult | None, index: Index | None, grid: str) -> Index | None:
    """The cell of C that a hovered or clicked cell of ``grid`` stands for: itself in the
    pairs and in C; in A or B only when that operand has C's shape, so that the cell makes
    exactly one product."""
    if index is None or r is None or r.c is None:
        return None
    if grid in ("pairs", "c"):
        return tuple(index)
    operand = r.a if grid == "a" else r.b
    return tuple(index) if operand.shape == r.c.shape else None


def picked_cell(r: HadamardResult | None, cell: Index | None) -> Index | None:
    """The cell written out when ``cell`` is picked (None: C's first cell); None when there is
    nothing to write out or ``cell`` is not one of C's."""
    if r is None or r.pairs is None or r.c is None or r.c.numel == 0:
        return None
    if cell is None:
        return (0,) * len(r.c.shape)
    if len(cell) != len(r.c.shape) or any(i >= n for i, n in zip(cell, r.c.shape, strict=True)):
        return None
    return tuple(cell)


# -- the page --------------------------------------------------------------------------------
class HadamardPage(Page):
    fields_changed = Signal(str, str, str)  # A, B, form
    cell_hovered = Signal(object, str)  # index or None, grid
    cell_clicked = Signal(object, str)  # index, grid

    def __init__(self, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(theme, parent)
        self.controls = self.box = QGroupBox()
        form = QFormLayout(self.box)
        combo = self.presets("hadamard_preset_combo", tuple(k for k, _ in HADAMARD_PRESETS))
        self.a_edit = self.edit("a", "hadamard_a_edit")
        self.b_edit = self.edit("b", "hadamard_b_edit")
        for edit in (self.a_edit, self.b_edit):
            edit.editingFinished.connect(self._on_fields_edited)
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("hadamard_form_combo")
        self.form_combo.addItems(["C = A * B", "C = A.mul(B)"])
        self.form_combo.activated.connect(self._on_fields_edited)
        self.labels = [QLabel() for _ in range(4)]
        form.addRow(self.labels[0])
        form.addRow(combo)
        form.addRow(self.labels[1], self.a_edit)
        form.addRow(self.labels[2], self.b_edit)
        form.addRow(self.labels[3], self.form_combo)
        self.hint = self.caption()
        form.addRow(self.hint)

        layout = QVBoxLayout(self.picture)
        grid_layout = QGridLayout()
        self.cell_grids = {name: self.grid(f"hadamard_{name}_grid", 1.4) for name in GRIDS}
        for name, (row, col) in zip(GRIDS, ((0, 0), (0, 1), (1, 0), (1, 1)), strict=True):
            grid = self.cell_grids[name]
            grid_layout.addWidget(grid, row, col)
            grid.cell_hovered.connect(lambda ix, n=name: self.cell_hovered.emit(ix, n))
            grid.cell_clicked.connect(lambda ix, n=name: self.cell_clicked.emit(ix, n))
        layout.addLayout(grid_layout)
        self.formula = QLabel()
        self.formula.setObjectName("hadamard_formula_label")
        self.formula.setTextFormat(Qt.TextFormat.PlainText)
        self.formula.setWordWrap(True)
        set_role(self.formula, "mono-title")
        self.note = self.caption()
        layout.addWidget(self.formula)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._drawn: HadamardResult | None = None

    def _on_fields_edited(self) -> None:
        form = FORMS[self.form_combo.currentIndex()]
        self.fields_changed.emit(self.a_edit.text(), self.b_edit.text(), form)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, sub: HadamardState, shown: Shown) -> None:
        self.show_preset(sub.preset())
        self.set_text("a", sub.a)
        self.set_text("b", sub.b)
        with QSignalBlocker(self.form_combo):
            self.form_combo.setCurrentIndex(FORMS.index(sub.form))
        r: HadamardResult | None = shown.picture
        if r is None:
            return
        g = self.cell_grids
        if r is not self._drawn:  # a new product (not a hover): the grids take its tensors
            self._drawn = r
            g["a"].set_snapshot(r.a, "A")
            g["b"].set_snapshot(r.b, "B")
            g["pairs"].set_snapshot(r.pairs, "A[i,j]×B[i,j]")
            g["c"].set_snapshot(r.c, "C = A * B" if r.form == "*" else "C = A.mul(B)")
        cell = shown.cell
        if cell is None or r.pairs is None:
            for grid in g.values():
                grid.set_highlight({})
            self.formula.setText("")
            return
        ia, ib = r.sources(cell)
        g["a"].set_highlight({ia: "accent"})
        g["b"].set_highlight({ib: "accent"})
        g["pairs"].set_highlight({cell: "highlight"})
        g["c"].set_highlight({cell: "highlight"})
        self.formula.setText(r.explain_cell(cell))

    def retranslate(self, preset_titles=None) -> None:
        super().retranslate(texts.hadamard_presets())
        self.box.setTitle(texts.hadamard_box())
        for label, text in zip(
            self.labels,
            (texts.example(), texts.a_field(), texts.b_field(), texts.form_field()),
            strict=True,
        ):
            label.setText(text)
        self.hint.setText(texts.hadamard_hint())
        self.note.setText(texts.hadamard_note())
