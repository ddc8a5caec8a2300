"""Why torch refused a constructor of the create lesson, and why the lesson refused a field
(translation context ``CreateLesson``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from tensorviz.core.literal import LiteralError
from tensorviz.ui.explain import Explainer

translate = QCoreApplication.translate

#: torch's refusals of a constructor and its arguments.
CONSTRUCTING = Explainer(
    [
        (
            r"normal expects std",
            lambda: translate(
                "CreateLesson",
                "std is the standard deviation: how far the values spread around the mean. "
                "A spread cannot be negative; use std >= 0 (std = 0 gives the mean every time).",
            ),
        ),
        (
            r"expects 'from' to be less than 'to'",
            lambda: translate(
                "CreateLesson",
                "randint draws whole numbers from low up to high - 1: high itself is never "
                "drawn. So low must be less than high.",
            ),
        ),
        (
            r"step must be nonzero",
            lambda: translate(
                "CreateLesson",
                "arange counts from start in steps of step until it reaches end. With a step "
                "of 0 it would never get there.",
            ),
        ),
        (
            r"inconsistent with step sign",
            lambda: translate(
                "CreateLesson",
                "The step must point from start towards end: positive when end > start, "
                "negative when end < start.",
            ),
        ),
        (
            r"number of steps must be non-negative",
            lambda: translate(
                "CreateLesson", "steps is how many points linspace makes; it cannot be negative."
            ),
        ),
        (
            r"floating point and complex dtype can require gradients",
            lambda: translate(
                "CreateLesson",
                "Gradients are only defined for real-valued (floating point) numbers: choose "
                "a float dtype, or switch requires_grad off.",
            ),
        ),
        (
            r"not implemented for",
            lambda: translate(
                "CreateLesson",
                "rand, randn and normal make floating point numbers; this dtype is not a "
                "float. For random whole numbers use randint.",
            ),
        ),
        (
            r"legacy constructor expects device type",
            lambda: translate(
                "CreateLesson",
                "torch.Tensor, torch.IntTensor and the other legacy constructors always make CPU "
                "tensors. For a GPU tensor use torch.tensor(data, device='cuda'), or move one "
                "with .to('cuda').",
            ),
        ),
        (
            r"data must be a sequence",
            lambda: translate(
                "CreateLesson",
                "The legacy constructors take a list of data, or whole numbers as a size; a "
                "single float or bool is neither. For a scalar use torch.tensor(2.5).",
            ),
        ),
        (
            r"without overflow|Overflow",
            lambda: translate(
                "CreateLesson",
                "A value does not fit in the range of this dtype; torch refuses instead of "
                "wrapping it around.",
            ),
        ),
    ]
)


def refused_field(field: str, error: LiteralError) -> Callable[[], str] | None:
    """The lesson's words for ``field``'s text refused with ``error``; None: the general
    explanation of the refusal."""
    reason = error.reason
    if field == "steps" and reason == "bad_size":
        return lambda: translate(
            "CreateLesson",
            "steps is how many points linspace makes. With steps = 0 torch returns an "
            "empty tensor, tensor([]): there is nothing to draw. Use 1 or more.",
        )
    if field == "size" and reason == "bad_size":
        return lambda: translate(
            "CreateLesson",
            "A size counts elements along a dim, so it cannot be negative "
            "(0 is allowed: an empty dim).",
        )
    if reason == "too_many":
        return lambda: translate(
            "CreateLesson",
            "That is too many elements: tensorviz refuses more than about a million, "
            "before anything is allocated, so the app stays responsive.",
        )
    if reason == "ragged":
        return lambda: translate(
            "CreateLesson",
            "A tensor is a regular block: every row must have the same length, every "
            "matrix the same shape. These nested lists are ragged.",
        )
    if field == "data" and reason == "not_allowed" and error.value == "call":
        return lambda: translate(
            "CreateLesson",
            "Type the data as a list, e.g. [[1, 2], [3, 4]]. The function that makes the "
            "tensor (torch.ones, torch.zeros...) is picked in the call menu.",
        )
    nested = reason == "not_allowed" and error.value in ("call", "nested")
    if (reason in ("not_a_number", "syntax", "missing_comma") or nested) and field == "size":
        return lambda: translate(
            "CreateLesson",
            "A size is a shape: whole numbers separated by commas, such as 2, 3 "
            "(() for a 0-d tensor).",
        )
    if reason in ("not_a_number", "syntax") and field != "data":
        return lambda: translate(
            "CreateLesson", "{0} needs a number here, such as 2 or -0.5."
        ).format(field)
    return None
