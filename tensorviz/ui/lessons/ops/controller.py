"""The ops lesson's controller: the shown topic's fields in, torch's result out.

Text the app refuses (no literal, too many elements) never becomes state: the field is
outlined, the banner says why, the picture stays. A call torch refuses does become state: the
banner shows torch's error and the code pane the code that raises it, while the grids keep
the last result of that topic torch computed (for a state from data that never had one: the
topic's opening picture, as a user coming from the opening state sees it).

Each topic's newest result is kept, so switching topics, stepping through cells and hovering
compute nothing again. Big work runs on the worker, one channel per topic.
"""

from __future__ import annotations

from collections.abc import Callable

from tensorviz.core import ops
from tensorviz.core.literal import LiteralError
from tensorviz.ui.explain import ops as explain
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.ops import hadamard, texts, texts_matmul
from tensorviz.ui.lessons.ops.compute import (
    Attempt,
    Refused,
    attempt,
    call_for,
    is_good,
    opening,
    parse_random_shape,
    result_key,
    shown_of,
)
from tensorviz.ui.lessons.ops.facts import topic_facts
from tensorviz.ui.lessons.ops.page import Index, Shown
from tensorviz.ui.lessons.ops.state import Random, State
from tensorviz.ui.lessons.ops.view import OpsView
from tensorviz.ui.lessons.states import StateError


