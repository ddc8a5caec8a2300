"""Lecture mode as a lecturer drives it: clicker keys, covers, reveal, practice."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture import mode
from tensorviz.ui.lecture.mode import format_fact
from tensorviz.ui.lecture.track import Track, course
from tensorviz.ui.lessons.ops import state as ops
from tensorviz.ui.widgets.cover import Cover
from tests.ui.lecture.keys import KeysSeen
from tests.ui.test_projector_sizes import open_projector_window


@pytest.fixture
def window(open_lecture_window):
    return open_lecture_window()


def covers(window) -> list[Cover]:
    return [c for c in window.findChildren(Cover) if c.isVisible()]


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the keyboard sends it: to the window, which hands it to the focus widget."""
    qtbot.keyClick(window.windowHandle(), k, modifier)


def test_entering_shows_the_step_and_hides_the_answer(window, qtbot):
    window.lecture.enter(1)
    step = window.lecture.step()
    lesson = window.current_lesson()
    assert lesson.key == step.lesson
    assert lesson.state == step.state
    assert not window._list.isVisible()
    strip = window.lecture.strip
    # the title and talking point tell what torch does: they wait for the reveal
    assert strip.title_label.text() == f"Question: {step.question.prompt('en')}"
    assert not strip.talk_label.isVisible() and not strip.question_label.isVisible()
    assert strip.counter_label.text() == f"1 / {len(window.lecture.track)}"
    hidden = {c.parentWidget() for c in covers(window)}
    assert lesson.view.code_pane.output_view() in hidden
    assert lesson.view.picture_area() in hidden
    assert not strip.answer_label.isVisible()


def test_reveal_shows_torchs_answer(window, qtbot):
    window.lecture.enter(1)
    key(qtbot, window, Qt.Key.Key_R)
    assert not covers(window)
    strip, step = window.lecture.strip, window.lecture.step()
    assert strip.title_label.text() == step.title("en")
    assert strip.talk_label.isVisible() and strip.talk_label.text() == step.talk("en")
    assert strip.question_label.isVisible()
    truth = window.current_lesson().facts()[window.lecture.step().question.fact]
    assert window.lecture.strip.answer_label.full_text().endswith(format_fact("value", truth))
    assert not strip.reveal_button.isEnabled()  # it stood enabled, and did nothing


def test_the_answer_in_sight_follows_the_lecturers_changes(window, qtbot):
    """Step 74 asks for x after 50 epochs at lr 0.1; after the reveal the lecturer tries
    lr 0.6, then 0.3: the strip kept the first answer under the new plots and output."""
    window.lecture.enter(74)
    lesson = window.current_lesson()
    assert window.lecture.step().question.fact == "x_final"
    key(qtbot, window, Qt.Key.Key_R)
    answer = window.lecture.strip.answer_label
    first = answer.full_text()
    for lr in (0.6, 0.3):
        square = dataclasses.replace(lesson.state.square, lr=lr)  # as the lr field does
        lesson.set_state(lesson.state.replace(square=square))
        lesson.settle()
        qtbot.waitUntil(lambda lr=lr: f"lr = {lr}" in lesson.code_pane.code_text())
        truth = lesson.facts()["x_final"]
        assert answer.full_text().endswith(format_fact("value", truth))
    assert answer.full_text() != first
    window.lecture.next()  # step 75 asks a question of its own: its answer waits
    assert window.lecture.step().question is not None
    assert not answer.isVisible()


@pytest.mark.parametrize("number", [74, 79, 80])
def test_a_question_about_the_last_epoch_shows_it_once_revealed(window, number):
    """Step 74 asks for x after 50 epochs; revealed, its picture stood at epoch 1 of 50 (the
    cursor's default), its plots marked the start and its readout told epoch 1's loss."""
    window.lecture.enter(number)
    lesson = window.current_lesson()
    lesson.settle()
    window.lecture.reveal()
    state = lesson.state
    assert state.cursor == state.epochs > 1
    bar = lesson.view.playback
    assert (bar.position(), bar.maximum()) == (state.epochs, state.epochs)
    assert f"{state.epochs} / {state.epochs}" in bar.position_label.text()
    # and what the last epoch printed (x, or a and b, after it) in the output's view: it
    # stood at the first epochs, 40 wheel clicks above
    output = lesson.code_pane.output_view()
    last = output.document().lastBlock()
    lesson.settle()
    QApplication.processEvents()
    assert output.verticalScrollBar().value() == output.verticalScrollBar().maximum()
    assert last.text() == lesson.snippet().output.rstrip("\n").splitlines()[-1]
    seen = output.blockBoundingGeometry(last).translated(output.contentOffset())
    assert seen.top() >= 0 and seen.bottom() <= output.viewport().height() + 1


