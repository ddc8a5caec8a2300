"""The shape lesson's controller: edits of the chain in, torch's chain out.

The user builds a chain ``x0 -> x1 -> ...`` of steps; one step is shown at a time. All torch
work is :func:`tensorviz.core.shape.compute_chain`, on the lesson's worker. Choosing a step,
pointing at an element or switching the animation shows the chain already computed again;
only a change of the chain itself asks torch.

Input the app refuses (a start or arguments that are no shape, dims or index; an eighteenth
step) never becomes state: the field is marked, the banner says why, the picture stays. A step
torch refuses does: its error, the tensor it was called on and the fixes are what is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from tensorviz.core import shape as core
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.ui.explain import shape as explain
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.shape import texts
from tensorviz.ui.lessons.shape.state import MAX_STEPS, State
from tensorviz.ui.lessons.shape.view import ShapeView
from tensorviz.ui.lessons.states import StateError

ChainInput = tuple[core.Start, tuple[core.Step, ...]]


class ShapeLesson(Lesson):
    key = "shape"
    State = State
    View = ShapeView
    explainer = explain.STEPS

    view: ShapeView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self._chain: core.Chain | None = None  # the last chain torch computed ...
        self._chain_input: ChainInput | None = None  # ... and what it was asked
        self._pending: ChainInput | None = None  # what the worker is computing now
        super().__init__(*args, **kwargs)

    def connect_view(self, view: ShapeView) -> None:
        c = view.controls
        c.preset_chosen.connect(lambda key: self._edit(lambda: self.state.with_preset(key)))
        c.start_kind_chosen.connect(self._on_start_kind_chosen)
        c.start_applied.connect(self._on_start_applied)
        c.step_added.connect(
            lambda op, args: self._edit(lambda: self.state.with_step_added(op, args), "args")
        )
        c.step_changed.connect(
            lambda op, args: self._edit(lambda: self.state.with_step_changed(op, args), "args")
        )
        c.step_removed.connect(lambda: self._edit(self.state.with_step_removed))
        c.step_moved.connect(lambda by: self._edit(lambda: self.state.with_step_moved(by)))
        c.animate_toggled.connect(lambda on: self._look(self.state.with_animate(on)))
        view.step_selected.connect(self.select_step)
        view.fix_chosen.connect(self._on_fix_chosen)
        view.diagram.focus_requested.connect(lambda index: self._look(self.state.with_focus(index)))

    # -- the data path ---------------------------------------------------------------------
    def show_state(self, state: State) -> None:
        chain_input = state.chain()
        if self._chain is not None and chain_input == self._chain_input:
            self.cancel("chain")  # back to the chain on screen: a pending one is not wanted
            self._pending = None
            self._announce(self._chain)
            self.commit(state, self._chain)
        elif chain_input != self._pending:
            self._pending = chain_input
            start, steps = chain_input
            self.submit(
                "chain",
                lambda: core.compute_chain(start, steps),
                self._on_chain_computed,
                self._on_chain_refused,
                passthrough=(LiteralError,),  # a step's result over the size caps
            )
        # else: the chain this state needs is on its way; the newest state is drawn with it

    def _on_chain_computed(self, chain: core.Chain) -> None:
        self._chain, self._chain_input, self._pending = chain, (chain.start, chain.steps), None
        self._announce(chain)
        self.commit(self.state, chain)

    def _on_chain_refused(self, error: TorchError | LiteralError) -> None:
        """torch refused x0 itself, or a step made a tensor over the size caps: there is no
        chain to draw; the last one stays, and with it the state it was drawn for."""
        self._pending = None
        if isinstance(error, LiteralError):
            if self.view.rendered is not None:
                self._state = self.view.rendered[0]
            self.view.controls.mark(args=True)
            self.show_input_error(error, texts.args_field)
            return
        self.show_torch_error(error)

    def _announce(self, chain: core.Chain) -> None:
        """The banner says whether torch refused a step of the chain (and why)."""
        if chain.error_at is None:
            self.clear_error()
            return
        step = chain.results[chain.error_at].step
        op = step.op if step is not None else ""
        self.show_torch_error(chain.error, explain.step(op).explanation(chain.error))

    def _look(self, state: State) -> None:
        """A state that shows the same chain another way (another step, element or
        animation): drawn at once when the chain is on screen, else with it."""
        if self._chain is not None and state.chain() == self._chain_input:
            self.commit(state, self._chain)
        else:
            self.set_state(state)

    def _edit(self, make: Callable[[], State], field: str = "", kind: str = "") -> None:
        """Show the state ``make`` returns, unless the app refuses its input: then the field
        named by ``field`` ("start" or "args") is outlined and the banner says why."""
        try:
            state = make()
        except StateError as err:
            self._refuse(err, field, kind)
            return
        self.view.controls.mark()
        if state is not self.state:  # a button with nothing to do (Remove on x0) does nothing
            self.set_state(state)

    def _refuse(self, err: StateError, field: str, kind: str = "") -> None:
        if err.field == "steps":  # the chain is full: nothing is dropped to make room
            full = LiteralError("too_many", "a chain holds at most {0} steps", MAX_STEPS)
            self.show_input_error(full, texts.steps_box, lambda: texts.chain_full(MAX_STEPS))
            return
        self.view.controls.mark(start=field == "start", args=field == "args")
        label = texts.start_field if field == "start" else texts.args_field
        # the parser's reason, or a text over its length limit, explained
        cause = err.__cause__ if isinstance(err.__cause__, LiteralError) else err
        words = explain.start_refused(kind, cause) if kind and cause is not err else None
        self.show_input_error(cause, label, words)

    # -- intents ---------------------------------------------------------------------------
    def _on_start_kind_chosen(self, kind: str) -> None:
        self._edit(lambda: self.state.with_start_kind(kind), "start")

    def _on_start_applied(self, kind: str, text: str) -> None:
        self._edit(lambda: self.state.with_start(kind, text), "start", kind)

    def _on_fix_chosen(self, kind: str) -> None:
        chain = self.chain()
        if chain is None or chain.error_at is None:
            return
        fix = next((f for f in chain.results[chain.error_at].fixes if f.kind == kind), None)
        if fix is not None:
            # Show the step that failed, now working (after an inserted contiguous()).
            select = chain.error_at + (1 if kind == "insert_contiguous" else 0)
            self._edit(lambda: self.state.with_steps(fix.steps, select))

    def select_step(self, k: int) -> None:
        """Show step ``k`` (0 is x0), as the arrows and the list do."""
        if k != self.state.selected:
            self._look(self.state.with_selected(k))

    # -- facts for course questions --------------------------------------------------------
    def facts(self) -> dict[str, object]:
        """Besides the base facts: ``shape``, ``stride``, ``storage_offset`` and
        ``is_contiguous`` of the tensor drawn, and the same of every tensor of the chain that
        ran (``x1.stride``...), with whether it shares its input's memory (``x1.shares``)."""
        facts = super().facts()
        chain = self.chain()
        if chain is None:
            return facts
        drawn = chain.results[chain.drawn_index(self.state.selected)]
        for r in chain.results:
            if r.layout is None:
                continue
            lay = r.layout
            named = {
                "shape": tuple(lay.shape),
                "stride": tuple(lay.stride),
                "storage_offset": lay.storage_offset,
                "is_contiguous": lay.is_contiguous,
            }
            facts |= {f"{r.name}.{key}": value for key, value in named.items()}
            if r.shares_input is not None:
                facts[f"{r.name}.shares"] = r.shares_input
            if r is drawn:
                facts |= named
        return facts

    # -- for tests and screenshots ---------------------------------------------------------
    def settle(self) -> None:
        super().settle()  # delivers the chain, which posts layout requests ...
        QApplication.processEvents()  # ... handled here, so geometry is final on return
        self.view.diagram.finish_animation()

    def chain(self) -> core.Chain | None:
        """The chain on screen."""
        return self.view.rendered[1] if self.view.rendered else None

    def selected_step(self) -> int:
        return self.state.selected

    def current_preset(self) -> str | None:
        """The example the chain is, unchanged; None once the user edits it."""
        return None if self.state.preset == "custom" else self.state.preset

    def focus_index(self) -> tuple[int, ...] | None:
        """The element whose slot and formula are shown."""
        chain = self.chain()
        if chain is None:
            return None
        lay = chain.results[chain.drawn_index(self.state.selected)].layout
        return self.state.focused_element(tuple(lay.shape)) if lay is not None else None

    def formula_text(self) -> str:
        return self.view.formula_label.text()

    def is_animating(self) -> bool:
        return self.view.diagram.is_animating()


LESSON = ShapeLesson
