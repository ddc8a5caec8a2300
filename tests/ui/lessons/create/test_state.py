"""The create lesson's State as data: JSON round trips, refusals that name the field, and the
transitions (examples, seeds and their runs, the cell picked)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.create import CONSTRUCTORS, RANDOM
from tensorviz.ui.lessons.create.state import (
    CUSTOM,
    DTYPE_CHOICES,
    PRESETS,
    SAMPLES,
    TEXT_FIELDS,
    State,
)
from tensorviz.ui.lessons.states import StateError

texts = st.text(max_size=30)
arguments = st.fixed_dictionaries(
    {name: texts for name in TEXT_FIELDS},
    optional={
        "constructor": st.sampled_from(CONSTRUCTORS),
        "source": st.sampled_from(("data", "size")),
        "numpy": st.booleans(),
        "from_tensor": st.booleans(),
        "dtype": st.sampled_from(DTYPE_CHOICES),
        "device": st.sampled_from(("cpu", "cuda", "mps")),
        "requires_grad": st.booleans(),
        "seed": texts,
        "sci_mode": st.sampled_from((None, True, False)),
        "selected": st.none() | st.lists(st.integers(0, 9), max_size=4).map(tuple),
    },
)


@st.composite
def states(draw):
    state = State(**draw(arguments))
    if draw(st.booleans()):
        state = state.with_preset(draw(st.sampled_from(sorted(PRESETS))))
    for _ in range(draw(st.integers(0, 3))):
        state = state.with_fields(seed=str(draw(st.integers(0, 2**64 - 1))))
    return state


@given(states())
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_the_default_is_the_tensor_and_Tensor_comparison():
    state = State()
    assert (state.constructor, state.data, state.dtype) == (
        "torch.tensor",
        "[[1, 2, 3], [4, 5, 6]]",
        "",
    )
    assert state.preset == CUSTOM and state.run == 1 and state.previous_seed is None
    assert State.from_dict({"lesson": "create"}) == state


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"constructor": "torch.empty"}, "constructor"),
        ({"dtype": "float128"}, "dtype"),
        ({"dtype": "torch.float32"}, "dtype"),
        ({"device": "tpu"}, "device"),
        ({"source": "shape"}, "source"),
        ({"data": 5}, "data"),
        ({"data": "1" * 40_000}, "data"),
        ({"size": "2, " * 600}, "size"),
        ({"sci_mode": "on"}, "sci_mode"),
        ({"preset": "huge"}, "preset"),
        ({"preset": "normal"}, "preset"),  # the example's fields are not set
        ({"run": 2, "previous_seed": 42}, "run"),  # torch.tensor draws nothing
        ({"constructor": "torch.rand", "run": 0}, "run"),
        ({"constructor": "torch.rand", "run": 2}, "previous_seed"),
        ({"constructor": "torch.rand", "run": 2, "previous_seed": -1}, "previous_seed"),
        ({"selected": [0, -1]}, "selected"),
        ({"selected": [0] * 9}, "selected"),
        ({"version": 99}, "version"),
        ({"lesson": "numpy"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "create", **data})
    assert caught.value.field == field


@pytest.mark.parametrize("key", sorted(PRESETS))
def test_an_example_sets_its_fields_and_an_edit_makes_it_custom(key):
    state = State().with_preset(key)
    assert state.preset == key
    assert all(getattr(state, name) == value for name, value in PRESETS[key].items())
    assert State.from_dict(state.to_dict()).preset == key
    assert state.with_fields(requires_grad=True).preset == CUSTOM
    assert state.with_fields(data="[7]").preset == CUSTOM
    # the same value typed again, another seed or cell, is still the example
    name, value = next(iter(PRESETS[key].items()))
    assert state.with_fields(**{name: value}).preset == key
    assert state.with_fields(seed="7").preset == key
    assert state.with_selected(()).preset == key


def test_an_example_forgets_the_cell_picked():
    state = State().with_selected((0, 1)).with_preset("matrix")
    assert state.selected is None
    assert State().with_selected((0, 1)).with_fields(data="[[1, 2]]").selected == (0, 1)


def test_runs_of_one_seed_are_counted_and_compared_with_the_run_before():
    state = State().with_preset("normal")
    assert (state.run, state.previous_seed) == (1, None)
    again = state.with_run_again().with_run_again()
    assert (again.run, again.previous_seed, again.seed) == (3, 42, "42")
    other = again.with_fields(seed="7")
    assert (other.run, other.previous_seed, other.preset) == (4, 42, "normal")
    back = other.with_fields(seed="42")
    assert (back.run, back.previous_seed) == (5, 7)
    # other arguments start counting again
    assert (back.with_fields(std="1").run, back.with_fields(std="1").previous_seed) == (1, None)
    assert back.with_fields(constructor="torch.ones").run == 1


def test_only_a_random_constructor_runs_again():
    assert State().with_run_again() == State()
    assert State(constructor="torch.rand", seed="x").with_run_again().run == 1
    assert State(constructor="torch.zeros").with_fields(seed="7").run == 1


@pytest.mark.parametrize(
    ("constructor", "source", "shown"),
    [
        (
            "torch.tensor",
            "data",
            {"data", "numpy", "from_tensor", "dtype", "device", "requires_grad"},
        ),
        ("torch.IntTensor", "data", {"source", "data", "device"}),
        ("torch.Tensor", "data", {"source", "data", "from_tensor", "device"}),
        ("torch.Tensor", "size", {"source", "size", "device"}),
        (
            "torch.randint",
            "data",
            {"low", "high", "size", "dtype", "device", "requires_grad", "seed"},
        ),
    ],
)
def test_shown_fields_are_the_constructors_arguments(constructor, source, shown):
    assert State(constructor=constructor, source=source).shown_fields() == shown


def test_request_carries_every_field_as_typed():
    state = State(constructor="torch.full", size=" 2,3 ", fill_value="pi", sci_mode=False)
    request = state.request()
    assert (request.constructor, request.size, request.fill_value) == ("torch.full", " 2,3 ", "pi")
    assert request.sci_mode is False


def test_samples_cover_the_main_pictures():
    constructors = {s.constructor for s in SAMPLES}
    assert constructors & set(RANDOM) and "torch.IntTensor" in constructors
    assert any(s.run > 1 for s in SAMPLES) and any(s.selected for s in SAMPLES)
    assert len(SAMPLES) >= 3 and State() not in SAMPLES


def test_torch_tensor_of_a_numpy_array_chooses_np_array_or_seeded_randn():
    array = State(numpy=True)
    assert array.shown_fields() == {
        "source",
        "data",
        "numpy",
        "from_tensor",
        "dtype",
        "device",
        "requires_grad",
    }
    randn = State(numpy=True, source="size")
    assert randn.shown_fields() == {
        "source",
        "size",
        "seed",
        "numpy",
        "from_tensor",
        "dtype",
        "device",
        "requires_grad",
    }
    assert randn.is_random and not array.is_random
    assert not State(source="size").is_random  # a list: the source is not read
    again = randn.with_run_again()
    assert (again.run, again.previous_seed) == (2, 42)
    assert again.with_fields(size="2, 2").run == 1


def test_the_randn_and_tensor_examples():
    randn = State().with_preset("uninit").with_preset("randn")
    assert (randn.constructor, randn.numpy, randn.source, randn.size) == (
        "torch.tensor",
        True,
        "size",
        "3, 5",
    )
    assert randn.request().takes("seed") and not randn.request().takes("data")
    given = State(requires_grad=True, numpy=True).with_preset("tensor_arg")
    assert (given.data, given.from_tensor, given.numpy, given.requires_grad) == (
        "[1, 2, 3]",
        True,
        False,
        False,
    )
    # an example of data, not of a tensor, unticks it
    assert not given.with_preset("vector").from_tensor
    assert given.with_preset("numpy").source == "data"


def test_a_version_1_state_reads_as_it_showed():
    """Version 1 ignored ``source`` for torch.tensor: np.array(data) it stays."""
    old = {"lesson": "create", "version": 1, "numpy": True, "source": "size", "size": "3"}
    assert State.from_dict(old).source == "data"
    assert State.from_dict(old | {"version": 2}).source == "size"
    legacy = {"lesson": "create", "version": 1, "constructor": "torch.Tensor", "source": "size"}
    assert State.from_dict(legacy).source == "size"
    assert State().to_dict()["version"] == 2 and State().to_dict()["from_tensor"] is False
