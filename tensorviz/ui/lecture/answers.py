"""A student's typed or chosen answer, checked against what torch computed.

Nothing here knows the right answer in advance: :func:`check` gets torch's value (a lesson
fact) and the student's text, and says whether they agree, or, for text that is not an
answer of the asked kind at all, what a valid answer looks like. Never raises on any input.
No Qt; torch only to tell which of its names a dtype goes by (``short`` is ``torch.int16``)
and to read a device's name as torch does.

Every answer is read in its ASCII form first (:func:`tensorviz.core.literal.half_width`):
a Chinese input method types ``（2，2，3）``, ``2、3``, ``0。5`` or full-width digits; a
shape typed so was "not a shape" while ``2 2 3`` passed.

A number is right where it is torch's value, or torch's value to the digits typed:
rounded or cut off at the last digit typed (0.67 and 0.66 for 0.6667, 4.3e-5 and 4.28e-05
for 4.2817e-05, 1.3 for 1.3333), with at least two significant digits typed. One digit
is right only where it is torch's value (2 for 2., 0 for 0.) or a question asks for the
value roughly (2 for 1.9492, rounded: 1 is not). So "0" for 4.2817e-05 is wrong, the
misconception course step 74 is about, and so are 0.68 and 0.65 for 0.6667, and 17 for
18: "within one unit of the last digit typed" would have taken 17 for 18 and 0.68 for
0.6701, neither of which a reader of the value writes. "Torch's value" is read to a
float32's precision (0.3 is torch's float32 0.30000001). A fraction (2/3) is not read:
torch prints decimals, and the student is told so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tensorviz.core._torch import torch
from tensorviz.core.literal import half_width
from tensorviz.ui.lecture.track import Question

MAX_ANSWER = 200  # characters; a longer answer is refused before it is read
_NUMBER = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]{1,3})?|[-+]?(inf|nan)")
_FRACTION = re.compile(r"[-+]?[0-9.]+\s*/\s*[-+]?[0-9.]+")
_PRECISION = 2.0**-23  # a float32's: torch's value is no finer than this, relatively
_SIZES = re.compile(r"[-\d,\s]*")  # what a list of sizes holds within its brackets


@dataclass(frozen=True)
class Verdict:
    """``correct`` is None when the answer could not be read (``problem`` says why)."""

    correct: bool | None
    problem: str = ""  # a key of :data:`PROBLEMS`


#: Why an answer could not be read; the UI words them in the user's language.
PROBLEMS = (
    "empty",
    "too_long",
    "not_a_shape",
    "not_a_number",
    "fraction",
    "not_a_dtype",
    "not_a_device",
    "not_a_choice",
)


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


def _device(name: str) -> object | None:
    """The device ``name`` names as torch reads it (``cpu``, ``cuda:0``), or None: torch's
    parser refuses whatever is no device (``float32``, ``gpu``)."""
    try:
        return torch.device(name)
    except (RuntimeError, ValueError, TypeError):
        return None


def _same_device(a: object, b: object) -> bool:
    """One device, where one of them names no index: ``cuda`` is ``cuda:0``'s device."""
    index_a, index_b = a.index, b.index  # type: ignore[attr-defined]
    same_index = index_a is None or index_b is None or index_a == index_b
    return a.type == b.type and same_index  # type: ignore[attr-defined]


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
            fraction = _FRACTION.fullmatch(_unwrapped(answer))
            return Verdict(None, "fraction" if fraction else "not_a_number")
        value = float(truth)  # type: ignore[arg-type]
        exact = isinstance(truth, int)  # an int tensor's element: no float32 rounding
        return Verdict(_agrees(answer, number, value, question.roughly, exact))
    if kind in ("choice", "raises"):
        choices = question.choices if kind == "choice" else ("yes", "no")
        answer = half_width(answer).strip()
        if answer not in choices:
            return Verdict(None, "not_a_choice")
        if kind == "raises":
            return Verdict((answer == "yes") == bool(truth))
        return Verdict(_normal_word(answer) == _normal_word(str(truth)))
    if kind == "device":
        device, torchs = _device(_normal_word(answer)), _device(_normal_word(str(truth)))
        if device is None:  # a dtype, or no word of torch's: another question's answer
            return Verdict(None, "not_a_device")
        return Verdict(torchs is not None and _same_device(device, torchs))
    dtype = _dtype(_normal_word(answer))  # by any of torch's names for it: short is int16
    if dtype is None:
        return Verdict(None, "not_a_dtype")
    return Verdict(dtype is _dtype(_normal_word(str(truth))))


def _agrees(answer: str, number: float, value: float, roughly: bool, exact: bool) -> bool:
    """``number``, read from ``answer``, is torch's ``value``, or ``value`` rounded or cut off
    at the last digit typed (the rule of the module's docstring); ``exact``: ``value`` is an
    int, read to no float32's precision (16777216 is not 16777217)."""
    if math.isnan(number) or math.isnan(value):
        return math.isnan(number) and math.isnan(value)
    if math.isinf(number) or math.isinf(value):
        return number == value
    slack = 0.0 if exact else _PRECISION * abs(value)
    if abs(number - value) <= slack:
        return True
    typed = _digits(answer)
    if typed is None:
        return False
    significant, unit = typed
    rounded = abs(number - value) <= unit / 2 + slack
    if significant >= 2:
        cut = number * value > 0 and 0 <= abs(value) - abs(number) < unit - slack
        return rounded or cut
    # one digit, asked roughly: rounded, and no coarser than the value's first digit (0.1
    # is 0.06 rounded to tenths, and 60 % off)
    return (
        significant == 1
        and roughly
        and rounded
        and value != 0
        and unit <= 10.0 ** math.floor(math.log10(abs(value)))
    )


def _digits(answer: str) -> tuple[int, float] | None:
    """How many significant digits ``answer`` has, and the size of a unit of its last digit:
    ``0.67`` (2, 0.01), ``4.3e-5`` (2, 1e-6), ``18`` (2, 1), ``0.000`` (0, 0.001); None for
    inf, nan, or a unit no float holds (``1e999``)."""
    m = _NUMBER.fullmatch(_unwrapped(answer))
    if m is None or m.group(3) is not None:
        return None
    mantissa, exponent = m.group(1), int(m.group(2)[1:]) if m.group(2) else 0
    significant = len(mantissa.replace(".", "").lstrip("0"))
    decimals = len(mantissa.partition(".")[2])
    try:
        return significant, 10.0 ** (exponent - decimals)
    except OverflowError:
        return None
