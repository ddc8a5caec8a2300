"""The descent lesson's runs and their scheduling, without Qt: what is asked is what core
computes, a known run needs no job, and the jobs come in the order a user needs them."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import numpy as np

from tensorviz.core import descent
from tensorviz.ui.lessons.descent.traces import FILL_CHUNK, RUN_AHEAD, Traces

SQUARE = descent.Setup("square")
LINE = descent.Setup("line")
GRID = descent.lr_grid()


def same_run(a: descent.Trace, b: descent.Trace) -> bool:
    return (a.setup, a.lr, a.epochs) == (b.setup, b.lr, b.epochs) and all(
        np.array_equal(x, y)
        for x, y in ((a.params, b.params), (a.loss, b.loss), (a.grads, b.grads))
    )


def finish(traces: Traces, answer) -> None:
    """Run the answer's jobs as the workers would, and hand their results back."""
    for job in answer.start:
        traces.done(job, job.compute())


def test_no_qt_is_needed():
    tree = ast.parse(Path(sys.modules[Traces.__module__].__file__).read_text(encoding="utf-8"))
    imported = [
        alias.name if isinstance(node, ast.Import) else node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
    assert not [name for name in imported if name.split(".")[0] in ("PySide6", "pyqtgraph")]


def test_a_first_picture_is_computed_at_once_and_the_table_follows():
    traces = Traces()
    answer = traces.request(SQUARE, 0.1, 50, other=LINE, now=True)
    assert same_run(answer.trace, descent.square(lr=0.1, epochs=50))
    (table,) = answer.start
    assert (table.channel, table.background) == ("table", False)
    assert (table.lrs, table.epochs) == (GRID, descent.MAX_EPOCHS)
    assert traces.pending("table") is table
    # asked again while the table computes: nothing new to start
    assert traces.request(SQUARE, 0.1, 50, other=LINE).start == ()


def test_an_unknown_run_is_a_job_computed_a_little_longer_than_asked():
    traces = Traces()
    answer = traces.request(SQUARE, 0.123456, 30)
    assert answer.trace is None
    trace_job = next(j for j in answer.start if j.channel == "trace")
    assert (trace_job.lrs, trace_job.epochs) == ((0.123456,), RUN_AHEAD)
    again = traces.request(SQUARE, 0.123456, 40)
    assert not [j for j in again.start if j.channel == "trace"]  # the same run is on its way
    traces.done(trace_job, trace_job.compute())
    assert traces.pending("trace") is None
    for epochs in (30, 40, RUN_AHEAD):
        found = traces.request(SQUARE, 0.123456, epochs).trace
        assert same_run(found, descent.square(lr=0.123456, epochs=epochs))
    # more epochs than were computed: a new run
    longer = traces.request(SQUARE, 0.123456, RUN_AHEAD + 1)
    assert longer.trace is None
    assert [j.epochs for j in longer.start if j.channel == "trace"] == [RUN_AHEAD + 1]


def test_a_newer_question_replaces_the_run_on_its_way():
    traces = Traces()
    first = next(j for j in traces.request(SQUARE, 0.123, 50).start if j.channel == "trace")
    second = next(j for j in traces.request(SQUARE, 0.234, 50).start if j.channel == "trace")
    assert traces.pending("trace") is second
    traces.dropped(first)  # a stale job's end changes nothing
    assert traces.pending("trace") is second


def test_the_table_answers_every_slider_position_bit_for_bit():
    traces = Traces()
    finish(traces, traces.request(SQUARE, 0.1, 50, now=True))
    waiting = traces.request(SQUARE, 0.123456, 50)  # off the grid: computed
    assert traces.pending("trace") is not None
    for lr in (GRID[0], 0.1, 0.501, GRID[-1]):
        answer = traces.request(SQUARE, lr, 77)
        assert same_run(answer.trace, descent.square(lr=lr, epochs=77))
        assert not [j for j in answer.start if not j.background]
    # a run found without the job: the job's answer would be stale
    assert waiting.trace is None
    assert traces.request(SQUARE, 0.2, 50).cancel == ()
    traces.request(SQUARE, 0.123456, 50)
    assert traces.request(SQUARE, 0.2, 50).cancel == ("trace",)
    assert traces.pending("trace") is None


def test_the_same_question_gets_the_same_run():
    traces = Traces()
    finish(traces, traces.request(SQUARE, 0.1, 50, now=True))
    first = traces.trace(SQUARE, 0.2, 50)
    for lr in GRID[100:120]:
        traces.trace(SQUARE, lr, 50)
    assert traces.trace(SQUARE, 0.2, 50) is not None
    assert traces.trace(SQUARE, 0.1, 50) is traces.trace(SQUARE, 0.1, 50)
    assert same_run(traces.trace(SQUARE, 0.2, 50), first)


def test_the_sweep_is_the_final_loss_of_every_position():
    traces = Traces()
    assert traces.sweep(SQUARE, 50) is None
    finish(traces, traces.request(SQUARE, 0.1, 50, now=True))
    sweep = traces.sweep(SQUARE, 50)
    assert sweep.lrs == GRID and sweep.epochs == 50
    for i in (0, 200, 400):
        final = descent.square(lr=GRID[i], epochs=50).loss[50]
        assert np.array_equal(sweep.final_loss[i], final, equal_nan=True)
    assert traces.sweep(SQUARE, 50) is sweep
    assert traces.sweep(SQUARE, 60) is not sweep


def test_the_other_experiment_is_prepared_once_the_first_table_is_in():
    traces = Traces()
    first = traces.request(SQUARE, 0.1, 50, other=LINE, now=True)
    assert not traces.filling()  # nothing in the background before the first table
    finish(traces, first)
    answer = traces.request(SQUARE, 0.1, 50, other=LINE)
    (prewarm,) = answer.start
    assert (prewarm.channel, prewarm.background, prewarm.setup) == ("prewarm", True, LINE)
    assert traces.filling()
    assert traces.request(SQUARE, 0.2, 50, other=LINE).start == ()  # one at a time
    finish(traces, answer)
    switched = traces.request(LINE, 0.02, 100, other=SQUARE)
    assert switched.start == ()  # no table to wait for: the line fit's positions are there
    assert same_run(switched.trace, descent.line_fit(lr=0.02, epochs=100))


def test_an_optimizer_table_is_coarser_and_as_long_as_needed():
    traces = Traces()
    sgd = descent.with_optimizer(SQUARE, "sgd")
    (table, run) = sorted(traces.request(sgd, 0.1, 120).start, key=lambda j: j.channel)
    assert table.lrs == GRID[::15] and table.epochs == 250
    assert run.channel == "trace"
    assert traces.request(sgd, 0.1, 10).start == ()  # both on their way already
    traces.done(table, table.compute())
    assert traces.request(sgd, 0.1, 260).start[0].epochs == 500  # a longer one replaces it


def test_an_optimizer_slider_is_filled_around_the_current_lr_after_the_waited_run():
    traces = Traces()
    sgd = descent.with_optimizer(SQUARE, "sgd")
    lr = 0.102  # between two of the table's positions
    answer = traces.request(sgd, lr, 20)
    table = next(j for j in answer.start if j.channel == "table")
    traces.done(table, table.compute())
    # the run the user waits for goes first
    assert traces.request(sgd, lr, 20).start == ()
    run = traces.pending("trace")
    traces.done(run, run.compute())
    answer = traces.request(sgd, lr, 20)
    (fill,) = answer.start
    assert (fill.channel, fill.background, fill.epochs) == ("fill", True, 100)
    assert len(fill.lrs) == FILL_CHUNK and not set(fill.lrs) & set(GRID[::15])
    here = GRID.index(lr)
    assert max(abs(GRID.index(v) - here) for v in fill.lrs) <= FILL_CHUNK // 2 + 2
    traces.done(fill, fill.compute())
    other = fill.lrs[0]
    answer = traces.request(sgd, other, 20)
    assert same_run(answer.trace, descent.run(sgd, other, 20))
    (after,) = answer.start
    assert after.channel == "fill" and not set(after.lrs) & set(fill.lrs)  # the next chunk


def test_a_table_found_while_its_run_is_computed_makes_the_run_stale():
    traces = Traces()
    sgd = descent.with_optimizer(SQUARE, "sgd")
    answer = traces.request(sgd, 0.1, 20)
    table = next(j for j in answer.start if j.channel == "table")
    traces.done(table, table.compute())
    found = traces.request(sgd, 0.1, 20)  # 0.1 is one of the table's positions
    assert found.trace is not None and found.cancel == ("trace",)
    assert [j.channel for j in found.start] == ["fill"]  # nothing waited for: fill the slider
