"""A question's answer is not given away before it is asked: step 38 asks whether div_(3.0)
on an int64 tensor raises, and step 36 had shown torch's refusal in its banner and said
"the in-place div_(3) beside it is refused", and step 37 "div_ produces fractions an
integer tensor cannot hold". The class first meets that refusal at step 38's reveal."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.track import LANGS, course

#: torch's words for an in-place result its tensor's dtype cannot hold
REFUSAL = "can't be cast to the desired output type"
#: what saying that a call fails sounds like, per language
REFUSED_WORDS = {
    "en": ("refuse", "raise", "error", "cannot", "can't", "fail"),
    "zh_CN": ("拒绝", "报错", "错误", "不能", "装不下", "失败"),
}
SENTENCE_ENDS = {"en": r"(?<=[.!?;])\s+", "zh_CN": r"(?<=[。！？；])"}

(ASKED,) = [
    s
    for s in course().steps
    if s.question is not None and s.question.kind == "raises" and "div_(" in s.question.prompt("en")
]
BEFORE = [s for s in course().steps if s.number < ASKED.number]


@pytest.fixture(scope="module")
def shown(qapp):
    """Each step up to the question, as the lecture shows it: banner, code output, facts."""
    window = MainWindow(theme="light", zoom=100, language="en", remember=False)
    window.resize(1600, 1000)
    window.show()
    window.lecture.enter(1)
    seen = {}
    for step in (*BEFORE, ASKED):
        window.lecture.go(step.number)
        lesson = window.current_lesson()
        lesson.settle()
        QApplication.processEvents()
        raised = lesson.facts().get("raises")
        seen[step.number] = (
            lesson.banner.message(),
            lesson.snippet().output,
            "" if raised is None else raised.message,
        )
    window.lecture.leave()
    window.close()
    return seen


def test_the_refusal_is_first_shown_at_the_reveal_of_its_question(shown):
    banner, output, raised = shown[ASKED.number]  # the code prints it too
    assert REFUSAL in raised and REFUSAL in banner and REFUSAL in output  # at the reveal
    early = {n: seen for n, seen in shown.items() if n < ASKED.number and REFUSAL in "".join(seen)}
    assert not early, f"shown before step {ASKED.number}: {early}"


def _texts(step, lang: str) -> list[str]:
    texts = [step.title(lang), step.talk(lang)]
    if step.notes_differ is not None:
        texts.append(step.notes_differ(lang))
    if step.question is not None:
        texts.append(step.question.prompt(lang))
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_no_step_before_the_question_says_that_div_in_place_fails(lang):
    said = [
        (step.number, sentence)
        for step in BEFORE
        for text in _texts(step, lang)
        for sentence in re.split(SENTENCE_ENDS[lang], text)
        if "div_" in sentence and any(w in sentence.lower() for w in REFUSED_WORDS[lang])
    ]
    assert not said, said
