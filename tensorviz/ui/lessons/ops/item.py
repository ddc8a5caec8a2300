"""Topic ``item``: ``x.item()``, the one element of a tensor as a plain Python number."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout

from tensorviz.ui.lessons.ops import texts
from tensorviz.ui.lessons.ops.page import Page, Shown, dtype_combo, name_dtypes
from tensorviz.ui.lessons.ops.state import DTYPE_NAMES, ITEM_PRESETS, ItemState
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.roles import set_role


class ItemPage(Page):
    fields_changed = Signal(str, str)  # x, dtype

    def __init__(self, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(theme, parent)
        self.controls = self.box = QGroupBox()
        form = QFormLayout(self.box)
        combo = self.presets("item_preset_combo", tuple(k for k, _ in ITEM_PRESETS))
        self.x_edit = self.edit("x", "item_edit")
        self.x_edit.editingFinished.connect(self._on_fields_edited)
        self.dtype_combo = dtype_combo("item_dtype_combo")
        self.dtype_combo.activated.connect(self._on_fields_edited)
        self.preset_label, self.x_label, self.dtype_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.preset_label)
        form.addRow(combo)
        form.addRow(self.x_label, self.x_edit)
        form.addRow(self.dtype_label, self.dtype_combo)
        self.hint = self.caption()
        form.addRow(self.hint)

        layout = QVBoxLayout(self.picture)
        self.title = QLabel()
        self.title.setWordWrap(True)
        set_role(self.title, "title")
        self.x_grid = self.grid("item_grid", 1.6)
        self.info = QLabel()
        self.info.setObjectName("item_info_label")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)  # a narrow picture: the facts go on two lines
        set_role(self.info, "mono")
        self.result = QLabel()
        self.result.setObjectName("item_result_label")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.result, "mono-title", "good")
        self.note = self.caption()
        for widget in (self.title, self.x_grid, self.info, self.result, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _on_fields_edited(self) -> None:
        self.fields_changed.emit(self.x_edit.text(), self.dtype_combo.currentData())

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, sub: ItemState, shown: Shown) -> None:
        self.show_preset(sub.preset())
        self.set_text("x", sub.x)
        with QSignalBlocker(self.dtype_combo):
            self.dtype_combo.setCurrentIndex(DTYPE_NAMES.index(sub.dtype))
        r = shown.picture
        if r is None:
            return
        self.x_grid.set_snapshot(r.tensor, "x")
        # a line breaks between the facts, not inside the shape "(2, 3)"
        shape = str(tuple(r.tensor.shape)).replace(" ", "\u00a0")
        self.info.setText(texts.item_info(shape, r.ndim, r.numel, r.tensor.dtype))
        if r.error is None:
            self.result.setText(texts.item_value(r.value, r.value_type))
        else:
            self.result.setText(texts.item_failed(r.error.type_name, r.numel))
        set_role(self.result, "mono-title", "good" if r.error is None else "bad")

    def retranslate(self, preset_titles=None) -> None:
        super().retranslate(texts.item_presets())
        self.box.setTitle(texts.item_box())
        self.preset_label.setText(texts.example())
        self.x_label.setText(texts.x_field())
        self.dtype_label.setText(texts.dtype_field())
        name_dtypes(self.dtype_combo)
        self.hint.setText(texts.item_hint())
        self.title.setText(texts.item_title())
        self.note.setText(texts.item_note())
