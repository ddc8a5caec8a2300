"""The shape lesson's picture: the step shown, its badges, torch's refusal with its fixes, and
the stride diagram (grid, storage strip, strides, offset and the focused element's formula)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import shape as core
from tensorviz.core.layout import reading_order, slot_of
from tensorviz.core.values import subscript
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.shape import texts
from tensorviz.ui.lessons.shape.controls import ChainControls
from tensorviz.ui.lessons.shape.state import MAX_STEPS, State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.elide import ElidingLabel
from tensorviz.ui.widgets.flow_layout import FlowLayout
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.stride_diagram import StrideDiagram, StridePicture, colour_band
from tensorviz.ui.widgets.wrapping_label import NaturalWrappingLabel

#: How many slots the reading order lists when view() is refused.
READING_ORDER_SLOTS = 10


class ShapeView(LessonView):
    step_selected = Signal(int)
    fix_chosen = Signal(str)  # "insert_contiguous" | "use_reshape"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.controls = ChainControls(theme)
        self.controls.step_selected.connect(self.step_selected)
        self.banner.dismissed.connect(self._on_banner_dismissed)
        self.set_content(self.controls, self._build_picture(), code_width=30)
        self.retranslate()
        self.apply_theme(theme)

    def _build_picture(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self.prev_button = QPushButton("◀", objectName="prev_button")
        self.prev_button.clicked.connect(lambda: self._on_arrow_clicked(-1))
        self.next_button = QPushButton("▶", objectName="next_button")
        self.next_button.clicked.connect(lambda: self._on_arrow_clicked(1))
        self.step_title = QLabel(objectName="step_title")
        set_role(self.step_title, "mono-title")
        self.step_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_title.setWordWrap(True)  # a long literal must not widen the column
        self.step_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head.addWidget(self.prev_button)
        head.addWidget(self.step_title, 1)
        head.addWidget(self.next_button)
        col.addLayout(head)

        # Badges share one row and wrap their text: they never widen the picture column.
        badges = QHBoxLayout()
        for name in ("contiguous_badge", "storage_badge", "unchanged_badge"):
            badge = Badge()
            badge.setObjectName(name)
            badge.setWordWrap(True)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            setattr(self, name, badge)
            badges.addWidget(badge, 1)
        col.addLayout(badges)

        self.step_error = QFrame(objectName="step_error")
        set_role(self.step_error, "panel", "bad")
        ev = QVBoxLayout(self.step_error)
        self.step_error_title = QLabel(objectName="step_error_title")
        set_role(self.step_error_title, None, "bad-strong")
        self.step_error_title.setWordWrap(True)
        self.step_error_message = QLabel(objectName="step_error_message")
        set_role(self.step_error_message, "mono-small")
        self.step_error_message.setWordWrap(True)
        self.step_error_message.setTextFormat(Qt.TextFormat.PlainText)
        self.step_error_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        fixes = FlowLayout()  # one under the other where the picture is narrow (at zoom)
        self.fix_contiguous_button = QPushButton(objectName="fix_contiguous_button")
        self.fix_contiguous_button.clicked.connect(
            lambda: self.fix_chosen.emit("insert_contiguous")
        )
        self.fix_reshape_button = QPushButton(objectName="fix_reshape_button")
        self.fix_reshape_button.clicked.connect(lambda: self.fix_chosen.emit("use_reshape"))
        fixes.addWidget(self.fix_contiguous_button)
        fixes.addWidget(self.fix_reshape_button)
        self.step_error_reason = QLabel(objectName="step_error_reason")
        self.step_error_reason.setWordWrap(True)
        ev.addWidget(self.step_error_title)
        ev.addWidget(self.step_error_message)
        ev.addWidget(self.step_error_reason)
        ev.addLayout(fixes)
        self.step_error.hide()
        col.addWidget(self.step_error)

        info_widget = QWidget()
        # the numbers must stay readable: the grid shrinks (it scales), these do not
        info_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        info = QGridLayout(info_widget)
        info.setContentsMargins(0, 0, 0, 0)
        # a line per dim, each wrapped where the picture is narrower (a projector at zoom)
        self.strides_label = NaturalWrappingLabel()
        self.strides_label.setObjectName("strides_label")
        set_role(self.strides_label, "mono")
        # one long line: elided with the full text as tooltip where the picture is narrow
        self.offset_label = ElidingLabel()
        self.offset_label.setObjectName("offset_label")
        set_role(self.offset_label, "mono")
        # never widen the column, never cut lines
        self.offset_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.formula_label = QLabel(objectName="formula_label")
        set_role(self.formula_label, "formula")
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hint_label = QLabel(objectName="hint_label")
        set_role(self.hint_label, "muted")
        self.hint_label.setWordWrap(True)
        info.addWidget(self.strides_label, 0, 0)
        info.addWidget(self.offset_label, 1, 0)
        info.addWidget(self.formula_label, 2, 0)
        info.addWidget(self.hint_label, 3, 0)
        self.diagram = StrideDiagram(self.theme, footer=info_widget)
        col.addWidget(self.diagram, 1)
        return w

    # -- intents ---------------------------------------------------------------------------
    def _on_arrow_clicked(self, by: int) -> None:
        if self.rendered is not None:
            self.step_selected.emit(self.rendered[0].selected + by)

    def _on_banner_dismissed(self) -> None:
        if self.rendered is not None:
            self._show_refusal(*self.rendered)

    # -- drawing ---------------------------------------------------------------------------
    def draw_controls(self, state: State) -> None:
        self.controls.show_state_alone(state)

    def draw(self, state: State, chain: core.Chain) -> None:
        k = max(0, min(state.selected, len(chain.results) - 1))
        drawn = chain.results[chain.drawn_index(k)]
        lay = drawn.layout
        self.controls.show_state(state, chain, len(lay.shape) if lay is not None else 2)
        self.code_pane.set_snippet(chain.snippet)
        shape = tuple(lay.shape) if lay is not None else ()
        self.diagram.show_picture(
            StridePicture(
                drawn.snapshot,
                lay,
                drawn.origin,
                drawn.storage_origin,
                colour_band(chain.start.shape),
            ),
            focus=state.focused_element(shape) if lay is not None else None,
            animate=state.animate,
            grid_title=texts.grid_title(drawn.name, shape),
            strip_title=texts.strip_title(drawn.name, lay.storage_size) if lay else "",
        )
        self.step_title.setText(chain.results[k].code)
        self.prev_button.setEnabled(k > 0)
        self.next_button.setEnabled(k < len(chain.results) - 1)
        # An error step draws its input, so the badges describe that input (the reason why).
        self._draw_badges(chain, chain.drawn_index(k))
        self._show_refusal(state, chain)
        if lay is None:
            self.strides_label.setText("")
            self.offset_label.setText("")
        else:
            self.strides_label.setText(texts.strides_lines(drawn.name, shape, tuple(lay.stride)))
            first = subscript((0,) * len(shape))
            self.offset_label.setText(
                texts.offset_line(lay.storage_offset, drawn.name, first, lay.storage_size)
            )
        self.formula_label.setText(self._formula(state, drawn))

    def _draw_badges(self, chain: core.Chain, d: int) -> None:
        r = chain.results[d]
        if not r.ok or r.layout is None:
            for badge in (self.contiguous_badge, self.storage_badge, self.unchanged_badge):
                badge.set_verdict("", None)
            return
        contiguous = r.layout.is_contiguous
        self.contiguous_badge.set_verdict(
            texts.contiguous_badge(contiguous), "good" if contiguous else "bad"
        )
        source = chain.results[d - 1].name if d > 0 else ""
        tone = None if r.shares_input is None else "good" if r.shares_input else "bad"
        self.storage_badge.set_verdict(texts.storage_badge(r.shares_input, source), tone)
        self.unchanged_badge.set_verdict(texts.unchanged_badge(r.same_object, r.unchanged), None)

    def _show_refusal(self, state: State, chain: core.Chain) -> None:
        """The step torch refused (or did not run), the tensor shown instead, and the fixes."""
        k = max(0, min(state.selected, len(chain.results) - 1))
        r = chain.results[k]
        drawn = chain.results[chain.drawn_index(k)]
        if r.status == "error" and r.error is not None:
            self.step_error_title.setText(texts.refused_title(drawn.name, r.error.type_name))
            self.step_error_message.setText(str(r.error))
            # the banner above already shows torch's message; here only once it is dismissed
            self.step_error_message.setVisible(self.banner.message() != str(r.error))
            kinds = {f.kind for f in r.fixes}
            reason = self._reading_order(drawn)
            self.step_error_reason.setText(reason)
            self.step_error_reason.setVisible("insert_contiguous" in kinds and bool(reason))
            self.fix_contiguous_button.setVisible("insert_contiguous" in kinds)
            # the fix inserts a step: a full chain has no room for it
            self.fix_contiguous_button.setEnabled(not state.full)
            self.fix_contiguous_button.setToolTip(texts.chain_full(MAX_STEPS) if state.full else "")
            self.fix_reshape_button.setVisible("use_reshape" in kinds)
            self.step_error.show()
        elif r.status == "skipped":
            self.step_error_title.setText(texts.not_run_title(drawn.name))
            self.step_error_message.setText("")
            self.step_error_reason.hide()
            self.fix_contiguous_button.hide()
            self.fix_reshape_button.hide()
            self.step_error.show()
        else:
            self.step_error.hide()

    @staticmethod
    def _reading_order(r: core.StepResult) -> str:
        lay = r.layout
        if lay is None or lay.slots is None or lay.numel < 2:
            return ""
        slots = reading_order(lay, READING_ORDER_SLOTS)
        return texts.reading_order(r.name, slots, lay.numel > len(slots))

    @staticmethod
    def _formula(state: State, r: core.StepResult) -> str:
        lay = r.layout
        if lay is None:
            return ""
        cells = r.snapshot.text if r.snapshot is not None else None
        if lay.slots is None and cells is None:
            return texts.too_many(lay.numel)
        index = state.focused_element(tuple(lay.shape))
        if index is None:
            return ""
        flat = int(np.ravel_multi_index(index, lay.shape)) if lay.shape else 0
        value = cells[flat] if cells is not None else "?"
        slot = slot_of(lay, index)
        return texts.formula(r.name, index, tuple(lay.stride), lay.storage_offset, slot, value)

    # -- texts and theme -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.controls.retranslate()
        self.prev_button.setToolTip(texts.previous_step())
        self.next_button.setToolTip(texts.next_step())
        self.fix_contiguous_button.setText(texts.fix_contiguous())
        self.fix_reshape_button.setText(texts.fix_reshape())
        self.hint_label.setText(texts.hint())

    def answer_hints(self) -> list[QWidget]:
        return [self.controls.preset_combo, self.controls.steps_list]  # ✓ / ✗ per step

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.controls.apply_theme(theme)
        self.diagram.apply_theme(theme)
