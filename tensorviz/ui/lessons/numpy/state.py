"""The numpy lesson's State: the data, its dtype, the edits written so far, the tab shown,
and the pair a course step is about.

An edit is kept as the user typed it and written again, with the real ``__setitem__``, each
time the state is shown: the picture is always what torch and numpy do with these objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tensorviz.core.numpy_bridge import DEFAULT_VALUES, DTYPE_NAMES, MODES
from tensorviz.ui.lessons.states import LessonState, StateError, check_choice, check_text

Mode = Literal["numpy", "numpy_copy", "from_numpy", "tensor"]
Side = Literal["tensor", "array"]
Tab = Literal["pairs", "mapping"]
#: the pair a course step is about ("": none): brought into view and marked. Four pairs are
#: taller than a projector's picture, and a question about the third was answered under the
#: first, which the picture stayed scrolled at (a lecturer's review)
Focus = Literal["", "numpy", "numpy_copy", "from_numpy", "tensor"]

MAX_EDITS = 200


@dataclass(frozen=True)
class Edit:
    """Write ``text`` (one number) into element ``index`` of one side of ``mode``'s pair."""

    mode: Mode
    side: Side
    index: tuple[int, ...]
    text: str

    def __post_init__(self) -> None:
        check_text("text", self.text, 200)
        if len(self.index) > 8 or any(i < 0 for i in self.index):
            raise StateError("index", f"{list(self.index)} is not an element's index")


def produced_side(mode: str) -> Side:
    """The side that ``mode``'s conversion makes (the ndarray for ``.numpy()``)."""
    return "array" if mode in ("numpy", "numpy_copy") else "tensor"


#: The notes' experiment: 100 written into element [0, 0] of the side each conversion made.
NOTES_EDITS: tuple[Edit, ...] = tuple(Edit(m, produced_side(m), (0, 0), "100") for m in MODES)  # type: ignore[arg-type]


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "numpy"

    values: str = DEFAULT_VALUES
    dtype: str = ""
    edits: tuple[Edit, ...] = NOTES_EDITS
    tab: Tab = "pairs"
    focus: Focus = ""

    def check(self) -> None:
        check_text("values", self.values, 2000)
        check_choice("dtype", self.dtype, ("", *DTYPE_NAMES))
        if len(self.edits) > MAX_EDITS:
            raise StateError("edits", f"at most {MAX_EDITS} edits, not {len(self.edits)}")

    # -- transitions -----------------------------------------------------------------------
    def with_data(self, values: str, dtype: str) -> State:
        """New data: the pairs are made again, without edits."""
        return self.replace(values=values, dtype=dtype, edits=())

    def with_edit(self, edit: Edit) -> State:
        return self.replace(edits=(*self.edits, edit)[-MAX_EDITS:])


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    State(values="[0.5, 1.5, 2.5]", dtype="float64").with_edit(Edit("numpy", "tensor", (1,), "-2")),
    State(
        values="[[1, 2], [3, 4]]",
        dtype="uint8",
        edits=(Edit("from_numpy", "array", (1, 1), "255"),),
    ),
    State(tab="mapping"),
    State(dtype="bfloat16"),
)
