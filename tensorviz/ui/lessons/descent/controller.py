"""The descent lesson's controller: one route from what the user asks to what is drawn.

An intent makes a new State (a pure transition); the State asks :class:`Traces` for the run of
its (setup, lr, epochs); a known run is drawn at once, an unknown one is computed on the
worker and drawn when it comes back (the last picture stays meanwhile, marked "computing").
For the course's plain update one table holds every slider position up to 1,000 epochs, so
dragging the lr or epochs slider only slices arrays. Tables and the background filling are
:class:`Traces`' to schedule; this class only runs the jobs it is handed.

Input the app refuses (a learning rate that is no number or out of range, a start value or
data that is not a literal) never becomes state: the field is outlined, the banner says why,
the picture stays. Data torch refuses to fit (x and y of different lengths) does not either,
as there is no run of them to draw; the code pane shows the code that raises torch's error.
A pitfall of the course does become state: torch's real error and the code that raises it
are what the lesson then shows.
"""

from __future__ import annotations

import math
from dataclasses import replace

from tensorviz.core import descent
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError, parse_float
from tensorviz.core.snippet import Snippet
from tensorviz.ui.explain import descent as explain
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.descent import race_texts, texts
from tensorviz.ui.lessons.descent.racing import LandscapeJob, RaceJob, Racing, pick_text
from tensorviz.ui.lessons.descent.state import MAX_LR, FieldError, State, setup_of
from tensorviz.ui.lessons.descent.traces import Job, Traces
from tensorviz.ui.lessons.descent.view import DescentView, Shown
from tensorviz.ui.lessons.states import StateError

#: A run's regime as a course question's answer.
REGIME_ANSWERS = {"converging": "converges", "oscillating": "oscillates", "diverging": "diverges"}


