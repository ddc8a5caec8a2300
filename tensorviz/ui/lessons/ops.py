"""Lesson ``ops`` (course 七.1-4): item(), element-wise and in-place operations, the Hadamard
product and the matrix product, each computed by real torch in ``tensorviz.core.ops``.

Four topics share one lesson; the controls column and the picture switch together. The
matrix product can be stepped through cell by cell (play / pause / step, with a speed
slider) while the row of A and the column of B that make the current cell are highlighted
and the sum is written out with torch's numbers.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import ops
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError, parse_literal, parse_shape
from tensorviz.core.snippet import Snippet
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.worker import Worker

Index = tuple[int, ...]
SECTIONS = ("item", "elementwise", "hadamard", "matmul")

# Presets: (literal, dtype) / (x, dtype, op, operand) / (A, B) / (A, B). Their names are set
# in retranslate(); the order here is the order of the combo boxes.
ITEM_PRESETS = (
    ("[18]", "auto"),
    ("18", "auto"),
    ("[[[2.5]]]", "auto"),
    ("[0.1]", "auto"),
    ("[True]", "auto"),
    ("[1, 2]", "auto"),
)
ELEMENTWISE_PRESETS = (
    ("[[1, 2, 3], [4, 5, 6]]", "auto", "add", "10"),
    ("[[1, 2, 3], [4, 5, 6]]", "auto", "mul", "[10, 100, 1000]"),
    ("[[1, 2, 3], [4, 5, 6]]", "auto", "div", "2"),
    ("[[1, 2, 3], [4, 5, 6]]", "float32", "div", "2"),
    ("[[1, 2], [3, 4]]", "auto", "pow", "2"),
    ("[[1, 2], [3, 4]]", "auto", "pow", "-1"),
)
HADAMARD_PRESETS = (
    ("[[1, 2, 3], [4, 5, 6]]", "[[2, 3, 4], [2, 2, 3]]"),
    ("[[1, -2], [3, 0.5]]", "[[2, 2], [-1, 4]]"),
    ("[[1, 2, 3], [4, 5, 6]]", "[[3, 2], [2, 3], [5, 3]]"),
)
MATMUL_PRESETS = (
    ("[[1, 2, 3], [4, 5, 6]]", "[[3, 2], [2, 3], [5, 3]]"),
    ("[1, 2, 3]", "[[3, 2], [2, 3], [5, 3]]"),
    (
        "[[[1, 2, 3], [4, 5, 6]], [[1, 0, 2], [0, 1, 1]]]",
        "[[[3, 2], [2, 3], [5, 3]], [[1, 1], [2, 0], [0, 3]]]",
    ),
    ("[[1, 2, 3], [4, 5, 6]]", "[[1, 2, 3], [4, 5, 6]]"),
    ("[[1, 2, 3], [4, 5, 6]]", "[[3.0, 2.0], [2.0, 3.0], [5.0, 3.0]]"),
)
OP_NAMES = tuple(ops.ELEMENTWISE_OPS)
DTYPE_NAMES = tuple(ops.DTYPE_CHOICES)
#: Speed slider: cells per ten seconds (1 -> one cell every 10 s, 40 -> four per second).
SPEED_MIN, SPEED_MAX, SPEED_DEFAULT = 1, 40, 8


def _hbox(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    return row


def _font_style(
    theme: Theme, size: float, bold: bool = False, mono: bool = False, colour: str = ""
) -> str:
    """A label's font (and colour) as a style sheet, ``size`` points at 100% zoom."""
    font = theme.font(size, bold=bold, mono=mono)
    css = f"font-family: '{font.family()}'; font-size: {font.pointSizeF():.1f}pt;"
    if bold:
        css += " font-weight: bold;"
    if colour:
        css += f" color: {colour};"
    return f"QLabel {{ {css} }}"


def _style_badge(label: QLabel, theme: Theme, tone: str) -> None:
    """A rounded, outlined label; its own style sheet, so its size includes the padding."""
    label.setProperty("tone", tone)
    colour = {"good": theme.positive, "bad": theme.negative}.get(tone, theme.text)
    p = theme.px
    label.setStyleSheet(
        f"QLabel {{ color: {colour}; border: {p(1)}px solid {colour};"
        f" border-radius: {p(8)}px; padding: {p(1)}px {p(8)}px; }}"
    )
    label.adjustSize()


#: Work bigger than this (elements of any tensor involved, or multiply-adds of a product) runs
#: in a worker thread; smaller work runs at once (a few milliseconds), which keeps the
#: lesson's state simple and the picture immediate.
HEAVY_ELEMENTS = ops.OPS_GRID_CAP
HEAVY_MACS = 1_000_000


