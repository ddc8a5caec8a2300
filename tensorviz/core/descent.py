"""Gradient-descent runs and learning-rate sweeps, computed with real torch autograd.

Two experiments of the course (chapter 八.3.4-3.5):

- ``square``: minimise ``y = x**2`` from ``x0``;
- ``line``: fit ``y_pred = a * x + b`` to data by the mean squared error.

Every number comes from the course's own loop in float32: compute the loss, zero the grads,
``backward()``, update under ``torch.no_grad()`` (``x -= lr * x.grad``) or through the tensor's
data (``x.data -= lr * x.grad``, the notes' third form: ``Setup.update``), or the same loop with
``torch.optim.SGD`` (optionally with momentum) or ``torch.optim.Adam``. A :class:`Trace` holds
one run as numpy arrays, one row per epoch.

A :class:`Table` holds many runs at once (one per learning rate), computed by the same loop
on a batch: each row is its own independent run, and its numbers are bit-for-bit those of the
single run (tests check this), so a slider can jump between precomputed learning rates
without recomputing anything.

Regimes (converging / oscillating / diverging) come from theory where it applies: on a
quadratic loss, plain gradient descent multiplies the error along each eigenvector of the
Hessian (eigenvalue ``lam``) by ``1 - lr * lam`` per epoch, and heavy-ball momentum ``mu``
gives the roots of ``z**2 - (1 + mu - lr * lam) * z + mu``. For Adam the regime is read off
the run itself.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.errors import TorchError
from tensorviz.core.snippet import Script, Snippet, reset_print_options

EXPERIMENTS = ("square", "line")
OPTIMIZERS = ("plain", "sgd", "momentum", "adam")
#: Every update rule a run may use: the lesson's menu (OPTIMIZERS) and, for the optimizer race
#: only, Nesterov's momentum (``torch.optim.SGD(..., nesterov=True)``).
RUN_OPTIMIZERS = (*OPTIMIZERS, "nesterov")
#: The course's plain update, in its two forms (八.3.4): ``x -= lr * x.grad`` under
#: ``torch.no_grad()``, or ``x.data -= lr * x.grad`` (the tensor's data, not tracked by autograd).
UPDATES = ("no_grad", "data")
MAX_EPOCHS = 1000
MAX_POINTS = 200
DEFAULT_X = (1.0, 2.0, 3.0, 4.0, 5.0)
DEFAULT_Y = (3.0, 5.0, 7.0, 9.0, 11.0)
DEFAULT_MOMENTUM = 0.9

#: Slider positions: 100 per decade from 1e-4 to 2, rounded to 3 significant digits (so the
#: course's 0.1 and 0.01 are positions, and the typed value shows the exact lr used).
LR_MIN_EXP, LR_MAX_EXP, LR_STEPS_PER_DECADE = -400, 30, 100


def lr_grid() -> tuple[float, ...]:
    """The learning rates a slider offers, smallest first."""
    return tuple(
        float(f"{10 ** (k / LR_STEPS_PER_DECADE):.3g}") for k in range(LR_MIN_EXP, LR_MAX_EXP + 1)
    )


# -- what a run is of ----------------------------------------------------------------------
@dataclass(frozen=True)
class Setup:
    """Everything of a run except the learning rate and the number of epochs."""

    experiment: str = "square"  # "square" | "line"
    x0: float = 3.0
    data_x: tuple[float, ...] = DEFAULT_X
    data_y: tuple[float, ...] = DEFAULT_Y
    a0: float = 1.0
    b0: float = 1.0
    optimizer: str = "plain"  # "plain" | "sgd" | "momentum" | "adam" | "nesterov"
    momentum: float = DEFAULT_MOMENTUM
    #: the plain update's form: "no_grad" | "data" (torch.optim's runs have their own)
    update: str = "no_grad"

    def __post_init__(self) -> None:
        if self.experiment not in EXPERIMENTS:
            raise ValueError(f"unknown experiment {self.experiment!r}")
        if self.optimizer not in RUN_OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}")
        if self.update not in UPDATES:
            raise ValueError(f"unknown update form {self.update!r}")
        if self.optimizer != "plain" and self.update != "no_grad":
            raise ValueError("the update form is the plain loop's: torch.optim updates itself")

    @property
    def names(self) -> tuple[str, ...]:
        return ("x",) if self.experiment == "square" else ("a", "b")

    @property
    def start(self) -> tuple[float, ...]:
        return (self.x0,) if self.experiment == "square" else (self.a0, self.b0)


@dataclass(frozen=True)
class Thresholds:
    """Learning rates where the behaviour changes (None where theory does not say).

    ``oscillate``: above it the steepest direction overshoots each step (the sign of the
    error flips); ``diverge``: above it the run blows up.
    """

    oscillate: float | None
    diverge: float | None


@dataclass(frozen=True)
class Regime:
    """``kind``: "converging" | "oscillating" | "diverging".

    ``settles``: whether the run reaches the minimum (False for diverging runs, and for
    oscillations that keep their size, e.g. lr = 1 on x**2). ``basis``: "theory" when the
    label comes from the Hessian's eigenvalues, "observed" when read off the run (Adam).
    ``rate``: the largest factor the error is multiplied by per epoch (theory only).
    """

    kind: str
    settles: bool
    basis: str
    rate: float | None = None


@dataclass(frozen=True)
class Overflow:
    """Where a run left float32's finite numbers, in the epoch cursor's numbering.

    ``loss_epoch``: the epoch whose loss (computed at the values it starts from) is the first
    inf/nan; ``epochs + 1`` when only the loss at the final values is. ``param_epoch``: the
    epoch whose update made the first parameter inf/nan; ``params``: the names of those.
    """

    loss_epoch: int | None
    param_epoch: int | None
    params: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Trace:
    """One run. ``params[k]`` are the parameters after ``k`` updates (``params[0]`` the
    start); ``loss[k]`` is the loss at ``params[k]``; ``grads[k]`` the gradient computed at
    ``params[k]`` in epoch ``k + 1``. ``state[k]`` (optimizers with state) holds, after
    update ``k + 1``, the momentum buffer or Adam's ``exp_avg`` and ``exp_avg_sq`` per
    parameter. All float32, read-only.
    """

    setup: Setup
    lr: float
    epochs: int
    params: np.ndarray  # (epochs + 1, P)
    grads: np.ndarray  # (epochs, P)
    loss: np.ndarray  # (epochs + 1,)
    state: np.ndarray | None  # (epochs, P, S)
    eigenvalues: tuple[float, ...]
    optimum: tuple[float, ...]
    regime: Regime = field(compare=False)
    thresholds: Thresholds = field(compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return self.setup.names

    @functools.cached_property  # asked for on every repaint; the arrays never change
    def diverged_at(self) -> int | None:
        """The first epoch whose parameters or loss are no longer finite (inf or nan)."""
        bad = ~np.isfinite(self.loss) | ~np.isfinite(self.params).all(axis=1)
        hits = np.flatnonzero(bad)
        return int(hits[0]) if hits.size else None

    @functools.cached_property
    def overflow(self) -> Overflow | None:
        """What stopped being finite and in which epoch, numbered as the epoch cursor numbers
        them (epoch ``k`` computes the loss at ``params[k - 1]`` and updates to ``params[k]``);
        None when every number is finite."""
        if self.diverged_at is None:
            return None
        bad_loss = np.flatnonzero(~np.isfinite(self.loss))
        bad_params = ~np.isfinite(self.params)
        rows = np.flatnonzero(bad_params.any(axis=1))
        names: tuple[str, ...] = ()
        if rows.size:
            names = tuple(n for n, bad in zip(self.names, bad_params[rows[0]], strict=True) if bad)
        return Overflow(
            loss_epoch=int(bad_loss[0]) + 1 if bad_loss.size else None,
            param_epoch=int(rows[0]) if rows.size else None,
            params=names,
        )

    def head(self, epochs: int) -> Trace:
        """The first ``epochs`` epochs: the same numbers as a run of that length."""
        if not 1 <= epochs <= self.epochs:
            raise ValueError(f"epochs must be 1..{self.epochs}")
        if epochs == self.epochs:
            return self
        state = None if self.state is None else self.state[:epochs]
        return _make_trace(
            self.setup,
            self.lr,
            epochs,
            self.params[: epochs + 1],
            self.grads[:epochs],
            self.loss[: epochs + 1],
            state,
            self.eigenvalues,
            self.optimum,
        )

    def final(self, name: str) -> float:
        return float(self.params[-1, self.names.index(name)])


@dataclass(frozen=True, eq=False)
class Table:
    """Runs for many learning rates, ``epochs`` long; row ``i`` is the run at ``lrs[i]``."""

    setup: Setup
    lrs: tuple[float, ...]
    epochs: int
    params: np.ndarray  # (epochs + 1, M, P)
    grads: np.ndarray  # (epochs, M, P)
    loss: np.ndarray  # (epochs + 1, M)
    state: np.ndarray | None  # (epochs, M, P, S)
    eigenvalues: tuple[float, ...]
    optimum: tuple[float, ...]

    def index(self, lr: float) -> int | None:
        try:
            return self.lrs.index(lr)
        except ValueError:
            return None

    def trace(self, i: int, epochs: int | None = None) -> Trace:
        """Row ``i``'s first ``epochs`` epochs: the same numbers as a run of that length."""
        n = self.epochs if epochs is None else epochs
        if not 1 <= n <= self.epochs:
            raise ValueError(f"epochs must be 1..{self.epochs}")
        state = None if self.state is None else self.state[:n, i]
        return _make_trace(
            self.setup,
            self.lrs[i],
            n,
            self.params[: n + 1, i],
            self.grads[:n, i],
            self.loss[: n + 1, i],
            state,
            self.eigenvalues,
            self.optimum,
        )

    def final_loss(self, epochs: int) -> np.ndarray:
        """The loss after ``epochs`` updates, one per learning rate (may hold inf/nan)."""
        return self.loss[epochs]

    def sweep(self, epochs: int) -> Sweep:
        """The loss after ``epochs`` updates against the learning rate."""
        if not 1 <= epochs <= self.epochs:
            raise ValueError(f"epochs must be 1..{self.epochs}")
        return Sweep(self.setup, epochs, self.lrs, self.loss[epochs])


