"""The shape lesson's State: the start tensor ``x0``, the chain of steps ``x1, x2, ...``, the
step shown, the element in focus, the example the chain came from, and the animation toggle.

Steps are kept as the user typed them (an operation and its arguments as text) and parsed by
``core.shape.make_step`` on every check: a state holds only steps the app accepts. Whether
torch accepts them is the chain's business: a step torch refuses is part of the state, and its
error is what the lesson then shows.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Literal, get_args

from tensorviz.core import shape as core
from tensorviz.core.layout import in_shape
from tensorviz.core.literal import MAX_ELEMENTS, LiteralError
from tensorviz.ui.lessons.states import (
    LessonState,
    StateError,
    check_choice,
    check_range,
    check_text,
)

StartKind = Literal["arange", "literal"]
Op = Literal[
    "reshape", "view", "t", "transpose", "permute", "contiguous", "squeeze", "unsqueeze",
    "flatten", "index",
]  # fmt: skip
assert get_args(Op) == core.OPS

#: The most steps in a chain (each is a picture; more would not fit a lecture anyway).
MAX_STEPS = core.MAX_STEPS
#: x0 has at most 4 dims and each step adds at most one.
MAX_DIMS = 4 + MAX_STEPS
MAX_ARGS_TEXT = 200
MAX_START_TEXT = 2000
#: What the start field holds when its kind is chosen.
START_TEXTS: dict[str, str] = {"arange": "3, 4", "literal": "[[1, 2, 3], [4, 5, 6]]"}
Index = tuple[int, ...]


@dataclass(frozen=True)
class StepText:
    """One step as the user typed it: ``StepText("view", "12")`` is ``.view(12)``."""

    op: Op
    args: str = ""

    def __post_init__(self) -> None:
        check_choice("op", self.op, core.OPS)
        check_text("args", self.args, MAX_ARGS_TEXT)
        try:
            step = core.make_step(self.op, self.args)
        except LiteralError as err:  # the cause is kept: the lesson explains it
            raise StateError("args", str(err)) from err
        object.__setattr__(self, "_step", step)  # parsed once; not a field, not in JSON

    @classmethod
    def of(cls, step: core.Step) -> StepText:
        return cls(step.op, step.args_text())  # type: ignore[arg-type]

    def step(self) -> core.Step:
        return self._step  # type: ignore[attr-defined]


def _steps(*pairs: tuple[str, str]) -> tuple[StepText, ...]:
    return tuple(StepText(op, args) for op, args in pairs)  # type: ignore[arg-type]


#: The examples: key -> (x0's shape, steps). Titles and notes are in ``texts``.
PRESETS: dict[str, tuple[tuple[int, ...], tuple[StepText, ...]]] = {
    "transpose_view": ((3, 4), _steps(("t", ""), ("view", "12"))),
    "reshape_view_or_copy": ((3, 4), _steps(("reshape", "2, 6"), ("t", ""), ("reshape", "12"))),
    "regroup": ((4, 3), _steps(("reshape", "2, 2, 3"), ("transpose", "0, 1"))),
    "slicing": ((4, 6), _steps(("index", "[1:, ::2]"), ("view", "-1"))),
    "permute": ((2, 3, 4), _steps(("permute", "2, 0, 1"), ("contiguous", ""), ("view", "4, -1"))),
    "squeeze": (
        (1, 3, 1, 2),
        _steps(("squeeze", "1"), ("squeeze", "0"), ("unsqueeze", "-1"), ("squeeze", "")),
    ),
    "big": ((8, 8, 8, 8), _steps(("permute", "3, 2, 1, 0"), ("contiguous", ""), ("flatten", ""))),
}
CUSTOM = "custom"


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "shape"

    preset: str = "transpose_view"  # an example's key while the chain is that example
    start_kind: StartKind = "arange"  # x0 = torch.arange(n).reshape(shape) or torch.tensor(...)
    start_text: str = START_TEXTS["arange"]  # the shape, or the literal
    steps: tuple[StepText, ...] = PRESETS["transpose_view"][1]
    selected: int = 2  # the step shown: 0 is x0, k is x_k
    focus: tuple[int, ...] | None = None  # the element pointed at; None: an inner one
    animate: bool = True

    def check(self) -> None:
        check_choice("preset", self.preset, (CUSTOM, *PRESETS))
        check_text("start_text", self.start_text, MAX_START_TEXT)
        try:
            if self.start_kind == "literal":
                start = core.make_start(literal=self.start_text)
            else:
                start = core.make_start(self.start_text)
        except LiteralError as err:  # the cause is kept: the lesson explains it
            raise StateError("start_text", str(err)) from err
        object.__setattr__(self, "_start", start)  # parsed once; not a field, not in JSON
        if len(self.steps) > MAX_STEPS:
            raise StateError(
                "steps", f"a chain holds at most {MAX_STEPS} steps, not {len(self.steps)}"
            )
        check_range("selected", self.selected, 0, len(self.steps))
        focus = self.focus
        if focus is not None and (
            len(focus) > MAX_DIMS or any(not 0 <= i < MAX_ELEMENTS for i in focus)
        ):
            raise StateError("focus", f"{list(focus)} is not an element's index")
        if self.preset != CUSTOM and self.chain() != _preset_chain(self.preset):
            raise StateError(
                "preset", f"the chain is not the example {self.preset!r}; say {CUSTOM!r}"
            )

    # -- what it asks torch for ------------------------------------------------------------
    def chain(self) -> tuple[core.Start, tuple[core.Step, ...]]:
        """x0 and the steps, parsed: what ``core.shape.compute_chain`` runs."""
        return self._start, tuple(s.step() for s in self.steps)  # type: ignore[attr-defined]

    @property
    def full(self) -> bool:
        """No step can be added: the chain holds :data:`MAX_STEPS`."""
        return len(self.steps) >= MAX_STEPS

    def focused_element(self, shape: tuple[int, ...]) -> Index | None:
        """The element whose slot is shown in a tensor of ``shape``: the one pointed at, or
        before the mouse points at one (or when it belonged to another tensor) an inner one."""
        if in_shape(self.focus, shape):
            return self.focus
        if math.prod(shape) == 0:
            return None  # an empty tensor has no element to show
        return tuple(min(1 if k == 0 else 2, s - 1) for k, s in enumerate(shape))

    # -- transitions -----------------------------------------------------------------------
    def with_preset(self, key: str) -> State:
        if key == CUSTOM:
            return self.replace(preset=CUSTOM)
        shape, steps = PRESETS[key]
        return State(
            preset=key,
            start_text=", ".join(str(s) for s in shape),
            steps=steps,
            selected=len(steps),
            animate=self.animate,
        )

    def with_start(self, kind: str, text: str) -> State:
        """Another x0 (raises :class:`StateError` on text the app refuses); the steps stay."""
        return self._edited(start_kind=kind, start_text=text)

    def with_start_kind(self, kind: str) -> State:
        return self.with_start(kind, START_TEXTS[kind])

    def with_step_added(self, op: str, args: str) -> State:
        """Insert a step after the selected one and show it. Raises :class:`StateError` for
        arguments the app refuses and when the chain is full: nothing is ever dropped."""
        step = StepText(op, args)  # type: ignore[arg-type]
        at = min(self.selected, len(self.steps))
        return self._edited(steps=(*self.steps[:at], step, *self.steps[at:]), selected=at + 1)

    def with_step_changed(self, op: str, args: str) -> State:
        """Replace the selected step (on x0, which is no step: add one)."""
        if self.selected == 0:
            return self.with_step_added(op, args)
        step = StepText(op, args)  # type: ignore[arg-type]
        k = self.selected - 1
        return self._edited(steps=(*self.steps[:k], step, *self.steps[k + 1 :]))

    def with_step_removed(self) -> State:
        if self.selected == 0 or not self.steps:
            return self
        k = self.selected - 1
        return self._edited(steps=(*self.steps[:k], *self.steps[k + 1 :]), selected=k)

    def with_step_moved(self, by: int) -> State:
        """Move the selected step ``by`` places (clamped to the ends) and keep it selected."""
        if self.selected == 0:
            return self
        k = self.selected - 1
        items = list(self.steps)
        j = max(0, min(len(items) - 1, k + by))
        items.insert(j, items.pop(k))
        return self._edited(steps=tuple(items), selected=j + 1)

    def with_steps(self, steps: tuple[core.Step, ...], selected: int) -> State:
        """The whole chain replaced (a one-click fix), showing step ``selected``."""
        return self._edited(steps=tuple(StepText.of(s) for s in steps), selected=selected)

    def with_selected(self, k: int) -> State:
        """Show step ``k`` (clamped), focused on an inner element."""
        return self.replace(selected=max(0, min(k, len(self.steps))), focus=None)

    def with_focus(self, index: Index | None) -> State:
        return self.replace(focus=None if index is None else tuple(index))

    def with_animate(self, on: bool) -> State:
        return self.replace(animate=on)

    def _edited(self, **changes) -> State:
        """A change of the chain: from now on it is no example's (unless it is unchanged)."""
        edited = dataclasses.replace(self, preset=CUSTOM, focus=None, **changes)
        if self.preset != CUSTOM and edited.chain() == self.chain():
            return edited.replace(preset=self.preset)
        return edited


