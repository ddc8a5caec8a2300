"""Lesson ``shape`` (course 七.5): reshape, view, contiguity, transpose, permute, squeeze,
unsqueeze, flatten and slicing, with the memory each step reads drawn next to its grid.

The user builds a chain ``x0 -> x1 -> ...`` of steps. One step is shown at a time: its logical
grid, the storage strip in memory order (the same colours mark the same memory in both), the
strides read as jumps, the storage offset, the slot formula for the element under the mouse,
and badges for contiguity and shared vs copied memory. Moving between steps animates the cells
from their old places to their new ones. A step torch refuses shows torch's error, with
one-click fixes where they exist; the steps before it stay as they were.

All torch work happens in :func:`tensorviz.core.shape.compute_chain`, on a worker thread.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import shape as core
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.ui.explain import explain_torch_error
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import mark_invalid
from tensorviz.ui.widgets.storage_strip import StorageStrip, tone_colours
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.worker import Worker

Index = tuple[int, ...]

#: Presets: (key, start shape, steps). Their titles are in ``ShapeLesson._preset_title``.
PRESETS: tuple[tuple[str, tuple[int, ...], tuple[core.Step, ...]], ...] = (
    ("transpose_view", (3, 4), core.DEFAULT_STEPS),
    (
        "reshape_view_or_copy",
        (3, 4),
        (core.Step("reshape", (2, 6)), core.Step("t"), core.Step("reshape", (12,))),
    ),
    ("regroup", (4, 3), (core.Step("reshape", (2, 2, 3)), core.Step("transpose", (0, 1)))),
    (
        "slicing",
        (4, 6),
        (core.make_step("index", "[1:, ::2]"), core.Step("view", (-1,))),
    ),
    (
        "permute",
        (2, 3, 4),
        (core.Step("permute", (2, 0, 1)), core.Step("contiguous"), core.Step("view", (4, -1))),
    ),
    (
        "squeeze",
        (1, 3, 1, 2),
        (
            core.Step("squeeze", (1,)),
            core.Step("squeeze", (0,)),
            core.Step("unsqueeze", (-1,)),
            core.Step("squeeze", ()),
        ),
    ),
    (
        "big",
        (8, 8, 8, 8),
        (core.Step("permute", (3, 2, 1, 0)), core.Step("contiguous"), core.Step("flatten")),
    ),
)

#: Above this many elements, switching steps swaps the picture instead of animating it.
ANIMATE_CAP = 1024
ANIMATION_MS = 700


def _band(shape: tuple[int, ...]) -> int:
    """How many consecutive x0 elements share one colour: a row of x0 (or a sixth of a
    vector), so a transpose is seen as rows turning into columns."""
    n = math.prod(shape)
    if len(shape) >= 2:
        return max(1, shape[-1])
    return max(1, math.ceil(n / min(max(n, 1), 6)))


@dataclass
class _Mover:
    """One element (or storage slot) on its way: from where it was drawn to where it goes.

    ``end`` is a key (``("cell", index)`` or ``("slot", slot)``) resolved at paint time, so
    the target follows the layout while it settles.
    """

    origin: int
    start: QRectF | None
    end: tuple | None
    fill: QColor
    text: str


class _Overlay(QWidget):
    """Drawn over the grid and the strip: moving cells while animating, and a line from the
    hovered cell to the storage slot it reads."""

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shape_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._theme = theme
        self._movers: list[_Mover] = []
        self._covers: tuple[str, ...] = ()
        self.resolve: Callable[[tuple], QRectF | None] = lambda key: None
        self._progress = 1.0
        self._link: tuple[QRectF, QRectF] | None = None
        self._hops: list[tuple[QRectF, QRectF, str, int]] = []

    @property
    def animating(self) -> bool:
        return bool(self._movers)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def start(self, movers: list[_Mover], covers: tuple[str, ...]) -> None:
        """Animate ``movers`` over the widgets named in ``covers`` ("grid", "strip")."""
        self._movers = movers
        self._covers = covers
        self._progress = 0.0
        self.update()

    def set_progress(self, value: float) -> None:
        self._progress = float(value)
        self.update()

    def stop(self) -> None:
        self._movers = []
        self.update()

    def set_link(self, link: tuple[QRectF, QRectF] | None) -> None:
        self._link = link
        self.update()

    def set_hops(self, hops: list[tuple[QRectF, QRectF, str, int]]) -> None:
        """Arcs over the strip, slot to slot: the jumps ``+i·stride`` of dim ``k``."""
        self._hops = hops
        self.update()

    @property
    def hops(self) -> list[tuple[QRectF, QRectF, str, int]]:
        return list(self._hops)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = self._theme
        if self._movers:
            for name in self._covers:
                area = self.resolve(("area", name))
                if area is not None:
                    painter.fillRect(area, QColor(t.background))
            p = self._progress
            painter.setFont(t.font(10.5, mono=True))
            border = QPen(QColor(t.border), t.px(1))
            for m in self._movers:
                end = self.resolve(m.end) if m.end is not None else None
                if m.start is not None and end is not None:
                    rect = QRectF(
                        m.start.x() + (end.x() - m.start.x()) * p,
                        m.start.y() + (end.y() - m.start.y()) * p,
                        m.start.width() + (end.width() - m.start.width()) * p,
                        m.start.height() + (end.height() - m.start.height()) * p,
                    )
                    painter.setOpacity(1.0)
                elif m.start is not None:  # dropped by this step (sliced away)
                    rect = m.start
                    painter.setOpacity(max(0.0, 1.0 - 1.6 * p))
                elif end is not None:  # appears (nothing to come from)
                    rect = end
                    painter.setOpacity(p)
                else:
                    continue
                painter.setPen(border)
                painter.setBrush(m.fill)
                painter.drawRect(rect)
                painter.setPen(QColor(t.text))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, m.text)
            painter.setOpacity(1.0)
            return
        for a, b, label, dim in self._hops:
            self._paint_hop(painter, a, b, label, dim)
        if self._link is not None:
            cell, slot = self._link
            pen = QPen(QColor(t.accent), t.px(2))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            a = QPointF(cell.center().x(), cell.bottom())
            # end above the slot's number, so the number stays readable
            b = QPointF(slot.center().x(), slot.top() - t.px(13))
            painter.drawLine(a, b)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.accent))
            r = t.px(3)
            painter.drawEllipse(a, r, r)
            painter.drawEllipse(b, r, r)

    def _paint_hop(self, painter: QPainter, a: QRectF, b: QRectF, label: str, dim: int) -> None:
        """An arc from slot ``a`` to slot ``b`` above their numbers, labelled with the jump."""
        t = self._theme
        # purple, blue, vermillion, green: readable on every theme's background
        pick = (4, 0, 1, 2)[dim % 4]
        colour = QColor(t.series[pick] if t.name != "contrast" else t.text)
        base = min(a.top(), b.top()) - t.px(13)  # above the slot numbers
        x0, x1 = a.center().x(), b.center().x()
        height = t.px(11)
        path = QPainterPath(QPointF(x0, base))
        path.quadTo(QPointF((x0 + x1) / 2, base - 2 * height), QPointF(x1, base))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, t.px(2)))
        painter.drawPath(path)
        r = t.px(4)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x1, base + r * 0.4),
                    QPointF(x1 - r, base - 1.4 * r),
                    QPointF(x1 + r, base - 1.4 * r),
                ]
            )
        )
        font = t.font(8.5, bold=True)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        w = fm.horizontalAdvance(label) + t.px(6)
        box = QRectF((x0 + x1) / 2 - w / 2, base - height - fm.height() / 2, w, fm.height())
        painter.setBrush(QColor(t.background))
        painter.setPen(QPen(colour, t.px(1)))
        painter.drawRoundedRect(box, t.px(3), t.px(3))
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


class _Diagram(QWidget):
    """The grid (with its own title line) above the strip, with the overlay on top of both."""

    def __init__(self, theme: Theme, grid: TensorGrid, strip: StorageStrip, info: QWidget) -> None:
        super().__init__()
        self.setObjectName("shape_diagram")
        self.grid_title = QLabel(objectName="grid_title")
        self.grid_title.setWordWrap(True)
        self.grid_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.grid_title)
        # Grid and strip sit together (the line between them stays short); spare room goes
        # below, unless thousands of slots need it.
        grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._box.addWidget(grid, 1)
        self._box.addWidget(strip, 0)
        self._box.addWidget(info, 0)
        self._box.addStretch(1)
        self._strip = strip
        self._grid = grid
        self.overlay = _Overlay(theme, self)
        self.overlay.raise_()

    def set_strip_share(self, many_slots: bool) -> None:
        """Few slots fit one row: the strip keeps its natural height. Thousands get room."""
        self._box.setStretchFactor(self._grid, 3 if many_slots else 0)
        self._box.setStretchFactor(self._strip, 2 if many_slots else 0)
        self._box.setStretch(self._box.count() - 1, 0 if many_slots else 1)

    def resizeEvent(self, event) -> None:
        self.overlay.setGeometry(self.rect())
        self.overlay.raise_()
        super().resizeEvent(event)


class ShapeLesson(Lesson):
    key = "shape"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._start = core.DEFAULT_START
        self._steps: tuple[core.Step, ...] = core.DEFAULT_STEPS
        self._chain: core.Chain | None = None
        self._selected = 0
        self._focus: Index | None = None  # element whose formula is shown
        self._hover_slot: int | None = None
        # the chains run off the GUI thread; only the newest request's chain is shown
        self._worker = Worker(self)
        self._worker.finished.connect(self._on_worker_finished)
        self.banner.dismissed.connect(self._retranslate_step)
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._anim.valueChanged.connect(self._on_anim_value)
        self._anim.finished.connect(self._on_anim_finished)

        self.set_content(self._build_controls(), self._build_picture(), code_width=30)
        # The line and jumps over the diagram follow the widgets when the layout moves them.
        self.grid.installEventFilter(self)
        self.strip.installEventFilter(self)
        self.retranslate()
        self.apply_theme(theme)
        self._request(self._start, self._steps, select=len(self._steps))

    # -- building ----------------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)

        self._preset_box = QGroupBox()
        pv = QVBoxLayout(self._preset_box)
        self.preset_combo = QComboBox(objectName="preset_combo")
        for key, _shape, _steps in PRESETS:
            self.preset_combo.addItem("", key)
        self.preset_combo.activated.connect(self._on_preset_activated)
        pv.addWidget(self.preset_combo)
        self.preset_note = QLabel(objectName="preset_note")
        self.preset_note.setWordWrap(True)
        self.preset_note.setProperty("role", "muted")
        # a wrapped label reports one line as its minimum; this one must never be cut
        self.preset_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.preset_note.installEventFilter(self)
        pv.addWidget(self.preset_note)
        col.addWidget(self._preset_box)

        self._start_box = QGroupBox()
        sv = QVBoxLayout(self._start_box)
        self.start_kind_combo = QComboBox(objectName="start_kind_combo")
        self.start_kind_combo.addItem("", "arange")
        self.start_kind_combo.addItem("", "literal")
        self.start_kind_combo.activated.connect(self._on_start_kind_changed)
        self.start_edit = QLineEdit(objectName="start_edit")
        self.start_edit.setText("3, 4")
        self.start_edit.returnPressed.connect(self._on_start_edited)
        self.start_apply = QPushButton(objectName="start_apply_button")
        self.start_apply.clicked.connect(self._on_start_edited)
        row = QHBoxLayout()
        row.addWidget(self.start_edit, 1)
        row.addWidget(self.start_apply)
        sv.addWidget(self.start_kind_combo)
        sv.addLayout(row)
        col.addWidget(self._start_box)

        self._steps_box = QGroupBox()
        v = QVBoxLayout(self._steps_box)
        self.steps_list = QListWidget(objectName="steps_list")
        self.steps_list.currentRowChanged.connect(self._on_step_selected)
        v.addWidget(self.steps_list, 1)
        edit = QGridLayout()
        self.op_combo = QComboBox(objectName="op_combo")
        for op in core.OPS:
            self.op_combo.addItem(self._op_label(op), op)
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
        self.change_button.clicked.connect(self._on_change_clicked)
        self.remove_button = QPushButton(objectName="remove_button")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.up_button = QPushButton(objectName="up_button")
        self.up_button.clicked.connect(lambda: self._on_move_clicked(-1))
        self.down_button = QPushButton(objectName="down_button")
        self.down_button.clicked.connect(lambda: self._on_move_clicked(1))
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.change_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.remove_button, 2, 0)
        v.addLayout(buttons)
        col.addWidget(self._steps_box)

        self._view_box = QGroupBox()
        vv = QVBoxLayout(self._view_box)
        self.animate_check = QCheckBox(objectName="animate_check")
        self.animate_check.setChecked(True)
        vv.addWidget(self.animate_check)
        col.addWidget(self._view_box)
        col.addStretch(1)
        self._on_op_changed(0)
        return w

    def _build_picture(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self.prev_button = QPushButton("◀", objectName="prev_button")
        self.prev_button.clicked.connect(lambda: self.select_step(self._selected - 1))
        self.next_button = QPushButton("▶", objectName="next_button")
        self.next_button.clicked.connect(lambda: self.select_step(self._selected + 1))
        self.step_title = QLabel(objectName="step_title")
        self.step_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_title.setWordWrap(True)  # a long literal must not widen the column
        self.step_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        head.addWidget(self.prev_button)
        head.addWidget(self.step_title, 1)
        head.addWidget(self.next_button)
        col.addLayout(head)

        # Badges share one row and wrap their text: they never widen the picture column.
        badges = QHBoxLayout()
        self.contiguous_badge = self._badge("contiguous_badge")
        self.storage_badge = self._badge("storage_badge")
        self.unchanged_badge = self._badge("unchanged_badge")
        for badge in (self.contiguous_badge, self.storage_badge, self.unchanged_badge):
            badges.addWidget(badge, 1)
        col.addLayout(badges)

        self.step_error = QFrame(objectName="step_error")
        ev = QVBoxLayout(self.step_error)
        self.step_error_title = QLabel(objectName="step_error_title")
        self.step_error_title.setWordWrap(True)
        self.step_error_message = QLabel(objectName="step_error_message")
        self.step_error_message.setWordWrap(True)
        self.step_error_message.setTextFormat(Qt.TextFormat.PlainText)
        self.step_error_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        fixes = QHBoxLayout()
        self.fix_contiguous_button = QPushButton(objectName="fix_contiguous_button")
        self.fix_contiguous_button.clicked.connect(
            lambda: self._on_fix_clicked("insert_contiguous")
        )
        self.fix_reshape_button = QPushButton(objectName="fix_reshape_button")
        self.fix_reshape_button.clicked.connect(lambda: self._on_fix_clicked("use_reshape"))
        fixes.addWidget(self.fix_contiguous_button)
        fixes.addWidget(self.fix_reshape_button)
        fixes.addStretch(1)
        self.step_error_reason = QLabel(objectName="step_error_reason")
        self.step_error_reason.setWordWrap(True)
        ev.addWidget(self.step_error_title)
        ev.addWidget(self.step_error_message)
        ev.addWidget(self.step_error_reason)
        ev.addLayout(fixes)
        self.step_error.hide()
        col.addWidget(self.step_error)

        self.grid = TensorGrid(self.theme)
        # a 3x4 matrix should fill a projector, not hide: the layout gives it room to grow
        self.grid.set_max_scale(1.6, grow_hint=True)
        self.grid.cell_hovered.connect(self._on_cell_hovered)
        self.strip = StorageStrip(self.theme)
        self.strip.set_max_scale(1.6)
        self.strip.slot_hovered.connect(self._on_slot_hovered)

        info_widget = QWidget()
        # the numbers must stay readable: the grid shrinks (it scales), these do not
        info_widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        info = QGridLayout(info_widget)
        info.setContentsMargins(0, 0, 0, 0)
        self.strides_label = QLabel(objectName="strides_label")
        self.strides_label.setWordWrap(False)  # short lines; wrapping clipped them in layouts
        self.offset_label = QLabel(objectName="offset_label")
        self.offset_label.setWordWrap(False)
        self.formula_label = QLabel(objectName="formula_label")
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.strides_label, self.offset_label):
            # never widen the column (long lines are cut at the right), never cut lines
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.formula_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hint_label = QLabel(objectName="hint_label")
        self.hint_label.setProperty("role", "muted")
        self.hint_label.setWordWrap(True)
        info.addWidget(self.strides_label, 0, 0)
        info.addWidget(self.offset_label, 1, 0)
        info.addWidget(self.formula_label, 2, 0)
        info.addWidget(self.hint_label, 3, 0)
        self.diagram = _Diagram(self.theme, self.grid, self.strip, info_widget)
        self.diagram.overlay.resolve = self._target_rect
        col.addWidget(self.diagram, 1)
        return w

    def _badge(self, name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setProperty("role", "badge")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label

    # -- requests and results ----------------------------------------------------------------
    def _request(self, start: core.Start, steps: tuple[core.Step, ...], select: int) -> None:
        """Run the chain on the worker; ``select`` is the step to show when it is done."""
        steps = tuple(steps)
        self._worker.submit("chain", lambda: (core.compute_chain(start, steps), select))

    def _on_worker_finished(self, channel: str, result: object) -> None:
        # only the newest request's chain arrives: an older one is dropped by the worker
        if isinstance(result, TorchError):
            self.show_torch_error(result)
            return
        if isinstance(result, BaseException):
            raise result  # our bug: let it surface
        chain, select = result  # type: ignore[misc]
        self._on_chain_ready(chain, select)

    def _on_chain_ready(self, chain: core.Chain, select: int) -> None:
        previous = self._current_result()
        self._chain = chain
        self._start = chain.start
        self._steps = chain.steps
        self.code_pane.set_snippet(chain.snippet)
        # Input was accepted (only accepted input reaches torch): an old refusal is over.
        for edit in (self.args_edit, self.start_edit):
            if edit.property("invalid"):
                mark_invalid(edit, False)
        if chain.error is not None:
            step = chain.results[chain.error_at].step
            self.show_torch_error(chain.error, self._explanation(chain.error, step))
        else:
            self.clear_error()
        self._fill_steps_list()
        self._retranslate_preset_note()
        self._show_step(max(0, min(select, len(chain.results) - 1)), previous=previous)

    def settle(self) -> None:
        self._worker.settle()  # delivers the chain, which posts layout requests
        QApplication.processEvents()  # ... handled here, so geometry is final on return
        if self._anim.state() == QVariantAnimation.State.Running:
            self._anim.setCurrentTime(self._anim.duration())

    def chain(self) -> core.Chain | None:
        return self._chain

    def selected_step(self) -> int:
        return self._selected

    def select_step(self, k: int) -> None:
        """Show result ``k`` (0 is x0) with the animation, as the arrows and the list do."""
        if self._chain is None:
            return
        k = max(0, min(k, len(self._chain.results) - 1))
        if k != self.steps_list.currentRow():
            self.steps_list.setCurrentRow(k)  # -> _on_step_selected
        elif k != self._selected:
            self._show_step(k, previous=self._current_result())

    def _current_result(self) -> core.StepResult | None:
        """The result whose tensor is drawn now (for an error step: its input)."""
        if self._chain is None:
            return None
        return self._chain.results[self._drawn_index(self._selected)]

    def _drawn_index(self, k: int) -> int:
        """Which result's tensor is drawn for step ``k``: the last one that ran."""
        assert self._chain is not None
        results = self._chain.results
        k = max(0, min(k, len(results) - 1))
        while k > 0 and not results[k].ok:
            k -= 1
        return k

    # -- showing a step ----------------------------------------------------------------------
    def _fill_steps_list(self) -> None:
        assert self._chain is not None
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for r in self._chain.results:
            mark = {"ok": "✓", "error": "✗", "skipped": "–"}[r.status]
            item = QListWidgetItem(f"{mark}  {r.code}")
            item.setData(Qt.ItemDataRole.UserRole, r.status)
            self.steps_list.addItem(item)
        self.steps_list.blockSignals(False)
        self._retranslate_steps_list()

    def _show_step(self, k: int, previous: core.StepResult | None = None) -> None:
        assert self._chain is not None
        self._selected = k
        if self.steps_list.currentRow() != k:
            self.steps_list.blockSignals(True)
            self.steps_list.setCurrentRow(k)
            self.steps_list.blockSignals(False)
        result = self._chain.results[k]
        drawn = self._chain.results[self._drawn_index(k)]
        if result.step is not None:
            self._load_editor(result.step)
        old_rects = self._cell_rects_by_origin(previous)
        old_slots = self._slot_rects_by_origin(previous)
        self._anim.stop()
        self.diagram.overlay.stop()
        self._focus = self._default_focus(drawn)
        self._hover_slot = None
        self._paint_result(drawn)
        self._retranslate_step()
        if (
            self.animate_check.isChecked()
            and previous is not None
            and previous is not drawn
            and old_rects
            and drawn.origin is not None
            and drawn.origin.size <= ANIMATE_CAP
        ):
            # memory moves too when the storage is another one (a copy, or back from one)
            same_memory = (
                previous.layout is not None
                and drawn.layout is not None
                and previous.layout.storage_ptr == drawn.layout.storage_ptr
            )
            self._start_animation(old_rects, {} if same_memory else old_slots, drawn)
        self._update_focus()

    def _paint_result(self, r: core.StepResult) -> None:
        band = _band(self._chain.start.shape if self._chain else (1,))
        self.grid.set_snapshot(r.snapshot)
        self.diagram.grid_title.setText(self._grid_title(r))
        self.strip.set_layout(r.layout, self._strip_title(r))
        self.diagram.set_strip_share(r.layout is not None and r.layout.storage_size > 48)
        if r.origin is not None and r.storage_origin is not None:
            self.grid.set_cell_tones(r.origin // band)
            self.strip.set_slot_tones(r.storage_origin // band)

    def _default_focus(self, r: core.StepResult) -> Index | None:
        """The element whose formula is shown before the mouse points at one: an inner one."""
        if r.layout is None or r.layout.numel == 0:
            return None
        return tuple(min(1 if k == 0 else 2, s - 1) for k, s in enumerate(r.layout.shape))

    def _cell_rects_by_origin(self, r: core.StepResult | None) -> dict[int, tuple[QRectF, str]]:
        if r is None or r.origin is None or r.snapshot is None or r.snapshot.text is None:
            return {}
        if r.origin.size > ANIMATE_CAP:
            return {}
        out: dict[int, tuple[QRectF, str]] = {}
        flat = r.origin.reshape(-1)
        for i, index in enumerate(np.ndindex(*r.origin.shape)):
            rect = self._grid_rect(index)
            if rect is not None:
                out[int(flat[i])] = (rect, r.snapshot.text[i])
        return out

    def _grid_rect(self, index: Index) -> QRectF | None:
        rect = self.grid.cell_rect(index)
        if rect is None:
            return None
        return rect.translated(QPointF(self.grid.mapTo(self.diagram, QPoint(0, 0))))

    def _strip_rect(self, slot: int) -> QRectF | None:
        rect = self.strip.slot_rect(slot)
        if rect is None:
            return None
        return rect.translated(QPointF(self.strip.mapTo(self.diagram, QPoint(0, 0))))

    def _slot_rects_by_origin(self, r: core.StepResult | None) -> dict[int, tuple[QRectF, str]]:
        if r is None or r.storage_origin is None or r.layout is None:
            return {}
        texts = r.layout.storage.text
        if texts is None or r.storage_origin.size > ANIMATE_CAP:
            return {}
        out: dict[int, tuple[QRectF, str]] = {}
        for slot, origin in enumerate(r.storage_origin.tolist()):
            rect = self._strip_rect(slot)
            if rect is not None:
                out[int(origin)] = (rect, texts[slot])
        return out

    def _target_rect(self, key: tuple) -> QRectF | None:
        """Where an animated item goes, in the diagram, with the current layout."""
        kind, what = key
        if kind == "cell":
            return self._grid_rect(what)
        if kind == "slot":
            return self._strip_rect(what)
        if kind == "area":
            widget = self.grid if what == "grid" else self.strip
            return QRectF(widget.geometry())
        return None

    def _start_animation(
        self,
        old: dict[int, tuple[QRectF, str]],
        old_slots: dict[int, tuple[QRectF, str]],
        r: core.StepResult,
    ) -> None:
        assert r.origin is not None and r.snapshot is not None and r.snapshot.text is not None
        band = _band(self._chain.start.shape if self._chain else (1,))
        palette = tone_colours(self.theme)  # the colours the grid and the strip give them

        def fill(origin: int) -> QColor:
            return palette[(origin // band) % len(palette)]

        movers: list[_Mover] = []
        seen: set[int] = set()
        flat = r.origin.reshape(-1).tolist()
        for i, index in enumerate(np.ndindex(*r.origin.shape)):
            origin = int(flat[i])
            seen.add(origin)
            start = old.get(origin)
            movers.append(
                _Mover(
                    origin,
                    start[0] if start else None,
                    ("cell", tuple(int(k) for k in index)),
                    fill(origin),
                    r.snapshot.text[i],
                )
            )
        for origin, (rect, text) in old.items():
            if origin not in seen:
                movers.append(_Mover(origin, rect, None, fill(origin), text))
        covers: tuple[str, ...] = ("grid",)
        texts = r.layout.storage.text if r.layout is not None else None
        if old_slots and r.storage_origin is not None and texts is not None:
            covers = ("grid", "strip")
            for slot, origin in enumerate(r.storage_origin.tolist()):
                start = old_slots.get(int(origin))
                movers.append(
                    _Mover(
                        int(origin),
                        start[0] if start else None,
                        ("slot", slot),
                        fill(int(origin)),
                        texts[slot],
                    )
                )
        self.diagram.overlay.start(movers, covers)
        self._anim.start()

    def _on_anim_value(self, value) -> None:
        self.diagram.overlay.set_progress(float(value))

    def _on_anim_finished(self) -> None:
        self.diagram.overlay.stop()
        self._update_focus()

    def is_animating(self) -> bool:
        return self.diagram.overlay.animating

    # -- hover and the formula ---------------------------------------------------------------
    def _on_cell_hovered(self, index) -> None:
        if index is not None:
            self._focus = tuple(index)
            self._hover_slot = None
        self._update_focus()

    def _on_slot_hovered(self, slot) -> None:
        self._hover_slot = slot
        if slot is not None:
            readers = self.strip.readers_of(slot)
            if readers:
                self._focus = readers[0]
        self._update_focus()

    def focus_index(self) -> Index | None:
        return self._focus

    def _update_focus(self) -> None:
        """Outline the focused element, its slot, the line between them, and the formula."""
        r = self._current_result()
        lay = r.layout if r is not None else None
        if lay is not None and lay.slots is None and self._focus is not None:
            # storage too big to draw: outline the element, give its formula
            if _in_shape(self._focus, lay.shape) and r.snapshot and r.snapshot.text:
                self.grid.set_highlight({self._focus: "accent"})
            self.strip.set_hover(None)
            self.diagram.overlay.set_link(None)
            self.diagram.overlay.set_hops([])
            self._retranslate_formula()
            return
        if lay is None or lay.slots is None or self._focus is None:
            self.grid.set_highlight({})
            self.strip.set_hover(None)
            self.diagram.overlay.set_link(None)
            self.diagram.overlay.set_hops([])  # no element in focus: no stride arcs either
            self._retranslate_formula()
            return
        slot = _slot_of(lay, self._focus)
        if slot is None:  # the focus belonged to another tensor
            self._focus = self._default_focus(r)
            slot = _slot_of(lay, self._focus) if self._focus is not None else None
            if slot is None:
                return
        readers = self.strip.readers_of(slot)
        self.grid.set_highlight({idx: "highlight" for idx in readers} | {self._focus: "accent"})
        self.strip.set_hover(self._focus)
        self.strip.set_highlight_slots([slot])
        if self.diagram.overlay.animating:
            self.diagram.overlay.set_link(None)
            self.diagram.overlay.set_hops([])
        else:
            self._draw_link(lay, slot)
        self._retranslate_formula()

    def _draw_link(self, lay, slot: int) -> None:
        """The line from the focused cell to ``slot``, and the stride jumps that reach it."""
        assert self._focus is not None
        cell, target = self._grid_rect(self._focus), self._strip_rect(slot)
        self.diagram.overlay.set_link(
            (cell, target) if cell is not None and target is not None else None
        )
        self.diagram.overlay.set_hops(self._hops(lay, self._focus))

    def _hops(self, lay, index: Index) -> list[tuple[QRectF, QRectF, str, int]]:
        """From the offset, one arc per dim: jump ``i_k * stride_k`` slots (zero jumps left out).

        Only the numbers of the layout (torch's strides and offset) are used; the arcs end on
        the slot torch says the element reads.
        """
        if lay.storage_size > 256:
            return []
        hops = []
        here = lay.storage_offset
        for k, (i, stride) in enumerate(zip(index, lay.stride, strict=True)):
            jump = i * stride
            if jump == 0:
                continue
            a, b = self._strip_rect(here), self._strip_rect(here + jump)
            if a is not None and b is not None:
                hops.append((a, b, f"+{i}·{stride}", k))
            here += jump
        return hops

    def eventFilter(self, obj, event) -> bool:
        moved = event.type() in (QEvent.Type.Resize, QEvent.Type.Move)
        if moved and self._chain is not None and (obj is self.grid or obj is self.strip):
            self._refresh_overlay()
        return super().eventFilter(obj, event)

    def _refresh_overlay(self) -> None:
        r = self._current_result()
        lay = r.layout if r is not None else None
        if lay is None or lay.slots is None or self._focus is None:
            return
        if self.diagram.overlay.animating:
            return
        slot = _slot_of(lay, self._focus)
        if slot is not None:
            self._draw_link(lay, slot)

    def formula_text(self) -> str:
        return self.formula_label.text()

    # -- editing -----------------------------------------------------------------------------
    def _load_editor(self, step: core.Step) -> None:
        i = self.op_combo.findData(step.op)
        self.op_combo.blockSignals(True)
        self.op_combo.setCurrentIndex(i)
        self.op_combo.blockSignals(False)
        self._on_op_changed(i, keep_text=True)
        self.args_edit.setText(step.args_text())

    def _editor_step(self) -> core.Step | None:
        op = self.op_combo.currentData()
        try:
            step = core.make_step(op, self.args_edit.text())
        except LiteralError as err:
            self.show_input_error(err, self.tr("Step arguments"))
            mark_invalid(self.args_edit, True)
            return None
        mark_invalid(self.args_edit, False)
        return step

    def _on_op_changed(self, index: int, keep_text: bool = False) -> None:
        op = self.op_combo.itemData(index)
        self.args_edit.setEnabled(op not in core.NO_ARGS)
        if not keep_text:
            self.args_edit.setText(self._default_args(op))
        self.args_edit.setPlaceholderText(self._args_hint(op))

    def _default_args(self, op: str) -> str:
        r = self._current_result()
        ndim = len(r.layout.shape) if r is not None and r.layout is not None else 2
        return {
            "reshape": "-1",
            "view": "-1",
            "transpose": "0, 1",
            "permute": ", ".join(str(d) for d in reversed(range(ndim))),
            "squeeze": "",
            "unsqueeze": "0",
            "flatten": "",
            "index": "[:, ::2]" if ndim >= 2 else "[::2]",
        }.get(op, "")

    def _on_add_clicked(self) -> None:
        step = self._editor_step()
        if step is None or self._chain is None:
            return
        at = min(self._selected, len(self._steps))
        steps = (*self._steps[:at], step, *self._steps[at:])[: core.MAX_STEPS]
        self._request(self._start, steps, select=at + 1)

    def _on_change_clicked(self) -> None:
        if self._selected == 0:
            return self._on_add_clicked()
        step = self._editor_step()
        if step is None:
            return
        self._request(
            self._start, core.with_step(self._steps, self._selected - 1, step), self._selected
        )

    def _on_remove_clicked(self) -> None:
        if self._selected == 0 or not self._steps:
            return
        k = self._selected - 1
        self._request(self._start, core.removed(self._steps, k), select=k)

    def _on_move_clicked(self, by: int) -> None:
        if self._selected == 0:
            return
        k = self._selected - 1
        steps = core.moved(self._steps, k, by)
        self._request(self._start, steps, select=max(1, min(len(steps), k + by + 1)))

    def _on_fix_clicked(self, kind: str) -> None:
        if self._chain is None or self._chain.error_at is None:
            return
        result = self._chain.results[self._chain.error_at]
        for fix in result.fixes:
            if fix.kind == kind:
                # Show the step that failed, now working (after an inserted contiguous()).
                select = self._chain.error_at + (1 if kind == "insert_contiguous" else 0)
                self._request(self._start, fix.steps, select=select)

    def _on_step_selected(self, row: int) -> None:
        if self._chain is not None and row >= 0 and row != self._selected:
            self._show_step(row, previous=self._current_result())

    def _on_preset_activated(self, index: int) -> None:
        _key, shape, steps = PRESETS[index]
        self.start_kind_combo.setCurrentIndex(0)
        self.start_edit.setText(", ".join(str(s) for s in shape))
        self._request(core.Start(shape=shape), steps, select=len(steps))

    def _on_start_kind_changed(self, index: int) -> None:
        if self.start_kind_combo.itemData(index) == "literal":
            self.start_edit.setText("[[1, 2, 3], [4, 5, 6]]")
        else:
            self.start_edit.setText("3, 4")
        self._retranslate_start_hint()
        self._on_start_edited()

    def _on_start_edited(self) -> None:
        literal = self.start_kind_combo.currentData() == "literal"
        text = self.start_edit.text()
        try:
            start = core.make_start(literal=text) if literal else core.make_start(text)
        except LiteralError as err:
            self.show_input_error(err, self.tr("Start tensor"))
            mark_invalid(self.start_edit, True)
            return
        mark_invalid(self.start_edit, False)
        self._request(start, self._steps, select=self._selected)

    # -- texts -------------------------------------------------------------------------------
    def _op_label(self, op: str) -> str:
        return {"t": ".t()", "contiguous": ".contiguous()", "index": "[ … ]"}.get(op, f".{op}()")

    def _args_hint(self, op: str) -> str:
        hints: dict[str, Callable[[], str]] = {
            "reshape": lambda: self.tr("new shape, e.g. 2, -1"),
            "view": lambda: self.tr("new shape, e.g. -1"),
            "transpose": lambda: self.tr("two dims, e.g. 0, 1"),
            "permute": lambda: self.tr("new order of all dims, e.g. 1, 0"),
            "squeeze": lambda: self.tr("empty: all size-1 dims; or one dim"),
            "unsqueeze": lambda: self.tr("where the new dim goes, e.g. 0"),
            "flatten": lambda: self.tr("empty, or start_dim, end_dim"),
            "index": lambda: self.tr("e.g. [:, ::2] or [1:] or [0]"),
        }
        return hints[op]() if op in hints else self.tr("no arguments")

    def _preset_title(self, key: str) -> str:
        titles = {
            "transpose_view": self.tr("Transpose, then view (fails)"),
            "reshape_view_or_copy": self.tr("reshape: a view or a copy?"),
            "regroup": self.tr("(4, 3) → (2, 2, 3): same memory regrouped"),
            "slicing": self.tr("Slicing: offset and strides"),
            "permute": self.tr("permute a 3-D tensor"),
            "squeeze": self.tr("squeeze and unsqueeze"),
            "big": self.tr("4-D, 4,096 elements"),
        }
        return titles.get(key, key)

    def current_preset(self) -> str | None:
        """The key of the example the chain is, unchanged; None once the user edits it."""
        chain = self._chain
        if chain is None or chain.start.literal:
            return None
        for key, shape, steps in PRESETS:
            if chain.start.shape == shape and chain.steps == steps:
                return key
        return None

    def _preset_note(self, key: str) -> str:
        notes = {
            "transpose_view": self.tr(
                ".t() only swaps the strides: the same memory, read column by column. view() "
                "needs memory in row order, so it fails; both fixes copy first."
            ),
            "reshape_view_or_copy": self.tr(
                "reshape() returns a view when the strides allow it (x1) and copies only when "
                "they do not (x3): watch the storage badge of each step."
            ),
            "regroup": self.tr(
                "(4, 3) → (2, 2, 3) regroups the same memory: only shape and strides change. "
                "transpose(0, 1) then reads that memory in another order."
            ),
            "slicing": self.tr(
                "Slicing makes views: a storage offset (where x1[0, 0] is) and bigger strides "
                "(::2 skips a slot). view() still works here because the strides line up."
            ),
            "permute": self.tr(
                "permute() reorders the strides. contiguous() copies into the new row order, "
                "and after that view() works."
            ),
            "squeeze": self.tr(
                "squeeze(1) on a dim of size 3 changes nothing; squeeze(0) drops a size-1 dim; "
                "unsqueeze(-1) adds one. All of them are views."
            ),
            "big": self.tr(
                "4,096 elements are still drawn cell by cell; bigger tensors are summarised."
            ),
        }
        return notes.get(key, "")

    def _retranslate_preset_note(self) -> None:
        key = self.current_preset()
        self.preset_note.setText(self._preset_note(key) if key else "")
        self.preset_note.setVisible(key is not None)
        self._fit_note()

    def _fit_note(self) -> None:
        """A wrapped label in a scrolling column gets one line unless told its real height."""
        note = self.preset_note
        if note.width() > 0:
            height = note.heightForWidth(note.width())
            if height > 0 and height != note.minimumHeight():
                note.setMinimumHeight(height)

    def _explanation(self, error: TorchError, step: core.Step | None) -> Callable[[], str]:
        msg = error.message
        op = step.op if step is not None else ""
        if "view size is not compatible" in msg:
            return lambda: self.tr(
                "view() never copies: it only gives the same memory a new shape and new "
                "strides. Here the elements, read in row order, are not evenly spaced in "
                "memory (follow the grid row by row and watch the slots jump in the strip), so "
                "no strides can describe the new shape. Insert .contiguous() to copy them "
                "into row order first, or use reshape(), which copies only when it must."
            )
        if "is invalid for input of size" in msg:
            return lambda: self.tr(
                "The new shape must hold exactly as many elements as the tensor has (the "
                "product of its sizes equals numel()). At most one size may be -1: torch "
                "works it out from the others."
            )
        if op == "permute":
            return lambda: self.tr(
                "permute() takes every dim of the tensor exactly once, in the new order: no "
                "dim may be missing or repeated."
            )
        if "Dimension out of range" in msg:
            return lambda: self.tr(
                "A tensor with n dims has dims 0 … n-1 (or -n … -1 counting from the end). "
                "unsqueeze() may also use n, because it adds a dim."
            )
        if "step must be greater than zero" in msg:
            return lambda: self.tr(
                "torch slicing does not take negative steps (NumPy does). To reverse, use "
                "torch.flip()."
            )
        if "too many indices" in msg:
            return lambda: self.tr("The index has more items than the tensor has dims.")
        if op == "t":
            return lambda: self.tr(
                ".t() only transposes tensors with at most 2 dims; for more dims use "
                "transpose(d0, d1) or permute()."
            )
        return lambda: explain_torch_error(error)

    def _grid_title(self, r: core.StepResult) -> str:
        return self.tr("{0}: the logical view, shape {1}").format(
            r.name, tuple(r.layout.shape) if r.layout else ()
        )

    def _strip_title(self, r: core.StepResult) -> str:
        if r.layout is None:
            return ""
        return self.tr("The storage {0} reads, in memory order ({1} slots)").format(
            r.name, r.layout.storage_size
        )

    def retranslate(self) -> None:
        self._preset_box.setTitle(self.tr("Examples"))
        for i, (key, _s, _st) in enumerate(PRESETS):
            self.preset_combo.setItemText(i, self._preset_title(key))
        self._retranslate_preset_note()
        self._start_box.setTitle(self.tr("Start tensor x0"))
        self.start_kind_combo.setItemText(0, self.tr("torch.arange(n).reshape(shape)"))
        self.start_kind_combo.setItemText(1, self.tr("torch.tensor(literal)"))
        self.start_apply.setText(self.tr("Apply"))
        self._retranslate_start_hint()
        self._steps_box.setTitle(self.tr("Steps"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Insert this step after the selected one"))
        self.change_button.setText(self.tr("Change"))
        self.change_button.setToolTip(self.tr("Replace the selected step"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("↑ Move up"))
        self.down_button.setText(self.tr("↓ Move down"))
        self._view_box.setTitle(self.tr("View"))
        self.animate_check.setText(self.tr("Animate moving between steps"))
        self.prev_button.setToolTip(self.tr("Previous step"))
        self.next_button.setToolTip(self.tr("Next step"))
        self.fix_contiguous_button.setText(self.tr("Fix: insert .contiguous() before it"))
        self.fix_reshape_button.setText(self.tr("Fix: use reshape() instead"))
        self.hint_label.setText(
            self.tr(
                "Same colour = same memory (one colour per row of x0). Point at a cell or slot."
            )
        )
        self._on_op_changed(self.op_combo.currentIndex(), keep_text=True)
        self._retranslate_steps_list()
        if self._chain is not None:
            r = self._current_result()
            if r is not None:
                self.diagram.grid_title.setText(self._grid_title(r))
                self.strip.set_title(self._strip_title(r))
            self._retranslate_step()
            self._retranslate_formula()

    def _retranslate_start_hint(self) -> None:
        if self.start_kind_combo.currentData() == "literal":
            self.start_edit.setPlaceholderText(self.tr("e.g. [[1, 2, 3], [4, 5, 6]]"))
        else:
            self.start_edit.setPlaceholderText(self.tr("shape, up to 4 dims, e.g. 2, 3, 4"))

    def _retranslate_steps_list(self) -> None:
        if self._chain is None:
            return
        for i, r in enumerate(self._chain.results):
            item = self.steps_list.item(i)
            if item is None:
                continue
            if r.status == "error" and r.error is not None:
                item.setToolTip(str(r.error))
                item.setForeground(QColor(self.theme.negative))
            elif r.status == "skipped":
                item.setToolTip(self.tr("Not run: an earlier step failed"))
                item.setForeground(QColor(self.theme.muted))
            else:
                item.setToolTip("")
                item.setForeground(QColor(self.theme.text))

    def _retranslate_step(self) -> None:
        chain = self._chain
        if chain is None:
            return
        k = self._selected
        r = chain.results[k]
        drawn = chain.results[self._drawn_index(k)]
        self.step_title.setText(r.code)
        self.prev_button.setEnabled(k > 0)
        self.next_button.setEnabled(k < len(chain.results) - 1)
        # An error step draws its input, so the badges describe that input (the reason why).
        self._set_badges(drawn, self._drawn_index(k))
        if r.status == "error" and r.error is not None:
            self.step_error_title.setText(
                self.tr(
                    "torch refused this step ({1}). Shown below: {0}, the tensor it was called on."
                ).format(drawn.name, r.error.type_name)
            )
            self.step_error_message.setText(str(r.error))
            # the banner above already shows torch's message; here only once it is dismissed
            self.step_error_message.setVisible(self.banner.message() != str(r.error))
            kinds = {f.kind for f in r.fixes}
            self.step_error_reason.setText(self._reading_order_text(drawn))
            self.step_error_reason.setVisible(
                "insert_contiguous" in kinds and bool(self.step_error_reason.text())
            )
            self.fix_contiguous_button.setVisible("insert_contiguous" in kinds)
            self.fix_reshape_button.setVisible("use_reshape" in kinds)
            self.step_error.show()
        elif r.status == "skipped":
            self.step_error_title.setText(
                self.tr("Not run: an earlier step failed. Shown below: {0}.").format(drawn.name)
            )
            self.step_error_message.setText("")
            self.step_error_reason.hide()
            self.fix_contiguous_button.hide()
            self.fix_reshape_button.hide()
            self.step_error.show()
        else:
            self.step_error.hide()
        lay = drawn.layout
        if lay is None:
            self.strides_label.setText("")
            self.offset_label.setText("")
            return
        lines = [self.tr("Strides of {0}: {1}").format(drawn.name, tuple(lay.stride))]
        for d, (size, stride) in enumerate(zip(lay.shape, lay.stride, strict=True)):
            lines.append(
                self.tr("dim {0} (size {1}): one step along it → jump {2} slots").format(
                    d, size, stride
                )
            )
        if not lay.shape:
            lines.append(self.tr("a 0-d tensor has no dims to step along"))
        self.strides_label.setText("\n".join(lines))
        first = "[" + ", ".join("0" for _ in lay.shape) + "]"
        self.offset_label.setText(
            self.tr("Storage offset: {0}  ({1}{2} is slot {0} of the {3} in storage)").format(
                lay.storage_offset, drawn.name, first, lay.storage_size
            )
        )

    def _reading_order_text(self, r: core.StepResult) -> str:
        """Which slots the elements visit in row order: the jumps show why view() fails."""
        lay = r.layout
        if lay is None or lay.slots is None or lay.numel < 2:
            return ""
        seq = np.asarray(lay.slots).reshape(-1)[:10].tolist()
        jumps = np.diff(seq).tolist()
        more = "…" if lay.numel > len(seq) else ""
        return self.tr(
            "Read row by row, {0} visits slots {1}{2} (jumps {3}{2}). view() can only regroup "
            "memory that is already in row order; this memory is not."
        ).format(
            r.name,
            ", ".join(str(v) for v in seq),
            more,
            ", ".join(f"{j:+d}" for j in jumps),
        )

    def _set_badges(self, r: core.StepResult, k: int) -> None:
        def style(label: QLabel, text: str, tone: str) -> None:
            label.setText(text)
            label.setProperty("tone", tone)
            label.style().unpolish(label)
            label.style().polish(label)
            label.setVisible(bool(text))

        if not r.ok or r.layout is None:
            style(self.contiguous_badge, "", "")
            style(self.storage_badge, "", "")
            style(self.unchanged_badge, "", "")
            return
        if r.layout.is_contiguous:
            style(self.contiguous_badge, self.tr("contiguous: is_contiguous() is True"), "good")
        else:
            style(self.contiguous_badge, self.tr("not contiguous: is_contiguous() is False"), "bad")
        if r.shares_input is None:
            style(self.storage_badge, self.tr("the start: its own new storage"), "")
        elif r.shares_input:
            assert self._chain is not None
            src = self._chain.results[k - 1].name
            style(
                self.storage_badge,
                self.tr("a view: shares storage with {0} (no copy)").format(src),
                "good",
            )
        else:
            src = self._chain.results[k - 1].name if self._chain else ""
            style(
                self.storage_badge,
                self.tr("a copy: new storage, not shared with {0}").format(src),
                "bad",
            )
        if r.same_object:
            style(
                self.unchanged_badge,
                self.tr("nothing changed: it returned the same tensor object"),
                "",
            )
        elif r.unchanged:
            style(
                self.unchanged_badge, self.tr("nothing changed: same shape, strides and memory"), ""
            )
        else:
            style(self.unchanged_badge, "", "")

    def _retranslate_formula(self) -> None:
        r = self._current_result()
        lay = r.layout if r is not None else None
        if r is None or lay is None:
            self.formula_label.setText("")
            return
        drawn = r.snapshot is not None and r.snapshot.text is not None
        if lay.slots is None and not drawn:
            self.formula_label.setText(
                self.tr(
                    "{0} elements: too many to draw one by one; shape, strides, offset and "
                    "badges still come from torch."
                ).format(f"{lay.numel:,}")
            )
            return
        index = self._focus
        slot = _slot_of(lay, index)
        if slot is None and index is not None and _in_shape(index, lay.shape):
            # a small view of a storage too big to draw: torch's strides give the slot
            slot = lay.storage_offset + sum(i * st for i, st in zip(index, lay.stride, strict=True))
        if index is None or slot is None:
            self.formula_label.setText("")
            return
        terms = " + ".join(f"{i}·{s}" for i, s in zip(index, lay.stride, strict=True))
        texts = r.snapshot.text if r.snapshot is not None else None
        flat = int(np.ravel_multi_index(index, lay.shape)) if lay.shape else 0
        value = texts[flat] if texts is not None else "?"
        names = " + ".join(f"i{k}·stride{k}" for k in range(len(index))) or "0"
        self.formula_label.setText(
            self.tr("{0}[{1}] reads slot offset + {2} = {3} + {4} = {5}  →  value {6}").format(
                r.name,
                ", ".join(str(i) for i in index),
                names,
                lay.storage_offset,
                terms or "0",
                slot,
                value,
            )
        )

    # -- theme -------------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.grid.apply_theme(theme)
        self.strip.apply_theme(theme)
        self.strip.set_headroom(theme.px(20))  # room for the jump arcs
        self.diagram.overlay.set_theme(theme)

        # Style sheets, not setFont: the application's style sheet sets every widget's font
        # size and would override a font set in code.
        def font_css(size: float, bold: bool = False, mono: bool = False) -> str:
            family = theme.font(size, mono=True).family() if mono else ""
            css = f"font-size: {size * theme.scale:.1f}pt;"
            css += " font-weight: bold;" if bold else ""
            return css + (f' font-family: "{family}";' if family else "")

        self.step_title.setStyleSheet(font_css(13, bold=True, mono=True))
        self.diagram.grid_title.setStyleSheet(font_css(9))
        for label in (self.strides_label, self.offset_label):
            label.setStyleSheet(font_css(10, mono=True))
        self.formula_label.setStyleSheet(font_css(11, bold=True, mono=True))
        self.step_error_message.setStyleSheet(font_css(9.5, mono=True))
        self.step_error_reason.setStyleSheet(font_css(10))
        p = theme.px
        self.step_error.setStyleSheet(
            f"QFrame#step_error {{ background: {theme.error_bg};"
            f" border: {p(1)}px solid {theme.negative}; border-radius: {p(6)}px; }}"
            f" QLabel {{ background: transparent; }}"
            f" QLabel#step_error_title {{ color: {theme.negative}; font-weight: bold; }}"
        )
        self.steps_list.setFont(theme.font(10, mono=True))
        self.steps_list.setMinimumHeight(theme.px(150))
        self._retranslate_steps_list()
        self._update_focus()


def _in_shape(index: Index, shape: tuple[int, ...]) -> bool:
    return len(index) == len(shape) and all(0 <= i < n for i, n in zip(index, shape, strict=True))


def _slot_of(lay, index: Index | None) -> int | None:
    """The slot element ``index`` reads, or None when ``index`` is not an element of ``lay``."""
    if index is None or lay is None or lay.slots is None or not _in_shape(index, lay.shape):
        return None
    return int(lay.slots[index]) if lay.shape else int(lay.slots)


LESSON = ShapeLesson
