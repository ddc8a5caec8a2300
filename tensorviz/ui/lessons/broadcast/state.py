"""The broadcast lesson's State: both operands as typed, the operation, the example chosen,
and the result cell pointed at.

An operand is kept as the user typed it (a literal, or the shape of an ``arange``); the
tensors are made again from that text, by real torch, each time the state is shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

from tensorviz.ui.lessons.states import LessonState, StateError, check_choice, check_text

Kind = Literal["values", "arange"]
Op = Literal["+", "-", "*", "/"]
Preset = Literal[
    "course_1d_2d", "course_2d_3d", "four_d", "scalar", "column_row", "incompatible", "custom"
]
Name = Literal["a", "b"]

KINDS: tuple[Kind, ...] = ("values", "arange")
#: The element-wise operations offered (``tensorviz.core.broadcast.OPS``, in its order).
OPS: tuple[Op, ...] = ("+", "-", "*", "/")
#: The longest text core's parser reads (``tensorviz.core.literal.MAX_TEXT``; a test checks);
#: repeated here so that reading a state imports no torch.
MAX_TEXT = 200_000
#: torch's most dims: no result cell has a longer index.
MAX_DIMS = 64
#: The most elements a result may have (``tensorviz.core.literal.MAX_ELEMENTS``).
MAX_ELEMENTS = 1 << 20


@dataclass(frozen=True)
class Operand:
    """One operand as typed: a literal (``values``) or a shape whose ``arange`` it is."""

    kind: Kind = "values"
    text: str = "[1, 2, 3]"

    def __post_init__(self) -> None:
        check_choice("kind", self.kind, KINDS)
        check_text("text", self.text, MAX_TEXT)


#: Each example's inputs (operand a, the operation, operand b), in the Examples box's order.
EXAMPLES: dict[str, tuple[Operand, Op, Operand]] = {
    "course_1d_2d": (Operand("values", "[1, 2, 3]"), "+", Operand("values", "[[4], [2], [3]]")),
    "course_2d_3d": (
        Operand("values", "[[1, 2, 3], [4, 5, 6]]"),
        "+",
        Operand("values", "[[[2, 3, 4]], [[5, 6, 7]]]"),
    ),
    "four_d": (Operand("arange", "8, 1, 6, 1"), "+", Operand("arange", "7, 1, 5")),
    "scalar": (Operand("values", "10"), "*", Operand("arange", "2, 3")),
    "column_row": (Operand("arange", "3, 1"), "+", Operand("arange", "4")),
    "incompatible": (Operand("arange", "2, 3"), "+", Operand("arange", "2")),
}
PRESET_KEYS: tuple[Preset, ...] = tuple(EXAMPLES)  # type: ignore[assignment]


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "broadcast"

    preset: Preset = "course_1d_2d"  # "custom" once the inputs differ from the example's
    a: Operand = Operand("values", "[1, 2, 3]")
    op: Op = "+"
    b: Operand = Operand("values", "[[4], [2], [3]]")
    #: The result cell pointed at (under the mouse): the two cells and the two storage slots
    #: it is computed from are outlined. Ignored where the result has no such cell.
    focus: tuple[int, ...] | None = None

    def check(self) -> None:
        check_choice("preset", self.preset, (*PRESET_KEYS, "custom"))
        check_choice("op", self.op, OPS)
        if self.preset != "custom" and _inputs(self) != EXAMPLES[self.preset]:
            raise StateError(
                "preset", f"the inputs are not example {self.preset!r}'s: it must be 'custom'"
            )
        if self.focus is not None:
            if len(self.focus) > MAX_DIMS:
                raise StateError("focus", f"has {len(self.focus)} dims; at most {MAX_DIMS}")
            if any(not 0 <= i < MAX_ELEMENTS for i in self.focus):
                raise StateError("focus", f"{list(self.focus)} is not a result cell's index")

    @classmethod
    def from_dict(cls, data: object) -> State:
        """As :meth:`LessonState.from_dict`; besides, a named example supplies the inputs
        ``data`` leaves out (``{"preset": "scalar"}`` is that example), and inputs given
        without an example are the user's own ("custom")."""
        if isinstance(data, dict):
            preset = data.get("preset")
            if isinstance(preset, str) and preset in EXAMPLES:
                a, op, b = EXAMPLES[preset]
                data = {"a": asdict(a), "op": op, "b": asdict(b), **data}
            elif preset is None and any(k in data for k in ("a", "op", "b")):
                data = {**data, "preset": "custom"}
        return super().from_dict(data)

    # -- transitions -----------------------------------------------------------------------
    def operand(self, name: Name) -> Operand:
        return self.a if name == "a" else self.b

    def with_inputs(self, a: Operand, op: str, b: Operand) -> State:
        """What the user typed and chose. The example stays named only while its inputs are
        unchanged; any edit makes it "custom"."""
        preset = self.preset
        if preset != "custom" and (a, op, b) != EXAMPLES[preset]:
            preset = "custom"
        focus = self.focus if (a, op, b) == _inputs(self) else None
        return self.replace(preset=preset, a=a, op=op, b=b, focus=focus)

    def with_preset(self, key: str) -> State:
        """Example ``key``'s inputs (choosing "custom" keeps the inputs as they are)."""
        if key == "custom":
            return self.replace(preset="custom")
        if key not in PRESETS:
            raise StateError("preset", f"unknown example {key!r}")
        return PRESETS[key]

    def with_focus(self, cell: tuple[int, ...] | None) -> State:
        return self.replace(focus=None if cell is None else tuple(int(i) for i in cell))


def _inputs(state: State) -> tuple[Operand, str, Operand]:
    return state.a, state.op, state.b


#: The examples as States, in the Examples box's order.
PRESETS: dict[str, State] = {
    key: State(preset=key, a=a, op=op, b=b) for key, (a, op, b) in EXAMPLES.items()
}

#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    PRESETS["course_2d_3d"],
    PRESETS["incompatible"],  # torch refuses: its error, the failing dim, no result
    PRESETS["scalar"].with_focus((1, 2)),  # result[1, 2] = a * b_view[1, 2]: the scalar read
    State().with_inputs(Operand("arange", "3, 1"), "/", Operand("values", "[1.5, 2.5]")),
    State().with_inputs(
        Operand("values", "[True, False]"), "-", Operand("values", "[[True], [False]]")
    ),  # shapes broadcast, but torch has no bool subtraction
    # a 0-d tensor broadcasts too (the course's rule says each tensor needs a dim: it does not)
    State().with_inputs(Operand("values", "10"), "+", Operand("values", "[[1, 2, 3], [4, 5, 6]]")),
)
