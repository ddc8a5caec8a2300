"""Lesson ``create``: every constructor of the course, drawn with its attributes.

Controls -> :func:`tensorviz.core.create.build` (plain text and flags) -> a frozen
:class:`~tensorviz.core.create.Result` -> the tensor grid, the attribute table, the
torch.tensor / torch.Tensor comparison, the sample histogram and the code pane.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import create as core
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import COURSE_DTYPE_NAMES
from tensorviz.core.values import format_value
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.sample_histogram import SampleHistogram
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.worker import Worker

#: Text fields, in form order: the argument names (each edit is named f"{name}_edit").
TEXT_FIELDS = (
    "data",
    "size",
    "start",
    "end",
    "step",
    "steps",
    "fill_value",
    "mean",
    "std",
    "low",
    "high",
)
#: dtypes offered in the combo (one name per dtype; "" = the constructor's default).
DTYPE_CHOICES = ("", *COURSE_DTYPE_NAMES)
ATTRIBUTES = (
    ("shape", "shape"),
    ("ndim", "ndim"),
    ("numel", "numel()"),
    ("dtype", "dtype"),
    ("device", "device"),
    ("element_size", "element_size()"),
    ("nbytes", "nbytes"),
    ("requires_grad", "requires_grad"),
    ("is_leaf", "is_leaf"),
)
#: Examples: key -> the fields they set (everything else keeps its value).
PRESETS: dict[str, dict[str, object]] = {
    "scalar": dict(constructor="torch.tensor", data="5", numpy=False, dtype=""),
    "vector": dict(constructor="torch.tensor", data="[1, 2, 3]", numpy=False, dtype=""),
    "matrix": dict(constructor="torch.tensor", data="[[1, 2], [3, 4]]", numpy=False, dtype=""),
    "3d": dict(
        constructor="torch.tensor",
        data="[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]]",
        numpy=False,
        dtype="",
    ),
    "4d": dict(
        constructor="torch.tensor",
        data="[[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]], "
        "[[[13, 14, 15], [16, 17, 18]], [[19, 20, 21], [22, 23, 24]]]]",
        numpy=False,
        dtype="",
    ),
    "uninit": dict(constructor="torch.Tensor", source="size", size="2, 3"),
    "convert": dict(constructor="torch.IntTensor", source="data", data="[1.7, -2.5, 3.0, 100]"),
    "numpy": dict(
        constructor="torch.tensor", data="[[1.5, 2.0], [3.0, 4.5]]", numpy=True, dtype=""
    ),
    "linspace": dict(
        constructor="torch.linspace",
        start="3",
        end="10000000",
        steps="10",
        dtype="",
        sci_mode=None,
    ),
    "normal": dict(constructor="torch.normal", mean="2.0", std="3.0", size="2, 4", dtype=""),
}
PRESET_ORDER = (
    ("scalar", "vector"),
    ("matrix", "3d"),
    ("4d", "uninit"),
    ("convert", "numpy"),
    ("linspace", "normal"),
)


def _combo() -> QComboBox:
    """A combo that never widens the controls column to its longest item."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _show_tensor(grid: TensorGrid, summary: QLabel, snap, uninitialised: bool) -> None:
    """``snap`` in ``grid``, or, when summarised, the grid hidden for the ``summary`` label."""
    grid.set_snapshot(snap)
    summarised = snap is not None and snap.summarised
    grid.setVisible(not summarised)
    summary.setVisible(summarised)
    if uninitialised and snap is not None and not summarised:
        # Hatched like broadcast ghosts: bytes that happen to be there, not chosen values.
        grid.set_ghost(np.ones(snap.shape, dtype=bool))


