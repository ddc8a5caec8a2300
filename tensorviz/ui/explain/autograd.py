"""Why torch refused a step of the autograd lesson (translation context ``AutogradLesson``).

Other messages fall through to the general explanations of :mod:`tensorviz.ui.explain`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.explain import Explainer

translate = QCoreApplication.translate

AUTOGRAD = Explainer(
    [
        (
            r"implicitly created only for scalar outputs",
            lambda: translate(
                "AutogradLesson",
                "backward() with no argument only works on a single number: it starts with "
                "d out/d out = 1. For a vector output, pass gradient= (a tensor of the output's "
                "shape: how much each element counts), or reduce it first with sum() or mean().",
            ),
        ),
        (
            r"backward through the graph a second time",
            lambda: translate(
                "AutogradLesson",
                "The first backward() freed the values the graph had saved to compute the "
                "gradients. "
                "Tick retain_graph=True before the first backward, or run the forward pass "
                "again, which builds a fresh graph (that is what a training loop does).",
            ),
        ),
        (
            r"leaf Variable that requires grad",
            lambda: translate(
                "AutogradLesson",
                "A leaf with requires_grad=True may not be changed in place while autograd is "
                "recording: its old value may be needed for the gradient. Change it inside "
                "torch.no_grad(), the way an optimizer updates parameters.",
            ),
        ),
        (
            r"does not require grad and does not have a grad_fn",
            lambda: translate(
                "AutogradLesson",
                "This output is not part of any graph: no leaf had requires_grad=True, or it "
                "was computed with grad mode off. There is nothing backward() could "
                "differentiate.",
            ),
        ),
        (
            r"modified by an inplace operation",
            lambda: translate(
                "AutogradLesson",
                "The graph saved a tensor for the backward pass, and that tensor was changed "
                "in place afterwards (a detached tensor shares the leaf's memory, so editing it "
                "edits the leaf). torch notices through the version counter and refuses.",
            ),
        ),
        (
            r"floating point and complex dtype can require gradients",
            lambda: translate(
                "AutogradLesson", "Only floating point (or complex) tensors can require gradients."
            ),
        ),
        (
            r"Mismatch in shape|Mismatch in dtype",
            lambda: translate(
                "AutogradLesson", "gradient= must have exactly the output's shape and dtype."
            ),
        ),
    ]
)
