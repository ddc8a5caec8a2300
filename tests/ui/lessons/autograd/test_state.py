"""The autograd lesson's State as data: JSON round trips, refusals that name the field, and
the transitions a user's clicks make (no Qt, no torch)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.graph_spec import DTYPES, MAX_STEPS, MODES, PRESETS, STEPS, Step, preset
from tensorviz.ui.lessons.autograd.state import (
    CUSTOM,
    SAMPLES,
    LeafSpec,
    State,
    preset_state,
)
from tensorviz.ui.lessons.states import StateError

names = st.text(max_size=8)
leaves = st.builds(
    LeafSpec,
    name=names,
    value=st.text(max_size=30),
    dtype=st.sampled_from(DTYPES),
    requires_grad=st.booleans(),
)
steps = st.builds(
    Step,
    kind=st.sampled_from(STEPS),
    gradient=st.none() | st.text(max_size=20),
    retain_graph=st.booleans(),
    times=st.integers(1, 10),
    fresh_forward=st.booleans(),
    zero_first=st.booleans(),
    leaf=names,
)
custom_states = st.builds(
    State,
    preset=st.just(CUSTOM),
    leaves=st.lists(leaves, min_size=1, max_size=6).map(tuple),
    program=st.text(max_size=60),
    mode=st.sampled_from(MODES),
    inspect=st.booleans(),
    steps=st.lists(steps, max_size=5).map(tuple),
    retain_graph=st.booleans(),
    use_gradient=st.booleans(),
    gradient=st.text(max_size=20),
    times=st.integers(1, 10),
    fresh_forward=st.booleans(),
    zero_first=st.booleans(),
    leaf=names,
    edge=st.none() | st.integers(0, 50),
    zoom=st.just(0.0) | st.floats(0.2, 4.0),
)
preset_states = st.sampled_from([p.key for p in PRESETS]).map(preset_state)


@given(custom_states | preset_states)
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_samples_round_trip_and_differ_from_the_default():
    assert len(SAMPLES) >= 3
    for sample in SAMPLES:
        assert sample != State()
        assert State.from_json(sample.to_json()) == sample


def test_the_default_is_the_vectors_example():
    state = State()
    assert state == preset_state("vectors")
    assert state.spec() == preset("vectors").spec
    assert State.from_dict({"lesson": "autograd"}) == state


def test_a_named_preset_fills_in_what_the_data_leaves_out():
    state = State.from_dict({"lesson": "autograd", "preset": "freed"})
    assert state == preset_state("freed")
    assert state.spec() == preset("freed").spec
    assert state.times == 3 and not state.fresh_forward  # the Backward box as the loop used it


def test_a_preset_sets_the_backward_box_as_its_steps_used_it():
    state = preset_state("vector_gradient")
    assert state.use_gradient and state.gradient == "[1.0, 1.0, 1.0]"
    state = preset_state("zero_grad")
    assert (state.times, state.fresh_forward, state.zero_first) == (3, True, True)
    # a preset without a loop keeps N and the gradient text the user had
    kept = preset_state("scalar", State(times=7, gradient="[2.0]"))
    assert kept.times == 7 and kept.gradient == "[2.0]" and not kept.use_gradient


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"preset": "nope"}, "preset"),
        ({"preset": "freed", "program": "y = x"}, "preset"),
        ({"preset": CUSTOM, "mode": "off"}, "mode"),
        ({"preset": CUSTOM, "leaves": []}, "leaves"),
        (
            {"preset": CUSTOM, "leaves": [{"name": "x", "value": "1.0", "dtype": "int8"}]},
            "leaves[0].dtype",
        ),
        ({"preset": CUSTOM, "leaves": [{"name": "x"}]}, "leaves[0]"),
        ({"preset": CUSTOM, "program": 3}, "program"),
        ({"preset": CUSTOM, "program": "y = x" * 3000}, "program"),
        ({"preset": CUSTOM, "steps": [{"kind": "jump"}]}, "steps[0].kind"),
        ({"preset": CUSTOM, "steps": [{"kind": "repeat", "times": 11}]}, "steps[0].times"),
        ({"preset": CUSTOM, "steps": [{"kind": "zero"}] * (MAX_STEPS + 1)}, "steps"),
        ({"times": 0}, "times"),
        ({"zoom": 9.0}, "zoom"),
        ({"edge": -1}, "edge"),
        ({"retain_graph": "yes"}, "retain_graph"),
        ({"version": 99}, "version"),
        ({"lesson": "numpy"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "autograd", **data})
    assert caught.value.field == field


def test_editing_the_program_starts_a_custom_story():
    state = State(edge=1)
    edited = state.with_definition(program="z = x * y; out = z.mean()")
    assert edited.preset == CUSTOM and edited.steps == () and edited.edge is None
    assert edited.with_definition(program=edited.program) is edited  # nothing changed
    assert state.with_leaf(0, value="[1.0, 2.0, 3.0]") is state
    assert state.with_leaf(0, name=" x ") is state  # names are stripped
    assert state.with_leaf(1, dtype="float64").leaves[1].dtype == "float64"
    assert state.with_definition(mode="no_grad").preset == CUSTOM


def test_leaves_are_added_with_a_free_name_and_removed_from_the_end():
    state = State().with_leaf_added()
    assert [leaf.name for leaf in state.leaves] == ["x", "y", "w"]
    assert state.leaves[-1] == LeafSpec("w", "1.0")
    assert state.with_leaf_added().leaves[-1].name == "b"
    assert state.with_leaf_removed().leaves == State().leaves


def test_the_story_grows_with_the_backward_box_settings():
    state = preset_state("vector_error").replace(retain_graph=True, use_gradient=True, edge=3)
    after = state.with_backward("[1.0, 0.5, 2.0]", non_scalar=True)
    assert after.steps[-1] == Step("backward", gradient="[1.0, 0.5, 2.0]", retain_graph=True)
    assert after.gradient == "[1.0, 0.5, 2.0]" and after.edge is None
    # a scalar output takes no gradient=, whatever the field says
    assert state.with_backward("[1.0]", non_scalar=False).steps[-1].gradient is None
    loop = State(times=4, fresh_forward=False, zero_first=True).with_repeat("", False)
    assert loop.steps[-1] == Step("repeat", times=4, fresh_forward=False, zero_first=True)
    assert State().with_zero().steps[-1] == Step("zero")
    assert State().with_forward().steps[-1] == Step("forward")
    assert State().with_forward().started_over().steps == ()


def test_detach_and_in_place_act_on_the_picked_leaf():
    assert State().picked_leaf == "x"
    assert State(leaf="y").with_leaf_step("inplace").steps[-1] == Step("inplace", leaf="y")
    assert State(leaf="gone").with_leaf_step("detach").steps[-1].leaf == "x"


def test_the_state_module_loads_neither_qt_nor_torch():
    code = (
        "import sys\n"
        "import tensorviz.ui.lessons.autograd.state\n"
        "print(sorted(m for m in ('torch', 'PySide6') if m in sys.modules))\n"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout == "[]\n"


def test_samples_hold_every_example_of_the_course():
    """八.1-3.3: the opening state is the vectors example; every other is a sample."""
    shown = {sample.preset for sample in SAMPLES} | {State().preset}
    course = {p.key for p in PRESETS} - {"inplace_leaf", "no_requires_grad"}  # the app's own
    assert course <= shown
    assert len(set(SAMPLES)) == len(SAMPLES)
