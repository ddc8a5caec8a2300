"""The ops lesson's State as data: JSON round trips, refusals that name the field, the presets
read from the fields, and the transitions."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.ui.lessons.ops.state import (
    CHAIN_OPS,
    CHAIN_PRESETS,
    COURSE_CHAIN,
    CUSTOM,
    DTYPE_NAMES,
    ELEMENTWISE_PRESETS,
    HADAMARD_PRESETS,
    ITEM_PRESETS,
    MATMUL_PRESETS,
    MAX_LINKS,
    OP_NAMES,
    SAMPLES,
    TOPICS,
    ChainLink,
    ChainState,
    ElementwiseState,
    HadamardState,
    ItemState,
    MatmulState,
    Random,
    State,
)
from tensorviz.ui.lessons.states import StateError

texts = st.text(max_size=40)
index = st.lists(st.integers(0, 9), max_size=4).map(tuple)
shape = st.lists(st.integers(0, 6), max_size=3).map(tuple)
links = st.builds(ChainLink, st.sampled_from(CHAIN_OPS), texts, st.booleans())
chains = st.builds(
    ChainState,
    start=st.sampled_from(("randint", "tensor")),
    x=texts,
    dtype=st.sampled_from(DTYPE_NAMES),
    size=texts,
    seed=st.integers(0, 9999),
    links=st.lists(links, max_size=MAX_LINKS).map(tuple),
)
states = st.builds(
    State,
    topic=st.sampled_from(TOPICS),
    item=st.builds(ItemState, x=texts, dtype=st.sampled_from(DTYPE_NAMES)),
    elementwise=st.builds(
        ElementwiseState,
        x=texts,
        dtype=st.sampled_from(DTYPE_NAMES),
        op=st.sampled_from(OP_NAMES),
        operand=texts,
        mode=st.sampled_from(("one", "chain")),
        chain=chains,
    ),
    hadamard=st.builds(
        HadamardState, a=texts, b=texts, form=st.sampled_from(("*", "mul")), cell=st.none() | index
    ),
    matmul=st.builds(
        MatmulState,
        a=texts,
        b=texts,
        form=st.sampled_from(("@", "matmul")),
        random=st.none() | st.builds(Random, shape, shape, st.integers(0, 9999)),
        shape_a=texts,
        shape_b=texts,
        seed=st.integers(0, 9999),
        position=st.integers(0, 400),
    ),
)


@given(states)
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_the_default_is_the_course_example_of_each_topic():
    state = State()
    assert state.topic == "matmul"
    assert state.matmul == dict(MATMUL_PRESETS)["course"]
    assert state.item == dict(ITEM_PRESETS)["course"]
    assert state.hadamard == dict(HADAMARD_PRESETS)["course"]
    assert state.elementwise == dict(ELEMENTWISE_PRESETS)["add"]
    assert State.from_dict({"lesson": "ops"}) == state
    assert State.from_dict({"lesson": "ops", "matmul": {"position": 3}}).matmul.a == state.matmul.a


def test_the_names_are_core_ops_choices():
    from tensorviz.core import op_chain, ops
    from tensorviz.ui.lessons.ops import state

    assert tuple(ops.DTYPE_CHOICES) == DTYPE_NAMES
    assert (*ops.ELEMENTWISE_OPS, *ops.UNARY_OPS) == OP_NAMES
    assert tuple(ops.UNARY_OPS) == state.UNARY_NAMES
    assert state.MAX_ELEMENTS == ops.OPS_MAX_ELEMENTS
    assert op_chain.CHAIN_OPS == state.CHAIN_OPS
    assert op_chain.MAX_LINKS == state.MAX_LINKS


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"topic": "division"}, "topic"),
        ({"item": {"dtype": "float16"}}, "item.dtype"),
        ({"item": {"x": 18}}, "item.x"),
        ({"item": {"x": "1" * 200_001}}, "item.x"),
        ({"elementwise": {"op": "mod"}}, "elementwise.op"),
        ({"elementwise": {"operand": None}}, "elementwise.operand"),
        ({"elementwise": {"mode": "many"}}, "elementwise.mode"),
        ({"elementwise": {"chain": {"start": "zeros"}}}, "elementwise.chain.start"),
        ({"elementwise": {"chain": {"seed": 10_000}}}, "elementwise.chain.seed"),
        ({"elementwise": {"chain": {"links": [{"op": "mod"}]}}}, "elementwise.chain.links[0].op"),
        (
            {"elementwise": {"chain": {"links": [{"in_place": 1}]}}},
            "elementwise.chain.links[0].in_place",
        ),
        ({"elementwise": {"chain": {"links": [{}] * 13}}}, "elementwise.chain.links"),
        ({"hadamard": {"form": "@"}}, "hadamard.form"),
        ({"hadamard": {"cell": [0, -1]}}, "hadamard.cell"),
        ({"hadamard": {"cell": [0] * 9}}, "hadamard.cell"),
        ({"matmul": {"position": -1}}, "matmul.position"),
        ({"matmul": {"position": 1 << 16}}, "matmul.position"),
        ({"matmul": {"seed": 10_000}}, "matmul.seed"),
        ({"matmul": {"shape_a": "1," * 600}}, "matmul.shape_a"),
        ({"matmul": {"random": {"a_shape": [300, 300], "b_shape": [1]}}}, "matmul.random.a_shape"),
        ({"matmul": {"random": {"a_shape": [1] * 9, "b_shape": [1]}}}, "matmul.random.a_shape"),
        ({"matmul": {"random": {"a_shape": [2], "b_shape": [-2]}}}, "matmul.random.b_shape"),
        ({"matmul": {"random": {"a_shape": [2]}}}, "matmul.random"),
        (
            {"matmul": {"random": {"a_shape": [2], "b_shape": [2], "seed": -1}}},
            "matmul.random.seed",
        ),
        ({"version": 2}, "version"),
        ({"lesson": "numpy"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "ops", **data})
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("topic", "presets"),
    [
        ("item", ITEM_PRESETS),
        ("elementwise", ELEMENTWISE_PRESETS),
        ("hadamard", HADAMARD_PRESETS),
        ("matmul", MATMUL_PRESETS),
    ],
)
def test_a_preset_is_read_from_the_fields_and_an_edit_makes_it_custom(topic, presets):
    for key, _ in presets:
        state = State().with_preset(topic, key)
        assert getattr(state, topic).preset() == key
    field = "x" if topic in ("item", "elementwise") else "a"
    edited = State().with_sub(getattr(State(), topic).replace(**{field: "[7]"}))
    assert edited.with_topic(topic).shown().preset() == CUSTOM
    # typing the preset's text back names the preset again
    back = getattr(State(), topic).replace(**{field: getattr(getattr(State(), topic), field)})
    assert back.preset() == presets[0][0]


def test_the_picked_cell_and_the_random_box_do_not_change_the_preset():
    assert State().hadamard.replace(cell=(1, 2)).preset() == "course"
    matmul = State().matmul.replace(position=3, shape_a="9, 9", seed=4)
    assert matmul.preset() == "course"
    assert matmul.with_random(Random((2, 2), (2, 2)), "2, 2", "2, 2").preset() == CUSTOM


def test_new_operands_start_at_the_first_cell():
    matmul = State().matmul.replace(position=3)
    assert matmul.with_operands("[[1]]", "[[2]]").position == 0
    assert matmul.with_form("matmul").position == 0
    random = matmul.with_random(Random((2, 4), (4, 3), 7), "2, 4", "4, 3")
    assert (random.position, random.seed, random.shape_a) == (0, 7, "2, 4")
    assert random.with_operands("[[1]]", "[[2]]").random is None
    hadamard = State().hadamard.replace(cell=(1, 1))
    assert hadamard.with_operands("[1]", "[2]").cell is None
    assert hadamard.with_form("mul").cell is None


def test_a_preset_keeps_the_random_box_and_drops_random_operands():
    state = State().with_sub(State().matmul.with_random(Random((2, 4), (4, 3), 7), "2, 4", "4, 3"))
    vector = state.with_preset("matmul", "vector").matmul
    assert vector.random is None and vector.a == "[1, 2, 3]"
    assert (vector.shape_a, vector.seed) == ("2, 4", 7)


def test_with_sub_replaces_the_topic_of_the_sub_state():
    state = State(topic="matmul").with_sub(ItemState("[5]"))
    assert state.topic == "matmul" and state.item.x == "[5]"
    assert state.with_topic("item").shown() == ItemState("[5]")


def test_samples_cover_every_topic_and_an_error():
    assert {s.topic for s in SAMPLES} == set(TOPICS)
    assert any(s.matmul.preset() == "inner_mismatch" for s in SAMPLES)


# -- the element-wise topic's chain --------------------------------------------------------
def test_the_course_chain_is_the_notes_calls_on_a_seeded_randint():
    chain = dict(CHAIN_PRESETS)["course_in_place"]
    assert chain == COURSE_CHAIN and (chain.start, chain.size, chain.seed) == ("randint", "2, 3", 0)
    assert [(link.op, link.operand, link.in_place) for link in chain.links] == [
        ("float", "", False),
        ("add", "1", True),
        ("sub", "1", True),
        ("mul", "2", True),
        ("div", "3.0", True),
        ("pow", "2", True),
    ]
    whole = dict(CHAIN_PRESETS)["course_test001"].links
    assert [link.in_place for link in whole[:5]] == [False] * 5 and whole[5:] == chain.links


def test_a_chain_preset_switches_the_mode_and_keeps_the_single_call():
    one = ElementwiseState().replace(x="[5]")
    chained = one.with_preset("neg_sqrt")
    assert chained.mode == "chain" and chained.x == "[5]" and chained.preset() == "neg_sqrt"
    back = chained.with_preset("square")
    assert back.mode == "one" and back.chain == chained.chain and back.preset() == "square"
    assert State().with_preset("elementwise", "course_test001").elementwise.mode == "chain"
    edited = chained.replace(chain=chained.chain.replace(seed=5))
    assert edited.preset() == CUSTOM and edited.replace(mode="one").preset() == CUSTOM


def test_chain_transitions():
    chain = ChainState(links=(ChainLink("add"), ChainLink("neg", "")))
    added = chain.with_link_added(ChainLink("sqrt", "", False))
    assert [link.op for link in added.links] == ["add", "neg", "sqrt"]
    assert added.with_link_changed(0, ChainLink("mul", "3")).links[0] == ChainLink("mul", "3")
    assert [link.op for link in added.with_link_removed(1).links] == ["add", "sqrt"]
    assert [link.op for link in added.with_link_moved(2, -1).links] == ["add", "sqrt", "neg"]
    # nothing to act on: the same chain
    for same in (
        added.with_link_changed(3, ChainLink()),
        added.with_link_removed(-1),
        added.with_link_moved(0, -1),
        added.with_link_moved(2, 1),
    ):
        assert same is added
    full = ChainState(links=(ChainLink(),) * MAX_LINKS)
    assert full.full and full.with_link_added(ChainLink()) is full
    assert ChainLink("neg").takes_operand() is False and ChainLink("pow").takes_operand()


def test_samples_hold_the_course_examples():
    chains = {s.elementwise.preset() for s in SAMPLES if s.elementwise.mode == "chain"}
    assert {"course_out_of_place", "course_in_place", "int_in_place"} <= chains
    ones = {s.elementwise.preset() for s in SAMPLES if s.topic == "elementwise"}
    assert {"int_div", "neg", "int_sqrt"} <= ones
    assert State(topic="item") in SAMPLES  # torch.tensor([18]).item()
    assert {s.hadamard.form for s in SAMPLES if s.topic == "hadamard"} == {"*", "mul"}
    assert any(s.topic == "matmul" and s.matmul.form == "matmul" for s in SAMPLES)
    assert len(set(SAMPLES)) == len(SAMPLES)