def test_a_raises_answer_follows_the_input_that_raises_or_not(window, qtbot):
    """Step 35: "Does item() on torch.tensor([1, 2]) raise?". The lesson sets its banner
    after the new code is shown: the answer followed one change behind ("no error" under
    torch's error, and the error once it was gone)."""
    window.lecture.enter(35)
    lesson = window.current_lesson()
    key(qtbot, window, Qt.Key.Key_R)
    answer = window.lecture.strip.answer_label
    assert "RuntimeError" in answer.full_text()
    edit = lesson.findChild(QLineEdit, "item_edit")
    for text, raises in (("[5]", False), ("[1, 2, 3]", True)):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        lesson.settle()
        qtbot.waitUntil(lambda r=raises: ("RuntimeError" in answer.full_text()) == r)
        assert answer.full_text().endswith(format_fact("raises", lesson.facts()["raises"])), text
    # a question the lesson has no answer to now: a dash, and a check says so
    window.lecture.enter(74)
    key(qtbot, window, Qt.Key.Key_R)
    descent_lesson = window.current_lesson()
    descent_lesson.set_state(descent_lesson.state.replace(pitfall="rebind"))
    descent_lesson.settle()
    qtbot.waitUntil(lambda: answer.full_text().endswith("—"))
    window.lecture.answer("4.28e-05")
    assert window.lecture.strip.verdict_label.text().startswith("torch gives no answer")


def test_a_click_on_the_strip_gives_the_keys_back_to_the_lecture(window, qtbot):
    """After typing in a lesson's field, a click on the strip and R revealed nothing: the
    field kept the focus and R was typed into it ("0.6r")."""
    window.lecture.enter(74)
    edit = window.current_lesson().findChild(QLineEdit, "lr_edit")
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "0.6")
    assert QApplication.focusWidget() is edit
    qtbot.mouseClick(window.lecture.strip.title_label, Qt.MouseButton.LeftButton)
    key(qtbot, window, Qt.Key.Key_R)
    assert window.lecture.revealed
    assert edit.text() == "0.6"


def test_clicker_keys_walk_the_track_and_back(window, qtbot):
    window.lecture.enter(1)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.lecture.number == 2
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert window.lecture.number == 1
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.lecture.number == 2
    key(qtbot, window, Qt.Key.Key_Home)
    assert window.lecture.number == 1
    key(qtbot, window, Qt.Key.Key_End)
    assert window.lecture.number == len(window.lecture.track)
    key(qtbot, window, Qt.Key.Key_B)
    assert window.lecture.blank.isVisible()
    key(qtbot, window, Qt.Key.Key_Right)  # any key brings the picture back, and only that
    assert not window.lecture.blank.isVisible()
    assert window.lecture.number == len(window.lecture.track)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.lecture.active
    assert window._list.isVisible()


def test_a_field_being_typed_in_keeps_its_keys(window, qtbot):
    """R, B, Space and the arrows are text in a field: the field gets them, the lecture takes
    none; PageDown still steps on."""
    window.lecture.enter(1)
    field = next(f for f in window.current_lesson().findChildren(QLineEdit) if f.isVisible())
    field.setFocus()
    seen = KeysSeen(field)
    sent = [Qt.Key.Key_R, Qt.Key.Key_B, Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right]
    for k in sent:
        key(qtbot, window, k)
    assert seen.keys == sent
    assert window.lecture.number == 1 and not window.lecture.revealed
    assert not window.lecture.blank.isVisible()
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.lecture.number == 2


