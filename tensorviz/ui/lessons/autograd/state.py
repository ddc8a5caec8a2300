"""The autograd lesson's State: the program, the story told with it, and how it is shown.

The program is the leaves (name, value, dtype, requires_grad), the forward pass in the safe
expression language and the grad mode. The story is every step the user took since the
first forward pass (backward calls, zero_, detach, in-place edits, N backward calls in a
loop): showing a state replays all of it with real torch, so the same state always gives the
same graph, grads, code and output. Editing the program starts a new story.

The rest is what the controls show: the Backward box's settings (what the next click will
do), the leaf picked for detach() and in-place changes, the edge whose chain rule is written
under the graph, and the graph's zoom.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, Self

from tensorviz.core.graph_spec import (
    DTYPES,
    MAX_LEAVES,
    MAX_STEPS,
    MAX_TIMES,
    MODES,
    PRESETS,
    STEPS,
    LeafSpec,
    Spec,
    Step,
    preset,
)
from tensorviz.ui.lessons.states import (
    LessonState,
    StateError,
    check_choice,
    check_range,
    check_text,
)

Mode = Literal["grad", "no_grad", "decorator", "set_grad_enabled"]

#: The preset key of a program the user edited.
CUSTOM = "custom"
PRESET_KEYS: tuple[str, ...] = tuple(p.key for p in PRESETS)
DEFAULT_PRESET = "vectors"
#: Names the "+ leaf" button gives: the first one not taken.
NEW_LEAF_NAMES = ("w", "b", "u", "v", "a", "c", "p", "q")
#: Text limits, generous: core refuses long programs and literals with its own message.
MAX_NAME = 100
MAX_PROGRAM = 10_000
MAX_LITERAL = 200_000
MIN_ZOOM, MAX_ZOOM = 0.2, 4.0

_DEFAULT = preset(DEFAULT_PRESET).spec
#: The fields a preset sets; changing one of them makes the program "custom".
DEFINITION = ("leaves", "program", "mode", "inspect")


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "autograd"

    preset: str = DEFAULT_PRESET
    leaves: tuple[LeafSpec, ...] = _DEFAULT.leaves
    program: str = _DEFAULT.program
    mode: Mode = "grad"
    inspect: bool = False  # print is_leaf and requires_grad after each forward pass
    steps: tuple[Step, ...] = _DEFAULT.steps
    # the Backward box: what the next backward click does
    retain_graph: bool = False
    use_gradient: bool = False
    gradient: str = ""  # the gradient= text last used ("": ones of the output's shape)
    times: int = 3
    fresh_forward: bool = True
    zero_first: bool = False
    # the picture
    leaf: str = ""  # the leaf picked for detach() and in-place changes ("": the first)
    edge: int | None = None  # the edge whose chain rule is written under the graph
    zoom: float = 0.0  # the graph's zoom; 0 fits the graph into the view

    def check(self) -> None:
        check_choice("preset", self.preset, (*PRESET_KEYS, CUSTOM))
        check_choice("mode", self.mode, MODES)
        if not 1 <= len(self.leaves) <= MAX_LEAVES:
            count = len(self.leaves)
            raise StateError("leaves", f"must hold 1 to {MAX_LEAVES} leaves, not {count}")
        for i, leaf in enumerate(self.leaves):
            check_text(f"leaves[{i}].name", leaf.name, MAX_NAME)
            check_text(f"leaves[{i}].value", leaf.value, MAX_LITERAL)
            check_choice(f"leaves[{i}].dtype", leaf.dtype, DTYPES)
        check_text("program", self.program, MAX_PROGRAM)
        if len(self.steps) > MAX_STEPS:
            raise StateError("steps", f"at most {MAX_STEPS} steps, not {len(self.steps)}")
        for i, step in enumerate(self.steps):
            check_choice(f"steps[{i}].kind", step.kind, STEPS)
            check_range(f"steps[{i}].times", step.times, 1, MAX_TIMES)
            check_text(f"steps[{i}].gradient", step.gradient or "", MAX_LITERAL)
            check_text(f"steps[{i}].leaf", step.leaf, MAX_NAME)
        check_text("gradient", self.gradient, MAX_LITERAL)
        check_range("times", self.times, 1, MAX_TIMES)
        check_text("leaf", self.leaf, MAX_NAME)
        if self.edge is not None:
            check_range("edge", self.edge, 0, 10_000)
        if self.zoom != 0:
            check_range("zoom", self.zoom, MIN_ZOOM, MAX_ZOOM)
        if self.preset != CUSTOM:
            spec = preset(self.preset).spec
            if any(getattr(self, f) != getattr(spec, f) for f in DEFINITION):
                raise StateError(
                    "preset",
                    f"the leaves, program or grad mode differ from preset {self.preset!r}; "
                    f"an edited program is {CUSTOM!r}",
                )

    @classmethod
    def from_dict(cls, data: object) -> Self:
        """A named preset fills in what ``data`` leaves out: ``{"preset": "freed"}`` is that
        example with its steps."""
        if isinstance(data, dict) and data.get("preset", CUSTOM) in PRESET_KEYS:
            data = {**preset_state(data["preset"]).to_dict(), **data}
        return super().from_dict(data)

    # -- what torch replays ----------------------------------------------------------------
    def spec(self) -> Spec:
        return Spec(self.leaves, self.program, self.mode, self.steps, self.inspect)

    @property
    def picked_leaf(self) -> str:
        """The leaf detach() and the in-place buttons act on."""
        names = [leaf.name for leaf in self.leaves]
        return self.leaf if self.leaf in names else names[0]

    @property
    def steps_full(self) -> bool:
        return len(self.steps) >= MAX_STEPS

    # -- transitions: the program (each starts a new story) --------------------------------
    def with_definition(self, **changes: Any) -> State:
        """Leaves, program, grad mode or inspect changed: a new story (no steps yet) of the
        user's own program. Setting what is already there changes nothing."""
        if all(getattr(self, name) == value for name, value in changes.items()):
            return self
        return replace(self, **changes, steps=(), edge=None, preset=CUSTOM)

    def with_leaf(self, index: int, **changes: Any) -> State:
        if "name" in changes:
            changes["name"] = changes["name"].strip()
        leaves = list(self.leaves)
        leaves[index] = replace(leaves[index], **changes)
        return self.with_definition(leaves=tuple(leaves))

    def with_leaf_added(self) -> State:
        used = {leaf.name for leaf in self.leaves}
        name = next(n for n in NEW_LEAF_NAMES if n not in used)
        return self.with_definition(leaves=(*self.leaves, LeafSpec(name, "1.0")))

    def with_leaf_removed(self) -> State:
        return self.with_definition(leaves=self.leaves[:-1])

    # -- transitions: the story ------------------------------------------------------------
    def with_step(self, step: Step, **settings: Any) -> State:
        return replace(self, steps=(*self.steps, step), edge=None, **settings)

    def with_forward(self) -> State:
        return self.with_step(Step("forward"))

    def with_backward(self, gradient: str, non_scalar: bool) -> State:
        """``out.backward(...)``; ``gradient`` is the gradient= field's text, used when the
        output is ``non_scalar`` and gradient= is ticked."""
        used = gradient if non_scalar and self.use_gradient else None
        step = Step("backward", gradient=used, retain_graph=self.retain_graph)
        return self.with_step(step, gradient=gradient)

    def with_repeat(self, gradient: str, non_scalar: bool) -> State:
        """backward() ``times`` times in a loop, as the Backward box says."""
        step = Step(
            "repeat",
            gradient=gradient if non_scalar and self.use_gradient else None,
            retain_graph=self.retain_graph,
            times=self.times,
            fresh_forward=self.fresh_forward,
            zero_first=self.zero_first,
        )
        return self.with_step(step, gradient=gradient)

    def with_zero(self) -> State:
        return self.with_step(Step("zero"))

    def with_leaf_step(self, kind: str) -> State:
        """``detach``, ``edit_detached`` or ``inplace`` on the picked leaf."""
        return self.with_step(Step(kind, leaf=self.picked_leaf))

    def started_over(self) -> State:
        return replace(self, steps=(), edge=None)


