"""Lesson ``dtype``: the data types (size, range, precision), conversions and what they lose,
float bits, and devices."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.dtypes import (
    TABLE_DTYPES,
    ChainResult,
    DeviceDemo,
    Step,
    conversion_chain,
    device_demo,
    dtype_table,
    short_name,
)
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.core.values import unravel
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.conversion_chain import SYMBOLS, ConversionChainView
from tensorviz.ui.widgets.float_bits import FloatBitsView
from tensorviz.ui.widgets.forms import add_values_rows, mark_invalid
from tensorviz.ui.worker import Worker

DEFAULT_VALUES = "[3.14159, -2.7, 300.5, 1e-5]"
DEFAULT_STEPS = (Step("half"), Step("float"), Step("int"), Step("type", "uint8"))
#: The step kinds offered, in the order of the combo.
STEP_CHOICES = ("float", "half", "double", "long", "int", "type", "to")
TAB_CHAIN, TAB_TABLE, TAB_DEVICES = range(3)


class DtypeLesson(Lesson):
    key = "dtype"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._steps: list[Step] = list(DEFAULT_STEPS)
        self._selected = 0
        self._chain: ChainResult | None = None
        self._failed_chain: ChainResult | None = None
        self._table = dtype_table()
        self._devices: DeviceDemo | None = None
        self._device_user_changed = False
        self._outcomes: dict[str, QLabel] = {}  # device step key -> its outcome label
        # device_demo runs off the GUI thread (the first CUDA call can take seconds); a
        # result for an older device is dropped, and one for a deleted lesson too
        self._worker = Worker(self)
        self._worker.finished.connect(self._on_worker_finished)

        # -- controls ----------------------------------------------------------------------
        controls = QWidget()
        column = QVBoxLayout(controls)
        self._values_box = QGroupBox()
        (
            self.values_edit,
            self.create_dtype_combo,
            self._values_label,
            self._dtype_label,
        ) = add_values_rows(
            QFormLayout(self._values_box),
            DEFAULT_VALUES,
            "create_dtype_combo",
            ((str(d), short_name(d)) for d in TABLE_DTYPES),
            self._recompute_chain,
        )
        column.addWidget(self._values_box)

        self._steps_box = QGroupBox()
        steps = QVBoxLayout(self._steps_box)
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps_list")
        self.steps_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        steps.addWidget(self.steps_list)
        add_row = QHBoxLayout()
        self.step_combo = QComboBox()
        self.step_combo.setObjectName("step_combo")
        for kind in STEP_CHOICES:
            self.step_combo.addItem(Step(kind, "float16").label(), kind)
        self.step_combo.currentIndexChanged.connect(self._on_step_kind_changed)
        self.step_dtype_combo = QComboBox()
        self.step_dtype_combo.setObjectName("step_dtype_combo")
        self.step_dtype_combo.setEditable(True)
        for d in TABLE_DTYPES:
            self.step_dtype_combo.addItem(str(d))
        self.step_dtype_combo.setCurrentText("torch.uint8")
        add_row.addWidget(self.step_combo, 1)
        add_row.addWidget(self.step_dtype_combo, 1)
        steps.addLayout(add_row)
        buttons = QHBoxLayout()
        self.add_step_button = QPushButton()
        self.add_step_button.setObjectName("add_step_button")
        self.add_step_button.clicked.connect(self._on_add_step)
        self.remove_step_button = QPushButton()
        self.remove_step_button.setObjectName("remove_step_button")
        self.remove_step_button.clicked.connect(self._on_remove_step)
        self.up_step_button = QPushButton("↑")
        self.up_step_button.setObjectName("up_step_button")
        self.up_step_button.clicked.connect(lambda: self._on_move_step(-1))
        self.down_step_button = QPushButton("↓")
        self.down_step_button.setObjectName("down_step_button")
        self.down_step_button.clicked.connect(lambda: self._on_move_step(1))
        for b in (self.add_step_button, self.remove_step_button):
            buttons.addWidget(b, 1)
        buttons.addWidget(self.up_step_button)
        buttons.addWidget(self.down_step_button)
        steps.addLayout(buttons)
        column.addWidget(self._steps_box)

        self._device_box = QGroupBox()
        dev = QFormLayout(self._device_box)
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("device_combo")
        self.device_combo.setEditable(True)
        self.device_combo.addItems(["cuda", "cuda:0", "cpu", "mps", "meta"])
        self.device_combo.setCurrentText("cuda")
        self.device_combo.lineEdit().editingFinished.connect(self._on_device_changed)
        self.device_combo.activated.connect(self._on_device_changed)
        self._device_label = QLabel()
        dev.addRow(self._device_label, self.device_combo)
        column.addWidget(self._device_box)
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setProperty("role", "muted")
        column.addWidget(self._hint)
        column.addStretch(1)

        # -- picture -----------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("picture_tabs")
        chain_page = QWidget()
        chain_layout = QVBoxLayout(chain_page)
        self._chain_title = QLabel()
        self._chain_title.setWordWrap(True)
        chain_layout.addWidget(self._chain_title)
        self.chain_view = ConversionChainView(theme)
        chain_layout.addWidget(self.chain_view)
        self.attributes_label = QLabel()
        self.attributes_label.setObjectName("attributes_label")
        self.attributes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chain_layout.addWidget(self.attributes_label)
        self.history_label = QLabel()
        self.history_label.setObjectName("history_label")
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        chain_layout.addWidget(self.history_label)
        self._bits_title = QLabel()
        self._bits_title.setWordWrap(True)
        chain_layout.addWidget(self._bits_title)
        self.bits_view = FloatBitsView(theme)
        chain_layout.addWidget(self.bits_view)
        chain_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(chain_page)
        self.tabs.addTab(scroll, "")
        self.chain_view.element_clicked.connect(self._on_element_clicked)

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        self._table_title = QLabel()
        self._table_title.setWordWrap(True)
        table_layout.addWidget(self._table_title)
        self.dtype_table = QTableWidget(len(self._table.rows), 5)
        self.dtype_table.setObjectName("dtype_table")
        self.dtype_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dtype_table.verticalHeader().setVisible(False)
        self.dtype_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.dtype_table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(self._table.rows):
            name = row.name + ("".join(f" / {a}" for a in row.aliases))
            cells = (
                name,
                # one block per byte, so the sizes can be compared at a glance
                f"{row.bits:>2} / {row.bytes} " + "▮" * row.bytes,
                f"{row.minimum}\n{row.maximum}",
                row.eps,
                row.resolution,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.dtype_table.setItem(r, c, item)
        self.dtype_table.resizeRowsToContents()
        table_layout.addWidget(self.dtype_table, 1)
        self._table_note = QLabel()
        self._table_note.setWordWrap(True)
        table_layout.addWidget(self._table_note)
        self.tabs.addTab(table_page, "")

        device_page = QWidget()
        device_layout = QVBoxLayout(device_page)
        self._device_status = QLabel()
        self._device_status.setObjectName("device_status")
        self._device_status.setWordWrap(True)
        device_layout.addWidget(self._device_status)
        self._device_list = QLabel()
        self._device_list.setObjectName("device_list")
        self._device_list.setWordWrap(True)
        device_layout.addWidget(self._device_list)
        self._steps_grid_box = QGroupBox()
        self._steps_grid = QGridLayout(self._steps_grid_box)
        device_layout.addWidget(self._steps_grid_box)
        self._meta_note = QLabel()
        self._meta_note.setWordWrap(True)
        self._meta_note.setProperty("role", "muted")
        device_layout.addWidget(self._meta_note)
        device_layout.addStretch(1)
        self.tabs.addTab(device_page, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.set_content(controls, self.tabs, code_width=28)
        self.retranslate()
        self.apply_theme(theme)
        self._refresh_steps_list()
        self._on_step_kind_changed()
        self._recompute_chain()
        self._start_device_demo()

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._values_box.setTitle(self.tr("Start: torch.tensor(values, dtype=...)"))
        self._values_label.setText(self.tr("Values"))
        self.values_edit.setToolTip(self.tr("A number or nested lists, e.g. [1.5, 300, -2]"))
        self._dtype_label.setText(self.tr("dtype="))
        self.create_dtype_combo.setItemText(0, self.tr("inferred"))
        self._steps_box.setTitle(self.tr("Conversions, in order"))
        self.add_step_button.setText(self.tr("Add"))
        self.remove_step_button.setText(self.tr("Remove"))
        self.up_step_button.setToolTip(self.tr("Move the selected conversion up"))
        self.down_step_button.setToolTip(self.tr("Move the selected conversion down"))
        self.step_dtype_combo.setToolTip(self.tr("The dtype for .type(...) and .to(dtype=...)"))
        self._device_box.setTitle(self.tr("Device"))
        self._device_label.setText(self.tr("Move to"))
        self.device_combo.setToolTip(
            self.tr("A device name: cpu, cuda, cuda:0, mps... (shown in the Devices tab)")
        )
        self._hint.setText(
            self.tr(
                "Click a column of the conversion table to see that element's float bits. "
                "Fewer bits mean fewer exponent bits (a smaller range) and fewer mantissa "
                "bits (fewer exact digits)."
            )
        )
        self.tabs.setTabText(TAB_CHAIN, self.tr("Conversions"))
        self.tabs.setTabText(TAB_TABLE, self.tr("Table of dtypes"))
        self.tabs.setTabText(TAB_DEVICES, self.tr("Devices"))
        self._chain_title.setText(
            self.tr(
                "Each line converts the tensor of the line above. Tinted cells are the "
                "elements that line changed; the symbol says how. Hover a cell for the exact "
                "values."
            )
        )
        self._table_title.setText(
            self.tr(
                "From torch.iinfo (integers) and torch.finfo (floats), read now. More bits "
                "cost more memory and time, and buy range and precision."
            )
        )
        self.dtype_table.setHorizontalHeaderLabels(
            [
                self.tr("dtype\n/ also called"),
                self.tr("bits / bytes"),
                self.tr("smallest\nlargest"),
                self.tr("eps"),
                self.tr("resolution"),
            ]
        )
        tips = {
            1: self.tr("Each ▮ is one byte (8 bits) of memory per element"),
            3: self.tr("The gap between 1 and the next larger value the dtype holds"),
            4: self.tr("finfo.resolution: 10 to the minus the number of exact decimal digits"),
        }
        for column, tip in tips.items():
            header = self.dtype_table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        self._table_note.setText(
            self.tr(
                "Each ▮ is one byte. bool uses a whole byte. float16 and bfloat16 both use "
                "16 bits: float16 spends more on the mantissa (more digits, range only "
                "±65504), bfloat16 more on the exponent (the range of float32, only 2-3 digits)."
            )
        )
        self._steps_grid_box.setTitle(self.tr("What torch did"))
        self._meta_note.setText(
            self.tr(
                "meta is a device every torch has: its tensors hold a shape and a dtype but "
                "no data. It shows for real, on any machine, that tensors on two different "
                "devices cannot be combined."
            )
        )
        if self._chain is not None:
            self._show_bits_title(self._chain)
            self._show_attributes(self._chain)
            self._show_history(self._chain)
        self._show_devices()

    def _show_bits_title(self, result: ChainResult) -> None:
        self._bits_title.setText(
            self.tr("Element {0} as typed, {1}, stored in three float dtypes:").format(
                self.chain_view_index_text(result), repr(result.selected_value)
            )
        )

    def _show_attributes(self, result: ChainResult) -> None:
        snap = result.final.snapshot
        shape = ", ".join(str(n) for n in snap.shape)
        self.attributes_label.setText(
            self.tr("At the end:  x.dtype = {0}    x.device = {1}    x.shape = {2}").format(
                snap.dtype, snap.device, f"torch.Size([{shape}])"
            )
        )

    def _show_history(self, result: ChainResult) -> None:
        """The selected element's exact value after every line, and what the line did."""
        t = self.theme
        flat = result.selected
        heading = html.escape(
            self.tr("{0} line by line, exactly:").format(self.chain_view_index_text(result))
        )
        rows = [f"<tr><td colspan=4>{heading}</td></tr>"]
        cell = f'style="padding: 0 {t.px(8)}px"'
        short = {
            "rounded": self.tr("rounded"),
            "underflow": self.tr("became 0"),
            "to_inf": self.tr("became inf"),
            "truncated": self.tr("fraction cut off"),
            "overflow": self.tr("wrapped around"),
            "not_finite": self.tr("undefined"),
            "to_bool": self.tr("became a bool"),
        }
        for stage in result.stages:
            change = stage.change_at(flat)
            what = "" if change is None else f"{SYMBOLS[change.kind]} {short[change.kind]}"
            colour = t.text if change is None else t.negative
            rows.append(
                f"<tr><td {cell}><code>{html.escape(stage.label)}</code></td>"
                f'<td {cell} style="color:{t.accent}">{stage.dtype.removeprefix("torch.")}</td>'
                f'<td {cell} align="right"><code>{html.escape(stage.exact[flat])}</code></td>'
                f'<td {cell} style="color:{colour}">{html.escape(what)}</td></tr>'
            )
        self.history_label.setText("<table>" + "".join(rows) + "</table>")

    def history_text(self) -> str:
        return self.history_label.text()

    @staticmethod
    def chain_view_index_text(result: ChainResult) -> str:
        return "x" + "".join(f"[{i}]" for i in unravel(result.selected, result.shape))

    # -- theme -----------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.chain_view.apply_theme(theme)
        self.bits_view.apply_theme(theme)
        self.dtype_table.setFont(theme.font(9.5, mono=True))
        self.dtype_table.resizeRowsToContents()
        kinds = {"bool": theme.series[3], "int": theme.series[2], "float": theme.series[0]}
        for r, row in enumerate(self._table.rows):
            item = self.dtype_table.item(r, 0)
            if item is not None:
                item.setForeground(QColor(kinds[row.kind]))
        for label in (self._chain_title, self._bits_title, self._table_title, self._table_note):
            label.setFont(theme.font(10))
        self._device_status.setFont(theme.font(11.5, bold=True))
        self.attributes_label.setFont(theme.font(10, mono=True))
        self.history_label.setFont(theme.font(9.5))
        if self._chain is not None:
            self._show_history(self._chain)
        self._show_devices()

    # -- conversion chain ------------------------------------------------------------------
    def steps(self) -> list[Step]:
        return list(self._steps)

    def set_steps(self, steps: list[Step]) -> None:
        self._steps = list(steps)
        self._refresh_steps_list()
        self._recompute_chain()

    def _refresh_steps_list(self) -> None:
        row = self.steps_list.currentRow()
        self.steps_list.clear()
        for step in self._steps:
            self.steps_list.addItem(step.code())
        if self._steps:
            self.steps_list.setCurrentRow(min(max(row, 0), len(self._steps) - 1))

    def _on_step_kind_changed(self) -> None:
        kind = self.step_combo.currentData()
        self.step_dtype_combo.setEnabled(kind in ("type", "to"))

    def _on_add_step(self) -> None:
        kind = self.step_combo.currentData()
        dtype = self.step_dtype_combo.currentText() if kind in ("type", "to") else ""
        try:
            step = Step(kind, dtype.strip())
        except LiteralError as err:
            self.show_input_error(err, self.tr("Conversion"))
            return
        row = self.steps_list.currentRow()
        at = len(self._steps) if row < 0 else row + 1
        previous = list(self._steps)
        self._steps.insert(at, step)
        if not self._recompute_chain():
            self._steps = previous
        self._refresh_steps_list()
        if self._steps is not previous:
            self.steps_list.setCurrentRow(at)

    def _on_remove_step(self) -> None:
        row = self.steps_list.currentRow()
        if 0 <= row < len(self._steps):
            del self._steps[row]
            self._refresh_steps_list()
            self._recompute_chain()

    def _on_move_step(self, delta: int) -> None:
        row = self.steps_list.currentRow()
        new = row + delta
        if 0 <= row < len(self._steps) and 0 <= new < len(self._steps):
            self._steps[row], self._steps[new] = self._steps[new], self._steps[row]
            self._refresh_steps_list()
            self.steps_list.setCurrentRow(new)
            self._recompute_chain()

    def _on_element_clicked(self, flat: int) -> None:
        self._selected = flat
        self._recompute_chain()

    def _recompute_chain(self) -> bool:
        """Run the chain for the current controls; False when it could not be shown."""
        try:
            result = conversion_chain(
                self.values_edit.text(),
                self.create_dtype_combo.currentData() or "",
                self._steps,
                self._selected,
            )
        except LiteralError as err:
            mark_invalid(self.values_edit, True)
            self.show_input_error(err, self.tr("Values"))
            return False
        mark_invalid(self.values_edit, False)
        if result.error is not None:
            # torch refused a line: the picture keeps the last good chain, the code pane
            # shows the failing code and torch's message.
            self._failed_chain = result
            self.show_torch_error(result.error, self._explain_chain_error(result.error))
            if self.tabs.currentIndex() == TAB_CHAIN:
                self.code_pane.set_snippet(result.snippet)
            return False
        self._failed_chain = None
        self._chain = result
        self._selected = result.selected
        self.clear_error()
        self.chain_view.set_result(result)
        self.bits_view.set_bits(result.bits)
        self._show_bits_title(result)
        self._show_attributes(result)
        self._show_history(result)
        if self.tabs.currentIndex() == TAB_CHAIN:
            self.code_pane.set_snippet(result.snippet)
        return True

    def _explain_chain_error(self, error: TorchError):
        if "without overflow" in error.message:
            return lambda: self.tr(
                "torch.tensor(data, dtype=...) checks that every value fits the dtype, and "
                "this one does not (see the Table of dtypes tab for the ranges). Converting "
                "an existing tensor with .type() or .to() does not check: it wraps around."
            )
        return None

    def chain(self) -> ChainResult | None:
        return self._chain

    # -- devices ---------------------------------------------------------------------------
    def _start_device_demo(self) -> None:
        target = self.device_combo.currentText()
        self._worker.submit("devices", lambda: device_demo(target), passthrough=(LiteralError,))

    def _on_device_changed(self, *_args) -> None:
        target = self.device_combo.currentText().strip()
        if self._devices is not None and target == self._devices.target:
            return
        self._device_user_changed = True
        self._start_device_demo()

    def _on_worker_finished(self, channel: str, result: object) -> None:
        # only the newest request's result arrives: one for an older device is dropped
        if isinstance(result, LiteralError):
            self.show_input_error(result, self.tr("Device"))
            return
        if isinstance(result, TorchError):
            self.show_torch_error(result)
            return
        if isinstance(result, BaseException):
            raise result  # our bug: let it surface
        assert isinstance(result, DeviceDemo)
        self._devices = result
        self._show_devices()
        if self.tabs.currentIndex() == TAB_DEVICES:
            self.code_pane.set_snippet(result.snippet)
        if self._device_user_changed:
            move = result.step("to")
            if move.error is not None:
                self.show_torch_error(move.error, self._explain_device_error(result))
            else:
                self.clear_error()

    def _explain_device_error(self, demo: DeviceDemo):
        if not demo.cuda_available:
            return lambda: self.tr(
                "This machine has no GPU that torch can use, so every tensor lives on the "
                "CPU here. The error above is torch's real answer; on a machine with a GPU "
                "the same code moves the tensor."
            )
        return None

    def devices(self) -> DeviceDemo | None:
        return self._devices

    def _show_devices(self) -> None:
        demo = self._devices
        if demo is None:
            self._device_status.setText(self.tr("Asking torch for its devices..."))
            return
        if demo.cuda_available:
            status = self.tr("torch sees {0} CUDA GPU(s).").format(demo.device_count)
        elif not demo.cuda_built:
            status = self.tr(
                "No GPU here: this torch was built without CUDA, so torch.cuda.is_available() "
                "is False and tensors can only live on the CPU. The calls below are real; "
                "their errors are torch's own."
            )
        else:
            status = self.tr(
                "No GPU here: torch.cuda.is_available() is False (no usable NVIDIA GPU or "
                "driver), so tensors can only live on the CPU. The errors below are torch's own."
            )
        self._device_status.setText(status)
        self._device_list.setText(
            self.tr("Devices torch reports now: {0}. The idiom picked device = {1}.").format(
                ", ".join(
                    f"{d} ({n})" for d, n in zip(demo.devices, demo.device_names, strict=True)
                ),
                repr(demo.idiom_device),
            )
        )
        while self._steps_grid.count():
            item = self._steps_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._outcomes.clear()
        what = {
            "idiom": self.tr('"cuda" if available else "cpu"'),
            "to": self.tr(".to(device)"),
            "cuda": self.tr(".cuda()"),
            "create": self.tr("create on a device"),
            "meet": self.tr("two devices meet"),
            "meet_meta": self.tr("two devices meet (meta)"),
        }
        t = self.theme
        for r, step in enumerate(demo.steps):
            name = QLabel(what[step.key])
            code = QLabel(step.code)
            code.setFont(t.font(10, mono=True))
            if step.error is None:
                outcome = QLabel(self.tr("→ on {0}").format(step.device))
                outcome.setStyleSheet(f"color: {t.positive};")
            else:
                outcome = QLabel(str(step.error))
                outcome.setStyleSheet(f"color: {t.negative};")
                outcome.setFont(t.font(9.5, mono=True))
            outcome.setObjectName(f"device_outcome_{step.key}")
            self._outcomes[step.key] = outcome
            outcome.setWordWrap(True)
            self._steps_grid.addWidget(name, 2 * r, 0)
            self._steps_grid.addWidget(code, 2 * r, 1)
            self._steps_grid.addWidget(outcome, 2 * r + 1, 1)
        self._steps_grid.setColumnStretch(1, 1)

    def device_outcome_text(self, key: str) -> str:
        label = self._outcomes.get(key)
        return "" if label is None else label.text()

    def device_status_text(self) -> str:
        return self._device_status.text()

    # -- tabs, settle ----------------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_CHAIN:
            chain = self._failed_chain or self._chain
            if chain is not None:
                self.code_pane.set_snippet(chain.snippet)
        elif index == TAB_TABLE:
            self.code_pane.set_snippet(self._table.snippet)
        elif self._devices is not None:
            self.code_pane.set_snippet(self._devices.snippet)

    def settle(self) -> None:
        self._worker.settle()


LESSON = DtypeLesson