class OpsLesson(Lesson):
    key = "ops"
    State = State
    View = OpsView
    explainer = explain.OPS

    view: OpsView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self._computed: dict[str, tuple[tuple, Attempt]] = {}  # topic: its newest result
        self._good: dict[str, object] = {}  # kind of picture: the last one torch computed
        self._pending: dict[str, tuple] = {}  # topic: the key the worker computes
        self._hover: tuple[str, Index] | None = None  # (topic, cell of C) under the mouse
        self._drawn: tuple[State, Shown] | None = None
        super().__init__(*args, **kwargs)

    def connect_view(self, view: OpsView) -> None:
        view.topic_chosen.connect(lambda topic: self._go(self.state.with_topic(topic)))
        view.page_built.connect(self._connect_page)

    def _connect_page(self, topic: str) -> None:
        page = self.view.pages[topic]
        page.preset_chosen.connect(lambda key: self._go(self.state.with_preset(topic, key)))
        if topic == "item":
            page.fields_changed.connect(
                lambda x, dtype: self._edit(self.state.item.replace(x=x, dtype=dtype))
            )
        elif topic == "elementwise":
            page.fields_changed.connect(
                lambda x, dtype, op, t: self._edit(
                    self.state.elementwise.replace(x=x, dtype=dtype, op=op, operand=t)
                )
            )
            page.mode_chosen.connect(
                lambda mode: self._edit(self.state.elementwise.replace(mode=mode))
            )
            self._connect_chain(page.chain_controls)
        elif topic == "hadamard":
            page.fields_changed.connect(self._on_hadamard_fields_changed)
            page.cell_hovered.connect(self._on_hadamard_hovered)
            page.cell_clicked.connect(self._on_hadamard_clicked)
        else:
            page.operands_edited.connect(
                lambda a, b: self._edit(self.state.matmul.with_operands(a, b))
            )
            page.form_chosen.connect(self._on_matmul_form_chosen)
            page.random_fields_changed.connect(self._on_random_fields_changed)
            page.random_requested.connect(self._on_random_requested)
            page.cell_hovered.connect(self._on_matmul_hovered)
            page.cell_clicked.connect(self._on_matmul_clicked)
            page.playback.position_requested.connect(
                lambda p: self._edit(self.state.matmul.replace(position=p))
            )

    def _connect_chain(self, c) -> None:
        def start(kind: str, x: str, dtype: str, size: str, seed: int) -> None:
            self._chain(lambda ch: ch.replace(start=kind, x=x, dtype=dtype, size=size, seed=seed))

        c.start_changed.connect(start)
        c.link_added.connect(lambda link: self._chain(lambda ch: ch.with_link_added(link)))
        c.link_changed.connect(lambda i, ln: self._chain(lambda ch: ch.with_link_changed(i, ln)))
        c.link_removed.connect(lambda i: self._chain(lambda ch: ch.with_link_removed(i)))
        c.link_moved.connect(lambda i, by: self._chain(lambda ch: ch.with_link_moved(i, by)))

    # -- showing a state -------------------------------------------------------------------
    def set_state(self, state: State) -> None:
        """Show ``state`` (from data: a course step, a saved file); it starts paused."""
        self.view.pause()
        super().set_state(state)

    def _go(self, state: State) -> None:
        """Show ``state`` that the user asked for (playing goes on)."""
        Lesson.set_state(self, state)

    def _edit(self, sub: object) -> None:
        """Show the current state with one topic's sub-state changed to ``sub``."""
        self._go(self.state.with_sub(sub))

    def _chain(self, change) -> None:
        """Show the element-wise chain changed by ``change`` (a ChainState transition)."""
        sub = self.state.elementwise
        chain = change(sub.chain)
        if chain != sub.chain:
            self._edit(sub.replace(chain=chain))

    def show_state(self, state: State) -> bool:
        self._hover = None
        topic, key = state.topic, result_key(state)
        if self._pending.get(topic) == key:
            return True  # the worker computes it; drawn when it arrives
        done = self._computed.get(topic)
        if done is not None and done[0] == key:
            self.view.mark_invalid(topic, None)
            self._draw(state, done[1])
            return True
        try:
            call = call_for(state)
        except Refused as refused:
            self.view.mark_invalid(topic, refused.field)
            self._refuse(refused.error, refused.label)
            return False
        self.view.mark_invalid(topic, None)
        if call.heavy:
            self._pending[topic] = key
            self.view.set_busy(True)
            self.submit(
                topic,
                lambda: attempt(call.run),
                lambda a: self._on_computed(topic, key, call.label, a),
                lambda error: self._on_worker_failed(topic, error),
                passthrough=(),
            )
            return True
        self.cancel(topic)  # a big request still running is stale now
        self._pending.pop(topic, None)
        self.view.set_busy(bool(self._pending))
        a = attempt(call.run)
        if a.refused is not None:
            self._refuse(a.refused, call.label)
            return False
        self._keep(topic, key, a)
        self._draw(state, a)
        return True

    def _on_computed(self, topic: str, key: tuple, label: Callable[[], str], a: Attempt) -> None:
        self._pending.pop(topic, None)
        self.view.set_busy(bool(self._pending))
        current = self.state.topic == topic and result_key(self.state) == key
        if a.refused is not None:
            if current and self._drawn is not None:
                self._state = self._drawn[0]  # refused input never becomes state
            self._refuse(a.refused, label)
            return
        self._keep(topic, key, a)
        if current:
            self._draw(self.state, a)

    def _on_worker_failed(self, topic: str, error) -> None:
        self._pending.pop(topic, None)
        self.view.set_busy(bool(self._pending))
        self.show_torch_error(error)

    def _keep(self, topic: str, key: tuple, a: Attempt) -> None:
        self._computed[topic] = (key, a)
        if is_good(topic, a.result):
            self._good[key[0]] = a.result

    def _fallback(self, kind: str) -> object:
        """The last picture of ``kind`` (a topic, or "chain") torch computed; for a lesson
        that has none yet, the opening one of that kind (small: computed at once)."""
        if kind not in self._good:
            self._good[kind] = attempt(call_for(opening(kind)).run).result
        return self._good[kind]

    # -- drawing ---------------------------------------------------------------------------
    def _draw(self, state: State, a: Attempt, banner: bool = True) -> None:
        hover = self._hover[1] if self._hover and self._hover[0] == state.topic else None
        kind = result_key(state)[0]
        state, shown = shown_of(state, a, lambda: self._fallback(kind), hover)
        self._drawn = (state, shown)
        self.commit(state, shown)
        if not banner:
            return
        if a.creation is not None:
            name = a.creation.name
            self.show_torch_error(a.creation.error, lambda: explain.creation(name))
        elif shown.error is not None:
            self.show_torch_error(shown.error)
        else:
            self.clear_error()

    def _redraw(self) -> None:
        """Draw the current state again: a hover changed what is written out (the banner
        keeps what it says, a refusal of the user's text too)."""
        done = self._computed.get(self.state.topic)
        if done is not None and done[0] == result_key(self.state):
            self._draw(self.state, done[1], banner=False)

    def _refuse(self, error: LiteralError, label: Callable[[], str]) -> None:
        if error.reason == "too_many":
            self.show_input_error(error, label, lambda: texts.too_many(ops.OPS_MAX_ELEMENTS))
        else:
            self.show_input_error(error, label)

    # -- intents ---------------------------------------------------------------------------
    def _on_hadamard_fields_changed(self, a: str, b: str, form: str) -> None:
        sub = self.state.hadamard
        if (a, b) != (sub.a, sub.b):
            sub = sub.with_operands(a, b)
        if form != sub.form:
            sub = sub.with_form(form)
        self._edit(sub)

    def _picture(self, topic: str):
        return self._drawn[1].picture if self._drawn and self._drawn[1].topic == topic else None

    def _on_hadamard_hovered(self, index: Index | None, grid: str) -> None:
        cell = hadamard.result_index(self._picture("hadamard"), index, grid)
        self._hover = ("hadamard", cell) if cell is not None else None
        self._redraw()

    def _on_hadamard_clicked(self, index: Index, grid: str) -> None:
        cell = hadamard.result_index(self._picture("hadamard"), index, grid)
        if cell is not None:
            self._edit(self.state.hadamard.replace(cell=cell))

    def _on_matmul_form_chosen(self, form: str) -> None:
        if form != self.state.matmul.form:
            self._edit(self.state.matmul.with_form(form))

    def _on_random_fields_changed(self, shape_a: str, shape_b: str, seed: int) -> None:
        try:
            sub = self.state.matmul.replace(shape_a=shape_a, shape_b=shape_b, seed=seed)
        except StateError as err:  # longer than any shape: refused, the field named
            self.view.mark_invalid("matmul", err.field)
            which = err.field[-1].upper()
            self.show_input_error(err, lambda: texts_matmul.shape_of(which))
            return
        self._edit(sub)

    def _on_random_requested(self, shape_a: str, shape_b: str, seed: int) -> None:
        try:
            random = Random(
                parse_random_shape(shape_a, "A"), parse_random_shape(shape_b, "B"), seed
            )
        except Refused as refused:
            self.view.mark_invalid("matmul", refused.field)
            self._refuse(refused.error, refused.label)
            return
        self._edit(self.state.matmul.with_random(random, shape_a, shape_b))

    def _on_matmul_hovered(self, index: Index | None) -> None:
        self._hover = ("matmul", tuple(index)) if index is not None else None
        self._redraw()

    def _on_matmul_clicked(self, index: Index) -> None:
        r = self._picture("matmul")
        cells = r.cells() if r is not None else []
        if tuple(index) in cells:
            self._edit(self.state.matmul.replace(position=cells.index(tuple(index))))

    def facts(self) -> dict[str, object]:
        """Besides the base facts, the shown topic's (``ops.facts.topic_facts``): ``value``,
        ``dtype``, ``same_object``, ``shape``, ``C[i, j]``, ``inner``..."""
        facts = super().facts()
        if self._drawn is not None:
            facts |= topic_facts(self._drawn[0].topic, self._drawn[1])
        return facts

    # -- for tests -------------------------------------------------------------------------
    def shown(self) -> Shown | None:
        """What is drawn now (None before the first result)."""
        return self._drawn[1] if self._drawn else None


LESSON = OpsLesson
