"""The create lesson's State: the constructor, every argument as typed, the seed and its runs,
the example chosen, the printing mode and the cell picked.

Arguments are kept as the user typed them and parsed by :mod:`tensorviz.core.create` each time
the state is shown, so a state read from JSON is refused (or drawn) exactly like typed input.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from tensorviz.core.create import CONSTRUCTORS, Request, used_fields
from tensorviz.core.literal import COURSE_DTYPE_NAMES, MAX_ELEMENTS, LiteralError, parse_int
from tensorviz.ui.lessons.states import (
    LessonState,
    StateError,
    check_choice,
    check_range,
    check_text,
)

#: Text fields, in form order: the argument names (each edit is named f"{name}_edit").
TEXT_FIELDS = (
    "data",
    "size",
    "start",
    "end",
    "step",
    "steps",
    "fill_value",
    "mean",
    "std",
    "low",
    "high",
)
#: dtypes offered in the combo (one name per dtype; "" = the constructor's default).
DTYPE_CHOICES = ("", *COURSE_DTYPE_NAMES)
#: Devices a state may name; one this machine lacks shows torch's own error.
DEVICES = ("cpu", "cuda", "mps")
CUSTOM = "custom"
#: Examples: key -> the fields they set (everything else keeps its value).
PRESETS: dict[str, dict[str, Any]] = {
    "scalar": dict(constructor="torch.tensor", data="5", numpy=False, from_tensor=False, dtype=""),
    "vector": dict(
        constructor="torch.tensor", data="[1, 2, 3]", numpy=False, from_tensor=False, dtype=""
    ),
    "matrix": dict(
        constructor="torch.tensor",
        data="[[1, 2], [3, 4]]",
        numpy=False,
        from_tensor=False,
        dtype="",
    ),
    "3d": dict(
        constructor="torch.tensor",
        data="[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]]",
        numpy=False,
        from_tensor=False,
        dtype="",
    ),
    "4d": dict(
        constructor="torch.tensor",
        data="[[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]], "
        "[[[13, 14, 15], [16, 17, 18]], [[19, 20, 21], [22, 23, 24]]]]",
        numpy=False,
        from_tensor=False,
        dtype="",
    ),
    "uninit": dict(constructor="torch.Tensor", source="size", size="2, 3"),
    "convert": dict(constructor="torch.IntTensor", source="data", data="[1.7, -2.5, 3.0, 100]"),
    "numpy": dict(
        constructor="torch.tensor",
        data="[[1.5, 2.0], [3.0, 4.5]]",
        numpy=True,
        source="data",
        from_tensor=False,
        dtype="",
    ),
    # the notes' torch.tensor(np.random.randn(3, 5)), seeded so that it can be shown again
    "randn": dict(
        constructor="torch.tensor",
        numpy=True,
        source="size",
        size="3, 5",
        from_tensor=False,
        dtype="",
    ),
    # the notes' table row "given a tensor": what torch.tensor and torch.Tensor do with t
    "tensor_arg": dict(
        constructor="torch.tensor",
        data="[1, 2, 3]",
        numpy=False,
        from_tensor=True,
        dtype="",
        device="cpu",
        requires_grad=False,
    ),
    "linspace": dict(
        constructor="torch.linspace",
        start="3",
        end="10000000",
        steps="10",
        dtype="",
        sci_mode=None,
    ),
    "normal": dict(constructor="torch.normal", mean="2.0", std="3.0", size="2, 4", dtype=""),
}
#: The Examples buttons, two per row.
PRESET_ORDER = (
    ("scalar", "vector"),
    ("matrix", "3d"),
    ("4d", "uninit"),
    ("convert", "numpy"),
    ("randn", "tensor_arg"),
    ("linspace", "normal"),
)
MAX_RUNS = 1_000_000
_LIMITS = {"data": 32_767}  # a QLineEdit holds at most 32,767 characters
_DEFAULT = Request()


@dataclass(frozen=True)
class State(LessonState):
    """``run`` counts the runs of a random constructor with these arguments (seeds aside);
    ``previous_seed`` is the seed of the run before (None on the first), whose values the
    lesson compares with these. ``selected`` is the cell picked (None: the last cell)."""

    LESSON = "create"
    #: 2: ``source`` "size" also means ``np.random.randn(size)`` for ``torch.tensor`` of a
    #: numpy array (version 1 ignored it there)
    VERSION = 2

    constructor: str = _DEFAULT.constructor
    data: str = _DEFAULT.data
    source: Literal["data", "size"] = "data"
    numpy: bool = _DEFAULT.numpy
    from_tensor: bool = _DEFAULT.from_tensor
    size: str = _DEFAULT.size
    start: str = _DEFAULT.start
    end: str = _DEFAULT.end
    step: str = _DEFAULT.step
    steps: str = _DEFAULT.steps
    fill_value: str = _DEFAULT.fill_value
    mean: str = _DEFAULT.mean
    std: str = _DEFAULT.std
    low: str = _DEFAULT.low
    high: str = _DEFAULT.high
    dtype: str = _DEFAULT.dtype
    device: str = _DEFAULT.device
    requires_grad: bool = _DEFAULT.requires_grad
    seed: str = _DEFAULT.seed
    sci_mode: bool | None = _DEFAULT.sci_mode
    run: int = 1
    previous_seed: int | None = None
    preset: str = CUSTOM
    selected: tuple[int, ...] | None = None

    def check(self) -> None:
        check_choice("constructor", self.constructor, CONSTRUCTORS)
        for name in (*TEXT_FIELDS, "seed"):
            check_text(name, getattr(self, name), _LIMITS.get(name, 1000))
        check_choice("dtype", self.dtype, DTYPE_CHOICES)
        check_choice("device", self.device, DEVICES)
        check_range("run", self.run, 1, MAX_RUNS if self.is_random else 1)
        if (self.previous_seed is None) != (self.run == 1):
            raise StateError("previous_seed", "is set exactly when run is more than 1")
        if self.previous_seed is not None:
            check_range("previous_seed", self.previous_seed, 0, 2**64 - 1)
        check_choice("preset", self.preset, (CUSTOM, *PRESETS))
        for name, value in PRESETS.get(self.preset, {}).items():
            if getattr(self, name) != value:
                raise StateError(
                    "preset",
                    f"{self.preset!r} sets {name} to {value!r}, not {getattr(self, name)!r}",
                )
        if self.selected is not None and (
            len(self.selected) > 8 or any(not 0 <= i < MAX_ELEMENTS for i in self.selected)
        ):
            raise StateError("selected", f"{list(self.selected)} is not an element's index")

    @classmethod
    def upgrade(cls, data: dict[str, Any], version: int) -> dict[str, Any]:
        if (
            data.get("constructor", _DEFAULT.constructor) == "torch.tensor"
            and data.get("numpy") is True
            and data.get("source") == "size"
        ):
            data = data | {"source": "data"}  # what version 1 showed: np.array(data)
        return data

    # -- what the state means --------------------------------------------------------------
    @property
    def is_random(self) -> bool:
        """The values come from a seeded generator: each run is counted and compared."""
        return "seed" in self.shown_fields()

    def shown_fields(self) -> frozenset[str]:
        """The arguments the constructor takes (a legacy one: its data or its size;
        torch.tensor of a numpy array: np.array(data) or np.random.randn(size))."""
        return used_fields(self.constructor, self.source, self.numpy)

    def request(self) -> Request:
        """The fields as :mod:`tensorviz.core.create` reads them."""
        names = (f.name for f in dataclasses.fields(Request))
        return Request(**{name: getattr(self, name) for name in names})

    # -- transitions -----------------------------------------------------------------------
    def with_fields(self, **changes: Any) -> State:
        """The constructor or its arguments edited (the seed included).

        A new seed for the same arguments is another run, compared with the run before; any
        other change starts counting again, and makes the example "custom"."""
        if all(getattr(self, name) == value for name, value in changes.items()):
            return self
        new = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)} | changes
        same_arguments = all(
            new[f.name] == getattr(self, f.name)
            for f in dataclasses.fields(Request)
            if f.name != "seed"
        )
        draws = "seed" in used_fields(new["constructor"], new["source"], new["numpy"])
        previous = _seed(self.seed) if same_arguments and draws else None
        changed = {name for name, value in changes.items() if getattr(self, name) != value}
        keeps = changed <= {"seed", "selected"}  # another run of the same example
        return State(
            **new
            | {
                "run": 1 if previous is None else min(self.run + 1, MAX_RUNS),
                "previous_seed": previous,
                "preset": self.preset if keeps else CUSTOM,
            }
        )

    def with_preset(self, key: str) -> State:
        """Example ``key``: its fields set, the rest kept, no cell picked."""
        check_choice("preset", key, PRESETS)
        return self.with_fields(**PRESETS[key]).replace(preset=key, selected=None)

    def with_run_again(self) -> State:
        """The same seed and arguments once more (only a random constructor draws)."""
        previous = _seed(self.seed)
        if not self.is_random or previous is None:
            return self
        return self.replace(run=min(self.run + 1, MAX_RUNS), previous_seed=previous)

    def with_selected(self, index: tuple[int, ...] | None) -> State:
        return self.replace(selected=None if index is None else tuple(index))


def _seed(text: str) -> int | None:
    """The seed ``text`` names, or None where it names none."""
    try:
        seed = parse_int(text)
    except LiteralError:
        return None
    return seed if 0 <= seed < 2**64 else None


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    State().with_preset("3d").with_selected((1, 0, 2)),
    State().with_preset("normal").with_run_again(),
    State().with_preset("convert"),
    State().with_preset("linspace").with_fields(sci_mode=False),
    State(constructor="torch.randn", size="64, 64"),
    State(constructor="torch.normal", std="-1"),  # torch refuses a negative spread
    # the notes' examples (三, 四.1-2); those that show uninitialised memory (torch.tensor(5)
    # beside torch.Tensor(5), torch.Tensor(2, 3), IntTensor(2, 3)...) draw different bytes
    # on every run, so no two screenshots of them agree: their tests are the lesson's own
    State().with_preset("randn"),  # torch.tensor(np.random.randn(3, 5)), seeded
    State(constructor="torch.Tensor"),  # torch.Tensor([[1, 2, 3], [4, 5, 6]])
    State(constructor="torch.Tensor", data="[10]"),
    State(constructor="torch.arange"),  # arange(0, 10, 2)
    State(constructor="torch.linspace", start="3", end="10", steps="10"),
    State(constructor="torch.rand", size="2, 3", seed="123"),  # and torch.initial_seed()
    State(constructor="torch.normal", mean="2", std="3", size="1, 4", seed="123"),
    # the table's row "given a tensor": torch.tensor(t) copies and warns, torch.Tensor(t)
    # shares t's memory and keeps its dtype (int64 here, float32 below)
    State().with_preset("tensor_arg"),
    State(constructor="torch.Tensor", data="[1.5, 2.0, 3.0]", from_tensor=True),
)