def test_a_code_view_or_a_fixed_list_with_the_focus_leaves_the_clicker_its_keys(window, qtbot):
    """A click into the code (to select a line) or a choice in a lesson's list left them the
    focus, and they took the clicker's keys: Right moved no step, Home chose another example
    (step 57), Space opened the list."""
    from PySide6.QtWidgets import QComboBox

    window.lecture.enter(57)
    lesson = window.current_lesson()
    state = lesson.state
    lesson.view.code_pane.code_view().setFocus()
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.lecture.number == 58
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.lecture.number == 57
    combo = next(c for c in lesson.findChildren(QComboBox) if c.isVisible() and not c.isEditable())
    combo.setFocus()
    assert QApplication.focusWidget() is combo
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.lecture.number == 58 and not combo.view().isVisible()
    key(qtbot, window, Qt.Key.Key_Home)
    assert window.lecture.number == 1
    window.lecture.go(57)
    assert lesson.state == state  # the example the step chose, not another


def test_a_step_stops_the_run_playing_before_it(window, qtbot):
    """Play started at one step of descent kept running at the next: its epoch moved away
    from the step's own, and the button said Pause."""
    window.lecture.enter(76)
    bar = window.current_lesson().view.playback
    bar.play()
    assert bar.is_playing()
    key(qtbot, window, Qt.Key.Key_Left)
    assert window.current_lesson().key == "descent" and not bar.is_playing()
    assert window.current_lesson().state == window.lecture.step().state
    qtbot.wait(300)  # and no tick moves it after
    assert window.current_lesson().state == window.lecture.step().state


def test_the_step_list_asks_a_question_rather_than_say_its_answer(window, qtbot, monkeypatch):
    """A question step's title is its answer ("view fails after a transpose"): the list of
    steps (Ctrl+G), on the class's screen, showed it before the reveal."""
    from tensorviz.ui.lecture import strip as strip_module

    window.lecture.enter(45)
    shown = {}

    def exec_(dialog):
        shown.update(
            {
                int(dialog.list.item(r).data(Qt.ItemDataRole.UserRole)): dialog.list.item(r).text()
                for r in range(dialog.list.count())
            }
        )
        return 0

    monkeypatch.setattr(strip_module.StepList, "exec", exec_)
    key(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    track = window.lecture.track
    assert len(shown) == len(track)
    for step in track.steps:
        if step.question is not None:
            assert step.title("en") not in shown[step.number]
            assert step.question.prompt("en") in shown[step.number]
        else:
            assert step.title("en") in shown[step.number]
    assert window.lecture.number == 45


def test_the_step_list_shows_whole_questions_on_a_projector(qtbot, monkeypatch):
    """At half of a 1024 px window at zoom 150, the list cut the questions mid-code."""
    from tensorviz.ui.lecture import strip as strip_module

    with open_projector_window("zh_CN") as window:
        qtbot.waitExposed(window)
        window.lecture.enter(1)
        seen = {}

        def exec_(dialog):
            dialog.show()
            qtbot.waitExposed(dialog)
            seen["room"] = dialog.list.viewport().width()
            seen["widest"] = dialog.list.sizeHintForColumn(0)
            seen["width"] = dialog.width()
            dialog.close()
            return 0

        monkeypatch.setattr(strip_module.StepList, "exec", exec_)
        window.lecture.choose_step()
        assert seen["width"] <= window.width()
        assert seen["room"] >= seen["widest"], seen


def test_the_blank_screen_follows_the_window(window, qtbot):
    window.lecture.enter(1)
    key(qtbot, window, Qt.Key.Key_B)
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.lecture.blank.size() == window.size())


def test_a_lecture_begun_before_the_window_shows_takes_its_keys(qtbot):
    """``tensorviz --lecture N`` enters the lecture before the window is shown."""
    win = MainWindow(theme="light", zoom=100, language="en", remember=False)
    qtbot.addWidget(win)
    win.lecture.enter(3)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    key(qtbot, win, Qt.Key.Key_PageDown)
    assert win.lecture.number == 4
    win.lecture.leave()
    key(qtbot, win, Qt.Key.Key_PageDown)  # no lecture: the key is the lesson's again
    assert win.lecture.number == 4


def test_the_lecture_sees_the_windows_keys_not_every_widgets_events(window, qtbot):
    """Only key presses pass through the lecture's Python filter, not the paints and layouts
    of the lesson's widgets (each such call waits for the GIL while a lesson computes)."""
    window.lecture.enter(1)
    qtbot.wait(50)
    import sys

    calls = []
    code = type(window.lecture).eventFilter.__code__

    def profile(frame, event, _arg) -> None:
        if event == "call" and frame.f_code is code:
            calls.append(frame.f_locals["event"].type())

    sys.setprofile(profile)
    try:
        window.set_zoom(120)  # every widget of the lesson restyled, laid out and painted
        qtbot.wait(100)
    finally:
        sys.setprofile(None)
        window.set_zoom(100)
    assert window.current_lesson().view.isVisible()
    assert 0 < len(calls) < 20, calls


