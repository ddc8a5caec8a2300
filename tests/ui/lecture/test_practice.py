"""Practice mode as a class uses it: what a student types and sees, in English and Chinese."""

from __future__ import annotations

import pytest

from tensorviz.ui.app import MainWindow


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
