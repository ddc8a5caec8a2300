"""The numpy lesson's State as data: JSON round trips, and refusals that name the field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.numpy_bridge import DTYPE_NAMES, MODES
from tensorviz.ui.lessons.numpy.state import NOTES_EDITS, Edit, State
from tensorviz.ui.lessons.states import StateError

edits = st.builds(
    Edit,
    mode=st.sampled_from(MODES),
    side=st.sampled_from(("tensor", "array")),
    index=st.tuples(st.integers(0, 3), st.integers(0, 3)),
    text=st.text(max_size=20),
)
states = st.builds(
    State,
    values=st.text(max_size=60),
    dtype=st.sampled_from(("", *DTYPE_NAMES)),
    edits=st.lists(edits, max_size=5).map(tuple),
    tab=st.sampled_from(("pairs", "mapping")),
    focus=st.sampled_from(("", *MODES)),
)


@given(states)
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_the_default_is_the_notes_experiment():
    state = State()
    assert state.edits == NOTES_EDITS
    assert [e.text for e in state.edits] == ["100"] * 4
    assert State.from_dict({"lesson": "numpy"}) == state


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"dtype": "float128"}, "dtype"),
        ({"tab": "other"}, "tab"),
        ({"values": 3}, "values"),
        (
            {"edits": [{"mode": "numpy", "side": "left", "index": [0], "text": "1"}]},
            "edits[0].side",
        ),
        (
            {"edits": [{"mode": "numpy", "side": "tensor", "index": [-1], "text": "1"}]},
            "edits[0].index",
        ),
        ({"focus": "pair 2"}, "focus"),
        ({"version": 99}, "version"),
        ({"lesson": "shape"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "numpy", **data})
    assert caught.value.field == field


def test_new_data_drops_the_edits():
    state = State().with_data("[1, 2]", "int16")
    assert state.edits == () and state.dtype == "int16"
