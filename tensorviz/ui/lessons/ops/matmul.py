"""Topic ``matmul``: ``C = A @ B``, stepped through cell by cell. Each cell of C is written
out as the dot product of a row of A and a column of B, with torch's numbers; the shape rule
``(N, M) @ (M, P) → (N, P)`` is drawn above with the inner sizes marked."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.ops import OPS_GRID_CAP, MatmulCell, MatmulResult, ShapeRule
from tensorviz.ui.lessons.ops import texts, texts_matmul
from tensorviz.ui.lessons.ops.page import Page, Shown
from tensorviz.ui.lessons.ops.state import MATMUL_PRESETS, MAX_SEED, MatmulState
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.playback import PlaybackBar
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.wide_or_narrow import WideOrNarrow

FORMS = ("@", "matmul")
#: Cells per second the playback menu offers (the old slider went from 0.1 to 4).
SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)
DEFAULT_SPEED = 1.0
#: Products bigger than this (elements of an operand, or multiply-adds) run in the worker.
HEAVY_ELEMENTS = OPS_GRID_CAP
HEAVY_MACS = 1_000_000


# -- the topic's logic (pure) ----------------------------------------------------------------
def is_heavy(a_shape: tuple[int, ...], b_shape: tuple[int, ...]) -> bool:
    """Worth a worker thread: big operands, or many multiply-adds (a rough upper bound)."""
    sizes = (math.prod(a_shape), math.prod(b_shape))
    inner = a_shape[-1] if a_shape else 1
    outer = (math.prod(a_shape) // max(inner, 1)) * (b_shape[-1] if len(b_shape) >= 2 else 1)
    return max(sizes) > HEAVY_ELEMENTS or outer * inner > HEAVY_MACS


def literal_text(snap) -> str:
    """A snapshot's values as a literal a user can edit ("" when it is too big to list)."""
    if snap.values is None:
        return ""
    values = snap.values.astype(int) if snap.kind == "int" else snap.values
    return str(values.tolist())


def rule_html(rule: ShapeRule, theme: Theme) -> str:
    """``A (2, 3) @ B (3, 2) → C (2, 2)`` with the inner sizes on green (red when they
    differ) and batch dims muted (red when they do not broadcast)."""

    def span(text: str, colour: str, bg: str | None = None) -> str:
        back = f"background-color:{bg};" if bg else ""
        return f'<span style="color:{colour};{back}">{html.escape(text)}</span>'

    t = theme
    inner_bg = t.positive if rule.inner_match else t.negative
    inner_fg = t.background if t.name != "contrast" else "#000000"

    def shape_html(shape: tuple[int, ...], inner: int | None) -> str:
        parts = []
        for d, size in enumerate(shape):
            if d == inner:
                parts.append(span(f"\u2009{size}\u2009", inner_fg, inner_bg))
            elif d < len(shape) - 2:
                parts.append(span(str(size), t.muted if rule.batch_ok else t.negative))
            else:
                parts.append(span(str(size), t.text))
        return "(" + ",\u00a0".join(parts) + ("," if len(shape) == 1 else "") + ")"

    a_inner = len(rule.a_shape) - 1 if rule.a_shape else None
    b_inner = (0 if len(rule.b_shape) == 1 else len(rule.b_shape) - 2) if rule.b_shape else None
    result = shape_html(rule.result, None) if rule.result is not None else span("✗", t.negative)
    # non-breaking spaces inside each term: a narrow picture wraps the heading between them
    nb = "\u00a0"
    return (
        f"A{nb}{shape_html(rule.a_shape, a_inner)} @{nb}B{nb}{shape_html(rule.b_shape, b_inner)}"
        f" →{nb}C{nb}{result}"
    )


