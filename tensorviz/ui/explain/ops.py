"""Why torch refused what the ops lesson asked (translation context ``OpsLesson``).

One table for the lesson's four topics: item(), element-wise and in-place operations, the
Hadamard product and the matrix product. Its rules are tried before the general ones.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.explain import Explainer

translate = QCoreApplication.translate

OPS = Explainer(
    [
        (
            r"cannot be converted to Scalar",
            lambda: translate(
                "OpsLesson",
                "item() returns a Python number only for a tensor with exactly one "
                "element; how many dims it has does not matter. This tensor has more "
                "elements: pick one first (x[0].item()) or take them all with x.tolist().",
            ),
        ),
        (
            r"can't be cast to the desired output type",
            lambda: translate(
                "OpsLesson",
                "An in-place operation writes its result into x itself, so the result "
                "must fit x's dtype. True division (and a float power) of integers gives "
                "floats, which an integer tensor cannot hold. The out-of-place form "
                "returns a new float tensor; or convert first with x = x.float().",
            ),
        ),
        (
            r"Integers to negative integer powers",
            lambda: translate(
                "OpsLesson",
                "A negative power of an integer is a fraction (2 ** -1 = 0.5), which an "
                "integer tensor cannot hold, so torch refuses instead of rounding. Use a "
                "float exponent (-1.0) or a float tensor.",
            ),
        ),
        (
            r"doesn't match the broadcast shape",
            lambda: translate(
                "OpsLesson",
                "An in-place operation cannot change the shape of x: broadcasting would "
                "give a bigger result, which does not fit into x. The out-of-place form "
                "returns a new tensor of the broadcast shape.",
            ),
        ),
        (
            r"shapes cannot be multiplied|size mismatch, got|inconsistent tensor size"
            r"|Expected size for first two dimensions",
            lambda: translate(
                "OpsLesson",
                "In A @ B the inner sizes must be equal: the last size of A (its number of "
                "columns) must equal the second-to-last size of B (its number of rows). "
                "(N, M) @ (M, P) gives (N, P).",
            ),
        ),
        (
            r"same dtype|expected scalar type",
            lambda: translate(
                "OpsLesson",
                "A matrix product does not convert dtypes: A and B must have the same "
                "dtype. Write both with floats (3.0) or both with integers, or convert "
                "one with .float().",
            ),
        ),
        (
            r"need to be at least 1D",
            lambda: translate(
                "OpsLesson",
                "A matrix product needs at least one dim on each side; to multiply two "
                "0-d tensors (plain numbers) use *.",
            ),
        ),
        (
            r"not implemented for 'Bool'",
            lambda: translate(
                "OpsLesson",
                "This operation is not implemented for bool tensors; convert to int or "
                "float first.",
            ),
        ),
        (
            r"with a bool tensor is not supported|with two bool tensors",
            lambda: translate(
                "OpsLesson",
                "Subtraction is not defined for bool tensors; use ~ (logical_not) to "
                "invert a mask, or convert to int first.",
            ),
        ),
        (
            r"must match the size of tensor b",
            lambda: translate(
                "OpsLesson",
                "Element-wise operations pair the cells at the same position, so the "
                "shapes must be equal (or broadcastable: lined up from the right, each "
                "pair of sizes equal or one of them 1). Here they are not. For a matrix "
                "product the same rule applies to the batch dims (all but the last two).",
            ),
        ),
    ]
)


def creation(name: str) -> str:
    """torch.tensor() refused the literal of tensor ``name`` (a value its dtype cannot hold)."""
    return translate(
        "OpsLesson",
        "torch.tensor() could not build {0}: a value does not fit its dtype (too "
        "big for an integer, or inf/nan for an integer dtype). Nothing was "
        "computed; the previous result stays.",
    ).format(name)
