"""The numpy lesson's controller: data and edits in, the real tensors and ndarrays out.

Input the app refuses (text that is no literal, no number) never becomes state: the field is
marked, the banner says why, the picture stays. A conversion torch or numpy refuses does: its
error and the code that raises it are what the lesson then shows, with no pairs drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.core.numpy_bridge import (
    Bridge,
    BridgeRefused,
    BridgeState,
    DtypeMapping,
    cell_name,
    dtype_mapping,
)
from tensorviz.core.snippet import Snippet
from tensorviz.ui.explain import numpy as explain
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.numpy import texts
from tensorviz.ui.lessons.numpy.state import Edit, State
from tensorviz.ui.lessons.numpy.view import NumpyView
from tensorviz.ui.lessons.states import StateError


@dataclass(frozen=True)
class Shown:
    """What a state shows: the pairs (None when making them failed), the mapping when its
    tab is open, the code in the code pane, and the first refusal met: of making the pairs,
    or of the edit numbered ``failed_edit``."""

    pairs: BridgeState | None
    mapping: DtypeMapping | None
    snippet: Snippet
    error: TorchError | LiteralError | None = None
    failed_edit: int | None = None


class NumpyLesson(Lesson):
    key = "numpy"
    State = State
    View = NumpyView
    explainer = explain.CREATING

    view: NumpyView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self._mapping: DtypeMapping | None = None  # the same on every run: made once
        self._focused: str | None = None  # the pair last brought into view (None: none yet)
        super().__init__(*args, **kwargs)

    def connect_view(self, view: NumpyView) -> None:
        view.data_changed.connect(self._on_data_changed)
        view.reset_requested.connect(self._on_reset_requested)
        view.element_written.connect(self.edit_element)
        view.tab_chosen.connect(self._on_tab_chosen)

    # -- computing -------------------------------------------------------------------------
    def compute(self, state: State) -> Shown:
        """The real objects for ``state``; raises :class:`LiteralError` for data that is not
        a literal. A refused edit is skipped (the objects stay as they were) and reported."""
        mapping = self.mapping() if state.tab == "mapping" else None
        try:
            bridge = Bridge(state.values, state.dtype)
        except BridgeRefused as refused:
            snippet = mapping.snippet if mapping is not None else refused.snippet
            return Shown(None, mapping, snippet, refused.error)
        error: TorchError | LiteralError | None = None
        failed: int | None = None
        for number, edit in enumerate(state.edits):
            try:
                refused = bridge.edit(edit.mode, edit.side, edit.index, edit.text)
            except LiteralError as err:
                refused = err
            if refused is not None and failed is None:
                error, failed = refused, number
        pairs = bridge.state()
        snippet = mapping.snippet if mapping is not None else pairs.snippet
        return Shown(pairs, mapping, snippet, error, failed)

    def mapping(self) -> DtypeMapping:
        if self._mapping is None:
            self._mapping = dtype_mapping()
        return self._mapping

    def show_state(self, state: State) -> bool:
        shown = self._try(state)
        # a course step shows the pair it is about; a tab, a value or an edit leaves the
        # view where the user scrolled it (each jumped back to the pair, or to the top)
        if shown and state.focus != self._focused:
            self._focused = state.focus
            self.view.bring_focus_into_view(state)
        return shown

    def _try(self, state: State, edit_only: bool = False) -> bool:
        """Show ``state`` unless the app refuses its input (then the current state stays).

        With ``edit_only``, a refusal of the state's last edit also keeps the current state."""
        try:
            shown = self.compute(state)
        except LiteralError as err:
            self.view.mark_values(True)
            self.show_input_error(err, texts.values_label)
            return False
        if edit_only and shown.failed_edit == len(state.edits) - 1:
            self._show_refusal(state, shown)
            return False
        self.view.mark_values(False)
        self.commit(state, shown)
        self._show_refusal(state, shown)
        return True

    def _show_refusal(self, state: State, shown: Shown) -> None:
        """The first refusal met, if any; one of an edit names the element written (the
        lesson has 8 grids of alike numbers: "Value" alone did not say which)."""
        error, failed = shown.error, shown.failed_edit
        edit = None if failed is None else state.edits[failed]
        cell = "" if edit is None else cell_name(edit.mode, edit.side, edit.index)
        if error is None:
            self.clear_error()
        elif isinstance(error, LiteralError):  # bad text in the fields raises: an edit's
            self.show_input_error(error, lambda: texts.value_of(cell))
        elif edit is None or shown.pairs is None:  # making the pairs
            self.show_torch_error(error)
        else:
            pair = shown.pairs.pair(edit.mode)
            dtype = pair.tensor_dtype if edit.side == "tensor" else pair.array_dtype
            self.show_torch_error(error, explain.editing(error, cell, dtype))

    # -- intents ---------------------------------------------------------------------------
    def _on_data_changed(self, values: str, dtype: str) -> None:
        if (values, dtype) == (self.state.values, self.state.dtype):
            self.set_state(self.state)  # back to what is shown: clear any refusal
        else:
            self._try_data(values, dtype)

    def _on_reset_requested(self, values: str, dtype: str) -> None:
        self._try_data(values, dtype)

    def _try_data(self, values: str, dtype: str) -> None:
        try:
            state = self.state.with_data(values, dtype)
        except StateError as err:  # longer than the state keeps: refused like any bad text
            self.view.mark_values(True)
            self.show_input_error(err, texts.values_label)
            return
        self._try(state)

    def _on_tab_chosen(self, tab: str) -> None:
        self.set_state(self.state.replace(tab=tab))

    def edit_element(self, mode: str, side: str, index: tuple[int, ...], text: str) -> bool:
        """Write ``text`` into element ``index`` of ``side`` ("tensor"/"array") of ``mode``'s
        pair, as the cell editor does. False when refused (the picture then stays)."""
        edit = Edit(mode, side, tuple(index), text[:200])  # type: ignore[arg-type]
        return self._try(self.state.with_edit(edit), edit_only=True)

    def facts(self) -> dict[str, object]:
        """Besides the base facts: per conversion, whether memory is shared
        (``shares_numpy``...) and the first element of each side (``t1[0]``, ``a1[0]``...),
        read from the real objects."""
        facts = super().facts()
        shown = self.shown()
        if shown is not None and shown.pairs is not None:
            for pair in shown.pairs.pairs:
                t, a = pair.names
                facts[f"shares_{pair.mode}"] = pair.shares_memory
                for name, snap in ((t, pair.tensor), (a, pair.array)):
                    if snap.values.size:  # as tolist() has it: 100, not 100.0
                        facts[f"{name}[0]"] = snap.element(0)
        return facts

    # -- for tests -------------------------------------------------------------------------
    def shown(self) -> Shown | None:
        """What is drawn now (None before the first result)."""
        return self.view.rendered[1] if self.view.rendered else None

    def panel(self, mode: str):
        return self.view.panels[mode]


LESSON = NumpyLesson
