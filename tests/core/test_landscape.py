"""The line fit's loss landscape: grid values are torch's loss, the bowl's facts are right."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from tensorviz.core import descent
from tensorviz.core import landscape as land

SETUP = descent.Setup("line")


def course_loss(setup: descent.Setup, a: float, b: float) -> np.float32:
    """The course's loss at (a, b), written as the course writes it."""
    x = torch.tensor(setup.data_x, dtype=torch.float)
    y = torch.tensor(setup.data_y, dtype=torch.float)
    at = torch.tensor([a], dtype=torch.float)
    bt = torch.tensor([b], dtype=torch.float)
    y_pred = at * x + bt
    return np.float32(((y_pred - y) ** 2).mean().item())


@pytest.mark.parametrize(
    "setup",
    [SETUP, descent.Setup("line", data_x=(0.5, -2.0, 3.25), data_y=(1.0, 4.0, -7.5))],
)
def test_grid_values_are_torchs_loss_at_sampled_points(setup):
    ext = land.Extent(-3.0, 5.0, -4.0, 6.0)
    scape = land.landscape(setup, ext)
    rng = np.random.default_rng(0)
    for _ in range(40):
        i, j = (int(v) for v in rng.integers(0, land.GRID, size=2))
        a, b = float(scape.a[j]), float(scape.b[i])
        assert scape.loss[i, j] == pytest.approx(course_loss(setup, a, b), rel=1e-6, abs=1e-7)
    assert scape.loss.dtype == np.float32
    assert scape.loss.shape == (land.GRID, land.GRID)


def test_the_minimum_is_least_squares_and_the_smallest_grid_value_is_near_it():
    ext = land.extent(SETUP.start, descent.optimum(SETUP))
    scape = land.landscape(SETUP, ext)
    assert scape.optimum == pytest.approx((2.0, 1.0), abs=1e-9)
    i, j = np.unravel_index(np.argmin(scape.loss), scape.loss.shape)
    step_a = scape.a[1] - scape.a[0]
    step_b = scape.b[1] - scape.b[0]
    # the bowl is long and flat along one direction: the grid's lowest point is a step or two off
    assert abs(scape.a[j] - 2.0) <= 2 * step_a and abs(scape.b[i] - 1.0) <= 2 * step_b
    assert scape.loss.min() >= scape.min_loss
    assert scape.min_loss == pytest.approx(0.0, abs=1e-20)
    assert ext.contains(*SETUP.start) and ext.contains(*scape.optimum)


def test_hessian_eigenvectors_are_eigenvectors_and_the_steep_one_comes_first():
    h = land.hessian(SETUP)
    # MSE of a*x + b on x = 1..5: 2 * [[mean x², mean x], [mean x, 1]]
    assert h.matrix == ((22.0, 6.0), (6.0, 2.0))
    m = np.array(h.matrix)
    for lam, v in zip(h.values, h.vectors, strict=True):
        assert np.allclose(m @ np.array(v), lam * np.array(v))
        assert math.hypot(*v) == pytest.approx(1.0)
    assert h.values[0] > h.values[1] > 0
    assert h.values == pytest.approx(descent.eigenvalues(SETUP))
    assert h.condition == pytest.approx(h.values[0] / h.values[1])


def test_levels_are_log_spaced_and_inside_the_grid():
    scape = land.landscape(SETUP, land.extent(SETUP.start, descent.optimum(SETUP)))
    lv = np.array(scape.levels)
    assert len(lv) >= 5
    ratios = lv[1:] / lv[:-1]
    assert np.allclose(ratios, ratios[0])
    assert lv[0] > scape.loss.min() and lv[-1] < scape.loss.max()


def test_extent_holds_the_paths_but_not_a_run_that_flies_off():
    tr = descent.run(SETUP, 0.05, 200)
    ext = land.extent(SETUP.start, descent.optimum(SETUP), [tr.params])
    assert all(ext.contains(a, b) for a, b in tr.params.astype(float))
    blown = descent.run(SETUP, 0.2, 200)
    assert blown.diverged_at is not None
    wide = land.extent(SETUP.start, descent.optimum(SETUP), [blown.params])
    assert wide.a_hi - wide.a_lo < 50


def test_the_grid_is_cheap():
    import time

    ext = land.Extent(-10.0, 10.0, -10.0, 10.0)
    land.landscape(SETUP, ext)
    times = []
    for _ in range(5):  # the best of five: other work on the machine only adds time
        t0 = time.perf_counter()
        land.landscape(SETUP, ext)
        times.append(time.perf_counter() - t0)
    # a few ms on a quiet machine (the grid and contours are capped); 0.1 s was seen with
    # ten processes on two cores: this only catches a grid that grew by an order
    assert min(times) < 0.3
    with pytest.raises(ValueError, match="grid must be"):
        land.landscape(SETUP, ext, grid=land.MAX_GRID + 1)


def test_only_the_line_fit_has_a_landscape():
    with pytest.raises(ValueError, match="line fit"):
        land.landscape(descent.Setup("square"), land.Extent(0, 1, 0, 1))