# -- the page --------------------------------------------------------------------------------
class MatmulPage(Page):
    operands_edited = Signal(str, str)  # A, B: text the user changed
    form_chosen = Signal(str)
    random_requested = Signal(str, str, int)  # shape of A, shape of B, seed
    random_fields_changed = Signal(str, str, int)
    cell_hovered = Signal(object)  # index of C or None
    cell_clicked = Signal(object)

    def __init__(self, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(theme, parent)
        self.controls = QWidget()
        column = QVBoxLayout(self.controls)
        column.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        combo = self.presets("matmul_preset_combo", tuple(k for k, _ in MATMUL_PRESETS))
        self.a_edit = self.edit("a", "matmul_a_edit")
        self.b_edit = self.edit("b", "matmul_b_edit")
        for edit in (self.a_edit, self.b_edit):
            edit.editingFinished.connect(self._on_operands_edited)
        self.form_combo = QComboBox()
        self.form_combo.setObjectName("matmul_form_combo")
        self.form_combo.addItems(["C = A @ B", "C = A.matmul(B)"])
        self.form_combo.activated.connect(lambda i: self.form_chosen.emit(FORMS[i]))
        self.labels = [QLabel() for _ in range(4)]
        form.addRow(self.labels[0])
        form.addRow(combo)
        form.addRow(self.labels[1], self.a_edit)
        form.addRow(self.labels[2], self.b_edit)
        form.addRow(self.labels[3], self.form_combo)
        column.addWidget(self.box)

        self.random_box = QGroupBox()
        random_form = QFormLayout(self.random_box)
        self.shape_a_edit = self.edit("shape_a", "a_shape_edit")
        self.shape_b_edit = self.edit("shape_b", "b_shape_edit")
        for edit in (self.shape_a_edit, self.shape_b_edit):
            edit.editingFinished.connect(self._on_random_fields_edited)
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("seed_spin")
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.valueChanged.connect(self._on_random_fields_edited)
        self.random_button = QPushButton()
        self.random_button.setObjectName("random_button")
        self.random_button.clicked.connect(
            lambda: self.random_requested.emit(*self._random_fields())
        )
        for edit in (self.shape_a_edit, self.shape_b_edit):  # as A's and B's fields do
            edit.returnPressed.connect(self._on_random_return)
        self._fields_drawn: tuple[str, str, int] | None = None  # the state's (draw)
        self.random_labels = [QLabel() for _ in range(3)]
        random_form.addRow(self.random_labels[0], self.shape_a_edit)
        random_form.addRow(self.random_labels[1], self.shape_b_edit)
        random_form.addRow(self.random_labels[2], self.seed_spin)
        random_form.addRow(self.random_button)
        column.addWidget(self.random_box)

        self.step_box = QGroupBox()
        self._cells = 0  # how many cells the drawn product can step through
        self.playback = PlaybackBar(
            speeds=SPEEDS,
            default_speed=DEFAULT_SPEED,
            speed_text=texts_matmul.speed,
            position_text=lambda k, n: texts_matmul.position(k, n + 1) if self._cells else "",
            parts=("back", "play", "step", "speed", "position"),
            arrangement="panel",
        )
        QVBoxLayout(self.step_box).addWidget(self.playback)
        column.addWidget(self.step_box)

        layout = QVBoxLayout(self.picture)
        self.rule = QLabel()
        self.rule.setObjectName("shape_rule_label")
        self.rule.setTextFormat(Qt.TextFormat.RichText)
        self.rule.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rule.setWordWrap(True)
        set_role(self.rule, "heading")
        self.rule_note = QLabel()
        self.rule_note.setObjectName("shape_rule_note")
        self.stale = QLabel()
        self.stale.setObjectName("stale_label")
        self.stale.hide()
        for label in (self.rule_note, self.stale):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout.addWidget(self.rule)
        layout.addWidget(self.rule_note)
        layout.addWidget(self.stale)
        self.row = QHBoxLayout()
        self.cell_grids = {name: self.grid(f"matmul_{name}_grid", 1.5) for name in ("a", "b", "c")}
        self.op_labels = [QLabel("@"), QLabel("=")]
        for label in self.op_labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_role(label, "big")
        self.row.addWidget(self.cell_grids["a"], 3)
        self.row.addWidget(self.op_labels[0])
        self.row.addWidget(self.cell_grids["b"], 2)
        self.row.addWidget(self.op_labels[1])
        self.row.addWidget(self.cell_grids["c"], 2)
        layout.addLayout(self.row)
        self._batched = False
        # side by side where the view holds the three grids at their least readable size,
        # else one under another (a user's 6x6 product on 1024x768 at zoom 150 scrolled);
        # by the view's width: side by side, the picture is as wide as the three need
        self._arrangement = WideOrNarrow(self.picture, self._need, self._place, by_view=True)
        self.cell_grids["c"].cell_hovered.connect(self.cell_hovered)
        self.cell_grids["c"].cell_clicked.connect(self.cell_clicked)
        self.formula_head = QLabel()
        self.formula_head.setObjectName("formula_head_label")
        self.formula = QLabel()
        self.formula.setObjectName("formula_label")
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        set_role(self.formula, "mono-title")
        for label in (self.formula_head, self.formula):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.note = self.caption()
        layout.addSpacing(theme.px(12))
        layout.addWidget(self.formula_head)
        layout.addWidget(self.formula)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._drawn: MatmulResult | None = None
        self._rule: ShapeRule | None = None

    def _on_operands_edited(self) -> None:
        # only text the user changed: leaving a field that shows random numbers asks nothing
        if self.a_edit.isModified() or self.b_edit.isModified():
            self.a_edit.setModified(False)
            self.b_edit.setModified(False)
            self.operands_edited.emit(self.a_edit.text(), self.b_edit.text())

    def _random_fields(self) -> tuple[str, str, int]:
        return self.shape_a_edit.text(), self.shape_b_edit.text(), self.seed_spin.value()

    def _on_random_fields_edited(self) -> None:
        fields = self._random_fields()
        if fields != self._fields_drawn:  # what the state holds already: nothing to redraw
            self.random_fields_changed.emit(*fields)

    def _on_random_return(self) -> None:
        """Return in a shape field: the fields, then A and B made of them. Qt's
        editingFinished follows with the same fields, which the state holds by then: sent
        again, they redrew the lesson and wiped the refusal of a bad shape at once."""
        self._on_random_fields_edited()
        self.random_button.click()

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, sub: MatmulState, shown: Shown) -> None:
        self.show_preset(sub.preset())
        result: MatmulResult | None = shown.result
        for field, snap, text in (
            ("a", result.a if result else None, sub.a),
            ("b", result.b if result else None, sub.b),
        ):
            # random operands: the numbers torch drew, ready to edit
            listed = literal_text(snap) if sub.random is not None and snap is not None else ""
            self.set_text(field, listed or text)
        with QSignalBlocker(self.form_combo):
            self.form_combo.setCurrentIndex(FORMS.index(sub.form))
        self.set_text("shape_a", sub.shape_a)
        self.set_text("shape_b", sub.shape_b)
        with QSignalBlocker(self.seed_spin):
            self.seed_spin.setValue(sub.seed)
        self._fields_drawn = (sub.shape_a, sub.shape_b, sub.seed)
        r: MatmulResult | None = shown.picture
        rule = result.rule if result is not None else r.rule if r is not None else None
        if rule != self._rule:
            self._rule = rule
            self._draw_rule()
        self.stale.setVisible(shown.stale)
        if r is None:
            return
        if r is not self._drawn:  # a new product (not a step or a hover)
            self._drawn = r
            self._draw_product(r)
        self._cells = shown.cells
        self.playback.setEnabled(shown.cells > 0)
        if not shown.cells:
            self.playback.pause()
        self.playback.set_range(max(0, shown.cells - 1))
        self.playback.set_position(shown.position)
        self._draw_cell(r, shown.matmul_cell)

    def _draw_product(self, r: MatmulResult) -> None:
        g = self.cell_grids
        g["a"].set_snapshot(r.a, "A")
        g["b"].set_snapshot(r.b, "B")
        g["c"].set_snapshot(r.c, "C = A @ B" if r.form == "@" else "C = A.matmul(B)")
        # batched matrices sit side by side inside each grid: then A, B and C go one under
        # the other, so that each keeps a readable size
        self._batched = max(len(r.a.shape), len(r.b.shape)) >= 3
        self._arrangement.refit(place=True)

    def _place(self, narrow: bool) -> None:
        """A, B and C side by side, or one under another: batched, or in a view narrower
        than the three side by side at their least readable size."""
        stacked = narrow or self._batched
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        # side by side, each grid's share of the width is its drawing's: the three are drawn
        # at one scale (by their hints, a 6x6 A at 0.76 beside B at 0.5 and C at 0.4)
        g = self.cell_grids
        shares = [0 if stacked else g[n].sizeHint().width() for n in ("a", "b", "c")]
        for i, stretch in enumerate((shares[0], 0, shares[1], 0, shares[2])):
            self.row.setStretch(i, stretch)
        policy = QSizePolicy.Policy.Expanding if stacked else QSizePolicy.Policy.Ignored
        for grid in g.values():
            grid.setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    def _need(self) -> int | None:
        """What the picture needs for A, B and C side by side, each at its least readable
        size (TensorGrid.set_min_scale; None before a product is drawn)."""
        if self._drawn is None:
            return None
        least = sum(g.minimumSizeHint().width() for g in self.cell_grids.values())
        signs = sum(label.sizeHint().width() for label in self.op_labels)
        m = self.picture.layout().contentsMargins()
        return least + signs + 4 * self.row.spacing() + m.left() + m.right()

    def _draw_cell(self, r: MatmulResult, cell: MatmulCell | None) -> None:
        g = self.cell_grids
        if cell is None:
            for grid in g.values():
                grid.set_highlight({})
            self.formula_head.setText("")
            big = r.c is not None and r.c.numel > 0
            self.formula.setText(texts_matmul.too_big() if big else "")
            return
        g["a"].set_highlight(dict.fromkeys(cell.a_cells, "accent"))
        g["b"].set_highlight(dict.fromkeys(cell.b_cells, "accent"))
        g["c"].set_highlight({cell.index: "highlight"})
        self.formula_head.setText(texts_matmul.formula_head(cell.c_expr, cell.a_expr, cell.b_expr))
        self.formula.setText(cell.text)

    def _draw_rule(self) -> None:
        if self._rule is not None:
            self.rule.setText(rule_html(self._rule, self.theme))
            self.rule_note.setText(texts_matmul.rule_note(self._rule))

    # -- texts and theme -------------------------------------------------------------------
    def retranslate(self, preset_titles=None) -> None:
        super().retranslate(texts_matmul.presets())
        self.box.setTitle(texts_matmul.box())
        for label, text in zip(
            self.labels,
            (texts.example(), texts.a_field(), texts.b_field(), texts.form_field()),
            strict=True,
        ):
            label.setText(text)
        self.random_box.setTitle(texts_matmul.random_box())
        for label, text in zip(self.random_labels, texts_matmul.random_fields(), strict=True):
            label.setText(text)
        self.random_button.setText(texts_matmul.random_button())
        self.step_box.setTitle(texts_matmul.step_box())
        self.stale.setText(texts_matmul.stale())
        self.note.setText(texts_matmul.note())
        self._draw_rule()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self._draw_rule()  # its colours are the theme's
        self._arrangement.refit()  # the grids' sizes follow the zoom
