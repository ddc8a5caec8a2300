"""The shape lesson's State as data: JSON round trips, refusals that name the field, and the
transitions a user's clicks make (without Qt)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core import shape as core
from tensorviz.ui.lessons.shape.state import (
    CUSTOM,
    MAX_STEPS,
    PRESETS,
    SAMPLES,
    State,
    StepText,
    default_args,
)
from tensorviz.ui.lessons.states import StateError

step_texts = st.sampled_from(
    [
        StepText("t"),
        StepText("contiguous"),
        StepText("view", "-1"),
        StepText("reshape", "2, -1"),
        StepText("transpose", "0, 1"),
        StepText("permute", "1, 0"),
        StepText("squeeze"),
        StepText("unsqueeze", "0"),
        StepText("flatten"),
        StepText("index", "[1:, ::2]"),
    ]
)


@st.composite
def states(draw) -> State:
    steps = tuple(draw(st.lists(step_texts, max_size=MAX_STEPS)))
    literal = draw(st.booleans())
    return State(
        preset=CUSTOM,
        start_kind="literal" if literal else "arange",
        start_text="[[1, 2], [3, 4]]" if literal else ", ".join(map(str, draw(shapes))),
        steps=steps,
        selected=draw(st.integers(0, len(steps))),
        focus=draw(st.none() | st.lists(st.integers(0, 5), max_size=4).map(tuple)),
        animate=draw(st.booleans()),
    )


shapes = st.lists(st.integers(1, 5), min_size=1, max_size=4)


@given(states())
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


@pytest.mark.parametrize("state", [State(), *SAMPLES, *(State().with_preset(k) for k in PRESETS)])
def test_samples_and_presets_round_trip(state):
    assert State.from_json(state.to_json()) == state


def test_the_default_is_the_first_example_at_its_failing_view():
    state = State()
    assert state.preset == "transpose_view"
    assert state.chain() == (core.DEFAULT_START, core.DEFAULT_STEPS)
    assert state.selected == 2
    assert State.from_dict({"lesson": "shape"}) == state


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"preset": "nonsense"}, "preset"),
        ({"start_kind": "zeros"}, "start_kind"),
        ({"start_text": "3, x"}, "start_text"),
        ({"start_text": "1, 2, 3, 4, 5"}, "start_text"),  # the lesson draws up to 4 dims
        ({"start_kind": "literal", "start_text": "[[1, 2], [3]]", "preset": CUSTOM}, "start_text"),
        ({"steps": [{"op": "fold", "args": ""}]}, "steps[0].op"),
        ({"steps": [{"op": "t"}, {"op": "permute", "args": "0, x"}]}, "steps[1].args"),
        ({"steps": [{"op": "t", "args": "1"}]}, "steps[0].args"),
        ({"steps": [{"op": "t"}] * (MAX_STEPS + 1), "preset": CUSTOM}, "steps"),
        ({"selected": 3}, "selected"),
        ({"selected": -1}, "selected"),
        ({"focus": [0, -1]}, "focus"),
        ({"animate": "yes"}, "animate"),
        ({"version": 99}, "version"),
        ({"lesson": "numpy"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "shape", **data})
    assert caught.value.field == field


def test_a_preset_key_must_be_its_chain():
    with pytest.raises(StateError) as caught:
        State.from_dict({"preset": "slicing"})  # the default chain is not the slicing example
    assert caught.value.field == "preset"
    assert State.from_dict({"preset": CUSTOM}).preset == CUSTOM


def test_choosing_an_example_shows_its_last_step():
    state = State(animate=False).with_preset("slicing")
    assert state.chain()[0] == core.Start((4, 6))
    assert [s.op for s in state.steps] == ["index", "view"]
    assert state.selected == 2 and state.preset == "slicing"
    assert state.animate is False  # a view setting, not part of the example


def test_editing_an_example_makes_it_custom():
    """Slicing, then a start of 3, 4: the examples combo must no longer say "Slicing"."""
    state = State().with_preset("slicing").with_start("arange", "3, 4")
    assert state.preset == CUSTOM
    assert state.steps == PRESETS["slicing"][1]  # the steps stay
    for edit in (
        lambda s: s.with_step_added("t", ""),
        lambda s: s.with_step_changed("view", "2, -1"),
        lambda s: s.with_step_removed(),
        lambda s: s.with_step_moved(-1),
        lambda s: s.with_start_kind("literal"),
    ):
        assert edit(State().with_preset("slicing")).preset == CUSTOM
    # looking around is no edit
    looked = State().with_preset("slicing").with_selected(0).with_focus((1, 1)).with_animate(False)
    assert looked.preset == "slicing"
    # an edit that leaves the chain as it was leaves the example too
    assert State().with_start("arange", "3,4").preset == "transpose_view"
    assert State().with_preset(CUSTOM).preset == CUSTOM


def test_adding_inserts_after_the_selected_step_and_shows_it():
    state = State().with_selected(1).with_step_added("contiguous", "")
    assert [s.op for s in state.steps] == ["t", "contiguous", "view"]
    assert state.selected == 2
    at_x0 = State().with_selected(0).with_step_changed("flatten", "")  # on x0 Change adds
    assert [s.op for s in at_x0.steps] == ["flatten", "t", "view"] and at_x0.selected == 1


def test_a_full_chain_refuses_a_step_and_drops_none():
    state = State(preset=CUSTOM, steps=(StepText("unsqueeze", "0"),) * MAX_STEPS, selected=3)
    assert state.full
    with pytest.raises(StateError) as caught:
        state.with_step_added("t", "")
    assert caught.value.field == "steps" and str(MAX_STEPS) in caught.value.problem
    with pytest.raises(StateError):
        state.with_selected(0).with_step_changed("t", "")
    fix = (*state.chain()[1], core.Step("contiguous"))
    with pytest.raises(StateError):
        state.with_steps(fix, 3)
    # changing a step of a full chain is fine: nothing is added
    assert state.with_step_changed("squeeze", "").steps[2] == StepText("squeeze")


def test_refused_arguments_keep_their_reason():
    from tensorviz.core.literal import LiteralError

    with pytest.raises(StateError) as caught:
        State().with_step_added("permute", "0, x")
    assert caught.value.field == "args"
    assert isinstance(caught.value.__cause__, LiteralError)
    assert caught.value.__cause__.reason == "not_a_number"


def test_remove_and_move_keep_a_sensible_selection():
    state = State(preset=CUSTOM, steps=(StepText("t"), StepText("contiguous"), StepText("flatten")))
    at_x0 = state.with_selected(0)
    assert at_x0.with_step_removed() is at_x0  # x0 is no step: nothing to remove or move
    assert at_x0.with_step_moved(1) is at_x0
    moved = state.with_selected(2).with_step_moved(-1)
    assert [s.op for s in moved.steps] == ["contiguous", "t", "flatten"] and moved.selected == 1
    assert state.with_selected(3).with_step_moved(1).selected == 3  # already last
    removed = state.with_selected(2).with_step_removed()
    assert [s.op for s in removed.steps] == ["t", "flatten"] and removed.selected == 1


def test_selecting_is_clamped_and_resets_the_focus():
    state = State().with_focus((1, 1))
    assert state.with_selected(9).selected == 2 and state.with_selected(-3).selected == 0
    assert state.with_selected(1).focus is None


def test_the_focused_element_is_the_one_pointed_at_or_an_inner_one():
    assert State().focused_element((4, 3)) == (1, 2)
    assert State().focused_element((12,)) == (1,)
    assert State().focused_element((1, 1, 5)) == (0, 0, 2)
    assert State().focused_element(()) == ()
    assert State().focused_element((0, 3)) is None  # an empty tensor
    assert State().with_focus((3, 1)).focused_element((4, 3)) == (3, 1)
    assert State().with_focus((3, 1)).focused_element((3, 4)) == (1, 2)  # another tensor's


def test_the_presets_are_the_chains_core_runs():
    start, steps = State().with_preset("transpose_view").chain()
    assert (start, steps) == (core.DEFAULT_START, core.DEFAULT_STEPS)
    _start, slicing = State().with_preset("slicing").chain()
    assert slicing[0] == core.make_step("index", "[1:, ::2]")


def test_default_arguments_fit_the_tensor():
    assert default_args("permute", 3) == "2, 1, 0"
    assert default_args("index", 1) == "[::2]"
    assert default_args("index", 2) == "[:, ::2]"
    assert default_args("t", 2) == ""