@dataclass(frozen=True, eq=False)
class Sweep:
    """The loss after ``epochs`` updates, one per learning rate of ``lrs`` (may hold inf/nan):
    where a learning rate converges, oscillates or blows up, at one glance."""

    setup: Setup
    epochs: int
    lrs: tuple[float, ...]
    final_loss: np.ndarray  # (len(lrs),) float32, read-only


# -- theory --------------------------------------------------------------------------------
def _loss_fn(setup: Setup):
    if setup.experiment == "square":
        return lambda p: (p[0] ** 2).sum()
    x = torch.tensor(setup.data_x, dtype=torch.float64)
    y = torch.tensor(setup.data_y, dtype=torch.float64)
    return lambda p: ((p[0] * x + p[1] - y) ** 2).mean()


def hessian(setup: Setup) -> np.ndarray:
    """The loss's Hessian in the parameters, by torch autograd (float64; constant here)."""
    start = torch.tensor(setup.start, dtype=torch.float64)
    return torch.autograd.functional.hessian(_loss_fn(setup), start).numpy()


def eigenvalues(setup: Setup) -> tuple[float, ...]:
    """Eigenvalues of the loss's Hessian, largest first (the curvatures of the bowl)."""
    h = torch.from_numpy(hessian(setup))
    return tuple(sorted(torch.linalg.eigvalsh(h).tolist(), reverse=True))


