"""Practice mode as a class uses it: what a student types and sees, in English and Chinese."""

from __future__ import annotations

import re

import pytest

from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.track import course

TYPED = ("shape", "stride", "value", "dtype", "device")  # the kinds answered in the field


@pytest.fixture
def window(qtbot):
    win = MainWindow(theme="light", zoom=100, language="en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.lecture.leave()
    win.set_language("en")
    win._remember = False


def practise(window, number: int, lang: str = "en"):
    window.set_language(lang)
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