def _preset_fields(spec: Spec, previous: State | None) -> dict[str, Any]:
    """What a preset sets: its program and steps, and the Backward box as its steps used
    it (settings its steps do not use stay as they were)."""
    fields: dict[str, Any] = {
        "leaves": spec.leaves,
        "program": spec.program,
        "mode": spec.mode,
        "inspect": spec.inspect,
        "steps": spec.steps,
        "retain_graph": False,
        "use_gradient": False,
        "fresh_forward": True,
        "zero_first": False,
    }
    if previous is not None:
        fields.update(gradient=previous.gradient, times=previous.times)
    for step in spec.steps:
        if step.kind == "repeat":
            fields.update(
                times=step.times, fresh_forward=step.fresh_forward, zero_first=step.zero_first
            )
        if step.kind in ("repeat", "backward"):
            fields.update(retain_graph=step.retain_graph, use_gradient=step.gradient is not None)
            if step.gradient is not None:
                fields["gradient"] = step.gradient
    return fields


def preset_state(key: str, previous: State | None = None) -> State:
    """The course's example ``key``; the leaf picked and the zoom stay as in ``previous``."""
    kept = {} if previous is None else {"leaf": previous.leaf, "zoom": previous.zoom}
    return State(preset=key, **_preset_fields(preset(key).spec, previous), **kept)


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    preset_state("accumulate"),
    preset_state("vector_error"),  # torch refuses backward() on a vector
    State(
        preset=CUSTOM,
        program="h = sigmoid(x) * exp(y) - x / y; out = h.mean()",
        leaf="y",
        edge=2,
    ),
    preset_state("detach").with_backward("", non_scalar=False),  # the version counter
    replace(preset_state("float64"), zoom=1.3),
    preset_state("no_grad"),
    State().with_leaf(1, dtype="int64"),  # torch: an int64 leaf cannot require grad
    # the rest of the course's examples (八.1-3.3), each as the course writes it
    *(preset_state(key) for key in ("leaf", "detach", "scalar", "vector_gradient", "mean")),
    *(preset_state(key) for key in ("decorator", "set_grad_enabled", "freed", "zero_grad")),
)
