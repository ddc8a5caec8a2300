"""tensorviz.core.descent: the course's numbers, regimes on both sides of each threshold,
batched tables equal to single runs, divergence without warnings, the two pitfalls."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core import descent
from tests.snippets import assert_prints_output

COURSE_LR_01 = """\
Epoch [10/100], Loss: 3020.7896
Epoch [20/100], Loss: 1550043.3750
Epoch [30/100], Loss: 795369408.0000
Epoch [40/100], Loss: 408125767680.0000
Epoch [50/100], Loss: 209420457869312.0000
Epoch [60/100], Loss: 107459239932329984.0000
Epoch [70/100], Loss: 55140217861896667136.0000
Epoch [80/100], Loss: 28293929961149737992192.0000
Epoch [90/100], Loss: 14518387713533614273593344.0000
Epoch [100/100], Loss: 7449779870375595263567855616.0000
a: -33038608105472.0, b: -9151163924480.0
"""

COURSE_LR_001 = """\
Epoch [10/100], Loss: 0.0965
Epoch [20/100], Loss: 0.0110
Epoch [30/100], Loss: 0.0099
Epoch [40/100], Loss: 0.0092
Epoch [50/100], Loss: 0.0086
Epoch [60/100], Loss: 0.0081
Epoch [70/100], Loss: 0.0075
Epoch [80/100], Loss: 0.0071
Epoch [90/100], Loss: 0.0066
Epoch [100/100], Loss: 0.0062
a: 1.9492162466049194, b: 1.1833451986312866
"""


# -- the course's printed results ----------------------------------------------------------
def test_line_fit_lr_001_ends_where_the_course_says():
    trace = descent.line_fit(lr=0.01, epochs=100)
    assert trace.final("a") == 1.9492162466049194
    assert trace.final("b") == 1.1833451986312866
    assert descent.script(trace).output == COURSE_LR_001


def test_line_fit_lr_01_prints_the_course_divergence():
    trace = descent.line_fit(lr=0.1, epochs=100)
    assert descent.script(trace).output == COURSE_LR_01
    assert trace.regime.kind == "diverging"


def test_line_fit_500_epochs_matches_the_course():
    trace = descent.line_fit(lr=0.01, epochs=500)
    assert (trace.final("a"), trace.final("b")) == (1.986896276473999, 1.0473089218139648)
    out = descent.script(trace).output.splitlines()
    assert out[-8:] == [
        "Epoch [440/500], Loss: 0.0006",
        "Epoch [450/500], Loss: 0.0006",
        "Epoch [460/500], Loss: 0.0005",
        "Epoch [470/500], Loss: 0.0005",
        "Epoch [480/500], Loss: 0.0005",
        "Epoch [490/500], Loss: 0.0004",
        "Epoch [500/500], Loss: 0.0004",
        "a: 1.986896276473999, b: 1.0473089218139648",
    ]


def test_square_follows_the_course_loop_in_float32():
    trace = descent.square(x0=3.0, lr=0.1, epochs=50)
    x = torch.tensor([3.0], requires_grad=True)
    for i in range(50):
        y = x**2
        if x.grad is not None:
            x.grad.zero_()
        y.backward()
        assert trace.loss[i] == y.item()
        assert trace.grads[i, 0] == x.grad.item()
        with torch.no_grad():
            x -= 0.1 * x.grad
        assert trace.params[i + 1, 0] == x.item()
    assert trace.params[0, 0] == 3.0
    assert trace.params.dtype == np.float32
    assert trace.params[1, 0] == np.float32(2.4)
    assert trace.grads[0, 0] == 6.0
    assert not trace.params.flags.writeable


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_optimizers_are_torch_optim(optimizer):
    trace = descent.line_fit(lr=0.02, epochs=30, optimizer=optimizer)
    a = torch.tensor([1.0], requires_grad=True)
    b = torch.tensor([1.0], requires_grad=True)
    x = torch.tensor([1.0, 2, 3, 4, 5])
    y = torch.tensor([3.0, 5, 7, 9, 11])
    opt = {
        "sgd": lambda: torch.optim.SGD([a, b], lr=0.02),
        "momentum": lambda: torch.optim.SGD([a, b], lr=0.02, momentum=0.9),
        "adam": lambda: torch.optim.Adam([a, b], lr=0.02),
    }[optimizer]()
    for epoch in range(30):
        loss = ((a * x + b - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        assert trace.loss[epoch] == loss.item()
        assert tuple(trace.params[epoch + 1]) == (a.item(), b.item())
    assert trace.state is not None if optimizer != "sgd" else trace.state is None


def test_optimizers_really_differ():
    finals = {
        o: descent.line_fit(lr=0.01, epochs=50, optimizer=o).final("a") for o in descent.OPTIMIZERS
    }
    assert finals["momentum"] != finals["sgd"]
    assert finals["adam"] != finals["sgd"]


# -- tables: batched runs equal to single runs ---------------------------------------------
@pytest.mark.parametrize("experiment", descent.EXPERIMENTS)
@pytest.mark.parametrize("optimizer", descent.OPTIMIZERS)
def test_table_rows_equal_single_runs(experiment, optimizer):
    setup = descent.Setup(experiment, optimizer=optimizer)
    lrs = [1e-3, 0.01, 0.05, 0.1, 0.5, 1.0, 2.0]
    table = descent.table(setup, lrs, 120)
    for i, lr in enumerate(lrs):
        single = descent.run(setup, lr, 120)
        row = table.trace(i)
        for name in ("params", "grads", "loss", "state"):
            a, b = getattr(single, name), getattr(row, name)
            if a is None:
                assert b is None
            else:
                assert np.array_equal(a, b, equal_nan=True), (lr, name)
        assert row.regime == single.regime


@pytest.mark.parametrize("experiment", descent.EXPERIMENTS)
def test_the_data_form_is_run_as_written_and_equals_the_no_grad_form(experiment):
    """``x.data -= lr * x.grad`` runs for real (single runs and tables), and its numbers are
    bit-for-bit those of ``x -= lr * x.grad`` under no_grad, converging or overflowing."""
    lrs = descent.lr_grid()[::9]
    data = descent.table(descent.Setup(experiment, update="data"), lrs, 400)
    no_grad = descent.table(descent.Setup(experiment), lrs, 400)
    for name in ("params", "grads", "loss"):
        assert np.array_equal(getattr(data, name), getattr(no_grad, name), equal_nan=True)
    assert not np.isfinite(data.loss).all()  # the big lrs overflow: compared there too
    for lr in (0.01, 0.1, 1.5):
        single = descent.run(descent.Setup(experiment, update="data"), lr, 400)
        row = data.trace(data.index(lr)) if lr in lrs else None
        plain = descent.run(descent.Setup(experiment), lr, 400)
        for name in ("params", "grads", "loss"):
            assert np.array_equal(getattr(single, name), getattr(plain, name), equal_nan=True)
            if row is not None:
                assert np.array_equal(getattr(single, name), getattr(row, name), equal_nan=True)
    code = descent.script(descent.run(descent.Setup(experiment, update="data"), 0.1, 5)).code
    names = ("x",) if experiment == "square" else ("a", "b")
    for n in names:
        assert f"    {n}.data -= lr * {n}.grad\n" in code
    assert "no_grad" not in code


def test_the_update_form_belongs_to_the_plain_loop():
    with pytest.raises(ValueError, match="update"):
        descent.Setup("square", update="grad")
    with pytest.raises(ValueError, match=r"torch\.optim"):
        descent.Setup("square", optimizer="adam", update="data")


def test_overflow_is_said_in_the_epoch_cursors_numbering():
    """Issue 13: lr 0.1, 500 epochs: the loss is inf in epoch 137 (computed at the values
    after 136 updates), a becomes -inf in the update of epoch 276."""
    trace = descent.line_fit(lr=0.1, epochs=500)
    over = trace.overflow
    assert (over.loss_epoch, over.param_epoch, over.params) == (137, 276, ("a",))
    assert np.isfinite(trace.loss[: over.loss_epoch - 1]).all()
    assert np.isinf(trace.loss[over.loss_epoch - 1])
    assert np.isfinite(trace.params[: over.param_epoch]).all()
    assert not np.isfinite(trace.params[over.param_epoch, 0])
    assert descent.line_fit(lr=0.01, epochs=500).overflow is None
    # only the loss at the final values overflows: after the last epoch
    assert descent.square(lr=2.0, epochs=40).overflow.loss_epoch == 41


def test_table_prefix_is_a_shorter_run():
    setup = descent.Setup("line", data_x=(0.0, 1.0, 2.5), data_y=(1.0, -1.0, 2.0), a0=-2.0)
    table = descent.table(setup, descent.lr_grid()[::50], 200)
    i = table.index(descent.lr_grid()[150])
    short = descent.run(setup, table.lrs[i], 37)
    assert np.array_equal(table.trace(i, 37).params, short.params)
    assert np.array_equal(table.trace(i, 37).loss, short.loss)


def test_lr_grid_holds_the_course_values_in_order():
    grid = descent.lr_grid()
    assert grid[0] == 1e-4 and grid[-1] == 2.0
    assert 0.1 in grid and 0.01 in grid and 1.0 in grid
    assert list(grid) == sorted(set(grid))


# -- regimes and thresholds ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("lr", "kind", "settles"),
    [
        (0.1, "converging", True),
        (0.49, "converging", True),
        (0.5, "converging", True),  # one step lands exactly on 0
        (0.51, "oscillating", True),
        (0.99, "oscillating", True),
        (1.0, "oscillating", False),  # x -> -x forever
        (1.01, "diverging", False),
        (2.0, "diverging", False),
    ],
)
def test_square_regimes_on_both_sides_of_each_threshold(lr, kind, settles):
    trace = descent.square(lr=lr, epochs=60)
    assert (trace.regime.kind, trace.regime.settles) == (kind, settles)
    assert trace.thresholds == descent.Thresholds(0.5, 1.0)
    x = trace.params[:, 0].astype(np.float64)
    # the run itself agrees with the label
    flips = int((np.sign(x[1:]) * np.sign(x[:-1]) < 0).sum())
    if kind == "converging":
        assert flips == 0 and abs(x[-1]) < 3
    elif kind == "oscillating":
        assert flips > 10
        assert (abs(x[-1]) < 3) == settles
    else:
        assert abs(x[-1]) > 3 or not np.isfinite(x[-1])


def test_line_threshold_is_two_over_the_largest_hessian_eigenvalue():
    setup = descent.Setup("line")
    h = descent.hessian(setup)
    # d2/da2 = 2 mean(x^2) = 22, d2/dadb = 2 mean(x) = 6, d2/db2 = 2
    assert np.allclose(h, [[22.0, 6.0], [6.0, 2.0]])
    lam = 12.0 + np.sqrt(136.0)
    th = descent.thresholds(setup)
    assert th.diverge == pytest.approx(2.0 / lam, rel=1e-12)
    assert th.oscillate == pytest.approx(1.0 / lam, rel=1e-12)
    assert 0.01 < th.diverge < 0.1  # the course's converging and diverging lr


@pytest.mark.parametrize("factor", [0.97, 1.03])
def test_line_regime_both_sides_of_divergence(factor):
    lr = descent.thresholds(descent.Setup("line")).diverge * factor
    trace = descent.line_fit(lr=lr, epochs=400)
    if factor < 1:
        assert trace.regime.kind == "oscillating" and trace.regime.settles
        assert trace.loss[-1] < trace.loss[0]
    else:
        assert trace.regime.kind == "diverging"
        assert trace.loss[-1] > trace.loss[0]


@pytest.mark.parametrize("factor", [0.97, 1.03])
def test_line_regime_both_sides_of_overshooting(factor):
    lr = descent.thresholds(descent.Setup("line")).oscillate * factor
    trace = descent.line_fit(lr=lr, epochs=300)
    assert trace.regime.kind == ("converging" if factor < 1 else "oscillating")
    # along the steep eigenvector the error flips sign only above 1 / lambda_max
    _w, v = np.linalg.eigh(descent.hessian(trace.setup))
    # (the factor per step is 1 - lr * lambda_max = -+0.03: look while it is above rounding)
    err = (trace.params[:4].astype(np.float64) - np.asarray(trace.optimum)) @ v[:, -1]
    flips = int((np.sign(err[1:]) * np.sign(err[:-1]) < 0).sum())
    assert flips == (3 if factor > 1 else 0)


@pytest.mark.parametrize("factor", [0.97, 1.03])
def test_momentum_threshold(factor):
    setup = descent.Setup("square", optimizer="momentum")
    th = descent.thresholds(setup)
    assert th.diverge == pytest.approx(2 * 1.9 / 2)
    trace = descent.square(lr=th.diverge * factor, epochs=400, optimizer="momentum")
    assert trace.regime.kind == ("oscillating" if factor < 1 else "diverging")
    assert (abs(float(trace.params[-1, 0])) < 3) == (factor < 1)


def test_adam_regime_is_observed():
    trace = descent.square(lr=0.1, epochs=100, optimizer="adam")
    assert trace.regime.basis == "observed"
    assert trace.thresholds == descent.Thresholds(None, None)


# -- divergence: no exceptions, no warnings ------------------------------------------------
@given(
    lr=st.floats(1e-4, 100.0),
    epochs=st.integers(1, 400),
    experiment=st.sampled_from(descent.EXPERIMENTS),
    optimizer=st.sampled_from(descent.OPTIMIZERS),
)
def test_any_run_raises_nothing_and_warns_nothing(lr, epochs, experiment, optimizer):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        setup = descent.Setup(experiment, optimizer=optimizer)
        trace = descent.run(setup, lr, epochs)
        descent.script(trace)
        k = trace.diverged_at
        if k is not None:
            assert np.isfinite(trace.loss[:k]).all()
            assert not (np.isfinite(trace.loss[k]) and np.isfinite(trace.params[k]).all())


def test_big_lr_reaches_inf_and_nan_and_says_when():
    trace = descent.line_fit(lr=2.0, epochs=1000)
    assert trace.diverged_at is not None
    assert np.isnan(trace.params[-1]).any() or np.isinf(trace.params[-1]).any()
    assert trace.regime.kind == "diverging"


# -- the code pane's snippets --------------------------------------------------------------


@pytest.mark.slow
def test_snippets_print_exactly_their_output():
    snippets = [
        descent.script(descent.square()),
        descent.script(descent.line_fit(lr=0.01, epochs=100)),
        descent.script(descent.line_fit(lr=0.9, epochs=300)),  # overflows to inf/nan
        descent.script(
            descent.line_fit(
                lr=0.03, epochs=70, x=(0.5, 1.5), y=(2.0, -1.0), a0=0.25, optimizer="adam"
            )
        ),
        descent.script(descent.square(x0=-1.5, lr=0.3, epochs=120, optimizer="momentum")),
        descent.script(descent.square(lr=0.002, epochs=999, optimizer="sgd")),
        descent.script(descent.square(lr=0.3, epochs=40, update="data")),  # x.data -= ...
        descent.script(descent.line_fit(lr=0.1, epochs=300, update="data")),  # and overflowing
        descent.pitfall("inplace", x0=3.0, lr=0.1).snippet,  # error states
        descent.pitfall("rebind", x0=2.5, lr=0.25).snippet,
    ]
    assert_prints_output(snippets)


def test_pitfalls_carry_torch_real_errors():
    inplace = descent.pitfall("inplace")
    x = torch.tensor([3.0], requires_grad=True)
    (x**2).backward()
    with pytest.raises(RuntimeError) as caught:
        x -= 0.1 * x.grad
    assert inplace.error.type_name == "RuntimeError"
    assert inplace.error.message == str(caught.value)
    assert "leaf Variable that requires grad" in inplace.error.message

    rebind = descent.pitfall("rebind")
    assert rebind.error.message == (
        "element 0 of tensors does not require grad and does not have a grad_fn"
    )
    assert "requires_grad: False" in rebind.snippet.output


def test_refused_data_reports_torch_broadcast_error():
    bad = descent.Setup("line", data_x=(1.0, 2.0, 3.0), data_y=(1.0, 2.0))
    refused = descent.refused_data(bad)
    assert refused is not None and "must match the size" in refused.error.message
    assert descent.refused_data(descent.Setup("line")) is None
