"""Form pieces that more than one lesson builds the same way."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit


class ValuesRows(NamedTuple):
    values_edit: QLineEdit
    dtype_combo: QComboBox
    values_label: QLabel
    dtype_label: QLabel


def add_values_rows(
    form: QFormLayout,
    values: str,
    combo_name: str,
    choices: Iterable[tuple[str, str]],
    on_change: Callable[[], None],
) -> ValuesRows:
    """A "Values" line edit (``values_edit``) and a dtype combo as two rows of ``form``.

    The combo's first item (data "") is the lesson's "default" entry, its text set in
    ``retranslate``; then one item per ``(text, data)`` of ``choices``. Finishing the edit
    or picking a dtype calls ``on_change``. The labels' texts are the lesson's to set.
    """
    edit = QLineEdit(values)
    edit.setObjectName("values_edit")
    edit.editingFinished.connect(on_change)
    combo = QComboBox()
    combo.setObjectName(combo_name)
    combo.addItem("", "")
    for text, data in choices:
        combo.addItem(text, data)
    combo.currentIndexChanged.connect(on_change)
    values_label, dtype_label = QLabel(), QLabel()
    form.addRow(values_label, edit)
    form.addRow(dtype_label, combo)
    return ValuesRows(edit, combo, values_label, dtype_label)


def mark_invalid(edit: QLineEdit, invalid: bool) -> None:
    """Outline ``edit`` as refused (the style sheet's ``QLineEdit[invalid="true"]``)."""
    edit.setProperty("invalid", invalid)
    edit.style().polish(edit)


def set_field_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in ``edit`` from its beginning, as a field the user is not typing in
    should: Qt shows a new text's end, where it puts the cursor, and a long one lost its
    start ("ł159, -2.7, 300.5, 1e-5]" in the dtype lesson's Values at 1024x768 zoom 150)."""
    edit.setText(text)
    if not edit.hasFocus():
        edit.setCursorPosition(0)
