"""The descent lesson's State: the experiment, its learning rate and epochs, the update rule,
the start and data as typed, the loss axis, a pinned run, the epoch under the cursor, and a
pitfall of the course when one is shown.

Each experiment keeps its own learning rate and epochs (switching back finds them as they
were). Whether the epochs are playing is not state: a state shown from data starts paused.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from typing import Literal

from tensorviz.core import descent
from tensorviz.core import race as core_race
from tensorviz.core.literal import LiteralError, parse_float, parse_literal
from tensorviz.ui.lessons.states import (
    LessonState,
    StateError,
    check_choice,
    check_range,
    check_text,
)

Experiment = Literal["square", "line"]
Optimizer = Literal["plain", "sgd", "momentum", "adam"]
LossScale = Literal["auto", "linear", "log"]
Pitfall = Literal["", "inplace", "rebind"]
Racer = Literal["course", "sgd", "momentum", "nesterov", "adam"]
Update = Literal["no_grad", "data"]

LR_GRID: tuple[float, ...] = descent.lr_grid()
MAX_LR = 100.0
#: Start values and data points must be finite and at most this large.
MAX_VALUE = 1e6
START_FIELDS = ("x0", "data_x", "data_y", "a0", "b0")
DATA_X = "[1, 2, 3, 4, 5]"
DATA_Y = "[3, 5, 7, 9, 11]"


class FieldError(ValueError):
    """Text of the start field ``field`` that is no usable number or data."""

    def __init__(self, field: str, error: LiteralError) -> None:
        super().__init__(f"{field}: {error}")
        self.field = field
        self.error = error


def parse_number(text: str) -> float:
    """A start value: one finite number, at most 1e6 in size."""
    value = parse_float(text)
    if not math.isfinite(value) or abs(value) > MAX_VALUE:
        raise _out_of_range(value)
    return value


def _out_of_range(value: float) -> LiteralError:
    limit = round(MAX_VALUE)
    if math.isfinite(value):
        return LiteralError(
            "out_of_range", "|{0}| > {1}", f"{value:g}", f"{MAX_VALUE:g}", limit=limit
        )
    return LiteralError("out_of_range", "{0} is not finite", value, limit=limit)


def parse_data(text: str) -> tuple[float, ...]:
    """Data points: a flat, non-empty list of finite numbers, at most 1e6 in size."""
    parsed = parse_literal(text, max_elements=descent.MAX_POINTS)
    if len(parsed.shape) != 1 or parsed.shape[0] == 0:
        raise LiteralError("not_a_list", text.strip())
    values = tuple(float(v) for v in parsed.data)
    for v in values:
        if not math.isfinite(v) or abs(v) > MAX_VALUE:
            raise _out_of_range(v)
    return values


@functools.lru_cache(maxsize=64)
def setup_of(
    experiment: str,
    optimizer: str,
    x0: str,
    data_x: str,
    data_y: str,
    a0: str,
    b0: str,
    update: str = "no_grad",
) -> descent.Setup:
    """The run's :class:`~tensorviz.core.descent.Setup` from the fields as typed; every field
    is read (in the order of the form), so a bad one is found whichever experiment is shown.
    Raises :class:`FieldError` naming the first bad field.

    A setup holds only what its experiment uses: editing the data does not make x**2's runs
    new ones, and the update form is the plain loop's only (torch.optim updates itself)."""
    values = {}
    for field, text in (("x0", x0), ("a0", a0), ("b0", b0), ("data_x", data_x), ("data_y", data_y)):
        try:
            values[field] = parse_data(text) if field.startswith("data") else parse_number(text)
        except LiteralError as err:
            raise FieldError(field, err) from None
    update = update if optimizer == "plain" else "no_grad"
    if experiment == "square":
        return descent.Setup("square", x0=values["x0"], optimizer=optimizer, update=update)
    return descent.Setup(
        "line",
        data_x=values["data_x"],
        data_y=values["data_y"],
        a0=values["a0"],
        b0=values["b0"],
        optimizer=optimizer,
        update=update,
    )


def slider_position(lr: float) -> int:
    """The learning-rate slider's position nearest ``lr`` (on its log scale)."""
    target = math.log10(lr)
    return min(range(len(LR_GRID)), key=lambda i: abs(math.log10(LR_GRID[i]) - target))


def _check_run(lr: float, epochs: int) -> None:
    if not (math.isfinite(lr) and 0 < lr <= MAX_LR):
        raise StateError("lr", f"must be above 0 and at most {MAX_LR:g}, not {lr!r}")
    check_range("epochs", epochs, 1, descent.MAX_EPOCHS)