def optimum(setup: Setup) -> tuple[float, ...]:
    """Where the loss is smallest (least squares for the line; 0 for x**2)."""
    if setup.experiment == "square":
        return (0.0,)
    x = torch.tensor(setup.data_x, dtype=torch.float64)
    y = torch.tensor(setup.data_y, dtype=torch.float64)
    design = torch.stack([x, torch.ones_like(x)], dim=1)
    sol = torch.linalg.lstsq(design, y.unsqueeze(1), driver="gelsd").solution
    return tuple(float(v) for v in sol.squeeze(1))


def thresholds(setup: Setup, eig: Sequence[float] | None = None) -> Thresholds:
    """Exact learning rates where plain GD / SGD / momentum change behaviour (none for Adam).

    Plain GD (and ``torch.optim.SGD``): error factor ``1 - lr * lam`` per epoch, so the run
    overshoots when ``lr > 1 / lam_max`` and blows up when ``lr > 2 / lam_max``. Heavy-ball
    momentum ``mu``: overshoots once ``lr * lam_max > (1 - sqrt(mu))**2`` (complex roots),
    blows up when ``lr * lam_max > 2 * (1 + mu)``.
    """
    eig = eigenvalues(setup) if eig is None else eig
    lam = max(eig) if eig else 0.0
    if lam <= 0 or setup.optimizer == "adam":
        return Thresholds(None, None)
    if setup.optimizer in ("plain", "sgd"):
        return Thresholds(1.0 / lam, 2.0 / lam)
    mu = setup.momentum
    if setup.optimizer == "nesterov":
        # roots of z**2 - (1 + mu)(1 - h) z + mu (1 - h), h = lr * lam: complex once
        # 1 - h < 4 mu / (1 + mu)**2; one root at -1 when h = 2 (1 + mu) / (1 + 2 mu)
        return Thresholds(
            ((1.0 - mu) / (1.0 + mu)) ** 2 / lam, 2.0 * (1.0 + mu) / (1.0 + 2.0 * mu) / lam
        )
    return Thresholds((1.0 - math.sqrt(mu)) ** 2 / lam, 2.0 * (1.0 + mu) / lam)


