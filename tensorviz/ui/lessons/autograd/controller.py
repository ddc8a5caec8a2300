"""The autograd lesson's controller: each intent is a new State; a new program or story is
replayed with real torch by :func:`tensorviz.core.graph.run` on the lesson's worker.

Replays run there one after the other (torch's grad mode is per thread, so a
``set_grad_enabled(False)`` replay never touches the GUI thread's mode); only the newest
request's result arrives. The first picture is computed right away, so the lesson opens
drawn. A change that only alters how the result is shown (a toggle of the Backward box, the
leaf picked, the edge hovered, the zoom) draws the last result again without replaying.

Input the app refuses (a literal, a name or a program it cannot use, a gradient= text) never
becomes state: the field is outlined, the banner names it, the picture stays. What torch
refuses does: its error, and the code that raises it, are what the state shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from tensorviz.core import graph
from tensorviz.core.expr import ExprError
from tensorviz.core.graph import AutogradResult, Spec
from tensorviz.core.literal import LiteralError, parse_literal
from tensorviz.ui.explain import autograd as explain
from tensorviz.ui.explain import literal_error_text, syntax_hint
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.autograd import texts
from tensorviz.ui.lessons.autograd.blame import blamed
from tensorviz.ui.lessons.autograd.facts import tensor_facts
from tensorviz.ui.lessons.autograd.state import (
    CUSTOM,
    MAX_ZOOM,
    MIN_ZOOM,
    State,
    preset_state,
)
from tensorviz.ui.lessons.autograd.view import AutogradView, Shown
from tensorviz.ui.lessons.states import StateError

CHANNEL = "replay"  # the worker's channel for the replays
#: Ones are filled into the gradient= field for outputs of at most this many elements.
MAX_ONES = 64


class AutogradLesson(Lesson):
    key = "autograd"
    State = State
    View = AutogradView
    explainer = explain.AUTOGRAD

    view: AutogradView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self._replayed: tuple[Spec, AutogradResult] | None = None  # the newest result
        self._waiting: Spec | None = None  # what the worker replays now
        self._refusal = False  # the banner shows refused input
        super().__init__(*args, **kwargs)

    def connect_view(self, view: AutogradView) -> None:
        view.preset_chosen.connect(self._on_preset_chosen)
        view.leaf_edited.connect(self._on_leaf_edited)
        view.leaf_added.connect(self._on_leaf_added)
        view.leaf_removed.connect(self._on_leaf_removed)
        view.program_edited.connect(self._on_program_edited)
        view.mode_chosen.connect(self._on_mode_chosen)
        view.inspect_toggled.connect(self._on_inspect_toggled)
        view.setting_changed.connect(self._on_setting_changed)
        view.forward_requested.connect(self._on_forward_requested)
        view.backward_requested.connect(self._on_backward_requested)
        view.repeat_requested.connect(self._on_repeat_requested)
        view.zero_requested.connect(self._on_zero_requested)
        view.start_over_requested.connect(self._on_start_over_requested)
        view.leaf_step_requested.connect(self._on_leaf_step_requested)
        view.leaf_chosen.connect(self._on_leaf_chosen)
        view.edge_hovered.connect(self._on_edge_hovered)
        view.zoom_requested.connect(self._on_zoom_requested)

    # -- showing a state -------------------------------------------------------------------
    def show_state(self, state: State) -> bool:
        spec = state.spec()
        if self._replayed is not None and self._replayed[0] == spec:
            if self._waiting is not None:  # back to what is drawn: a replay under way is stale
                self.cancel(CHANNEL)
                self._waiting = None
            self.commit(state, self._shown(state, self._replayed[1]))  # only the view changed
            return True
        if spec == self._waiting and self.busy(CHANNEL):
            return True  # its replay is on the way; it is drawn with the state current then
        try:
            graph.validate(spec)
        except LiteralError as err:
            self._refuse(err, spec)
            return False
        if self._refusal:
            self._refusal = False
            self.view.clear_refusal()
        if self._replayed is None:  # the first picture: drawn before the lesson is shown
            self._on_replayed(spec, graph.run(spec))
        else:
            self._waiting = spec
            self.submit(CHANNEL, partial(graph.run, spec), partial(self._on_replayed, spec))
        return True

    def _on_replayed(self, spec: Spec, result: AutogradResult) -> None:
        # only the newest replay arrives, and what changed since it was asked for changed
        # only how it is shown: it is the current state's result
        self._waiting = None
        self._replayed = (spec, result)
        self.commit(self.state, self._shown(self.state, result))
        self._show_outcome(result)

    def _show_outcome(self, result: AutogradResult) -> None:
        if result.error is not None:
            self.show_torch_error(result.error)
        else:
            self.clear_error()

    def _shown(self, state: State, result: AutogradResult) -> Shown:
        """The gradient= field shows the state's text where it fits the output, else ones of
        the output's shape (for a small output): a weight for each element to start from."""
        text = state.gradient
        shape = result.output_shape
        if result.ok and shape != () and not _fits(text, shape) and math.prod(shape) <= MAX_ONES:
            text = _ones_literal(shape)
        return Shown(result, text)

    def _refuse(self, err: LiteralError, spec: Spec) -> None:
        drawn = self._replayed[0].leaves if self._replayed is not None else ()
        field, label = blamed(err, spec, [leaf.name for leaf in drawn])
        if field:
            self.view.mark_refused(field)
        self._refusal = True
        if field.startswith("name") and err.reason == "bad_name" and err.detail == "''":
            self.show_input_error(LiteralError("empty"), label)  # as every empty field says
        elif isinstance(err, ExprError):
            self.show_input_error(
                err,
                label,
                lambda: (
                    texts.program_refused(err.reason, syntax_hint(err))
                    or literal_error_text(err, detail=False)
                ),
            )
        else:
            self.show_input_error(err, label)

    # -- intents: the program --------------------------------------------------------------
    def _propose(self, state: State) -> None:
        """Show ``state``; the same state again only lifts a refusal (the field shows the
        state's text again, the banner the state's outcome)."""
        if state != self.state:
            self.set_state(state)
        elif self._refusal:
            self._refusal = False
            self.view.clear_refusal()
            self.set_state(state)
            if self._replayed is not None:
                self._show_outcome(self._replayed[1])

    def _on_preset_chosen(self, key: str) -> None:
        if key != CUSTOM:
            self._propose(preset_state(key, self.state))

    def load_preset(self, key: str) -> None:
        """Show the course's example ``key``, as choosing it in the combo does."""
        self._on_preset_chosen(key)

    def _on_leaf_edited(self, row: int, field: str, value: object) -> None:
        self._propose_text(
            lambda: self.state.with_leaf(row, **{field: value}),
            f"{field}{row}",
            texts.leaf_name
            if field == "name"
            else lambda name=self.state.leaves[row].name: texts.value_of(name),
        )

    def _on_leaf_added(self) -> None:
        self._propose(self.state.with_leaf_added())

    def _on_leaf_removed(self) -> None:
        self._propose(self.state.with_leaf_removed())

    def _on_program_edited(self, text: str) -> None:
        self._propose_text(
            lambda: self.state.with_definition(program=text), "program", texts.program
        )

    def _propose_text(
        self, make: Callable[[], State], field: str, label: Callable[[], str]
    ) -> None:
        """Propose the state ``make`` builds from a typed text; a text longer than the state
        keeps is refused in ``field`` like any other bad text."""
        try:
            state = make()
        except StateError as err:
            self.view.mark_refused(field)
            self._refusal = True
            self.show_input_error(err, label)
            return
        self._propose(state)

    def _on_mode_chosen(self, mode: str) -> None:
        self._propose(self.state.with_definition(mode=mode))

    def _on_inspect_toggled(self, on: bool) -> None:
        self._propose(self.state.with_definition(inspect=on))

    # -- intents: the story ----------------------------------------------------------------
    def _act(self, transition: Callable[..., State], *args: object) -> None:
        if self.state.steps_full:
            self.banner.show_error(texts.too_many_steps, texts.start_over)
            return
        self.set_state(transition(self.state, *args))

    def _non_scalar(self) -> bool:
        result = self._replayed[1] if self._replayed is not None else None
        return result is not None and result.output_shape != ()

    def _on_forward_requested(self) -> None:
        self._act(State.with_forward)

    def _on_backward_requested(self, gradient: str) -> None:
        self._act(State.with_backward, gradient, self._non_scalar())

    def _on_repeat_requested(self, gradient: str) -> None:
        self._act(State.with_repeat, gradient, self._non_scalar())

    def _on_zero_requested(self) -> None:
        self._act(State.with_zero)

    def _on_leaf_step_requested(self, kind: str) -> None:
        self._act(State.with_leaf_step, kind)

    def _on_start_over_requested(self) -> None:
        self.set_state(self.state.started_over())

    # -- intents: how it is shown ----------------------------------------------------------
    def _on_setting_changed(self, name: str, value: object) -> None:
        self.set_state(self.state.replace(**{name: value}))

    def _on_leaf_chosen(self, name: str) -> None:
        if name:  # the combo is refilled while a new result is drawn
            self.set_state(self.state.replace(leaf=name))

    def _on_edge_hovered(self, index: int | None) -> None:
        self.set_state(self.state.replace(edge=index))

    def _on_zoom_requested(self, zoom: float) -> None:
        if zoom > 0:
            zoom = min(max(zoom, MIN_ZOOM), MAX_ZOOM)
        self.set_state(self.state.replace(zoom=zoom))

    def facts(self) -> dict[str, object]:
        """Besides the base facts (which a tensor named ``output`` does not hide), every
        tensor's ``n[i]``, ``n.grad[i]``, ``is_leaf_n`` and ``requires_grad_n``."""
        return tensor_facts(self.result()) | super().facts()

    # -- for tests -------------------------------------------------------------------------
    def result(self) -> AutogradResult | None:
        """The result drawn now (None before the first)."""
        return self.view.rendered[1].result if self.view.rendered else None


def _fits(text: str, shape: tuple[int, ...]) -> bool:
    try:
        return tuple(parse_literal(text).shape) == tuple(shape)
    except LiteralError:
        return False


def _ones_literal(shape: tuple[int, ...]) -> str:
    if not shape:
        return "1.0"
    inner = _ones_literal(shape[1:])
    return "[" + ", ".join([inner] * shape[0]) + "]"


LESSON = AutogradLesson
