"""What lecture mode puts on screen: the step strip, covers over hidden answers, the blank
screen and the list of steps. Passive widgets: they show what they are given and emit what
the lecturer or a student asks for; :mod:`tensorviz.ui.lecture.mode` decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tensorviz.ui.lecture.track import Step
from tensorviz.ui.lessons import section_text
from tensorviz.ui.widgets.elide import ElidingLabel, wrapped_height
from tensorviz.ui.widgets.roles import set_role


class _TitleLabel(QLabel):
    """The strip's title, as tall as the longer of what it shows and what it showed or will
    show on the same step (:meth:`keep_room_for`): the question stands in the title's place
    until the reveal, and a question wrapping to two lines over a one-line title made the
    strip shorter at the reveal (step 45 at 1024x768, zoom 150: the lesson moved up 22 px)."""

    _later = ""

    def keep_room_for(self, text: str) -> None:
        if text != self._later:
            self._later = text
            self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        if not self._later:
            return own
        margins = self.contentsMargins()
        room = max(1, width - margins.left() - margins.right())
        later = wrapped_height(self.font(), room, self._later)
        return max(own, later + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))


class LectureStrip(QFrame):
    """The step's section, title and talking point above the lesson; the step counter and
    the lecturer's buttons on the right; a question with its reveal, or in practice mode an
    answer field (or choice buttons), a Check button and the verdict."""

    previous_requested = Signal()
    next_requested = Signal()
    steps_requested = Signal()
    reveal_requested = Signal()
    practice_toggled = Signal(bool)
    exit_requested = Signal()
    answer_given = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lecture_strip")
        # a click on the strip takes the keys from a field of the lesson: after typing an lr,
        # a click here and R typed "0.6r" into the field instead of revealing
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        set_role(self, "panel")
        self.section_label = QLabel(objectName="lecture_section")
        set_role(self.section_label, "caption")
        self.title_label = _TitleLabel()
        self.title_label.setObjectName("lecture_title")
        set_role(self.title_label, "heading")
        self.title_label.setWordWrap(True)
        self.talk_label = QLabel(objectName="lecture_talk")
        self.talk_label.setWordWrap(True)
        self.notes_label = QLabel(objectName="lecture_notes_differ")
        self.notes_label.setWordWrap(True)
        set_role(self.notes_label, None, "warn")
        self.question_label = QLabel(objectName="lecture_question")
        self.question_label.setWordWrap(True)
        set_role(self.question_label, "title")
        # one line, as the line kept for it: torch's error, two lines long at 1400x900, made
        # the strip taller at the reveal; the banner right under it holds the whole message
        self.answer_label = ElidingLabel()
        self.answer_label.setObjectName("lecture_answer")
        self.answer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.answer_label, "mono", "good")
        for label in (self.talk_label, self.notes_label, self.question_label, self.answer_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.answer_edit = QLineEdit(objectName="practice_answer")
        self.answer_edit.setMaxLength(200)
        self.answer_edit.returnPressed.connect(
            lambda: self.answer_given.emit(self.answer_edit.text())
        )
        self.check_button = QPushButton(objectName="practice_check")
        # a click on Check leaves the field the keys: it took them, and the next answer typed
        # ran the lecture (each space a step on, "b" the blank screen)
        self.check_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_button.clicked.connect(lambda: self.answer_given.emit(self.answer_edit.text()))
        self.choice_row = QHBoxLayout()
        self.choice_buttons: list[QPushButton] = []
        self.verdict_label = QLabel(objectName="practice_verdict")
        self.verdict_label.setWordWrap(True)
        self.score_label = QLabel(objectName="practice_score")
        set_role(self.score_label, "caption")
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_edit, 1)
        answer_row.addWidget(self.check_button)
        answer_row.addLayout(self.choice_row)
        answer_row.addWidget(self.verdict_label, 2)
        self.practice_box = QWidget(objectName="practice_box")
        practice = QVBoxLayout(self.practice_box)
        practice.setContentsMargins(0, 0, 0, 0)
        practice.addLayout(answer_row)
        practice.addWidget(self.score_label)

        self.counter_label = QLabel(objectName="lecture_counter")
        set_role(self.counter_label, "title")
        self.previous_button = QPushButton("◀", objectName="lecture_previous")
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton("▶", objectName="lecture_next")
        self.next_button.clicked.connect(self.next_requested)
        self.steps_button = QPushButton(objectName="lecture_steps")
        self.steps_button.clicked.connect(self.steps_requested)
        self.reveal_button = QPushButton(objectName="lecture_reveal")
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.practice_button = QPushButton(objectName="lecture_practice", checkable=True)
        self.practice_button.toggled.connect(self.practice_toggled)
        self.exit_button = QPushButton(objectName="lecture_exit")
        self.exit_button.clicked.connect(self.exit_requested)
        for button in self._buttons():
            # the clicker's keys must keep working after a click on a button
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # one line: where we are, the title, and the way on; then the words, beside the
        # lecturer's buttons; the strip stays low so the lesson keeps the screen
        head = QHBoxLayout()
        head.addWidget(self.section_label, 0, Qt.AlignmentFlag.AlignBaseline)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.counter_label)
        head.addWidget(self.previous_button)
        head.addWidget(self.next_button)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.talk_label)
        text.addWidget(self.notes_label)
        text.addWidget(self.question_label)
        text.addWidget(self.answer_label)
        text.addWidget(self.practice_box)
        buttons = QGridLayout()
        buttons.addWidget(self.reveal_button, 0, 0)
        buttons.addWidget(self.practice_button, 0, 1)
        buttons.addWidget(self.steps_button, 1, 0)
        buttons.addWidget(self.exit_button, 1, 1)
        body = QHBoxLayout()
        body.addLayout(text, 1)
        body.addLayout(buttons)
        column = QVBoxLayout(self)
        column.addLayout(head)
        column.addLayout(body)

    def _buttons(self) -> list[QPushButton]:
        return [
            self.previous_button,
            self.next_button,
            self.steps_button,
            self.reveal_button,
            self.practice_button,
            self.exit_button,
        ]

    # -- what is shown ---------------------------------------------------------------------
    def show_step(
        self,
        step: Step,
        total: int,
        lang: str,
        notes: Callable[[str], str],
        question: Callable[[str], str],
        asking: bool = False,
    ) -> None:
        """``asking``: the step's question waits for the class's answer. Its title and
        talking point (and where the notes differ) say what torch does, which is the answer
        ("item() refuses several elements" over "Does item() on torch.tensor([1, 2])
        raise?"): until it is revealed the question takes the title's place and they wait."""
        q = step.question
        asking = asking and q is not None
        self.section_label.setText(section_text(step.section, lang))
        asked = question(q.prompt(lang)) if q is not None else ""
        self.title_label.setText(asked if asking else step.title(lang))
        # the room of both: the question in the title's place now, the title after the reveal
        self.title_label.keep_room_for(step.title(lang) if asking else asked)
        self.talk_label.setText(step.talk(lang))
        if step.notes_differ is not None:
            self.notes_label.setText(notes(step.notes_differ(lang)))
        if q is not None:
            self.question_label.setText(asked)
        # waiting, they keep their room: the strip keeps its height at the reveal and the
        # lesson below does not move
        for label, has in (
            (self.talk_label, True),
            (self.notes_label, step.notes_differ is not None),
            (self.question_label, q is not None),
        ):
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(has and asking)
            label.setSizePolicy(policy)
            label.setVisible(has and not asking)
        self.counter_label.setText(f"{step.number} / {total}")
        self.previous_button.setEnabled(step.number > 1)
        self.next_button.setEnabled(step.number < total)

    def show_answer(self, text: str | None, waiting: bool = False, kept: str = "\u00a0") -> None:
        """The revealed answer (None: not revealed, or no question); ``waiting``: a
        question waits for it, and a line is kept for it (the lesson does not move down
        at the reveal), as tall as ``kept`` (the answer's own words, without the answer:
        in Chinese a line with Chinese in it is taller, and the strip grew 5 px at the
        reveal of nearly every step at 1024x768, zoom 150)."""
        policy = self.answer_label.sizePolicy()
        policy.setRetainSizeWhenHidden(waiting and not text)
        self.answer_label.setSizePolicy(policy)
        # on its one line (an error of the lecturer's own input may run to several lines)
        self.answer_label.setText((text or (kept if waiting else "")).replace("\n", " "))
        self.answer_label.setVisible(bool(text))

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        """Choice buttons, (answer sent, text shown); none: the typed answer field."""
        if choices:
            self._keys_from_field()
        for button in self.choice_buttons:
            self.choice_row.removeWidget(button)
            button.deleteLater()
        self.choice_buttons = []
        for value, shown in choices:
            button = QPushButton(shown, objectName=f"practice_choice_{len(self.choice_buttons)}")
            button.clicked.connect(lambda _=False, v=value: self.answer_given.emit(v))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as the lecturer's buttons
            self.choice_row.addWidget(button)
            self.choice_buttons.append(button)
        self.answer_edit.setVisible(not choices)
        self.check_button.setVisible(not choices)

    def set_practice(self, on: bool, has_question: bool) -> None:
        with QSignalBlocker(self.practice_button):
            self.practice_button.setChecked(on)
        if not (on and has_question):
            self._keys_from_field()
        self.practice_box.setVisible(on and has_question)

    def _keys_from_field(self) -> None:
        """The strip takes the keys from the answer field about to be hidden: Qt gives them to
        the next widget in the focus chain, a lesson's field for all it knows, which then
        took the clicker's Space."""
        if self.answer_edit.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_verdict(self, text: str, tone: str | None) -> None:
        self.verdict_label.setText(text)
        set_role(self.verdict_label, None, tone)


class Blank(QWidget):
    """The whole window black (B): the class looks at the lecturer, not the screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lecture_blank")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), Qt.GlobalColor.black)
        self.setPalette(palette)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.parentWidget().installEventFilter(self)  # and as it is resized meanwhile
        self.show()
        self.raise_()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return super().eventFilter(watched, event)


class StepList(QDialog):
    """Every step (its number and what it is called), filtered by what is typed; Enter or a
    double click jumps there."""

    def __init__(self, steps: list[tuple[int, str]], current: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lecture_step_list")
        self.chosen: int | None = None
        self.filter_edit = QLineEdit(objectName="step_filter")
        self.list = QListWidget(objectName="step_list")
        for number, name in steps:
            item = QListWidgetItem(f"{number:>2}.  {name}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.list.addItem(item)
        self.list.setCurrentRow(current - 1)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.returnPressed.connect(self._on_accepted)
        self.list.itemActivated.connect(lambda _item: self._on_accepted())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(parent.width() // 2, parent.height() * 2 // 3)

    def showEvent(self, event) -> None:
        # as wide as its longest step where the window allows, measured in the font the
        # window's style sheet gives it when shown: at half a 1024 px window at zoom 150 the
        # questions were cut ("提问：torch.Tensor([[1, 2, 3], [4, 5")
        parent = self.parentWidget()
        if parent is not None:
            margins = self.layout().contentsMargins()
            scrollbar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            edges = 2 * self.list.frameWidth() + scrollbar + margins.left() + margins.right()
            widest = self.list.sizeHintForColumn(0) + edges + 8
            room = parent.width() * 9 // 10
            self.resize(min(room, max(parent.width() // 2, widest)), self.height())
        super().showEvent(event)

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().lower()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().lower()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def _on_accepted(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