def _roots(lr: float, lam: float, optimizer: str, mu: float) -> list[complex]:
    if optimizer in ("plain", "sgd"):
        return [complex(1.0 - lr * lam)]
    if optimizer == "nesterov":
        c, d = (1.0 + mu) * (1.0 - lr * lam), mu * (1.0 - lr * lam)
    else:
        c, d = 1.0 + mu - lr * lam, mu
    disc = c * c - 4.0 * d
    s = 1j * math.sqrt(-disc) if disc < 0 else complex(math.sqrt(disc))
    return [(c + s) / 2, (c - s) / 2]


def theory_regime(setup: Setup, lr: float, eig: Sequence[float] | None = None) -> Regime | None:
    """The regime theory predicts on this quadratic loss; None for Adam (no simple theory)."""
    if setup.optimizer == "adam":
        return None
    eig = eigenvalues(setup) if eig is None else eig
    roots = [
        z for lam in eig if lam > 1e-12 for z in _roots(lr, lam, setup.optimizer, setup.momentum)
    ]
    if not roots:
        return Regime("converging", True, "theory", 0.0)
    rate = max(abs(z) for z in roots)
    overshoots = any(abs(z.imag) > 0 or z.real < 0 for z in roots)
    if rate > 1.0:
        return Regime("diverging", False, "theory", rate)
    if overshoots:
        return Regime("oscillating", rate < 1.0, "theory", rate)
    return Regime("converging", rate < 1.0, "theory", rate)


def observed_regime(params: np.ndarray, loss: np.ndarray, opt: Sequence[float]) -> Regime:
    """The regime read off a run: blown up or worse than the start, error signs flipping,
    or neither."""
    if not (np.isfinite(loss).all() and np.isfinite(params).all()):
        return Regime("diverging", False, "observed")
    if loss[-1] > loss[0]:
        return Regime("diverging", False, "observed")
    err = params.astype(np.float64) - np.asarray(opt, dtype=np.float64)
    signs = np.sign(err)
    flips = int((signs[1:] * signs[:-1] < 0).sum())
    settles = bool(loss[-1] <= loss[0] * 1e-6 or loss[-1] == 0)
    if flips >= 2:
        return Regime("oscillating", settles, "observed")
    return Regime("converging", settles, "observed")


def _make_trace(setup, lr, epochs, params, grads, loss, state, eig, opt) -> Trace:
    for arr in (params, grads, loss, state):
        if arr is not None:
            arr.flags.writeable = False
    regime = theory_regime(setup, lr, eig) or observed_regime(params, loss, opt)
    return Trace(
        setup=setup,
        lr=lr,
        epochs=epochs,
        params=params,
        grads=grads,
        loss=loss,
        state=state,
        eigenvalues=tuple(eig),
        optimum=tuple(opt),
        regime=regime,
        thresholds=thresholds(setup, eig),
    )


# -- the runs ------------------------------------------------------------------------------
def _check_epochs(epochs: int) -> None:
    if not 1 <= int(epochs) <= MAX_EPOCHS:
        raise ValueError(f"epochs must be between 1 and {MAX_EPOCHS}")


def _make_optimizer(setup: Setup, params: list, lr: float | list[float]):
    if setup.optimizer == "sgd":
        cls, kw = torch.optim.SGD, {}
    elif setup.optimizer == "momentum":
        cls, kw = torch.optim.SGD, {"momentum": setup.momentum}
    elif setup.optimizer == "nesterov":
        cls, kw = torch.optim.SGD, {"momentum": setup.momentum, "nesterov": True}
    else:
        cls, kw = torch.optim.Adam, {}
    if isinstance(lr, list):  # one param group per learning rate (``params`` per group)
        return cls([{"params": p, "lr": g} for p, g in zip(params, lr, strict=True)], **kw)
    return cls(params, lr=lr, **kw)


_STATE_KEYS = {
    "momentum": ("momentum_buffer",),
    "nesterov": ("momentum_buffer",),
    "adam": ("exp_avg", "exp_avg_sq"),
}


