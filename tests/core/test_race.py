"""The optimizer race: each runner is a real torch loop, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from tensorviz.core import descent, race

SETUP = descent.Setup("line")


def hand_loop(name: str, lr: float, epochs: int, a0: float = 1.0, b0: float = 1.0):
    """The loop a student writes, with the optimizer the runner names."""
    x = torch.tensor([1, 2, 3, 4, 5], dtype=torch.float)
    y = torch.tensor([3, 5, 7, 9, 11], dtype=torch.float)
    a = torch.tensor([a0], dtype=torch.float, requires_grad=True)
    b = torch.tensor([b0], dtype=torch.float, requires_grad=True)
    opt = {
        "sgd": lambda: torch.optim.SGD([a, b], lr=lr),
        "momentum": lambda: torch.optim.SGD([a, b], lr=lr, momentum=0.9),
        "nesterov": lambda: torch.optim.SGD([a, b], lr=lr, momentum=0.9, nesterov=True),
        "adam": lambda: torch.optim.Adam([a, b], lr=lr),
        "course": lambda: None,
    }[name]()
    for _ in range(epochs):
        y_pred = a * x + b
        loss = ((y_pred - y) ** 2).mean()
        if opt is None:
            if a.grad is not None and b.grad is not None:
                a.grad.zero_()
                b.grad.zero_()
            loss.backward()
            with torch.no_grad():
                a -= lr * a.grad
                b -= lr * b.grad
        else:
            opt.zero_grad()
            loss.backward()
            opt.step()
    return a.detach().numpy()[0], b.detach().numpy()[0]


@pytest.mark.parametrize("epochs", [100, 500])
def test_each_runners_final_a_b_is_a_hand_written_loops_to_the_last_bit(epochs):
    result = race.race(SETUP, {}, epochs)
    assert result.names == race.RACERS
    for name in race.RACERS:
        run = result.run(name)
        a, b = hand_loop(name, race.DEFAULT_LRS[name], epochs)
        got = run.params[-1]
        assert got.dtype == np.float32
        assert got[0].tobytes() == a.tobytes(), name
        assert got[1].tobytes() == b.tobytes(), name


def test_own_lrs_and_start_and_a_subset_of_runners():
    setup = descent.Setup("line", a0=-3.0, b0=4.0)
    lrs = {"adam": 0.05, "nesterov": 0.02}
    result = race.race(setup, lrs, 200, names=("nesterov", "adam"))
    assert result.names == ("nesterov", "adam")
    for name in result.names:
        a, b = hand_loop(name, lrs[name], 200, -3.0, 4.0)
        assert result.run(name).params[-1].tobytes() == np.array([a, b]).tobytes()
        assert result.run(name).params[0].tolist() == [-3.0, 4.0]


def test_default_lrs_converge_on_the_course_data():
    result = race.race(SETUP, {}, 500)
    for name, run in result.runs:
        assert run.diverged_at is None, name
        assert run.loss[-1] < 1e-3 * run.loss[0], name
        assert abs(run.final("a") - 2.0) < 0.02 and abs(run.final("b") - 1.0) < 0.06, name


def test_momentum_and_adam_take_a_different_route_than_plain_descent():
    result = race.race(SETUP, {name: 0.01 for name in race.RACERS}, 100)
    plain = result.run("course").params.astype(np.float64)
    for name in ("momentum", "adam"):
        other = result.run(name).params.astype(np.float64)
        assert np.abs(other[1:30] - plain[1:30]).max() > 0.1, name


def test_nesterov_theory_matches_the_run():
    setup = race.racer_setup(SETUP, "nesterov")
    th = descent.thresholds(setup)
    below = descent.run(setup, th.diverge * 0.95, 400)
    above = descent.run(setup, th.diverge * 1.05, 400)
    assert below.diverged_at is None and below.loss[-1] < below.loss[0]
    assert above.regime.kind == "diverging"
    assert above.diverged_at is not None or above.loss[-1] > above.loss[0]


def test_bad_runner_or_lr_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown runner 'rmsprop'"):
        race.race(SETUP, {}, 10, names=("rmsprop",))
    with pytest.raises(ValueError, match="lr of adam"):
        race.race(SETUP, {"adam": -1.0}, 10, names=("adam",))
    with pytest.raises(ValueError, match="line fit"):
        race.race(descent.Setup("square"), {}, 10)
