"""What the descent lesson knows of runs, and what it computes next. No Qt: the lesson runs
the jobs this hands out (on its workers) and hands back their results.

The lesson asks one question, :meth:`Traces.request`: the run for (setup, lr, epochs). The
answer is the run when it is known, and the jobs to start now:

- ``table`` (foreground): the runs of every slider position at once, for the sweep strip and
  for a slider that then only slices arrays. The plain update's table is one batch of every
  position and 1,000 epochs; an optimizer takes one param group per lr, which is slower, so its
  table has the strip's coarser positions and only as many epochs as needed;
- ``trace`` (foreground): the run asked for, when no table holds it (a typed lr, an optimizer),
  computed a little longer than asked so that a few more epochs need no new run;
- ``prewarm`` (background): once a plain table is there, the other experiment's, so that
  switching is instant too;
- ``fill`` (background): an optimizer's other slider positions, a chunk at a time, nearest the
  current lr first, so that dragging soon needs no waiting. The run the user waits for goes
  first: no chunk starts while it is pending.

Every number is a :mod:`tensorviz.core.descent` result: a row of a table is bit-for-bit its
single run (tested there). The same question asked again gets the same object back, so what a
widget drew need not be drawn again.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from tensorviz.core import descent
from tensorviz.core.descent import Setup, Sweep, Table, Trace

#: Slider positions per background chunk of an optimizer's table.
FILL_CHUNK = 24
#: An optimizer's table has every 15th slider position (the sweep strip's points).
OPTIMIZER_STRIDE = 15
#: A run the user waits for is computed at least this long.
RUN_AHEAD = 200
MAX_TABLES = 12
MAX_FILLED_SETUPS = 4
MAX_RUNS = 64
MAX_ANSWERS = 32
BACKGROUND = ("prewarm", "fill")


@dataclass(frozen=True, eq=False)
class Job:
    """One computation for a worker: a single run (``trace``) or a table of runs."""

    channel: str  # "trace" | "table" | "prewarm" | "fill"
    setup: Setup
    lrs: tuple[float, ...]
    epochs: int

    @property
    def background(self) -> bool:
        return self.channel in BACKGROUND

    def compute(self) -> Trace | Table:
        if self.channel == "trace":
            return descent.run(self.setup, self.lrs[0], self.epochs)
        return descent.table(self.setup, self.lrs, self.epochs)


@dataclass(frozen=True)
class Answer:
    """The run asked for (None: a job computes it), the jobs to start and the channels whose
    pending job is no longer wanted."""

    trace: Trace | None
    start: tuple[Job, ...] = ()
    cancel: tuple[str, ...] = ()


class Traces:
    """Runs and tables computed so far, and the jobs on their way (one per channel)."""

    def __init__(self) -> None:
        self.grid = descent.lr_grid()
        self._logs = [math.log10(v) for v in self.grid]
        self._tables: dict[Setup, Table] = {}
        self._fills: dict[Setup, list[Table]] = {}
        self._runs: OrderedDict[tuple[Setup, float], Trace] = OrderedDict()
        self._answers: OrderedDict[tuple[Setup, float, int], Trace] = OrderedDict()
        self._sweeps: dict[tuple[Setup, int], tuple[Table, Sweep]] = {}
        self._pending: dict[str, Job] = {}

    # -- what is known -----------------------------------------------------------------------
    def trace(self, setup: Setup, lr: float, epochs: int) -> Trace | None:
        """The run, if a table, a chunk or an earlier run holds it (else None)."""
        key = (setup, lr, epochs)
        found = self._answers.get(key)
        if found is None:
            found = self._find(setup, lr, epochs)
            if found is None:
                return None
            self._answers[key] = found
            if len(self._answers) > MAX_ANSWERS:
                self._answers.popitem(last=False)
        self._answers.move_to_end(key)
        return found

    def _find(self, setup: Setup, lr: float, epochs: int) -> Trace | None:
        for table in (self._tables.get(setup), *self._fills.get(setup, ())):
            if table is not None and epochs <= table.epochs:
                i = table.index(lr)
                if i is not None:
                    return table.trace(i, epochs)
        run = self._runs.get((setup, lr))
        if run is not None and run.epochs >= epochs:
            self._runs.move_to_end((setup, lr))
            return run.head(epochs)
        return None

    def sweep(self, setup: Setup, epochs: int) -> Sweep | None:
        """The final loss against the lr after ``epochs``, once the setup's table has them."""
        table = self._tables.get(setup)
        if table is None or table.epochs < epochs:
            return None
        known = self._sweeps.get((setup, epochs))
        if known is None or known[0] is not table:
            known = self._sweeps[(setup, epochs)] = (table, table.sweep(epochs))
            if len(self._sweeps) > MAX_ANSWERS:
                del self._sweeps[next(iter(self._sweeps))]
        return known[1]

    def run_now(self, setup: Setup, lr: float, epochs: int) -> Trace:
        """The run, computed right here if it is not known (a first picture)."""
        found = self.trace(setup, lr, epochs)
        if found is None:
            self._remember(descent.run(setup, lr, epochs))
            found = self.trace(setup, lr, epochs)
        return found

    def pending(self, channel: str) -> Job | None:
        """The job on its way on ``channel``."""
        return self._pending.get(channel)

    def filling(self) -> bool:
        """Whether background work is on its way."""
        return any(channel in self._pending for channel in BACKGROUND)

    # -- what to compute -----------------------------------------------------------------------
    def request(
        self,
        setup: Setup,
        lr: float,
        epochs: int,
        *,
        other: Setup | None = None,
        now: bool = False,
        passing: bool = False,
    ) -> Answer:
        """The run for (``setup``, ``lr``, ``epochs``) and the jobs that follow from asking.

        ``now``: compute the run right here when it is not known (a first picture). ``other``:
        the other experiment's setup, prepared in the background once this one's table is in.
        ``passing``: a setup only passed through (a start dragged on the landscape): its run
        only, no table of every lr for it (seconds of work the next move makes stale)."""
        trace = self.run_now(setup, lr, epochs) if now else self.trace(setup, lr, epochs)
        start: list[Job] = []
        cancel: list[str] = []
        table = None if passing else self._table_job(setup, epochs)
        if table is not None:
            start.append(table)
        waiting = self._pending.get("trace")
        if trace is not None:
            if waiting is not None:
                cancel.append("trace")  # found without it: its answer would be stale
                del self._pending["trace"]
        elif not (
            waiting is not None
            and (waiting.setup, waiting.lrs[0]) == (setup, lr)
            and waiting.epochs >= epochs
        ):
            start.append(Job("trace", setup, (lr,), max(epochs, RUN_AHEAD)))
        for job in start:
            self._pending[job.channel] = job
        background = self._background_job(setup, lr, epochs, other)
        if background is not None:
            self._pending[background.channel] = background
            start.append(background)
        return Answer(trace, tuple(start), tuple(cancel))

    def _table_job(self, setup: Setup, epochs: int) -> Job | None:
        table = self._tables.get(setup)
        if table is not None and table.epochs >= epochs:
            return None
        waiting = self._pending.get("table")
        if waiting is not None and waiting.setup == setup and waiting.epochs >= epochs:
            return None
        if setup.optimizer == "plain":
            return Job("table", setup, self.grid, descent.MAX_EPOCHS)
        need = next(n for n in (100, 250, 500, descent.MAX_EPOCHS) if n >= epochs)
        return Job("table", setup, self.grid[::OPTIMIZER_STRIDE], need)

    def _background_job(
        self, setup: Setup, lr: float, epochs: int, other: Setup | None
    ) -> Job | None:
        if self.filling():
            return None
        main = self._tables.get(setup)
        if main is None:
            return None
        if setup.optimizer == "plain":
            if other is not None and other.optimizer == "plain" and other not in self._tables:
                return Job("prewarm", other, self.grid, descent.MAX_EPOCHS)
            return None
        if "trace" in self._pending or main.epochs < epochs:
            return None  # the run the user waits for (or a longer table) goes first
        covered = set(main.lrs)
        for fill in self._fills.get(setup, ()):
            if fill.epochs >= main.epochs:
                covered.update(fill.lrs)
        todo = [i for i, v in enumerate(self.grid) if v not in covered]
        if not todo:
            return None
        target = math.log10(lr)
        here = min(range(len(self.grid)), key=lambda i: abs(self._logs[i] - target))
        todo = sorted(sorted(todo, key=lambda i: abs(i - here))[:FILL_CHUNK])
        return Job("fill", setup, tuple(self.grid[i] for i in todo), main.epochs)

    # -- results -----------------------------------------------------------------------------
    def done(self, job: Job, result: Trace | Table) -> None:
        """``job``'s result came back."""
        self.dropped(job)
        if job.channel == "trace":
            self._remember(result)
        elif job.channel == "fill":
            self._fills.setdefault(job.setup, []).append(result)
            while len(self._fills) > MAX_FILLED_SETUPS:
                del self._fills[next(iter(self._fills))]
        else:
            if job.channel == "table":
                self._tables[job.setup] = result
            else:  # prewarmed: the table asked for in the foreground may be there already
                self._tables.setdefault(job.setup, result)
            while len(self._tables) > MAX_TABLES:
                del self._tables[next(iter(self._tables))]

    def dropped(self, job: Job) -> None:
        """``job`` is no longer on its way (done, failed or cancelled)."""
        if self._pending.get(job.channel) is job:
            del self._pending[job.channel]

    def remember(self, trace: Trace) -> None:
        """Keep a run computed elsewhere (a runner of the optimizer race)."""
        self._remember(trace)

    def _remember(self, trace: Trace) -> None:
        self._runs[(trace.setup, trace.lr)] = trace
        while len(self._runs) > MAX_RUNS:
            self._runs.popitem(last=False)