def run(setup: Setup, lr: float, epochs: int) -> Trace:
    """One run: the course's loop, literally, with tensors of shape [1] as in the notes.

    Each epoch's numbers are copied out with ONE ``torch.cat`` (loss, parameters, grads,
    optimizer state) and stacked at the end: copying is exact, and one op per epoch instead
    of one per number keeps a 500-epoch run short enough for a dragged slider.
    """
    _check_epochs(epochs)
    lr = float(lr)
    keys = _STATE_KEYS.get(setup.optimizer, ())
    with torch.enable_grad():
        leaves = [torch.tensor([v], dtype=torch.float, requires_grad=True) for v in setup.start]
        p_count = len(leaves)
        if setup.experiment == "line":
            x = torch.tensor(setup.data_x, dtype=torch.float)
            y = torch.tensor(setup.data_y, dtype=torch.float)
            a, b = leaves

            def forward():
                y_pred = a * x + b
                return ((y_pred - y) ** 2).mean()
        else:
            (xx,) = leaves

            def forward():
                return xx**2

        with torch.no_grad():
            start = torch.cat(leaves)
        optimizer = None if setup.optimizer == "plain" else _make_optimizer(setup, leaves, lr)
        rows: list[torch.Tensor] = []
        for _ in range(epochs):
            loss = forward()
            if optimizer is None:
                if all(leaf.grad is not None for leaf in leaves):
                    for leaf in leaves:
                        leaf.grad.zero_()
                loss.backward()
                if setup.update == "data":
                    for leaf in leaves:  # the data itself: autograd does not see the change
                        leaf.data -= lr * leaf.grad
                else:
                    with torch.no_grad():
                        for leaf in leaves:
                            leaf -= lr * leaf.grad
            else:
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            with torch.no_grad():
                parts = [loss.reshape(1), *leaves, *(leaf.grad for leaf in leaves)]
                if keys:
                    parts += [optimizer.state[leaf][key] for leaf in leaves for key in keys]
                rows.append(torch.cat(parts))
        with torch.no_grad():
            last_loss = forward().reshape(1)
    table = torch.stack(rows) if rows else torch.empty(0, 1 + 2 * p_count)
    loss_hist = torch.cat([table[:, 0], last_loss])
    params = torch.cat([start.unsqueeze(0), table[:, 1 : 1 + p_count]])
    grads = table[:, 1 + p_count : 1 + 2 * p_count]
    state = None
    if keys:
        state = table[:, 1 + 2 * p_count :].reshape(epochs, p_count, len(keys))
    eig = eigenvalues(setup)
    return _make_trace(
        setup,
        lr,
        epochs,
        params.contiguous().numpy(),
        grads.contiguous().numpy(),
        loss_hist.contiguous().numpy(),
        None if state is None else state.contiguous().numpy(),
        eig,
        optimum(setup),
    )


def square(
    x0: float = 3.0,
    lr: float = 0.1,
    epochs: int = 50,
    *,
    optimizer: str = "plain",
    momentum: float = DEFAULT_MOMENTUM,
    update: str = "no_grad",
) -> Trace:
    """Minimise ``x**2`` from ``x0`` (course 八.3.4): ``params[:, 0]`` is x per epoch."""
    setup = Setup("square", x0=float(x0), optimizer=optimizer, momentum=momentum, update=update)
    return run(setup, lr, epochs)


def line_fit(
    lr: float = 0.01,
    epochs: int = 100,
    *,
    x: Sequence[float] = DEFAULT_X,
    y: Sequence[float] = DEFAULT_Y,
    a0: float = 1.0,
    b0: float = 1.0,
    optimizer: str = "plain",
    momentum: float = DEFAULT_MOMENTUM,
    update: str = "no_grad",
) -> Trace:
    """Fit ``a * x + b`` to ``(x, y)`` by mean squared error (course 八.3.5)."""
    setup = Setup(
        "line",
        data_x=tuple(float(v) for v in x),
        data_y=tuple(float(v) for v in y),
        a0=float(a0),
        b0=float(b0),
        optimizer=optimizer,
        momentum=momentum,
        update=update,
    )
    return run(setup, lr, epochs)


