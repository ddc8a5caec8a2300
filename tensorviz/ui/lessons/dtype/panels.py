"""The dtype lesson's three pages: the conversion chain, the table of dtypes, the devices.

Each page draws what it is given and holds no lesson logic; the view puts them in its tabs.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.dtypes import ChainResult, DeviceDemo, DtypeInfo, DtypeTable
from tensorviz.core.values import unravel
from tensorviz.ui.lessons.dtype import texts
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.conversion_chain import SYMBOLS, ConversionChainView
from tensorviz.ui.widgets.float_bits import FloatBitsView
from tensorviz.ui.widgets.roles import set_role


def element_text(result: ChainResult) -> str:
    """The element in focus as code: ``x[1][0]``."""
    return "x" + "".join(f"[{i}]" for i in unravel(result.selected, result.shape))


class ChainPage(QWidget):
    """The chain as a table of values, what it did to the element in focus line by line, and
    that element's bits in three float dtypes."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self._picture: ChainResult | None = None
        self._refused: ChainResult | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.refused_note = QLabel()
        self.refused_note.setObjectName("refused_note")
        self.refused_note.setWordWrap(True)
        set_role(self.refused_note, None, tone="warn")
        self.refused_note.hide()
        layout.addWidget(self.refused_note)
        self.chain_view = ConversionChainView(theme)
        layout.addWidget(self.chain_view)
        self.attributes_label = QLabel()
        self.attributes_label.setObjectName("attributes_label")
        self.attributes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.attributes_label)
        self.history_label = QLabel()
        self.history_label.setObjectName("history_label")
        self.history_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.history_label)
        self.bits_title = QLabel()
        self.bits_title.setWordWrap(True)
        layout.addWidget(self.bits_title)
        self.bits_view = FloatBitsView(theme)
        layout.addWidget(self.bits_view)
        layout.addStretch(1)

    def draw(self, picture: ChainResult | None, chain: ChainResult) -> None:
        """Draw ``picture``; ``chain`` is what torch did with the state's own chain (the same
        result, or one a line of which torch refused)."""
        self._picture = picture
        self._refused = chain if chain.error is not None else None
        self.chain_view.set_result(picture)
        self.bits_view.set_bits(() if picture is None else picture.bits)
        self.draw_texts()

    def retranslate(self) -> None:
        self.draw_texts()

    def draw_texts(self) -> None:
        picture, refused = self._picture, self._refused
        self.title.setText(texts.chain_title())
        self.refused_note.setVisible(refused is not None)
        if refused is not None:
            self.refused_note.setText(texts.refused_note(refused.failed_code, picture is not None))
        for label in (self.attributes_label, self.history_label, self.bits_title):
            label.setVisible(picture is not None)
        if picture is None:
            return
        element = element_text(picture)
        self.bits_title.setText(texts.bits_title(element, repr(picture.selected_value)))
        snap = picture.final.snapshot
        shape = ", ".join(str(n) for n in snap.shape)
        self.attributes_label.setText(
            texts.attributes(snap.dtype, snap.device, f"torch.Size([{shape}])")
        )
        self._draw_history(picture, element)

    def _draw_history(self, result: ChainResult, element: str) -> None:
        """The element's exact value after every line, and what the line did."""
        t = self.theme
        flat = result.selected
        heading = html.escape(texts.history_heading(element))
        rows = [f"<tr><td colspan=4>{heading}</td></tr>"]
        cell = f'style="padding: 0 {t.px(8)}px"'
        for stage in result.stages:
            change = stage.change_at(flat)
            what = (
                ""
                if change is None
                else f"{SYMBOLS[change.kind]} {texts.change_short(change.kind)}"
            )
            colour = t.text if change is None else t.negative
            rows.append(
                f"<tr><td {cell}><code>{html.escape(stage.label)}</code></td>"
                f'<td {cell} style="color:{t.accent}">{stage.dtype.removeprefix("torch.")}</td>'
                f'<td {cell} align="right"><code>{html.escape(stage.exact[flat])}</code></td>'
                f'<td {cell} style="color:{colour}">{html.escape(what)}</td></tr>'
            )
        self.history_label.setText("<table>" + "".join(rows) + "</table>")

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.chain_view.apply_theme(theme)
        self.bits_view.apply_theme(theme)
        for label in (self.title, self.bits_title):
            label.setFont(theme.font(10))
        self.attributes_label.setFont(theme.font(10, mono=True))
        self.history_label.setFont(theme.font(9.5))
        if self._picture is not None:
            self._draw_history(self._picture, element_text(self._picture))