class DescentLesson(Lesson):
    key = "descent"
    State = State
    View = DescentView
    explainer = explain.DESCENT
    # a table of an optimizer's runs takes seconds: the run the user waits for must not
    # queue behind it (both are what settle() waits for)
    worker_threads = 2

    view: DescentView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self.traces = Traces()
        self.racing = Racing(self.traces)
        self._snippets: tuple[descent.Trace, Snippet] | None = None
        self._pitfall: tuple[tuple[str, float, float], descent.Pitfall] | None = None
        self._refused: tuple[State, descent.RefusedData] | None = None  # data typed, refused
        super().__init__(*args, **kwargs)

    def connect_view(self, view: DescentView) -> None:
        c = view.controls
        c.experiment_chosen.connect(self._on_experiment_chosen)
        c.lr_chosen.connect(lambda lr: self.set_state(self.state.with_lr(lr)))
        c.lr_typed.connect(self._on_lr_typed)
        c.epochs_chosen.connect(lambda n: self.set_state(self.state.with_epochs(n)))
        c.optimizer_chosen.connect(lambda name: self.set_state(self.state.with_optimizer(name)))
        c.update_chosen.connect(lambda form: self.set_state(self.state.with_update(form)))
        c.start_edited.connect(self._on_start_edited)
        c.loss_scale_chosen.connect(lambda s: self.set_state(self.state.replace(loss_scale=s)))
        c.pin_toggled.connect(lambda on: self.set_state(self.state.with_pin(on)))
        c.pitfall_chosen.connect(self._on_pitfall_chosen)
        view.cursor_requested.connect(self.set_cursor)
        c.race.racer_toggled.connect(lambda n, on: self.set_state(self.state.with_racer(n, on)))
        c.race.racer_lr_typed.connect(self._on_race_lr_typed)
        view.landscape.start_picked.connect(self._on_start_picked)

    # -- the one route: State -> run -> picture ------------------------------------------------
    def show_state(self, state: State) -> None:
        self._show(state)
        pitfall = self.shown().pitfall if self.shown() is not None else None
        if pitfall is not None and pitfall.error is not None:
            self.show_torch_error(pitfall.error)
        else:
            self.clear_error()

    def _show(self, state: State) -> None:
        """Draw ``state`` with its run if known, else the last run while its own is computed."""
        previous = self.shown()
        setup = state.setup()
        # the first picture of an experiment is computed right here (a few ms): there is no
        # earlier run of it to show meanwhile
        first = previous is None or previous.run.setup.experiment != state.experiment
        answer = self.traces.request(
            setup,
            state.lr,
            state.epochs,
            other=state.other_setup(),
            now=first,
            passing=self.view.landscape.dragging,
        )
        for channel in answer.cancel:
            self.cancel(channel)
        for job in answer.start:
            self.submit(
                job.channel,
                job.compute,
                lambda result, job=job: self._on_job_done(job, result),
                lambda error, job=job: self._on_job_failed(job, error),
                background=job.background,
            )
        run = answer.trace if answer.trace is not None else previous.run
        race, job = self.racing.runs(state, wait=answer.trace is None)
        scape, scape_job = self.racing.landscape(state, [run, *(tr for _, tr in race)])
        for extra in (job, scape_job):
            if extra is not None:
                self.submit(
                    extra.channel,
                    extra.compute,
                    lambda result, job=extra: self._on_race_done(job, result),
                    lambda error, job=extra: self._on_race_failed(job, error),
                )
        waiting = answer.trace is None or self.racing.pending() or len(race) < len(state.racing())
        shown = self._shown_for(state, run, busy=waiting)
        shown = replace(shown, race=race, landscape=scape)
        if shown != previous or state != self.view.rendered[0]:
            self.commit(state, shown)

    def _shown_for(self, state: State, run: descent.Trace, busy: bool) -> Shown:
        pin = state.shown_pin()
        pinned = None if pin is None else self.traces.run_now(pin.setup(), pin.lr, pin.epochs)
        sweep = self.traces.sweep(state.setup(), state.epochs)
        kept = self.shown().sweep if self.shown() is not None else None
        if sweep is None and kept is not None and kept.setup == state.setup():
            sweep = kept  # a longer table is on its way: the strip keeps its picture till then
        pitfall = self._pitfall_of(state)
        snippet = pitfall.snippet if pitfall is not None else self._script(run)
        if self._refused is not None and self._refused[0] is state:  # until the next state:
            snippet = self._refused[1].snippet  # a run finishing keeps the code that raised
        return Shown(run, pinned, sweep, snippet, pitfall, busy)

    def _script(self, run: descent.Trace) -> Snippet:
        if self._snippets is None or self._snippets[0] is not run:
            self._snippets = (run, descent.script(run))
        return self._snippets[1]

    def _pitfall_of(self, state: State) -> descent.Pitfall | None:
        """The pitfall the state shows, run for real (once per kind, start and lr)."""
        if not state.pitfall:
            return None
        key = (state.pitfall, state.setup("square").x0, state.square.lr)
        if self._pitfall is None or self._pitfall[0] != key:
            self._pitfall = (key, descent.pitfall(*key))
        return self._pitfall[1]

    def _on_job_done(self, job: Job, result: object) -> None:
        self.traces.done(job, result)
        self._show(self.state)

    def _on_job_failed(self, job: Job, error: TorchError) -> None:
        self.traces.dropped(job)
        self.view.show_busy(False)
        self.show_torch_error(error)

    def _on_race_done(self, job: RaceJob | LandscapeJob, result: object) -> None:
        self.racing.done(job, result)
        self._show(self.state)

    def _on_race_failed(self, job: RaceJob | LandscapeJob, error: TorchError) -> None:
        self.racing.dropped(job)
        self.view.show_busy(False)
        self.show_torch_error(error)

    # -- intents -----------------------------------------------------------------------------
    def _on_experiment_chosen(self, experiment: str) -> None:
        self.view.playback.pause()
        self.set_state(self.state.with_experiment(experiment))

    def _on_lr_typed(self, text: str) -> None:
        try:
            lr = _parse_lr(text)
        except LiteralError as err:
            self.view.controls.mark_lr(True)
            self.show_input_error(err, texts.learning_rate)
            return
        self.view.controls.mark_lr(False)
        self.set_state(self.state.with_lr(lr))

    def _on_start_edited(self, fields: dict[str, str]) -> None:
        state = self.state
        try:
            line = setup_of("line", state.optimizer, *(fields[f] for f in state.start()))
        except FieldError as err:
            self.view.controls.mark_start(err.field)
            self.show_input_error(err.error, lambda f=err.field: texts.field(f))
            return
        self.view.controls.mark_start(None)
        refused = descent.refused_data(line)  # torch's own answer to these x and y
        if refused is not None:
            self._show_refused_data(refused)
            return
        try:
            new = state.with_start(**fields)
        except StateError as err:  # a text longer than the state keeps: refused in its field
            self.view.controls.mark_start(err.field)
            self.show_input_error(err, lambda f=err.field: texts.field(f))
            return
        self._refused = None  # the data as they were (the same state) show their run again
        self.set_state(new)

    def _show_refused_data(self, refused: descent.RefusedData) -> None:
        """torch's error, and as every lesson shows a call torch refused, the code that
        raises it and what it prints, with the data as typed: the code pane kept the last
        run's, whose code makes no error. The state and the run drawn stay (there is no run
        of these data), as the fields do: the typed text stays to be corrected."""
        self._refused = (self.state, refused)
        self._show(self.state)
        self.show_torch_error(refused.error)

    def _on_race_lr_typed(self, name: str, text: str) -> None:
        try:
            lr = _parse_lr(text)
        except LiteralError as err:
            self.view.controls.race.mark_lr(name)
            self.show_input_error(err, lambda: race_texts.race_lr(name))
            return
        self.view.controls.race.mark_lr(None)
        self.set_state(self.state.with_race_lr(name, lr))

    def _on_start_picked(self, a: float, b: float) -> None:
        """A click or drag on the landscape: the run starts there (rounded to the view)."""
        scape = self.view.landscape.landscape()
        if scape is None:
            return
        ext = scape.extent
        span = max(ext.a_hi - ext.a_lo, ext.b_hi - ext.b_lo)
        fields = {**self.state.start(), "a0": pick_text(a, span), "b0": pick_text(b, span)}
        self._on_start_edited(fields)

    def _on_pitfall_chosen(self, kind: str) -> None:
        self.view.playback.pause()
        self.set_state(self.state.replace(pitfall=kind))

    def set_cursor(self, epoch: int) -> None:
        """Move the epoch cursor: nothing is computed, the run drawn stays."""
        shown = self.shown()
        if shown is not None:
            self.commit(self.state.with_cursor(epoch), shown)

    def facts(self) -> dict[str, object]:
        """Besides the base facts, from the run on screen: ``<name>_final`` for each parameter
        (``x_final``, or ``a_final`` and ``b_final``), ``loss_final`` and ``regime``
        ("converges", "oscillates" or "diverges", as the lesson labels the run)."""
        facts = super().facts()
        run = self.trace()
        if run is None or self.state.pitfall:
            return facts
        for name in run.names:
            facts[f"{name}_final"] = run.final(name)
        facts["loss_final"] = float(run.loss[-1])
        facts["regime"] = REGIME_ANSWERS[run.regime.kind]
        return facts

    # -- for tests, the bench and screenshots --------------------------------------------------
    def settle(self) -> None:
        super().settle()
        self.view.settle()

    def shown(self) -> Shown | None:
        """What is drawn now (None before the first picture)."""
        return self.view.rendered[1] if self.view.rendered else None

    def trace(self) -> descent.Trace | None:
        """The run on screen."""
        shown = self.shown()
        return None if shown is None else shown.run


def _parse_lr(text: str) -> float:
    """A learning rate typed (the run's, a racer's): a number above 0, up to MAX_LR."""
    lr = parse_float(text)
    if not (math.isfinite(lr) and 0 < lr <= MAX_LR):
        raise LiteralError("out_of_range", "above 0, up to {0}", f"{MAX_LR:g}")
    return lr


LESSON = DescentLesson
