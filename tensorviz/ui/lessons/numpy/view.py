"""The numpy lesson's picture: four conversions, each a tensor, an ndarray and their memory."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.literal import literal_code
from tensorviz.core.numpy_bridge import DTYPE_NAMES, MODES, BridgeState, DtypeMapping
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.numpy import texts
from tensorviz.ui.lessons.numpy.pairs import PairPanel
from tensorviz.ui.lessons.numpy.state import State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets import cell_mark
from tensorviz.ui.widgets.forms import add_values_rows, mark_invalid, set_field_text
from tensorviz.ui.widgets.scrolls import RefittingScroll
from tensorviz.ui.widgets.two_form_label import TwoFormLabel
from tensorviz.ui.widgets.wide_or_narrow import WideOrNarrow

TABS = ("pairs", "mapping")


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
        # what the picture's outlines mean: each a swatch drawn as the cells are (the written
        # element's mark too: colour alone did not tell them apart, cell_mark) and its text
        self.legend = QWidget(objectName="legend")
        legend = QGridLayout(self.legend)
        legend.setContentsMargins(0, 0, 0, 0)
        legend.setColumnStretch(1, 1)
        self.legend_rows: list[tuple[QLabel, QLabel]] = []
        for row in range(len(texts.legend())):
            swatch, text = QLabel(), QLabel(wordWrap=True)
            legend.addWidget(swatch, row, 0, Qt.AlignmentFlag.AlignTop)
            legend.addWidget(text, row, 1)
            self.legend_rows.append((swatch, text))
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
        # a refitting one: panels that stack where narrow ask for less, and fit the view again
        self.pairs_scroll = RefittingScroll(pairs_page, "pairs_scroll")
        self.tabs.addTab(self.pairs_scroll, "")

        mapping_page = QWidget()
        mapping_layout = QVBoxLayout(mapping_page)
        self.mapping_title = QLabel()
        self.mapping_title.setWordWrap(True)
        mapping_layout.addWidget(self.mapping_title)
        # code and its value beside it, or under it where the page is narrow (1024x768 at
        # zoom 150: the lines were ~730 px wide in a ~570 px picture)
        self.defaults_label = TwoFormLabel()
        self.defaults_label.setObjectName("defaults_label")
        mapping_layout.addWidget(self.defaults_label)
        # the two tables side by side, or one over the other where narrow
        self.mapping_page = mapping_page
        self._tables = tables = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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
        # its width picks the tables' arrangement
        self._tables_fit = WideOrNarrow(
            mapping_page, self._tables_width, self._place_tables, self._hold_tables_whole
        )
        # in a scroll area of its own, as a page of the tab widget cannot ask for its
        # height for its width: the wrapped title and the defaults were squeezed
        self.tabs.addTab(RefittingScroll(mapping_page, "mapping_scroll"), "")
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

    def tables_stacked(self) -> bool:
        return self._tables_fit.narrow()

    def _tables_width(self) -> int:
        """The mapping page's width with the two tables side by side at their texts' widths
        (torch's long errors, which wrap in either arrangement, not counted)."""
        margins = self.mapping_page.layout().contentsMargins()
        need = sum(_table_width(t) for t in (self.n2t_table, self.t2n_table))
        return need + self._tables.spacing() + margins.left() + margins.right()

    def _place_tables(self, stacked: bool) -> None:
        down, across = QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.LeftToRight
        direction = down if stacked else across
        if self._tables.direction() != direction:
            self._tables.setDirection(direction)

    def _hold_tables_whole(self, stacked: bool) -> None:
        """One over the other, each whole: the page scrolls, not two short tables."""
        for table in (self.n2t_table, self.t2n_table):
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            whole = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth()
            table.setMinimumHeight(whole if stacked else 0)

    def mark_values(self, invalid: bool) -> None:
        """Outline the Values field as refused (or not)."""
        mark_invalid(self.values_edit, invalid)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, state: State, result) -> None:
        self.draw_controls(state)
        self._draw_pairs(result.pairs)
        for mode, panel in self.panels.items():
            panel.set_focused(mode == state.focus)
        if result.mapping is not None:
            self._draw_mapping(result.mapping)
        self.code_pane.set_snippet(result.snippet)

    def draw_controls(self, state: State) -> None:
        with QSignalBlocker(self.values_edit):
            if not self.values_edit.property("invalid"):
                set_field_text(self.values_edit, state.values)
        with QSignalBlocker(self.dtype_combo):
            self.dtype_combo.setCurrentIndex(max(0, self.dtype_combo.findData(state.dtype)))
        with QSignalBlocker(self.tabs):
            self.tabs.setCurrentIndex(TABS.index(state.tab))

    def bring_focus_into_view(self, state: State) -> None:
        """Scroll the pairs so that the one ``state`` is about starts at the top (the top of
        the pairs where it is about none), and the code and output to its part: at a
        projector's size only the first pair was in view, and a question about the third was
        revealed under it beside the first pair's code and output."""
        self.pairs_scroll.show_at_top(self.panels.get(state.focus))
        if not state.focus:
            self.pairs_scroll.verticalScrollBar().setValue(0)
        self.code_pane.show_section(state.focus)  # its code and what it printed, in view

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
                panel.note.hide()
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
                panel.grid(edit.side).set_highlight({edit.index: "highlight"}, [edit.index])
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
            edit = pair.last_edit
            if edit is not None and edit.truncated:  # read back from the object written
                dtype = pair.tensor_dtype if edit.side == "tensor" else pair.array_dtype
                typed, stored = literal_code(edit.value), literal_code(edit.stored)
                panel.note.setText(texts.truncated(edit.cell, typed, stored, dtype))
            panel.note.setVisible(edit is not None and edit.truncated)

    def _draw_mapping(self, mapping: DtypeMapping) -> None:
        self.defaults_label.set_forms(
            "\n".join(f"{code:<45} → {value}" for code, value in mapping.defaults),
            "\n".join(f"{code}\n    → {value}" for code, value in mapping.defaults),
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
        self._tables_fit.refit()

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
        t = self.theme
        for (swatch, label), (role, text) in zip(self.legend_rows, texts.legend(), strict=True):
            label.setText(text)
            swatch.setPixmap(
                cell_mark.swatch(
                    QColor(getattr(t, role)),
                    t.px(13),  # about the text's cap height and a half, at any zoom
                    t.px(2),
                    written=role == "highlight",
                    ratio=self.devicePixelRatioF(),
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


def _table_width(table: QTableWidget) -> int:
    """A mapping table's width with its headers and dtype names whole (torch's errors, which
    wrap, not counted)."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    pad = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) * 2 + 2
    width = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    for c in range(table.columnCount()):
        texts_ = [
            table.item(r, c).text()
            for r in range(table.rowCount())
            if table.item(r, c) is not None and not table.item(r, c).toolTip()
        ]
        cells = max((metrics.horizontalAdvance(t) for t in texts_), default=0) + pad
        width += max(header.sectionSizeHint(c), cells)
    return width


VIEW = NumpyView
