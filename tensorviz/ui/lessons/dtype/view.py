"""The dtype lesson's controls and picture: values and conversions on the left; the chain, the
table of dtypes and the devices in three tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.dtypes import TABLE_DTYPES, Step
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.dtype import texts
from tensorviz.ui.lessons.dtype.panels import ChainPage, DevicePage
from tensorviz.ui.lessons.dtype.state import TAKES_DTYPE, Kind, State
from tensorviz.ui.lessons.dtype.table import TablePage
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.elide import ElidingGroupBox, elide_title
from tensorviz.ui.widgets.forms import add_values_rows, mark_invalid, set_field_text
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.scrolls import RefittingScroll

if TYPE_CHECKING:
    from tensorviz.ui.lessons.dtype.controller import Shown

TABS = ("chain", "table", "devices")
#: The conversion kinds offered, in the order of the combo.
STEP_CHOICES = get_args(Kind)
#: Devices offered in the Device box (any other name may be typed).
DEVICE_CHOICES = ("cuda", "cuda:0", "cpu", "mps", "meta")


class DtypeView(LessonView):
    """Emits what the user asks for; draws a :class:`State` with what torch made of it."""

    data_changed = Signal(str, str)  # values text, dtype name ("" = inferred)
    step_added = Signal(str, str)  # kind, dtype text as typed ("" for kinds without one)
    step_removed = Signal()
    step_moved = Signal(int)  # -1 up, +1 down
    step_chosen = Signal(int)  # row of the conversions list
    element_chosen = Signal(int)  # flat index of a column of the chain
    device_chosen = Signal(str)  # device text as typed
    tab_chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        controls = QWidget()
        column = QVBoxLayout(controls)
        self.values_box = ElidingGroupBox()  # a line of code as title
        rows = add_values_rows(
            QFormLayout(self.values_box),
            "",
            "create_dtype_combo",
            ((f"torch.{name}", name) for name in TABLE_DTYPES),
            self._on_data_edited,
        )
        self.values_edit, self.create_dtype_combo, self.values_label, self.dtype_label = rows
        column.addWidget(self.values_box)
        column.addWidget(self._build_steps_box())

        self.device_box = QGroupBox()
        form = QFormLayout(self.device_box)
        self.device_combo = QComboBox()
        self.device_combo.setObjectName("device_combo")
        self.device_combo.setEditable(True)
        # what is typed is asked of torch, not added to the list (a refused "cuda:99" stayed)
        self.device_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.device_combo.addItems(list(DEVICE_CHOICES))
        self.device_combo.lineEdit().editingFinished.connect(self._on_device_edited)
        self.device_combo.activated.connect(self._on_device_edited)
        self.device_label = QLabel()
        form.addRow(self.device_label, self.device_combo)
        column.addWidget(self.device_box)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_role(self.hint, "muted")
        column.addWidget(self.hint)
        column.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("picture_tabs")
        self.chain_page = ChainPage(theme)
        self.table_page = TablePage()
        self.device_page = DevicePage(theme)
        # each page scrolls on its own where the picture is short (a lecture at 1024x768,
        # zoom 150): the tab widget does not give a page its height for its width, and the
        # table page's note was drawn over its table
        # (a refitting one: a page whose minimum shrinks, narrow, is fitted to the view again)
        pages = (self.chain_page, self.table_page, self.device_page)
        for page, tab in zip(pages, TABS, strict=True):
            self.tabs.addTab(RefittingScroll(page, f"{tab}_scroll"), "")
        self.tabs.currentChanged.connect(lambda i: self.tab_chosen.emit(TABS[i]))
        self.chain_page.chain_view.element_clicked.connect(self.element_chosen)

        # what the tests and the course reach for by name
        self.chain_view = self.chain_page.chain_view
        self.bits_view = self.chain_page.bits_view
        self.attributes_label = self.chain_page.attributes_label
        self.dtype_table = self.table_page.table

        self.set_content(controls, self.tabs, code_width=28)
        self.retranslate()
        self.apply_theme(theme)

    def _build_steps_box(self) -> QGroupBox:
        self.steps_box = QGroupBox()
        steps = QVBoxLayout(self.steps_box)
        self.steps_list = QListWidget()
        self.steps_list.setObjectName("steps_list")
        self.steps_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_list.currentRowChanged.connect(self._on_steps_row_changed)
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
        for name in TABLE_DTYPES:
            self.step_dtype_combo.addItem(f"torch.{name}")
        self.step_dtype_combo.setCurrentText("torch.uint8")
        add_row.addWidget(self.step_combo, 1)
        add_row.addWidget(self.step_dtype_combo, 1)
        steps.addLayout(add_row)
        buttons = QHBoxLayout()
        self.add_step_button = QPushButton()
        self.add_step_button.setObjectName("add_step_button")
        self.add_step_button.clicked.connect(self._on_add_step_clicked)
        self.remove_step_button = QPushButton()
        self.remove_step_button.setObjectName("remove_step_button")
        self.remove_step_button.clicked.connect(self.step_removed)
        self.up_step_button = QPushButton("↑")
        self.up_step_button.setObjectName("up_step_button")
        self.up_step_button.clicked.connect(lambda: self.step_moved.emit(-1))
        self.down_step_button = QPushButton("↓")
        self.down_step_button.setObjectName("down_step_button")
        self.down_step_button.clicked.connect(lambda: self.step_moved.emit(1))
        for b in (self.add_step_button, self.remove_step_button):
            buttons.addWidget(b, 1)
        buttons.addWidget(self.up_step_button)
        buttons.addWidget(self.down_step_button)
        steps.addLayout(buttons)
        self._on_step_kind_changed()
        return self.steps_box

    # -- intents ---------------------------------------------------------------------------
    def _on_data_edited(self) -> None:
        self.data_changed.emit(self.values_edit.text(), self.create_dtype_combo.currentData() or "")

    def _on_step_kind_changed(self) -> None:
        self.step_dtype_combo.setEnabled(self.step_combo.currentData() in TAKES_DTYPE)

    def _on_add_step_clicked(self) -> None:
        kind = self.step_combo.currentData()
        dtype = self.step_dtype_combo.currentText() if kind in TAKES_DTYPE else ""
        self.step_added.emit(kind, dtype)

    def _on_steps_row_changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row)

    def _on_device_edited(self, *_args) -> None:
        self.device_chosen.emit(self.device_combo.currentText())

    def mark_values(self, invalid: bool) -> None:
        """Outline the Values field as refused (or not)."""
        mark_invalid(self.values_edit, invalid)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, state: State, result: Shown) -> None:
        self.draw_controls(state)
        self.chain_page.draw(result.picture, result.chain)
        self.table_page.draw(result.table, self.theme)
        self.device_page.draw(result.devices)
        if result.snippet is not None:  # None: the devices' code is still being run
            self.code_pane.set_snippet(result.snippet)

    def draw_controls(self, state: State) -> None:
        with QSignalBlocker(self.values_edit):
            if not self.values_edit.property("invalid"):
                set_field_text(self.values_edit, state.values)
        with QSignalBlocker(self.create_dtype_combo):
            index = self.create_dtype_combo.findData(state.dtype)
            self.create_dtype_combo.setCurrentIndex(max(0, index))
        self._draw_steps(state)
        with QSignalBlocker(self.device_combo):
            self.device_combo.setCurrentText(state.device)
        with QSignalBlocker(self.tabs):
            self.tabs.setCurrentIndex(TABS.index(state.tab))

    def _draw_steps(self, state: State) -> None:
        with QSignalBlocker(self.steps_list):
            codes = [Step(s.kind, s.dtype).code() for s in state.steps]
            if codes != [self.steps_list.item(i).text() for i in range(self.steps_list.count())]:
                self.steps_list.clear()
                self.steps_list.addItems(codes)
            if codes:
                self.steps_list.setCurrentRow(state.current_step)

    # -- for tests -------------------------------------------------------------------------
    def history_text(self) -> str:
        return self.chain_page.history_label.text()

    def device_status_text(self) -> str:
        return self.device_page.status.text()

    def device_outcome_text(self, key: str) -> str:
        return self.device_page.outcome_text(key)

    # -- texts and theme -------------------------------------------------------------------
    def retranslate(self) -> None:
        elide_title(self.values_box, texts.values_box())
        self.values_label.setText(texts.values_label())
        self.values_edit.setToolTip(texts.values_tip())
        self.dtype_label.setText(texts.dtype_label())
        self.create_dtype_combo.setItemText(0, texts.inferred())
        self.steps_box.setTitle(texts.steps_box())
        self.add_step_button.setText(texts.add())
        self.remove_step_button.setText(texts.remove())
        self.up_step_button.setToolTip(texts.up_tip())
        self.down_step_button.setToolTip(texts.down_tip())
        self.step_dtype_combo.setToolTip(texts.step_dtype_tip())
        self.device_box.setTitle(texts.device_box())
        self.device_label.setText(texts.device_label())
        self.device_combo.setToolTip(texts.device_tip())
        self.hint.setText(texts.hint())
        for i, title in enumerate(texts.tab_titles()):
            self.tabs.setTabText(i, title)
        self.chain_page.retranslate()
        self.table_page.retranslate()
        self.device_page.retranslate()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.chain_page.apply_theme(theme)
        self.table_page.apply_theme(theme)
        self.device_page.apply_theme(theme)


VIEW = DtypeView
