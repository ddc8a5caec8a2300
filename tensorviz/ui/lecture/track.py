"""The course as steps: the track shipped with the app, read and checked.

``resources/course/track.json`` holds the notes' examples in the notes' order. Each step
names the notes' section, the lesson and the lesson State that shows the example (only the
fields that differ from the lesson's opening state), a title and a talking point of two to four
sentences in Chinese and English, where the notes are wrong one sentence saying what they say
and what torch does, and optionally a question for the class.

A question never carries its answer: it names a *fact* of the lesson's result (``shape``,
``stride``, ``value``, ``raises``...) that the lesson computes with torch when the step is
shown, and the parts of the screen that would give it away until it is revealed.

Nothing here imports Qt or torch; loading the lesson states imports their ``state`` modules.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tensorviz.assets import RESOURCES
from tensorviz.ui import lessons
from tensorviz.ui.lessons.states import LessonState, StateError

TRACK = RESOURCES / "course" / "track.json"
LANGS = ("zh_CN", "en")
#: What a question asks. ``shape``/``stride``: a tuple of ints typed as "2, 3";
#: ``value``: a number; ``dtype``: a dtype's name (any of torch's: ``short`` is ``int16``);
#: ``device``: a device's name; ``raises``: whether torch refuses (and with which error,
#: revealed); ``choice``: one of ``choices``. (``dtype`` and ``device`` were one kind,
#: "a word", and the device question's field hinted "a word, e.g. float32".)
KINDS = ("shape", "stride", "value", "dtype", "device", "raises", "choice")
#: Parts of the screen a question can hide until it is revealed. ``code``: the code pane's
#: code, where it tells (a lesson writes a try only around a call torch refused; a comment
#: saying what a call does); the covers show the code less its try and comment lines.
HIDES = ("output", "picture", "banner", "code")
SECTION = re.compile(r"^[一二三四五六七八九十]+(\.\d+)*$")


class TrackError(ValueError):
    """The track file is wrong: says which step and which field."""


@dataclass(frozen=True)
class Text:
    zh_CN: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.zh_CN if lang == "zh_CN" else self.en


@dataclass(frozen=True)
class Question:
    kind: str
    fact: str  # the lesson fact whose value torch gives
    prompt: Text
    hide: tuple[str, ...]
    choices: tuple[str, ...] = ()
    #: the words the code it asks about names (``core.snippet.essentials``): where its
    #: cover shows the code, only the statements that name one ("t1", "a1" of the numpy
    #: lesson's four pairs)
    about: tuple[str, ...] = ()
    #: a value asked for roughly ("a after 100 epochs, roughly?"): one digit is enough
    #: where torch's value rounds to it (2 for 1.9492; ``lecture.answers`` has the rule)
    roughly: bool = False


@dataclass(frozen=True)
class Step:
    number: int  # 1-based, as shown and as --step takes it
    section: str  # the notes' section, e.g. "七.5.2"
    lesson: str
    state: LessonState
    title: Text
    talk: Text
    notes_differ: Text | None
    question: Question | None

    @property
    def chapter(self) -> str:
        """The section's first part, e.g. "七"."""
        return self.section.split(".")[0]


@dataclass(frozen=True)
class Track:
    steps: tuple[Step, ...]

    def __len__(self) -> int:
        return len(self.steps)

    def step(self, number: int) -> Step:
        """Step ``number`` (1-based)."""
        if not 1 <= number <= len(self.steps):
            raise IndexError(f"there are steps 1 to {len(self.steps)}, not {number}")
        return self.steps[number - 1]

    def sections(self) -> list[str]:
        """The chapters (the section's first part, e.g. "七") in course order."""
        out: list[str] = []
        for step in self.steps:
            if step.chapter not in out:
                out.append(step.chapter)
        return out


def _text(raw: object, where: str, sentences: tuple[int, int] | None = None) -> Text:
    if not isinstance(raw, dict) or set(raw) != set(LANGS):
        raise TrackError(f"{where}: needs exactly the languages {', '.join(LANGS)}")
    for lang in LANGS:
        value = raw[lang]
        if not isinstance(value, str) or not value.strip():
            raise TrackError(f"{where}.{lang}: missing text")
        if sentences is not None:
            count = _sentences(value, lang)
            low, high = sentences
            if not low <= count <= high:
                raise TrackError(
                    f"{where}.{lang}: {count} sentences; a talking point has {low} to {high}"
                )
    return Text(raw["zh_CN"], raw["en"])


