"""Practice mode as a class uses it: what a student types and sees, in English and Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tensorviz.ui.lecture.track import course
from tests.ui.lecture.keys import KeysSeen

TYPED = ("shape", "stride", "value", "dtype", "device")  # the kinds answered in the field


@pytest.fixture
def window(open_lecture_window):
    return open_lecture_window()


def practise(window, number: int, lang: str = "en"):
    window.set_language(lang)
    QApplication.processEvents()  # the language's change, posted: it clears the field
    window.lecture.enter(number)
    window.lecture.set_practice(True)
    return window.lecture.strip


def verdict(window, answer: str) -> str:
    window.lecture.answer(answer)
    return window.lecture.strip.verdict_label.text()


@pytest.mark.parametrize(
    "lang, fraction, right",
    [("en", "torch prints decimals", "Right"), ("zh_CN", "torch 打印的是小数", "正确")],
)
def test_a_value_is_right_to_the_digits_typed(window, lang, fraction, right):
    """Step 67 (x.grad[0], printed 0.6667) said "Not what torch computes" to 0.67, and "The
    answer is a number" to 2/3, as if it were none."""
    practise(window, 67, lang)
    assert verdict(window, "2/3").startswith(fraction)
    assert not window.lecture.revealed
    assert verdict(window, "0.67").startswith(right)
    assert window.lecture.revealed


@pytest.mark.parametrize(
    "lang, dtype, device", [("en", "dtype", "device"), ("zh_CN", "dtype", "设备")]
)
def test_a_fields_hint_says_what_form_to_type_and_no_answer(window, lang, dtype, device):
    """Step 8's field said "a shape, e.g. 2, 3" over its answer (2, 3); "a word, e.g.
    float32" stood over steps 10 and 36, whose answer is float32, and over step 23, which
    asks for a device."""
    typed = [s for s in course().steps if s.question and s.question.kind in TYPED]
    strip = practise(window, typed[0].number, lang)
    for step in typed:
        window.lecture.go(step.number)
        hint = strip.answer_edit.placeholderText()
        assert strip.answer_edit.isVisible() and hint, step.number
        assert not re.search(r"[0-9]|float|int|bool|cpu|cuda", hint), (step.number, hint)
        if step.question.kind == "device":
            assert device in hint and "dtype" not in hint, hint
        if step.question.kind == "dtype":
            assert dtype in hint, hint
    assert {s.question.kind for s in typed} == set(TYPED)


WORDS = {
    "en": {
        "raises": "Not what torch does: it raises an error, shown above.",
        "no_error": "Not what torch does: it raises no error here.",
        "other": "Not what torch does: the answer is True.",
        "three": "Not what torch does. Try again (attempt 1).",
        "not_a_device": "Not a device: the question asks which device holds the tensor",
        "device": "The tensor is not on that device. Try again (attempt 1).",
        "right": "Right: torch agrees.",
    },
    "zh_CN": {
        "raises": "torch 不是这样：它会报错，见上方。",
        "no_error": "torch 不是这样：这里它不会报错。",
        "other": "torch 不是这样：答案是 True。",
        "three": "torch 不是这样，再试一次（第 1 次）。",
        "not_a_device": "这不是设备：问题问的是张量在哪个设备上",
        "device": "张量不在这个设备上，再试一次（第 1 次）。",
        "right": "正确",
    },
}


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_wrong_answer_of_two_says_torchs_and_shows_it(window, lang):
    """A wrong click on "Does it raise?" said "与 torch 的计算结果不同，再试一次（第 1 次）":
    with two answers the second try could not fail, and whether torch raises is no
    computation. The other answer is torch's: the verdict says so and it is revealed."""
    words = WORDS[lang]
    strip = practise(window, 35, lang)  # item() on torch.tensor([1, 2]) raises
    assert verdict(window, "no") == words["raises"]
    assert window.lecture.revealed and "RuntimeError" in strip.answer_label.full_text()
    window.lecture.go(48)  # x.t().view(2, 2, 3) raises nothing
    assert verdict(window, "yes") == words["no_error"]
    assert window.lecture.revealed
    window.lecture.go(13)  # torch.Tensor(t) shares t's memory: True or False
    assert verdict(window, "False") == words["other"]
    assert window.lecture.revealed
    chapter = window.lecture.step().chapter
    assert window.lecture.score(chapter)[0] == 0  # wrong, and not right on a second try
    assert verdict(window, "True").startswith(words["right"])
    assert window.lecture.score(chapter)[0] == 0
    for number in (35, 48, 13):
        window.lecture.go(number)
        assert "计算结果" not in verdict(window, "yes" if number != 13 else "False")
    window.lecture.go(78)  # three answers: another try can still be right
    assert verdict(window, "converges") == words["three"]
    assert not window.lecture.revealed


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_dtype_answered_to_the_device_question_is_told_what_is_asked(window, lang):
    """Step 23 asks which device holds a tensor: "float32" got "Not what torch computes.
    Try again", counted as a try."""
    words = WORDS[lang]
    practise(window, 23, lang)
    assert verdict(window, "float32").startswith(words["not_a_device"])
    assert verdict(window, "cuda") == words["device"]  # a device: a try, the first
    assert verdict(window, "cpu").startswith(words["right"])


