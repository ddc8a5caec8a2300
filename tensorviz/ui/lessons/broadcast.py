"""Lesson ``broadcast`` (course 七.6): the broadcasting rule, drawn dim by dim.

Two operands and an element-wise operation. The shapes are lined up from the right in a
table with each dim's verdict; both operands are drawn expanded to the result shape, the
copies broadcasting adds hatched; the result comes from torch. Under it, the memory truth:
``expand`` gives views that read the operands' own storage with stride 0, so broadcasting
copies nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import broadcast as bc
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import mark_invalid
from tensorviz.ui.widgets.shape_table import ShapeTable, operand_colour
from tensorviz.ui.widgets.storage_strip import StorageStrip
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.worker import Worker

#: (key, kind of a, text of a, op, kind of b, text of b). Titles are set in retranslate().
PRESETS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("course_1d_2d", "values", "[1, 2, 3]", "+", "values", "[[4], [2], [3]]"),
    (
        "course_2d_3d",
        "values",
        "[[1, 2, 3], [4, 5, 6]]",
        "+",
        "values",
        "[[[2, 3, 4]], [[5, 6, 7]]]",
    ),
    ("four_d", "arange", "8, 1, 6, 1", "+", "arange", "7, 1, 5"),
    ("scalar", "values", "10", "*", "arange", "2, 3"),
    ("column_row", "arange", "3, 1", "+", "arange", "4"),
    ("incompatible", "arange", "2, 3", "+", "arange", "2"),
)
KINDS = ("values", "arange")
#: Grids shrink at most to this scale; beyond it the grid area scrolls.
MIN_GRID_SCALE = 0.4
OPS = tuple(bc.OPS)
CHANNEL = "broadcast"  # the worker's channel for bc.broadcast


class _Panel(QWidget):
    """A title over a tensor grid (one operand expanded, or the result)."""

    def __init__(self, theme: Theme, name: str) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName(f"{name}_title")
        self.title.setWordWrap(True)
        self.grid = TensorGrid(theme)
        self.grid.setObjectName(f"{name}_grid")
        self.grid.set_max_scale(2.0)
        self.note = QLabel()
        self.note.setObjectName(f"{name}_note")
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note, 1)


class BroadcastLesson(Lesson):
    key = "broadcast"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._result: bc.BroadcastResult | None = None
        # bc.broadcast runs off the GUI thread (a result may have a million elements); only
        # the newest request's result is shown (the worker drops older ones)
        self._worker = Worker(self)
        self._worker.finished.connect(self._on_worker_finished)
        self._loading = False

        # -- controls ----------------------------------------------------------------------
        controls = QWidget()
        column = QVBoxLayout(controls)
        self._preset_box = QGroupBox()
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset_combo")
        self.preset_combo.addItems([""] * len(PRESETS))
        preset_layout = QVBoxLayout(self._preset_box)
        preset_layout.addWidget(self.preset_combo)
        column.addWidget(self._preset_box)

        self._operand_boxes: dict[str, QGroupBox] = {}
        self.mode_combos: dict[str, QComboBox] = {}
        self.edits: dict[str, QLineEdit] = {}
        self._mode_labels: dict[str, QLabel] = {}
        self._edit_labels: dict[str, QLabel] = {}
        for which in bc.NAMES:
            box = QGroupBox()
            combo = QComboBox()
            combo.setObjectName(f"{which}_mode_combo")
            combo.addItems(["", ""])
            edit = QLineEdit()
            edit.setObjectName(f"{which}_edit")
            form = QFormLayout(box)
            self._mode_labels[which] = QLabel()
            self._edit_labels[which] = QLabel()
            form.addRow(self._mode_labels[which], combo)
            form.addRow(self._edit_labels[which], edit)
            self._operand_boxes[which] = box
            self.mode_combos[which] = combo
            self.edits[which] = edit
        self._op_box = QGroupBox()
        self.op_combo = QComboBox()
        self.op_combo.setObjectName("op_combo")
        self.op_combo.addItems(list(OPS))
        op_layout = QVBoxLayout(self._op_box)
        op_layout.addWidget(self.op_combo)
        column.addWidget(self._operand_boxes["a"])
        column.addWidget(self._op_box)
        column.addWidget(self._operand_boxes["b"])
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("apply_button")
        column.addWidget(self.apply_button)
        self._rule_box = QGroupBox()
        self._rule = QLabel()
        self._rule.setObjectName("rule_label")
        self._rule.setWordWrap(True)
        rule_layout = QVBoxLayout(self._rule_box)
        rule_layout.addWidget(self._rule)
        column.addWidget(self._rule_box)
        column.addStretch(1)

        # -- picture -----------------------------------------------------------------------
        picture = QWidget()
        picture.setObjectName("broadcast_picture")
        pv = QVBoxLayout(picture)
        pv.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("broadcast_heading")
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        pv.addWidget(self.heading)
        self.table = ShapeTable(theme)
        pv.addWidget(self.table)
        self.panels = {name: _Panel(theme, name) for name in ("a", "b", "result")}
        self._op_signs = [QLabel(), QLabel("=")]
        grids = QWidget()
        grids.setObjectName("broadcast_grids")
        self._grids_layout = QGridLayout(grids)
        self._grids_layout.setContentsMargins(0, 0, 0, 0)
        for sign in self._op_signs:
            sign.setObjectName("op_sign")
        self._arrange_grids(horizontal=True)
        # Big results (the 4-D example has 1,680 cells) scroll rather than shrink unreadably.
        self._grids_scroll = QScrollArea()
        self._grids_scroll.setObjectName("grids_scroll")
        self._grids_scroll.setWidgetResizable(True)
        self._grids_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._grids_scroll.setWidget(grids)
        pv.addWidget(self._grids_scroll, 3)
        self.legend = QLabel()
        self.legend.setObjectName("grid_legend")
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        pv.addWidget(self.legend)
        self._memory_box = QGroupBox()
        self._memory_box.setObjectName("memory_box")
        mv = QVBoxLayout(self._memory_box)
        self.strips = {name: StorageStrip(theme) for name in bc.NAMES}
        for name, strip in self.strips.items():
            strip.setObjectName(f"{name}_storage_strip")
            strip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            mv.addWidget(strip)
        self.memory_label = QLabel()
        self.memory_label.setObjectName("memory_label")
        self.memory_label.setWordWrap(True)
        mv.addWidget(self.memory_label)
        pv.addWidget(self._memory_box, 2)

        self.set_content(controls, picture, code_width=30)

        # -- signals -----------------------------------------------------------------------
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.op_combo.currentIndexChanged.connect(self._on_inputs_changed)
        for which in bc.NAMES:
            self.mode_combos[which].currentIndexChanged.connect(
                lambda _i, w=which: self._on_mode_changed(w)
            )
            self.edits[which].returnPressed.connect(self._on_inputs_changed)
        self.apply_button.clicked.connect(self._on_inputs_changed)
        for name in bc.NAMES:
            grid, strip = self.panels[name].grid, self.strips[name]
            grid.cell_hovered.connect(strip.set_hover)
            strip.slot_hovered.connect(lambda slot, n=name: self._on_slot_hovered(n, slot))
        self.panels["result"].grid.cell_hovered.connect(self._on_result_hovered)

        self.retranslate()
        self.apply_theme(theme)
        self._load_preset(0)
        # The first picture is computed in the worker too: torch.broadcast_shapes imports
        # sympy on first use (a few hundred ms), which must not hold up the window's first paint.
        self._request()

    # -- inputs ----------------------------------------------------------------------------
    def _op(self) -> str:
        return OPS[self.op_combo.currentIndex()]

    def _specs(self) -> tuple[bc.OperandSpec, bc.OperandSpec]:
        return tuple(  # type: ignore[return-value]
            bc.OperandSpec(KINDS[self.mode_combos[w].currentIndex()], self.edits[w].text())
            for w in bc.NAMES
        )

    def _load_preset(self, index: int) -> None:
        _key, kind_a, text_a, op, kind_b, text_b = PRESETS[index]
        self._loading = True
        try:
            for which, kind, text in (("a", kind_a, text_a), ("b", kind_b, text_b)):
                self.mode_combos[which].setCurrentIndex(KINDS.index(kind))
                self.edits[which].setText(text)
            self.op_combo.setCurrentIndex(OPS.index(op))
            if self.preset_combo.currentIndex() != index:
                self.preset_combo.setCurrentIndex(index)
        finally:
            self._loading = False

    def load_preset(self, key: str) -> None:
        """Load preset ``key`` and compute it (tests and the lecturer's shortcuts)."""
        index = [p[0] for p in PRESETS].index(key)
        if self.preset_combo.currentIndex() == index:
            self._load_preset(index)
            self._request()
        else:
            self.preset_combo.setCurrentIndex(index)

    def _on_preset_changed(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self._load_preset(index)
        self._request()

    def _on_mode_changed(self, which: str) -> None:
        self._set_placeholders()
        if self._loading:
            return
        # Keep the same operand where possible: its shape, or its values as a literal.
        result = self._result
        if result is not None:
            operand = result.a if which == "a" else result.b
            if KINDS[self.mode_combos[which].currentIndex()] == "arange":
                text = ", ".join(str(s) for s in operand.shape) or "()"
            else:
                text = bc.values_text(operand.values) or "[1, 2, 3]"
            self.edits[which].setText(text)
        self._request()

    def _on_inputs_changed(self, *_args) -> None:
        if not self._loading:
            self._request()

    def _request(self) -> None:
        """Compute the current inputs in the worker; older pending results are dropped (a
        queued request that is stale already does not even run)."""
        a, b = self._specs()
        op = self._op()
        self._worker.submit(CHANNEL, lambda: bc.broadcast(a, b, op), passthrough=(LiteralError,))

    def _on_worker_finished(self, channel: str, out: object) -> None:
        # only the newest request's result arrives: the worker drops stale ones
        if isinstance(out, LiteralError):
            self._show_input_error(out)
        elif isinstance(out, bc.BroadcastResult):
            self._show(out)
        elif isinstance(out, TorchError):
            self.show_torch_error(out)
        elif isinstance(out, BaseException):
            raise out  # our bug: let it surface

    def settle(self) -> None:
        self._worker.settle()

    # -- showing ---------------------------------------------------------------------------
    def _show_input_error(self, error: LiteralError) -> None:
        field = getattr(error, "field", "")
        names = {
            "a": self.tr("Operand a"),
            "b": self.tr("Operand b"),
            "result": self.tr("Result"),
        }
        for which, edit in self.edits.items():
            mark_invalid(edit, field in (which, "result"))
        self.show_input_error(error, names.get(field, ""))

    def _show(self, result: bc.BroadcastResult) -> None:
        self._result = result
        for edit in self.edits.values():
            if edit.property("invalid"):
                mark_invalid(edit, False)
        self.table.set_table(result.table, result.op)
        for name in bc.NAMES:
            operand = result.a if name == "a" else result.b
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
        panel = self.panels["result"]
        if result.result is not None:
            panel.grid.set_snapshot(result.result)
            panel.grid.show()
            panel.note.hide()
        else:
            panel.grid.set_snapshot(None)
            panel.grid.hide()
            panel.note.show()
        for panel in self.panels.values():
            hint = panel.grid.sizeHint()
            panel.grid.setMinimumSize(
                max(self.theme.px(60), round(hint.width() * MIN_GRID_SCALE)),
                max(self.theme.px(40), round(hint.height() * MIN_GRID_SCALE)),
            )
        self._arrange_grids(horizontal=self._fits_side_by_side())
        self.legend.setVisible(result.a.expanded is not None)
        self.code_pane.set_snippet(result.snippet)
        if result.error is None:
            self.clear_error()
        else:
            self.show_torch_error(result.error, self._explanation(result))
        self._update_texts()

    def _explanation(self, result: bc.BroadcastResult):
        dim = result.table.failing_dim
        if dim is None:
            return None  # not about shapes: the shared explanations know torch's message
        d = result.table.dims[dim]
        size_a, size_b = d.size_of("a"), d.size_of("b")
        return lambda: self.tr(
            "Lined up from the right, dim {0} has size {1} in a and {2} in b. The sizes "
            "differ and neither is 1, so neither can be stretched: the shapes do not "
            "broadcast. Make one of them 1 there (for example with unsqueeze or reshape), "
            "or change a shape."
        ).format(dim, size_a, size_b)

    def _fits_side_by_side(self) -> bool:
        """Side by side, or stacked: whichever draws the grids bigger (ties: side by side).
        Summaries (too many elements, or more than 4 dims) are lines of text: stacked."""
        for panel in self.panels.values():
            snap = panel.grid.snapshot()
            if snap is not None and (snap.summarised or snap.ndim > 4):
                return False
        viewport = self._grids_scroll.viewport()
        width = max(self.theme.px(300), viewport.width())
        height = max(self.theme.px(200), viewport.height())
        title = self.panels["a"].title.sizeHint().height()
        sign = self._op_signs[0].sizeHint()
        hints = [p.grid.sizeHint() for p in self.panels.values()]

        def scale(w: float, h: float) -> float:
            return min(min(w / max(1, g.width()), h / max(1, g.height())) for g in hints)

        side = scale((width - 2 * sign.width()) / 3, height - title)
        stacked = scale(width, (height - 2 * sign.height()) / 3 - title)
        return side >= stacked * 0.9

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._result is not None:
            self._arrange_grids(horizontal=self._fits_side_by_side())

    def _arrange_grids(self, horizontal: bool) -> None:
        if getattr(self, "_horizontal", None) == horizontal:
            return
        self._horizontal = horizontal
        layout = self._grids_layout
        order = (
            self.panels["a"],
            self._op_signs[0],
            self.panels["b"],
            self._op_signs[1],
            self.panels["result"],
        )
        for w in order:
            layout.removeWidget(w)
        for i in range(5):
            layout.setColumnStretch(i, 0)
            layout.setRowStretch(i, 0)
        for i, w in enumerate(order):
            if horizontal:
                layout.addWidget(w, 0, i)
                layout.setColumnStretch(i, 0 if i % 2 else 1)
            else:
                layout.addWidget(w, i, 0)
                layout.setRowStretch(i, 0 if i % 2 else 1)

    def _on_result_hovered(self, index: object) -> None:
        """result[i] = a_view[i] op b_view[i]: outline both cells and the slots they read."""
        r = self._result
        if r is None or r.result is None:
            return
        for name in bc.NAMES:
            cell = None if index is None else tuple(index)  # type: ignore[arg-type]
            self.panels[name].grid.set_highlight({} if cell is None else {cell: "highlight"})
            self.strips[name].set_hover(cell)

    def _on_slot_hovered(self, name: str, slot: object) -> None:
        """Outline every cell that reads the hovered storage slot: the copies of one value."""
        grid = self.panels[name].grid
        if slot is None:
            grid.set_highlight({})
        else:
            grid.set_highlight({i: "accent" for i in self.strips[name].readers_of(int(slot))})

    # -- text ------------------------------------------------------------------------------
    def _update_texts(self) -> None:
        r = self._result
        if r is None:
            return
        shape = r.table.result_shape
        op = r.op
        self._op_signs[0].setText(op)
        if shape is not None:
            self.heading.setText(
                self.tr("a {0} {1} b {2}  →  result {3}").format(
                    _shape(r.a.shape), op, _shape(r.b.shape), _shape(shape)
                )
            )
        else:
            self.heading.setText(
                self.tr("a {0} {1} b {2}: these shapes do not broadcast").format(
                    _shape(r.a.shape), op, _shape(r.b.shape)
                )
            )
        for name in bc.NAMES:
            operand = r.a if name == "a" else r.b
            panel = self.panels[name]
            if operand.expanded is not None:
                if operand.stretched:
                    title = self.tr("{0} expanded to {1}: hatched cells are copies").format(
                        name, _shape(shape)
                    )
                else:
                    title = self.tr("{0} {1}: nothing to stretch").format(
                        name, _shape(operand.shape)
                    )
            else:
                title = self.tr("{0} as given {1}: it cannot be expanded").format(
                    name, _shape(operand.shape)
                )
            panel.title.setText(title)
            lay = operand.expanded_layout or operand.layout
            if operand.expanded_layout is not None:
                zero = operand.zero_stride_dims
                strip_title = self.tr(
                    "{0}_view = {0}.expand{1}: stride {2}, reads the storage of {0} (size {3})"
                ).format(name, _shape(shape), tuple(lay.stride), lay.storage_size)
                if zero:
                    strip_title += self.tr(" — stride 0 in dim {0}").format(
                        ", ".join(str(d) for d in zero)
                    )
            else:
                strip_title = self.tr("{0}: stride {1}, storage size {2}").format(
                    name, tuple(lay.stride), lay.storage_size
                )
            self.strips[name].set_title(strip_title)
        self.panels["result"].title.setText(
            self.tr("result = a {0} b, computed by torch").format(op)
            if r.result is not None
            else self.tr("result")
        )
        self.panels["result"].note.setText(
            self.tr("No result: torch raised an error (shown above).")
        )
        self.memory_label.setText(self._memory_text(r))

    def _memory_text(self, r: bc.BroadcastResult) -> str:
        a, b = r.a.nbytes, r.b.nbytes
        if r.a.expanded_layout is None:
            return self.tr(
                "a holds {0} bytes and b {1} bytes. No views exist: torch cannot "
                "expand shapes that do not broadcast."
            ).format(a, b)
        same = self.tr("yes") if r.a.shares_memory and r.b.shares_memory else self.tr("no")
        shown = f"{r.a.expanded_layout.numel:,}"
        if r.result_nbytes is None:
            return self.tr(
                "a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each "
                "yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). torch "
                "computed no result."
            ).format(a, b, shown, same)
        return self.tr(
            "a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each "
            "yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). Only the "
            "result is new memory: {4} bytes."
        ).format(a, b, shown, same, f"{r.result_nbytes:,}")

    def _set_placeholders(self) -> None:
        for which in bc.NAMES:
            values = KINDS[self.mode_combos[which].currentIndex()] == "values"
            self.edits[which].setPlaceholderText(
                self.tr("a literal, e.g. [[1], [2]]")
                if values
                else self.tr("a shape, e.g. 2, 1, 3")
            )

    def retranslate(self) -> None:
        titles = (
            self.tr("Course 1-D + 2-D"),
            self.tr("Course 2-D + 3-D"),
            self.tr("4-D: (8,1,6,1) and (7,1,5)"),
            self.tr("Scalar and tensor"),
            self.tr("Column and row"),
            self.tr("Incompatible shapes"),
        )
        for i, title in enumerate(titles):
            self.preset_combo.setItemText(i, title)
        self._preset_box.setTitle(self.tr("Example"))
        self._op_box.setTitle(self.tr("Operation"))
        for which in bc.NAMES:
            self._operand_boxes[which].setTitle(self.tr("Operand {0}").format(which))
            combo = self.mode_combos[which]
            combo.setItemText(0, self.tr("values (a literal)"))
            combo.setItemText(1, self.tr("arange of a shape"))
            self._mode_labels[which].setText(self.tr("Given as"))
            self._edit_labels[which].setText(self.tr("Text"))
            combo.setToolTip(
                self.tr(
                    "values: type a literal such as [[1], [2]]. arange: type a shape such "
                    "as 2, 1, 3; the values are generated."
                )
            )
            self.edits[which].setToolTip(self.tr("Press Enter to apply"))
        self._set_placeholders()
        self.apply_button.setText(self.tr("Apply"))
        self._rule_box.setTitle(self.tr("The rule"))
        self._rule.setText(
            self.tr(
                "1. Line the shapes up from the right.\n"
                "2. A dim that one shape lacks counts as size 1.\n"
                "3. In every dim the sizes must be equal, or one of them must be 1.\n"
                "4. A size 1 is stretched to the other size by reading the same element "
                "again (stride 0): nothing is copied.\n"
                "A 0-d tensor (a scalar) broadcasts with any shape."
            )
        )
        self.legend.setText(
            self.tr(
                "Hatched, dashed cells are copies that broadcasting adds; solid cells are "
                "the operand's real elements. Cells of one colour read the same storage slot "
                "(hover a slot below to see its readers)."
            )
        )
        self._memory_box.setTitle(self.tr("Memory: expand() makes views, not copies"))
        self.table.set_table(self.table.table(), self._result.op if self._result else "+")
        self._update_texts()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.table.apply_theme(theme)
        for panel in self.panels.values():
            panel.grid.apply_theme(theme)
        for name, strip in self.strips.items():
            strip.apply_theme(theme)
            self.panels[name].title.setStyleSheet(
                f"color: {operand_colour(theme, name).name()}; font-weight: bold;"
            )
        self.panels["result"].title.setStyleSheet("font-weight: bold;")
        for sign in self._op_signs:
            sign.setFont(theme.font(18, bold=True))


def _shape(shape: tuple[int, ...] | None) -> str:
    return "?" if shape is None else str(tuple(shape))


LESSON = BroadcastLesson