def table(setup: Setup, lrs: Sequence[float], epochs: int = MAX_EPOCHS) -> Table:
    """Runs for every lr in ``lrs`` at once, each row bit-for-bit its single run.

    Plain updates run as one batch (parameters of shape ``[M, 1]``, each row's loss its own
    mean, ``x -= lr * x.grad`` with one lr per row). Optimizers take one scalar lr per param
    group, so there each lr gets its own leaves and group; the forward pass is still batched.
    """
    _check_epochs(epochs)
    lrs = tuple(float(v) for v in lrs)
    m = len(lrs)
    p_count = len(setup.start)
    keys = _STATE_KEYS.get(setup.optimizer, ())
    with torch.enable_grad():
        params = torch.empty(epochs + 1, m, p_count)
        grads = torch.empty(epochs, m, p_count)
        loss_hist = torch.empty(epochs + 1, m)
        state = torch.empty(epochs, m, p_count, len(keys)) if keys else None
        if setup.optimizer == "plain":
            cols = [
                torch.full((m, 1), v, dtype=torch.float, requires_grad=True) for v in setup.start
            ]

            def current():
                return cols
        else:
            rows = [
                [torch.tensor([v], dtype=torch.float, requires_grad=True) for v in setup.start]
                for _ in range(m)
            ]
            optimizer = _make_optimizer(setup, rows, list(lrs))

            def current():
                return [torch.stack([r[j] for r in rows]) for j in range(p_count)]

        if setup.experiment == "line":
            x = torch.tensor(setup.data_x, dtype=torch.float)
            y = torch.tensor(setup.data_y, dtype=torch.float)

            def forward(ps):
                return ((ps[0] * x + ps[1] - y) ** 2).mean(dim=1)
        else:

            def forward(ps):
                return (ps[0] ** 2)[:, 0]

        lr_col = torch.tensor(lrs, dtype=torch.float).reshape(m, 1)
        with torch.no_grad():
            for j, v in enumerate(setup.start):
                params[0, :, j] = torch.tensor(v, dtype=torch.float)
        for epoch in range(epochs):
            ps = current()
            loss = forward(ps)
            if setup.optimizer == "plain":
                for c in cols:
                    if c.grad is not None:
                        c.grad.zero_()
                loss.sum().backward()
                if setup.update == "data":  # the same form as the single run's, batched
                    for c in cols:
                        c.data -= lr_col * c.grad
                with torch.no_grad():
                    if setup.update != "data":
                        for c in cols:
                            c -= lr_col * c.grad
                    grads[epoch] = torch.cat([c.grad for c in cols], dim=1)
                    params[epoch + 1] = torch.cat(cols, dim=1)
            else:
                optimizer.zero_grad()
                loss.sum().backward()
                optimizer.step()
                with torch.no_grad():
                    grads[epoch] = torch.stack([torch.cat([p.grad for p in r]) for r in rows])
                    params[epoch + 1] = torch.stack([torch.cat(r) for r in rows])
                    if state is not None:
                        for s, key in enumerate(keys):
                            state[epoch, :, :, s] = torch.stack(
                                [torch.cat([optimizer.state[p][key] for p in r]) for r in rows]
                            )
            loss_hist[epoch] = loss.detach()
        with torch.no_grad():
            loss_hist[epochs] = forward(current())
    for arr in (params, grads, loss_hist, state):
        if arr is not None:
            arr.numpy().flags.writeable = False
    return Table(
        setup=setup,
        lrs=lrs,
        epochs=epochs,
        params=params.numpy(),
        grads=grads.numpy(),
        loss=loss_hist.numpy(),
        state=None if state is None else state.numpy(),
        eigenvalues=eigenvalues(setup),
        optimum=optimum(setup),
    )


@dataclass(frozen=True)
class RefusedData:
    """Line-fit data torch refuses: its error, and the code that raises it (the course's
    lines that make x, y, a and b with these values, then the loss, in a ``try``) with what
    that code prints, so that the code on screen makes the error on screen."""

    error: TorchError
    snippet: Snippet


def refused_data(setup: Setup) -> RefusedData | None:
    """Whether torch accepts the line-fit data: one forward pass of the course's loop, run
    as the code shown writes it. None where it does (and for ``x**2``)."""
    if setup.experiment != "line":
        return None
    s = Script()
    xs = ", ".join(_num(v) for v in setup.data_x)
    ys = ", ".join(_num(v) for v in setup.data_y)
    x = s.run(
        f"x = torch.tensor([{xs}], dtype=torch.float)",
        lambda: torch.tensor(setup.data_x, dtype=torch.float),
    )
    y = s.run(
        f"y = torch.tensor([{ys}], dtype=torch.float)",
        lambda: torch.tensor(setup.data_y, dtype=torch.float),
    )
    a, b = (
        s.run(
            f"{name} = torch.tensor([{_num(v)}], dtype=torch.float, requires_grad=True)",
            lambda v=v: torch.tensor([v], dtype=torch.float, requires_grad=True),
        )
        for name, v in (("a", setup.a0), ("b", setup.b0))
    )
    s.line()
    with s.trying() as outcome:
        y_pred = s.run("y_pred = a * x + b", lambda: a * x + b)
        s.run("loss = ((y_pred - y) ** 2).mean()", lambda: ((y_pred - y) ** 2).mean())
    if outcome.error is None:
        return None
    return RefusedData(outcome.error, s.finish())