def _sentences(text: str, lang: str) -> int:
    ends = r"[。！？]" if lang == "zh_CN" else r"[.!?](?=\s|$)"
    # code such as x.t() or 1.0 has dots that end nothing: only count ends before a space/end
    return len(re.findall(ends, text.strip()))


def _question(raw: object, where: str) -> Question:
    if not isinstance(raw, dict):
        raise TrackError(f"{where}: must be an object")
    unknown = set(raw) - {"kind", "fact", "prompt", "hide", "choices", "about", "roughly"}
    if unknown:
        raise TrackError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise TrackError(f"{where}.kind: one of {', '.join(KINDS)}, not {kind!r}")
    fact = raw.get("fact")
    if not isinstance(fact, str) or not fact:
        raise TrackError(f"{where}.fact: names the lesson fact that answers it")
    hide = raw.get("hide", [])
    if not isinstance(hide, list) or any(h not in HIDES for h in hide):
        raise TrackError(f"{where}.hide: a list of {', '.join(HIDES)}")
    if kind == "raises" and "code" not in hide:
        raise TrackError(f"{where}.hide: a raises question hides the code (its try tells)")
    choices = raw.get("choices", [])
    if kind == "choice":
        if not isinstance(choices, list) or len(choices) < 2:
            raise TrackError(f"{where}.choices: a choice question needs two or more choices")
        if any(not isinstance(c, str) or not c for c in choices):
            raise TrackError(f"{where}.choices: every choice is a non-empty text")
    elif choices:
        raise TrackError(f"{where}.choices: only a choice question has choices")
    about = raw.get("about", [])
    if not isinstance(about, list) or any(
        not isinstance(w, str) or not w.isidentifier() or keyword.iskeyword(w) for w in about
    ):
        raise TrackError(f"{where}.about: a list of names (words of the code)")
    if about and not {"picture", "code"} & set(hide):
        raise TrackError(f"{where}.about: only where a cover shows the code (picture, code)")
    roughly = raw.get("roughly", False)
    if not isinstance(roughly, bool) or (roughly and kind != "value"):
        raise TrackError(f"{where}.roughly: true or false, and true only for a value question")
    prompt = _text(raw.get("prompt"), f"{where}.prompt")
    return Question(kind, fact, prompt, tuple(hide), tuple(choices), tuple(about), roughly)


def parse(data: Any) -> Track:
    """A :class:`Track` from the JSON data; :class:`TrackError` names what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        raise TrackError('the track is an object with a list "steps"')
    if data.get("version") != 1:
        raise TrackError(
            f"version: this tensorviz reads track version 1, not {data.get('version')!r}"
        )
    steps = []
    for i, raw in enumerate(data["steps"], start=1):
        where = f"step {i}"
        if not isinstance(raw, dict):
            raise TrackError(f"{where}: must be an object")
        known = {"section", "lesson", "state", "title", "talk", "notes_differ", "question"}
        unknown = set(raw) - known
        if unknown:
            raise TrackError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        section = raw.get("section")
        if not isinstance(section, str) or not SECTION.match(section):
            raise TrackError(f"{where}.section: the notes' section number, e.g. 七.5.2")
        lesson = raw.get("lesson")
        if lesson not in lessons.KEYS:
            raise TrackError(f"{where}.lesson: one of {', '.join(lessons.KEYS)}, not {lesson!r}")
        try:
            state = lessons.state_class(lesson).from_dict(
                {"lesson": lesson, **raw.get("state", {})}
            )
        except StateError as err:
            raise TrackError(f"{where}.state.{err}") from None
        except TypeError:
            raise TrackError(f"{where}.state: must be an object") from None
        steps.append(
            Step(
                number=i,
                section=section,
                lesson=lesson,
                state=state,
                title=_text(raw.get("title"), f"{where}.title"),
                talk=_text(raw.get("talk"), f"{where}.talk", sentences=(2, 4)),
                notes_differ=(
                    _text(raw["notes_differ"], f"{where}.notes_differ")
                    if "notes_differ" in raw
                    else None
                ),
                question=(
                    _question(raw["question"], f"{where}.question") if "question" in raw else None
                ),
            )
        )
    if not steps:
        raise TrackError("the track has no steps")
    return Track(tuple(steps))


def load(path: Path = TRACK) -> Track:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise TrackError(f"{path.name} is not valid JSON ({err.msg}, line {err.lineno})") from None
    return parse(data)


@cache
def course() -> Track:
    """The shipped track (read once)."""
    return load()
