"""The numpy lesson's picture: four conversions, each a tensor, an ndarray and their memory."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
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

from tensorviz.core.numpy_bridge import (
    DTYPE_NAMES,
    MODES,
    BridgeState,
    DtypeMapping,
    conversion_code,
)
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.numpy import texts
from tensorviz.ui.lessons.numpy.state import State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.forms import add_values_rows, mark_invalid
from tensorviz.ui.widgets.memory_buffers import MemoryBuffersView
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.tensor_grid import TensorGrid

TABS = ("pairs", "mapping")


class CellEditor(QLineEdit):
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


class PairPanel(QFrame):
    """One conversion: the tensor, the ndarray and their memory, side by side."""

    def __init__(self, mode: str, theme: Theme) -> None:
        super().__init__()
        self.mode = mode
        self.setObjectName(f"pair_{mode}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = Badge()
        self.verdict.setObjectName(f"verdict_{mode}")
        self.tensor_grid = TensorGrid(theme)
        self.tensor_grid.setObjectName(f"tensor_grid_{mode}")
        self.array_grid = TensorGrid(theme)
        self.array_grid.setObjectName(f"array_grid_{mode}")
        for grid in (self.tensor_grid, self.array_grid):
            grid.set_color_mode("none")  # only the outlines of the edit should stand out
        self.buffers = MemoryBuffersView(theme)
        self.buffers.setObjectName(f"buffers_{mode}")
        self.tensor_editor = CellEditor(self.tensor_grid)
        self.array_editor = CellEditor(self.array_grid)
        self.tensor_title = QLabel()
        self.array_title = QLabel()
        self.memory_title = QLabel()
        for label in (self.tensor_title, self.array_title, self.memory_title):
            set_role(label, "muted")
        grid = QGridLayout(self)
        head = QHBoxLayout()
        self.number = QLabel(f"{MODES.index(mode) + 1}. ")
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

    def editor(self, side: str) -> CellEditor:
        return self.tensor_editor if side == "tensor" else self.array_editor


class NumpyView(LessonView):
    """Emits what the user asks for; draws a :class:`State` with its computed pairs."""

    data_changed = Signal(str, str)  # values text, dtype name ("" = default)
    reset_requested = Signal(str, str)  # the fields again, without edits
    element_written = Signal(str, str, tuple, str)  # mode, side, index, text
    tab_chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._editing: tuple[str, str, tuple[int, ...]] | None = None

        controls = QWidget()
        column = QVBoxLayout(controls)
        self.data_box = QGroupBox()
        form = QFormLayout(self.data_box)
        rows = add_values_rows(
            form,
            "",
            "dtype_combo",
            ((name, name) for name in DTYPE_NAMES),
            self._on_data_edited,
        )
        self.values_edit, self.dtype_combo, self.values_label, self.dtype_label = rows
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("reset_button")
        self.reset_button.clicked.connect(
            lambda: self.reset_requested.emit(
                self.values_edit.text(), self.dtype_combo.currentData() or ""
            )
        )
        form.addRow(self.reset_button)
        column.addWidget(self.data_box)
        self.how = QLabel()
        self.how.setWordWrap(True)
        column.addWidget(self.how)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.legend)
        column.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("picture_tabs")
        pairs_page = QWidget()
        pairs_layout = QVBoxLayout(pairs_page)
        self.panels: dict[str, PairPanel] = {}
        for mode in MODES:
            panel = self.panels[mode] = PairPanel(mode, theme)
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
        self.mapping_title = QLabel()
        self.mapping_title.setWordWrap(True)
        mapping_layout.addWidget(self.mapping_title)
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
        self.tabs.currentChanged.connect(lambda i: self.tab_chosen.emit(TABS[i]))

        self.set_content(controls, self.tabs, code_width=30)
        self.retranslate()
        self.apply_theme(theme)

    # -- intents ---------------------------------------------------------------------------
    def _on_data_edited(self) -> None:
        self.data_changed.emit(self.values_edit.text(), self.dtype_combo.currentData() or "")

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
        self.element_written.emit(mode, side, index, text)

    def mark_values(self, invalid: bool) -> None:
        """Outline the Values field as refused (or not)."""
        mark_invalid(self.values_edit, invalid)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, state: State, result) -> None:
        self.draw_controls(state)
        self._draw_pairs(result.pairs)
        if result.mapping is not None:
            self._draw_mapping(result.mapping)
        self.code_pane.set_snippet(result.snippet)

    def draw_controls(self, state: State) -> None:
        with QSignalBlocker(self.values_edit):
            if not self.values_edit.property("invalid"):
                self.values_edit.setText(state.values)
        with QSignalBlocker(self.dtype_combo):
            self.dtype_combo.setCurrentIndex(max(0, self.dtype_combo.findData(state.dtype)))
        with QSignalBlocker(self.tabs):
            self.tabs.setCurrentIndex(TABS.index(state.tab))

    def _draw_pairs(self, bridge: BridgeState | None) -> None:
        """The four pairs; none when making them failed (the banner says why)."""
        if bridge is None:
            for panel in self.panels.values():
                panel.tensor_grid.set_snapshot(None)
                panel.array_grid.set_snapshot(None)
                panel.buffers.set_pair(None)
                panel.buffers.setToolTip("")
                panel.verdict.set_verdict("", None)
                panel.tensor_title.clear()
                panel.array_title.clear()
                panel.memory_title.clear()
            return
        for pair in bridge.pairs:
            panel = self.panels[pair.mode]
            panel.tensor_grid.set_snapshot(pair.tensor)
            panel.array_grid.set_snapshot(pair.array)
            panel.buffers.set_pair(pair)
            panel.buffers.setToolTip("\n".join(panel.buffers.address_labels()))
            edit = pair.last_edit
            if edit is not None:
                other = "array" if edit.side == "tensor" else "tensor"
                panel.grid(edit.side).set_highlight({edit.index: "highlight"})
                panel.grid(other).set_highlight(
                    {edit.index: "positive" if pair.shares_memory else "negative"}
                )
        self._draw_pair_texts()

    def _draw_pair_texts(self) -> None:
        for mode, panel in self.panels.items():
            pair = panel.buffers.pair()
            if pair is None:
                continue
            t, a = pair.names
            panel.number.setToolTip(texts.pair_title(mode))
            panel.code.setToolTip(texts.pair_title(mode))
            panel.verdict.set_verdict(
                texts.verdict(pair.shares_memory), "good" if pair.shares_memory else "bad"
            )
            panel.tensor_title.setText(texts.tensor_title(t, pair.tensor_dtype))
            panel.array_title.setText(texts.array_title(a, pair.array_dtype))
            panel.memory_title.setText(texts.memory_title())

    def _draw_mapping(self, mapping: DtypeMapping) -> None:
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

    # -- texts and theme -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.data_box.setTitle(texts.data_box())
        self.values_label.setText(texts.values_label())
        self.values_edit.setToolTip(texts.values_tip())
        self.dtype_label.setText(texts.dtype_label())
        self.dtype_combo.setItemText(0, texts.default_dtype())
        self.reset_button.setText(texts.reset())
        self.how.setText(texts.how_to())
        self._draw_legend()
        self.tabs.setTabText(0, texts.tab_pairs())
        self.tabs.setTabText(1, texts.tab_mapping())
        self.mapping_title.setText(texts.mapping_title())
        n2t, t2n = texts.mapping_headers()
        self.n2t_table.setHorizontalHeaderLabels(n2t)
        self.t2n_table.setHorizontalHeaderLabels(t2n)
        self._draw_pair_texts()

    def _draw_legend(self) -> None:
        self.legend.setText(
            "<br>".join(
                f'<span style="color:{getattr(self.theme, colour)}; font-weight:bold">■</span>'
                f" {text}"
                for colour, text in texts.legend()
            )
        )

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self._draw_legend()
        for panel in self.panels.values():
            panel.tensor_grid.apply_theme(theme)
            panel.array_grid.apply_theme(theme)
            panel.buffers.apply_theme(theme)
            panel.code.setFont(theme.font(10.5, mono=True, bold=True))
            panel.number.setFont(theme.font(10.5, bold=True))
        self.defaults_label.setFont(theme.font(10, mono=True))
        for table in (self.n2t_table, self.t2n_table):
            table.setFont(theme.font(10, mono=True))


VIEW = NumpyView
