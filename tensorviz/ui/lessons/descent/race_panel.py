"""The optimizer race's controls: one row per runner, a box that shows it and its learning
rate. They emit what the user asks for and show a State; they decide nothing."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from tensorviz.core.race import RACERS
from tensorviz.ui.lessons.descent import race_texts
from tensorviz.ui.lessons.descent.state import State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text
from tensorviz.ui.widgets.roles import set_role

#: Each runner's colour: a theme series index (the lesson's own run is drawn dashed, in the
#: text colour; series 0-2 are its a, b and loss curves).
RACER_COLOURS = {"course": 0, "sgd": 5, "momentum": 6, "nesterov": 4, "adam": 2}


class RaceControls(QGroupBox):
    """Runner boxes ``race_<name>`` and learning-rate fields ``race_lr_<name>``."""

    racer_toggled = Signal(str, bool)
    racer_lr_typed = Signal(str, str)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("race_box")
        grid = QGridLayout(self)
        self.note = QLabel(wordWrap=True)
        set_role(self.note, "muted")
        grid.addWidget(self.note, 0, 0, 1, 2)
        self.boxes: dict[str, QCheckBox] = {}
        self.edits: dict[str, QLineEdit] = {}
        self._drawn: dict[str, str] = {}
        for row, name in enumerate(RACERS, start=1):
            box = self.boxes[name] = QCheckBox(objectName=f"race_{name}")
            box.toggled.connect(lambda on, n=name: self.racer_toggled.emit(n, on))
            edit = self.edits[name] = QLineEdit(objectName=f"race_lr_{name}")
            edit.editingFinished.connect(
                lambda n=name, e=edit: self.racer_lr_typed.emit(n, e.text())
            )
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)
        grid.setColumnStretch(0, 1)
        self.retranslate()
        self.apply_theme(theme)

    def mark_lr(self, name: str | None) -> None:
        """Outline runner ``name``'s learning-rate field as refused, and no other."""
        for n, edit in self.edits.items():
            if edit.property("invalid") or n == name:
                mark_invalid(edit, n == name)

    def draw(self, state: State) -> None:
        line = state.experiment == "line"
        self.setEnabled(line)
        lrs = state.race_lrs.as_dict()
        for name in RACERS:
            with QSignalBlocker(self.boxes[name]):
                self.boxes[name].setChecked(name in state.race)
            text = repr(lrs[name])
            edit = self.edits[name]
            if self._drawn.get(name) != text:  # a refused text stays to be corrected
                self._drawn[name] = text
                set_field_text(edit, text)
                if edit.property("invalid"):
                    mark_invalid(edit, False)

    def retranslate(self) -> None:
        self.setTitle(race_texts.race_box())
        self.note.setText(race_texts.race_note())
        for name in RACERS:
            self.boxes[name].setText(race_texts.racer(name))
            self.edits[name].setToolTip(race_texts.race_lr_tip(name))

    def apply_theme(self, theme: Theme) -> None:
        side = theme.px(14)
        for name, box in self.boxes.items():
            # a swatch of the runner's colour: the key to its path and loss curve
            swatch = QPixmap(side, side)
            swatch.fill(QColor(theme.series[RACER_COLOURS[name] % len(theme.series)]))
            box.setIcon(QIcon(swatch))
        for edit in self.edits.values():
            edit.setMaximumWidth(theme.px(70))
