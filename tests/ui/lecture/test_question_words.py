"""A question asks about one thing: where the code shown holds tensors of several dtypes, a
dtype question names, in both languages, the tensor whose dtype torch gives as the answer: by
its variable, or by the call the code assigns to it (``torch.tensor(5)``, ``div(3)``). Where it
holds several tensors, a shape question names the one whose shape it asks for, even where they
share a shape (step 4 asked "What is this tensor's shape?" under x and y = torch.Tensor(...))."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from tensorviz.core import descent
from tensorviz.ui import lessons
from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.track import LANGS, course
from tensorviz.ui.theme import make_theme
from tests.snippets import python_runs


def _questions(fact: str) -> list:
    return [s for s in course().steps if s.question is not None and s.question.fact == fact]


DTYPE_QUESTIONS = _questions("dtype")
SHAPE_QUESTIONS = _questions("shape")
#: after the step's own code: each tensor variable it leaves and its dtype or shape
TENSORS_LEFT = """
import json as _json, torch as _torch
print("@@" + _json.dumps({{k: {0} for k, v in list(globals().items())
                          if isinstance(v, _torch.Tensor) and not k.startswith("_")}}))
"""
SAID = {"dtype": ("str(v.dtype)", str), "shape": ("list(v.shape)", list)}


def _named(prompt: str, code: str, names) -> set[str]:
    """The variables ``prompt`` names: as words of code (Chinese around them is no letter),
    or by what the code assigns to them (``x = x.div(3)``: ``x.div(3)`` or ``div(3)``; through
    the call its variable was given: ``x2 = x1.squeeze(-1)`` after ``x1 = x0.squeeze(0)`` is
    also ``squeeze(0).squeeze(-1)``). A name written inside another name's call is part of
    it: "a + b" names ``result = a + b``, not a and b."""
    assigned = re.findall(r"^(\w+) = (.+)$", code, re.M)
    calls: dict[str, set[str]] = {n: set() for n in names}
    for name, value in assigned:
        if name not in calls:
            continue
        head, dot, tail = value.partition(".")
        through = [v for n, v in assigned if n == head and v != value] if dot else []
        for call in (value, *(f"{v}.{tail}" for v in through)):
            calls[name] |= {call, call.split(".", 1)[-1]}
    spans = [
        (m.start(), m.end(), n)
        for n in names
        for m in re.finditer(rf"(?<![A-Za-z0-9_.]){re.escape(n)}(?![A-Za-z0-9_])", prompt)
    ]
    for n, written in calls.items():
        for call in written:
            spans += [(m.start(), m.end(), n) for m in re.finditer(re.escape(call), prompt)]
    return {
        n
        for start, end, n in spans
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
    }


def _left(questions, fact: str) -> dict[int, tuple[object, dict, str]]:
    """Per question: the lesson's answer and the tensors its code leaves, by ``fact``."""
    said, kind = SAID[fact]
    facts, codes = [], []
    for step in questions:
        lesson = lessons.build(step.lesson, make_theme("light"), step.state)
        lesson.settle()
        facts.append(kind(lesson.facts()[fact]))
        codes.append(lesson.snippet().code + TENSORS_LEFT.format(said))
        lesson.close()
        lesson.deleteLater()
    out = {}
    for step, answer, ran in zip(questions, facts, python_runs(codes), strict=True):
        (line,) = [ln for ln in ran.stdout.splitlines() if ln.startswith("@@")]
        out[step.number] = (answer, json.loads(line[2:]), ran.code)
    return out


@pytest.fixture(scope="module")
def left(qapp):
    return _left(DTYPE_QUESTIONS, "dtype")


@pytest.fixture(scope="module")
def shapes_left(qapp):
    return _left(SHAPE_QUESTIONS, "shape")


