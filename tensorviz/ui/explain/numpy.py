"""Why torch or numpy refused what the numpy lesson asked (translation context ``NumpyLesson``).

Two tables: one for making the pairs from the data, one for writing into an element.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.explain import Explainer

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
                "so the object cannot be made. The pairs on screen are the previous ones.",
            ),
        ),
    ]
)

#: Writing a value into one element of one side.
EDITING = Explainer(
    [
        _BFLOAT16,
        (
            r"out of bounds|without overflow",
            lambda: translate(
                "NumpyLesson",
                "The value does not fit the dtype of the object you wrote into (see its range "
                "in the dtype lesson). Nothing was written.",
            ),
        ),
        (
            r"cannot convert float NaN",
            lambda: translate(
                "NumpyLesson", "An integer array cannot hold nan. Nothing was written."
            ),
        ),
    ]
)