def with_optimizer(setup: Setup, optimizer: str) -> Setup:
    return replace(setup, optimizer=optimizer)


# -- the code behind a run, and what it prints ---------------------------------------------
def _num(v: float) -> str:
    """A float as Python source: whole numbers without a fraction, like the course writes."""
    if math.isfinite(v) and v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(float(v))


def _flt(v: float) -> str:
    """A start value as the course writes it (``3.0``)."""
    return repr(float(v))


def _item(v: np.floating) -> float:
    """What ``tensor.item()`` returns for a float32 element."""
    return float(v)


def print_every(epochs: int, experiment: str) -> int:
    """How often the code prints: every epoch for short x**2 runs, as the course does."""
    if experiment == "square":
        return 1 if epochs <= 50 else max(1, epochs // 20)
    return max(10, epochs // 50)


def _optimizer_line(setup: Setup, params: str) -> str:
    if setup.optimizer == "sgd":
        return f"optimizer = torch.optim.SGD([{params}], lr=lr)"
    if setup.optimizer == "momentum":
        return f"optimizer = torch.optim.SGD([{params}], lr=lr, momentum={setup.momentum!r})"
    if setup.optimizer == "nesterov":
        return (
            f"optimizer = torch.optim.SGD([{params}], lr=lr, momentum={setup.momentum!r}, "
            "nesterov=True)"
        )
    return f"optimizer = torch.optim.Adam([{params}], lr=lr)"


def _update_lines(setup: Setup, names: Sequence[str]) -> list[str]:
    """The plain loop's update of ``names``, in the setup's form."""
    if setup.update == "data":
        return [f"    {n}.data -= lr * {n}.grad" for n in names]
    return ["    with torch.no_grad():", *(f"        {n} -= lr * {n}.grad" for n in names)]


def script(trace: Trace) -> Snippet:
    """The course's loop for this run, and exactly what it prints (read from ``trace``).

    ``trace`` was computed by this very loop, so its values are what ``.item()`` returns.
    """
    setup, lr, epochs = trace.setup, trace.lr, trace.epochs
    every = print_every(epochs, setup.experiment)
    plain = setup.optimizer == "plain"
    code: list[str] = ["import torch", ""]
    out = io.StringIO()
    if setup.experiment == "square":
        code += [
            f"x = torch.tensor([{_flt(setup.x0)}], requires_grad=True, dtype=torch.float)",
            f"epochs = {epochs}",
            f"lr = {lr!r}",
        ]
        if not plain:
            code.append(_optimizer_line(setup, "x"))
        code += ["", "for i in range(epochs):", "    y = x ** 2"]
        if plain:
            code += [
                "    if x.grad is not None:",
                "        x.grad.zero_()",
                "    y.backward()",
                *_update_lines(setup, ("x",)),
            ]
        else:
            code += ["    optimizer.zero_grad()", "    y.backward()", "    optimizer.step()"]
        if every == 1:
            code.append("    print('epoch:', i, 'x:', x.item(), 'y:', y.item())")
        else:
            code += [
                f"    if (i + 1) % {every} == 0 or i == epochs - 1:",
                "        print('epoch:', i, 'x:', x.item(), 'y:', y.item())",
            ]
        for i in range(epochs):
            if (i + 1) % every == 0 or i == epochs - 1:
                x_i = _item(trace.params[i + 1, 0])
                print("epoch:", i, "x:", x_i, "y:", _item(trace.loss[i]), file=out)
    else:
        xs = ", ".join(_num(v) for v in setup.data_x)
        ys = ", ".join(_num(v) for v in setup.data_y)
        code += [
            f"x = torch.tensor([{xs}], dtype=torch.float)",
            f"y = torch.tensor([{ys}], dtype=torch.float)",
            f"a = torch.tensor([{_num(setup.a0)}], dtype=torch.float, requires_grad=True)",
            f"b = torch.tensor([{_num(setup.b0)}], dtype=torch.float, requires_grad=True)",
            f"lr = {lr!r}",
            f"epochs = {epochs}",
        ]
        if not plain:
            code.append(_optimizer_line(setup, "a, b"))
        code += [
            "",
            "for epoch in range(epochs):",
            "    y_pred = a * x + b",
            "    loss = ((y_pred - y) ** 2).mean()",
        ]
        if plain:
            code += [
                "    if a.grad is not None and b.grad is not None:",
                "        a.grad.zero_()",
                "        b.grad.zero_()",
                "    loss.backward()",
                *_update_lines(setup, ("a", "b")),
            ]
        else:
            code += ["    optimizer.zero_grad()", "    loss.backward()", "    optimizer.step()"]
        code += [
            f"    if (epoch + 1) % {every} == 0:",
            "        print(f'Epoch [{epoch + 1}/{epochs}], Loss: {loss.item():.4f}')",
            "",
            "print(f'a: {a.item()}, b: {b.item()}')",
        ]
        for epoch in range(epochs):
            if (epoch + 1) % every == 0:
                print(
                    f"Epoch [{epoch + 1}/{epochs}], Loss: {_item(trace.loss[epoch]):.4f}", file=out
                )
        a_last, b_last = (_item(v) for v in trace.params[-1])
        print(f"a: {a_last}, b: {b_last}", file=out)
    printed = out.getvalue()
    # "last": what the last epoch printed, the output's last line (a question asks for x or a
    # after the last epoch: it was 40 wheel clicks down)
    last = (("last", 0, max(0, printed.count("\n") - 1)),)
    return Snippet(code="\n".join(code) + "\n", output=printed, sections=last)


# -- the course's two pitfalls, run for real -----------------------------------------------
@dataclass(frozen=True)
class Pitfall:
    kind: str  # "inplace" | "rebind"
    snippet: Snippet
    error: TorchError | None
    # the epoch torch raised in, numbered from 0 as the code prints them: the updates the
    # code made before it raised
    epoch: int | None = None


PITFALLS = ("inplace", "rebind")


def pitfall(kind: str, x0: float = 3.0, lr: float = 0.1) -> Pitfall:
    """Run one of the course's two wrong updates on ``x**2`` and keep torch's real error.

    ``inplace``: ``x -= lr * x.grad`` without ``torch.no_grad()`` (in-place change of a leaf
    that requires grad). ``rebind``: ``x = x - lr * x.grad`` under ``no_grad``: the new ``x``
    is a fresh tensor without grad, so the next epoch's ``backward()`` has nothing to follow.
    """
    if kind not in PITFALLS:
        raise ValueError(f"unknown pitfall {kind!r}")
    lr = float(lr)
    reset_print_options()  # the printed tensors must look as in a fresh interpreter
    out = io.StringIO()
    error: TorchError | None = None
    epoch = 0
    code = [
        "import torch",
        "",
        f"x = torch.tensor([{_flt(x0)}], requires_grad=True, dtype=torch.float)",
        f"lr = {lr!r}",
        "",
    ]
    x = torch.tensor([float(x0)], requires_grad=True, dtype=torch.float)
    if kind == "inplace":
        code += [
            "y = x ** 2",
            "y.backward()",
            "print('x.grad:', x.grad)",
            "try:",
            "    x -= lr * x.grad  # no torch.no_grad() around the update",
            "except Exception as e:",
            "    print(type(e).__name__ + ':', e)",
        ]
        with torch.enable_grad():
            y = x**2
            y.backward()
            print("x.grad:", x.grad, file=out)
            try:
                x -= lr * x.grad
            except RuntimeError as exc:
                error = TorchError.from_exception(exc)
    else:
        code += [
            "try:",
            "    for i in range(2):",
            "        y = x ** 2",
            "        if x.grad is not None:",
            "            x.grad.zero_()",
            "        y.backward()",
            "        with torch.no_grad():",
            "            x = x - lr * x.grad  # a new tensor, not the leaf x",
            "        print('epoch:', i, 'x:', x, 'requires_grad:', x.requires_grad)",
            "except Exception as e:",
            "    print(type(e).__name__ + ':', e)",
        ]
        with torch.enable_grad():
            try:
                for epoch in range(2):
                    y = x**2
                    if x.grad is not None:
                        x.grad.zero_()
                    y.backward()
                    with torch.no_grad():
                        x = x - lr * x.grad
                    print("epoch:", epoch, "x:", x, "requires_grad:", x.requires_grad, file=out)
            except RuntimeError as exc:
                error = TorchError.from_exception(exc)
    if error is not None:
        print(error.type_name + ":", error.message, file=out)
    snippet = Snippet("\n".join(code) + "\n", out.getvalue())
    return Pitfall(kind, snippet, error, epoch if error is not None else None)