def press(qtbot, window, *keys) -> None:
    """Keys as the keyboard sends them: to the window, which hands them to the focus."""
    for k in keys:
        qtbot.keyClick(window.windowHandle(), k)


def test_what_is_typed_while_practising_never_runs_the_lecture(window, qtbot):
    """After a right answer the field gave up the keys, and what was typed next ran the
    lecture: "torch.Size([2, 2, 3])" on step 4 went to step 6 (a space, a step), "b"
    blanked the projector. Typed text is the answer's wherever the focus is; PageDown
    (and an arrow where the field is empty) still steps on."""
    lecture = window.lecture
    strip = practise(window, 4)
    field = strip.answer_edit
    strip.setFocus()  # a click on the strip: the focus in no field
    press(qtbot, window, *"torch.Size([2, 2, 3])")
    assert (lecture.number, lecture.revealed, field.text()) == (4, False, "torch.Size([2, 2, 3])")
    assert QApplication.focusWidget() is field
    qtbot.mouseClick(strip.check_button, Qt.MouseButton.LeftButton)
    assert strip.verdict_label.text().startswith("Right") and lecture.revealed
    press(qtbot, window, *" rb ")  # typed on after the right answer
    assert (lecture.number, field.text()) == (4, "torch.Size([2, 2, 3]) rb ")
    assert not lecture.blank.isVisible() and QApplication.focusWidget() is field
    press(qtbot, window, Qt.Key.Key_Left, Qt.Key.Key_Right)  # in the text
    assert lecture.number == 4
    press(qtbot, window, Qt.Key.Key_PageDown)  # the clicker's key
    assert lecture.number == 5 and not strip.practice_box.isVisible()
    # no question here: the keys are the lecture's again, not a lesson field's
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    press(qtbot, window, Qt.Key.Key_Space)
    assert lecture.number == 6 and field.isVisible()  # a question asked in the field again
    press(qtbot, window, Qt.Key.Key_Space)
    assert lecture.number == 6 and field.text() == " "
    press(qtbot, window, Qt.Key.Key_Right)  # a space typed out of habit: the arrow still steps
    assert lecture.number == 7
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert lecture.number == 8 and field.text() == ""
    press(qtbot, window, Qt.Key.Key_Right, Qt.Key.Key_Left)  # nothing typed yet: they step
    assert lecture.number == 8
    press(qtbot, window, *"2, 3", Qt.Key.Key_Return)
    assert strip.verdict_label.text().startswith("Right") and lecture.number == 8
    # a lesson's field being typed in keeps what is typed there
    lesson_field = next(f for f in window.current_lesson().findChildren(QLineEdit) if f.isVisible())
    lesson_field.setFocus()
    seen = KeysSeen(lesson_field)
    press(qtbot, window, *"9 b")
    assert seen.texts == list("9 b") and QApplication.focusWidget() is lesson_field
    assert field.text() == "2, 3" and lecture.number == 8 and not lecture.blank.isVisible()
