"""What a state asks of ``tensorviz.core.ops`` and what it then shows (no widgets here).

:func:`call_for` parses the shown topic's fields and names the core call (refusing text that is
no literal with :class:`Refused`); :func:`attempt` runs it, turning torch.tensor's refusal of a
literal and the app's refusal of a size into values, so that the worker and the GUI thread
hand the controller the same thing; :func:`shown_of` makes the :class:`Shown` that the view
draws, with the cell written out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from tensorviz.core import op_chain, ops
from tensorviz.core.literal import LiteralError, ParsedLiteral, parse_literal, parse_shape
from tensorviz.ui.lessons.ops import hadamard, texts, texts_chain, texts_matmul
from tensorviz.ui.lessons.ops.matmul import HEAVY_ELEMENTS, is_heavy
from tensorviz.ui.lessons.ops.page import Index, Shown
from tensorviz.ui.lessons.ops.state import MAX_DIMS, ChainState, State


@dataclass(frozen=True)
class Attempt:
    """A core call's outcome: its result; or torch.tensor's refusal of a literal
    (``creation``); or the app's refusal of a size (``refused``)."""

    result: object = None
    creation: ops.CreationError | None = None
    refused: LiteralError | None = None


def attempt(call: Callable[[], object]) -> Attempt:
    try:
        return Attempt(call())
    except ops.CreationError as err:
        return Attempt(creation=err)
    except LiteralError as err:
        return Attempt(refused=err)


@dataclass(frozen=True)
class Call:
    """The core call that shows a state: ``run`` it (on the worker when ``heavy``); a size
    it refuses is reported for the field ``label`` (its words, asked when shown)."""

    run: Callable[[], object]
    heavy: bool
    label: Callable[[], str]


class Refused(Exception):
    """The text of ``field`` (shown as ``label``'s words) is no literal the lesson can use."""

    def __init__(self, field: str, label: Callable[[], str], error: LiteralError) -> None:
        super().__init__(str(error))
        self.field, self.label, self.error = field, label, error


def result_key(state: State) -> tuple:
    """What decides the shown topic's result (not the cell picked, not the random box)."""
    sub = state.shown()
    if state.topic == "elementwise" and sub.mode == "chain":  # only what the mode uses
        return "chain", sub.chain
    if state.topic == "elementwise":
        sub = sub.replace(chain=ChainState())
    elif state.topic == "matmul":
        sub = sub.product()
    return state.topic, sub


def opening(kind: str) -> State:
    """The opening state of a kind of picture: a topic's, or the element-wise chain's."""
    if kind == "chain":
        return State(topic="elementwise").with_preset("elementwise", "course_in_place")
    return State(topic=kind)


def is_good(topic: str, result: object) -> bool:
    """Whether ``result`` is a picture to draw (torch refusing item() still is)."""
    if result is None:
        return False
    if topic == "item" or isinstance(result, op_chain.ChainResult):
        return True  # torch refusing item() or a call of a chain still draws it all
    if topic == "elementwise":
        return result.out_of_place.error is None
    return result.error is None


def call_for(state: State) -> Call:
    """The core call for ``state``'s topic, its fields parsed (:class:`Refused` if not)."""
    topic, sub = state.topic, state.shown()
    if topic == "item":
        x = parse(sub.x, "x", texts.tensor_x)
        return Call(lambda: ops.item_of(x, sub.dtype), x.numel > HEAVY_ELEMENTS, texts.tensor_x)
    if topic == "elementwise" and sub.mode == "chain":
        return chain_call(sub.chain)
    if topic == "elementwise":
        x = parse(sub.x, "x", texts.tensor_x)
        t = None if sub.op in ops.UNARY_OPS else parse(sub.operand, "operand", texts.operand)
        return Call(
            lambda: ops.elementwise(x, sub.op, t, sub.dtype),
            max(x.numel, t.numel if t is not None else 0) > HEAVY_ELEMENTS,
            texts.tensor_x,
        )
    if topic == "hadamard":
        a = parse(sub.a, "a", lambda: texts.matrix("A"))
        b = parse(sub.b, "b", lambda: texts.matrix("B"))
        return Call(
            lambda: ops.hadamard(a, b, sub.form),
            max(a.numel, b.numel) > HEAVY_ELEMENTS,
            lambda: texts.matrix("A"),
        )
    r = sub.random
    if r is not None:
        return Call(
            lambda: ops.matmul_random(r.a_shape, r.b_shape, r.seed, sub.form),
            is_heavy(r.a_shape, r.b_shape),
            texts_matmul.result_c,
        )
    a = parse(sub.a, "a", lambda: texts.matrix("A"))
    b = parse(sub.b, "b", lambda: texts.matrix("B"))
    return Call(
        lambda: ops.matmul(a, b, sub.form), is_heavy(a.shape, b.shape), texts_matmul.result_c
    )


