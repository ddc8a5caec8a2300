"""The create lesson's view: the controls (``controls.py``) on the left, the picture
(``picture.py``) in the middle, the code on the right. It says what the user did and draws
what it is given."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.create import texts
from tensorviz.ui.lessons.create.controls import ControlsMixin
from tensorviz.ui.lessons.create.picture import PictureMixin
from tensorviz.ui.lessons.create.state import State
from tensorviz.ui.theme import Theme


class CreateView(ControlsMixin, PictureMixin, LessonView):
    #: A control of the constructor or its arguments changed: (State field, its new value).
    field_changed = Signal(str, object)
    preset_chosen = Signal(str)
    run_again_requested = Signal()
    new_seed_requested = Signal()
    cell_selected = Signal(object)  # the index clicked

    def __init__(self, theme: Theme, parent=None) -> None:
        super().__init__(theme, parent)
        self._available_devices: tuple[str, ...] = ()
        self.set_content(self._build_controls(), self._build_picture(), code_width=33)
        self.retranslate()
        self.apply_theme(theme)

    def build_ahead(self) -> None:
        self.make_histogram()

    def draw(self, state: State, shown) -> None:
        """``shown`` is the controller's ``Shown``: the state's result and the picture."""
        self.draw_controls(state)
        self.code_pane.set_snippet(shown.result.snippet)
        self._draw_picture(state, shown)
        self._draw_texts(state, shown)

    def answer_hints(self) -> list[QWidget]:
        # the pressed example names the answer: "0-D scalar" under "What is the shape of
        # torch.tensor(5)?"
        return [self.examples_box]

    def retranslate(self) -> None:
        self._retranslate_controls()
        words = texts.controls()
        self._attr_heading.setText(words["attributes"])
        for key, tip in texts.attribute_tips().items():
            self.attr_names[key].setToolTip(tip)
            self.attr_values[key].setToolTip(tip)
        self.histogram_box.setTitle(words["histogram"])

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        for box in (self.main_box, self.compare_box):  # the grids shrink, not to nothing
            box.setMinimumWidth(theme.px(140))
        self.grid.apply_theme(theme)
        self.compare_grid.apply_theme(theme)
        if self.histogram is not None:
            self.histogram.apply_theme(theme)
        mono = theme.font(10, mono=True)
        for label in (*self.attr_names.values(), *self.attr_values.values()):
            label.setFont(mono)
        self._attr_heading.setFont(theme.font(10, bold=True))
        self._fit_attributes()
        for label in (self.compare_error, self.summary_label, self.compare_summary):
            label.setFont(mono)
        if self.rendered is not None:  # the note's colours come from the theme
            self._draw_texts(*self.rendered)
