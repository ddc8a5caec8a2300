"""A student's typed or chosen answer, checked against what torch computed.

Nothing here knows the right answer in advance: :func:`check` gets torch's value (a lesson
fact) and the student's text, and says whether they agree, or, for text that is not an
answer of the asked kind at all, what a valid answer looks like. Never raises on any input.
No Qt; torch only to tell which of its names a dtype goes by (``short`` is ``torch.int16``).

Every answer is read in its ASCII form first (:func:`tensorviz.core.literal.half_width`):
a Chinese input method types ``（2，2，3）``, ``2、3``, ``0。5`` or full-width digits; a
shape typed so was "not a shape" while ``2 2 3`` passed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tensorviz.core._torch import torch
from tensorviz.core.literal import half_width
from tensorviz.ui.lecture.track import Question

MAX_ANSWER = 200  # characters; a longer answer is refused before it is read
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d{1,3})?|[-+]?(inf|nan)")
_SIZES = re.compile(r"[-\d,\s]*")  # what a list of sizes holds within its brackets


@dataclass(frozen=True)
class Verdict:
    """``correct`` is None when the answer could not be read (``problem`` says why)."""

    correct: bool | None
    problem: str = ""  # a key of :data:`PROBLEMS`


#: Why an answer could not be read; the UI words them in the user's language.
PROBLEMS = ("empty", "too_long", "not_a_shape", "not_a_number", "not_a_choice")


def parse_sizes(text: str) -> tuple[int, ...] | None:
    """``"2, 3"``, ``"(2, 3)"``, ``"[2,3]"``, ``"torch.Size([2, 3])"``, ``"2 3"`` -> (2, 3);
    ``"()"`` or ``"torch.Size([])"`` -> (); None when it is not a list of whole numbers.

    Read by peeling its wrappers off, not by one pattern with optional parts: the pattern's
    runs of optional spaces matched a line of spaces in every way they could share it
    before refusing it (46 spaces and an x held the window 1.4 s, 200 for hours)."""
    body = half_width(text).strip()
    if body.startswith("torch.Size"):
        body = body.removeprefix("torch.Size").strip()
        if not body.startswith("("):
            return None
        body = body[1:].removesuffix(")").strip()
    if body[:1] in ("(", "["):
        body = body[1:]
    if body[-1:] in (")", "]"):
        body = body[:-1]
    if not _SIZES.fullmatch(body):
        return None
    body = body.strip().rstrip(",")
    if not body:
        return ()
    parts = [p for p in re.split(r"[,\s]+", body) if p]
    if not all(re.fullmatch(r"-?\d{1,18}", p) for p in parts):
        return None
    return tuple(int(p) for p in parts)


def parse_number(text: str) -> float | None:
    """A decimal number (``3``, ``-2.5``, ``1e-3``, ``tensor(2.5000)``), or None."""
    t = _unwrapped(text)
    if not _NUMBER.fullmatch(t):
        return None
    try:
        return float(t)
    except (ValueError, OverflowError):
        return None


def _unwrapped(text: str) -> str:
    """A number as typed, or as torch prints it (``tensor(2.5000)``, ``tensor(2., dtype=...)``):
    its digits."""
    t = half_width(text).strip()
    m = re.fullmatch(r"tensor\((.*)\)", t)
    return m.group(1).split(",")[0].strip() if m else t


def _normal_word(text: str) -> str:
    text = half_width(text).strip()
    for call in ("torch.device(", "device("):  # torch.device('cpu') names the device 'cpu'
        if text.startswith(call) and text.endswith(")"):
            text = text[len(call) : -1].strip().removeprefix("type=")  # device(type='cpu')
            break
    return text.strip().lower().removeprefix("torch.").strip("'\" ")


def _dtype(name: str) -> object | None:
    """torch's dtype that ``name`` names (``short``, ``int16``, ``long``...), from torch's own
    names: only what the module holds already (a name torch would import on first use is no
    dtype, and is not imported); None where it names none."""
    if not name.isidentifier():
        return None
    value = vars(torch).get(name)
    return value if isinstance(value, torch.dtype) else None


def _same_word(answer: str, truth: str) -> bool:
    """The same word as torch's, or the same dtype by another of torch's names for it."""
    a, t = _normal_word(answer), _normal_word(truth)
    if a == t:
        return True
    dtype = _dtype(t)
    return dtype is not None and _dtype(a) is dtype


def check(question: Question, truth: object, answer: str) -> Verdict:
    """Whether ``answer`` (what the student typed, or the chosen choice's text) matches
    ``truth``, the value torch gave for the question's fact."""
    if len(answer) > MAX_ANSWER:
        return Verdict(None, "too_long")
    if not answer.strip():
        return Verdict(None, "empty")
    kind = question.kind
    if kind in ("shape", "stride"):
        sizes = parse_sizes(answer)
        if sizes is None:
            return Verdict(None, "not_a_shape")
        return Verdict(sizes == tuple(truth))  # type: ignore[arg-type]
    if kind == "value":
        number = parse_number(answer)
        if number is None:
            return Verdict(None, "not_a_number")
        value = float(truth)  # type: ignore[arg-type]
        if question.roughly:
            return Verdict(_close(number, value) or _to_digits_given(answer, value))
        return Verdict(_close(number, value))
    if kind in ("choice", "raises"):
        choices = question.choices if kind == "choice" else ("yes", "no")
        answer = half_width(answer).strip()
        if answer not in choices:
            return Verdict(None, "not_a_choice")
        if kind == "raises":
            return Verdict((answer == "yes") == bool(truth))
        return Verdict(_normal_word(answer) == _normal_word(str(truth)))
    return Verdict(_same_word(answer, str(truth)))


def _close(a: float, b: float) -> bool:
    """Equal as a reader of torch's printout would judge: to 4 significant digits, however
    small (torch prints a small value as 4.2817e-05, never as 0: with an absolute tolerance
    of 5e-5, "0" was marked right for course step 74's 4.28e-05, the very misconception the
    step is about)."""
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return math.isclose(a, b, rel_tol=5e-4)


def _to_digits_given(answer: str, value: float) -> bool:
    """``value`` rounds to ``answer`` at the last digit typed: asked for roughly, 1.9 and 2
    are right for 1.9492 (1.94 is not). A digit typed must be no coarser than the value's
    first one, and not all zeros: "0e308" rounded every value to itself."""
    text = _unwrapped(answer)
    m = _NUMBER.fullmatch(text)
    if m is None or m.group(3) is not None or not math.isfinite(value) or value == 0:
        return False
    mantissa, exponent = m.group(1), int(m.group(2)[1:]) if m.group(2) else 0
    if not mantissa.strip("0."):
        return False
    decimals = len(mantissa.partition(".")[2])
    try:
        half = 0.5 * 10.0 ** (exponent - decimals)
        if half > 0.5 * 10.0 ** math.floor(math.log10(abs(value))):
            return False  # rounded coarser than the value's first digit
        return abs(float(text) - value) <= half * (1 + 1e-9)
    except OverflowError:  # 1e999: no finite value rounds to it
        return False
