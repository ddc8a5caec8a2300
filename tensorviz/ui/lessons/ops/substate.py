"""What the ops lesson's topic sub-states share: their base class, the choices their fields
offer and the limits they keep. No Qt and no torch: the names are the choices of
``tensorviz.core.ops`` and ``tensorviz.core.op_chain`` (a test checks they agree)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

DtypeName = Literal["auto", "int64", "int32", "float32", "float64", "bool"]
OpName = Literal["add", "sub", "mul", "div", "pow", "neg", "sqrt"]
ChainOp = Literal["add", "sub", "mul", "div", "pow", "neg", "sqrt", "float"]

DTYPE_NAMES: tuple[str, ...] = ("auto", "int64", "int32", "float32", "float64", "bool")
#: ``core.ops.ELEMENTWISE_OPS`` then ``core.ops.UNARY_OPS`` (these take no operand).
OP_NAMES: tuple[str, ...] = ("add", "sub", "mul", "div", "pow", "neg", "sqrt")
UNARY_NAMES: tuple[str, ...] = ("neg", "sqrt")
#: ``core.op_chain.CHAIN_OPS``: the calls of a chain (``float``: ``data = data.float()``).
CHAIN_OPS: tuple[str, ...] = (*OP_NAMES, "float")
CUSTOM = "custom"

#: Longest text a field may hold (``core.literal.MAX_TEXT``: longer text is refused there).
MAX_TEXT = 200_000
#: Most elements of any tensor of the lesson (``core.ops.OPS_MAX_ELEMENTS``): bounds a cell.
MAX_ELEMENTS = 1 << 16
MAX_DIMS = 8
MAX_SEED = 9999
#: Most calls in a chain (``core.op_chain.MAX_LINKS``).
MAX_LINKS = 12


@dataclass(frozen=True)
class SubState:
    """A topic's sub-state: checked on construction, like every state."""

    def replace(self, **changes):
        return replace(self, **changes)


def preset_of(state, presets: tuple[tuple[str, object], ...]) -> str:
    """The key of the preset ``state`` equals, or "custom"."""
    for key, preset in presets:
        if preset == state:
            return key
    return CUSTOM
