"""The dtype lesson's pages: the conversion chain and the devices (the table of dtypes is in
``table.py``).

Each page draws what it is given and holds no lesson logic; the view puts them in its tabs.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from tensorviz.core.dtypes import ChainResult, DeviceDemo
from tensorviz.core.values import unravel
from tensorviz.ui.lessons.dtype import texts
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.conversion_chain import SYMBOLS, ConversionChainView
from tensorviz.ui.widgets.float_bits import FloatBitsView
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.two_form_label import TwoFormLabel
from tensorviz.ui.widgets.wide_or_narrow import WideOrNarrow


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
        # one line where the picture is wide, one fact a line where it is not (1024x768 at
        # zoom 150: the line was wider than the picture, and the picture scrolled sideways)
        self.attributes_label = TwoFormLabel()
        self.attributes_label.setObjectName("attributes_label")
        self.attributes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.attributes_label)
        self.history_label = TwoFormLabel()  # a line a stage, or two where narrow
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
        line = texts.attributes(snap.dtype, snap.device, f"torch.Size([{shape}])")
        # the translation sets its facts apart with runs of spaces: narrow, a fact a line
        self.attributes_label.set_forms(line, "\n".join(re.split(r"\s{2,}", line)))
        self._draw_history(picture, element)

    def _draw_history(self, result: ChainResult, element: str) -> None:
        """The element's exact value after every line, and what the line did: a row a line
        of code, or, where the picture is narrow, the value and the change under the line."""
        t = self.theme
        flat = result.selected
        heading = html.escape(texts.history_heading(element))
        wide = [f"<tr><td colspan=4>{heading}</td></tr>"]
        narrow = [f"<tr><td colspan=2>{heading}</td></tr>"]
        cell = f'style="padding: 0 {t.px(8)}px"'
        indented = f'style="padding: 0 {t.px(8)}px 0 {t.px(24)}px"'
        for stage in result.stages:
            change = stage.change_at(flat)
            what = (
                ""
                if change is None
                else f"{SYMBOLS[change.kind]} {texts.change_short(change.kind)}"
            )
            colour = t.text if change is None else t.negative
            code = f"<code>{html.escape(stage.label)}</code>"
            dtype = f'<span style="color:{t.accent}">{stage.dtype.removeprefix("torch.")}</span>'
            value = f"<code>{html.escape(stage.exact[flat])}</code>"
            change_text = f'<span style="color:{colour}">{html.escape(what)}</span>'
            wide.append(
                f"<tr><td {cell}>{code}</td>"
                f'<td {cell} style="color:{t.accent}">{stage.dtype.removeprefix("torch.")}</td>'
                f'<td {cell} align="right">{value}</td>'
                f'<td {cell} style="color:{colour}">{html.escape(what)}</td></tr>'
            )
            narrow.append(f"<tr><td {cell} colspan=2>{code}&nbsp;&nbsp;{dtype}</td></tr>")
            narrow.append(f"<tr><td {indented}>{value}</td><td {cell}>{change_text}</td></tr>")
        self.history_label.set_forms(
            "<table>" + "".join(wide) + "</table>", "<table>" + "".join(narrow) + "</table>"
        )

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


class DevicePage(QWidget):
    """What torch reports about devices, and each device call tried with its outcome."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self._demo: DeviceDemo | None = None
        self.outcomes: dict[str, QLabel] = {}  # device step key -> its outcome label
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []  # name, code, outcome
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
        self._arrangement = WideOrNarrow(self, self._beside_width, self._place)

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
        self._rows.clear()
        t = self.theme
        for step in demo.steps:
            name = QLabel(texts.device_step(step.key))
            code = QLabel(step.code)
            code.setFont(t.font(10, mono=True))
            code.setWordWrap(True)  # stacked in a narrow page, a long line wraps
            if step.error is None:
                outcome = QLabel(texts.on_device(step.device or ""))
                set_role(outcome, None, tone="good")
            else:
                outcome = QLabel(str(step.error))
                set_role(outcome, "mono", tone="bad")  # torch's words, as it prints them
            outcome.setObjectName(f"device_outcome_{step.key}")
            outcome.setWordWrap(True)
            self.outcomes[step.key] = outcome
            self._rows.append((name, code, outcome))
        self._arrangement.refit(place=True)

    def is_stacked(self) -> bool:
        return self._arrangement.narrow()

    def _beside_width(self) -> int | None:
        """The page's width with the names beside the calls (1024x768 at zoom 150: ~960 px
        of ~550); where narrower, each call goes under its name."""
        if not self._rows:
            return None
        grid = self.steps_grid
        margins = grid.contentsMargins()
        around = self.width() - grid.geometry().width() + margins.left() + margins.right()
        names = max(name.sizeHint().width() for name, _, _ in self._rows)
        codes = max(code.sizeHint().width() for _, code, _ in self._rows)
        return around + names + grid.horizontalSpacing() + codes

    def _place(self, stacked: bool) -> None:
        """Names beside the calls, each outcome under its call; or, stacked, every name over
        its call and outcome, which are indented under it."""
        grid = self.steps_grid
        for row in self._rows:
            for widget in row:
                grid.removeWidget(widget)
        lines = 3 if stacked else 2
        for r, (name, code, outcome) in enumerate(self._rows):
            top = lines * r
            if stacked:
                grid.addWidget(name, top, 0, 1, 2)
                grid.addWidget(code, top + 1, 1)
                grid.addWidget(outcome, top + 2, 1)
            else:
                grid.addWidget(name, top, 0)
                grid.addWidget(code, top, 1)
                grid.addWidget(outcome, top + 1, 1)
        grid.setColumnMinimumWidth(0, self.theme.px(16) if stacked else 0)
        grid.setColumnStretch(1, 1)

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
