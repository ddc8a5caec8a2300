"""The ops lesson's State: the topic shown and, for each of the four topics, what its fields
hold and which cell is picked (the element-wise topic's chain of calls: ``chain_state``).

Each topic keeps its own frozen sub-state, so switching topics and back finds a topic as it
was left. A preset is a sub-state (:data:`ITEM_PRESETS` ...); which preset a sub-state is, is
not stored but read from its fields (:meth:`ItemState.preset`): edit a field and the Example
combo says "custom", type the preset's text back and it names the preset again.

Texts are kept as typed; the controller parses them (``core.literal``) before a state is
made from them, so a text that is no literal never becomes state. No Qt and no torch here:
the names (``substate``) are the choices of ``tensorviz.core.ops`` (a test checks they agree).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tensorviz.ui.lessons.ops.chain_state import (  # noqa: F401 (the lesson's names, here)
    CHAIN_PRESETS,
    COURSE_CHAIN,
    ChainLink,
    ChainState,
)
from tensorviz.ui.lessons.ops.substate import (  # noqa: F401
    CHAIN_OPS,
    CUSTOM,
    DTYPE_NAMES,
    MAX_DIMS,
    MAX_ELEMENTS,
    MAX_LINKS,
    MAX_SEED,
    MAX_TEXT,
    OP_NAMES,
    UNARY_NAMES,
    DtypeName,
    OpName,
    SubState,
    preset_of,
)
from tensorviz.ui.lessons.states import (
    LessonState,
    StateError,
    check_choice,
    check_range,
    check_text,
)

Topic = Literal["item", "elementwise", "hadamard", "matmul"]
HadamardForm = Literal["*", "mul"]
MatmulForm = Literal["@", "matmul"]
TOPICS: tuple[str, ...] = ("item", "elementwise", "hadamard", "matmul")


def _check_index(name: str, index: tuple[int, ...]) -> None:
    if len(index) > MAX_DIMS or any(not 0 <= i < MAX_ELEMENTS for i in index):
        raise StateError(name, f"{list(index)} is not a cell's index")


# -- item() ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemState(SubState):
    """``x = torch.tensor(<x>, dtype=<dtype>)``, then ``x.item()``."""

    x: str = "[18]"
    dtype: DtypeName = "auto"

    def __post_init__(self) -> None:
        check_text("x", self.x, MAX_TEXT)
        check_choice("dtype", self.dtype, DTYPE_NAMES)

    def preset(self) -> str:
        return preset_of(self, ITEM_PRESETS)


# -- element-wise ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ElementwiseState(SubState):
    """``mode`` "one": ``x.<op>(operand)`` and ``x.<op>_(operand)``, a one-number operand
    being a Python scalar (neg and sqrt take none). ``mode`` "chain": the calls of ``chain``
    on one tensor, one after another."""

    x: str = "[[1, 2, 3], [4, 5, 6]]"
    dtype: DtypeName = "auto"
    op: OpName = "add"
    operand: str = "10"
    mode: Literal["one", "chain"] = "one"
    chain: ChainState = COURSE_CHAIN

    def __post_init__(self) -> None:
        check_text("x", self.x, MAX_TEXT)
        check_text("operand", self.operand, MAX_TEXT)
        check_choice("dtype", self.dtype, DTYPE_NAMES)
        check_choice("op", self.op, OP_NAMES)
        check_choice("mode", self.mode, ("one", "chain"))

    def preset(self) -> str:
        if self.mode == "chain":
            return preset_of(self.chain, CHAIN_PRESETS)
        return preset_of(self.replace(chain=COURSE_CHAIN), ELEMENTWISE_PRESETS)

    def with_preset(self, key: str) -> ElementwiseState:
        """Example ``key``: a single call's (the chain stays) or a chain's (the call stays)."""
        chains = dict(CHAIN_PRESETS)
        if key in chains:
            return self.replace(mode="chain", chain=chains[key])
        return dict(ELEMENTWISE_PRESETS)[key].replace(chain=self.chain)


# -- Hadamard product ------------------------------------------------------------------------
@dataclass(frozen=True)
class HadamardState(SubState):
    """``C = A * B`` (or ``A.mul(B)``); ``cell`` is the cell of C written out (None: its
    first cell)."""

    a: str = "[[1, 2, 3], [4, 5, 6]]"
    b: str = "[[2, 3, 4], [2, 2, 3]]"
    form: HadamardForm = "*"
    cell: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        check_text("a", self.a, MAX_TEXT)
        check_text("b", self.b, MAX_TEXT)
        check_choice("form", self.form, ("*", "mul"))
        if self.cell is not None:
            _check_index("cell", self.cell)

    def preset(self) -> str:
        return preset_of(self.replace(cell=None), HADAMARD_PRESETS)

    def with_operands(self, a: str, b: str) -> HadamardState:
        return self.replace(a=a, b=b, cell=None)

    def with_form(self, form: str) -> HadamardState:
        return self.replace(form=form, cell=None)


# -- matrix product --------------------------------------------------------------------------
@dataclass(frozen=True)
class Random:
    """A and B as seeded random integers 0..9 of these shapes (``torch.randint``)."""

    a_shape: tuple[int, ...]
    b_shape: tuple[int, ...]
    seed: int = 0

    def __post_init__(self) -> None:
        for name, shape in (("a_shape", self.a_shape), ("b_shape", self.b_shape)):
            if len(shape) > MAX_DIMS or any(s < 0 for s in shape):
                raise StateError(name, f"{list(shape)} is not a shape")
            count = 1
            for size in shape:
                count *= size
            if count > MAX_ELEMENTS:
                raise StateError(name, f"{count:,} elements; the limit is {MAX_ELEMENTS:,}")
        check_range("seed", self.seed, 0, MAX_SEED)


@dataclass(frozen=True)
class MatmulState(SubState):
    """``C = A @ B`` (or ``A.matmul(B)``) of the literals ``a`` and ``b``, or of random
    integers when ``random`` is set. ``shape_a``, ``shape_b`` and ``seed`` are the random
    box's fields as typed (used when its button is pressed). ``position`` is the cell of C
    written out, counted in C order."""

    a: str = "[[1, 2, 3], [4, 5, 6]]"
    b: str = "[[3, 2], [2, 3], [5, 3]]"
    form: MatmulForm = "@"
    random: Random | None = None
    shape_a: str = "3, 4"
    shape_b: str = "4, 2"
    seed: int = 0
    position: int = 0

    def __post_init__(self) -> None:
        check_text("a", self.a, MAX_TEXT)
        check_text("b", self.b, MAX_TEXT)
        check_choice("form", self.form, ("@", "matmul"))
        check_text("shape_a", self.shape_a, 1000)
        check_text("shape_b", self.shape_b, 1000)
        check_range("seed", self.seed, 0, MAX_SEED)
        check_range("position", self.position, 0, MAX_ELEMENTS - 1)

    def preset(self) -> str:
        if self.random is not None:
            return CUSTOM
        return preset_of(self.product(), MATMUL_PRESETS)

    def product(self) -> MatmulState:
        """Only what decides the product (not the random box's fields, not the cell)."""
        return MatmulState(a=self.a, b=self.b, form=self.form, random=self.random)

    def with_operands(self, a: str, b: str) -> MatmulState:
        return self.replace(a=a, b=b, random=None, position=0)

    def with_form(self, form: str) -> MatmulState:
        return self.replace(form=form, position=0)

    def with_random(self, random: Random, shape_a: str, shape_b: str) -> MatmulState:
        return self.replace(
            random=random, shape_a=shape_a, shape_b=shape_b, seed=random.seed, position=0
        )


# Presets, in the order of the Example combos (their titles are in texts.py, by key).
ITEM_PRESETS: tuple[tuple[str, ItemState], ...] = (
    ("course", ItemState("[18]")),
    ("zero_d", ItemState("18")),
    ("three_d", ItemState("[[[2.5]]]")),
    ("float", ItemState("[0.1]")),
    ("bool", ItemState("[True]")),
    ("two", ItemState("[1, 2]")),
)
_X = "[[1, 2, 3], [4, 5, 6]]"
ELEMENTWISE_PRESETS: tuple[tuple[str, ElementwiseState], ...] = (
    ("add", ElementwiseState(_X, "auto", "add", "10")),
    ("mul_tensor", ElementwiseState(_X, "auto", "mul", "[10, 100, 1000]")),
    ("int_div", ElementwiseState(_X, "auto", "div", "2")),
    ("float_div", ElementwiseState(_X, "float32", "div", "2")),
    ("square", ElementwiseState("[[1, 2], [3, 4]]", "auto", "pow", "2")),
    ("negative_power", ElementwiseState("[[1, 2], [3, 4]]", "auto", "pow", "-1")),
    ("neg", ElementwiseState("[[1, -2, 3], [-4, 5, -6]]", "auto", "neg", "10")),
    ("sqrt", ElementwiseState("[[4.0, -9.0], [2.0, 0.0]]", "auto", "sqrt", "10")),
    ("int_sqrt", ElementwiseState("[[1, 4, 9], [16, 25, 36]]", "auto", "sqrt", "10")),
)
HADAMARD_PRESETS: tuple[tuple[str, HadamardState], ...] = (
    ("course", HadamardState(_X, "[[2, 3, 4], [2, 2, 3]]")),
    ("signs", HadamardState("[[1, -2], [3, 0.5]]", "[[2, 2], [-1, 4]]")),
    ("mismatch", HadamardState(_X, "[[3, 2], [2, 3], [5, 3]]")),
)
MATMUL_PRESETS: tuple[tuple[str, MatmulState], ...] = (
    ("course", MatmulState(_X, "[[3, 2], [2, 3], [5, 3]]")),
    ("vector", MatmulState("[1, 2, 3]", "[[3, 2], [2, 3], [5, 3]]")),
    (
        "batched",
        MatmulState(
            "[[[1, 2, 3], [4, 5, 6]], [[1, 0, 2], [0, 1, 1]]]",
            "[[[3, 2], [2, 3], [5, 3]], [[1, 1], [2, 0], [0, 3]]]",
        ),
    ),
    ("inner_mismatch", MatmulState(_X, _X)),
    ("dtype_mismatch", MatmulState(_X, "[[3.0, 2.0], [2.0, 3.0], [5.0, 3.0]]")),
)
PRESETS: dict[str, tuple[tuple[str, object], ...]] = {
    "item": ITEM_PRESETS,
    "elementwise": ELEMENTWISE_PRESETS,
    "hadamard": HADAMARD_PRESETS,
    "matmul": MATMUL_PRESETS,
}


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "ops"

    topic: Topic = "matmul"
    item: ItemState = field(default_factory=ItemState)
    elementwise: ElementwiseState = field(default_factory=ElementwiseState)
    hadamard: HadamardState = field(default_factory=HadamardState)
    matmul: MatmulState = field(default_factory=MatmulState)

    def check(self) -> None:
        check_choice("topic", self.topic, TOPICS)

    def shown(self) -> ItemState | ElementwiseState | HadamardState | MatmulState:
        """The sub-state of the topic shown."""
        return getattr(self, self.topic)

    # -- transitions -----------------------------------------------------------------------
    def with_topic(self, topic: str) -> State:
        return self.replace(topic=topic)

    def with_preset(self, topic: str, key: str) -> State:
        """Topic ``topic`` set to its preset ``key`` (the fields a preset does not set, such
        as the random box's, stay)."""
        if topic == "elementwise":
            return self.replace(elementwise=self.elementwise.with_preset(key))
        preset = dict(PRESETS[topic])[key]
        if topic == "matmul":
            preset = self.matmul.replace(a=preset.a, b=preset.b, form=preset.form)
            preset = preset.replace(random=None, position=0)
        return self.replace(**{topic: preset})

    def with_sub(self, sub: ItemState | ElementwiseState | HadamardState | MatmulState) -> State:
        """The sub-state of ``sub``'s topic replaced by ``sub``."""
        name = {
            ItemState: "item",
            ElementwiseState: "elementwise",
            HadamardState: "hadamard",
            MatmulState: "matmul",
        }[type(sub)]
        return self.replace(**{name: sub})


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    State(matmul=dict(MATMUL_PRESETS)["batched"].replace(position=5)),
    State(matmul=MatmulState().with_random(Random((2, 4), (4, 3), 7), "2, 4", "4, 3")),
    State(topic="elementwise", elementwise=dict(ELEMENTWISE_PRESETS)["int_div"]),
    State(topic="hadamard", hadamard=dict(HADAMARD_PRESETS)["signs"].replace(cell=(1, 0))),
    State(topic="item", item=ItemState("[[[2.5]]]", "float64")),
    # torch refuses: its error is shown, over the last product it could compute
    State(matmul=dict(MATMUL_PRESETS)["inner_mismatch"]),
    # the course's examples (七.1-4), each as the course writes it
    State(topic="item"),  # torch.tensor([18]).item()
    State(topic="item", item=dict(ITEM_PRESETS)["two"]),  # several elements: torch's error
    *(
        State(topic="elementwise").with_preset("elementwise", key)
        for key in ("course_out_of_place", "course_in_place", "int_in_place", "neg_sqrt")
    ),
    *(State(topic="elementwise").with_preset("elementwise", k) for k in ("neg", "int_sqrt")),
    State(topic="hadamard"),  # data1 * data2
    State(topic="hadamard", hadamard=HadamardState().with_form("mul")),  # data1.mul(data2)
    State(matmul=MatmulState().with_form("matmul")),  # data1.matmul(data2)
)