SHOWN_ROWS = 3  # the dtype table's rows that stay in sight however short the picture


class TablePage(QWidget):
    """Size, range and precision of every dtype the course teaches, read from torch."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[DtypeInfo, ...] = ()
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("dtype_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def draw(self, table: DtypeTable, theme: Theme) -> None:
        if table.rows == self._rows:
            return  # the same on every run: filled once
        self._rows = table.rows
        self.table.setRowCount(len(table.rows))
        for r, row in enumerate(table.rows):
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
                self.table.setItem(r, c, item)
        self.apply_theme(theme)

    def retranslate(self) -> None:
        self.title.setText(texts.table_title())
        self.table.setHorizontalHeaderLabels(texts.table_headers())
        for column, tip in texts.table_header_tips().items():
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(tip)
        self.note.setText(texts.table_note())

    def apply_theme(self, theme: Theme) -> None:
        self.table.setFont(theme.font(9.5, mono=True))
        self.table.resizeRowsToContents()
        kinds = {"bool": theme.series[3], "int": theme.series[2], "float": theme.series[0]}
        for r, row in enumerate(self._rows):
            item = self.table.item(r, 0)
            if item is not None:
                item.setForeground(QColor(kinds[row.kind]))
        for label in (self.title, self.note):
            label.setFont(theme.font(10))
        # three rows at least: on a short picture (a lecture at 1024x768, zoom 150) the texts
        # around the table squeezed it to its header, and the picture now scrolls instead
        table = self.table
        rows = sum(table.rowHeight(r) for r in range(min(SHOWN_ROWS, table.rowCount())))
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height()
            + rows
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )


class DevicePage(QWidget):
    """What torch reports about devices, and each device call tried with its outcome."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self._demo: DeviceDemo | None = None
        self.outcomes: dict[str, QLabel] = {}  # device step key -> its outcome label
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("device_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.devices = QLabel()
        self.devices.setObjectName("device_list")
        self.devices.setWordWrap(True)
        layout.addWidget(self.devices)
        self.steps_box = QGroupBox()
        self.steps_grid = QGridLayout(self.steps_box)
        layout.addWidget(self.steps_box)
        self.meta_note = QLabel()
        self.meta_note.setWordWrap(True)
        set_role(self.meta_note, "muted")
        layout.addWidget(self.meta_note)
        layout.addStretch(1)

    def draw(self, demo: DeviceDemo | None) -> None:
        if demo is not self._demo:
            self._demo = demo
            self.redraw()

    def redraw(self) -> None:
        """Draw the demo again (in a new language or theme)."""
        demo = self._demo
        if demo is None:
            self.status.setText(texts.asking_devices())
            return
        self.status.setText(
            texts.device_status(demo.cuda_available, demo.cuda_built, demo.device_count)
        )
        reported = ", ".join(
            f"{d} ({n})" for d, n in zip(demo.devices, demo.device_names, strict=True)
        )
        self.devices.setText(texts.device_list(reported, repr(demo.idiom_device)))
        while self.steps_grid.count():
            item = self.steps_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.outcomes.clear()
        t = self.theme
        for r, step in enumerate(demo.steps):
            name = QLabel(texts.device_step(step.key))
            code = QLabel(step.code)
            code.setFont(t.font(10, mono=True))
            if step.error is None:
                outcome = QLabel(texts.on_device(step.device or ""))
                set_role(outcome, None, tone="good")
            else:
                outcome = QLabel(str(step.error))
                set_role(outcome, "mono", tone="bad")  # torch's words, as it prints them
            outcome.setObjectName(f"device_outcome_{step.key}")
            outcome.setWordWrap(True)
            self.outcomes[step.key] = outcome
            self.steps_grid.addWidget(name, 2 * r, 0)
            self.steps_grid.addWidget(code, 2 * r, 1)
            self.steps_grid.addWidget(outcome, 2 * r + 1, 1)
        self.steps_grid.setColumnStretch(1, 1)

    def retranslate(self) -> None:
        self.steps_box.setTitle(texts.device_steps_box())
        self.meta_note.setText(texts.meta_note())
        self.redraw()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.status.setFont(theme.font(11.5, bold=True))
        self.redraw()

    def outcome_text(self, key: str) -> str:
        label = self.outcomes.get(key)
        return "" if label is None else label.text()