def banner_cover(window) -> Cover | None:
    found = [c for c in covers(window) if c.objectName() == "lecture_banner_cover"]
    return found[0] if found else None


def test_a_raises_question_covers_the_banner_until_revealed(window, qtbot):
    """Until the reveal a cover stands where the banner goes; at the reveal torch's error
    is there and nothing has moved (the banner came at the reveal and pushed the lesson
    down 100-140 px)."""
    number = next(
        s.number
        for s in window.lecture.track.steps
        if s.question and s.question.kind == "raises" and s.question.fact == "raises"
    )
    window.lecture.enter(number)
    lesson = window.current_lesson()
    banner = lesson.banner
    cover = banner_cover(window)
    assert banner.has_error() and banner.isVisible()  # its room, covered
    assert cover is not None and cover.parentWidget() is banner
    assert cover.geometry() == banner.rect() and cover.text() == "?"
    qtbot.wait(50)
    picture = lesson.view.picture_area()
    where = (picture.mapTo(window, picture.rect().topLeft()), picture.size())
    window.lecture.reveal()
    assert banner_cover(window) is None and banner.isVisible()
    assert banner.message() in window.lecture.strip.answer_label.full_text()
    qtbot.wait(50)
    assert (picture.mapTo(window, picture.rect().topLeft()), picture.size()) == where


def test_every_raises_question_answers_in_the_banners_room(window, qtbot):
    """At the reveal the covered room says what torch did: its error, or that it raised none
    ('Does x.t().view(2, 2, 3) raise?' No), or the error the lesson shows elsewhere
    (.cuda() in the dtype lesson's device panel), from torch's answer to the question. The
    room is as tall whatever the answer (the cover's size told it); the next step keeps no
    note."""
    from tensorviz.core.errors import TorchError

    steps = [s for s in window.lecture.track.steps if s.question and s.question.kind == "raises"]
    heights, answers = set(), set()
    for step in steps:
        window.lecture.go(step.number)
        banner = window.current_lesson().banner
        assert banner.isVisible() and banner_cover(window).geometry() == banner.rect()
        heights.add(banner.height())
        window.lecture.reveal()
        value = window.lecture.answer_value()
        answers.add(isinstance(value, TorchError))
        assert banner.isVisible() and banner_cover(window) is None
        title = banner.findChild(QLabel, "error_title").text()
        message = banner.findChild(QLabel, "error_message")
        if value is None:
            assert title == "torch raised no error" and banner.property("tone") == "good"
        else:
            assert title == "torch raised an error" and banner.property("tone") is None
            assert message.isVisible() and message.text() == str(value)
        assert banner.height() in heights
        plain = next(
            s for s in window.lecture.track.steps if s.lesson == step.lesson and s.question is None
        )
        window.lecture.go(plain.number)  # no question: no room held, no note
        assert not banner.holds_room()
        assert banner.isVisible() == banner.has_error()
        assert banner.findChild(QLabel, "error_title").text() == "torch raised an error"
    assert answers == {True, False}  # the course asks both kinds
    assert len(heights) == 1, heights


