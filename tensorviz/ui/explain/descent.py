"""Why torch refused what the descent lesson ran (translation context ``DescentLesson``): the
course's two wrong updates, and line-fit data whose x and y differ in length."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.explain import Explainer

translate = QCoreApplication.translate

DESCENT = Explainer(
    [
        (
            r"leaf Variable that requires grad is being used in an in-place",
            lambda: translate(
                "DescentLesson",
                "x is a leaf that requires grad: autograd forbids changing it in place while it "
                "records, because the graph needs its old value. Put the update inside "
                "torch.no_grad(), as the course does.",
            ),
        ),
        (
            r"does not require grad and does not have a grad_fn",
            lambda: translate(
                "DescentLesson",
                "x = x - lr * x.grad makes a NEW tensor named x. Made under no_grad it has no "
                "grad and no grad_fn, so the next backward() has nothing to differentiate. "
                "Update the leaf in place (x -= lr * x.grad) under no_grad instead.",
            ),
        ),
        (
            r"must match the size of tensor b",
            lambda: translate(
                "DescentLesson",
                "torch's tensor a and tensor b are the two sides of y_pred - y in the loss "
                "(y_pred has one value per x), not the line's parameters a and b. x and y "
                "must hold the same number of values: the loss compares each prediction "
                "a * x + b with its y, element by element.",
            ),
        ),
    ]
)
