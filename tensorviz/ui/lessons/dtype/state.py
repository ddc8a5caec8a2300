"""The dtype lesson's State: the values and their dtype, the conversions built on them, the
element in focus, the device asked for, and the tab shown.

A conversion is kept with its dtype's canonical name (``uint8``, never ``torch.uint8`` or an
alias): the code each conversion writes is the same either way, and equal chains are then equal
states.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tensorviz.core.dtypes import MAX_CHAIN_ELEMENTS, MAX_STEPS
from tensorviz.core.literal import COURSE_DTYPE_NAMES
from tensorviz.ui.lessons.states import (
    LessonState,
    StateError,
    check_choice,
    check_range,
    check_text,
)

Kind = Literal[
    "float", "half", "double", "long", "int", "short", "char", "byte", "bool", "type", "to"
]
Tab = Literal["chain", "table", "devices"]

#: The kinds that take a dtype: ``.type(dtype)`` and ``.to(dtype=dtype)``.
TAKES_DTYPE = ("type", "to")
DEFAULT_VALUES = "[3.14159, -2.7, 300.5, 1e-5]"
#: The device the course's idiom asks for; a lesson opens with it.
DEFAULT_DEVICE = "cuda"
MAX_DEVICE_TEXT = 100
MAX_VALUES_TEXT = 2000


@dataclass(frozen=True)
class Conversion:
    """One line of the chain: ``x = x.<kind>()``, or ``.type(dtype)`` / ``.to(dtype=dtype)``."""

    kind: Kind
    dtype: str = ""

    def __post_init__(self) -> None:
        if self.kind in TAKES_DTYPE:
            check_choice("dtype", self.dtype, COURSE_DTYPE_NAMES)
        elif self.dtype:
            raise StateError("dtype", f".{self.kind}() takes no dtype, not {self.dtype!r}")


DEFAULT_STEPS: tuple[Conversion, ...] = (
    Conversion("half"),
    Conversion("float"),
    Conversion("int"),
    Conversion("type", "uint8"),
)


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "dtype"

    values: str = DEFAULT_VALUES
    dtype: str = ""  # of torch.tensor(values, dtype=...); "" lets torch infer it
    steps: tuple[Conversion, ...] = DEFAULT_STEPS
    current_step: int = 0  # the conversion selected in the list (Add inserts after it)
    selected: int = 0  # the element in focus (flat, C order): its bits and its history
    device: str = DEFAULT_DEVICE
    tab: Tab = "chain"

    def check(self) -> None:
        check_text("values", self.values, MAX_VALUES_TEXT)
        check_choice("dtype", self.dtype, ("", *COURSE_DTYPE_NAMES))
        if len(self.steps) > MAX_STEPS:
            raise StateError("steps", f"at most {MAX_STEPS} conversions, not {len(self.steps)}")
        check_range("current_step", self.current_step, 0, max(0, len(self.steps) - 1))
        check_range("selected", self.selected, 0, MAX_CHAIN_ELEMENTS - 1)
        check_text("device", self.device, MAX_DEVICE_TEXT)
        if not self.device.strip():
            raise StateError("device", "must name a device, e.g. cpu or cuda")
        if self.device != self.device.strip():
            raise StateError("device", "must not start or end with spaces")

    # -- transitions -----------------------------------------------------------------------
    def with_data(self, values: str, dtype: str) -> State:
        return self.replace(values=values, dtype=dtype)

    def with_steps(self, steps: tuple[Conversion, ...]) -> State:
        return self.replace(
            steps=steps, current_step=min(self.current_step, max(0, len(steps) - 1))
        )

    def with_step_added(self, step: Conversion) -> State:
        """``step`` inserted after the selected conversion, and selected."""
        at = min(self.current_step + 1, len(self.steps))
        steps = (*self.steps[:at], step, *self.steps[at:])
        return self.replace(steps=steps, current_step=at)

    def with_step_removed(self) -> State:
        """Without the selected conversion; the one that took its place is selected."""
        if not self.steps:
            return self
        row = self.current_step
        return self.with_steps((*self.steps[:row], *self.steps[row + 1 :]))

    def with_step_moved(self, delta: int) -> State:
        """The selected conversion moved ``delta`` lines (and still selected)."""
        row, new = self.current_step, self.current_step + delta
        if not (0 <= row < len(self.steps) and 0 <= new < len(self.steps)):
            return self
        steps = list(self.steps)
        steps[row], steps[new] = steps[new], steps[row]
        return self.replace(steps=tuple(steps), current_step=new)

    def with_device(self, text: str) -> State:
        return self.replace(device=text.strip())


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    # float16 rounds 65519 and turns -1e-8 into 0, int8 wraps 257 around, bool keeps only
    # whether a value is zero
    State(
        values="[[0.1, 65519.0], [-1e-8, 257]]",
        steps=(Conversion("half"), Conversion("type", "int8"), Conversion("to", "bool")),
        current_step=2,
        selected=1,
    ),
    # torch.tensor(..., dtype=uint8) refuses 300: the error state
    State(values="[300, 2]", dtype="uint8"),
    # 300.5 in focus: float16 holds it, bfloat16 rounds it to 300
    State(selected=2, steps=(Conversion("double"), Conversion("to", "int8"))),
    State(tab="table"),
    # a device torch does not know: its error, and the meta device's on any machine
    State(tab="devices", device="tpu"),
    # the notes' examples (五): data.dtype, data.device, data.shape
    State(values="[1, 2, 3]", steps=()),
    # .type(torch.float32), .type(torch.float16), then the methods, as in the notes
    State(
        values="[1, 2, 3]",
        steps=(
            Conversion("type", "float32"),
            Conversion("type", "float16"),
            *(Conversion(k) for k in ("float", "half", "double", "long", "int")),
        ),
        current_step=6,
    ),
    State(values="[1, 2, 3]", dtype="float16", steps=()),  # dtype=torch.half
    # torch.Tensor([1, 2, 3]) is float32: then .short(), .int(), .float(), .double()
    State(
        values="[1, 2, 3]",
        dtype="float32",
        steps=tuple(Conversion(k) for k in ("short", "int", "float", "double")),
    ),
    # int16 cuts 300.5 to 300, int8 wraps it to 44, uint8 wraps -2 to 254, bool keeps != 0
    State(
        values="[1.5, -2.7, 300.5, 0.0]",
        steps=tuple(Conversion(k) for k in ("short", "char", "byte", "bool")),
        selected=2,
    ),
    # "cuda" if available else "cpu", .to(device), .cuda(), two devices, a 0-d CPU tensor
    State(tab="devices"),
    State(tab="devices", device="meta"),
)
