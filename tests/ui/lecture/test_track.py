"""The course track: every step loads, in both languages, with a valid state and texts."""

from __future__ import annotations

import copy
import json

import pytest

from tensorviz.ui.lecture import track as tr
from tensorviz.ui.lecture.track import KINDS, TRACK, TrackError, course, parse

RAW = json.loads(TRACK.read_text(encoding="utf-8"))


def test_the_shipped_track_loads():
    steps = course().steps
    assert steps
    assert [s.number for s in steps] == list(range(1, len(steps) + 1))
    for step in steps:
        for lang in tr.LANGS:
            assert step.title(lang).strip() and step.talk(lang).strip()
        assert step.lesson == step.state.LESSON
        if step.question is not None:
            assert step.question.kind in KINDS
            assert step.question.prompt("zh_CN") and step.question.prompt("en")


def test_steps_follow_the_notes_order():
    def order(section: str) -> tuple[int, ...]:
        chapters = "一二三四五六七八九十"
        head, *rest = section.split(".")
        return (chapters.index(head), *map(int, rest))

    sections = [order(s.section) for s in course().steps]
    assert sections == sorted(sections)


def broken(path: list, value) -> dict:
    data = copy.deepcopy(RAW)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (["steps", 0, "title", "en"], "", "step 1.title.en: missing text"),
        (["steps", 0, "title", "zh_CN"], KeyError, "step 1.title"),
        (["steps", 0, "lesson"], "nonsense", "step 1.lesson"),
        (["steps", 0, "section"], "7.5", "step 1.section"),
        (["steps", 0, "state"], {"colour": 1}, "step 1.state.colour"),
        (["steps", 0, "talk", "en"], "One sentence.", "2 to 4"),
        (["steps", 0, "question", "kind"], "essay", "step 1.question.kind"),
        (["steps", 0, "question", "hide"], ["everything"], "step 1.question.hide"),
        (
            ["steps", 24, "question", "hide"],  # "Does .cuda() raise?"
            ["output", "banner", "picture"],
            "step 25.question.hide: a raises question hides the code",
        ),
        (["steps", 29, "question", "about"], "t1", "step 30.question.about: a list of names"),
        (["steps", 29, "question", "about"], ["t1[0]"], "step 30.question.about: a list"),
        (["steps", 29, "question", "about"], ["for"], "step 30.question.about: a list"),
        (
            ["steps", 29, "question", "hide"],  # "After a1[0, 0] = 100, what is t1[0, 0]?"
            ["output"],
            "step 30.question.about: only where a cover shows the code",
        ),
        (["steps", 78, "question", "roughly"], "yes", "step 79.question.roughly: true or"),
        (["steps", 24, "question", "roughly"], True, "true only for a value question"),
        (["steps", 0, "surprise"], 1, "unknown field 'surprise'"),
        (["version"], 2, "version"),
    ],
)
def test_a_broken_track_is_refused_with_the_place_named(path, value, says):
    with pytest.raises(TrackError, match=None) as caught:
        parse(broken(path, value))
    assert says in str(caught.value)


def test_a_question_about_a_tensors_attributes_hides_the_picture():
    """Every lesson's picture writes the tensor's shape, stride, dtype and device beside it
    (create's attribute table: '.shape torch.Size([2, 2, 3])' under 'What is this tensor's
    shape?', which hid only the output)."""
    for step in course().steps:
        q = step.question
        if q is not None and (q.kind in ("shape", "stride") or q.fact in ("dtype", "device")):
            assert "picture" in q.hide, f"step {step.number}: {q.prompt('en')}"
