"""The element-wise topic's chain of calls on one tensor: its editor (how ``data`` starts,
the list of calls, a call's fields and the buttons) and its picture (one card per call with
the values it left, whether it returned ``data`` itself, and the block of memory it is in).

Both are passive: the editor emits what the user asks for, the picture draws a
:class:`~tensorviz.core.op_chain.ChainResult`. Which call of the list is picked is the
editor's own business (it says which call Change, Remove and the arrows act on).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.op_chain import ChainResult, LinkResult
from tensorviz.core.values import TensorSnapshot
from tensorviz.ui.lessons.ops import texts, texts_chain
from tensorviz.ui.lessons.ops.page import Page, dtype_combo, name_dtypes, titled
from tensorviz.ui.lessons.ops.state import (
    CHAIN_OPS,
    DTYPE_NAMES,
    MAX_LINKS,
    MAX_SEED,
    ChainLink,
    ChainState,
)
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.forms import set_field_text
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.widgets.wrapping_label import breakable

COLUMNS = 3  # cards per row of the picture
BUTTONS = ("add", "change", "remove", "up", "down")


def call_code(link: ChainLink) -> str:
    """The call as the code writes it."""
    if link.op == "float":
        return "data = data.float()"
    arg = link.operand if link.takes_operand() else ""
    return f"data.{link.op}{'_' if link.in_place else ''}({arg})"


def letter(block: int) -> str:
    return chr(ord("A") + block) if block < 26 else str(block)


class ChainControls(QWidget):
    """How ``data`` starts, and the calls made on it."""

    start_changed = Signal(str, str, str, str, int)  # kind, values, dtype, size, seed
    link_added = Signal(object)  # ChainLink
    link_changed = Signal(int, object)  # row, ChainLink
    link_removed = Signal(int)
    link_moved = Signal(int, int)  # row, by

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.setObjectName("chain_controls")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.start_box = QGroupBox()
        start = QFormLayout(self.start_box)
        self.kind_combo = QComboBox(objectName="chain_start_combo")
        self.kind_combo.addItems(["", ""])
        self.size_edit = page.edit("chain_size", "chain_size_edit")
        self.seed_spin = QSpinBox(objectName="chain_seed_spin")
        self.seed_spin.setRange(0, MAX_SEED)
        self.x_edit = page.edit("chain_x", "chain_x_edit")
        self.dtype_combo = dtype_combo("chain_dtype_combo")
        self.start_labels = [QLabel() for _ in range(4)]
        start.addRow(self.kind_combo)
        for label, field in zip(
            self.start_labels,
            (self.size_edit, self.seed_spin, self.x_edit, self.dtype_combo),
            strict=True,
        ):
            start.addRow(label, field)
        self.kind_combo.activated.connect(self._on_start_edited)
        self.dtype_combo.activated.connect(self._on_start_edited)
        self.seed_spin.editingFinished.connect(self._on_start_edited)
        for edit in (self.size_edit, self.x_edit):
            edit.editingFinished.connect(self._on_start_edited)
        column.addWidget(self.start_box)

        self.calls_box = QGroupBox()
        calls = QVBoxLayout(self.calls_box)
        self.calls_list = QListWidget(objectName="chain_calls_list")
        self.calls_list.currentRowChanged.connect(self._on_calls_list_row_changed)
        # as tall as its own hint, whatever room the page has: the picture of a state does not
        # depend on the other topics' pages built before
        self.calls_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        calls.addWidget(self.calls_list)
        editor = QHBoxLayout()
        self.op_combo = QComboBox(objectName="chain_op_combo")
        self.op_combo.addItems(CHAIN_OPS)
        self.op_combo.currentIndexChanged.connect(self._on_op_changed)
        self.operand_edit = page.edit("link_operand", "chain_operand_edit")
        self.operand_edit.returnPressed.connect(lambda: self.link_added.emit(self.editor_link()))
        editor.addWidget(self.op_combo)
        editor.addWidget(self.operand_edit, 1)
        calls.addLayout(editor)
        self.in_place_check = QCheckBox(objectName="chain_in_place_check")
        self.in_place_check.setChecked(True)
        calls.addWidget(self.in_place_check)
        buttons = QGridLayout()
        self.buttons = {name: QPushButton(objectName=f"chain_{name}_button") for name in BUTTONS}
        for name, (row, col) in zip(BUTTONS, ((0, 0), (0, 1), (2, 0), (1, 0), (1, 1)), strict=True):
            buttons.addWidget(self.buttons[name], row, col)
        self.buttons["add"].clicked.connect(lambda: self.link_added.emit(self.editor_link()))
        self.buttons["change"].clicked.connect(
            lambda: self.link_changed.emit(self.calls_list.currentRow(), self.editor_link())
        )
        self.buttons["remove"].clicked.connect(
            lambda: self.link_removed.emit(self.calls_list.currentRow())
        )
        self.buttons["up"].clicked.connect(lambda: self._move(-1))
        self.buttons["down"].clicked.connect(lambda: self._move(1))
        calls.addLayout(buttons)
        self.full_note = QLabel(objectName="chain_full_note")
        self.full_note.setWordWrap(True)
        set_role(self.full_note, None, "warn")
        self.full_note.hide()
        calls.addWidget(self.full_note)
        column.addWidget(self.calls_box)
        self.hint = page.caption()
        column.addWidget(self.hint)
        column.addStretch(1)
        self._links: tuple[ChainLink, ...] | None = None
        self._wanted_row: int | None = None  # the row to pick once the list is refilled

    # -- intents ---------------------------------------------------------------------------
    def editor_link(self) -> ChainLink:
        """The call the editor holds (an operand only where the call takes one)."""
        op = self.op_combo.currentText()
        operand = self.operand_edit.text() if ChainLink(op).takes_operand() else ""
        return ChainLink(op, operand, self.in_place_check.isChecked() and op != "float")

    def _on_start_edited(self) -> None:
        kind = ("randint", "tensor")[self.kind_combo.currentIndex()]
        self.start_changed.emit(
            kind,
            self.x_edit.text(),
            self.dtype_combo.currentData(),
            self.size_edit.text(),
            self.seed_spin.value(),
        )

    def _move(self, by: int) -> None:
        row = self.calls_list.currentRow()
        self._wanted_row = row + by
        self.link_moved.emit(row, by)

    def _on_calls_list_row_changed(self, row: int) -> None:
        """Picking a call loads it into the editor (nothing changes until a button)."""
        if self._links is not None and 0 <= row < len(self._links):
            self._load(self._links[row])
        self._enable()

    def _on_op_changed(self) -> None:
        op = self.op_combo.currentText()
        self.operand_edit.setEnabled(ChainLink(op).takes_operand())
        self.in_place_check.setEnabled(op != "float")

    def _load(self, link: ChainLink) -> None:
        with QSignalBlocker(self.op_combo):
            self.op_combo.setCurrentIndex(CHAIN_OPS.index(link.op))
        self._on_op_changed()
        if not self.operand_edit.property("invalid") and link.takes_operand():
            set_field_text(self.operand_edit, link.operand)
        self.in_place_check.setChecked(link.in_place)

    def _enable(self) -> None:
        links = self._links or ()
        row = self.calls_list.currentRow()
        full = len(links) >= MAX_LINKS
        self.buttons["add"].setEnabled(not full)
        self.buttons["change"].setEnabled(0 <= row < len(links))
        self.buttons["remove"].setEnabled(0 <= row < len(links))
        self.buttons["up"].setEnabled(0 < row < len(links))
        self.buttons["down"].setEnabled(0 <= row < len(links) - 1)
        self.full_note.setText(texts_chain.chain_full(MAX_LINKS) if full else "")
        self.full_note.setVisible(full)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, chain: ChainState, result: ChainResult | None) -> None:
        randint = chain.start == "randint"
        with QSignalBlocker(self.kind_combo):
            self.kind_combo.setCurrentIndex(0 if randint else 1)
        with QSignalBlocker(self.dtype_combo):
            self.dtype_combo.setCurrentIndex(DTYPE_NAMES.index(chain.dtype))
        with QSignalBlocker(self.seed_spin):
            self.seed_spin.setValue(chain.seed)
        for edit, text in ((self.size_edit, chain.size), (self.x_edit, chain.x)):
            if not edit.property("invalid") and edit.text() != text:
                with QSignalBlocker(edit):
                    set_field_text(edit, text)
        for i, field in enumerate((self.size_edit, self.seed_spin, self.x_edit, self.dtype_combo)):
            shown = randint == (i < 2)
            field.setVisible(shown)
            self.start_labels[i].setVisible(shown)
        if chain.links != self._links:
            self._fill(chain.links, result)

    def _fill(self, links: tuple[ChainLink, ...], result: ChainResult | None) -> None:
        old, self._links = self._links, links
        row = self.calls_list.currentRow()
        if self._wanted_row is not None:
            row, self._wanted_row = self._wanted_row, None
        elif old is not None and len(links) > len(old):
            row = len(links) - 1  # a call was added: it is the one picked
        row = min(max(row, 0), len(links) - 1)
        failed = {i for i, r in enumerate(result.links) if r.error} if result else set()
        with QSignalBlocker(self.calls_list):
            self.calls_list.clear()
            for i, link in enumerate(links):
                mark = "✗" if i in failed else f"{i + 1}."
                self.calls_list.addItem(f"{mark}  {call_code(link)}")
            self.calls_list.setCurrentRow(row)
        if 0 <= row < len(links):
            self._load(links[row])
        self._enable()

    def retranslate(self) -> None:
        self.start_box.setTitle(texts_chain.start_box())
        for i, text in enumerate(texts_chain.start_kinds().values()):
            self.kind_combo.setItemText(i, text)
        for label, text in zip(
            self.start_labels,
            (
                texts_chain.size_field(),
                texts_chain.seed_field(),
                texts_chain.values_field(),
                texts.dtype_field(),
            ),
            strict=True,
        ):
            label.setText(text)
        name_dtypes(self.dtype_combo)
        self.calls_box.setTitle(texts_chain.calls_box())
        self.in_place_check.setText(texts_chain.in_place_check())
        for name, (text, tip) in texts_chain.buttons().items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self.hint.setText(texts_chain.chain_hint())
        if self.full_note.isVisible():
            self.full_note.setText(texts_chain.chain_full(MAX_LINKS))


class ChainCard(QFrame):
    """One call of the chain (or data at the start): its code, the values, what it did."""

    def __init__(self, page: Page, number: int) -> None:
        super().__init__()
        self.setObjectName(f"chain_card_{number}")
        set_role(self, "panel")
        column = QVBoxLayout(self)
        self.code = QLabel(objectName=f"chain_code_{number}")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        # every card as wide as the others, however long its code: it wraps, inside its
        # tokens too (a card at zoom 150 cut "torch.randint(0," after the 0)
        self.code.setWordWrap(True)
        self.code.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_role(self.code, "formula")
        # above the grid, wrapped, not in it: over three columns "float32" read "float3"
        self.title = QLabel(objectName=f"chain_title_{number}")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_role(self.title, "small")
        self.grid: TensorGrid = page.grid(f"chain_grid_{number}", 1.0)
        self.verdict = Badge()
        self.verdict.setObjectName(f"chain_verdict_{number}")
        self.verdict.setWordWrap(True)
        self.memory = QLabel(objectName=f"chain_memory_{number}")
        set_role(self.memory, "mono-small", "muted")
        for widget in (self.code, self.title, self.grid, self.verdict, self.memory):
            column.addWidget(widget)
        column.addStretch(1)

    def draw_start(self, result: ChainResult) -> None:
        self.code.setText(breakable(_elided(result.start_code)))
        self._grid(result.start, texts_chain.start_title())
        self.verdict.set_verdict("", None)
        self.memory.setText(texts_chain.memory(letter(result.start_memory)))

    def draw_link(self, number: int, r: LinkResult) -> None:
        self.code.setText(breakable(f"{number}. {r.code}"))
        if r.error is not None:
            self._grid(r.data, texts_chain.data_title())
            self.verdict.set_verdict(texts_chain.failed(r.error.type_name), "bad")
        elif r.rebinds:
            self._grid(r.data, texts_chain.data_title())
            self.verdict.set_verdict(texts_chain.renamed(bool(r.same_object)), None)
        elif r.in_place:
            self._grid(r.data, texts_chain.data_title())
            tone = "good" if r.same_object else "bad"
            self.verdict.set_verdict(texts_chain.same_object() if r.same_object else "", tone)
        else:
            self._grid(r.value, texts_chain.returned_title())
            self.verdict.set_verdict(texts_chain.new_tensor(), None)
        block = r.data_memory if r.in_place or r.rebinds or r.memory is None else r.memory
        self.memory.setText(texts_chain.memory(letter(block)))

    def _grid(self, snap: TensorSnapshot | None, title: str) -> None:
        self.grid.set_snapshot(snap)
        self.title.setText(titled(title, snap) if snap is not None else "")


def _elided(code: str, limit: int = 48) -> str:
    return code if len(code) <= limit else code[: limit - 1] + "…"


class ChainPicture(QWidget):
    """The chain's cards, up to :data:`COLUMNS` to a row, and a note on what the letters mean."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.setObjectName("chain_picture")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self._scroll = QScrollArea()  # twelve calls at a big zoom do not fit: they scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout = QGridLayout()
        layout.addLayout(self.cards_layout)
        self.cards = [ChainCard(page, n) for n in range(MAX_LINKS + 1)]
        for card in self.cards:
            card.hide()
        self._columns = 0
        self._place(COLUMNS)
        self.note = page.caption()
        layout.addWidget(self.note)
        layout.addStretch(1)

    def draw(self, result: ChainResult) -> None:
        self.cards[0].draw_start(result)
        for n, link in enumerate(result.links, start=1):
            self.cards[n].draw_link(n, link)
        for n, card in enumerate(self.cards):
            card.setVisible(n <= len(result.links))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """As many cards to a row as the width holds at their least, up to COLUMNS: three
        at 1024x768 zoom 200 left the third cut at the picture's edge."""
        shown = [card for card in self.cards if not card.isHidden()]
        gap = max(0, self.cards_layout.horizontalSpacing())
        least = max((card.minimumSizeHint().width() for card in shown), default=1)
        # beside a scroll bar, shown or not: the count does not flip as it comes and goes
        room = self.width() - self._scroll.verticalScrollBar().sizeHint().width()
        self._place(max(1, min(COLUMNS, (room + gap) // (least + gap))))

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for n, card in enumerate(self.cards):
            self.cards_layout.removeWidget(card)
            self.cards_layout.addWidget(card, n // columns, n % columns)
        for col in range(COLUMNS):
            self.cards_layout.setColumnStretch(col, 1 if col < columns else 0)

    def columns(self) -> int:
        return self._columns

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def retranslate(self) -> None:
        self.note.setText(texts_chain.chain_note())
