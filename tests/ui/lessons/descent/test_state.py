"""The descent lesson's State as data: JSON round trips, refusals that name the field, and
the transitions the controls make (no Qt)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core import descent
from tensorviz.core.literal import LiteralError
from tensorviz.ui.lessons.descent.state import (
    LR_GRID,
    SAMPLES,
    FieldError,
    LineRun,
    Pin,
    SquareRun,
    State,
    parse_data,
    parse_number,
    setup_of,
    slider_position,
)
from tensorviz.ui.lessons.states import StateError

lrs = st.one_of(st.sampled_from(LR_GRID), st.floats(min_value=1e-9, max_value=100, allow_nan=False))
epochs = st.integers(1, descent.MAX_EPOCHS)
numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(repr)
data = st.lists(st.integers(-50, 50), min_size=1, max_size=6)


@st.composite
def states(draw):
    experiment = draw(st.sampled_from(descent.EXPERIMENTS))
    square = SquareRun(draw(lrs), draw(epochs))
    line = LineRun(draw(lrs), draw(epochs))
    xs = draw(data)
    ys = draw(st.lists(st.integers(-50, 50), min_size=len(xs), max_size=len(xs)))
    run = square if experiment == "square" else line
    pinned = draw(
        st.none()
        | st.builds(
            Pin,
            experiment=st.sampled_from(descent.EXPERIMENTS),
            optimizer=st.sampled_from(descent.OPTIMIZERS),
            lr=lrs,
            epochs=epochs,
            x0=numbers,
            update=st.sampled_from(descent.UPDATES),
        )
    )
    return State(
        experiment=experiment,
        square=square,
        line=line,
        optimizer=draw(st.sampled_from(descent.OPTIMIZERS)),
        x0=draw(numbers),
        data_x=str(xs),
        data_y=str(ys),
        a0=draw(numbers),
        b0=draw(numbers),
        loss_scale=draw(st.sampled_from(("auto", "linear", "log"))),
        pinned=pinned,
        cursor=draw(st.integers(0, run.epochs)),
        pitfall=draw(st.sampled_from(("", "inplace", "rebind"))),
        update=draw(st.sampled_from(descent.UPDATES)),
    )


@given(states())
def test_round_trip_through_json(state):
    assert State.from_dict(json.loads(json.dumps(state.to_dict()))) == state


def test_the_default_is_the_course_run():
    state = State()
    assert (state.experiment, state.lr, state.epochs, state.cursor) == ("square", 0.1, 50, 1)
    assert state.setup() == descent.Setup("square", x0=3.0)
    assert state.other_setup() == descent.Setup("line")
    assert (state.line.lr, state.line.epochs) == (0.01, 100)
    assert State.from_dict({"lesson": "descent"}) == state


def test_a_course_step_names_only_what_differs():
    state = State.from_dict({"experiment": "line", "line": {"lr": 0.05}})
    assert (state.lr, state.epochs) == (0.05, 100)  # the line fit's own 100 epochs


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"experiment": "cube"}, "experiment"),
        ({"optimizer": "rmsprop"}, "optimizer"),
        ({"square": {"lr": 0.0}}, "square.lr"),
        ({"square": {"lr": 101}}, "square.lr"),
        ({"line": {"epochs": 1001}}, "line.epochs"),
        ({"cursor": 51}, "cursor"),
        ({"cursor": -1}, "cursor"),
        ({"x0": "oops"}, "x0"),
        ({"x0": "1e7"}, "x0"),
        ({"a0": "[1, 2]"}, "a0"),
        ({"data_x": "[]"}, "data_x"),
        ({"data_x": "[[1, 2]]"}, "data_x"),
        ({"data_y": "[1, 2, 3]"}, "data_y"),  # torch cannot compare 5 x with 3 y
        ({"data_y": "x" * 3000}, "data_y"),
        ({"loss_scale": "cubic"}, "loss_scale"),
        ({"pitfall": "other"}, "pitfall"),
        ({"pinned": {"lr": -1}}, "pinned.lr"),
        ({"pinned": {"x0": "nan"}}, "pinned.x0"),
        ({"version": 99}, "version"),
        ({"lesson": "numpy"}, "lesson"),
    ],
)
def test_invalid_fields_are_named(data, field):
    with pytest.raises(StateError) as caught:
        State.from_dict({"lesson": "descent", **data})
    assert caught.value.field == field


def test_each_experiment_keeps_its_own_run():
    state = State().with_lr(0.5).with_epochs(20).with_experiment("line")
    assert (state.lr, state.epochs, state.cursor) == (0.01, 100, 1)
    state = state.with_lr(0.02).with_experiment("square")
    assert (state.lr, state.epochs) == (0.5, 20)
    assert state.with_experiment("line").lr == 0.02


def test_a_cursor_at_the_end_stays_at_the_end():
    state = State().with_cursor(50)
    assert state.with_epochs(80).cursor == 80
    assert state.with_epochs(30).cursor == 30
    middle = State().with_cursor(20)
    assert middle.with_epochs(80).cursor == 20
    assert middle.with_epochs(10).cursor == 10
    assert middle.with_lr(0.3).cursor == 20
    assert State().with_cursor(999).cursor == 50
    assert State().with_cursor(-4).cursor == 0


def test_changing_the_run_leaves_a_pitfall_but_moving_the_cursor_does_not():
    shown = State().replace(pitfall="inplace")
    for changed in (
        shown.with_lr(0.2),
        shown.with_epochs(60),
        shown.with_optimizer("adam"),
        shown.with_experiment("line"),
        shown.with_start(x0="2"),
    ):
        assert changed.pitfall == ""
    assert shown.with_cursor(7).pitfall == "inplace"
    assert shown.with_pin(True).pitfall == "inplace"
    # a transition that changes nothing is no change (a field left without an edit)
    assert shown.with_lr(0.1) is shown
    assert shown.with_start(x0="3.0") is shown


def test_pin_keeps_everything_that_made_the_run():
    state = State().with_start(x0="-2").with_optimizer("momentum").with_lr(0.3).with_pin(True)
    pin = state.pinned
    assert (pin.experiment, pin.optimizer, pin.lr, pin.epochs, pin.x0) == (
        "square",
        "momentum",
        0.3,
        50,
        "-2",
    )
    assert pin.setup() == descent.Setup("square", x0=-2.0, optimizer="momentum")
    assert state.with_lr(0.01).pinned == pin
    assert state.shown_pin() == pin
    assert state.with_experiment("line").shown_pin() is None  # drawn only over its experiment
    assert state.with_pin(False).pinned is None


def test_setups_hold_only_what_their_experiment_uses():
    edited = State().with_start(data_x="[1, 2]", data_y="[2, 4]", a0="0")
    assert edited.setup() == State().setup()  # x**2's runs stay the same runs
    assert edited.setup("line") == descent.Setup("line", data_x=(1.0, 2.0), data_y=(2.0, 4.0), a0=0)


def test_start_fields_are_read_in_the_order_of_the_form():
    with pytest.raises(FieldError) as caught:
        setup_of("square", "plain", "3", "[1, 2]", "[oops]", "x", "1")
    assert caught.value.field == "a0"  # x0, a, b, then the data
    assert isinstance(caught.value.error, LiteralError)


def test_parsers_refuse_what_no_run_can_use():
    assert parse_number(" -2.5 ") == -2.5
    assert parse_data("[1, 2.5, -3]") == (1.0, 2.5, -3.0)
    for text in ("inf", "1e7", "[1]", "x", "2 ** 3"):
        with pytest.raises(LiteralError):
            parse_number(text)
    for text in ("[]", "3", "[[1], [2]]", "[1, nan]", "[1e9]"):
        with pytest.raises(LiteralError):
            parse_data(text)


def test_slider_position_is_the_nearest_on_the_log_scale():
    assert LR_GRID[slider_position(0.1)] == 0.1
    assert LR_GRID[slider_position(0.123456)] == 0.123
    assert slider_position(1e-9) == 0
    assert slider_position(100.0) == len(LR_GRID) - 1


def test_samples_are_valid_and_differ():
    assert len(SAMPLES) >= 3
    assert len(set(SAMPLES)) == len(SAMPLES)
    assert any(s.pitfall for s in SAMPLES)  # the error state
    assert {s.experiment for s in SAMPLES} == {"square", "line"}
    for sample in SAMPLES:
        assert State.from_json(sample.to_json()) == sample


def test_the_update_form_is_the_plain_loops_and_defaults_to_no_grad():
    assert State().update == "no_grad"
    saved = State().to_dict()
    del saved["update"]  # a state saved before the field existed
    assert State.from_dict(saved).update == "no_grad"
    data = State().with_update("data")
    assert data.setup() == descent.Setup("square", x0=3.0, update="data")
    assert data.other_setup() == descent.Setup("line", update="data")
    # torch.optim updates itself: its runs are the same whatever the plain loop's form
    assert data.with_optimizer("adam").setup() == State(optimizer="adam").setup()
    assert data.with_pin(True).pinned.setup().update == "data"
    with pytest.raises(StateError, match="update"):
        State.from_dict({**State().to_dict(), "update": "grad"})
