"""The line fit's loss landscape: the course's MSE over a grid of (a, b), computed by torch.

``loss(a, b) = ((a * x + b - y) ** 2).mean()`` for every grid point at once: the grid of
``a`` (columns) and ``b`` (rows) is broadcast against the data, in float32 like the course's
loop, so a grid value is what the course's loss prints at that (a, b). The bowl's shape comes
from :mod:`tensorviz.core.descent`: the minimum (least squares) and the Hessian's eigenvalues
and eigenvectors (the loss is quadratic in (a, b), so the Hessian is the same everywhere).

The grid is small (at most :data:`MAX_GRID` points a side): one broadcast over
``MAX_GRID**2 * len(data)`` float32 values, a few milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tensorviz.core import descent
from tensorviz.core._torch import torch

#: Grid points per side (the loss is smooth: more would only cost time).
GRID = 81
MAX_GRID = 201
#: The view holds the start, the minimum and the paths, padded by this fraction.
PAD = 0.15
#: Paths farther than this many times the start-minimum distance do not widen the view
#: (a diverging run flies off to 1e38; the bowl stays readable and the run is seen leaving).
MAX_REACH = 4.0
#: The smallest half-width of the view, in a and in b.
MIN_HALF = 0.5


@dataclass(frozen=True)
class Extent:
    """The rectangle the landscape covers: a in [a_lo, a_hi], b in [b_lo, b_hi]."""

    a_lo: float
    a_hi: float
    b_lo: float
    b_hi: float

    def contains(self, a: float, b: float) -> bool:
        return self.a_lo <= a <= self.a_hi and self.b_lo <= b <= self.b_hi


@dataclass(frozen=True)
class Hessian:
    """The loss's Hessian in (a, b): eigenvalues largest first, with their unit eigenvectors
    (``vectors[i]`` goes with ``values[i]``). ``values[0]`` is the steep direction."""

    matrix: tuple[tuple[float, float], tuple[float, float]]
    values: tuple[float, float]
    vectors: tuple[tuple[float, float], tuple[float, float]]

    @property
    def condition(self) -> float:
        """How elongated the bowl is: largest over smallest curvature (inf if flat)."""
        lo = self.values[1]
        return math.inf if lo <= 0 else self.values[0] / lo


@dataclass(frozen=True, eq=False)
class Landscape:
    """The loss over a grid: ``loss[i, j]`` at ``a = a[j]``, ``b = b[i]`` (float32,
    read-only), its extent, the minimum, the Hessian and log-spaced contour levels."""

    setup: descent.Setup
    extent: Extent
    a: np.ndarray  # (n,) float32
    b: np.ndarray  # (m,) float32
    loss: np.ndarray  # (m, n) float32
    optimum: tuple[float, float]
    min_loss: float
    hessian: Hessian
    levels: tuple[float, ...]
    #: per level, the contour as line segments ``(k, 2, 2)``: segment, end, (a, b)
    contours: tuple[np.ndarray, ...] = ()


def _check_line(setup: descent.Setup) -> None:
    if setup.experiment != "line":
        raise ValueError("the landscape is of the line fit (parameters a and b)")


def grid_loss(setup: descent.Setup, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The course's MSE at every (a[j], b[i]): shape ``(len(b), len(a))``, float32.

    One broadcast: ``a`` as ``[1, n, 1]``, ``b`` as ``[m, 1, 1]``, the data as ``[k]``."""
    _check_line(setup)
    x = torch.tensor(setup.data_x, dtype=torch.float)
    y = torch.tensor(setup.data_y, dtype=torch.float)
    at = torch.tensor(np.asarray(a, dtype=np.float32)).reshape(1, -1, 1)
    bt = torch.tensor(np.asarray(b, dtype=np.float32)).reshape(-1, 1, 1)
    with torch.no_grad():
        y_pred = at * x + bt
        loss = ((y_pred - y) ** 2).mean(dim=-1)
    return loss.numpy()


def hessian(setup: descent.Setup) -> Hessian:
    """The Hessian by torch autograd and its eigen-decomposition (``torch.linalg.eigh``)."""
    _check_line(setup)
    h = torch.from_numpy(descent.hessian(setup))
    values, vectors = torch.linalg.eigh(h)  # ascending
    order = [1, 0]
    vals = tuple(float(values[i]) for i in order)
    vecs = []
    for i in order:
        v = vectors[:, i]
        if float(v[0]) < 0 or (float(v[0]) == 0 and float(v[1]) < 0):
            v = -v  # one sign, so the picture does not flip between setups
        vecs.append((float(v[0]), float(v[1])))
    matrix = ((float(h[0, 0]), float(h[0, 1])), (float(h[1, 0]), float(h[1, 1])))
    return Hessian(matrix, vals, tuple(vecs))


