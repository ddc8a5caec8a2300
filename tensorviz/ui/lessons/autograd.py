"""Lesson ``autograd`` (course 八.1–3.3): the graph torch records, backward, accumulation.

Controls describe leaves, a program in the safe expression language and a grad mode; the
buttons append steps (backward, zero the grads, backward N times, detach, in-place edits).
Every change replays the whole story with real torch in :func:`tensorviz.core.graph.run`,
which returns the graph read from ``grad_fn`` / ``next_functions``, the grads after every
backward call, and the code that prints what torch printed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
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

from tensorviz.core import graph
from tensorviz.core.errors import TorchError
from tensorviz.core.expr import ExprError
from tensorviz.core.graph import AutogradResult, LeafSpec, Spec, Step
from tensorviz.core.literal import LiteralError, parse_literal
from tensorviz.ui.explain import explain_torch_error
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.graph_view import GraphView, short_value
from tensorviz.ui.worker import Worker

DTYPE_CHOICES = ("", "float32", "float64", "float16", "int64")
DEFAULT_PRESET = "vectors"
CHANNEL = "replay"  # the worker's channel for the replays


def _compute(spec: Spec) -> object:
    """The replay's result, or the refusal (a LiteralError), or our own bug's exception."""
    try:
        return graph.run(spec)
    except LiteralError as err:
        return err
    except Exception as exc:
        return exc


class _LeafRow:
    """The widgets of one leaf: name, value, dtype, requires_grad."""

    def __init__(self, index: int) -> None:
        self.name = QLineEdit()
        self.name.setObjectName(f"leaf_name_{index}")
        self.value = QLineEdit()
        self.value.setObjectName(f"leaf_value_{index}")
        self.dtype = QComboBox()
        self.dtype.setObjectName(f"leaf_dtype_{index}")
        for d in DTYPE_CHOICES:
            self.dtype.addItem(d or "auto", d)
        self.requires_grad = QCheckBox()
        self.requires_grad.setObjectName(f"leaf_requires_grad_{index}")

    def widgets(self) -> list[QWidget]:
        return [self.name, self.value, self.dtype, self.requires_grad]

    def set_visible(self, on: bool) -> None:
        for w in self.widgets():
            w.setVisible(on)

    def spec(self) -> LeafSpec:
        return LeafSpec(
            self.name.text().strip(),
            self.value.text(),
            self.dtype.currentData() or "",
            self.requires_grad.isChecked(),
        )

    def load(self, leaf: LeafSpec) -> None:
        self.name.setText(leaf.name)
        self.value.setText(leaf.value)
        i = self.dtype.findData(leaf.dtype)
        self.dtype.setCurrentIndex(max(0, i))
        self.requires_grad.setChecked(leaf.requires_grad)


class AutogradLesson(Lesson):
    key = "autograd"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._spec: Spec | None = None  # the state on screen
        self._requested: Spec | None = None  # the latest state asked for
        # replays run one after the other in the worker thread (torch's grad mode is per
        # thread, so a set_grad_enabled(False) replay there never touches the GUI thread's
        # mode); only the newest request's result arrives
        self._worker = Worker(self)
        self._worker.finished.connect(self._on_job_done)
        self._result: AutogradResult | None = None
        self._loading = False
        self._hovered: int | None = None

        # -- example -----------------------------------------------------------------------
        self.preset_box = QGroupBox()
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("preset_combo")
        for p in graph.PRESETS:
            self.preset_combo.addItem(p.key, p.key)
        self.preset_note = QLabel()
        self.preset_note.setObjectName("preset_note")
        self.preset_note.setWordWrap(True)
        box = QVBoxLayout(self.preset_box)
        box.addWidget(self.preset_combo)

        # -- leaves and program ------------------------------------------------------------
        self.leaves_box = QGroupBox()
        grid = QGridLayout(self.leaves_box)
        grid.setHorizontalSpacing(4)
        self.head_labels = [QLabel() for _ in range(2)]
        for c, label in enumerate(self.head_labels):
            label.setProperty("role", "muted")
            grid.addWidget(label, 0, c)
        self.leaf_rows = [_LeafRow(i) for i in range(graph.MAX_LEAVES)]
        for i, row in enumerate(self.leaf_rows):
            grid.addWidget(row.name, 1 + 2 * i, 0)
            grid.addWidget(row.value, 1 + 2 * i, 1)
            grid.addWidget(row.dtype, 2 + 2 * i, 0)
            grid.addWidget(row.requires_grad, 2 + 2 * i, 1)
        grid.setColumnStretch(1, 1)
        leaf_buttons = QHBoxLayout()
        self.add_leaf_button = QToolButton()
        self.add_leaf_button.setObjectName("add_leaf_button")
        self.remove_leaf_button = QToolButton()
        self.remove_leaf_button.setObjectName("remove_leaf_button")
        leaf_buttons.addWidget(self.add_leaf_button)
        leaf_buttons.addWidget(self.remove_leaf_button)
        leaf_buttons.addStretch(1)
        grid.addLayout(leaf_buttons, 2 * graph.MAX_LEAVES + 1, 0, 1, 2)
        self.program_label = QLabel()
        self.program_edit = QLineEdit()
        self.program_edit.setObjectName("program_edit")
        self.mode_label = QLabel()
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("mode_combo")
        for m in graph.MODES:
            self.mode_combo.addItem(m, m)
        self.inspect_check = QCheckBox()
        self.inspect_check.setObjectName("inspect_check")
        self.program_box = QGroupBox()
        pbox = QVBoxLayout(self.program_box)
        pbox.addWidget(self.program_label)
        pbox.addWidget(self.program_edit)
        pbox.addWidget(self.mode_label)
        pbox.addWidget(self.mode_combo)
        pbox.addWidget(self.inspect_check)

        # -- actions -----------------------------------------------------------------------
        self.actions_box = QGroupBox()
        self.forward_button = QPushButton()
        self.forward_button.setObjectName("forward_button")
        self.backward_button = QPushButton()
        self.backward_button.setObjectName("backward_button")
        self.retain_check = QCheckBox()
        self.retain_check.setObjectName("retain_check")
        self.gradient_check = QCheckBox()
        self.gradient_check.setObjectName("gradient_check")
        self.gradient_edit = QLineEdit()
        self.gradient_edit.setObjectName("gradient_edit")
        self.gradient_hint = QLabel()
        self.gradient_hint.setObjectName("gradient_hint")
        self.gradient_hint.setWordWrap(True)
        self.zero_button = QPushButton()
        self.zero_button.setObjectName("zero_button")
        self.times_spin = QSpinBox()
        self.times_spin.setObjectName("times_spin")
        self.times_spin.setRange(1, graph.MAX_TIMES)
        self.times_spin.setValue(3)
        self.repeat_button = QPushButton()
        self.repeat_button.setObjectName("repeat_button")
        self.fresh_check = QCheckBox()
        self.fresh_check.setObjectName("fresh_check")
        self.zero_first_check = QCheckBox()
        self.zero_first_check.setObjectName("zero_first_check")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("reset_button")
        abox = QVBoxLayout(self.actions_box)
        row = QHBoxLayout()
        row.addWidget(self.forward_button)
        row.addWidget(self.backward_button)
        abox.addLayout(row)
        abox.addWidget(self.retain_check)
        abox.addWidget(self.gradient_hint)
        grow = QHBoxLayout()
        grow.addWidget(self.gradient_check)
        grow.addWidget(self.gradient_edit, 1)
        abox.addLayout(grow)
        abox.addWidget(self.zero_button)
        row = QHBoxLayout()
        row.addWidget(self.repeat_button, 1)
        row.addWidget(self.times_spin)
        abox.addLayout(row)
        abox.addWidget(self.fresh_check)
        abox.addWidget(self.zero_first_check)
        abox.addWidget(self.reset_button)

        self.leaf_box = QGroupBox()
        self.leaf_combo = QComboBox()
        self.leaf_combo.setObjectName("leaf_combo")
        self.detach_button = QPushButton()
        self.detach_button.setObjectName("detach_button")
        self.edit_detached_button = QPushButton()
        self.edit_detached_button.setObjectName("edit_detached_button")
        self.inplace_button = QPushButton()
        self.inplace_button.setObjectName("inplace_button")
        lbox = QVBoxLayout(self.leaf_box)
        lbox.addWidget(self.leaf_combo)
        row = QHBoxLayout()
        row.addWidget(self.detach_button)
        row.addWidget(self.edit_detached_button)
        lbox.addLayout(row)
        lbox.addWidget(self.inplace_button)

        controls = QWidget()
        cl = QVBoxLayout(controls)
        cl.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.preset_box,
            self.actions_box,
            self.program_box,
            self.leaves_box,
            self.leaf_box,
        ):
            cl.addWidget(w)
        cl.addStretch(1)

        # -- picture -----------------------------------------------------------------------
        self.graph_view = GraphView(theme)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("chain_label")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_label = QLabel()
        self.history_label.setObjectName("history_label")
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        self.history_label.setWordWrap(True)  # many leaves must not widen the picture
        self.history_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_title = QLabel()
        self.history_title.setProperty("role", "muted")
        zoom_row = QHBoxLayout()
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setObjectName("zoom_out_button")
        self.zoom_out_button.setText("−")
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setObjectName("zoom_in_button")
        self.zoom_in_button.setText("+")
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("fit_button")
        zoom_row.addWidget(self.status_label, 1)
        zoom_row.addWidget(self.zoom_out_button)
        zoom_row.addWidget(self.zoom_in_button)
        zoom_row.addWidget(self.fit_button)
        picture = QWidget()
        pl = QVBoxLayout(picture)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.preset_note)
        pl.addLayout(zoom_row)
        pl.addWidget(self.graph_view, 1)
        pl.addWidget(self.chain_label)
        pl.addWidget(self.history_title)
        pl.addWidget(self.history_label)
        self.set_content(controls, picture, code_width=30)

        # -- signals -----------------------------------------------------------------------
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        for leaf_row in self.leaf_rows:
            leaf_row.name.editingFinished.connect(self._on_definition_changed)
            leaf_row.value.editingFinished.connect(self._on_definition_changed)
            leaf_row.dtype.currentIndexChanged.connect(self._on_definition_changed)
            leaf_row.requires_grad.toggled.connect(self._on_definition_changed)
        self.program_edit.editingFinished.connect(self._on_definition_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_definition_changed)
        self.inspect_check.toggled.connect(self._on_definition_changed)
        self.add_leaf_button.clicked.connect(self._on_add_leaf_clicked)
        self.remove_leaf_button.clicked.connect(self._on_remove_leaf_clicked)
        self.forward_button.clicked.connect(self._on_forward_clicked)
        self.backward_button.clicked.connect(self._on_backward_clicked)
        self.zero_button.clicked.connect(self._on_zero_clicked)
        self.repeat_button.clicked.connect(self._on_repeat_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        for button, kind in (
            (self.detach_button, "detach"),
            (self.edit_detached_button, "edit_detached"),
            (self.inplace_button, "inplace"),
        ):
            button.clicked.connect(lambda _checked=False, k=kind: self._on_leaf_step_clicked(k))
        self.gradient_check.toggled.connect(self._update_gradient_controls)
        self.gradient_edit.returnPressed.connect(self._on_backward_clicked)
        self.zoom_in_button.clicked.connect(self._on_zoom_in_clicked)
        self.zoom_out_button.clicked.connect(self._on_zoom_out_clicked)
        self.fit_button.clicked.connect(self._on_fit_clicked)
        self.graph_view.edge_hovered.connect(self._on_edge_hovered)

        self._visible_leaves = 0
        self.retranslate()
        self.apply_theme(theme)
        # the first picture is computed right away (it is cheap), so the lesson opens drawn
        self._load_spec_into_controls(graph.preset(DEFAULT_PRESET).spec)
        self._update_preset_note()
        self._apply(graph.preset(DEFAULT_PRESET).spec, sync=True)
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(DEFAULT_PRESET))
        self.preset_combo.blockSignals(False)

    # -- public (tests drive these too) ----------------------------------------------------
    def result(self) -> AutogradResult | None:
        return self._result

    def spec(self) -> Spec | None:
        return self._spec

    def load_preset(self, key: str) -> None:
        i = self.preset_combo.findData(key)
        if i < 0:
            raise KeyError(key)
        if self.preset_combo.currentIndex() != i:
            self.preset_combo.setCurrentIndex(i)  # -> _on_preset_changed
        else:
            self._on_preset_changed(i)

    # -- building the spec -----------------------------------------------------------------
    def _definition(self) -> Spec:
        leaves = tuple(r.spec() for r in self.leaf_rows[: self._visible_leaves])
        return Spec(
            leaves=leaves,
            program=self.program_edit.text(),
            mode=self.mode_combo.currentData(),
            inspect=self.inspect_check.isChecked(),
        )

    def _show_leaves(self, n: int) -> None:
        self._visible_leaves = max(1, min(graph.MAX_LEAVES, n))
        for i, r in enumerate(self.leaf_rows):
            r.set_visible(i < self._visible_leaves)
        self.add_leaf_button.setEnabled(self._visible_leaves < graph.MAX_LEAVES)
        self.remove_leaf_button.setEnabled(self._visible_leaves > 1)

    def _load_spec_into_controls(self, spec: Spec) -> None:
        self._loading = True
        try:
            self._show_leaves(len(spec.leaves))
            for row, leaf in zip(self.leaf_rows, spec.leaves, strict=False):
                row.load(leaf)
            self.program_edit.setText(spec.program)
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(spec.mode))
            self.inspect_check.setChecked(spec.inspect)
            for step in spec.steps:
                if step.kind == "repeat":
                    self.times_spin.setValue(step.times)
                    self.fresh_check.setChecked(step.fresh_forward)
                    self.zero_first_check.setChecked(step.zero_first)
                if step.kind in ("repeat", "backward"):
                    self.retain_check.setChecked(step.retain_graph)
                    self.gradient_check.setChecked(step.gradient is not None)
                    if step.gradient is not None:
                        self.gradient_edit.setText(step.gradient)
            if not any(s.kind in ("repeat", "backward") for s in spec.steps):
                self.retain_check.setChecked(False)
                self.gradient_check.setChecked(False)
            if not any(s.kind == "repeat" for s in spec.steps):
                self.fresh_check.setChecked(True)
                self.zero_first_check.setChecked(False)
        finally:
            self._loading = False

    # -- computing -------------------------------------------------------------------------
    def _apply(self, spec: Spec, sync: bool = False) -> None:
        """Replay ``spec`` (in the worker thread unless ``sync``); when its result arrives
        and is still the latest request, it becomes the current state."""
        self._requested = spec
        if sync:
            self._worker.cancel(CHANNEL)  # a replay still running is stale now
            self._on_done(spec, _compute(spec))
            return
        # _compute returns every exception, so the worker delivers the pair as it is
        self._worker.submit(CHANNEL, lambda: (spec, _compute(spec)))

    def _on_job_done(self, channel: str, result: object) -> None:
        # only the newest request's replay arrives: an older picture is already stale
        spec, outcome = result  # type: ignore[misc]
        self._on_done(spec, outcome)

    def _on_done(self, spec: Spec, outcome: object) -> None:
        if isinstance(outcome, LiteralError):
            self._requested = self._spec
            self._show_refusal(outcome, spec)
            return
        if isinstance(outcome, BaseException):
            raise outcome  # our bug: let it surface
        result: AutogradResult = outcome  # type: ignore[assignment]
        if result.ok:
            self._spec = spec
            self._result = result
            self._paint(result)
        else:  # nothing ran (result.error says why): the last picture stays
            self._requested = self._spec
        error = result.error
        if error is not None:
            self.show_torch_error(error, lambda: self._explain(error))
        else:
            self.clear_error()

    def settle(self) -> None:
        self._worker.settle()

    def _add_step(self, step: Step) -> None:
        base = self._requested
        if base is None:
            return
        if len(base.steps) >= graph.MAX_STEPS:
            self.banner.show_error(
                self.tr("Too many steps"),
                lambda: self.tr("Press 'Start over' to begin a fresh story."),
            )
            return
        self._apply(replace(base, steps=(*base.steps, step)))

    def _show_refusal(self, err: LiteralError, spec: Spec) -> None:
        field = self._field_of(err, spec)
        if isinstance(err, ExprError):
            self.banner.show_error(
                f"{field}: {err}" if field else str(err), lambda: self._expr_explanation(err)
            )
        else:
            self.show_input_error(err, field)

    def _field_of(self, err: LiteralError, spec: Spec) -> str:
        for leaf in spec.leaves:
            try:
                parse_literal(leaf.value, max_elements=graph.MAX_LEAF_ELEMENTS)
            except LiteralError:
                return self.tr("value of {0}").format(leaf.name or "?")
        if (
            isinstance(err, ExprError)
            and err.reason in ("bad_name",)
            and any(err.detail.startswith(repr(leaf.name)) for leaf in spec.leaves)
        ):
            return self.tr("leaf name")
        if isinstance(err, ExprError):
            return self.tr("program")
        if any(s.gradient is not None for s in spec.steps):
            return self.tr("gradient")
        return ""

    def _paint(self, result: AutogradResult) -> None:
        self.graph_view.set_result(result, self._note(result))
        self.code_pane.set_snippet(result.snippet)
        self._hovered = None
        self._update_texts()
        names = [t.name for t in result.tensors if t.role == "leaf"]
        current = self.leaf_combo.currentData()
        self.leaf_combo.blockSignals(True)
        self.leaf_combo.clear()
        for n in names:
            self.leaf_combo.addItem(n, n)
        if current in names:
            self.leaf_combo.setCurrentIndex(names.index(current))
        self.leaf_combo.blockSignals(False)
        self._update_gradient_controls()

    # -- texts -----------------------------------------------------------------------------
    def _note(self, result: AutogradResult) -> str:
        if result.graph_built:
            return ""
        out = result.output
        if result.mode == "no_grad":
            return self.tr(
                "No graph: {0} was computed inside torch.no_grad(), so nothing was recorded "
                "({0}.grad_fn is None, {0}.requires_grad is False)."
            ).format(out)
        if result.mode == "decorator":
            return self.tr(
                "No graph: {0} was computed in a function decorated with @torch.no_grad(), "
                "so nothing was recorded ({0}.grad_fn is None)."
            ).format(out)
        if result.mode == "set_grad_enabled":
            return self.tr(
                "No graph: torch.set_grad_enabled(False) switched recording off while {0} "
                "was computed ({0}.grad_fn is None)."
            ).format(out)
        try:
            shown = result.tensor(out)
        except KeyError:
            shown = None
        if shown is not None and shown.is_leaf and shown.requires_grad:
            return self.tr(
                "No graph: {0} is a leaf itself (no operation was applied), so it has no "
                "grad_fn; backward() on it just sets its own .grad."
            ).format(out)
        return self.tr(
            "No graph: no leaf has requires_grad=True, so torch recorded nothing "
            "({0}.grad_fn is None)."
        ).format(out)

    def _update_texts(self) -> None:
        result = self._result
        if result is None:
            return
        if result.graph_built:
            status = self.tr("{0} nodes, {1} edges · backward calls: {2}").format(
                len(result.nodes), len(result.edges), result.backward_calls
            )
            if result.freed:
                status += " · " + self.tr("saved values freed (retain_graph was False)")
        else:
            status = self.tr("no graph recorded · backward calls: {0}").format(
                result.backward_calls
            )
        self.status_label.setText(status)
        if self._hovered is not None and self._hovered < len(result.edges):
            self.chain_label.setText(self.graph_view.edge_tooltip(self._hovered))
        elif result.graph_built:
            self.chain_label.setText(
                self.tr(
                    "Arrows point the way the forward pass ran; backward() sends gradients "
                    "the other way. Hover an edge to see the chain rule along it: the local "
                    "derivative, the gradient arriving and the gradient passed on."
                )
            )
        else:
            self.chain_label.setText("")
        lines = []
        for record in result.history[-10:]:
            grads = "   ".join(f"{name}.grad = {short_value(g)}" for name, g in record.grads)
            lines.append(f"#{record.call}: {grads}")
        self.history_label.setText("\n".join(lines) or self.tr("(no backward call yet)"))
        self.history_title.setText(self.tr(".grad of the leaves after each backward call"))

    def _update_gradient_controls(self) -> None:
        result = self._result
        non_scalar = bool(result is not None and result.ok and result.output_shape != ())
        self.gradient_check.setVisible(non_scalar)
        self.gradient_edit.setVisible(non_scalar)
        self.gradient_hint.setVisible(non_scalar)
        self.gradient_edit.setEnabled(self.gradient_check.isChecked())
        if non_scalar and result is not None:
            shape = list(result.output_shape)
            self.gradient_hint.setText(
                self.tr(
                    "{0} is not a scalar (shape {1}): backward() needs gradient=, a tensor of "
                    "the same shape (the weights of each element)."
                ).format(result.output, shape)
            )
            if not self.gradient_edit.text().strip() or not self._gradient_fits(shape):
                n = math.prod(shape)
                if n <= 64:
                    self.gradient_edit.setText(_ones_literal(shape))

    def _gradient_fits(self, shape: list[int]) -> bool:
        try:
            parsed = parse_literal(self.gradient_edit.text())
        except LiteralError:
            return False
        return list(parsed.shape) == shape

    def _explain(self, error: TorchError) -> str:
        m = error.message
        if "implicitly created only for scalar outputs" in m:
            return self.tr(
                "backward() with no argument only works on a single number: it starts with "
                "d out/d out = 1. For a vector output, pass gradient= (a tensor of the output's "
                "shape: how much each element counts), or reduce it first with sum() or mean()."
            )
        if "backward through the graph a second time" in m:
            return self.tr(
                "The first backward() freed the values the graph had saved (x for x ** 2 ...). "
                "Tick retain_graph=True before the first backward, or run the forward pass "
                "again, which builds a fresh graph (that is what a training loop does)."
            )
        if "leaf Variable that requires grad" in m:
            return self.tr(
                "A leaf with requires_grad=True may not be changed in place while autograd is "
                "recording: its old value may be needed for the gradient. Change it inside "
                "torch.no_grad(), the way an optimizer updates parameters."
            )
        if "does not require grad and does not have a grad_fn" in m:
            return self.tr(
                "This output is not part of any graph: no leaf had requires_grad=True, or it "
                "was computed with grad mode off. There is nothing backward() could "
                "differentiate."
            )
        if "modified by an inplace operation" in m:
            return self.tr(
                "The graph saved a tensor for the backward pass, and that tensor was changed "
                "in place afterwards (a detached tensor shares the leaf's memory, so editing it "
                "edits the leaf). torch notices through the version counter and refuses."
            )
        if "floating point and complex dtype can require gradients" in m:
            return self.tr("Only floating point (or complex) tensors can require gradients.")
        if "Mismatch in shape" in m or "Mismatch in dtype" in m:
            return self.tr("gradient= must have exactly the output's shape and dtype.")
        return explain_torch_error(error)

    def _expr_explanation(self, err: ExprError) -> str:
        texts: dict[str, Callable[[], str]] = {
            "empty": lambda: self.tr("The program is empty."),
            "syntax": lambda: self.tr("This is not a valid expression."),
            "not_allowed": lambda: self.tr(
                "Allowed: numbers, the leaf names, + - * / **, unary minus, and sum, mean, "
                "exp, log, sin, cos, relu, sigmoid, tanh (as f(x) or x.f()); assignments "
                "like 'z = x * y; loss = z.sum()'."
            ),
            "unknown_name": lambda: self.tr("This name is neither a leaf nor an earlier result."),
            "bad_name": lambda: self.tr(
                "Names must be plain identifiers, and not one of the function names or "
                "torch, print, range, i, e, f, forward."
            ),
            "reassigned": lambda: self.tr("Each name may be given a tensor only once."),
            "bad_call": lambda: self.tr(
                "Functions take one tensor: sum(x) or x.sum(); only sum, mean, exp, log, "
                "sin, cos, relu, sigmoid and tanh are available."
            ),
            "too_big": lambda: self.tr("The program or one of its numbers is too big."),
            "too_deep": lambda: self.tr("The expression is nested too deeply."),
            "too_long": lambda: self.tr("The program is too long."),
        }
        fn = texts.get(err.reason)
        text = fn() if fn else self.tr("The program cannot be used.")
        return text

    # -- handlers --------------------------------------------------------------------------
    def _on_preset_changed(self, index: int) -> None:
        key = self.preset_combo.itemData(index)
        spec = graph.preset(key).spec
        self._load_spec_into_controls(spec)
        self._update_preset_note()
        self._apply(spec)

    def _on_definition_changed(self, *_args) -> None:
        if self._loading:
            return
        spec = self._definition()
        if self._requested is not None and spec == replace(self._requested, steps=()):
            return  # nothing changed (editingFinished also fires on focus loss)
        self._apply(spec)

    def _on_add_leaf_clicked(self) -> None:
        n = self._visible_leaves
        used = {r.name.text().strip() for r in self.leaf_rows[:n]}
        name = next(c for c in ("w", "b", "u", "v", "a", "c", "p", "q") if c not in used)
        self.leaf_rows[n].load(LeafSpec(name, "1.0"))
        self._show_leaves(n + 1)
        self._on_definition_changed()

    def _on_remove_leaf_clicked(self) -> None:
        self._show_leaves(self._visible_leaves - 1)
        self._on_definition_changed()

    def _on_forward_clicked(self) -> None:
        self._add_step(Step("forward"))

    def _backward_gradient(self) -> str | None:
        result = self._result
        if result is None or result.output_shape == ():
            return None
        return self.gradient_edit.text() if self.gradient_check.isChecked() else None

    def _on_backward_clicked(self) -> None:
        self._add_step(
            Step(
                "backward",
                gradient=self._backward_gradient(),
                retain_graph=self.retain_check.isChecked(),
            )
        )

    def _on_zero_clicked(self) -> None:
        self._add_step(Step("zero"))

    def _on_repeat_clicked(self) -> None:
        self._add_step(
            Step(
                "repeat",
                gradient=self._backward_gradient(),
                retain_graph=self.retain_check.isChecked(),
                times=self.times_spin.value(),
                fresh_forward=self.fresh_check.isChecked(),
                zero_first=self.zero_first_check.isChecked(),
            )
        )

    def _on_reset_clicked(self) -> None:
        if self._requested is not None:
            self._apply(replace(self._requested, steps=()))

    def _on_leaf_step_clicked(self, kind: str) -> None:
        """detach(), detached += 1 or leaf += 1, on the leaf picked in the combo."""
        leaf = self.leaf_combo.currentData()
        if leaf:
            self._add_step(Step(kind, leaf=leaf))

    def _on_zoom_in_clicked(self) -> None:
        self.graph_view.zoom_by(1.2)

    def _on_zoom_out_clicked(self) -> None:
        self.graph_view.zoom_by(1 / 1.2)

    def _on_fit_clicked(self) -> None:
        self.graph_view.fit()

    def _on_edge_hovered(self, index: int | None) -> None:
        self._hovered = index
        self._update_texts()

    # -- language and theme ----------------------------------------------------------------
    def _preset_title(self, key: str) -> str:
        titles = {
            "vectors": self.tr("Several vectors: z = x * y, loss = z.sum()"),
            "leaf": self.tr("Leaf and non-leaf tensors"),
            "detach": self.tr("detach() shares memory"),
            "scalar": self.tr("Scalar backward: y = x ** 2"),
            "vector_error": self.tr("Vector backward without gradient= (error)"),
            "vector_gradient": self.tr("Vector backward with gradient="),
            "mean": self.tr("Backward through mean()"),
            "float64": self.tr("Several float64 scalars"),
            "no_grad": self.tr("torch.no_grad() as a context"),
            "decorator": self.tr("@torch.no_grad() as a decorator"),
            "set_grad_enabled": self.tr("torch.set_grad_enabled(False)"),
            "accumulate": self.tr("Gradients accumulate over 3 backward calls"),
            "freed": self.tr("Second backward through a freed graph (error)"),
            "zero_grad": self.tr("grad.zero_() before each backward"),
            "inplace_leaf": self.tr("In-place change of a leaf (error)"),
            "no_requires_grad": self.tr("backward() without requires_grad (error)"),
        }
        return titles.get(key, key)

    def _preset_text(self, key: str) -> str:
        texts = {
            "vectors": self.tr(
                "x and y are leaves; z and loss are results. Each operation left a node in "
                "the graph (MulBackward0, SumBackward0); backward() walks it from loss back "
                "to the leaves: x.grad = y and y.grad = x."
            ),
            "leaf": self.tr(
                "Tensors you create are leaves (is_leaf=True). Results of operations on "
                "tensors that require grad are not: they carry a grad_fn instead."
            ),
            "detach": self.tr(
                "detach() returns a tensor outside the graph that shares the leaf's memory "
                "(same data_ptr). Changing it in place changes the leaf too, whatever some "
                "notes say. Press backward() next: autograd notices the change and refuses."
            ),
            "scalar": self.tr("For a scalar output backward() needs no argument: x.grad = 2x."),
            "vector_error": self.tr(
                "y has three elements, so backward() does not know how to weigh them."
            ),
            "vector_gradient": self.tr(
                "gradient= gives each element of y a weight; with ones, x.grad = 2x."
            ),
            "mean": self.tr("mean() makes a scalar: each y_i counts 1/3, so x.grad = 2x / 3."),
            "float64": self.tr(
                "y = x1 ** 2 + 2 * x2 + 7 with float64 leaves: x1.grad = 2 * x1, "
                "x2.grad = 2. The grads keep the leaves' dtype."
            ),
            "no_grad": self.tr(
                "Inside torch.no_grad() nothing is recorded: the result has no grad_fn."
            ),
            "decorator": self.tr(
                "@torch.no_grad() switches recording off for every call of the function."
            ),
            "set_grad_enabled": self.tr(
                "torch.set_grad_enabled(False) switches recording off globally until it is "
                "switched on again."
            ),
            "accumulate": self.tr(
                "Each backward() adds to .grad instead of replacing it: after 3 calls x.grad "
                "is 3 times one call's gradient."
            ),
            "freed": self.tr(
                "The forward pass ran once, outside the loop: the first backward() frees the "
                "graph's saved values and the second one fails."
            ),
            "zero_grad": self.tr(
                "Zeroing .grad before each backward() keeps one call's gradient each time."
            ),
            "inplace_leaf": self.tr(
                "x += 1 on a leaf that requires grad is refused while autograd records."
            ),
            "no_requires_grad": self.tr(
                "No leaf requires grad, so no graph exists and backward() has nothing to do."
            ),
        }
        return texts.get(key, "")

    def _update_preset_note(self) -> None:
        key = self.preset_combo.currentData()
        self.preset_note.setText(self._preset_text(key) if key else "")

    def retranslate(self) -> None:
        self.preset_box.setTitle(self.tr("Example from the course"))
        for i in range(self.preset_combo.count()):
            self.preset_combo.setItemText(i, self._preset_title(self.preset_combo.itemData(i)))
        self._update_preset_note()
        self.leaves_box.setTitle(self.tr("Leaves"))
        for label, text in zip(
            self.head_labels,
            (self.tr("name / dtype"), self.tr("value")),
            strict=True,
        ):
            label.setText(text)
        for r in self.leaf_rows:
            r.requires_grad.setText("requires_grad")
            r.dtype.setItemText(0, self.tr("auto"))
        self.add_leaf_button.setText(self.tr("+ leaf"))
        self.remove_leaf_button.setText(self.tr("− leaf"))
        self.program_box.setTitle(self.tr("Forward pass"))
        self.program_label.setText(self.tr("Program (press Enter):"))
        self.program_edit.setToolTip(
            self.tr(
                "numbers, leaf names, + - * / **, sum mean exp log sin cos relu sigmoid tanh; "
                "separate assignments with ';'"
            )
        )
        self.mode_label.setText(self.tr("Grad mode:"))
        modes = {
            "grad": self.tr("record the graph (default)"),
            "no_grad": self.tr("with torch.no_grad():"),
            "decorator": self.tr("@torch.no_grad() decorator"),
            "set_grad_enabled": self.tr("torch.set_grad_enabled(False)"),
        }
        for i in range(self.mode_combo.count()):
            self.mode_combo.setItemText(i, modes[self.mode_combo.itemData(i)])
        self.inspect_check.setText(self.tr("print is_leaf and requires_grad"))
        self.actions_box.setTitle(self.tr("Backward"))
        self.forward_button.setText(self.tr("Forward again"))
        self.forward_button.setToolTip(self.tr("Run the program again: a new graph"))
        self.backward_button.setText(self.tr("backward()"))
        self.retain_check.setText(self.tr("retain_graph=True"))
        self.gradient_check.setText(self.tr("gradient="))
        self.zero_button.setText(self.tr("Zero the grads: x.grad.zero_()"))
        self.repeat_button.setText(self.tr("backward() N times"))
        self.times_spin.setToolTip(self.tr("N"))
        self.fresh_check.setText(self.tr("forward again each time"))
        self.zero_first_check.setText(self.tr("zero the grads each time"))
        self.reset_button.setText(self.tr("Start over"))
        self.leaf_box.setTitle(self.tr("detach() and in-place changes"))
        self.detach_button.setText(self.tr("detach()"))
        self.edit_detached_button.setText(self.tr("detached += 1"))
        self.inplace_button.setText(self.tr("leaf += 1 (in place)"))
        self.fit_button.setText(self.tr("Fit"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl + wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl + wheel)"))
        self.fit_button.setToolTip(self.tr("Fit the graph into the view"))
        if self._result is not None:
            self.graph_view.set_result(self._result, self._note(self._result))
            self._update_texts()
            self._update_gradient_controls()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.graph_view.apply_theme(theme)
        self.history_label.setFont(theme.font(10, mono=True))
        self.chain_label.setFont(theme.font(11))
        self.chain_label.setStyleSheet(f"color: {theme.text};")
        self.gradient_hint.setStyleSheet(f"color: {theme.warning};")
        for r in self.leaf_rows:
            r.name.setMaximumWidth(theme.px(90))
        self.preset_note.setFont(theme.font(11))


def _ones_literal(shape: list[int]) -> str:
    if not shape:
        return "1.0"
    inner = _ones_literal(shape[1:])
    return "[" + ", ".join([inner] * shape[0]) + "]"


LESSON = AutogradLesson
