"""The dtype lesson's controller: values and conversions in, what torch made of them out.

Input the app refuses (values that are no literal, a dtype name torch does not have, an empty
device) never becomes state: the banner says why and the picture stays. A call torch refuses
does: a tensor ``torch.tensor(values, dtype=...)`` refuses to make is shown as torch's error and
the code that raises it, and a device ``x.to(device)`` refuses as torch's error on the Devices
tab (and in the banner once the user asks for a device other than the course's ``"cuda"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from tensorviz.core.dtypes import (
    MAX_STEPS,
    ChainResult,
    DeviceDemo,
    DtypeTable,
    Step,
    conversion_chain,
    device_demo,
    dtype_table,
)
from tensorviz.core.literal import LiteralError
from tensorviz.core.snippet import Snippet
from tensorviz.ui.explain import dtype as explain
from tensorviz.ui.lesson import Lesson
from tensorviz.ui.lessons.dtype import texts
from tensorviz.ui.lessons.dtype.state import (
    DEFAULT_DEVICE,
    MAX_DEVICE_TEXT,
    MAX_VALUES_TEXT,
    Conversion,
    State,
)
from tensorviz.ui.lessons.dtype.view import DtypeView


@dataclass(frozen=True)
class Shown:
    """What a state shows. ``chain`` is torch's run of the state's chain (``error`` set when
    torch refused a line); ``picture`` is the chain drawn: ``chain`` itself, or, when torch
    refused to make the tensor, the same values with the dtype torch infers (None when that
    fails too). ``devices`` is None until the worker's run of the device calls arrives.
    ``snippet`` is the code of the tab shown (None while the devices' code still runs)."""

    chain: ChainResult
    picture: ChainResult | None
    table: DtypeTable
    devices: DeviceDemo | None
    snippet: Snippet | None


class DtypeLesson(Lesson):
    key = "dtype"
    State = State
    View = DtypeView
    explainer = explain.CHAIN

    view: DtypeView
    _state: State

    def __init__(self, *args, **kwargs) -> None:
        self._table: DtypeTable | None = None  # the same on every run: made once
        # the last chain run, by its inputs: changing tab or device runs it again for nothing
        self._chain: tuple[tuple, ChainResult, ChainResult | None] | None = None
        self._devices: DeviceDemo | None = None  # the last device calls' run
        self._asked: str | None = None  # the device whose run is on the worker
        self._shown: Shown | None = None
        super().__init__(*args, **kwargs)

    def connect_view(self, view: DtypeView) -> None:
        view.data_changed.connect(self._on_data_changed)
        view.step_added.connect(self._on_step_added)
        view.step_removed.connect(self._on_step_removed)
        view.step_moved.connect(self._on_step_moved)
        view.step_chosen.connect(self._on_step_chosen)
        view.element_chosen.connect(self._on_element_chosen)
        view.device_chosen.connect(self._on_device_chosen)
        view.tab_chosen.connect(self._on_tab_chosen)

    # -- computing -------------------------------------------------------------------------
    def run_chain(self, state: State) -> tuple[ChainResult, ChainResult | None]:
        """torch's run of ``state``'s chain, and the chain to draw (see :class:`Shown`).
        Raises :class:`LiteralError` for values that are not a literal."""
        inputs = (state.values, state.dtype, state.steps, state.selected)
        if self._chain is not None and self._chain[0] == inputs:
            return self._chain[1], self._chain[2]
        steps = [Step(c.kind, c.dtype) for c in state.steps]
        chain = conversion_chain(state.values, state.dtype, steps, state.selected)
        picture: ChainResult | None = chain
        if chain.error is not None and not chain.stages:  # torch refused to make the tensor
            picture = None
            if state.dtype:
                inferred = conversion_chain(state.values, "", steps, state.selected)
                picture = inferred if inferred.error is None else None
        self._chain = (inputs, chain, picture)
        return chain, picture

    def table(self) -> DtypeTable:
        if self._table is None:
            self._table = dtype_table()
        return self._table

    def show_state(self, state: State) -> bool:
        try:
            chain, picture = self.run_chain(state)
        except LiteralError as err:
            self.view.mark_values(True)
            self.show_input_error(err, texts.values_label)
            return False
        self.view.mark_values(False)
        # fewer elements than before: the focus moves to the last one, as the chain did
        state = state.replace(selected=chain.selected)
        devices = self._devices
        if devices is None or devices.target != state.device:
            devices = None
            # run when wanted: the Devices tab, or a device the user asked for (its error goes
            # to the banner). Its meta-device calls make torch import its compiler stack the
            # first time (~1 s of CPU), which the opening Chain tab has no use for (issue 16).
            wanted = state.tab == "devices" or state.device != DEFAULT_DEVICE
            if wanted and (self._asked != state.device or not self.busy("devices")):
                self._ask_devices(state.device)
        self._show(state, chain, picture, devices)
        return True

    def _ask_devices(self, device: str) -> None:
        # the first CUDA call can take seconds: off the GUI thread; an answer for a device
        # asked before is dropped by the worker
        self._asked = device
        self.submit("devices", lambda: device_demo(device), self._on_devices_returned)

    def _on_devices_returned(self, demo: DeviceDemo) -> None:
        self._devices = demo
        shown = self._shown
        if shown is not None and demo.target == self.state.device:
            self._show(self.state, shown.chain, shown.picture, demo)

    def _show(
        self,
        state: State,
        chain: ChainResult,
        picture: ChainResult | None,
        devices: DeviceDemo | None,
    ) -> None:
        table = self.table()
        snippet = {
            "chain": chain.snippet,
            "table": table.snippet,
            "devices": None if devices is None else devices.snippet,
        }[state.tab]
        self._shown = Shown(chain, picture, table, devices, snippet)
        self.commit(state, self._shown)
        move = None if devices is None else devices.step("to").error
        if chain.error is not None:
            self.show_torch_error(chain.error)
        elif move is not None and state.device != DEFAULT_DEVICE:
            # the opening "cuda" fails on every machine without a GPU; the Devices tab says
            # so. A device the user asked for gets torch's answer in the banner too.
            self.show_torch_error(move, explain.DEVICES.explanation(move))
        else:
            self.clear_error()

    def _show_again(self, state: State) -> None:
        """Show ``state``, which differs from the current one only in what is already
        computed (the row chosen in the list)."""
        shown = self._shown
        if shown is None:
            self.set_state(state)
        else:
            self.commit(state, shown)

    # -- intents ---------------------------------------------------------------------------
    def _on_data_changed(self, values: str, dtype: str) -> None:
        if len(values) > MAX_VALUES_TEXT:
            self.view.mark_values(True)
            error = LiteralError.too_long(len(values), MAX_VALUES_TEXT)
            self.show_input_error(error, texts.values_label)
            return
        self.set_state(self.state.with_data(values, dtype))

    def _on_step_added(self, kind: str, dtype: str) -> None:
        if len(self.state.steps) >= MAX_STEPS:
            error = LiteralError("too_many", "more than {0} conversions", MAX_STEPS)
            self.show_input_error(error, texts.conversion_field)
            return
        try:
            step = Step(kind, dtype.strip())
        except LiteralError as err:
            self.show_input_error(err, texts.conversion_field)
            return
        name = step.target_name if step.dtype else ""
        self.set_state(self.state.with_step_added(Conversion(kind, name)))  # type: ignore[arg-type]

    def _on_step_removed(self) -> None:
        self.set_state(self.state.with_step_removed())

    def _on_step_moved(self, delta: int) -> None:
        self.set_state(self.state.with_step_moved(delta))

    def _on_step_chosen(self, row: int) -> None:
        if 0 <= row < len(self.state.steps):
            self._show_again(self.state.replace(current_step=row))

    def _on_element_chosen(self, flat: int) -> None:
        self.set_state(self.state.replace(selected=flat))

    def _on_device_chosen(self, text: str) -> None:
        device = text.strip()
        if device == self.state.device:
            return
        if not device or len(device) > MAX_DEVICE_TEXT:
            error = (
                LiteralError.too_long(len(device), MAX_DEVICE_TEXT)
                if device
                else LiteralError("empty")
            )
            self.show_input_error(error, texts.device_box)
            return
        self.set_state(self.state.with_device(device))

    def _on_tab_chosen(self, tab: str) -> None:
        self.set_state(self.state.replace(tab=tab))

    # -- facts for course questions --------------------------------------------------------
    def facts(self) -> dict[str, object]:
        """Besides the base facts, from torch's run of the state's chain when every line ran:
        ``dtype`` after the last line (``"torch.float16"``), ``dtypes`` line by line, the
        creation first, ``shape``, and ``device``, where the chain's tensor is. From the device
        calls, once they ran (on the Devices tab, or for a device the user asked for):
        ``device_error``, torch's error moving x to the state's device (None when it moved);
        per call (``idiom``, ``to``, ``cuda``, ``create``, ``meet``...), ``device.<call>``
        where its result is, or ``device_error.<call>``."""
        facts = super().facts()
        shown = self._shown
        if shown is None:
            return facts
        chain = shown.chain
        if chain.error is None:
            facts["dtype"] = chain.final.dtype
            facts["dtypes"] = tuple(stage.dtype for stage in chain.stages)
            facts["shape"] = tuple(chain.final.snapshot.shape)
            facts["device"] = chain.final.snapshot.device
        demo = shown.devices
        if demo is not None:
            facts["device_error"] = demo.step("to").error
            for step in demo.steps:
                if step.error is None:
                    facts[f"device.{step.key}"] = step.device
                else:
                    facts[f"device_error.{step.key}"] = step.error
        return facts

    # -- for tests and the course ----------------------------------------------------------
    def chain(self) -> ChainResult | None:
        """The chain drawn (None before the first result, or when there is none to draw)."""
        return None if self._shown is None else self._shown.picture

    def devices(self) -> DeviceDemo | None:
        """The device calls' run drawn on the Devices tab (None until it arrives)."""
        return None if self._shown is None else self._shown.devices

    def steps(self) -> list[Step]:
        return [Step(c.kind, c.dtype) for c in self.state.steps]

    def set_steps(self, steps: list[Step]) -> None:
        """Show the chain of ``steps`` (core conversions), as if built in the list."""
        conversions = tuple(
            Conversion(s.kind, s.target_name if s.dtype else "")  # type: ignore[arg-type]
            for s in steps
        )
        self.set_state(self.state.with_steps(conversions))


LESSON = DtypeLesson
