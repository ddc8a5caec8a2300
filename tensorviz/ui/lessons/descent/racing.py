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


@dataclass(frozen=True, eq=False)
class LandscapeJob:
    """The loss over (a, b) for the line-fit ``data`` over ``extent``."""

    channel = "landscape"
    data: Setup
    extent: core_landscape.Extent

    @property
    def key(self) -> tuple:
        return (self.data, self.extent)

    def compute(self) -> core_landscape.Landscape:
        return core_landscape.landscape(self.data, self.extent)


class Racing:
    def __init__(self, traces: Traces) -> None:
        self.traces = traces
        self._pending: RaceJob | None = None
        self._scapes: OrderedDict[tuple, core_landscape.Landscape] = OrderedDict()
        self._optimum: dict[Setup, tuple[float, ...]] = {}
        self._last: core_landscape.Landscape | None = None
        self._scape_job: LandscapeJob | None = None

    def runs(
        self, state: State, wait: bool = False
    ) -> tuple[tuple[tuple[str, Trace], ...], RaceJob | None]:
        """The shown runners' known runs, in order, and the job for the others (None when
        none is missing or the job for them is on its way). ``wait``: the lesson's own run
        is being computed; it goes first (a drag on the landscape asks for a new start at
        every move), the race is asked for again when it is in."""
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
        if not missing or wait:
            return tuple(found), None
        job = RaceJob(setup, tuple(missing), epochs)
        if self._pending is not None and self._pending.key == job.key:
            return tuple(found), None
        self._pending = job
        return tuple(found), job

    def landscape(
        self, state: State, paths: Sequence[Trace]
    ) -> tuple[core_landscape.Landscape | None, LandscapeJob | None]:
        """The loss over (a, b) around the start, the minimum and ``paths`` (line fit only)
        when known; else the last one of the same data meanwhile, and the job that computes
        it (None when it is on its way). A grid takes a few ms on a quiet machine and many
        more on a busy one, so it is computed on the worker like every run."""
        if state.experiment != "line":
            return None, None
        setup = state.setup("line")
        data = Setup("line", data_x=setup.data_x, data_y=setup.data_y)
        opt = self._optimum.get(data)
        if opt is None:
            opt = self._optimum[data] = descent.optimum(data)
            if len(self._optimum) > MAX_LANDSCAPES:
                del self._optimum[next(iter(self._optimum))]
        ext = core_landscape.extent(setup.start, opt, [run.params for run in paths])
        key = (data, ext)
        found = self._scapes.get(key)
        if found is not None:
            self._scapes.move_to_end(key)
            self._last = found
            return found, None
        last = self._last if self._last is not None and self._last.setup == data else None
        if self._scape_job is not None and self._scape_job.key == key:
            return last, None
        self._scape_job = LandscapeJob(data, ext)
        return last, self._scape_job

    def pending(self) -> bool:
        """Whether a race or a landscape is on its way."""
        return self._pending is not None or self._scape_job is not None

    def done(self, job: RaceJob | LandscapeJob, result: object) -> None:
        """``job``'s result came back: a race's runs, or a landscape."""
        self.dropped(job)
        if job.channel == "landscape":
            self._scapes[job.key] = result
            while len(self._scapes) > MAX_LANDSCAPES:
                self._scapes.popitem(last=False)
            return
        for _, run in result.runs:
            self.traces.remember(run)

    def dropped(self, job: RaceJob | LandscapeJob) -> None:
        """``job`` is no longer on its way (done, failed or cancelled)."""
        if self._pending is job:
            self._pending = None
        if self._scape_job is job:
            self._scape_job = None


def pick_text(value: float, span: float) -> str:
    """A picked start value as the start field shows it: rounded to a thousandth of the
    view's ``span`` (a click cannot mean more), e.g. ``1.23`` on a view 2 wide."""
    decimals = max(0, 3 - math.floor(math.log10(span))) if span > 0 else 3
    text = f"{round(value, decimals):.{decimals}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