def _preset_chain(key: str) -> tuple[core.Start, tuple[core.Step, ...]]:
    shape, steps = PRESETS[key]
    return core.Start(shape=shape), tuple(s.step() for s in steps)


def default_args(op: str, ndim: int) -> str:
    """What the arguments field offers when ``op`` is chosen for a tensor with ``ndim`` dims."""
    return {
        "reshape": "-1",
        "view": "-1",
        "transpose": "0, 1",
        "permute": ", ".join(str(d) for d in reversed(range(ndim))),
        "unsqueeze": "0",
        "index": "[:, ::2]" if ndim >= 2 else "[::2]",
    }.get(op, "")


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    # slicing: a storage offset and bigger strides, still a view
    State().with_preset("slicing").with_selected(1).with_focus((2, 1)),
    # permute, then contiguous(): a copy into the new row order
    State().with_preset("permute").with_selected(2),
    # torch refuses a permute with a repeated dim; the steps before it stay
    State(
        preset=CUSTOM,
        steps=_steps(("t", ""), ("unsqueeze", "0"), ("permute", "1, 1, 0")),
        selected=3,
    ),
    # a literal start, transposed, without animation, shown at x0
    State(
        preset=CUSTOM,
        start_kind="literal",
        start_text="[[1.5, 2], [3, 4]]",
        steps=_steps(("t", ""), ("contiguous", ""), ("flatten", "")),
        selected=0,
        animate=False,
    ),
)