class OpsLesson(Lesson):
    """item(), add/sub/mul/div/pow and their in-place forms, ``A * B`` and ``A @ B``."""

    key = "ops"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._section = "matmul"
        self._snippets: dict[str, Snippet] = {}
        self._item: ops.ItemResult | None = None
        self._elementwise: ops.ElementwiseResult | None = None
        self._hadamard: ops.HadamardResult | None = None
        self._hadamard_cell: Index | None = None
        self._hadamard_hover: Index | None = None
        self._matmul: ops.MatmulResult | None = None
        self._cells: list[Index] = []
        self._pos = 0
        self._hover: Index | None = None
        self._rule: ops.ShapeRule | None = None
        self._random_spec: tuple | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        # heavy core calls run off the GUI thread (torch releases the GIL while it
        # computes), one channel per section: only a section's newest result is shown
        self._worker = Worker(self)
        self._worker.finished.connect(self._on_job_done)
        self._on_result: dict[str, tuple[Callable[[object], None], str]] = {}
        self._waiting: set[str] = set()  # topics whose newest request runs in the worker

        controls = QWidget()
        controls.setObjectName("ops_controls")
        column = QVBoxLayout(controls)
        column.addWidget(self._build_topics())
        self._control_stack = QStackedWidget()
        self._picture_stack = QStackedWidget()
        # topics are built when first shown: start-up pays only for the matrix product
        self._built: list[str] = []
        self._pages: dict[str, list] = {}
        self._building = ""
        column.addWidget(self._control_stack)
        column.addStretch(1)
        self._busy_label = QLabel()
        self._busy_label.setObjectName("busy_label")
        self._busy_label.hide()
        column.insertWidget(1, self._busy_label)
        self.set_content(controls, self._picture_stack, code_width=30)
        self.retranslate()
        self.apply_theme(theme)
        self._select_section("matmul")

    # -- building --------------------------------------------------------------------------
    def _build_topics(self) -> QGroupBox:
        self._topics_box = QGroupBox()
        grid = QGridLayout(self._topics_box)
        self._topic_group = QButtonGroup(self)
        self._topic_group.setExclusive(True)
        self._topic_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(SECTIONS):
            button = QPushButton()
            button.setObjectName(f"section_{name}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, n=name: self._select_section(n))
            self._topic_group.addButton(button)
            self._topic_buttons[name] = button
            grid.addWidget(button, i // 2, i % 2)
        return self._topics_box

    def _grid(self, name: str, scale: float = 1.0) -> TensorGrid:
        """A tensor grid drawn ``scale`` times the theme's size (it still shrinks to fit)."""
        grid = TensorGrid(self.theme)
        grid.setObjectName(name)
        grid.setProperty("scale", scale)
        # as tall as its drawing wants, so captions sit right under the cells
        grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return grid

    def _caption(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setProperty("role", "muted")
        return label

    # item() ---------------------------------------------------------------------------------
    def _build_item(self) -> None:
        box = QGroupBox()
        self._item_box = box
        form = QFormLayout(box)
        self._item_preset = QComboBox()
        self._item_preset.setObjectName("item_preset_combo")
        self._item_preset.addItems([""] * len(ITEM_PRESETS))
        self._item_preset.activated.connect(self._on_item_preset_changed)
        self._item_edit = QLineEdit(ITEM_PRESETS[0][0])
        self._item_edit.setObjectName("item_edit")
        self._item_edit.editingFinished.connect(self._on_item_edited)
        self._item_dtype = QComboBox()
        self._item_dtype.setObjectName("item_dtype_combo")
        self._item_dtype.addItems(DTYPE_NAMES)
        self._item_dtype.activated.connect(lambda _i: self._compute_item())
        self._item_preset_label, self._item_edit_label, self._item_dtype_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        form.addRow(self._item_preset_label)
        form.addRow(self._item_preset)
        form.addRow(self._item_edit_label, self._item_edit)
        form.addRow(self._item_dtype_label, self._item_dtype)
        self._item_hint = self._caption()
        form.addRow(self._item_hint)
        self._add_page_control(box)

        page = QWidget()
        layout = QVBoxLayout(page)
        self._item_title = QLabel()
        self._item_title.setWordWrap(True)
        self._item_grid = self._grid("item_grid", 1.6)
        self._item_info = QLabel()
        self._item_info.setObjectName("item_info_label")
        self._item_result = QLabel()
        self._item_result.setObjectName("item_result_label")
        self._item_result.setWordWrap(True)
        self._item_result.setTextFormat(Qt.TextFormat.PlainText)
        self._item_note = self._caption()
        layout.addWidget(self._item_title)
        layout.addWidget(self._item_grid)
        layout.addWidget(self._item_info)
        layout.addWidget(self._item_result)
        layout.addWidget(self._item_note)
        layout.addStretch(1)
        self._add_page_picture(page)

    # element-wise ---------------------------------------------------------------------------
    def _build_elementwise(self) -> None:
        box = QGroupBox()
        self._ew_box = box
        form = QFormLayout(box)
        self._ew_preset = QComboBox()
        self._ew_preset.setObjectName("elementwise_preset_combo")
        self._ew_preset.addItems([""] * len(ELEMENTWISE_PRESETS))
        self._ew_preset.activated.connect(self._on_elementwise_preset_changed)
        self._x_edit = QLineEdit(ELEMENTWISE_PRESETS[0][0])
        self._x_edit.setObjectName("x_edit")
        self._x_edit.editingFinished.connect(self._compute_elementwise)
        self._dtype_combo = QComboBox()
        self._dtype_combo.setObjectName("dtype_combo")
        self._dtype_combo.addItems(DTYPE_NAMES)
        self._dtype_combo.activated.connect(lambda _i: self._compute_elementwise())
        self._op_combo = QComboBox()
        self._op_combo.setObjectName("op_combo")
        self._op_combo.addItems(OP_NAMES)
        self._op_combo.activated.connect(lambda _i: self._compute_elementwise())
        self._operand_edit = QLineEdit(ELEMENTWISE_PRESETS[0][3])
        self._operand_edit.setObjectName("operand_edit")
        self._operand_edit.editingFinished.connect(self._compute_elementwise)
        self._ew_labels = [QLabel() for _ in range(5)]
        form.addRow(self._ew_labels[0])
        form.addRow(self._ew_preset)
        form.addRow(self._ew_labels[1], self._x_edit)
        form.addRow(self._ew_labels[2], self._dtype_combo)
        form.addRow(self._ew_labels[3], self._op_combo)
        form.addRow(self._ew_labels[4], self._operand_edit)
        self._ew_hint = self._caption()
        form.addRow(self._ew_hint)
        self._add_page_control(box)

        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self._operand_caption = QLabel()
        self._operand_caption.setObjectName("operand_caption")
        self._operand_caption.setWordWrap(True)
        self._operand_grid = self._grid("operand_grid")
        top.addWidget(self._operand_caption, 1)
        top.addWidget(self._operand_grid, 1)
        layout.addLayout(top)
        self._ew_forms: dict[str, dict] = {}
        for key in ("out", "in"):
            group = QGroupBox()
            group.setObjectName("out_of_place_box" if key == "out" else "in_place_box")
            g = QVBoxLayout(group)
            call = QLabel()
            call.setObjectName(f"{key}_call_label")
            call.setTextFormat(Qt.TextFormat.PlainText)
            grids = {
                name: self._grid(f"{key}_{name}_grid", 1.2)
                for name in ("before", "result", "after")
            }
            row = QHBoxLayout()
            for name in ("before", "result", "after"):
                row.addWidget(grids[name], 1)
            badges = {}
            badge_row = QHBoxLayout()
            for name in ("same_object", "same_storage", "changed"):
                badge = QLabel()
                badge.setObjectName(f"{key}_{name}_badge")
                badge.setTextFormat(Qt.TextFormat.PlainText)
                badges[name] = badge
                badge_row.addWidget(badge)
            badge_row.addStretch(1)
            address = QLabel()
            address.setObjectName(f"{key}_address_label")
            address.setTextFormat(Qt.TextFormat.PlainText)
            address.setWordWrap(True)
            address.setProperty("role", "muted")
            g.addWidget(call)
            g.addLayout(row)
            g.addLayout(badge_row)
            g.addWidget(address)
            layout.addWidget(group)
            self._ew_forms[key] = dict(
                group=group, call=call, grids=grids, badges=badges, address=address
            )
        self._ew_note = self._caption()
        layout.addWidget(self._ew_note)
        layout.addStretch(1)
        self._add_page_picture(page)

    # Hadamard -------------------------------------------------------------------------------
    def _build_hadamard(self) -> None:
        box = QGroupBox()
        self._had_box = box
        form = QFormLayout(box)
        self._had_preset = QComboBox()
        self._had_preset.setObjectName("hadamard_preset_combo")
        self._had_preset.addItems([""] * len(HADAMARD_PRESETS))
        self._had_preset.activated.connect(self._on_hadamard_preset_changed)
        self._had_a = QLineEdit(HADAMARD_PRESETS[0][0])
        self._had_a.setObjectName("hadamard_a_edit")
        self._had_b = QLineEdit(HADAMARD_PRESETS[0][1])
        self._had_b.setObjectName("hadamard_b_edit")
        for edit in (self._had_a, self._had_b):
            edit.editingFinished.connect(self._compute_hadamard)
        self._had_form = QComboBox()
        self._had_form.setObjectName("hadamard_form_combo")
        self._had_form.addItems(["C = A * B", "C = A.mul(B)"])
        self._had_form.activated.connect(lambda _i: self._compute_hadamard())
        self._had_labels = [QLabel() for _ in range(4)]
        form.addRow(self._had_labels[0])
        form.addRow(self._had_preset)
        form.addRow(self._had_labels[1], self._had_a)
        form.addRow(self._had_labels[2], self._had_b)
        form.addRow(self._had_labels[3], self._had_form)
        self._had_hint = self._caption()
        form.addRow(self._had_hint)
        self._add_page_control(box)

        page = QWidget()
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        self._had_grids = {
            name: self._grid(f"hadamard_{name}_grid", 1.4) for name in ("a", "b", "pairs", "c")
        }
        for name, (r, c) in zip(
            ("a", "b", "pairs", "c"), ((0, 0), (0, 1), (1, 0), (1, 1)), strict=True
        ):
            grid.addWidget(self._had_grids[name], r, c)
        for name in ("a", "b", "pairs", "c"):
            g = self._had_grids[name]
            g.cell_hovered.connect(lambda ix, n=name: self._on_hadamard_hovered(ix, n))
            g.cell_clicked.connect(lambda ix, n=name: self._on_hadamard_clicked(ix, n))
        layout.addLayout(grid)
        self._had_formula = QLabel()
        self._had_formula.setObjectName("hadamard_formula_label")
        self._had_formula.setTextFormat(Qt.TextFormat.PlainText)
        self._had_formula.setWordWrap(True)
        self._had_note = self._caption()
        layout.addWidget(self._had_formula)
        layout.addWidget(self._had_note)
        layout.addStretch(1)
        self._add_page_picture(page)

    # matrix product -------------------------------------------------------------------------
    def _build_matmul(self) -> None:
        page_controls = QWidget()
        col = QVBoxLayout(page_controls)
        col.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox()
        self._mm_box = box
        form = QFormLayout(box)
        self._mm_preset = QComboBox()
        self._mm_preset.setObjectName("matmul_preset_combo")
        self._mm_preset.addItems([""] * len(MATMUL_PRESETS))
        self._mm_preset.activated.connect(self._on_matmul_preset_changed)
        self._mm_a = QLineEdit(MATMUL_PRESETS[0][0])
        self._mm_a.setObjectName("matmul_a_edit")
        self._mm_b = QLineEdit(MATMUL_PRESETS[0][1])
        self._mm_b.setObjectName("matmul_b_edit")
        for edit in (self._mm_a, self._mm_b):
            edit.editingFinished.connect(self._on_matmul_edited)
        self._mm_form = QComboBox()
        self._mm_form.setObjectName("matmul_form_combo")
        self._mm_form.addItems(["C = A @ B", "C = A.matmul(B)"])
        self._mm_form.activated.connect(lambda _i: self._recompute_matmul())
        self._mm_labels = [QLabel() for _ in range(4)]
        form.addRow(self._mm_labels[0])
        form.addRow(self._mm_preset)
        form.addRow(self._mm_labels[1], self._mm_a)
        form.addRow(self._mm_labels[2], self._mm_b)
        form.addRow(self._mm_labels[3], self._mm_form)
        col.addWidget(box)

        rbox = QGroupBox()
        self._random_box = rbox
        rform = QFormLayout(rbox)
        self._a_shape = QLineEdit("3, 4")
        self._a_shape.setObjectName("a_shape_edit")
        self._b_shape = QLineEdit("4, 2")
        self._b_shape.setObjectName("b_shape_edit")
        self._seed = QSpinBox()
        self._seed.setObjectName("seed_spin")
        self._seed.setRange(0, 9999)
        self._random_button = QPushButton()
        self._random_button.setObjectName("random_button")
        self._random_button.clicked.connect(self._on_random_clicked)
        self._random_labels = [QLabel() for _ in range(3)]
        rform.addRow(self._random_labels[0], self._a_shape)
        rform.addRow(self._random_labels[1], self._b_shape)
        rform.addRow(self._random_labels[2], self._seed)
        rform.addRow(self._random_button)
        col.addWidget(rbox)

        sbox = QGroupBox()
        self._step_box = sbox
        s = QVBoxLayout(sbox)
        self._back_button = QPushButton("◀")
        self._back_button.setObjectName("back_button")
        self._back_button.clicked.connect(lambda: self._step(-1))
        self._play_button = QPushButton()
        self._play_button.setObjectName("play_button")
        self._play_button.setCheckable(True)
        self._play_button.toggled.connect(self._on_play_toggled)
        self._step_button = QPushButton("▶|")
        self._step_button.setObjectName("step_button")
        self._step_button.clicked.connect(lambda: self._step(1))
        s.addLayout(_hbox(self._back_button, self._play_button, self._step_button))
        self._speed = QSlider(Qt.Orientation.Horizontal)
        self._speed.setObjectName("speed_slider")
        self._speed.setRange(SPEED_MIN, SPEED_MAX)
        self._speed.setValue(SPEED_DEFAULT)
        self._speed.valueChanged.connect(self._on_speed_changed)
        self._speed_label = QLabel()
        self._speed_label.setObjectName("speed_label")
        s.addWidget(self._speed_label)
        s.addWidget(self._speed)
        self._position_label = QLabel()
        self._position_label.setObjectName("position_label")
        s.addWidget(self._position_label)
        col.addWidget(sbox)
        self._add_page_control(page_controls)

        page = QWidget()
        layout = QVBoxLayout(page)
        self._rule_label = QLabel()
        self._rule_label.setObjectName("shape_rule_label")
        self._rule_label.setTextFormat(Qt.TextFormat.RichText)
        self._rule_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._rule_note = QLabel()
        self._rule_note.setObjectName("shape_rule_note")
        self._rule_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._rule_note.setWordWrap(True)
        self._stale_label = QLabel()
        self._stale_label.setObjectName("stale_label")
        self._stale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stale_label.setWordWrap(True)
        self._stale_label.hide()
        layout.addWidget(self._rule_label)
        layout.addWidget(self._rule_note)
        layout.addWidget(self._stale_label)
        row = QHBoxLayout()
        self._mm_row = row
        self._mm_grids = {name: self._grid(f"matmul_{name}_grid", 1.5) for name in ("a", "b", "c")}
        self._op_labels = [QLabel("@"), QLabel("=")]
        for label in self._op_labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self._mm_grids["a"], 3)
        row.addWidget(self._op_labels[0])
        row.addWidget(self._mm_grids["b"], 2)
        row.addWidget(self._op_labels[1])
        row.addWidget(self._mm_grids["c"], 2)
        layout.addLayout(row)
        self._mm_grids["c"].cell_hovered.connect(self._on_matmul_hovered)
        self._mm_grids["c"].cell_clicked.connect(self._on_matmul_clicked)
        self._formula_head = QLabel()
        self._formula_head.setObjectName("formula_head_label")
        self._formula_head.setTextFormat(Qt.TextFormat.PlainText)
        self._formula_head.setWordWrap(True)
        self._formula = QLabel()
        self._formula.setObjectName("formula_label")
        self._formula.setTextFormat(Qt.TextFormat.PlainText)
        self._formula.setWordWrap(True)
        self._formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._formula.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._mm_note = self._caption()
        layout.addSpacing(self.theme.px(12))
        layout.addWidget(self._formula_head)
        layout.addWidget(self._formula)
        layout.addWidget(self._mm_note)
        layout.addStretch(1)
        self._add_page_picture(page)

    # -- sections --------------------------------------------------------------------------
    def section(self) -> str:
        return self._section

    def _select_section(self, name: str) -> None:
        if name != "matmul":
            self._play_button.setChecked(False)
        self._section = name
        self._topic_buttons[name].setChecked(True)
        first_visit = name not in self._built
        if first_visit:
            self._build(name)
        control, picture = self._pages[name]
        self._control_stack.setCurrentWidget(control)
        self._picture_stack.setCurrentWidget(picture)
        if first_visit:  # compute the topic's starting state
            {
                "item": self._compute_item,
                "elementwise": self._compute_elementwise,
                "hadamard": self._compute_hadamard,
                "matmul": lambda: self._on_matmul_preset_changed(0),
            }[name]()
        self.clear_error()
        self._show_snippet()

    def _build(self, name: str) -> None:
        self._building = name
        {
            "item": self._build_item,
            "elementwise": self._build_elementwise,
            "hadamard": self._build_hadamard,
            "matmul": self._build_matmul,
        }[name]()
        self._built.append(name)
        self._retranslate_topic(name)
        self._theme_topic(name)

    def _add_page_control(self, widget: QWidget) -> None:
        self._pages.setdefault(self._building, [None, None])[0] = widget
        self._control_stack.addWidget(widget)

    def _add_page_picture(self, widget: QWidget) -> None:
        self._pages.setdefault(self._building, [None, None])[1] = widget
        self._picture_stack.addWidget(widget)

    def _set_snippet(self, section: str, snippet: Snippet) -> None:
        self._snippets[section] = snippet
        if section == self._section:
            self._show_snippet()

    def _show_snippet(self) -> None:
        snippet = self._snippets.get(self._section)
        if snippet is not None:
            self.code_pane.set_snippet(snippet)

    # -- running core calls ----------------------------------------------------------------
    def _submit(
        self,
        section: str,
        heavy: bool,
        fn: Callable[[], object],
        apply: Callable[[object], None],
        field: str,
    ) -> None:
        """Run ``fn`` (a core call) and hand its result to ``apply``; a ``LiteralError`` it
        raises is shown for ``field``. Heavy work runs in the worker; a result that arrives
        after a newer request for the same topic is dropped.
        """
        self._on_result[section] = (apply, field)
        if heavy:
            self._waiting.add(section)
            self._busy_label.show()
            self._worker.submit(section, fn, passthrough=(LiteralError, ops.CreationError))
            return
        self._worker.cancel(section)  # a heavy request still running is stale now
        self._waiting.discard(section)
        self._busy_label.setVisible(bool(self._waiting))
        try:
            out = fn()
        except (LiteralError, ops.CreationError) as err:
            out = err
        self._on_job_done(section, out)

    def _on_job_done(self, section: str, out: object) -> None:
        """The newest result of ``section`` (the worker drops stale ones)."""
        self._waiting.discard(section)
        self._busy_label.setVisible(bool(self._waiting))
        apply, field = self._on_result[section]
        if isinstance(out, LiteralError):
            self._input_error(out, field)
        elif isinstance(out, ops.CreationError):
            name = out.name
            self.show_torch_error(
                out.error,
                lambda: self.tr(
                    "torch.tensor() could not build {0}: a value does not fit its dtype (too "
                    "big for an integer, or inf/nan for an integer dtype). Nothing was "
                    "computed; the previous result stays."
                ).format(name),
            )
        elif isinstance(out, TorchError):  # torch raised in the worker, outside core's checks
            self._torch_error(out)
        elif isinstance(out, BaseException):
            raise out  # our bug: let it surface
        else:
            apply(out)

    def settle(self) -> None:
        self._worker.settle()  # and deliver the results

    # -- errors ----------------------------------------------------------------------------
    def _input_error(self, error: LiteralError, field: str) -> None:
        if error.reason == "too_many":
            self.banner.show_error(
                f"{field}: {error}",
                lambda: self.tr(
                    "This lesson works with at most {0} elements per tensor (inputs and "
                    "result), so that every result appears at once. Use smaller sizes."
                ).format(f"{ops.OPS_MAX_ELEMENTS:,}"),
            )
        else:
            self.show_input_error(error, field)

    def _explanation(self, error: TorchError) -> Callable[[], str] | None:
        """This lesson's words for torch's refusal; None: the general explanation."""
        m = error.message
        rules: list[tuple[str, Callable[[], str]]] = [
            (
                r"cannot be converted to Scalar",
                lambda: self.tr(
                    "item() returns a Python number only for a tensor with exactly one "
                    "element; how many dims it has does not matter. This tensor has more "
                    "elements: pick one first (x[0].item()) or take them all with x.tolist()."
                ),
            ),
            (
                r"can't be cast to the desired output type",
                lambda: self.tr(
                    "An in-place operation writes its result into x itself, so the result "
                    "must fit x's dtype. True division (and a float power) of integers gives "
                    "floats, which an integer tensor cannot hold. The out-of-place form "
                    "returns a new float tensor; or convert first with x = x.float()."
                ),
            ),
            (
                r"Integers to negative integer powers",
                lambda: self.tr(
                    "A negative power of an integer is a fraction (2 ** -1 = 0.5), which an "
                    "integer tensor cannot hold, so torch refuses instead of rounding. Use a "
                    "float exponent (-1.0) or a float tensor."
                ),
            ),
            (
                r"doesn't match the broadcast shape",
                lambda: self.tr(
                    "An in-place operation cannot change the shape of x: broadcasting would "
                    "give a bigger result, which does not fit into x. The out-of-place form "
                    "returns a new tensor of the broadcast shape."
                ),
            ),
            (
                r"shapes cannot be multiplied|size mismatch, got|inconsistent tensor size"
                r"|Expected size for first two dimensions",
                lambda: self.tr(
                    "In A @ B the inner sizes must be equal: the last size of A (its number of "
                    "columns) must equal the second-to-last size of B (its number of rows). "
                    "(N, M) @ (M, P) gives (N, P)."
                ),
            ),
            (
                r"same dtype|expected scalar type",
                lambda: self.tr(
                    "A matrix product does not convert dtypes: A and B must have the same "
                    "dtype. Write both with floats (3.0) or both with integers, or convert "
                    "one with .float()."
                ),
            ),
            (
                r"need to be at least 1D",
                lambda: self.tr(
                    "A matrix product needs at least one dim on each side; to multiply two "
                    "0-d tensors (plain numbers) use *."
                ),
            ),
            (
                r"not implemented for 'Bool'",
                lambda: self.tr(
                    "This operation is not implemented for bool tensors; convert to int or "
                    "float first."
                ),
            ),
            (
                r"with a bool tensor is not supported|with two bool tensors",
                lambda: self.tr(
                    "Subtraction is not defined for bool tensors; use ~ (logical_not) to "
                    "invert a mask, or convert to int first."
                ),
            ),
            (
                r"must match the size of tensor b",
                lambda: self.tr(
                    "Element-wise operations pair the cells at the same position, so the "
                    "shapes must be equal (or broadcastable: lined up from the right, each "
                    "pair of sizes equal or one of them 1). Here they are not. For a matrix "
                    "product the same rule applies to the batch dims (all but the last two)."
                ),
            ),
        ]
        for pattern, text in rules:
            if re.search(pattern, m):
                return text
        return None

    def _torch_error(self, error: TorchError) -> None:
        self.show_torch_error(error, self._explanation(error))

    def _parse(self, edit: QLineEdit, field: str, parse: Callable = parse_literal):
        """``edit``'s text parsed (a literal, or a shape with ``parse_shape``); None when it
        is refused, which is then shown for ``field``."""
        try:
            return parse(edit.text(), max_elements=ops.OPS_MAX_ELEMENTS)
        except LiteralError as err:
            self._input_error(err, field)
            return None

    # -- item() ----------------------------------------------------------------------------
    def _on_item_preset_changed(self, i: int) -> None:
        text, dtype = ITEM_PRESETS[i]
        self._item_edit.setText(text)
        self._item_dtype.setCurrentIndex(DTYPE_NAMES.index(dtype))
        self._compute_item()

    def _on_item_edited(self) -> None:
        self._compute_item()

    def _compute_item(self) -> None:
        parsed = self._parse(self._item_edit, self.tr("Tensor x"))
        if parsed is None:
            return
        dtype = self._item_dtype.currentText()
        self._submit(
            "item",
            parsed.numel > HEAVY_ELEMENTS,
            lambda: ops.item_of(parsed, dtype),
            self._apply_item,
            self.tr("Tensor x"),
        )

    def _apply_item(self, result: ops.ItemResult) -> None:
        self._set_snippet("item", result.snippet)
        if result.error is not None:
            self._torch_error(result.error)
        else:
            self.clear_error()
        self._item = result
        self._paint_item()

    def _paint_item(self) -> None:
        r = self._item
        if r is None:
            return
        self._item_grid.set_snapshot(r.tensor, "x")
        self._item_info.setText(
            self.tr("shape {0}   ·   ndim {1}   ·   numel {2}   ·   {3}").format(
                tuple(r.tensor.shape), r.ndim, r.numel, r.tensor.dtype
            )
        )
        if r.error is None:
            self._item_result.setText(
                self.tr("x.item()  →  {0}     (a Python {1})").format(r.value, r.value_type)
            )
        else:
            self._item_result.setText(
                self.tr("x.item()  →  ✗ {0}: x has {1} elements, not exactly 1").format(
                    r.error.type_name, r.numel
                )
            )
        self._style_item_result()

    def _style_item_result(self) -> None:
        ok = self._item is None or self._item.error is None
        colour = self.theme.positive if ok else self.theme.negative
        self._item_result.setStyleSheet(
            _font_style(self.theme, 15, bold=True, mono=True, colour=colour)
        )

    # -- element-wise ----------------------------------------------------------------------
    def _on_elementwise_preset_changed(self, i: int) -> None:
        x, dtype, op, operand = ELEMENTWISE_PRESETS[i]
        self._x_edit.setText(x)
        self._dtype_combo.setCurrentIndex(DTYPE_NAMES.index(dtype))
        self._op_combo.setCurrentIndex(OP_NAMES.index(op))
        self._operand_edit.setText(operand)
        self._compute_elementwise()

    def _compute_elementwise(self) -> None:
        x = self._parse(self._x_edit, self.tr("Tensor x"))
        if x is None:
            return
        operand = self._parse(self._operand_edit, self.tr("Operand"))
        if operand is None:
            return
        op, dtype = self._op_combo.currentText(), self._dtype_combo.currentText()
        self._submit(
            "elementwise",
            max(x.numel, operand.numel) > HEAVY_ELEMENTS,
            lambda: ops.elementwise(x, op, operand, dtype),
            self._apply_elementwise,
            self.tr("Tensor x"),
        )

    def _apply_elementwise(self, result: ops.ElementwiseResult) -> None:
        self._set_snippet("elementwise", result.snippet)
        if result.out_of_place.error is not None:
            # nothing new to draw: the previous picture stays, the banner says why
            self._torch_error(result.out_of_place.error)
            return
        if result.in_place.error is not None:
            self._torch_error(result.in_place.error)
        else:
            self.clear_error()
        self._elementwise = result
        self._paint_elementwise()

    def _paint_elementwise(self) -> None:
        r = self._elementwise
        if r is None:
            return
        if r.operand is None:
            self._operand_caption.setText(
                self.tr("Operand: the Python number {0}, applied to every element of x.").format(
                    r.operand_code
                )
            )
            self._operand_grid.hide()
        else:
            self._operand_caption.setText(
                self.tr("Operand: the tensor t, paired with x cell by cell (broadcast if needed).")
            )
            self._operand_grid.set_snapshot(r.operand, "t")
            self._operand_grid.show()
        for key, f in (("out", r.out_of_place), ("in", r.in_place)):
            w = self._ew_forms[key]
            w["group"].setTitle(
                self.tr("Out-of-place: a new tensor")
                if key == "out"
                else self.tr("In-place (trailing _): x itself")
            )
            w["call"].setText(f.call)
            w["grids"]["before"].set_snapshot(f.before, _titled(self.tr("x before"), f.before))
            w["grids"]["result"].set_snapshot(
                f.result, _titled(self.tr("y (returned)"), f.result) if f.result else ""
            )
            w["grids"]["after"].set_snapshot(f.after, _titled(self.tr("x after"), f.after))
            badges = w["badges"]
            if f.error is not None:
                badges["same_object"].setText(self.tr("failed: {0}").format(f.error.type_name))
                _style_badge(badges["same_object"], self.theme, "bad")
                badges["same_storage"].hide()
            else:
                badges["same_storage"].show()
                badges["same_object"].setText(self.tr("y is x: {0}").format(f.same_object))
                _style_badge(badges["same_object"], self.theme, "good" if f.same_object else "bad")
                badges["same_storage"].setText(self.tr("same memory: {0}").format(f.same_storage))
                _style_badge(
                    badges["same_storage"], self.theme, "good" if f.same_storage else "bad"
                )
            badges["changed"].setText(
                self.tr("x changed: yes") if f.x_changed else self.tr("x changed: no")
            )
            _style_badge(badges["changed"], self.theme, "good" if f.x_changed else "")
            if f.y_ptr is not None:
                w["address"].setText(
                    self.tr("x.data_ptr() = {0}    y.data_ptr() = {1}").format(
                        hex(f.x_ptr), hex(f.y_ptr)
                    )
                )
            else:
                w["address"].setText(self.tr("x.data_ptr() = {0}").format(hex(f.x_ptr)))

    # -- Hadamard --------------------------------------------------------------------------
    def _on_hadamard_preset_changed(self, i: int) -> None:
        a, b = HADAMARD_PRESETS[i]
        self._had_a.setText(a)
        self._had_b.setText(b)
        self._compute_hadamard()

    def _parse_matrices(self, a: QLineEdit, b: QLineEdit) -> list | None:
        """The literals of A and B; None when one is refused (shown as "Matrix A/B")."""
        parsed = []
        for edit, name in ((a, "A"), (b, "B")):
            matrix = self._parse(edit, self.tr("Matrix {0}").format(name))
            if matrix is None:
                return None
            parsed.append(matrix)
        return parsed

    def _compute_hadamard(self) -> None:
        parsed = self._parse_matrices(self._had_a, self._had_b)
        if parsed is None:
            return
        form = "*" if self._had_form.currentIndex() == 0 else "mul"
        self._submit(
            "hadamard",
            max(p.numel for p in parsed) > HEAVY_ELEMENTS,
            lambda: ops.hadamard(parsed[0], parsed[1], form),
            self._apply_hadamard,
            self.tr("Matrix {0}").format("A"),
        )

    def _apply_hadamard(self, result: ops.HadamardResult) -> None:
        self._set_snippet("hadamard", result.snippet)
        if result.error is not None:
            self._torch_error(result.error)
            return
        self.clear_error()
        self._hadamard = result
        self._hadamard_hover = None
        self._hadamard_cell = (0,) * len(result.c.shape) if result.pairs is not None else None
        if result.c is not None and result.c.numel == 0:
            self._hadamard_cell = None
        self._paint_hadamard()

    def _paint_hadamard(self) -> None:
        r = self._hadamard
        if r is None:
            return
        g = self._had_grids
        g["a"].set_snapshot(r.a, "A")
        g["b"].set_snapshot(r.b, "B")
        g["pairs"].set_snapshot(r.pairs, "A[i,j]×B[i,j]")
        g["c"].set_snapshot(r.c, "C = A * B" if r.form == "*" else "C = A.mul(B)")
        self._paint_hadamard_cell()

    def _paint_hadamard_cell(self) -> None:
        r = self._hadamard
        cell = self._hadamard_hover or self._hadamard_cell
        g = self._had_grids
        if r is None or cell is None or r.pairs is None:
            for grid in g.values():
                grid.set_highlight({})
            self._had_formula.setText("")
            return
        ia, ib = r.sources(cell)
        g["a"].set_highlight({ia: "accent"})
        g["b"].set_highlight({ib: "accent"})
        g["pairs"].set_highlight({cell: "highlight"})
        g["c"].set_highlight({cell: "highlight"})
        self._had_formula.setText(r.explain_cell(cell))

    def _hadamard_result_index(self, index: Index | None, grid: str) -> Index | None:
        """The cell of C a hovered/clicked cell stands for (A's or B's cell: only when that
        operand has C's shape, so that the cell makes exactly one product)."""
        r = self._hadamard
        if index is None or r is None or r.c is None:
            return None
        if grid in ("pairs", "c"):
            return index
        operand = r.a if grid == "a" else r.b
        return index if operand.shape == r.c.shape else None

    def _on_hadamard_hovered(self, index: Index | None, grid: str = "c") -> None:
        self._hadamard_hover = self._hadamard_result_index(index, grid)
        self._paint_hadamard_cell()

    def _on_hadamard_clicked(self, index: Index, grid: str = "c") -> None:
        cell = self._hadamard_result_index(index, grid)
        if cell is not None:
            self._hadamard_cell = cell
            self._paint_hadamard_cell()

    # -- matrix product --------------------------------------------------------------------
    def _on_matmul_preset_changed(self, i: int) -> None:
        a, b = MATMUL_PRESETS[i]
        self._mm_a.setText(a)
        self._mm_b.setText(b)
        self._random_spec = None
        self._recompute_matmul()

    def _on_matmul_edited(self) -> None:
        if self._random_spec is not None:
            if not (self._mm_a.isModified() or self._mm_b.isModified()):
                return  # focus left a field showing the random numbers: nothing changed
            self._random_spec = None
        self._recompute_matmul()

    def _on_random_clicked(self) -> None:
        a_shape = self._parse(self._a_shape, self.tr("Shape of A"), parse_shape)
        if a_shape is None:
            return
        b_shape = self._parse(self._b_shape, self.tr("Shape of B"), parse_shape)
        if b_shape is None:
            return
        self._random_spec = (a_shape, b_shape, self._seed.value())
        self._recompute_matmul()

    def _recompute_matmul(self) -> None:
        form = "@" if self._mm_form.currentIndex() == 0 else "matmul"
        spec = self._random_spec
        if spec is not None:
            a_shape, b_shape, seed = spec
            fn = lambda: ops.matmul_random(a_shape, b_shape, seed, form)  # noqa: E731
        else:
            parsed = self._parse_matrices(self._mm_a, self._mm_b)
            if parsed is None:
                return
            a_shape, b_shape = parsed[0].shape, parsed[1].shape
            fn = lambda: ops.matmul(parsed[0], parsed[1], form)  # noqa: E731
        self._submit(
            "matmul",
            _matmul_is_heavy(a_shape, b_shape),
            fn,
            lambda result: self._apply_matmul(result, spec is not None),
            self.tr("Result C"),
        )

    def _apply_matmul(self, result: ops.MatmulResult, random: bool) -> None:
        self._rule = result.rule
        self._paint_rule()
        if result.error is not None:
            self._set_snippet("matmul", result.snippet)
            self._torch_error(result.error)
            self._stale_label.setVisible(self._matmul is not None)
            return
        self.clear_error()
        self._stale_label.hide()
        self._matmul = result
        self._cells = result.cells()
        self._pos = 0
        self._hover = None
        if random:  # show the random numbers in the fields, ready to edit
            for edit, snap in ((self._mm_a, result.a), (self._mm_b, result.b)):
                if snap.values is not None:  # too big to list: the code pane has randint
                    edit.setText(_literal_text(snap))
                    edit.setModified(False)
        self._paint_matmul()

    def _paint_rule(self) -> None:
        rule = self._rule
        if rule is None:
            return
        t = self.theme

        def span(text: str, colour: str, bg: str | None = None, bold: bool = False) -> str:
            style = f"color:{colour};"
            if bg:
                style += f"background-color:{bg};"
            if bold:
                style += "font-weight:bold;"
            return f'<span style="{style}">{html.escape(text)}</span>'

        inner_bg = t.positive if rule.inner_match else t.negative
        inner_fg = t.background if t.name != "contrast" else "#000000"

        def shape_html(shape: tuple[int, ...], inner: int | None) -> str:
            parts = []
            for d, size in enumerate(shape):
                if d == inner:
                    parts.append(span(f"\u2009{size}\u2009", inner_fg, inner_bg, True))
                elif d < len(shape) - 2:
                    parts.append(span(str(size), t.muted if rule.batch_ok else t.negative))
                else:
                    parts.append(span(str(size), t.text, None, True))
            body = ", ".join(parts) + ("," if len(shape) == 1 else "")
            return f"({body})"

        a_inner = len(rule.a_shape) - 1 if rule.a_shape else None
        b_inner = (0 if len(rule.b_shape) == 1 else len(rule.b_shape) - 2) if rule.b_shape else None
        result = (
            shape_html(rule.result, None)
            if rule.result is not None
            else span("✗", t.negative, None, True)
        )
        self._rule_label.setText(
            f'<span style="font-size:{16 * t.scale:.0f}pt">'
            f"A {shape_html(rule.a_shape, a_inner)} @ B {shape_html(rule.b_shape, b_inner)}"
            f"  →  C {result}</span>"
        )
        self._paint_rule_note()

    def _paint_rule_note(self) -> None:
        rule = self._rule
        if rule is None:
            return
        if rule.inner_a is None or rule.inner_b is None:
            note = self.tr("A matrix product needs at least one dim on each side.")
        elif rule.inner_match:
            note = self.tr("Inner sizes match: {0} = {1}. C takes the outer sizes.").format(
                rule.inner_a, rule.inner_b
            )
        else:
            note = self.tr("Inner sizes differ: {0} ≠ {1}, so torch cannot multiply.").format(
                rule.inner_a, rule.inner_b
            )
        if not rule.batch_ok:
            note += " " + self.tr("The batch dims {0} and {1} do not broadcast.").format(
                rule.batch_a, rule.batch_b
            )
        elif len(rule.a_shape) > 2 or len(rule.b_shape) > 2:
            note += " " + self.tr(
                "The sizes before the last two are batch dims: one matrix product per batch entry."
            )
        if len(rule.a_shape) == 1 or len(rule.b_shape) == 1:
            note += " " + self.tr(
                "A 1-D tensor counts as a row (on the left) or a column (on the right); "
                "that dim is dropped from the result."
            )
        self._rule_note.setText("(N, M) @ (M, P) → (N, P).   " + note)

    def _paint_matmul(self) -> None:
        r = self._matmul
        if r is None:
            return
        g = self._mm_grids
        g["a"].set_snapshot(r.a, "A")
        g["b"].set_snapshot(r.b, "B")
        g["c"].set_snapshot(r.c, "C = A @ B" if r.form == "@" else "C = A.matmul(B)")
        # batched matrices sit side by side inside each grid: then A, B and C go one under
        # the other, so that each keeps a readable size
        batched = max(len(r.a.shape), len(r.b.shape)) >= 3
        self._mm_row.setDirection(
            QBoxLayout.Direction.TopToBottom if batched else QBoxLayout.Direction.LeftToRight
        )
        for i, stretch in enumerate((0, 0, 0, 0, 0) if batched else (3, 0, 2, 0, 2)):
            self._mm_row.setStretch(i, stretch)
        for button in (self._play_button, self._step_button, self._back_button):
            button.setEnabled(bool(self._cells))
        if not self._cells:
            self._play_button.setChecked(False)
        self._paint_cell()

    def current_cell(self) -> Index | None:
        """The result cell written out now: the hovered one, else the step position."""
        if self._hover is not None and self._hover in self._cells:
            return self._hover
        if not self._cells:
            return None
        return self._cells[self._pos % len(self._cells)]

    def _paint_cell(self) -> None:
        r = self._matmul
        g = self._mm_grids
        index = self.current_cell()
        if r is None or index is None:
            for grid in g.values():
                grid.set_highlight({})
            self._formula_head.setText("")
            self._formula.setText(
                self.tr("The result is too big to write out cell by cell.")
                if r is not None and r.c is not None and r.c.numel > 0
                else ""
            )
            self._position_label.setText("")
            if r is not None:
                self._set_snippet("matmul", r.snippet)
            return
        cell = r.cell(index)
        g["a"].set_highlight(dict.fromkeys(cell.a_cells, "accent"))
        g["b"].set_highlight(dict.fromkeys(cell.b_cells, "accent"))
        g["c"].set_highlight({index: "highlight"})
        self._formula_head.setText(
            self.tr("{0} = {1} · {2}: the row times the column, element by element, summed").format(
                cell.c_expr, cell.a_expr, cell.b_expr
            )
        )
        self._formula.setText(cell.text)
        self._position_label.setText(
            self.tr("cell {0} of {1}").format(self._cells.index(index) + 1, len(self._cells))
        )
        self._set_snippet("matmul", ops.matmul_cell_snippet(r, index))

    def _on_matmul_hovered(self, index: Index | None) -> None:
        self._hover = index
        self._paint_cell()

    def _on_matmul_clicked(self, index: Index) -> None:
        if index in self._cells:
            self._pos = self._cells.index(index)
            self._hover = None
            self._paint_cell()

    def _step(self, delta: int) -> None:
        if not self._cells:
            return
        self._hover = None
        self._pos = (self._pos + delta) % len(self._cells)
        self._paint_cell()

    def _on_play_toggled(self, on: bool) -> None:
        if on and self._cells:
            self._timer.start(self._interval_ms())
        else:
            self._timer.stop()
        self._retranslate_play()

    def _interval_ms(self) -> int:
        return round(10_000 / self._speed.value())

    def _on_speed_changed(self, _value: int) -> None:
        if self._timer.isActive():
            self._timer.setInterval(self._interval_ms())
        self._retranslate_speed()

    def _on_timer_timeout(self) -> None:
        self._step(1)

    def is_playing(self) -> bool:
        return self._timer.isActive()

    # -- theme and text --------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        for name in self._built:
            self._theme_topic(name)

    def _theme_topic(self, name: str) -> None:
        """Restyle topic ``name``'s widgets (fonts as style sheets: the application's style
        sheet sets a font size on every QWidget, which would override setFont())."""
        theme = self.theme
        for grid in self._grids_of(name):
            # bigger cells than the theme's: these grids are small and a projector is far
            grid.apply_theme(theme.with_zoom(round(theme.zoom * float(grid.property("scale")))))
        big = _font_style(theme, 15, bold=True, mono=True)
        if name == "item":
            self._item_info.setStyleSheet(_font_style(theme, 11, mono=True))
            self._item_title.setStyleSheet(_font_style(theme, 12, bold=True))
            self._style_item_result()
        elif name == "elementwise":
            for w in self._ew_forms.values():
                w["call"].setStyleSheet(_font_style(theme, 12, bold=True, mono=True))
                w["address"].setStyleSheet(_font_style(theme, 10, mono=True, colour=theme.muted))
                for badge in w["badges"].values():
                    _style_badge(badge, theme, badge.property("tone") or "")
        elif name == "hadamard":
            self._had_formula.setStyleSheet(big)
        else:
            self._formula.setStyleSheet(big)
            for label in self._op_labels:
                label.setStyleSheet(_font_style(theme, 18, bold=True))
            self._formula_head.setStyleSheet(_font_style(theme, 11))
            self._paint_rule()

    def _grids_of(self, name: str) -> list[TensorGrid]:
        if name == "item":
            return [self._item_grid]
        if name == "elementwise":
            grids = [self._operand_grid]
            for w in self._ew_forms.values():
                grids.extend(w["grids"].values())
            return grids
        if name == "hadamard":
            return list(self._had_grids.values())
        return list(self._mm_grids.values())

    def _retranslate_play(self) -> None:
        self._play_button.setText(self.tr("❚❚ Pause") if self.is_playing() else self.tr("▶ Play"))

    def _retranslate_speed(self) -> None:
        self._speed_label.setText(
            self.tr("Speed: {0} s per cell").format(f"{self._interval_ms() / 1000:.2g}")
        )

    def retranslate(self) -> None:
        self._topics_box.setTitle(self.tr("Topic"))
        self._busy_label.setText(self.tr("Computing…"))
        names = {
            "item": self.tr("item()"),
            "elementwise": self.tr("add / add_"),
            "hadamard": self.tr("A * B"),
            "matmul": self.tr("A @ B"),
        }
        tips = {
            "item": self.tr("item(): one element as a Python number"),
            "elementwise": self.tr("Element-wise operations, out-of-place and in-place"),
            "hadamard": self.tr("Hadamard product: element by element"),
            "matmul": self.tr("Matrix product: rows times columns"),
        }
        for name, button in self._topic_buttons.items():
            button.setText(names[name])
            button.setToolTip(tips[name])
        for name in self._built:
            self._retranslate_topic(name)

    def _retranslate_topic(self, name: str) -> None:
        {
            "item": self._retranslate_item,
            "elementwise": self._retranslate_elementwise,
            "hadamard": self._retranslate_hadamard,
            "matmul": self._retranslate_matmul,
        }[name]()

    def _retranslate_item(self) -> None:
        self._item_box.setTitle(self.tr("item()"))
        self._item_preset_label.setText(self.tr("Example"))
        self._item_edit_label.setText(self.tr("x ="))
        self._item_dtype_label.setText(self.tr("dtype"))
        for i, text in enumerate(
            (
                self.tr("[18] (the course's example)"),
                self.tr("18 (0-d)"),
                self.tr("[[[2.5]]] (3-D, one element)"),
                self.tr("[0.1] (float32 → Python float)"),
                self.tr("[True] (bool)"),
                self.tr("[1, 2] (two elements: error)"),
            )
        ):
            self._item_preset.setItemText(i, text)
        self._item_hint.setText(self.tr("Type a literal and press Enter."))
        self._item_title.setText(self.tr("x.item(): the one element of x as a plain Python number"))
        self._item_note.setText(
            self.tr(
                "item() works for any number of dims as long as there is exactly one element. "
                "A float32 value becomes a Python float (64-bit), so 0.1 shows the float32 "
                "rounding error. A tensor on a GPU is copied to the CPU for this."
            )
        )
        self._paint_item()

    def _retranslate_elementwise(self) -> None:
        self._ew_box.setTitle(self.tr("Element-wise"))
        for label, text in zip(
            self._ew_labels,
            (
                self.tr("Example"),
                self.tr("x ="),
                self.tr("dtype"),
                self.tr("operation"),
                self.tr("operand"),
            ),
            strict=True,
        ):
            label.setText(text)
        for i, text in enumerate(
            (
                self.tr("x + 10 (scalar)"),
                self.tr("x * tensor (per column)"),
                self.tr("int x / 2: float result, div_ fails"),
                self.tr("float x / 2: both forms work"),
                self.tr("x ** 2"),
                self.tr("int x ** -1: error"),
            )
        ):
            self._ew_preset.setItemText(i, text)
        self._ew_hint.setText(
            self.tr("The operand is a number (scalar) or a list (tensor). Press Enter to run.")
        )
        self._ew_note.setText(
            self.tr(
                "Without _ the method returns a new tensor and leaves x as it was. With _ it "
                "writes into x's own memory and returns x itself: y is x, same data_ptr()."
            )
        )
        self._paint_elementwise()

    def _retranslate_hadamard(self) -> None:
        self._had_box.setTitle(self.tr("Hadamard product"))
        for label, text in zip(
            self._had_labels,
            (self.tr("Example"), self.tr("A ="), self.tr("B ="), self.tr("form")),
            strict=True,
        ):
            label.setText(text)
        for i, text in enumerate(
            (
                self.tr("The course's example (2×3)"),
                self.tr("Negative and float values"),
                self.tr("Shapes (2, 3) and (3, 2): error"),
            )
        ):
            self._had_preset.setItemText(i, text)
        self._had_hint.setText(self.tr("Hover or click a cell of C to see its pair."))
        self._had_note.setText(
            self.tr(
                "C[i, j] = A[i, j] × B[i, j]: the cells at the same position are multiplied, "
                "so A and B need the same shape (or shapes that broadcast, see the "
                "Broadcasting lesson), and C gets it too. Not to be confused with the matrix "
                "product A @ B."
            )
        )
        self._paint_hadamard()

    def _retranslate_matmul(self) -> None:
        self._mm_box.setTitle(self.tr("Matrix product"))
        for label, text in zip(
            self._mm_labels,
            (self.tr("Example"), self.tr("A ="), self.tr("B ="), self.tr("form")),
            strict=True,
        ):
            label.setText(text)
        for i, text in enumerate(
            (
                self.tr("The course's example (2, 3) @ (3, 2)"),
                self.tr("Vector @ matrix (3,) @ (3, 2)"),
                self.tr("Batched (2, 2, 3) @ (2, 3, 2)"),
                self.tr("(2, 3) @ (2, 3): error"),
                self.tr("int @ float: error"),
            )
        ):
            self._mm_preset.setItemText(i, text)
        self._random_box.setTitle(self.tr("Random integers 0..9"))
        for label, text in zip(
            self._random_labels,
            (self.tr("shape of A"), self.tr("shape of B"), self.tr("seed")),
            strict=True,
        ):
            label.setText(text)
        self._random_button.setText(self.tr("Make A and B"))
        self._step_box.setTitle(self.tr("Step through C"))
        self._back_button.setToolTip(self.tr("Previous cell"))
        self._step_button.setToolTip(self.tr("Next cell"))
        self._retranslate_play()
        self._retranslate_speed()
        self._stale_label.setText(
            self.tr("The grids still show the last product torch could compute.")
        )
        self._mm_note.setText(
            self.tr(
                "Each cell of C is the sum of products of a row of A and a column of B. "
                "Hover or click a cell of C, or press Play."
            )
        )
        self._paint_rule_note()
        if self._matmul is not None:
            self._paint_cell()

    # -- Qt --------------------------------------------------------------------------------
    def hideEvent(self, event: QEvent) -> None:  # a hidden lesson does not keep playing
        self._play_button.setChecked(False)
        super().hideEvent(event)


def _matmul_is_heavy(a_shape: tuple[int, ...], b_shape: tuple[int, ...]) -> bool:
    """Worth a worker thread: big operands, or many multiply-adds (a rough upper bound)."""
    sizes = (math.prod(a_shape), math.prod(b_shape))
    inner = a_shape[-1] if a_shape else 1
    outer = (math.prod(a_shape) // max(inner, 1)) * (b_shape[-1] if len(b_shape) >= 2 else 1)
    return max(sizes) > HEAVY_ELEMENTS or outer * inner > HEAVY_MACS


def _titled(title: str, snap) -> str:
    """A grid title with the tensor's dtype: ``x before · int64``."""
    return f"{title} · {snap.dtype.removeprefix('torch.')}"


def _literal_text(snap) -> str:
    """A snapshot's values as a literal a user can edit (ints; used for random operands)."""
    if snap.values is None:
        return ""
    return (
        str(snap.values.astype(int).tolist()) if snap.kind == "int" else str(snap.values.tolist())
    )


LESSON = OpsLesson