def extent(
    start: Sequence[float],
    opt: Sequence[float],
    paths: Sequence[np.ndarray] = (),
) -> Extent:
    """A rectangle holding the start, the minimum and the finite points of ``paths`` (each
    ``(k, 2)``), padded; paths count only up to :data:`MAX_REACH` times the start's distance
    from the minimum, so a run that blows up does not shrink the bowl to a dot."""
    pts = [np.asarray([start, opt], dtype=np.float64)]
    reach = max(MIN_HALF, math.dist(start, opt)) * MAX_REACH
    for path in paths:
        p = np.asarray(path, dtype=np.float64).reshape(-1, 2)
        p = p[np.isfinite(p).all(axis=1)]
        near = np.abs(p - np.asarray(opt, dtype=np.float64)).max(axis=1) <= reach
        pts.append(p[near])
    allp = np.concatenate(pts)
    lo, hi = allp.min(axis=0), allp.max(axis=0)
    mid, half = (lo + hi) / 2, (hi - lo) / 2
    half = np.maximum(half * (1 + PAD), MIN_HALF)
    # round outwards to a "nice" step so that small changes of a path keep the same grid
    step = np.array([10.0 ** math.floor(math.log10(h / 2)) for h in half])
    lo = np.floor((mid - half) / step) * step
    hi = np.ceil((mid + half) / step) * step
    return Extent(float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))


def levels(min_loss: float, max_loss: float, count: int = 9) -> tuple[float, ...]:
    """``count`` contour levels, log-spaced from just above the minimum to the grid's top."""
    if not (math.isfinite(max_loss) and max_loss > 0):
        return ()
    lo = max(min_loss, max_loss * 1e-6, 1e-12)
    first = lo + (max_loss - lo) * 1e-3
    top = max_loss * 0.9
    if not first < top:
        return ()
    return tuple(float(v) for v in np.geomspace(first, top, count))


def contour(a: np.ndarray, b: np.ndarray, loss: np.ndarray, level: float) -> np.ndarray:
    """Where the grid's loss crosses ``level``: marching squares, linear along each cell
    edge, every cell at once. Returns segments ``(k, 2, 2)`` in (a, b)."""
    z = loss.astype(np.float64) - level
    av, bv = a.astype(np.float64), b.astype(np.float64)

    def cross(z0, z1, p0, p1):
        """The crossing point on each edge (z0 at p0, z1 at p1), and whether there is one."""
        hit = (z0 < 0) != (z1 < 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(hit, z0 / (z0 - z1), 0.0)
        return p0 + t[..., None] * (p1 - p0), hit

    # points of the grid: pts[i, j] = (a[j], b[i])
    pts = np.stack(np.broadcast_arrays(av[None, :], bv[:, None]), axis=-1)
    # the four edges of each cell, in order round it: bottom, right, top, left
    edges = [
        cross(z[:-1, :-1], z[:-1, 1:], pts[:-1, :-1], pts[:-1, 1:]),
        cross(z[:-1, 1:], z[1:, 1:], pts[:-1, 1:], pts[1:, 1:]),
        cross(z[1:, :-1], z[1:, 1:], pts[1:, :-1], pts[1:, 1:]),
        cross(z[:-1, :-1], z[1:, :-1], pts[:-1, :-1], pts[1:, :-1]),
    ]
    points = np.stack([e[0] for e in edges], axis=2)  # (m-1, n-1, 4, 2)
    hits = np.stack([e[1] for e in edges], axis=2)  # (m-1, n-1, 4)
    count = hits.sum(axis=2)
    segments = []
    two = count == 2
    if two.any():
        order = np.argsort(~hits[two], axis=1, kind="stable")[:, :2]
        pp = points[two]
        segments.append(np.take_along_axis(pp, order[:, :, None], axis=1))
    four = count == 4  # a saddle cell (not on a bowl; kept for any data): two segments
    if four.any():
        pp = points[four]
        segments += [pp[:, [0, 1]], pp[:, [2, 3]]]
    if not segments:
        return np.empty((0, 2, 2))
    return np.concatenate(segments)


def landscape(setup: descent.Setup, ext: Extent, grid: int = GRID) -> Landscape:
    """The loss over ``ext`` on a ``grid`` x ``grid`` grid, with the bowl's facts."""
    _check_line(setup)
    if not 2 <= grid <= MAX_GRID:
        raise ValueError(f"grid must be 2..{MAX_GRID}")
    a = np.linspace(ext.a_lo, ext.a_hi, grid).astype(np.float32)
    b = np.linspace(ext.b_lo, ext.b_hi, grid).astype(np.float32)
    loss = grid_loss(setup, a, b)
    opt = descent.optimum(setup)
    x = np.asarray(setup.data_x, dtype=np.float64)
    y = np.asarray(setup.data_y, dtype=np.float64)
    min_loss = float(np.mean((opt[0] * x + opt[1] - y) ** 2))
    finite = loss[np.isfinite(loss)]
    top = float(finite.max()) if finite.size else math.inf
    lv = levels(min_loss, top)
    lines = tuple(contour(a, b, loss, level) for level in lv)
    for arr in (a, b, loss, *lines):
        arr.flags.writeable = False
    return Landscape(
        setup=setup,
        extent=ext,
        a=a,
        b=b,
        loss=loss,
        optimum=(float(opt[0]), float(opt[1])),
        min_loss=min_loss,
        hessian=hessian(setup),
        levels=lv,
        contours=lines,
    )