def _check_start(fields: dict[str, str]) -> None:
    for field, text in fields.items():
        check_text(field, text, 2000)
    try:
        line = setup_of("line", "plain", *fields.values())
    except FieldError as err:
        raise StateError(err.field, str(err.error)) from None
    n, m = len(line.data_x), len(line.data_y)
    if n != m:  # torch refuses to compare them: such a state cannot be shown
        raise StateError("data_y", f"must hold as many values as data_x ({n}), not {m}")


@dataclass(frozen=True)
class Run:
    """The learning rate and number of epochs of one experiment (default: the course's)."""

    lr: float
    epochs: int

    def __post_init__(self) -> None:
        _check_run(self.lr, self.epochs)


@dataclass(frozen=True)
class SquareRun(Run):
    lr: float = 0.1
    epochs: int = 50


@dataclass(frozen=True)
class LineRun(Run):
    lr: float = 0.01
    epochs: int = 100


@dataclass(frozen=True)
class Pin:
    """A run kept on screen, dashed, to compare with: everything that made it."""

    experiment: Experiment = "square"
    optimizer: Optimizer = "plain"
    lr: float = 0.1
    epochs: int = 50
    x0: str = "3.0"
    data_x: str = DATA_X
    data_y: str = DATA_Y
    a0: str = "1"
    b0: str = "1"
    update: Update = "no_grad"

    def __post_init__(self) -> None:
        check_choice("experiment", self.experiment, descent.EXPERIMENTS)
        check_choice("optimizer", self.optimizer, descent.OPTIMIZERS)
        check_choice("update", self.update, descent.UPDATES)
        _check_run(self.lr, self.epochs)
        _check_start({f: getattr(self, f) for f in START_FIELDS})

    def setup(self) -> descent.Setup:
        start = (getattr(self, f) for f in START_FIELDS)
        return setup_of(self.experiment, self.optimizer, *start, self.update)


@dataclass(frozen=True)
class RaceLrs:
    """Each runner's learning rate in the optimizer race (defaults that converge)."""

    course: float = core_race.DEFAULT_LRS["course"]
    sgd: float = core_race.DEFAULT_LRS["sgd"]
    momentum: float = core_race.DEFAULT_LRS["momentum"]
    nesterov: float = core_race.DEFAULT_LRS["nesterov"]
    adam: float = core_race.DEFAULT_LRS["adam"]

    def __post_init__(self) -> None:
        for name in core_race.RACERS:
            lr = getattr(self, name)
            if not (math.isfinite(lr) and 0 < lr <= MAX_LR):
                raise StateError(name, f"must be above 0 and at most {MAX_LR:g}, not {lr!r}")

    def as_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in core_race.RACERS}


