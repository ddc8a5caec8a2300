"""The dtype lesson's State as data: JSON round trips, refusals that name the field, and the
transitions of the conversions list."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.dtypes import MAX_CHAIN_ELEMENTS, MAX_STEPS
from tensorviz.core.literal import COURSE_DTYPE_NAMES
from tensorviz.ui.lessons.dtype.state import (
    DEFAULT_STEPS,
    SAMPLES,
    TAKES_DTYPE,
    Conversion,
    State,
)
from tensorviz.ui.lessons.states import StateError

KINDS = (
    "float",
    "half",
    "double",
    "long",
    "int",
    "short",
    "char",
    "byte",
    "bool",
    "type",
    "to",
)

conversions = st.one_of(
    st.builds(Conversion, kind=st.sampled_from([k for k in KINDS if k not in TAKES_DTYPE])),
    st.builds(
        Conversion, kind=st.sampled_from(TAKES_DTYPE), dtype=st.sampled_from(COURSE_DTYPE_NAMES)
    ),
)


@st.composite
def states(draw):
    steps = tuple(draw(st.lists(conversions, max_size=MAX_STEPS)))
    return State(
        values=draw(st.text(max_size=60)),
        dtype=draw(st.sampled_from(("", *COURSE_DTYPE_NAMES))),
        steps=steps,
        current_step=draw(st.integers(0, max(0, len(steps) - 1))),
        selected=draw(st.integers(0, MAX_CHAIN_ELEMENTS - 1)),
        device=draw(st.sampled_from(("cuda", "cpu", "meta", "tpu", "cuda:1"))),
        tab=draw(st.sampled_from(("chain", "table", "devices"))),
    )


@given(states())
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_the_default_is_the_notes_chain():
    state = State()
    assert state.steps == DEFAULT_STEPS
    assert [(s.kind, s.dtype) for s in state.steps] == [
        ("half", ""),
        ("float", ""),
        ("int", ""),
        ("type", "uint8"),
    ]
    assert (state.dtype, state.device, state.tab, state.selected) == ("", "cuda", "chain", 0)
    assert State.from_dict({"lesson": "dtype"}) == state


def test_samples_are_valid_and_differ():
    assert len(SAMPLES) >= 3
    assert len(set(SAMPLES)) == len(SAMPLES)
    assert any(s.dtype == "uint8" and "300" in s.values for s in SAMPLES)  # the error state
    for sample in SAMPLES:
        assert State.from_dict(json.loads(sample.to_json())) == sample


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"dtype": "float128"}, "dtype"),
        ({"dtype": "torch.float32"}, "dtype"),  # names are kept without "torch."
        ({"tab": "other"}, "tab"),
        ({"values": 3}, "values"),
        ({"values": "1" * 2001}, "values"),
        ({"steps": [{"kind": "round"}]}, "steps[0].kind"),
        ({"steps": [{"kind": "type", "dtype": "float8"}]}, "steps[0].dtype"),
        ({"steps": [{"kind": "type"}]}, "steps[0].dtype"),
        ({"steps": [{"kind": "half", "dtype": "int8"}]}, "steps[0].dtype"),
        ({"steps": [{"kind": "half"}] * (MAX_STEPS + 1)}, "steps"),
        ({"current_step": 4}, "current_step"),
        ({"current_step": -1}, "current_step"),
        ({"selected": MAX_CHAIN_ELEMENTS}, "selected"),
        ({"selected": -1}, "selected"),
        ({"selected": 1.5}, "selected"),
        ({"device": ""}, "device"),
        ({"device": " cpu"}, "device"),
        ({"device": "c" * 101}, "device"),
        ({"version": 99}, "version"),
        ({"lesson": "numpy"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "dtype", **data})
    assert caught.value.field == field


def test_a_step_is_added_after_the_selected_one_and_selected():
    state = State(current_step=1).with_step_added(Conversion("to", "int8"))
    assert [s.kind for s in state.steps] == ["half", "float", "to", "int", "type"]
    assert state.current_step == 2
    empty = State(steps=()).with_step_added(Conversion("double"))
    assert empty.steps == (Conversion("double"),) and empty.current_step == 0


def test_removing_selects_the_step_that_took_its_place():
    state = State(current_step=1).with_step_removed()
    assert [s.kind for s in state.steps] == ["half", "int", "type"]
    assert state.current_step == 1
    last = State(current_step=3).with_step_removed()
    assert [s.kind for s in last.steps] == ["half", "float", "int"]
    assert last.current_step == 2
    gone = State(steps=(Conversion("half"),)).with_step_removed()
    assert gone.steps == () and gone.current_step == 0
    assert gone.with_step_removed() == gone


def test_moving_swaps_with_the_neighbour_and_stays_selected():
    state = State(current_step=1).with_step_moved(-1)
    assert [s.kind for s in state.steps] == ["float", "half", "int", "type"]
    assert state.current_step == 0
    assert state.with_step_moved(-1) == state  # already first
    last = State(current_step=3)
    assert last.with_step_moved(1) == last


def test_new_steps_keep_the_selection_inside_the_list():
    state = State(current_step=3).with_steps((Conversion("half"),))
    assert state.current_step == 0


def test_a_device_is_kept_without_surrounding_spaces():
    assert State().with_device("  meta ").device == "meta"
    with pytest.raises(StateError) as caught:
        State().with_device("   ")
    assert caught.value.field == "device"


@pytest.mark.parametrize("kind", ["short", "char", "byte", "bool"])
def test_the_shorthand_conversions_are_state_and_take_no_dtype(kind):
    state = State().with_step_added(Conversion(kind))
    assert State.from_json(state.to_json()) == state
    assert state.to_dict()["steps"][1] == {"kind": kind, "dtype": ""}
    with pytest.raises(StateError, match="dtype"):
        Conversion(kind, "int8")