def _clip(text: str, limit: int = 56) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CreateLesson(Lesson):
    """Build a tensor with any constructor of the course and see what torch made."""

    key = "create"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._request = core.Request()
        self._result: core.Result | None = None  # the last good result (on screen)
        self._last_random: core.Result | None = None
        self._run_count = 0
        self._seed_verdict: tuple[str, int, int, int] | None = None  # kind, run, old, new
        self._selected: tuple[int, ...] | None = None
        self._building = False
        self._worker = Worker(self)
        self._worker.finished.connect(self._on_worker_finished)

        self.set_content(self._build_controls(), self._build_picture(), code_width=33)
        self.retranslate()
        self.apply_theme(theme)
        self._load_request(self._request)
        self._rebuild(force=True)

    # -- construction ------------------------------------------------------------------------
    def _build_controls(self) -> QWidget:
        controls = QWidget()
        layout = QVBoxLayout(controls)
        layout.setContentsMargins(0, 0, 0, 0)

        self.examples_box = QGroupBox()
        grid = QGridLayout(self.examples_box)
        grid.setSpacing(self.theme.px(4))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.preset_buttons: dict[str, QPushButton] = {}
        for r, row in enumerate(PRESET_ORDER):
            for c, key in enumerate(row):
                button = QPushButton()
                button.setObjectName(f"preset_{key}")
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                button.setMinimumWidth(self.theme.px(40))  # never widen the controls column
                button.clicked.connect(lambda _=False, k=key: self._on_preset_clicked(k))
                grid.addWidget(button, r, c)
                self.preset_buttons[key] = button
        layout.addWidget(self.examples_box)

        self.args_box = QGroupBox()
        form = QFormLayout(self.args_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form
        self.constructor_combo = _combo()
        self.constructor_combo.setObjectName("constructor_combo")
        self.constructor_combo.addItems(core.CONSTRUCTORS)
        self.constructor_combo.setMaxVisibleItems(len(core.CONSTRUCTORS))
        self.constructor_combo.currentIndexChanged.connect(self._on_field_changed)
        self._constructor_label = QLabel()
        form.addRow(self._constructor_label, self.constructor_combo)

        self.source_combo = _combo()
        self.source_combo.setObjectName("source_combo")
        self.source_combo.addItems(["", ""])
        self.source_combo.currentIndexChanged.connect(self._on_field_changed)
        self._row_labels: dict[str, QLabel] = {}
        self._row_widgets: dict[str, QWidget] = {}
        self._add_row("source", self.source_combo, "argument")

        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{name}_edit")
            edit.editingFinished.connect(self._on_field_changed)
            self.edits[name] = edit
            self._add_row(name, edit, name)
            if name == "data":
                self.numpy_check = QCheckBox()
                self.numpy_check.setObjectName("numpy_check")
                self.numpy_check.toggled.connect(self._on_field_changed)
                self._add_row("numpy", self.numpy_check, "")

        self.dtype_combo = _combo()
        self.dtype_combo.setObjectName("dtype_combo")
        self.dtype_combo.addItems([""] + [f"torch.{n}" for n in DTYPE_CHOICES[1:]])
        self.dtype_combo.currentIndexChanged.connect(self._on_field_changed)
        self._add_row("dtype", self.dtype_combo, "dtype")
        self.device_combo = _combo()
        self.device_combo.setObjectName("device_combo")
        self.device_combo.addItems(core.device_choices())
        self.device_combo.currentIndexChanged.connect(self._on_field_changed)
        self._add_row("device", self.device_combo, "device")
        self.requires_grad_check = QCheckBox("requires_grad=True")
        self.requires_grad_check.setObjectName("requires_grad_check")
        self.requires_grad_check.toggled.connect(self._on_field_changed)
        self._add_row("requires_grad", self.requires_grad_check, "")
        layout.addWidget(self.args_box)

        self.seed_box = QGroupBox()
        seed_layout = QVBoxLayout(self.seed_box)
        seed_row = QHBoxLayout()
        self._seed_label = QLabel("torch.manual_seed(")
        self.seed_edit = QLineEdit()
        self.seed_edit.setObjectName("seed_edit")
        self.seed_edit.editingFinished.connect(self._on_field_changed)
        seed_row.addWidget(self._seed_label)
        seed_row.addWidget(self.seed_edit, 1)
        seed_row.addWidget(QLabel(")"))
        seed_layout.addLayout(seed_row)
        buttons = QHBoxLayout()
        self.run_again_button = QPushButton()
        self.run_again_button.setObjectName("run_again_button")
        self.run_again_button.clicked.connect(self._on_run_again_clicked)
        self.new_seed_button = QPushButton()
        self.new_seed_button.setObjectName("new_seed_button")
        self.new_seed_button.clicked.connect(self._on_new_seed_clicked)
        buttons.addWidget(self.run_again_button)
        buttons.addWidget(self.new_seed_button)
        seed_layout.addLayout(buttons)
        self.initial_seed_label = QLabel()
        self.initial_seed_label.setObjectName("initial_seed_label")
        seed_layout.addWidget(self.initial_seed_label)
        self.seed_status = QLabel()
        self.seed_status.setObjectName("seed_status")
        self.seed_status.setWordWrap(True)
        self.seed_status.setProperty("role", "badge")
        seed_layout.addWidget(self.seed_status)
        layout.addWidget(self.seed_box)

        self.print_box = QGroupBox()
        print_form = QFormLayout(self.print_box)
        self.sci_combo = _combo()
        self.sci_combo.setObjectName("sci_combo")
        self.sci_combo.addItems(["", "", ""])
        self.sci_combo.currentIndexChanged.connect(self._on_field_changed)
        self._sci_label = QLabel("sci_mode")
        print_form.addRow(self._sci_label, self.sci_combo)
        layout.addWidget(self.print_box)
        layout.addStretch(1)
        return controls

    def _add_row(self, key: str, widget: QWidget, label_text: str) -> None:
        label = QLabel(label_text)
        self._form.addRow(label, widget)
        self._row_labels[key] = label
        self._row_widgets[key] = widget

    def _build_picture(self) -> QWidget:
        picture = QWidget()
        picture.setObjectName("create_picture")
        layout = QVBoxLayout(picture)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.main_box = QGroupBox()
        self.main_box.setObjectName("main_box")
        main_layout = QVBoxLayout(self.main_box)
        self.grid = TensorGrid(self.theme)
        self.grid.setObjectName("tensor_grid")
        self.grid.set_max_scale(2.0)
        self.grid.cell_hovered.connect(self._on_cell_hovered)
        self.grid.cell_clicked.connect(self._on_cell_clicked)
        self.main_caption = QLabel()
        self.main_caption.setObjectName("main_caption")
        main_layout.addWidget(self.main_caption)
        main_layout.addWidget(self.grid, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        main_layout.addWidget(self.summary_label, 1)
        self.summary_label.hide()
        top.addWidget(self.main_box, 1)
        # The two grids share what the attribute table leaves; they scale down to fit.
        self.main_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.compare_box = QGroupBox()
        self.compare_box.setObjectName("compare_box")
        compare_layout = QVBoxLayout(self.compare_box)
        self.compare_grid = TensorGrid(self.theme)
        self.compare_grid.setObjectName("compare_grid")
        self.compare_grid.set_max_scale(2.0)
        self.compare_error = QLabel()
        self.compare_error.setObjectName("compare_error")
        self.compare_error.setWordWrap(True)
        self.compare_error.setTextFormat(Qt.TextFormat.PlainText)
        self.compare_caption = QLabel()
        self.compare_caption.setObjectName("compare_caption")
        self.compare_caption.setWordWrap(True)
        compare_layout.addWidget(self.compare_caption)
        compare_layout.addWidget(self.compare_grid, 100)
        compare_layout.addWidget(self.compare_error)
        self.compare_summary = QLabel()
        self.compare_summary.setObjectName("compare_summary")
        self.compare_summary.setWordWrap(True)
        self.compare_summary.hide()
        compare_layout.addWidget(self.compare_summary)
        compare_layout.addStretch(1)
        top.addWidget(self.compare_box, 1)
        self.compare_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.attributes_box = QFrame()
        self.attributes_box.setObjectName("attributes_box")
        attr_layout = QGridLayout(self.attributes_box)
        self._attr_heading = QLabel()
        attr_layout.addWidget(self._attr_heading, 0, 0, 1, 2)
        self.attr_names: dict[str, QLabel] = {}
        self.attr_values: dict[str, QLabel] = {}
        for row, (key, code) in enumerate(ATTRIBUTES, start=1):
            name = QLabel("." + code)
            name.setProperty("role", "muted")
            value = QLabel()
            value.setObjectName(f"attr_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            attr_layout.addWidget(name, row, 0)
            attr_layout.addWidget(value, row, 1)
            self.attr_names[key] = name
            self.attr_values[key] = value
        attr_layout.setRowStretch(len(ATTRIBUTES) + 1, 1)
        # never narrower than its text: the grids beside it are the ones that shrink
        self.attributes_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        top.addWidget(self.attributes_box, 0)
        layout.addLayout(top, 3)

        self.note_label = QLabel()
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.note_label)

        self.histogram_box = QGroupBox()
        self.histogram_box.setObjectName("histogram_box")
        hist_layout = QVBoxLayout(self.histogram_box)
        self._hist_layout = hist_layout
        # Built on first use: a pyqtgraph plot costs half of this lesson's start-up time.
        self.histogram: SampleHistogram | None = None
        self.histogram_box.hide()
        layout.addWidget(self.histogram_box, 3)
        return picture

    # -- request <-> controls ----------------------------------------------------------------
    def _load_request(self, request: core.Request) -> None:
        """Put ``request`` into the controls without triggering a rebuild."""
        self._building = True
        try:
            self.constructor_combo.setCurrentText(request.constructor)
            self.source_combo.setCurrentIndex(0 if request.source == "data" else 1)
            for name, edit in self.edits.items():
                edit.setText(getattr(request, name))
            self.numpy_check.setChecked(request.numpy)
            dtype = request.dtype.strip().removeprefix("torch.")
            self.dtype_combo.setCurrentIndex(
                DTYPE_CHOICES.index(dtype) if dtype in DTYPE_CHOICES else 0
            )
            self.device_combo.setCurrentText(request.device)
            self.requires_grad_check.setChecked(request.requires_grad)
            self.seed_edit.setText(request.seed)
            self.sci_combo.setCurrentIndex({None: 0, True: 1, False: 2}[request.sci_mode])
        finally:
            self._building = False
        self._show_rows(request)

    def request_from_controls(self) -> core.Request:
        return core.Request(
            constructor=self.constructor_combo.currentText(),
            source="data" if self.source_combo.currentIndex() == 0 else "size",
            numpy=self.numpy_check.isChecked(),
            dtype=DTYPE_CHOICES[max(0, self.dtype_combo.currentIndex())],
            device=self.device_combo.currentText(),
            requires_grad=self.requires_grad_check.isChecked(),
            seed=self.seed_edit.text(),
            sci_mode=(None, True, False)[max(0, self.sci_combo.currentIndex())],
            **{name: edit.text() for name, edit in self.edits.items()},
        )

    def _show_rows(self, request: core.Request) -> None:
        takes = request.takes
        legacy = request.constructor in core.LEGACY
        for key, widget in self._row_widgets.items():
            visible = takes(key)
            if legacy and key == "data":
                visible = request.source == "data"
            if legacy and key == "size":
                visible = request.source == "size"
            self._form.setRowVisible(widget, visible)
        self.seed_box.setVisible(takes("seed"))

    # -- handlers ----------------------------------------------------------------------------
    def _on_field_changed(self, *_args) -> None:
        if self._building:
            return
        self._show_rows(self.request_from_controls())
        self._rebuild()

    def _on_preset_clicked(self, key: str) -> None:
        self._load_request(replace(self.request_from_controls(), **PRESETS[key]))
        self._selected = None
        self._rebuild()

    def _on_run_again_clicked(self) -> None:
        self._rebuild(force=True)

    def _on_new_seed_clicked(self) -> None:
        current = self.seed_edit.text().strip()
        seed = random.randrange(10_000)
        while str(seed) == current:
            seed = random.randrange(10_000)
        self.seed_edit.setText(str(seed))
        self._rebuild()

    def _on_cell_hovered(self, index) -> None:
        self._update_note(index if index is not None else self._selected)

    def _on_cell_clicked(self, index) -> None:
        self._selected = tuple(index)
        self._paint_highlight()
        self._update_note(self._selected)

    # -- the one path from controls to pictures ----------------------------------------------
    def _rebuild(self, force: bool = False) -> None:
        """Check the fields here (instant feedback), make the tensor on the worker thread.

        A 100,000-draw sample, or a million-element tensor, would hold the GUI thread too
        long; the worker runs :func:`core.build_spec` and only the newest result is shown.
        """
        request = self.request_from_controls()
        if not force and request == self._request and self._result is not None:
            return
        self._request = request
        try:
            spec = core.parse_request(request)
        except core.InputError as err:
            self._worker.cancel("build")
            self._show_input_problem(err)
            return
        self._worker.submit("build", lambda: core.build_spec(spec))

    def _on_worker_finished(self, channel: str, result: object) -> None:
        if channel != "build":
            return
        if isinstance(result, BaseException):
            raise result  # a bug, not a torch error: never swallow it
        assert isinstance(result, core.Result)
        self.code_pane.set_snippet(result.snippet)
        if not result.ok:
            assert result.error is not None
            self.show_torch_error(result.error, self._explanation_for(result.error))
            return
        self.clear_error()
        self._show_result(result)

    def _show_input_problem(self, err: core.InputError) -> None:
        special = self._input_explanation(err)
        if special is None:
            self.show_input_error(err.error, err.field)
        else:
            self.banner.show_error(f"{err.field}: {err.error}", special)

    def _input_explanation(self, err: core.InputError) -> Callable[[], str] | None:
        reason = err.error.reason
        if err.field == "steps" and reason == "bad_size":
            return lambda: self.tr(
                "steps is how many points linspace makes. With steps = 0 torch returns an "
                "empty tensor, tensor([]): there is nothing to draw. Use 1 or more."
            )
        if err.field == "size" and reason == "bad_size":
            return lambda: self.tr(
                "A size counts elements along a dim, so it cannot be negative "
                "(0 is allowed: an empty dim)."
            )
        if reason == "too_many":
            return lambda: self.tr(
                "That is too many elements: tensorviz refuses more than about a million, "
                "before anything is allocated, so the app stays responsive."
            )
        if reason == "ragged":
            return lambda: self.tr(
                "A tensor is a regular block: every row must have the same length, every "
                "matrix the same shape. These nested lists are ragged."
            )
        if reason in ("not_a_number", "syntax") and err.field != "data":
            return lambda: self.tr("{0} needs a number here, such as 2 or -0.5.").format(err.field)
        return None

    def _explanation_for(self, error: TorchError) -> Callable[[], str] | None:
        """This lesson's words for torch's refusal; None: the general explanation."""
        message = error.message
        if "normal expects std" in message:
            return lambda: self.tr(
                "std is the standard deviation: how far the values spread around the mean. "
                "A spread cannot be negative; use std >= 0 (std = 0 gives the mean every time)."
            )
        if "expects 'from' to be less than 'to'" in message:
            return lambda: self.tr(
                "randint draws whole numbers from low up to high - 1: high itself is never "
                "drawn. So low must be less than high."
            )
        if "step must be nonzero" in message:
            return lambda: self.tr(
                "arange counts from start in steps of step until it reaches end. With a step "
                "of 0 it would never get there."
            )
        if "inconsistent with step sign" in message:
            return lambda: self.tr(
                "The step must point from start towards end: positive when end > start, "
                "negative when end < start."
            )
        if "number of steps must be non-negative" in message:
            return lambda: self.tr(
                "steps is how many points linspace makes; it cannot be negative."
            )
        if "floating point and complex dtype can require gradients" in message:
            return lambda: self.tr(
                "Gradients are only defined for real-valued (floating point) numbers: choose "
                "a float dtype, or switch requires_grad off."
            )
        if "not implemented for" in message:
            return lambda: self.tr(
                "rand, randn and normal make floating point numbers; this dtype is not a "
                "float. For random whole numbers use randint."
            )
        if "legacy constructor expects device type" in message:
            return lambda: self.tr(
                "torch.Tensor, torch.IntTensor and the other legacy constructors always make CPU "
                "tensors. For a GPU tensor use torch.tensor(data, device='cuda'), or move one "
                "with .to('cuda')."
            )
        if "data must be a sequence" in message:
            return lambda: self.tr(
                "The legacy constructors take a list of data, or whole numbers as a size; a "
                "single float or bool is neither. For a scalar use torch.tensor(2.5)."
            )
        if "without overflow" in message or "Overflow" in message:
            return lambda: self.tr(
                "A value does not fit in the range of this dtype; torch refuses instead of "
                "wrapping it around."
            )
        return None

    # -- painting ----------------------------------------------------------------------------
    def _show_result(self, result: core.Result) -> None:
        previous = self._result
        self._result = result
        if (
            previous is None
            or previous.tensor is None
            or result.tensor is None
            or (previous.tensor.shape != result.tensor.shape)
        ):
            self._selected = None
        _show_tensor(self.grid, self.summary_label, result.tensor, result.uninitialised)
        self.main_box.setTitle("x = " + _clip(result.code, 24))
        if self._selected is None and result.tensor is not None and not result.tensor.summarised:
            shape = result.tensor.shape
            self._selected = tuple(s - 1 for s in shape) if all(shape) else None
        self._paint_highlight()
        attrs = result.attributes
        if attrs is not None:
            for key, label in self.attr_values.items():
                label.setText(str(getattr(attrs, key)))
            self._fit_attributes()
        self._show_comparison(result)
        self._track_seed(result)
        self.histogram_box.setVisible(result.histogram is not None)
        if result.histogram is not None and self.histogram is None:
            self.histogram = SampleHistogram(self.theme)
            self._hist_layout.addWidget(self.histogram)
        if self.histogram is not None:
            self.histogram.set_histogram(result.histogram)
        self._retranslate_dynamic()

    def _paint_highlight(self) -> None:
        result = self._result
        cells: dict[tuple[int, ...], str] = {}
        if result is not None and result.conversion is not None:
            mask = result.conversion.mask
            if mask is not None:
                for index in zip(*mask.nonzero(), strict=True):
                    cells[tuple(int(i) for i in index)] = "negative"
        if self._selected is not None:
            cells[self._selected] = "highlight"
        self.grid.set_highlight(cells)

    def _fit_attributes(self) -> None:
        """Keep the attribute table as wide as its longest name and value (the layout alone
        let the grids squeeze it until Chinese and 200% text was clipped)."""

        def widest(labels) -> int:
            return max(label.fontMetrics().horizontalAdvance(label.text()) for label in labels)

        names = widest(self.attr_names.values())
        values = widest(self.attr_values.values())
        heading = widest([self._attr_heading])
        self.attributes_box.setMinimumWidth(max(names + values, heading) + self.theme.px(36))

    def _show_comparison(self, result: core.Result) -> None:
        comparison = result.comparison
        self.compare_box.setVisible(comparison is not None)
        if comparison is None:
            return
        other = comparison.other
        if other.error is not None or other.refused:
            self.compare_grid.set_snapshot(None)
            self.compare_grid.hide()
            self.compare_summary.hide()
            self.compare_error.setText(str(other.error) if other.error is not None else "")
            self.compare_error.show()
        else:
            _show_tensor(self.compare_grid, self.compare_summary, other.tensor, other.uninitialised)
            self.compare_error.hide()

    def _track_seed(self, result: core.Result) -> None:
        """Did the same seed give the same values? Compared with the previous random run."""
        if not result.spec.is_random:
            self._last_random = None
            self._seed_verdict = None
            return
        last = self._last_random
        self._last_random = result
        if last is None or replace(last.spec, seed=None) != replace(result.spec, seed=None):
            self._run_count = 1
            self._seed_verdict = ("first", 1, result.spec.seed or 0, result.spec.seed or 0)
            return
        self._run_count += 1
        if last.spec.seed == result.spec.seed:
            kind = "same" if last.digest == result.digest else "differs"
        else:
            kind = "changed" if last.digest != result.digest else "collide"
        self._seed_verdict = (kind, self._run_count, last.spec.seed or 0, result.spec.seed or 0)

    def _update_seed_texts(self) -> None:
        result = self._result
        seed = result.initial_seed if result is not None else None
        self.initial_seed_label.setText(
            self.tr("torch.initial_seed() → {0}").format(seed if seed is not None else "–")
        )
        verdict = self._seed_verdict
        tone = ""
        if verdict is None:
            text = ""
        else:
            kind, run, old, new = verdict
            if kind == "first":
                text = self.tr(
                    "Run 1 with seed {0}. Press “Run again”: the same seed gives the same values."
                ).format(new)
            elif kind == "same":
                text = self.tr(
                    "Run {0} with seed {1}: exactly the same values as the run before ✓"
                ).format(run, new)
                tone = "good"
            elif kind == "differs":
                text = self.tr(
                    "Run {0} with seed {1}: the values differ from the run before!"
                ).format(run, new)
                tone = "bad"
            elif kind == "changed":
                text = self.tr(
                    "Seed {0} instead of {1}: different values. Set {1} again to "
                    "get the old ones back."
                ).format(new, old)
            else:
                text = self.tr("Seed {0} instead of {1}, yet the same values.").format(new, old)
        self.seed_status.setText(text)
        self.seed_status.setVisible(bool(text))
        self.seed_status.setProperty("tone", tone)
        self.seed_status.style().unpolish(self.seed_status)
        self.seed_status.style().polish(self.seed_status)

    def _update_note(self, index) -> None:
        """The text under the grid: how to read an index, and what is special here."""
        result = self._result
        if result is None or result.tensor is None:
            self.note_label.setText("")
            return
        snap = result.tensor
        parts: list[str] = []
        t = self.theme
        if result.uninitialised:
            parts.append(
                f"<span style='color:{t.negative}'><b>"
                + html.escape(self.tr("Uninitialised memory."))
                + "</b></span> "
                + html.escape(
                    self.tr(
                        "{0} reads its numbers as a size: it reserves {1} elements of {2} "
                        "and does not fill them. The grid shows whatever bytes were there "
                        "(different on every run, maybe huge or nan), so the code prints only "
                        "shape and dtype. Use torch.zeros or torch.full for known values."
                    ).format(result.spec.constructor, snap.numel, snap.dtype)
                )
            )
        parts.append(html.escape(self._dims_text(snap.ndim)))
        if index is not None and not snap.summarised and snap.text is not None:
            index = tuple(index)
            try:
                value = self.grid.text_of(index)
            except (LookupError, ValueError):
                value = ""
            if index == ():
                where = self.tr(
                    "A scalar has no dims, so its index is empty: x[()] = {0}, or x.item()."
                ).format(value)
            else:
                along = ", ".join(
                    self.tr("{0} along dim {1}").format(i, d) for d, i in enumerate(index)
                )
                where = self.tr("x[{0}] = {1}: position {2}.").format(
                    ", ".join(str(i) for i in index), value, along
                )
            parts.append(f"<b>{html.escape(where)}</b>")
        conversion = result.conversion
        if conversion is not None:
            parts.append(html.escape(self._conversion_text(conversion)))
        comparison = result.comparison
        if comparison is not None:
            parts.append(html.escape(self._comparison_text(result)))
        if result.spec.constructor == "torch.linspace":
            parts.append(
                html.escape(
                    self.tr(
                        "linspace(start, end, steps) makes steps evenly spaced points, both "
                        "ends included. With a huge end torch prints in scientific notation "
                        "(1.1111e+06); set sci_mode off under Printing to see plain digits."
                    )
                )
            )
        if result.spec.constructor == "torch.arange":
            parts.append(
                html.escape(
                    self.tr(
                        "arange(start, end, step) counts from start in steps of step; end "
                        "itself is not included. Whole numbers give int64, any float gives "
                        "float32."
                    )
                )
            )
        self.note_label.setText("<br>".join(parts))

    def _dims_text(self, ndim: int) -> str:
        texts = {
            0: self.tr("ndim 0: a scalar, a single number; its shape is torch.Size([])."),
            1: self.tr(
                "ndim 1: a vector. One index picks an element: its position along "
                "dim 0 (written above the cells)."
            ),
            2: self.tr(
                "ndim 2: a matrix. Two indices: the row (dim 0, on the left) and the "
                "column (dim 1, above)."
            ),
            3: self.tr(
                "ndim 3: matrices side by side. Three indices: which matrix (dim 0, "
                "[i] above each), then row (dim 1) and column (dim 2)."
            ),
            4: self.tr(
                "ndim 4: a grid of matrices. Four indices: [i, j] above each matrix "
                "(dims 0 and 1), then row (dim 2) and column (dim 3)."
            ),
        }
        return texts.get(ndim, self.tr("ndim {0}: drawn as a summary.").format(ndim))

    def _conversion_text(self, conversion: core.Conversion) -> str:
        examples = ", ".join(f"{a} → {b}" for _i, a, b in conversion.examples)
        kinds = {
            "bool": self.tr("booleans"),
            "int": self.tr("whole numbers"),
            "float": self.tr("floats"),
        }
        head = self.tr("The data were {0}; the tensor stores {1}.").format(
            kinds.get(conversion.source_kind, conversion.source_kind), conversion.target_dtype
        )
        if conversion.changed == 0:
            return head + " " + self.tr("Every value was converted exactly.")
        if conversion.source_kind == "float" and "int" in conversion.target_dtype:
            why = self.tr("Fractions are cut off toward zero (outlined cells):")
        else:
            why = self.tr("These values could not be kept exactly (outlined cells):")
        return f"{head} {why} {examples}"

    def _comparison_text(self, result: core.Result) -> str:
        comparison = result.comparison
        assert comparison is not None
        if comparison.other.uninitialised:
            return self.tr(
                "Careful: torch.Tensor reads a lone whole number as a size. torch.tensor(5) is "
                "the scalar 5; torch.Tensor(5) is 5 uninitialised float32 values."
            )
        if comparison.other.error is not None:
            return self.tr(
                "torch.tensor takes exactly one argument, the data; only torch.Tensor (and "
                "IntTensor...) read several numbers as a size. torch.tensor infers the dtype "
                "from the data, torch.Tensor always makes float32."
            )
        return self.tr(
            "Beside it, the same input given to {0} ({1}). torch.tensor infers the dtype from "
            "the data (whole numbers → int64, floats → float32, numpy float64 stays float64); "
            "torch.Tensor always makes float32."
        ).format(comparison.other_name, comparison.other.dtype)

    # -- Lesson API --------------------------------------------------------------------------
    def retranslate(self) -> None:
        titles = {
            "scalar": self.tr("0-D scalar"),
            "vector": self.tr("1-D vector"),
            "matrix": self.tr("2-D matrix"),
            "3d": self.tr("3-D"),
            "4d": self.tr("4-D"),
            "uninit": "Tensor(2, 3)",
            "convert": self.tr("float → int"),
            "numpy": self.tr("from numpy"),
            "linspace": self.tr("big linspace"),
            "normal": self.tr("normal(2, 3)"),
        }
        preset_tips = {
            "scalar": self.tr("torch.tensor(5): a 0-D tensor, one number."),
            "vector": self.tr("torch.tensor([1, 2, 3]): one index per element."),
            "matrix": self.tr("A 2-D tensor: row and column."),
            "3d": self.tr("A 3-D tensor: two matrices of 2 × 3."),
            "4d": self.tr("A 4-D tensor: 2 × 2 matrices of 2 × 3."),
            "uninit": self.tr("torch.Tensor(2, 3): a size, so uninitialised memory."),
            "convert": self.tr("torch.IntTensor given floats: the conversion shown."),
            "numpy": self.tr("torch.tensor(np.array(...)): numpy's float64 is kept."),
            "linspace": self.tr("torch.linspace(3, 10000000, 10) and scientific notation."),
            "normal": self.tr("torch.normal(mean=2, std=3) with a histogram of 100,000 draws."),
        }
        for key, button in self.preset_buttons.items():
            button.setText(titles[key])
            button.setToolTip(preset_tips[key])
        self.examples_box.setTitle(self.tr("Examples"))
        self.args_box.setTitle(self.tr("Constructor and arguments"))
        self._constructor_label.setText(self.tr("call"))
        self.source_combo.setItemText(0, self.tr("data (a list)"))
        self.source_combo.setItemText(1, self.tr("size (numbers)"))
        self.numpy_check.setText(self.tr("as np.array(data)"))
        self.dtype_combo.setItemText(0, self.tr("default"))
        tips = {
            "data": self.tr(
                "A number or nested lists, e.g. [[1, 2], [3, 4]]. True/False, "
                "inf, nan and pi are allowed."
            ),
            "size": self.tr("The size along each dim, e.g. 2, 3. Empty: a scalar."),
            "start": self.tr("The first value."),
            "end": self.tr("arange: where counting stops (excluded). linspace: the last value."),
            "step": self.tr("The distance between neighbours (not 0)."),
            "steps": self.tr("How many points (at least 1)."),
            "fill_value": self.tr("The value every element gets."),
            "mean": self.tr("The centre of the normal distribution."),
            "std": self.tr("The standard deviation (spread), >= 0. The variance is std²."),
            "low": self.tr("The smallest whole number drawn."),
            "high": self.tr("One more than the largest whole number drawn (excluded)."),
        }
        for key, tip in tips.items():
            self.edits[key].setToolTip(tip)
            self._row_labels[key].setToolTip(tip)
        self.numpy_check.setToolTip(
            self.tr(
                "Pass a numpy array instead of a list: torch.tensor keeps numpy's dtype "
                "(float64 for floats)."
            )
        )
        available = core.available_devices()
        for i in range(self.device_combo.count()):
            name = self.device_combo.itemText(i)
            self.device_combo.setItemData(
                i,
                self.tr("Available on this machine.")
                if name in available
                else self.tr("Not available on this machine: torch's own error is shown."),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.requires_grad_check.setToolTip(
            self.tr("Record operations on this tensor for autograd (float dtypes only).")
        )
        self.seed_box.setTitle(self.tr("Random seed"))
        self.seed_edit.setToolTip(
            self.tr("The same seed makes the generator produce the same numbers again.")
        )
        self.run_again_button.setText(self.tr("Run again"))
        self.run_again_button.setToolTip(
            self.tr("Seed and draw again, and compare with the values drawn before.")
        )
        self.new_seed_button.setText(self.tr("New seed"))
        self.print_box.setTitle(self.tr("Printing"))
        self.sci_combo.setItemText(0, self.tr("default (torch decides)"))
        self.sci_combo.setItemText(1, self.tr("on: 1.0000e+06"))
        self.sci_combo.setItemText(2, self.tr("off: 1000000.0000"))
        self._sci_label.setToolTip(
            self.tr("torch.set_printoptions(sci_mode=...): scientific notation in printed tensors.")
        )
        self._attr_heading.setText(self.tr("Attributes of x"))
        attr_tips = {
            "shape": self.tr("The size along each dim."),
            "ndim": self.tr("How many dims: how many indices pick one element."),
            "numel": self.tr("How many elements: the product of the sizes."),
            "dtype": self.tr("The type every element has."),
            "device": self.tr("Where the memory is: cpu or a GPU."),
            "element_size": self.tr("Bytes per element."),
            "nbytes": self.tr("Bytes of all elements: numel() × element_size()."),
            "requires_grad": self.tr("Whether autograd records operations on it."),
            "is_leaf": self.tr(
                "Made by the user, not computed from other tensors: "
                "every freshly created tensor is a leaf."
            ),
        }
        for key, tip in attr_tips.items():
            self.attr_names[key].setToolTip(tip)
            self.attr_values[key].setToolTip(tip)
        self.histogram_box.setTitle(self.tr("Sample and expected distribution"))
        self._retranslate_dynamic()

    def _summary_text(self, snap) -> str:
        """A tensor too big (or with too many dims) to draw cell by cell, in words."""
        if snap.ndim > 4:
            head = self.tr("{0} dims: the grid draws up to 4, so here is a summary.").format(
                snap.ndim
            )
        else:
            head = self.tr("{0} elements: too many to draw one by one, so here is a summary.")
            head = head.format(f"{snap.numel:,}")
        lines = [head, f"shape {snap.shape}   dtype {snap.dtype}"]
        summary = snap.summary
        if summary is not None:
            fmt = lambda v: format_value(v, "float")  # noqa: E731
            lines.append(
                f"min {fmt(summary.minimum)}   max {fmt(summary.maximum)}   "
                f"mean {fmt(summary.mean)}"
            )
            lines.append(f"NaN {summary.nan_count:,}   Inf {summary.inf_count:,}")
        lines.append(self.tr("print(x) in the output pane shows torch's own summary."))
        return "\n".join(lines)

    def _retranslate_dynamic(self) -> None:
        result = self._result
        if result is not None and result.tensor is not None and result.tensor.summarised:
            self.summary_label.setText(self._summary_text(result.tensor))
        if result is not None and result.tensor is not None:
            self.main_caption.setText(self.tr("dtype {0}").format(result.tensor.dtype))
        if result is not None and result.comparison is not None:
            other = result.comparison.other
            if other.tensor is not None and other.tensor.summarised:
                self.compare_summary.setText(self._summary_text(other.tensor))
            name = result.comparison.other_name
            self.compare_box.setTitle("y = " + _clip(other.code, 24))
            if other.refused:
                caption = self.tr(
                    "The same input given to {0}: not run, it would reserve {1} uninitialised "
                    "elements (more than tensorviz allows)."
                ).format(name, f"{other.refused:,}")
            elif other.error is not None:
                caption = self.tr("The same input given to {0}: torch refuses it.").format(name)
            elif other.uninitialised:
                caption = self.tr(
                    "The same input given to {0}: dtype {1}, uninitialised memory"
                ).format(name, other.dtype)
            else:
                caption = self.tr("The same input given to {0}: dtype {1}").format(
                    name, other.dtype
                )
            self.compare_caption.setText(caption)
        if result is not None:
            self._update_note(self._selected)
            self._update_seed_texts()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        if self.splitter is not None:  # the controls column never narrower than its content
            self.splitter.widget(0).setMinimumWidth(theme.px(262))
        self.grid.apply_theme(theme)
        self.compare_grid.apply_theme(theme)
        if self.histogram is not None:
            self.histogram.apply_theme(theme)
        mono = theme.font(10, mono=True)
        for label in (*self.attr_names.values(), *self.attr_values.values()):
            label.setFont(mono)
        self._attr_heading.setFont(theme.font(10, bold=True))
        self._fit_attributes()
        self.attributes_box.setStyleSheet(
            f"QFrame#attributes_box {{ background: {theme.surface};"
            f" border: {theme.px(1)}px solid {theme.border}; border-radius: {theme.px(6)}px; }}"
        )
        self.compare_error.setFont(mono)
        self.summary_label.setFont(mono)
        self.compare_summary.setFont(mono)
        self.compare_error.setStyleSheet(f"color: {theme.negative};")
        self._retranslate_dynamic()

    def settle(self) -> None:
        """Wait for the tensor being made on the worker thread, and show it."""
        self._worker.wait()

    def result(self) -> core.Result | None:
        """The result on screen (the last good one)."""
        return self._result


LESSON = CreateLesson
