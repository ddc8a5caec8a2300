"""The element-wise topic's chain: ``data`` made once, then calls on it one after another
(``data.add_(1)``, ``data.sub(1)``, ``data = data.float()`` ...), as the course's 七.2 does.

A chain is data like every sub-state: its texts are kept as typed and parsed by the
controller before a state is made from them. No Qt and no torch here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tensorviz.ui.lessons.ops.substate import (
    CHAIN_OPS,
    DTYPE_NAMES,
    MAX_LINKS,
    MAX_SEED,
    MAX_TEXT,
    UNARY_NAMES,
    ChainOp,
    DtypeName,
    SubState,
)
from tensorviz.ui.lessons.states import StateError, check_choice, check_range, check_text


@dataclass(frozen=True)
class ChainLink:
    """One call of a chain: ``data.<op>(operand)``, or ``data.<op>_(operand)`` in place;
    neg, sqrt and float take no operand (``operand`` is then kept, unused)."""

    op: ChainOp = "add"
    operand: str = "1"
    in_place: bool = True

    def __post_init__(self) -> None:
        check_choice("op", self.op, CHAIN_OPS)
        check_text("operand", self.operand, MAX_TEXT)

    def takes_operand(self) -> bool:
        return self.op not in (*UNARY_NAMES, "float")


@dataclass(frozen=True)
class ChainState(SubState):
    """``data`` made by ``torch.randint(0, 10, size)`` (seeded, as typed in ``size``) or
    ``torch.tensor(x, dtype=...)``, then the calls of ``links`` on it, one after another."""

    start: Literal["randint", "tensor"] = "randint"
    x: str = "[[1, 2, 3], [4, 5, 6]]"
    dtype: DtypeName = "auto"
    size: str = "2, 3"
    seed: int = 0
    links: tuple[ChainLink, ...] = ()

    def __post_init__(self) -> None:
        check_choice("start", self.start, ("randint", "tensor"))
        check_text("x", self.x, MAX_TEXT)
        check_choice("dtype", self.dtype, DTYPE_NAMES)
        check_text("size", self.size, MAX_TEXT)
        check_range("seed", self.seed, 0, MAX_SEED)
        if len(self.links) > MAX_LINKS:
            raise StateError("links", f"at most {MAX_LINKS} calls, not {len(self.links)}")

    @property
    def full(self) -> bool:
        return len(self.links) >= MAX_LINKS

    def with_link_added(self, link: ChainLink) -> ChainState:
        """``link`` at the end; a full chain stays as it is."""
        return self if self.full else self.replace(links=(*self.links, link))

    def with_link_changed(self, row: int, link: ChainLink) -> ChainState:
        if not 0 <= row < len(self.links):
            return self
        return self.replace(links=(*self.links[:row], link, *self.links[row + 1 :]))

    def with_link_removed(self, row: int) -> ChainState:
        if not 0 <= row < len(self.links):
            return self
        return self.replace(links=self.links[:row] + self.links[row + 1 :])

    def with_link_moved(self, row: int, by: int) -> ChainState:
        to = row + by
        if not (0 <= row < len(self.links) and 0 <= to < len(self.links)):
            return self
        links = list(self.links)
        links[row], links[to] = links[to], links[row]
        return self.replace(links=tuple(links))


#: The course's calls (七.2), each with its operand.
NOTES_CALLS = (("add", "1"), ("sub", "1"), ("mul", "2"), ("div", "3"), ("pow", "2"))
_NOTES_OUT = tuple(ChainLink(op, arg, False) for op, arg in NOTES_CALLS)
_NOTES_IN = tuple(ChainLink(op, "3.0" if op == "div" else arg) for op, arg in NOTES_CALLS)
#: The course's chain: ``data = data.float()``, then add_(1), sub_(1), mul_(2), div_(3.0)
#: and pow_(2) on a seeded ``torch.randint(0, 10, (2, 3))``.
COURSE_CHAIN = ChainState(links=(ChainLink("float", "", False), *_NOTES_IN))
#: The course's test001 (七.2), in parts: out-of-place calls, then float() and in-place ones.
CHAIN_PRESETS: tuple[tuple[str, ChainState], ...] = (
    ("course_in_place", COURSE_CHAIN),
    ("course_out_of_place", ChainState(links=_NOTES_OUT)),
    ("course_test001", ChainState(links=(*_NOTES_OUT, *COURSE_CHAIN.links))),
    ("int_in_place", ChainState(links=_NOTES_IN)),
    (
        "neg_sqrt",
        ChainState(
            "tensor",
            "[[4.0, -9.0, 2.0], [0.0, 16.0, -1.0]]",
            links=(ChainLink("sqrt", "", False), ChainLink("neg", ""), ChainLink("sqrt", "")),
        ),
    ),
)