def _names_its_tensor(step, answer, tensors: dict, code: str) -> None:
    for lang in LANGS:
        prompt = step.question.prompt(lang)
        named = _named(prompt, code, tensors)
        assert named, f"step {step.number} ({lang}): {prompt!r} names none of {tensors}"
        wrong = {n: tensors[n] for n in named if tensors[n] != answer}
        assert not wrong, f"step {step.number} ({lang}): names {wrong}, torch's answer {answer}"


@pytest.mark.parametrize("step", DTYPE_QUESTIONS, ids=lambda s: f"step{s.number}")
def test_a_dtype_question_names_the_tensor_it_asks_about(left, step):
    answer, tensors, code = left[step.number]
    if len(set(tensors.values())) < 2:
        return  # one dtype in sight: "the result" can only be that
    _names_its_tensor(step, answer, tensors, code)


@pytest.mark.parametrize("step", SHAPE_QUESTIONS, ids=lambda s: f"step{s.number}")
def test_a_shape_question_names_the_tensor_it_asks_about(shapes_left, step):
    answer, tensors, code = shapes_left[step.number]
    if len(tensors) < 2:
        return  # one tensor in sight
    _names_its_tensor(step, answer, tensors, code)


def test_the_talk_of_a_diverging_fit_says_what_torch_does():
    # step 78, lr = 0.1: the talk said "a and b run off to large negative numbers" while
    # torch's a flips sign every epoch (the lesson's "a and b per epoch" plot shows it)
    (step,) = [
        s
        for s in course().steps
        if s.lesson == "descent" and s.question is not None and s.question.fact == "regime"
    ]
    trace = descent.line_fit(lr=step.state.line.lr, epochs=step.state.line.epochs)
    late = trace.params[-10:]  # (epochs, [a, b])
    flips = np.sign(late[1:]) != np.sign(late[:-1])
    assert flips.all()  # what the words must say: both signs, in turn
    words = {"en": ("positive", "negative"), "zh_CN": ("正数", "负数")}
    for lang in LANGS:
        talk = step.talk(lang)
        assert all(w in talk for w in words[lang]), f"{lang}: {talk!r}"


def test_the_talk_of_a_converging_fit_says_what_torch_does():
    # step 79, lr = 0.01: the talk said "each step stays on one side of the minimum" while
    # torch's b, started at its best value 1, is pushed above it first and comes back slowly
    (step,) = [
        s
        for s in course().steps
        if s.lesson == "descent" and s.question is not None and s.question.fact == "a_final"
    ]
    trace = descent.line_fit(lr=step.state.line.lr, epochs=step.state.line.epochs)
    a, b = trace.params[:, 0], trace.params[:, 1]
    assert (a < 2).all() and (np.diff(a) > 0).all()  # a climbs from below, no overshoot
    assert (np.diff(trace.loss) < 0).all()  # the loss falls at every epoch
    assert b[0] == 1 and (b[1:] > 1).all() and b[-1] < b.max()  # b pushed up, coming back
    words = {
        "en": ("from below", "above 1", "every epoch"),
        "zh_CN": ("从下方", "1 以上", "每一轮"),
    }
    for lang in LANGS:
        talk = step.talk(lang)
        assert all(w in talk for w in words[lang]), f"{lang}: {talk!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_choice_answer_is_worded_as_its_button(qtbot, lang):
    """The reveal says torch's answer in the words of the choice buttons: the Chinese strip
    read "torch 的结果：diverges" under buttons reading 收敛, 振荡, 发散."""
    window = MainWindow(theme="light", zoom=100, language=lang, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    words = [s for s in course().steps if s.question is not None and s.question.kind == "choice"]
    for step in words:
        window.lecture.enter(step.number)
        window.current_lesson().settle()
        buttons = {b.text() for b in window.lecture.strip.choice_buttons}  # practice's
        window.lecture.reveal()
        answer = window.lecture.strip.answer_label.full_text()
        assert len([b for b in buttons if answer.endswith(b)]) == 1, (answer, buttons)
        if lang == "zh_CN":
            assert not re.search(r"converges|oscillates|diverges", answer), answer
    window.lecture.leave()
