"""Why torch refused a step of the shape lesson (translation context ``ShapeLesson``).

The message decides first for view() and for a wrong element count; for permute() and .t()
the operation says more than the message, so their rule matches any message of theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from tensorviz.core.errors import LiteralError
from tensorviz.ui.explain import Explainer, Rule

translate = QCoreApplication.translate

_VIEW_AND_SIZE: tuple[Rule, ...] = (
    (
        r"view size is not compatible",
        lambda: translate(
            "ShapeLesson",
            "view() never copies: it only gives the same memory a new shape and new "
            "strides. Here the elements, read in row order, are not evenly spaced in "
            "memory (follow the grid row by row and watch the slots jump in the strip), so "
            "no strides can describe the new shape. Insert .contiguous() to copy them "
            "into row order first, or use reshape(), which copies only when it must.",
        ),
    ),
    (
        r"is invalid for input of size",
        lambda: translate(
            "ShapeLesson",
            "The new shape must hold exactly as many elements as the tensor has (the "
            "product of its sizes equals numel()). At most one size may be -1: torch "
            "works it out from the others.",
        ),
    ),
)

_MESSAGES: tuple[Rule, ...] = (
    (
        r"Dimension out of range",
        lambda: translate(
            "ShapeLesson",
            "A tensor with n dims has dims 0 … n-1 (or -n … -1 counting from the end). "
            "unsqueeze() may also use n, because it adds a dim.",
        ),
    ),
    (
        r"step must be greater than zero",
        lambda: translate(
            "ShapeLesson",
            "torch slicing does not take negative steps (NumPy does). To reverse, use "
            "torch.flip().",
        ),
    ),
    (
        r"too many indices",
        lambda: translate("ShapeLesson", "The index has more items than the tensor has dims."),
    ),
)

_BY_OP: dict[str, Rule] = {
    "permute": (
        r"",
        lambda: translate(
            "ShapeLesson",
            "permute() takes every dim of the tensor exactly once, in the new order: no "
            "dim may be missing or repeated.",
        ),
    ),
    "t": (
        r"",
        lambda: translate(
            "ShapeLesson",
            ".t() only transposes tensors with at most 2 dims; for more dims use "
            "transpose(d0, d1) or permute().",
        ),
    ),
}

#: A step whose operation has no words of its own.
STEPS = Explainer([*_VIEW_AND_SIZE, *_MESSAGES])
_STEP_OF = {op: Explainer([*_VIEW_AND_SIZE, rule, *_MESSAGES]) for op, rule in _BY_OP.items()}


def step(op: str) -> Explainer:
    """The explanations for a step of operation ``op`` that torch refused."""
    return _STEP_OF.get(op, STEPS)


def start_refused(kind: str, error: LiteralError) -> Callable[[], str] | None:
    """What to type in the start field, where a call (``torch.ones(2, 3)``) or, for a shape,
    a nested list was typed: the general words ("only numbers and nested lists") contradicted
    the shape field, which takes no nested list. None: the general explanation."""
    if error.reason != "not_allowed" or error.value not in ("call", "nested"):
        return None
    if kind == "arange":
        return lambda: translate(
            "ShapeLesson",
            "Type the shape, e.g. 2, 3: x0 is torch.arange(n).reshape(shape). For a tensor "
            "of values you type, pick torch.tensor(literal) in the menu above.",
        )
    return lambda: translate(
        "ShapeLesson",
        "Type the values as a list, e.g. [[1, 2], [3, 4]]: x0 is torch.tensor(literal). "
        "The call is picked in the menu above.",
    )
