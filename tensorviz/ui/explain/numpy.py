"""Why torch or numpy refused what the numpy lesson asked (translation context ``NumpyLesson``).

Two tables: one for making the pairs from the data, one for writing into an element (whose
words name the element).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from tensorviz.core.errors import TorchError
from tensorviz.ui.explain import Explainer, sentences

translate = QCoreApplication.translate

_BFLOAT16 = (
    r"BFloat16|bfloat16",
    lambda: translate(
        "NumpyLesson",
        "numpy has no bfloat16 dtype, so a bfloat16 tensor cannot become an ndarray "
        "(and np.array cannot make one). Convert first, e.g. t.float().numpy().",
    ),
)

#: Making the four pairs from the Values and dtype fields.
CREATING = Explainer(
    [
        _BFLOAT16,
        (
            r"out of bounds|without overflow",
            lambda: translate(
                "NumpyLesson",
                "A value does not fit the chosen dtype (see the ranges in the dtype lesson), "
                "so the object cannot be made: no pair is drawn until the values fit it.",
            ),
        ),
    ]
)

#: Writing a value into one element of one side: ``{0}`` is the element (``a1[0, 1]``),
#: ``{1}`` its object's dtype. numpy and torch word the same refusal differently: numpy's
#: ``Python int too large to convert to C long`` and ``cannot convert float infinity``,
#: torch's ``Overflow when unpacking long long`` and ``without overflow``.
_EDITING = Explainer(
    [
        (
            r"out of bounds|without overflow|too large to convert|Overflow when unpacking"
            r"|cannot convert float infinity",
            lambda: translate(
                "NumpyLesson",
                "The value does not fit {1}, the dtype of {0} (see its range in the dtype "
                "lesson). Nothing was written into {0}.",
            ),
        ),
        (
            r"cannot convert float NaN",
            lambda: translate(
                "NumpyLesson",
                "{0} is {1}: an integer dtype cannot hold nan. Nothing was written into {0}.",
            ),
        ),
    ]
)

_EDITING_OTHERS = Explainer([_BFLOAT16])  # then the general rules


def editing(error: TorchError, cell: str, dtype: str) -> Callable[[], str]:
    """Why writing into ``cell`` (of ``dtype``) was refused, naming the cell: this lesson's
    words where it has them, else the general ones, and that nothing was written there."""

    def text() -> str:
        if _EDITING.knows(error):
            return _EDITING.explanation(error)().format(cell, dtype)
        nothing = translate("NumpyLesson", "Nothing was written into {0}.").format(cell)
        return sentences(_EDITING_OTHERS.explanation(error)(), nothing)

    return text
