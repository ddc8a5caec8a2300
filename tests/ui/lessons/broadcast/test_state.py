"""The broadcast lesson's State as data: JSON round trips, refusals that name the field, and
the transitions (an edit after an example makes it "custom")."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.ui.lessons.broadcast.state import (
    KINDS,
    MAX_ELEMENTS,
    MAX_TEXT,
    OPS,
    PRESET_KEYS,
    PRESETS,
    SAMPLES,
    Operand,
    State,
)
from tensorviz.ui.lessons.states import StateError

operands = st.builds(Operand, kind=st.sampled_from(KINDS), text=st.text(max_size=40))
focuses = st.none() | st.lists(st.integers(0, 50), max_size=6).map(tuple)
custom_states = st.builds(
    State,
    preset=st.just("custom"),
    a=operands,
    op=st.sampled_from(OPS),
    b=operands,
    focus=focuses,
)
example_states = st.builds(
    lambda key, focus: PRESETS[key].with_focus(focus), st.sampled_from(PRESET_KEYS), focuses
)
states = custom_states | example_states


@given(states)
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_the_default_is_the_course_example():
    state = State()
    assert (state.a, state.op, state.b) == (
        Operand("values", "[1, 2, 3]"),
        "+",
        Operand("values", "[[4], [2], [3]]"),
    )
    assert state.preset == "course_1d_2d" and PRESETS["course_1d_2d"] == state
    assert State.from_dict({"lesson": "broadcast"}) == state


def test_presets_are_states_in_the_combo_order():
    assert tuple(PRESETS) == PRESET_KEYS
    assert all(p.preset == key and p.focus is None for key, p in PRESETS.items())
    assert PRESETS["four_d"].a == Operand("arange", "8, 1, 6, 1")
    assert PRESETS["scalar"].op == "*"


def test_constants_match_core():
    from tensorviz.core import broadcast as bc
    from tensorviz.core import literal

    assert tuple(bc.OPS) == OPS
    assert MAX_TEXT == literal.MAX_TEXT
    assert MAX_ELEMENTS == literal.MAX_ELEMENTS


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"op": "@"}, "op"),
        ({"op": 1}, "op"),
        ({"preset": "five_d"}, "preset"),
        ({"preset": ["scalar"]}, "preset"),
        ({"preset": "scalar", "op": "+"}, "preset"),  # not the example's inputs
        ({"preset": "course_1d_2d", "a": {"kind": "arange", "text": "3"}}, "preset"),
        ({"a": {"kind": "randn", "text": "2"}}, "a.kind"),
        ({"b": {"kind": "values", "text": 3}}, "b.text"),
        ({"b": {"kind": "values", "text": "1" * (MAX_TEXT + 1)}}, "b.text"),
        ({"a": {"kind": "values", "text": "1", "dtype": "int8"}}, "a.dtype"),
        ({"a": "[1, 2]"}, "a"),
        ({"focus": [0, -1]}, "focus"),
        ({"focus": [MAX_ELEMENTS]}, "focus"),
        ({"focus": [0] * 65}, "focus"),
        ({"focus": [0.5]}, "focus[0]"),  # the element itself is named
        ({"version": 99}, "version"),
        ({"lesson": "shape"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "broadcast", **data})
    assert caught.value.field == field


def test_an_example_fills_the_inputs_left_out():
    assert State.from_dict({"preset": "scalar", "focus": [1, 2]}) == PRESETS["scalar"].with_focus(
        (1, 2)
    )
    own = State.from_dict({"a": {"kind": "arange", "text": "3"}})
    assert own.preset == "custom" and own.a == Operand("arange", "3") and own.b == State().b
    assert State.from_dict({"focus": [0, 0]}).preset == "course_1d_2d"


def test_direct_construction_is_checked_too():
    with pytest.raises(StateError) as caught:
        State(op="%")  # type: ignore[arg-type]
    assert caught.value.field == "op"
    with pytest.raises(StateError) as caught:
        Operand("zeros", "2")  # type: ignore[arg-type]
    assert caught.value.field == "kind"
    with pytest.raises(StateError) as caught:
        State(preset="scalar")
    assert caught.value.field == "preset"


def test_an_edit_makes_the_example_custom():
    course = PRESETS["course_2d_3d"]
    same = course.with_inputs(course.a, course.op, course.b)
    assert same == course  # Enter without a change keeps the example's name
    edited = course.with_inputs(course.a, "-", course.b)
    assert edited.preset == "custom" and edited.op == "-"
    # going back to the example's inputs by hand is still the user's own: "custom"
    assert edited.with_inputs(course.a, "+", course.b).preset == "custom"
    assert State().with_inputs(Operand("arange", "3"), "+", State().b).preset == "custom"


def test_choosing_an_example_takes_its_inputs():
    edited = State().with_inputs(Operand("arange", "5"), "/", Operand("arange", "5"))
    assert edited.with_preset("column_row") == PRESETS["column_row"]
    assert edited.with_preset("custom") == edited  # "custom" is no example to load
    with pytest.raises(StateError):
        edited.with_preset("nothing")


def test_focus_stays_only_while_the_inputs_do():
    pointed = State().with_focus((2, 1))
    assert pointed.focus == (2, 1)
    assert pointed.with_inputs(pointed.a, pointed.op, pointed.b).focus == (2, 1)
    assert pointed.with_inputs(pointed.a, "*", pointed.b).focus is None
    assert pointed.with_preset("scalar").focus is None
    assert pointed.with_focus(None).focus is None


def test_samples_differ_from_the_default_and_each_other():
    assert len(SAMPLES) >= 3
    assert State() not in SAMPLES
    assert len(set(SAMPLES)) == len(SAMPLES)
    assert any(s.preset == "incompatible" for s in SAMPLES)  # the error state


def test_samples_hold_the_course_examples_and_a_0d_operand():
    assert State().preset == "course_1d_2d"
    assert {"course_2d_3d", "incompatible"} <= {s.preset for s in SAMPLES}
    zero_d = [s for s in SAMPLES if s.a == Operand("values", "10") and s.op == "+"]
    assert zero_d and zero_d[0].b.text.startswith("[[")  # a 0-d tensor + a 2-d tensor
