"""What the descent lesson knows of the optimizer race and of the loss landscape. No Qt.

:meth:`Racing.runs` answers the race of a State: the runners' runs that are known (any run
:class:`~tensorviz.ui.lessons.descent.traces.Traces` holds: a runner at a slider position of
the course's loop comes straight from its table) and, when some are missing, one job that
runs them all on the lesson's worker (a race of 5 x 500 epochs takes a few hundred ms).
:meth:`Racing.landscape` gives the loss over (a, b) framing the start, the minimum and every
drawn path; a grid is a few ms, and one is kept per (data, extent), so a dragged slider
whose paths stay in the frame computes nothing.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from tensorviz.core import descent
from tensorviz.core import landscape as core_landscape
from tensorviz.core import race as core_race
from tensorviz.core.descent import Setup, Trace
from tensorviz.ui.lessons.descent.state import State
from tensorviz.ui.lessons.descent.traces import Traces

MAX_LANDSCAPES = 8


@dataclass(frozen=True, eq=False)
class RaceJob:
    """The race's runners that no run is known for: computed together on the worker."""

    channel = "race"
    setup: Setup
    lrs: tuple[tuple[str, float], ...]
    epochs: int

    @property
    def key(self) -> tuple:
        return (self.setup, self.lrs, self.epochs)

    def compute(self) -> core_race.Race:
        names = [name for name, _ in self.lrs]
        return core_race.race(self.setup, dict(self.lrs), self.epochs, names)


class Racing:
    def __init__(self, traces: Traces) -> None:
        self.traces = traces
        self._pending: RaceJob | None = None
        self._scapes: OrderedDict[tuple, core_landscape.Landscape] = OrderedDict()

    def runs(self, state: State) -> tuple[tuple[tuple[str, Trace], ...], RaceJob | None]:
        """The shown runners' known runs, in order, and the job for the others (None when
        none is missing or the job for them is on its way)."""
        names = state.racing()
        if not names:
            return (), None
        setup = state.setup("line")
        lrs = state.race_lrs.as_dict()
        epochs = state.line.epochs
        found, missing = [], []
        for name in names:
            run = self.traces.trace(core_race.racer_setup(setup, name), lrs[name], epochs)
            if run is None:
                missing.append((name, lrs[name]))
            else:
                found.append((name, run))
        if not missing:
            return tuple(found), None
        job = RaceJob(setup, tuple(missing), epochs)
        if self._pending is not None and self._pending.key == job.key:
            return tuple(found), None
        self._pending = job
        return tuple(found), job

    def pending(self) -> bool:
        return self._pending is not None

    def done(self, job: RaceJob, result: core_race.Race) -> None:
        self.dropped(job)
        for _, run in result.runs:
            self.traces.remember(run)

    def dropped(self, job: RaceJob) -> None:
        if self._pending is job:
            self._pending = None

    def landscape(self, state: State, paths: Sequence[Trace]) -> core_landscape.Landscape | None:
        """The loss over (a, b) around the start, the minimum and ``paths`` (line fit only)."""
        if state.experiment != "line":
            return None
        setup = state.setup("line")
        data = Setup("line", data_x=setup.data_x, data_y=setup.data_y)
        opt = descent.optimum(data)
        ext = core_landscape.extent(setup.start, opt, [run.params for run in paths])
        key = (data, ext)
        found = self._scapes.get(key)
        if found is None:
            found = self._scapes[key] = core_landscape.landscape(data, ext)
            while len(self._scapes) > MAX_LANDSCAPES:
                self._scapes.popitem(last=False)
        self._scapes.move_to_end(key)
        return found


def pick_text(value: float, span: float) -> str:
    """A picked start value as the start field shows it: rounded to a thousandth of the
    view's ``span`` (a click cannot mean more), e.g. ``1.23`` on a view 2 wide."""
    decimals = max(0, 3 - math.floor(math.log10(span))) if span > 0 else 3
    text = f"{round(value, decimals):.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
