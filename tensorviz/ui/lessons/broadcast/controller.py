"""The broadcast lesson's controller: the operands as typed in, torch's broadcasting out.

``bc.broadcast`` runs on the lesson's worker (a result may have a million elements). A state
becomes current when its result is drawn, so input the app refuses (text that is no literal, a
result too big to allocate) never becomes state: the field is outlined, the banner names it, the
last picture stays. Shapes torch refuses do become state: torch's error, the failing dim and the
code that raises it are what the lesson then shows.
"""

from __future__ import annotations

from tensorviz.core import broadcast as bc
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.broadcast import texts
from tensorviz.ui.lessons.broadcast.state import PRESETS, Operand, State
from tensorviz.ui.lessons.broadcast.view import BroadcastView

CHANNEL = "broadcast"  # the worker's channel for bc.broadcast


class BroadcastLesson(Lesson):
    key = "broadcast"
    State = State
    View = BroadcastView

    view: BroadcastView
    _state: State

    def connect_view(self, view: BroadcastView) -> None:
        view.preset_chosen.connect(self._on_preset_chosen)
        view.inputs_submitted.connect(self._on_inputs_submitted)
        view.kind_switched.connect(self._on_kind_switched)
        view.focus_moved.connect(self._on_focus_moved)

    # -- computing -------------------------------------------------------------------------
    def show_state(self, state: State) -> bool:
        """Compute ``state`` on the worker; it becomes current when its result is drawn (or
        stays refused), so until then the state shown stays current: returns False."""
        a, b = (bc.OperandSpec(o.kind, o.text) for o in (state.a, state.b))
        self.submit(
            CHANNEL,
            lambda: bc.broadcast(a, b, state.op),
            lambda result: self._show(state, result),
            self._refuse,
        )
        return False

    def _show(self, state: State, result: bc.BroadcastResult) -> None:
        self.view.mark_invalid(())
        self.commit(state, result)
        if result.error is None:
            self.clear_error()
        else:
            self.show_torch_error(result.error, self._explanation(result))

    def _refuse(self, error: LiteralError | TorchError) -> None:
        """Input refused (by the app, or by torch making an operand): the banner says why,
        the field is outlined where one is named, and nothing else changes."""
        if not isinstance(error, LiteralError):
            self.view.mark_invalid(())  # torch's refusal: no field of ours is to blame
            self.show_torch_error(error)
            return
        field = getattr(error, "field", "")
        self.view.mark_invalid((field,))
        self.show_input_error(error, lambda: texts.field_name(field))

    @staticmethod
    def _explanation(result: bc.BroadcastResult):
        """Words for a failing dim, from the table; None (the shared explanations of
        torch's message) where the shapes were fine and something else failed."""
        dim = result.table.failing_dim
        if dim is None:
            return None
        d = result.table.dims[dim]
        size_a, size_b = d.size_of("a"), d.size_of("b")
        return lambda: texts.incompatible(dim, size_a, size_b)

    # -- intents ---------------------------------------------------------------------------
    def _on_preset_chosen(self, key: str) -> None:
        self.set_state(self.state.with_preset(key))

    def _on_inputs_submitted(self, a: Operand, op: str, b: Operand) -> None:
        self.set_state(self.state.with_inputs(a, op, b))

    def _on_kind_switched(self, which: str, a: Operand, op: str, b: Operand) -> None:
        """Keep the same operand where possible: its shape (for arange) or its values (as a
        literal), read from the result on screen."""
        shown = self.shown()
        switched = a if which == "a" else b
        if shown is not None:
            operand = shown.a if which == "a" else shown.b
            if switched.kind == "arange":
                text = ", ".join(str(s) for s in operand.shape) or "()"
            else:
                text = bc.values_text(operand.values) or "[1, 2, 3]"
            switched = Operand(switched.kind, text)
        a, b = (switched, b) if which == "a" else (a, switched)
        self.set_state(self.state.with_inputs(a, op, b))

    def _on_focus_moved(self, cell: tuple[int, ...] | None) -> None:
        """Pointing at a result cell changes no numbers: the same result, drawn again."""
        shown = self.shown()
        if shown is not None:
            self.commit(self.state.with_focus(cell), shown)

    def facts(self) -> dict[str, object]:
        """Besides the base facts: the shapes of ``a``, ``b`` and, when torch computed it, of
        the result (``shape``); ``stretched``: the result's dims along which an operand was
        stretched (``a.stretched``, ``b.stretched``: each operand's own)."""
        facts = super().facts()
        shown = self.shown()
        if shown is None:
            return facts
        facts["a.shape"], facts["b.shape"] = tuple(shown.a.shape), tuple(shown.b.shape)
        if shown.result is not None:
            facts["shape"] = tuple(shown.result.shape)
        if shown.table.compatible:
            a, b = shown.table.stretched("a"), shown.table.stretched("b")
            facts["a.stretched"], facts["b.stretched"] = a, b
            facts["stretched"] = tuple(sorted(set(a) | set(b)))
        return facts

    # -- for tests and the lecturer's shortcuts ----------------------------------------------
    def load_preset(self, key: str) -> None:
        """Show example ``key``."""
        self.set_state(PRESETS[key])

    def shown(self) -> bc.BroadcastResult | None:
        """The result drawn now (None before the first)."""
        return self.view.rendered[1] if self.view.rendered else None


LESSON = BroadcastLesson