def test_nothing_moves_at_any_reveal(qtbot):
    """Every question of the course, in Chinese on a projector (1024x768, zoom 150): the
    strip's height and the lesson's picture stay where they were at the reveal. The answer
    line kept in Chinese was shorter than the answer (the strip grew 5 px at nearly every
    reveal); a question in the title's place wrapped to two lines over a one-line title."""
    window = MainWindow(theme="light", zoom=150, language="zh_CN", remember=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    moved = []
    for step in window.lecture.track.steps:
        if step.question is None:
            continue
        if window.lecture.active:
            window.lecture.go(step.number)
        else:
            window.lecture.enter(step.number)
        lesson = window.current_lesson()
        lesson.settle()
        QApplication.processEvents()
        picture = lesson.view.picture_area()

        def where(picture=picture):
            top = picture.mapTo(window, picture.rect().topLeft())
            return top.y(), picture.height(), window.lecture.strip.height()

        before = where()
        window.lecture.reveal()
        lesson.settle()
        QApplication.processEvents()
        if where() != before:
            moved.append((step.number, before, where()))
    window.lecture.leave()
    assert not moved


def test_practice_checks_answers_against_torch(window, qtbot):
    window.lecture.enter(1)
    window.lecture.set_practice(True)
    strip = window.lecture.strip
    assert strip.answer_edit.isVisible()
    for bad in ("", "abc", "1" * 300):
        window.lecture.answer(bad)
        assert strip.verdict_label.text()
        assert covers(window)  # not revealed by a bad answer
    window.lecture.answer("7")
    assert "Try again" in strip.verdict_label.text()
    truth = window.current_lesson().facts()[window.lecture.step().question.fact]
    strip.answer_edit.setFocus()  # as a student typing
    assert QApplication.focusWidget() is strip.answer_edit
    window.lecture.answer(str(truth))
    assert "Right" in strip.verdict_label.text()
    assert not covers(window)
    solved, asked = window.lecture.score(window.lecture.step().section.split(".")[0])
    assert solved == 1 and asked >= 1
    # the field keeps the keys (what is typed next runs no lecture key); the clicker's
    # PageDown steps on
    assert QApplication.focusWidget() is strip.answer_edit
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.lecture.number == 2


def test_an_answer_after_the_reveal_scores_nothing(window, qtbot):
    window.lecture.enter(1)
    window.lecture.set_practice(True)
    chapter = window.lecture.step().section.split(".")[0]
    before = window.lecture.score(chapter)
    window.lecture.reveal()
    truth = window.current_lesson().facts()[window.lecture.step().question.fact]
    window.lecture.answer(str(truth))
    assert "Right" in window.lecture.strip.verdict_label.text()
    window.lecture.answer("7")
    assert "shown above" in window.lecture.strip.verdict_label.text()
    assert window.lecture.score(chapter) == before


def test_leaving_and_coming_back_returns_to_the_step(window, qtbot):
    window.lecture.enter(2)
    window.lecture.leave()
    window.select_lesson("numpy")
    window._actions["lecture"].trigger()
    assert window.lecture.active and window.lecture.number == 2


def test_the_next_step_is_painted_once_laid_out(window, qtbot):
    """A step's new picture is laid out to the end before it is painted: layouts that settle
    in several passes (a wrapped text refitting to its width, a scroll area to its content)
    each came after a repaint and asked for another, so the class watched a step arrive in
    up to seven frames (descent's "Why x = x - lr * x.grad fails": four or five). Now one
    frame, and one more where torch's answer comes from the lesson's worker after the step
    is shown."""
    from PySide6.QtCore import QEvent

    from tensorviz.ui.lecture.track import course
    from tests.ui.events import EventCount

    title = "Why x = x - lr * x.grad fails"
    number = next(s.number for s in course().steps if s.title("en") == title)
    window.lecture.enter(number - 1)
    window.current_lesson().settle()
    qtbot.wait(300)

    paints = EventCount(window, QEvent.Type.Paint)
    window.lecture.next()
    window.current_lesson().settle()
    qtbot.wait(400)
    assert window.lecture.number == number
    assert 1 <= paints.seen <= 2, f"step {number} arrived in {paints.seen} frames"


def test_a_question_hides_the_title_and_notes_that_answer_it_until_revealed(window, qtbot):
    """'view can work without contiguity' over 'Does x.t().view(2, 2, 3) raise?', and a
    notes line saying it works: the step's own texts gave the answer away."""
    step = next(
        s
        for s in window.lecture.track.steps
        if s.question is not None and s.notes_differ is not None
    )
    window.lecture.enter(step.number)
    strip = window.lecture.strip
    assert step.title("en") not in strip.title_label.text()
    assert step.question.prompt("en") in strip.title_label.text()
    assert not strip.notes_label.isVisible() and not strip.talk_label.isVisible()
    plain = next(s for s in window.lecture.track.steps if s.question is None)
    window.lecture.go(plain.number)  # a step without a question shows its texts at once
    assert strip.title_label.text() == plain.title("en") and strip.talk_label.isVisible()
    window.lecture.go(step.number)
    qtbot.wait(50)
    height, picture = strip.height(), window.current_lesson().view.picture_area().geometry()
    window.lecture.reveal()
    assert strip.title_label.text() == step.title("en")
    assert strip.notes_label.isVisible() and strip.talk_label.isVisible()
    qtbot.wait(50)  # the texts waited in their room: nothing moves at the reveal
    assert strip.height() == height
    assert window.current_lesson().view.picture_area().geometry() == picture


def test_controls_that_tell_the_outcome_are_covered_until_revealed(window, qtbot):
    """'[1, 2] (two elements: error)' in item()'s example list, a ✗ beside the step that
    raised in the shape lesson's steps: covered with the picture until the reveal."""
    by_prompt = {s.question.prompt("en"): s for s in window.lecture.track.steps if s.question}
    for prompt, hint_name in (
        ("Does item() on torch.tensor([1, 2]) raise?", "item_preset_combo"),
        ("Does view(2, -1) of the transposed tensor raise?", "steps_list"),
        ("What is the shape of torch.tensor(5)?", "examples_box"),  # "0-D scalar" pressed
    ):
        window.lecture.go(by_prompt[prompt].number)
        view = window.current_lesson().view
        hints = [h for h in view.answer_hints() if h.isVisible()]
        assert hint_name in [h.objectName() for h in hints]
        for hint in hints:
            cover = [c for c in covers(window) if c.parentWidget() is hint]
            assert cover and cover[0].geometry() == hint.rect()
        window.lecture.reveal()
        assert not any(c.parentWidget() in hints for c in covers(window))


def test_an_error_torch_raised_waits_with_the_output(window, qtbot, monkeypatch):
    """'What dtype does div(3) of an int64 tensor give?' over the page of x.div(3), which
    runs x.div_(3) too: its error ('result type Float can't be cast...') stood above the
    covered picture. (The course's step asks it of the notes' out-of-place calls now, whose
    page raises nothing: the step here is it over the page of one call.)"""
    (step,) = [
        s for s in course().steps if s.question and s.question.fact == "dtype" and s.lesson == "ops"
    ]
    one_call = ops.State(topic="elementwise").with_preset("elementwise", "int_div")
    steps = list(course().steps)
    steps[step.number - 1] = dataclasses.replace(step, state=one_call)
    monkeypatch.setattr(mode, "course", lambda: Track(tuple(steps)))
    assert "banner" not in step.question.hide
    window.lecture.enter(step.number)
    lesson = window.current_lesson()
    assert lesson.banner.has_error()
    assert banner_cover(window) is not None  # its room waits, covered
    window.lecture.reveal()
    assert lesson.banner.isVisible() and banner_cover(window) is None


def test_a_language_switched_during_the_question_moves_nothing_at_the_reveal(window, qtbot):
    """The held room is fitted to the new language's lines (a line with Chinese in it is
    taller), so that the reveal in Chinese still moves nothing."""
    window.lecture.enter(48)  # 'Does x.t().view(2, 2, 3) raise?' No
    try:
        window.set_language("zh_CN")
        lesson = window.current_lesson()
        lesson.settle()
        qtbot.wait(50)
        picture = lesson.view.picture_area()
        where = (picture.mapTo(window, picture.rect().topLeft()), picture.size())
        window.lecture.reveal()
        qtbot.wait(50)
        assert lesson.banner.findChild(QLabel, "error_title").text() == "torch 没有报错"
        assert (picture.mapTo(window, picture.rect().topLeft()), picture.size()) == where
    finally:
        window.set_language("en")


def test_the_score_counts_the_chapters_questions_only(window, qtbot):
    """Entries kept for steps that ask nothing (an older track, a hand-edited file) made
    'Chapter 三: 59 of 2 questions answered right'; 100,000 nested brackets raised."""
    import json

    lecture = window.lecture
    assert lecture._settings is not None
    three = {str(n): True for n in range(1, 60)}
    lecture._settings.setValue("lecture/practice", json.dumps({"三": three}))
    asked = [s for s in lecture.track.steps if s.question and s.section.startswith("三")]
    assert lecture.score("三") == (len(asked), len(asked))
    lecture._settings.setValue("lecture/practice", json.dumps({"三": {"1": "yes", "4": 1}}))
    assert lecture.score("三")[0] == 0  # only true is right
    lecture._settings.setValue("lecture/practice", "[" * 100_000)
    window.lecture.enter(1)
    window.lecture.set_practice(True)
    assert lecture.score("三") == (0, len(asked))
