"""Lesson ``numpy``: tensor <-> ndarray, shared versus copied memory, edited live."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.literal import LiteralError
from tensorviz.core.numpy_bridge import (
    DEFAULT_VALUES,
    DTYPE_NAMES,
    MODES,
    Bridge,
    BridgeRefused,
    BridgeState,
    DtypeMapping,
    PairState,
    conversion_code,
    dtype_mapping,
)
from tensorviz.core.snippet import Snippet
from tensorviz.ui.lessons.base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import add_values_rows, mark_invalid
from tensorviz.ui.widgets.memory_buffers import MemoryBuffersView
from tensorviz.ui.widgets.tensor_grid import TensorGrid

TAB_PAIRS, TAB_MAPPING = range(2)


class _CellEditor(QLineEdit):
    """A small line edit laid over a clicked cell: Enter writes, Escape cancels."""

    committed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cell_editor")
        self.hide()
        self.returnPressed.connect(self._on_return)

    def _on_return(self) -> None:
        text = self.text()
        self.hide()
        self.committed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.hide()
        super().focusOutEvent(event)


class _PairPanel(QFrame):
    """One conversion: the tensor, the ndarray and their memory, side by side."""

    def __init__(self, mode: str, theme: Theme) -> None:
        super().__init__()
        self.mode = mode
        self.setObjectName(f"pair_{mode}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = QLabel()
        self.verdict.setProperty("role", "badge")
        self.verdict.setObjectName(f"verdict_{mode}")
        self.tensor_grid = TensorGrid(theme)
        self.tensor_grid.setObjectName(f"tensor_grid_{mode}")
        self.array_grid = TensorGrid(theme)
        self.array_grid.setObjectName(f"array_grid_{mode}")
        for grid in (self.tensor_grid, self.array_grid):
            grid.set_color_mode("none")  # only the outlines of the edit should stand out
        self.buffers = MemoryBuffersView(theme)
        self.buffers.setObjectName(f"buffers_{mode}")
        self.tensor_editor = _CellEditor(self.tensor_grid)
        self.array_editor = _CellEditor(self.array_grid)
        self.tensor_title = QLabel()
        self.array_title = QLabel()
        self.memory_title = QLabel()
        for label in (self.tensor_title, self.array_title, self.memory_title):
            label.setProperty("role", "muted")
        grid = QGridLayout(self)
        head = QHBoxLayout()
        self.number = QLabel()
        self.code = QLabel(conversion_code(mode))
        head.addWidget(self.number)
        head.addWidget(self.code)
        head.addWidget(self.verdict)
        head.addStretch(1)
        grid.addLayout(head, 0, 0, 1, 3)
        grid.addWidget(self.tensor_title, 1, 0)
        grid.addWidget(self.array_title, 1, 1)
        grid.addWidget(self.memory_title, 1, 2)
        grid.addWidget(self.tensor_grid, 2, 0)
        grid.addWidget(self.array_grid, 2, 1)
        grid.addWidget(self.buffers, 2, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)

    def grid(self, side: str) -> TensorGrid:
        return self.tensor_grid if side == "tensor" else self.array_grid

    def editor(self, side: str) -> _CellEditor:
        return self.tensor_editor if side == "tensor" else self.array_editor


class NumpyLesson(Lesson):
    key = "numpy"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._bridge = Bridge(DEFAULT_VALUES)
        self._bridge.apply_default_edits()
        self._state: BridgeState | None = None
        self._failed: Snippet | None = None
        self._mapping: DtypeMapping | None = None
        self._editing: tuple[str, str, tuple[int, ...]] | None = None

        # -- controls ----------------------------------------------------------------------
        controls = QWidget()
        column = QVBoxLayout(controls)
        self._data_box = QGroupBox()
        form = QFormLayout(self._data_box)
        (
            self.values_edit,
            self.dtype_combo,
            self._values_label,
            self._dtype_label,
        ) = add_values_rows(
            form,
            DEFAULT_VALUES,
            "dtype_combo",
            ((name, name) for name in DTYPE_NAMES),
            self._rebuild,
        )
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("reset_button")
        self.reset_button.clicked.connect(self._rebuild)  # the fields again, no edits
        form.addRow(self.reset_button)
        column.addWidget(self._data_box)
        self._how = QLabel()
        self._how.setWordWrap(True)
        column.addWidget(self._how)
        self._legend = QLabel()
        self._legend.setWordWrap(True)
        self._legend.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self._legend)
        column.addStretch(1)

        # -- picture -----------------------------------------------------------------------
        self.tabs = QTabWidget()
        self.tabs.setObjectName("picture_tabs")
        pairs_page = QWidget()
        pairs_layout = QVBoxLayout(pairs_page)
        self.panels: dict[str, _PairPanel] = {}
        for mode in MODES:
            panel = _PairPanel(mode, theme)
            self.panels[mode] = panel
            pairs_layout.addWidget(panel, 1)
            for side in ("tensor", "array"):
                panel.grid(side).cell_clicked.connect(
                    lambda index, m=mode, s=side: self._on_cell_clicked(m, s, index)
                )
                panel.editor(side).committed.connect(
                    lambda text, m=mode, s=side: self._on_editor_committed(m, s, text)
                )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(pairs_page)
        self.tabs.addTab(scroll, "")

        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        self._mapping_title = QLabel()
        self._mapping_title.setWordWrap(True)
        mapping_layout.addWidget(self._mapping_title)
        self.defaults_label = QLabel()
        self.defaults_label.setObjectName("defaults_label")
        mapping_layout.addWidget(self.defaults_label)
        tables = QHBoxLayout()
        self.n2t_table = QTableWidget(0, 2)
        self.n2t_table.setObjectName("numpy_to_torch_table")
        self.t2n_table = QTableWidget(0, 2)
        self.t2n_table.setObjectName("torch_to_numpy_table")
        for table in (self.n2t_table, self.t2n_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(True)
            tables.addWidget(table)
        mapping_layout.addLayout(tables, 1)
        self.tabs.addTab(mapping_page, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.set_content(controls, self.tabs, code_width=30)
        self.retranslate()
        self.apply_theme(theme)
        self._show(self._bridge.state())

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._data_box.setTitle(self.tr("Data"))
        self._values_label.setText(self.tr("Values"))
        self.values_edit.setToolTip(self.tr("A number or nested lists, e.g. [[1, 2], [3, 4]]"))
        self._dtype_label.setText(self.tr("dtype"))
        self.dtype_combo.setItemText(0, self.tr("each library's default"))
        self.reset_button.setText(self.tr("Start again (undo all edits)"))
        self._how.setText(
            self.tr(
                "Click any cell of a tensor or an ndarray, type a value and press Enter. "
                "The value is written into that real object; both sides are then read "
                "again. Where the memory is shared the other side changes too."
            )
        )
        self._show_legend()
        self.tabs.setTabText(TAB_PAIRS, self.tr("Shared or copied"))
        self.tabs.setTabText(TAB_MAPPING, self.tr("dtype mapping"))
        self._mapping_title.setText(
            self.tr(
                "Converting keeps the dtype. numpy makes float64 by default, so "
                "torch.from_numpy(np.array([1.5])) is a float64 tensor, while "
                "torch.tensor([1.5]) is float32. numpy has no bfloat16."
            )
        )
        self.n2t_table.setHorizontalHeaderLabels(
            [self.tr("numpy dtype"), self.tr("torch.from_numpy gives")]
        )
        self.t2n_table.setHorizontalHeaderLabels(
            [self.tr("torch dtype"), self.tr(".numpy() gives")]
        )
        if self._state is not None:
            self._show_texts(self._state)

    def _show_texts(self, state: BridgeState) -> None:
        titles = {
            "numpy": self.tr("tensor → ndarray"),
            "numpy_copy": self.tr("tensor → ndarray, then copy()"),
            "from_numpy": self.tr("ndarray → tensor with from_numpy"),
            "tensor": self.tr("ndarray → tensor with torch.tensor"),
        }
        for pair in state.pairs:
            panel = self.panels[pair.mode]
            t, a = pair.names
            number = MODES.index(pair.mode) + 1
            panel.number.setText(f"{number}. ")
            panel.number.setToolTip(titles[pair.mode])
            panel.code.setToolTip(titles[pair.mode])
            panel.verdict.setText(
                self.tr("same memory: an edit shows on both sides")
                if pair.shares_memory
                else self.tr("separate memory: an edit stays on its side")
            )
            panel.verdict.setProperty("tone", "good" if pair.shares_memory else "bad")
            panel.verdict.style().polish(panel.verdict)
            panel.tensor_title.setText(self.tr("tensor {0}  ({1})").format(t, pair.tensor_dtype))
            panel.array_title.setText(self.tr("ndarray {0}  ({1})").format(a, pair.array_dtype))
            panel.memory_title.setText(self.tr("memory (addresses differ each run)"))

    def _show_legend(self) -> None:
        t = self.theme
        rows = (
            (t.highlight, self.tr("the element you wrote")),
            (t.positive, self.tr("the other side changed with it: shared memory")),
            (t.negative, self.tr("the other side kept its value: a copy")),
        )
        self._legend.setText(
            "<br>".join(
                f'<span style="color:{colour}; font-weight:bold">■</span> {text}'
                for colour, text in rows
            )
        )

    # -- theme -----------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self._show_legend()
        for panel in self.panels.values():
            panel.tensor_grid.apply_theme(theme)
            panel.array_grid.apply_theme(theme)
            panel.buffers.apply_theme(theme)
            panel.code.setFont(theme.font(10.5, mono=True, bold=True))
            panel.number.setFont(theme.font(10.5, bold=True))
        self.defaults_label.setFont(theme.font(10, mono=True))
        for table in (self.n2t_table, self.t2n_table):
            table.setFont(theme.font(10, mono=True))

    # -- the pairs -------------------------------------------------------------------------
    def state(self) -> BridgeState | None:
        return self._state

    def panel(self, mode: str) -> _PairPanel:
        return self.panels[mode]

    def _show(self, state: BridgeState) -> None:
        self._state = state
        self._failed = None
        for pair in state.pairs:
            panel = self.panels[pair.mode]
            panel.tensor_grid.set_snapshot(pair.tensor)
            panel.array_grid.set_snapshot(pair.array)
            panel.buffers.set_pair(pair)
            panel.buffers.setToolTip("\n".join(panel.buffers.address_labels()))
            self._highlight(pair)
        self._show_texts(state)
        if self.tabs.currentIndex() == TAB_PAIRS:
            self.code_pane.set_snippet(state.snippet)

    def _highlight(self, pair: PairState) -> None:
        edit = pair.last_edit
        if edit is None:
            return
        panel = self.panels[pair.mode]
        other = "array" if edit.side == "tensor" else "tensor"
        panel.grid(edit.side).set_highlight({edit.index: "highlight"})
        panel.grid(other).set_highlight(
            {edit.index: "positive" if pair.shares_memory else "negative"}
        )

    def _rebuild(self) -> bool:
        """A new bridge from the Values and dtype fields (no edits); False when refused."""
        try:
            bridge = Bridge(self.values_edit.text(), self.dtype_combo.currentData() or "")
        except LiteralError as err:
            mark_invalid(self.values_edit, True)
            self.show_input_error(err, self.tr("Values"))
            return False
        except BridgeRefused as refused:
            mark_invalid(self.values_edit, False)
            self._failed = refused.snippet
            self.show_torch_error(
                refused.error, self._explain(refused.error.message, creating=True)
            )
            if self.tabs.currentIndex() == TAB_PAIRS:
                self.code_pane.set_snippet(refused.snippet)
            return False
        mark_invalid(self.values_edit, False)
        self._bridge = bridge
        self.clear_error()
        self._show(bridge.state())
        return True

    def _explain(self, message: str, creating: bool = False):
        if "BFloat16" in message or "bfloat16" in message:
            return lambda: self.tr(
                "numpy has no bfloat16 dtype, so a bfloat16 tensor cannot become an ndarray "
                "(and np.array cannot make one). Convert first, e.g. t.float().numpy()."
            )
        if creating and ("out of bounds" in message or "without overflow" in message):
            return lambda: self.tr(
                "A value does not fit the chosen dtype (see the ranges in the dtype lesson), "
                "so the object cannot be made. The pairs on screen are the previous ones."
            )
        if "out of bounds" in message or "without overflow" in message:
            return lambda: self.tr(
                "The value does not fit the dtype of the object you wrote into (see its range "
                "in the dtype lesson). Nothing was written."
            )
        if "cannot convert float NaN" in message:
            return lambda: self.tr("An integer array cannot hold nan. Nothing was written.")
        return None

    # -- editing ---------------------------------------------------------------------------
    def _on_cell_clicked(self, mode: str, side: str, index: tuple[int, ...]) -> None:
        panel = self.panels[mode]
        grid = panel.grid(side)
        rect = grid.cell_rect(index)
        if rect is None:
            return
        self._editing = (mode, side, tuple(index))
        editor = panel.editor(side)
        editor.setFont(self.theme.font(10, mono=True))
        editor.setGeometry(rect.toAlignedRect().adjusted(-2, -2, 2, 2))
        editor.setText(grid.text_of(index).rstrip("."))
        editor.selectAll()
        editor.show()
        editor.raise_()
        editor.setFocus()

    def _on_editor_committed(self, mode: str, side: str, text: str) -> None:
        if self._editing is None or self._editing[:2] != (mode, side):
            return
        index = self._editing[2]
        self._editing = None
        self.edit_element(mode, side, index, text)

    def edit_element(self, mode: str, side: str, index: tuple[int, ...], text: str) -> bool:
        """Write ``text`` into element ``index`` of ``side`` ("tensor"/"array") of ``mode``'s
        pair, as the cell editor does. False when refused (the picture then stays)."""
        try:
            error = self._bridge.edit(mode, side, tuple(index), text)
        except LiteralError as err:
            self.show_input_error(err, self.tr("Value"))
            return False
        if error is not None:
            self.show_torch_error(error, self._explain(error.message))
            return False
        self.clear_error()
        self._show(self._bridge.state())
        return True

    # -- tabs ------------------------------------------------------------------------------
    def _ensure_mapping(self) -> DtypeMapping:
        if self._mapping is None:
            self._mapping = dtype_mapping()
            self._fill_mapping(self._mapping)
        return self._mapping

    def _fill_mapping(self, mapping: DtypeMapping) -> None:
        self.defaults_label.setText(
            "\n".join(f"{code:<45} → {value}" for code, value in mapping.defaults)
        )
        for table, rows in (
            (self.n2t_table, mapping.numpy_to_torch),
            (self.t2n_table, mapping.torch_to_numpy),
        ):
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                table.setItem(r, 0, QTableWidgetItem(row.source))
                # torch's first sentence; the whole message is the tooltip
                short = "" if row.error is None else str(row.error).split(". ")[0]
                result = QTableWidgetItem(row.result or short)
                if row.error is not None:
                    result.setForeground(self.theme.color("negative"))
                    result.setToolTip(str(row.error))
                table.setItem(r, 1, result)
            table.resizeRowsToContents()

    def mapping(self) -> DtypeMapping:
        return self._ensure_mapping()

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_MAPPING:
            self.code_pane.set_snippet(self._ensure_mapping().snippet)
        elif self._failed is not None:
            self.code_pane.set_snippet(self._failed)
        elif self._state is not None:
            self.code_pane.set_snippet(self._state.snippet)


LESSON = NumpyLesson
