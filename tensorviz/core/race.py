"""The optimizer race: the course's loop and four ``torch.optim`` optimizers fitting the same
line from the same start on the same data, each with its own learning rate.

Each runner is one :func:`tensorviz.core.descent.run` (the course's loop, or
``optimizer.zero_grad(); loss.backward(); optimizer.step()`` with a real ``torch.optim``
optimizer), so its numbers are those of a plain hand-written loop to the last float32 bit
(tests check this).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tensorviz.core import descent

#: The runners, in the order they are listed and drawn.
RACERS = ("course", "sgd", "momentum", "nesterov", "adam")
#: The update rule each runner uses (a :class:`~tensorviz.core.descent.Setup` optimizer).
OPTIMIZER_OF = {
    "course": "plain",
    "sgd": "sgd",
    "momentum": "momentum",
    "nesterov": "nesterov",
    "adam": "adam",
}
#: Learning rates that converge on the course's data (x = 1..5, y = 2x + 1, start a = b = 1;
#: the Hessian's largest eigenvalue is 23.66, so plain descent blows up above 2 / 23.66 =
#: 0.0845). Measured with :func:`race` over 500 epochs; see tests/core/test_race.py.
DEFAULT_LRS = {
    "course": 0.01,
    "sgd": 0.04,
    "momentum": 0.01,
    "nesterov": 0.01,
    "adam": 0.1,
}


def check_racer(name: str) -> None:
    if name not in RACERS:
        raise ValueError(f"unknown runner {name!r}: one of {', '.join(RACERS)}")


@dataclass(frozen=True, eq=False)
class Race:
    """The runs of a race: ``runs[name]`` for each runner asked for, all ``epochs`` long."""

    setup: descent.Setup
    epochs: int
    lrs: tuple[tuple[str, float], ...]
    runs: tuple[tuple[str, descent.Trace], ...]

    def run(self, name: str) -> descent.Trace:
        return dict(self.runs)[name]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.runs)


def racer_setup(setup: descent.Setup, name: str) -> descent.Setup:
    """``setup`` (a line fit: data and start) with the runner's update rule."""
    check_racer(name)
    if setup.experiment != "line":
        raise ValueError("the race is run on the line fit")
    return replace(setup, optimizer=OPTIMIZER_OF[name])


def race(
    setup: descent.Setup, lrs: Mapping[str, float], epochs: int, names: Sequence[str] = RACERS
) -> Race:
    """Run every runner of ``names`` from ``setup``'s start for ``epochs`` epochs, each at its
    learning rate in ``lrs`` (or :data:`DEFAULT_LRS`)."""
    runs = []
    used = []
    for name in names:
        check_racer(name)
        lr = float(lrs.get(name, DEFAULT_LRS[name]))
        if not (math.isfinite(lr) and lr > 0):
            raise ValueError(f"lr of {name} must be a positive number, not {lr!r}")
        runs.append((name, descent.run(racer_setup(setup, name), lr, epochs)))
        used.append((name, lr))
    return Race(setup, int(epochs), tuple(used), tuple(runs))
