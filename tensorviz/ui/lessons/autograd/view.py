"""The autograd lesson's picture: the graph torch recorded, the chain rule along an edge, the
leaves' grads after each backward call, and the controls that tell the story."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from tensorviz.core.graph import AutogradResult
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.autograd import controls, texts
from tensorviz.ui.lessons.autograd.state import State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text
from tensorviz.ui.widgets.graph_view import GraphView, edge_text
from tensorviz.ui.widgets.roles import set_role

#: Each zoom button click zooms by this factor.
ZOOM_STEP = 1.2
#: The picture's right margin (px at zoom 100): its texts keep clear of the splitter.
PICTURE_GAP = 8


@dataclass(frozen=True)
class Shown:
    """What a state shows: the replay's result, and the text of the gradient= field (the
    state's, or ones of the output's shape where the state's does not fit it)."""

    result: AutogradResult
    gradient_text: str


class AutogradView(LessonView):
    """Emits what the user asks for; draws a :class:`State` with its replay's result."""

    preset_chosen = Signal(str)
    leaf_edited = Signal(int, str, object)  # row, LeafSpec field, value
    leaf_added = Signal()
    leaf_removed = Signal()
    program_edited = Signal(str)
    mode_chosen = Signal(str)
    inspect_toggled = Signal(bool)
    setting_changed = Signal(str, object)  # a Backward box setting: State field, value
    forward_requested = Signal()
    backward_requested = Signal(str)  # the gradient= field's text
    repeat_requested = Signal(str)  # the gradient= field's text
    zero_requested = Signal()
    start_over_requested = Signal()
    leaf_step_requested = Signal(str)  # detach, edit_detached or inplace
    leaf_chosen = Signal(str)
    edge_hovered = Signal(object)  # edge index or None
    zoom_requested = Signal(float)  # 0: the graph view's own fit

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._drawn: tuple[State, Shown] | None = None
        self._graph_of: AutogradResult | None = None  # the result the graph view shows
        self._refused: dict[str, QLineEdit] = {}  # outlined fields, by state field
        self._rewrite: set[str] = set()  # fields to write again though unchanged
        controls_widget = controls.build(self)

        # -- picture -----------------------------------------------------------------------
        self.preset_note = QLabel()
        self.preset_note.setObjectName("preset_note")
        self.preset_note.setWordWrap(True)
        self.graph_view = GraphView(theme)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("chain_label")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.chain_label, None, "text")
        self.history_label = QLabel()
        self.history_label.setObjectName("history_label")
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        self.history_label.setWordWrap(True)  # many leaves must not widen the picture
        self.history_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_title = QLabel()
        set_role(self.history_title, "muted")
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setObjectName("zoom_out_button")
        self.zoom_out_button.setText("−")
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setObjectName("zoom_in_button")
        self.zoom_in_button.setText("+")
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("fit_button")
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.status_label, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            zoom_row.addWidget(button)
        picture = self.picture = QWidget()
        pl = QVBoxLayout(picture)
        pl.setContentsMargins(0, 0, 0, 0)  # the right one: apply_theme's
        pl.addWidget(self.preset_note)
        pl.addLayout(zoom_row)
        pl.addWidget(self.graph_view, 1)
        pl.addWidget(self.chain_label)
        pl.addWidget(self.history_title)
        pl.addWidget(self.history_label)
        self.set_content(controls_widget, picture, code_width=30)
        self._connect()
        self.retranslate()
        self.apply_theme(theme)

    # -- intents ---------------------------------------------------------------------------
    def _connect(self) -> None:
        self.preset_combo.activated.connect(
            lambda i: self.preset_chosen.emit(self.preset_combo.itemData(i))
        )
        for i, row in enumerate(self.leaf_rows):
            row.name.editingFinished.connect(
                lambda i=i, row=row: self.leaf_edited.emit(i, "name", row.name.text())
            )
            row.value.editingFinished.connect(
                lambda i=i, row=row: self.leaf_edited.emit(i, "value", row.value.text())
            )
            row.dtype.currentIndexChanged.connect(
                lambda _k, i=i, row=row: self.leaf_edited.emit(i, "dtype", row.dtype.currentData())
            )
            row.requires_grad.toggled.connect(
                lambda on, i=i: self.leaf_edited.emit(i, "requires_grad", on)
            )
        self.add_leaf_button.clicked.connect(self.leaf_added)
        self.remove_leaf_button.clicked.connect(self.leaf_removed)
        self.program_edit.editingFinished.connect(
            lambda: self.program_edited.emit(self.program_edit.text())
        )
        self.mode_combo.currentIndexChanged.connect(
            lambda _i: self.mode_chosen.emit(self.mode_combo.currentData())
        )
        self.inspect_check.toggled.connect(self.inspect_toggled)
        for widget, name in (
            (self.retain_check, "retain_graph"),
            (self.gradient_check, "use_gradient"),
            (self.fresh_check, "fresh_forward"),
            (self.zero_first_check, "zero_first"),
        ):
            widget.toggled.connect(lambda on, name=name: self.setting_changed.emit(name, on))
        self.times_spin.valueChanged.connect(lambda n: self.setting_changed.emit("times", n))
        self.forward_button.clicked.connect(self.forward_requested)
        self.backward_button.clicked.connect(self._on_backward_clicked)
        self.gradient_edit.returnPressed.connect(self._on_backward_clicked)
        self.repeat_button.clicked.connect(
            lambda: self.repeat_requested.emit(self.gradient_edit.text())
        )
        self.zero_button.clicked.connect(self.zero_requested)
        self.reset_button.clicked.connect(self.start_over_requested)
        for button, kind in (
            (self.detach_button, "detach"),
            (self.edit_detached_button, "edit_detached"),
            (self.inplace_button, "inplace"),
        ):
            button.clicked.connect(lambda _c=False, k=kind: self.leaf_step_requested.emit(k))
        self.leaf_combo.currentIndexChanged.connect(
            lambda i: self.leaf_chosen.emit(self.leaf_combo.itemData(i))
        )
        self.graph_view.edge_hovered.connect(self.edge_hovered)
        self.graph_view.zoom_changed.connect(self.zoom_requested)
        self.zoom_in_button.clicked.connect(
            lambda: self.zoom_requested.emit(self.graph_view.zoom() * ZOOM_STEP)
        )
        self.zoom_out_button.clicked.connect(
            lambda: self.zoom_requested.emit(self.graph_view.zoom() / ZOOM_STEP)
        )
        self.fit_button.clicked.connect(
            lambda: self.zoom_requested.emit(self.graph_view.whole_zoom())
        )

    def _on_backward_clicked(self) -> None:
        self.backward_requested.emit(self.gradient_edit.text())

    # -- refused input ---------------------------------------------------------------------
    def field(self, name: str) -> QLineEdit:
        """The line edit of a state field: ``program``, ``gradient``, ``name<i>``, ``value<i>``."""
        if name in ("program", "gradient"):
            return getattr(self, f"{name}_edit")
        row = self.leaf_rows[int(name[-1])]
        return row.name if name.startswith("name") else row.value

    def mark_refused(self, name: str) -> None:
        """Outline the field the app refused; it keeps the text typed into it."""
        edit = self.field(name)
        self._refused[name] = edit
        mark_invalid(edit, True)

    def clear_refusal(self) -> None:
        """Lift the outlines; those fields show the state's text again at the next drawing."""
        for name, edit in self._refused.items():
            mark_invalid(edit, False)
            self._rewrite.add(name)
        self._refused.clear()

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, state: State, shown: Shown) -> None:
        before, self._drawn = self._drawn, (state, shown)
        result = shown.result
        self._draw_controls(state, shown, *(before or (None, None)))
        note = texts.preset_note(state.preset)
        self.preset_note.setText(note)
        self.preset_note.setVisible(bool(note))  # an edited program has none
        if result is not self._graph_of:
            self._graph_of = result
            self.graph_view.set_result(result, texts.note(result))
        self.graph_view.highlight_edge(state.edge)
        self.graph_view.set_zoom(state.zoom)
        self.status_label.setText(texts.status(result, *self.graph_view.counts()))
        if state.edge is not None and state.edge < len(result.edges):
            chain = edge_text(result, result.edges[state.edge])
        else:
            chain = texts.chain_hint(result)
        self.chain_label.setText(chain)
        self.chain_label.setVisible(bool(chain))  # no graph, no chain rule
        self.history_label.setText(texts.history(result))
        self.code_pane.set_snippet(result.snippet)
        self._lay_out_now()

    def _lay_out_now(self) -> None:
        """Lay both columns out again now rather than a few events later (the leaves box
        shrinks with its rows, the graph grows when the note goes): a state set from data
        is drawn exactly as one clicked to, whenever the picture is taken."""
        for layout in (
            self.leaves_box.layout(),
            self.controls_scroll.widget().layout(),
            self.picture.layout(),
        ):
            layout.activate()

    def _write(self, name: str, edit: QLineEdit, text: str, before: str | None) -> None:
        """Put the state's ``text`` into ``edit`` when it changed since the last drawing:
        a redraw (a hover, a toggle) never overwrites what is being typed, or refused."""
        if (text != before or name in self._rewrite) and name not in self._refused:
            with QSignalBlocker(edit):
                set_field_text(edit, text)

    def draw_controls(self, state: State) -> None:
        self._draw_state_controls(state, None)
        # whether the output is a scalar (no gradient= asked) is torch's to say: shown only
        # where the state gives one
        for widget in (self.gradient_check, self.gradient_edit, self.gradient_hint):
            widget.setVisible(state.use_gradient)

    def _draw_controls(
        self, state: State, shown: Shown, before: State | None, shown_before: Shown | None
    ) -> None:
        result = shown.result
        self._draw_state_controls(state, before)
        non_scalar = result.ok and result.output_shape != ()
        for widget in (self.gradient_check, self.gradient_edit, self.gradient_hint):
            widget.setVisible(non_scalar)
        self.gradient_edit.setEnabled(state.use_gradient)
        text_before = shown_before.gradient_text if shown_before is not None else None
        self._write("gradient", self.gradient_edit, shown.gradient_text, text_before)
        if non_scalar:
            self.gradient_hint.setText(texts.gradient_hint(result.output, result.output_shape))
        self._rewrite.clear()

    def _draw_state_controls(self, state: State, before: State | None) -> None:
        """The controls that follow the state alone (``before``: the state last drawn)."""
        with QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(state.preset))
        n = len(state.leaves)
        for i, row in enumerate(self.leaf_rows):
            row.set_visible(i < n)
            if i >= n:
                continue
            leaf = state.leaves[i]
            old = before.leaves[i] if before is not None and i < len(before.leaves) else None
            self._write(f"name{i}", row.name, leaf.name, old and old.name)
            self._write(f"value{i}", row.value, leaf.value, old and old.value)
            with QSignalBlocker(row.dtype), QSignalBlocker(row.requires_grad):
                row.dtype.setCurrentIndex(max(0, row.dtype.findData(leaf.dtype)))
                row.requires_grad.setChecked(leaf.requires_grad)
        self.add_leaf_button.setEnabled(n < len(self.leaf_rows))
        self.remove_leaf_button.setEnabled(n > 1)
        self._write("program", self.program_edit, state.program, before and before.program)
        with ExitStack() as blocked:
            for widget in (
                self.mode_combo,
                self.inspect_check,
                self.retain_check,
                self.gradient_check,
                self.times_spin,
                self.fresh_check,
                self.zero_first_check,
                self.leaf_combo,
            ):
                blocked.enter_context(QSignalBlocker(widget))
            self._draw_settings(state)

    def _draw_settings(self, state: State) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(state.mode))
        self.inspect_check.setChecked(state.inspect)
        self.retain_check.setChecked(state.retain_graph)
        self.gradient_check.setChecked(state.use_gradient)
        self.times_spin.setValue(state.times)
        self.fresh_check.setChecked(state.fresh_forward)
        self.zero_first_check.setChecked(state.zero_first)
        names = [leaf.name for leaf in state.leaves]
        if [self.leaf_combo.itemData(i) for i in range(self.leaf_combo.count())] != names:
            self.leaf_combo.clear()
            for name in names:
                self.leaf_combo.addItem(name, name)
        self.leaf_combo.setCurrentIndex(names.index(state.picked_leaf))

    # -- texts and theme -------------------------------------------------------------------
    def answer_hints(self) -> list[QWidget]:
        return [self.preset_combo, self.gradient_hint]  # the hint explains backward's error

    def retranslate(self) -> None:
        self.preset_box.setTitle(texts.preset_box())
        for i in range(self.preset_combo.count()):
            self.preset_combo.setItemText(i, texts.preset_title(self.preset_combo.itemData(i)))
        self.leaves_box.setTitle(texts.leaves_box())
        for label, text in zip(self.head_labels, texts.leaf_heads(), strict=True):
            label.setText(text)
        for row in self.leaf_rows:
            row.requires_grad.setText("requires_grad")
            row.dtype.setItemText(0, texts.auto_dtype())
        self.add_leaf_button.setText(texts.add_leaf())
        self.remove_leaf_button.setText(texts.remove_leaf())
        self.program_box.setTitle(texts.program_box())
        self.program_label.setText(texts.program_label())
        self.program_edit.setToolTip(texts.program_tip())
        self.mode_label.setText(texts.mode_label())
        for i in range(self.mode_combo.count()):
            self.mode_combo.setItemText(i, texts.mode_name(self.mode_combo.itemData(i)))
        self.inspect_check.setText(texts.inspect())
        for name, text in texts.actions().items():
            widget = getattr(self, name)
            (widget.setTitle if name.endswith("_box") else widget.setText)(text)
        for name, text in texts.tips().items():
            getattr(self, name).setToolTip(text)
        self.history_title.setText(texts.history_title())
        self._graph_of = None  # the boxes' words are translated too: draw them again

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.graph_view.apply_theme(theme)
        self.history_label.setFont(theme.font(10, mono=True))
        self.chain_label.setFont(theme.font(11))
        for row in self.leaf_rows:
            row.name.setMaximumWidth(theme.px(90))
        self.preset_note.setFont(theme.font(11))
        # a gap before the splitter on the right, as the other lessons' pictures have in
        # their scroll bar: this picture seldom scrolls, and its note wrapped right up to
        # the handle (zh_CN at 1366x768: "x.grad" touched it), the fit button beside it
        self.picture.layout().setContentsMargins(0, 0, theme.px(PICTURE_GAP), 0)