@dataclass(frozen=True)
class State(LessonState):
    LESSON = "descent"

    experiment: Experiment = "square"
    square: SquareRun = SquareRun()
    line: LineRun = LineRun()
    optimizer: Optimizer = "plain"
    x0: str = "3.0"
    data_x: str = DATA_X
    data_y: str = DATA_Y
    a0: str = "1"
    b0: str = "1"
    loss_scale: LossScale = "auto"
    pinned: Pin | None = None
    cursor: int = 1
    pitfall: Pitfall = ""
    #: the optimizer race (line fit): the runners shown, in the order of core.race.RACERS
    race: tuple[Racer, ...] = ()
    race_lrs: RaceLrs = RaceLrs()
    #: the course's plain loop updates ``x -= lr * x.grad`` under ``torch.no_grad()``, or
    #: ``x.data -= lr * x.grad`` (both experiments; torch.optim's runs ignore it)
    update: Update = "no_grad"

    def check(self) -> None:
        check_choice("experiment", self.experiment, descent.EXPERIMENTS)
        check_choice("optimizer", self.optimizer, descent.OPTIMIZERS)
        for name in self.race:
            check_choice("race", name, core_race.RACERS)
        if len(set(self.race)) != len(self.race):
            raise StateError("race", f"names a runner twice: {list(self.race)!r}")
        check_choice("update", self.update, descent.UPDATES)
        _check_start(self.start())
        check_range("cursor", self.cursor, 0, self.epochs)

    # -- what it asks for --------------------------------------------------------------------
    @property
    def run(self) -> SquareRun | LineRun:
        """The shown experiment's learning rate and epochs."""
        return self.square if self.experiment == "square" else self.line

    @property
    def lr(self) -> float:
        return self.run.lr

    @property
    def epochs(self) -> int:
        return self.run.epochs

    def start(self) -> dict[str, str]:
        """The start and data fields as typed."""
        return {f: getattr(self, f) for f in START_FIELDS}

    def setup(self, experiment: str | None = None) -> descent.Setup:
        """The setup of the shown experiment (or of ``experiment``)."""
        return setup_of(
            experiment or self.experiment, self.optimizer, *self.start().values(), self.update
        )

    def other_setup(self) -> descent.Setup:
        return self.setup("line" if self.experiment == "square" else "square")

    def shown_pin(self) -> Pin | None:
        """The pinned run when it is of the shown experiment (only then is it drawn)."""
        pin = self.pinned
        return pin if pin is not None and pin.experiment == self.experiment else None

    # -- transitions: a change of the run clears a shown pitfall -----------------------------
    def _with_run(self, run: Run, **changes) -> State:
        return self.replace(**{self.experiment: run}, pitfall="", **changes)

    def with_experiment(self, experiment: str) -> State:
        if experiment == self.experiment:
            return self
        # a new experiment starts a new picture, the cursor after the first update
        return self.replace(experiment=experiment, cursor=1, pitfall="")

    def with_lr(self, lr: float) -> State:
        return self if lr == self.lr else self._with_run(type(self.run)(float(lr), self.epochs))

    def with_epochs(self, epochs: int) -> State:
        if epochs == self.epochs:
            return self
        # a cursor at the last epoch stays at the last epoch
        cursor = epochs if self.cursor >= self.epochs else min(self.cursor, epochs)
        return self._with_run(type(self.run)(self.lr, epochs), cursor=cursor)

    def with_optimizer(self, optimizer: str) -> State:
        if optimizer == self.optimizer:
            return self
        return self.replace(optimizer=optimizer, pitfall="")

    def with_update(self, update: str) -> State:
        return self if update == self.update else self.replace(update=update, pitfall="")

    def with_start(self, **fields: str) -> State:
        if all(getattr(self, f) == v for f, v in fields.items()):
            return self
        return self.replace(**fields, pitfall="")

    def with_cursor(self, epoch: int) -> State:
        return self.replace(cursor=max(0, min(int(epoch), self.epochs)))

    def racing(self) -> tuple[str, ...]:
        """The runners drawn now: the race is run on the line fit only."""
        return self.race if self.experiment == "line" else ()

    def with_racer(self, name: str, on: bool) -> State:
        """Show (or hide) runner ``name`` of the race."""
        shown = set(self.race) | {name} if on else set(self.race) - {name}
        return self.replace(race=tuple(n for n in core_race.RACERS if n in shown))

    def with_race_lr(self, name: str, lr: float) -> State:
        lrs = replace(self.race_lrs, **{name: float(lr)})
        return self if lrs == self.race_lrs else self.replace(race_lrs=lrs)

    def with_pin(self, on: bool) -> State:
        """Pin the shown run (or unpin)."""
        if not on:
            return self.replace(pinned=None)
        run = (self.experiment, self.optimizer, self.lr, self.epochs)
        pin = Pin(*run, **self.start(), update=self.update)
        return self.replace(pinned=pin)


#: States other than the opening one, for tests and the course: set_state on any of them
#: must draw what a user clicking their way there sees.
SAMPLES: tuple[State, ...] = (
    # the line fit overshooting: a and b swing around the least-squares line
    State(experiment="line", line=LineRun(0.0501, 200), cursor=40),
    # x**2 oscillating, over the course's run pinned for comparison
    State(square=SquareRun(0.891, 30), cursor=30, loss_scale="linear", pinned=Pin()),
    # x**2 blowing up: the values overflow float32 and the curves stop there
    State(square=SquareRun(1.26, 400)),
    # the course's first pitfall, run for real: torch's error
    State(pitfall="inplace"),
    # heavy-ball momentum (torch.optim.SGD) on x**2
    State(optimizer="momentum", square=SquareRun(0.0501, 100), cursor=100),
    # the notes' third form of the update, x.data -= lr * x.grad, on the line fit
    State(experiment="line", line=LineRun(0.02, 150), cursor=150, update="data"),
    # the optimizer race on the line fit's landscape: every runner, Adam at its own lr
    State(
        experiment="line",
        line=LineRun(0.01, 500),
        cursor=60,
        race=core_race.RACERS,
        race_lrs=RaceLrs(adam=0.2),
    ),
)
