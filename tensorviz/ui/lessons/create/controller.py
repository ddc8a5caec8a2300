"""The create lesson's controller: a constructor and its arguments in, the real tensor out.

A field the app refuses (text that is no literal, a size over the caps) never becomes state:
the field is outlined, the banner names it and the limit, the picture stays. A call torch
refuses does: the code pane shows it failing, the banner torch's message with this lesson's
explanation. The grid then still shows the last tensor made on the way there, so a learner
sees what the edit broke; a state shown from data (a course step, a saved file) has no way
there, and shows no tensor.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from tensorviz.core import create as core
from tensorviz.ui.explain import create as explain
from tensorviz.ui.lesson import Lesson, input_error
from tensorviz.ui.lessons.create.state import State
from tensorviz.ui.lessons.create.view import CreateView
from tensorviz.ui.lessons.states import StateError


@dataclass(frozen=True)
class Shown:
    """What a state shows: its ``result`` (the code, its output, torch's refusal), the
    ``picture`` (the result itself when it worked; else the tensor made on the way here, or
    None), and ``rerun`` (run, seed, seed of the run before or None, same values as that
    run) for a random constructor."""

    result: core.Result
    picture: core.Result | None
    rerun: tuple[int, int, int | None, bool] | None = None


def _build(spec: core.Spec, previous_seed: int | None, known: str | None) -> tuple:
    """On the worker: the tensor, and whether the run before (with ``previous_seed``; its
    digest ``known`` when still at hand) drew the same values."""
    result = core.build_spec(spec)
    same = False
    if result.ok and previous_seed is not None:
        digest = known if known is not None else core.seeded_digest(spec, previous_seed)
        same = digest == result.digest
    return result, same


def _unseeded(spec: core.Spec) -> core.Spec:
    return replace(spec, seed=None)


class CreateLesson(Lesson):
    """Build a tensor with any constructor of the course and see what torch made."""

    key = "create"
    State = State
    View = CreateView
    explainer = explain.CONSTRUCTING

    view: CreateView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self._last_random: core.Result | None = None  # the last random tensor made
        self._refused: str | None = None  # the field whose text is refused now
        self._keep_picture = False
        super().__init__(*args, **kwargs)

    def prepare(self) -> None:
        self.view.set_devices(core.device_choices(), core.available_devices())

    def connect_view(self, view: CreateView) -> None:
        view.field_changed.connect(self._on_field_changed)
        view.preset_chosen.connect(self._on_preset_chosen)
        view.run_again_requested.connect(self._on_run_again_requested)
        view.new_seed_requested.connect(self._on_new_seed_requested)
        view.cell_selected.connect(self._on_cell_selected)

    # -- showing a state -------------------------------------------------------------------
    def show_state(self, state: State) -> bool:
        try:
            spec = core.parse_request(state.request())
        except core.InputError as err:
            self._refuse(err)
            return False
        self._refused = None
        self.view.mark_refused(None)
        self.view.draw_controls(state)  # the rows follow the constructor before torch answers
        keep = self._keep_picture
        known = self._known_digest(spec, state.previous_seed)
        self.submit(
            "build",
            lambda: _build(spec, state.previous_seed, known),
            lambda built: self._on_built(state, *built, keep=keep),
        )
        return True

    def _known_digest(self, spec: core.Spec, previous_seed: int | None) -> str | None:
        """The digest of the run before, when it is the last random tensor made here."""
        last = self._last_random
        if last is None or previous_seed is None or last.spec.seed != previous_seed:
            return None
        return last.digest if _unseeded(last.spec) == _unseeded(spec) else None

    def _on_built(self, state: State, result: core.Result, same: bool, keep: bool) -> None:
        before = self.shown()
        if result.ok:
            picture = result
            rerun = None
            if result.spec.draws:
                self._last_random = result
                seed = result.spec.seed or 0
                rerun = (state.run, seed, state.previous_seed, same)
            old = before.picture.tensor if keep and before and before.picture else None
            if old is not None and result.tensor is not None and old.shape != result.tensor.shape:
                state = state.with_selected(None)  # a new shape starts at its last cell
            elif not self._selectable(state.selected, result):
                state = state.with_selected(None)
        else:  # the picture made on the way here stays
            picture = before.picture if keep and before else None
            rerun = before.rerun if keep and before else None
        self.commit(state, Shown(result, picture, rerun))
        if self._refused is None:
            self._show_refusal(result)

    @staticmethod
    def _selectable(index: tuple[int, ...] | None, result: core.Result) -> bool:
        snap = result.tensor
        if index is None or snap is None:
            return True
        return len(index) == snap.ndim and all(
            i < s for i, s in zip(index, snap.shape, strict=True)
        )

    def _show_refusal(self, result: core.Result) -> None:
        if result.error is None:
            self.clear_error()
        else:
            self.show_torch_error(result.error)

    def _refuse(self, err: core.InputError) -> None:
        self._refused = err.field
        self.view.mark_refused(err.field)
        self.show_input_error(err.error, err.field, explain.refused_field(err.field, err.error))

    # -- intents ---------------------------------------------------------------------------
    def _propose(self, state: State) -> None:
        """Show the state an intent made; a call torch refuses keeps the tensor on screen."""
        if state == self.state:
            if self._refused is not None:  # the refused text was typed back as it was
                self._refused = None
                self.view.mark_refused(None)
                if self.view.rendered is not None:
                    self.view.render(*self.view.rendered)
                    self._show_refusal(self.view.rendered[1].result)
            return
        self._keep_picture = True
        try:
            self.set_state(state)
        finally:
            self._keep_picture = False

    def _on_field_changed(self, name: str, value: object) -> None:
        try:
            state = self.state.with_fields(**{name: value})
        except StateError as err:  # longer than the state keeps: refused like any bad text
            self._refuse(core.InputError(name, input_error(err)))
            return
        self._propose(state)

    def _on_preset_chosen(self, key: str) -> None:
        self._propose(self.state.with_preset(key))

    def _on_run_again_requested(self) -> None:
        state = self.state.with_run_again()
        if state != self.state:
            self._propose(state)

    def _on_new_seed_requested(self) -> None:
        current = self.state.seed.strip()
        seed = random.randrange(10_000)
        while str(seed) == current:
            seed = random.randrange(10_000)
        self._propose(self.state.with_fields(seed=str(seed)))

    def _on_cell_selected(self, index: tuple[int, ...]) -> None:
        """A cell picked: the same tensor, read at another index (nothing is made again)."""
        shown = self.shown()
        if shown is not None and shown.picture is not None:
            self.commit(self.state.with_selected(index), shown)

    # -- facts for course questions --------------------------------------------------------
    def facts(self) -> dict[str, object]:
        """Besides the base facts, from torch's result for the current state (never the
        tensor kept on screen from before): ``initial_seed`` when the state seeds torch;
        when the call worked ``shape``, ``dtype`` ("torch.int64"), ``device``, ``numel`` and
        ``value`` (x's first element as a float, when it has one and it was initialised);
        with the data given as a tensor t, ``shares_tensor_fn`` / ``shares_tensor_ctor``
        (whether torch.tensor(t) / torch.Tensor(t) has t's data_ptr) and ``copy_error``
        (torch's refusal of torch.tensor(t, copy=True), or None)."""
        facts = super().facts()
        shown = self.shown()
        if shown is None:
            return facts
        result = shown.result
        if result.initial_seed is not None:
            facts["initial_seed"] = result.initial_seed
        attributes = result.attributes
        if result.tensor is None or attributes is None:
            return facts
        facts |= {
            "shape": tuple(result.tensor.shape),
            "dtype": attributes.dtype,
            "device": attributes.device,
            "numel": attributes.numel,
        }
        if result.first_value is not None:
            facts["value"] = result.first_value
        sharing = result.sharing
        if sharing is not None:
            for name, key in (
                ("torch.tensor", "shares_tensor_fn"),
                ("torch.Tensor", "shares_tensor_ctor"),
            ):
                if name in sharing.shares:
                    facts[key] = sharing.shares[name]
            facts["copy_error"] = sharing.copy_error
        return facts

    # -- for tests -------------------------------------------------------------------------
    def shown(self) -> Shown | None:
        """What is drawn now (None before the first result)."""
        return self.view.rendered[1] if self.view.rendered else None

    def result(self) -> core.Result | None:
        """The tensor on screen (the last one made when torch refused the current call)."""
        shown = self.shown()
        return shown.picture if shown is not None else None


LESSON = CreateLesson