def chain_call(chain: ChainState) -> Call:
    """The chain's start and every call's operand parsed (:class:`Refused` if not)."""
    if chain.start == "randint":
        size = parse_random_shape(chain.size, "size")
        start = op_chain.Start(size=size, seed=chain.seed)
        numel = math.prod(size)
    else:
        literal = parse(chain.x, "chain_x", texts_chain.data_field)
        start, numel = op_chain.Start(literal, chain.dtype), literal.numel
    links = tuple(
        op_chain.Link(
            link.op,
            parse(link.operand, "link_operand", texts.operand) if link.takes_operand() else None,
            link.in_place,
        )
        for link in chain.links
    )
    heavy = numel * max(1, len(links)) > HEAVY_ELEMENTS
    return Call(lambda: op_chain.run_chain(start, links), heavy, texts_chain.data_field)


def parse(text: str, field: str, label: Callable[[], str]) -> ParsedLiteral:
    try:
        return parse_literal(text, max_elements=ops.OPS_MAX_ELEMENTS)
    except LiteralError as err:
        raise Refused(field, label, err) from None


def parse_random_shape(text: str, name: str) -> tuple[int, ...]:
    """The random box's shape of ``name`` ("A" or "B"), or the chain's randint ``size``,
    parsed (:class:`Refused` if not)."""
    if name == "size":
        field, label = "chain_size", texts_chain.size_label
    else:
        field, label = f"shape_{name.lower()}", lambda: texts_matmul.shape_of(name)
    try:
        shape = parse_shape(text, max_elements=ops.OPS_MAX_ELEMENTS)
    except LiteralError as err:
        raise Refused(field, label, err) from None
    if len(shape) > MAX_DIMS:
        raise Refused(
            field, label, LiteralError("bad_size", "{0} dims > {1}", len(shape), MAX_DIMS)
        )
    return shape


def shown_of(
    state: State, a: Attempt, fallback: Callable[[], object], hover: Index | None
) -> tuple[State, Shown]:
    """What ``state`` shows with its core outcome ``a``: the grids of its result, or of
    ``fallback()`` (the topic's last good result) where torch refused; the cell written
    out: ``hover`` if it is one of C's, else the one picked. A picked cell that C does not
    have is dropped from the state (the first cell is shown), so the state is what is shown.
    """
    topic, result = state.topic, a.result
    picture = result if is_good(topic, result) else fallback()
    error = a.creation.error if a.creation is not None else getattr(result, "error", None)
    snippet = (result if result is not None else picture).snippet
    shown = Shown(topic, result, picture, snippet, error, a.creation)
    if topic == "hadamard":
        sub = state.hadamard
        picked = hadamard.picked_cell(picture, sub.cell)
        if picked is None and sub.cell is not None:
            state = state.replace(hadamard=sub.replace(cell=None))
            picked = hadamard.picked_cell(picture, None)
        return state, replace(shown, cell=hover if hover is not None else picked)
    if topic != "matmul":
        return state, shown
    sub = state.matmul
    cells = picture.cells() if picture is not None else []
    position = min(sub.position, len(cells) - 1) if cells else 0
    if position != sub.position:
        state = state.replace(matmul=sub.replace(position=position))
    index = hover if hover in cells else cells[position] if cells else None
    if index is None:
        return state, shown
    if result is None or result is picture:  # not torch's refusal: the cell's own code
        snippet = ops.matmul_cell_snippet(picture, index)
    cell = picture.cell(index)
    return state, replace(
        shown, snippet=snippet, cell=index, cells=len(cells), position=position, matmul_cell=cell
    )
