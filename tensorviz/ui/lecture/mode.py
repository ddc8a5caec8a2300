"""Lecture mode: the course track, step by step, with a presentation clicker.

Entering a step shows its lesson in the step's State (``lesson.set_state``); everything stays
interactive. A step with a question hides the parts that would answer it until the lecturer
reveals it (R); the answer shown is the lesson's fact, computed by torch. In practice mode a
student answers instead, checked against the same fact, with a score per chapter kept in the
settings. The lecture remembers its step: leaving and coming back returns there.

Keys (what clickers send, plus the keyboard's): PageDown, Right, Space: next; PageUp, Left:
previous; Home, End; Ctrl+G: the list of steps; R: reveal; B: blank screen; Esc: leave. Text
fields keep their keys (Left/Right/Space edit the text there).

Practising, what types text is the answer's: while the answer field is shown, a letter, a
digit or a space goes into it wherever the focus is (another field being typed in keeps its
own), so R, B and Space run nothing; the field keeps the focus after an answer, right or
wrong. A student goes on, and the lecturer's clicker works, with PageDown and PageUp, the
strip's arrow buttons, and Left and Right where the field has no text to move in (a new
step's empty field); typed "torch.Size([2, 2, 3])" went from step 4 to step 6 and "b"
blanked the projector.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tensorviz.core.errors import TorchError
from tensorviz.core.snippet import essentials
from tensorviz.core.values import printed
from tensorviz.ui.lecture import texts
from tensorviz.ui.lecture.answers import check
from tensorviz.ui.lecture.strip import Blank, LectureStrip, StepList
from tensorviz.ui.lecture.track import Question, Step, Track, course
from tensorviz.ui.lessons import section_text
from tensorviz.ui.widgets.code_pane import CodePane
from tensorviz.ui.widgets.cover import CODE_MAX_CHARS, Cover
from tensorviz.ui.widgets.frames import follow_native_window
from tensorviz.ui.widgets.playback import PlaybackBar

if TYPE_CHECKING:
    from tensorviz.ui.app import MainWindow
    from tensorviz.ui.lesson import Lesson

_NEXT = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left}
_TEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Left,
    Qt.Key.Key_Space,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_R,
    Qt.Key.Key_B,
    Qt.Key.Key_Escape,
}


def _typing(focus: QWidget | None) -> bool:
    """Whether ``focus`` takes the lecture's keys as typing: a field that can be edited. A
    read-only code view or a fixed list does not: after a click into the code, or a choice
    in a lesson's list, the clicker's keys went to them (Home chose another example, Space
    opened the list) and no step moved."""
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not focus.isReadOnly()
    return isinstance(focus, QComboBox) and focus.isEditable()


def _types_text(event: QKeyEvent) -> bool:
    """Whether ``event`` types a character (a letter, a digit, a space), not a shortcut."""
    text = event.text()
    typing = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    return bool(text) and text.isprintable() and not event.modifiers() & ~typing


#: The lesson has no answer to the step's question in what it shows now: the lecturer
#: changed it after the reveal (descent's step 74 with a pitfall picked: no run, no x).
NO_ANSWER = object()


def format_fact(kind: str, value: object) -> str:
    """torch's answer as the strip and the handout show it: a choice worded as its button is
    (the track's "diverges" stood untranslated in the Chinese strip and handout)."""
    if value is NO_ANSWER:
        return "—"
    if kind == "choice":
        return texts.choice(str(value))
    if kind == "raises":
        return str(value) if isinstance(value, TorchError) else texts.no_error()
    if kind in ("shape", "stride") and isinstance(value, tuple | list):
        return "(" + ", ".join(str(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, float):  # as torch prints it: 0.6667, where the output pane shows
        return printed(value)  # tensor([0.6667, ...]); not 0.6666666865348816, nor 0.666667
    return str(value)


class LectureMode(QObject):
    """Owned by the main window; ``active`` while the lecture is on screen."""

    def __init__(self, window: MainWindow, settings: QSettings | None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._track: Track | None = None
        self.active = False
        self._keys: QWindow | None = None  # the native window whose keys are watched
        self.number = self._stored_step()
        self.revealed = False
        self.practice = False
        self._tries = 0
        self._covers: list[Cover] = []
        # the covers that show the code follow the code pane (_follow_code): it and its slot
        self._code_link: tuple[CodePane, Callable[[], None]] | None = None
        self._concealed: Lesson | None = None
        self._answer_pane: CodePane | None = None  # the answer in sight follows its lesson
        self.strip = LectureStrip()
        self.strip.hide()
        window.lecture_host().insertWidget(0, self.strip)
        self.blank = Blank(window)
        self.strip.previous_requested.connect(self.previous)
        self.strip.next_requested.connect(self.next)
        self.strip.steps_requested.connect(self.choose_step)
        self.strip.reveal_requested.connect(self.reveal)
        self.strip.practice_toggled.connect(self.set_practice)
        self.strip.exit_requested.connect(self.leave)
        self.strip.answer_given.connect(self.answer)
        self.retranslate()

    @property
    def track(self) -> Track:
        if self._track is None:
            self._track = course()
        return self._track

    def step(self) -> Step:
        return self.track.step(self.number)

    # -- entering and leaving ----------------------------------------------------------------
    def enter(self, number: int | None = None) -> None:
        if number is not None:
            self.number = number
        self.number = min(max(1, self.number), len(self.track))
        if not self.active:
            self.active = True
            self._window.installEventFilter(self)  # to follow its native window
            self._watch_keys()
            self._window.set_lecture_layout(True)
            self.strip.show()
        self.go(self.number)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        self._window.removeEventFilter(self)
        if self._keys is not None and shiboken6.isValid(self._keys):
            self._keys.removeEventFilter(self)
        self._keys = None
        self._uncover()
        self.blank.hide()
        self.strip.hide()
        self._window.set_lecture_layout(False)

    # -- moving ------------------------------------------------------------------------------
    def go(self, number: int) -> None:
        """Show step ``number`` (clamped to the track) in its lesson, its answer hidden."""
        self.number = min(max(1, number), len(self.track))
        step = self.step()
        self._uncover()
        lesson = self._window.select_lesson(step.lesson)
        for playback in lesson.findChildren(PlaybackBar):  # the step's own epoch, not a
            playback.pause()  # run still playing from the step before
        self.revealed = False  # before the state: its result is not this step's answer
        lesson.set_state(step.state)
        self._tries = 0
        if step.question is not None:
            self._cover(lesson, step.question)
        self._show_strip()
        self._store_step()
        self._window.paint_once_settled()

    def next(self) -> None:
        if self.number < len(self.track):
            self.go(self.number + 1)

    def previous(self) -> None:
        if self.number > 1:
            self.go(self.number - 1)

    def choose_step(self) -> None:
        lang = self._window.language()
        # a question's title says its answer ("view fails after a transpose"): the list, on
        # the class's screen, asks the question instead
        names = [
            (
                s.number,
                f"{section_text(s.section, lang)}  "
                + (texts.question(s.question.prompt(lang)) if s.question else s.title(lang)),
            )
            for s in self.track.steps
        ]
        dialog = StepList(names, self.number, self._window)
        dialog.setWindowTitle(texts.step_list_title())
        dialog.filter_edit.setPlaceholderText(texts.filter_placeholder())
        chosen = dialog.exec() and dialog.chosen is not None
        # the window active again, as the list leaves it: where no window manager gives
        # it back (a bare X server, some kiosk set-ups), its shortcuts (F5, Ctrl+L) were
        # dead until a click
        self._window.activateWindow()
        if chosen:
            self.go(dialog.chosen)

    # -- questions ---------------------------------------------------------------------------
    def _cover(self, lesson: Lesson, question: Question) -> None:
        self._concealed = lesson
        view = lesson.view
        text = texts.cover(question.prompt(self._window.language()))
        pane = view.code_pane
        targets = {"picture": view.picture_area(), "output": pane.output_view()}
        targets["code"] = pane.code_view()
        with_code = []
        for part in question.hide:
            # torch's error is its output as much as what it printed ("result type Float
            # can't be cast..." stood over "What dtype does div(3) give?")
            if part in ("banner", "output"):
                view.banner.set_concealed(True)
            if targets.get(part) is not None:
                self._covers.append(Cover(targets[part], text, texts.cover_short()))
                if part in ("picture", "code"):  # with the code asked about
                    with_code.append(self._covers[-1])
        if with_code:
            self._follow_code(with_code, pane, question.about)
        if "code" in question.hide:
            pane.set_copyable(False)
        # "Does it raise?": the banner's room waits, covered, whatever the answer; and where
        # an error of the page waits with the output ("What dtype does div(3) give?", whose
        # page runs div_(3) too), its room, once the error is there (the lesson moved down
        # 104 px at the reveal)
        if "banner" in question.hide:
            view.banner.hold_room(True)
        elif "output" in question.hide:
            view.banner.hold_room(True, errors_only=True)
        if "picture" in question.hide:  # and the controls that tell what torch did
            for hint in view.answer_hints():
                self._covers.append(Cover(hint, "?", "?", name="lecture_hint_cover"))

    def _uncover(self, revealing: bool = False) -> None:
        """Take the covers away: at the reveal (``revealing``) the banner keeps its room and
        says what torch did, raise or not, until the step is left."""
        for cover in self._covers:
            cover.remove()
        self._covers = []
        if self._code_link is not None:
            pane, show = self._code_link
            self._code_link = None
            with contextlib.suppress(RuntimeError):  # the lesson already gone
                pane.snippet_shown.disconnect(show)
        if self._concealed is not None:
            self._concealed.view.code_pane.set_copyable(True)
            banner = self._concealed.view.banner
            banner.set_concealed(False)
            if not revealing:
                banner.hold_room(False)
                self._concealed = None

    def _follow_code(self, covers: list[Cover], pane: CodePane, about: tuple[str, ...]) -> None:
        """``covers`` show the essentials of the code ``pane`` shows, now and as it changes
        (a lesson that computes on its worker writes its code when the result comes): the
        statements that name a word of ``about`` where the question names some (all of them
        where none does: code typed since)."""

        def show() -> None:
            code = pane.code_text()
            # what is longer (a pasted literal) is not shown: not read either (20 ms a 20,000)
            code = code if len(code) <= 10 * CODE_MAX_CHARS else ""
            code = (essentials(code, about) if about else "") or essentials(code)
            for cover in covers:
                cover.set_code(code, texts.reveal_hint())

        show()
        pane.snippet_shown.connect(show)
        self._code_link = (pane, show)

    def _note_outcome(self, value: object) -> None:
        """The banner's held room says what torch did where the lesson shows no error there:
        it raised none, or raised one the lesson shows elsewhere (``.cuda()`` in the device
        panel), from the question's own answer ``value``."""
        lesson = self._concealed
        if lesson is None:
            return
        banner = lesson.view.banner
        if banner.holds_room() and not banner.has_error():
            banner.set_note(str(value) if isinstance(value, TorchError) else None)

    def answer_value(self) -> object:
        """torch's answer to the current step's question (the lesson computes it now)."""
        step = self.step()
        if step.question is None:
            return None
        lesson = self._window.lesson(step.lesson)
        lesson.settle()
        return lesson.facts().get(step.question.fact, NO_ANSWER)

    def reveal(self) -> None:
        step = self.step()
        if step.question is None or self.revealed:
            return
        self.revealed = True
        value = self.answer_value()
        self._note_outcome(value)
        self._uncover(revealing=True)
        self._show_step_texts()
        self.strip.show_answer(texts.answer(format_fact(step.question.kind, value)))
        self.strip.reveal_button.setEnabled(False)  # nothing more to reveal (as on a return)
        self._follow_answer(self._window.lesson(step.lesson).view.code_pane)

    def _follow_answer(self, pane: CodePane) -> None:
        """The answer in sight follows what the lesson shows: a lecturer who moves a
        control after the reveal sees torch's answer for it (at step 74, lr 0.6 and then
        0.3: the strip kept lr 0.6's 3.37774e-35 under lr 0.3's plots and output). Each new
        result shows a new snippet; the lesson's facts are read then."""
        if self._answer_pane is pane:
            return
        if self._answer_pane is not None:
            with contextlib.suppress(RuntimeError):  # the lesson already gone
                self._answer_pane.snippet_shown.disconnect(self._show_answer_now)
        self._answer_pane = pane
        pane.snippet_shown.connect(self._show_answer_now)

    def _show_answer_now(self) -> None:
        # once the lesson has drawn the whole result: the pane shows the new snippet in the
        # middle of it, before the banner is set ("Does it raise?" said the error just gone)
        QTimer.singleShot(0, self, self._show_answer_drawn)

    def _show_answer_drawn(self) -> None:
        step = self.step()
        if not (self.active and self.revealed and step.question is not None):
            return
        lesson = self._window.lesson(step.lesson)
        if lesson.view.code_pane is not self._answer_pane:
            return  # another lesson's pane, followed from an earlier step
        value = lesson.facts().get(step.question.fact, NO_ANSWER)
        self.strip.show_answer(texts.answer(format_fact(step.question.kind, value)))

    def set_practice(self, on: bool) -> None:
        self.practice = on
        self._show_strip()

    def answer(self, text: str) -> None:
        """A student's answer: checked against torch, then revealed when right."""
        step = self.step()
        question = step.question
        if question is None:
            return
        truth = self.answer_value()
        if truth is NO_ANSWER:
            self.strip.show_verdict(texts.problem("no_answer"), "warn")
            return
        verdict = check(question, truth, text)
        if verdict.correct is None:
            self.strip.show_verdict(texts.problem(verdict.problem), "warn")
            return
        if self.revealed:  # the answer is in sight: checked, but it scores nothing
            self.strip.show_verdict(
                texts.correct() if verdict.correct else texts.wrong_revealed(),
                "good" if verdict.correct else "bad",
            )
            return
        self._tries += 1
        self._record(step, verdict.correct)
        if verdict.correct:
            self.strip.show_verdict(texts.correct(), "good")
            self.reveal()
        else:
            words, told = self._wrong_words(question, truth)
            self.strip.show_verdict(words, "bad")
            if told:
                self.reveal()
        self._show_score(step)

    def _wrong_words(self, question: Question, truth: object) -> tuple[str, bool]:
        """What a wrong answer is told, and whether that tells torch's answer: of two, the
        other one is torch's, and it is revealed ("Try again" offered a second try that
        could not fail, and "does it raise?" is no computation)."""
        if question.kind == "raises":
            return texts.not_raised(bool(truth)), True
        if question.kind == "choice" and len(question.choices) == 2:
            for choice in question.choices:
                if check(question, truth, choice).correct:
                    return texts.other_choice(texts.choice(choice)), True
        return texts.wrong(question.kind, self._tries), False

    # -- scores --------------------------------------------------------------------------------
    def _scores(self) -> dict[str, dict[str, bool]]:
        """chapter -> {step number: answered right}, from the settings (ignored if unreadable)."""
        if self._settings is None:
            return self.__dict__.setdefault("_memory_scores", {})
        raw = self._settings.value("lecture/practice", "{}")
        try:
            data = json.loads(raw if isinstance(raw, str) else "{}")
        except (json.JSONDecodeError, RecursionError):  # "[[[[..." 100,000 deep: unreadable
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(k): {str(n): ok is True for n, ok in v.items()}
            for k, v in data.items()
            if isinstance(v, dict)
        }

    def _record(self, step: Step, correct: bool) -> None:
        scores = self._scores()
        chapter = scores.setdefault(step.chapter, {})
        key = str(step.number)
        chapter[key] = chapter.get(key, False) or correct
        if self._settings is not None:
            self._settings.setValue("lecture/practice", json.dumps(scores))
        else:
            self.__dict__["_memory_scores"] = scores

    def score(self, chapter: str) -> tuple[int, int]:
        """(answered right, asked) in ``chapter``: only its questions count, whatever else the
        settings hold (59 of 2 for entries of steps that ask nothing)."""
        answers = self._scores().get(chapter, {})
        questions = {str(s.number) for s in self.track.steps if s.question and s.chapter == chapter}
        return sum(1 for n in questions if answers.get(n) is True), len(questions)

    def _show_score(self, step: Step) -> None:
        chapter = step.chapter
        solved, asked = self.score(chapter)
        shown = section_text(chapter, self._window.language())
        self.strip.score_label.setText(texts.score(shown, solved, asked))

    # -- the strip -----------------------------------------------------------------------------
    def _show_strip(self) -> None:
        step = self.step()
        self._show_step_texts()
        question = step.question
        self.strip.show_answer(
            texts.answer(format_fact(question.kind, self.answer_value()))
            if question is not None and self.revealed
            else None,
            waiting=question is not None,
            kept=texts.answer("\u00a0"),
        )
        self.strip.reveal_button.setEnabled(question is not None and not self.revealed)
        self.strip.set_practice(self.practice, question is not None)
        if question is not None:
            if question.kind == "raises":
                self.strip.set_choices(texts.raises_choices())
            elif question.kind == "choice":
                self.strip.set_choices([(c, texts.choice(c)) for c in question.choices])
            else:
                self.strip.set_choices([])
            self.strip.answer_edit.clear()
            self.strip.answer_edit.setPlaceholderText(texts.answer_placeholder(question.kind))
            self.strip.show_verdict("", None)
            self._show_score(step)

    def _show_step_texts(self) -> None:
        """The step's section, title, talking point and question; the title and talking
        point wait while the question is asked (they tell the answer)."""
        step = self.step()
        self.strip.show_step(
            step,
            len(self.track),
            self._window.language(),
            texts.notes,
            texts.question,
            asking=not self.revealed,
        )

    def retranslate(self) -> None:
        for name, (text, tip) in texts.buttons().items():
            button = self.strip.findChild(QObject, name)
            button.setText(text)
            button.setToolTip(tip)
        self.strip.check_button.setText(texts.check())
        if self.active:
            self._show_strip()
            if self._covers:
                prompt = self.step().question.prompt(self._window.language())
                for cover in self._covers:  # the controls' covers say "?" in any language
                    if cover.objectName() == "lecture_cover":
                        cover.set_texts(texts.cover(prompt), texts.cover_short())
                if self._code_link is not None:  # its hint, in the new language
                    self._code_link[1]()

    # -- remembering the step --------------------------------------------------------------------
    def _stored_step(self) -> int:
        if self._settings is None:
            return 1
        try:
            return max(1, int(str(self._settings.value("lecture/step", 1))))
        except ValueError:
            return 1

    def _store_step(self) -> None:
        if self._settings is not None:
            self._settings.setValue("lecture/step", self.number)

    # -- keys --------------------------------------------------------------------------------
    def _watch_keys(self) -> None:
        """Watch the keys of the window's native window: every key the window gets passes
        there before it goes to the widget with the focus, and nothing else of the window's
        many widgets' events does. (An application-wide filter had every event of every
        widget call into Python: a zoom during a lecture took 20 ms longer, and while a
        lesson computed each call waited for the GIL.) The native window exists once the
        window is shown; a lecture may start before (``--lecture``)."""
        self._keys = follow_native_window(self._window, self, self._keys)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange):
                self._watch_keys()
            return False
        if not self.active or kind != QEvent.Type.KeyPress or watched is not self._keys:
            return False
        if not isinstance(event, QKeyEvent) or QApplication.activeModalWidget() is not None:
            return False
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        focus = QApplication.focusWidget()
        field = self.strip.answer_edit
        empty = not field.text().strip()  # a space typed out of habit moves over nothing
        if focus is field and empty and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            pass  # nothing to move over in the answer: the clicker's arrows step
        elif _typing(focus) and key in _TEXT_KEYS and mods == Qt.KeyboardModifier.NoModifier:
            return False  # typing: the field keeps its keys
        if self.blank.isVisible():
            self.blank.hide()  # any key brings the picture back
            return True
        if not _typing(focus) and _types_text(event) and field.isVisible():
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # practising: it is the answer's
            return False  # and goes there
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_G:
            self.choose_step()
            return True
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        actions = {
            Qt.Key.Key_Home: lambda: self.go(1),
            Qt.Key.Key_End: lambda: self.go(len(self.track)),
            Qt.Key.Key_R: self.reveal,
            Qt.Key.Key_B: self.blank.cover,
            Qt.Key.Key_Escape: self.leave,
        }
        if key in _NEXT:
            self.next()
        elif key in _PREVIOUS:
            self.previous()
        elif key in actions:
            actions[key]()
        else:
            return False
        return True
