"""The autograd lesson's words, in the current language (translation context ``AutogradLesson``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.core.graph import AutogradResult
from tensorviz.ui.explain import sentences
from tensorviz.ui.widgets.graph_view import short_value

translate = QCoreApplication.translate


# -- the examples ------------------------------------------------------------------------------
def preset_box() -> str:
    return translate("AutogradLesson", "Example from the course")


def custom() -> str:
    return translate("AutogradLesson", "custom")


def preset_title(key: str) -> str:
    titles = {
        "vectors": lambda: translate(
            "AutogradLesson", "Several vectors: z = x * y, loss = z.sum()"
        ),
        "leaf": lambda: translate("AutogradLesson", "Leaf and non-leaf tensors"),
        "detach": lambda: translate("AutogradLesson", "detach() shares memory"),
        "scalar": lambda: translate("AutogradLesson", "Scalar backward: y = x ** 2"),
        "vector_error": lambda: translate(
            "AutogradLesson", "Vector backward without gradient= (error)"
        ),
        "vector_gradient": lambda: translate("AutogradLesson", "Vector backward with gradient="),
        "mean": lambda: translate("AutogradLesson", "Backward through mean()"),
        "float64": lambda: translate("AutogradLesson", "Several float64 scalars"),
        "no_grad": lambda: translate("AutogradLesson", "torch.no_grad() as a context"),
        "decorator": lambda: translate("AutogradLesson", "@torch.no_grad() as a decorator"),
        "set_grad_enabled": lambda: translate("AutogradLesson", "torch.set_grad_enabled(False)"),
        "accumulate": lambda: translate(
            "AutogradLesson", "Gradients accumulate over 3 backward calls"
        ),
        "freed": lambda: translate(
            "AutogradLesson", "Second backward through a freed graph (error)"
        ),
        "zero_grad": lambda: translate("AutogradLesson", "grad.zero_() before each backward"),
        "inplace_leaf": lambda: translate("AutogradLesson", "In-place change of a leaf (error)"),
        "no_requires_grad": lambda: translate(
            "AutogradLesson", "backward() without requires_grad (error)"
        ),
    }
    return titles[key]() if key in titles else custom()


def preset_note(key: str) -> str:
    """What the example shows ("" for an edited program)."""
    notes = {
        "vectors": lambda: translate(
            "AutogradLesson",
            "x and y are leaves; z and loss are results. Each operation left a node in "
            "the graph (MulBackward0, SumBackward0); backward() walks it from loss back "
            "to the leaves: x.grad = y and y.grad = x.",
        ),
        "leaf": lambda: translate(
            "AutogradLesson",
            "Tensors you create are leaves (is_leaf=True). Results of operations on "
            "tensors that require grad are not: they carry a grad_fn instead.",
        ),
        "detach": lambda: translate(
            "AutogradLesson",
            "detach() returns a tensor outside the graph that shares the leaf's memory "
            "(same data_ptr). Changing it in place changes the leaf too, whatever some "
            "notes say. Press backward() next: autograd notices the change and refuses.",
        ),
        "scalar": lambda: translate(
            "AutogradLesson", "For a scalar output backward() needs no argument: x.grad = 2x."
        ),
        "vector_error": lambda: translate(
            "AutogradLesson", "y has three elements, so backward() does not know how to weigh them."
        ),
        "vector_gradient": lambda: translate(
            "AutogradLesson", "gradient= gives each element of y a weight; with ones, x.grad = 2x."
        ),
        "mean": lambda: translate(
            "AutogradLesson", "mean() makes a scalar: each y_i counts 1/3, so x.grad = 2x / 3."
        ),
        "float64": lambda: translate(
            "AutogradLesson",
            "y = x1 ** 2 + 2 * x2 + 7 with float64 leaves: x1.grad = 2 * x1, "
            "x2.grad = 2. The grads keep the leaves' dtype.",
        ),
        "no_grad": lambda: translate(
            "AutogradLesson",
            "Inside torch.no_grad() nothing is recorded: the result has no grad_fn.",
        ),
        "decorator": lambda: translate(
            "AutogradLesson",
            "@torch.no_grad() switches recording off for every call of the function.",
        ),
        "set_grad_enabled": lambda: translate(
            "AutogradLesson",
            "torch.set_grad_enabled(False) switches recording off globally until it is "
            "switched on again.",
        ),
        "accumulate": lambda: translate(
            "AutogradLesson",
            "Each backward() adds to .grad instead of replacing it: after 3 calls x.grad "
            "is 3 times one call's gradient.",
        ),
        "freed": lambda: translate(
            "AutogradLesson",
            "The forward pass ran once, outside the loop: the first backward() frees the "
            "graph's saved values and the second one fails.",
        ),
        "zero_grad": lambda: translate(
            "AutogradLesson",
            "Zeroing .grad before each backward() keeps one call's gradient each time.",
        ),
        "inplace_leaf": lambda: translate(
            "AutogradLesson",
            "x += 1 on a leaf that requires grad is refused while autograd records.",
        ),
        "no_requires_grad": lambda: translate(
            "AutogradLesson",
            "No leaf requires grad, so no graph exists and backward() has nothing to do.",
        ),
    }
    return notes[key]() if key in notes else ""


# -- the controls ------------------------------------------------------------------------------
def leaves_box() -> str:
    return translate("AutogradLesson", "Leaves")


def leaf_heads() -> tuple[str, str]:
    return translate("AutogradLesson", "name / dtype"), translate("AutogradLesson", "value")


def auto_dtype() -> str:
    return translate("AutogradLesson", "auto")


def add_leaf() -> str:
    return translate("AutogradLesson", "+ leaf")


def remove_leaf() -> str:
    return translate("AutogradLesson", "− leaf")


def program_box() -> str:
    return translate("AutogradLesson", "Forward pass")


def program_label() -> str:
    return translate("AutogradLesson", "Program (press Enter):")


def program_tip() -> str:
    return translate(
        "AutogradLesson",
        "numbers, leaf names, + - * / **, sum mean exp log sin cos relu sigmoid tanh; "
        "separate assignments with ';'",
    )


def mode_label() -> str:
    return translate("AutogradLesson", "Grad mode:")


def mode_name(mode: str) -> str:
    return {
        "grad": lambda: translate("AutogradLesson", "record the graph (default)"),
        "no_grad": lambda: translate("AutogradLesson", "with torch.no_grad():"),
        "decorator": lambda: translate("AutogradLesson", "@torch.no_grad() decorator"),
        "set_grad_enabled": lambda: translate("AutogradLesson", "torch.set_grad_enabled(False)"),
    }[mode]()


def inspect() -> str:
    return translate("AutogradLesson", "print is_leaf and requires_grad")


def actions() -> dict[str, str]:
    """Titles and texts of the Backward and detach() boxes, by widget name."""
    return {
        "actions_box": translate("AutogradLesson", "Backward"),
        "forward_button": translate("AutogradLesson", "Forward again"),
        "backward_button": translate("AutogradLesson", "backward()"),
        "retain_check": translate("AutogradLesson", "retain_graph=True"),
        "gradient_check": translate("AutogradLesson", "gradient="),
        "zero_button": translate("AutogradLesson", "Zero the grads: x.grad.zero_()"),
        "repeat_button": translate("AutogradLesson", "backward() N times"),
        "fresh_check": translate("AutogradLesson", "forward again each time"),
        "zero_first_check": translate("AutogradLesson", "zero the grads each time"),
        "reset_button": translate("AutogradLesson", "Start over"),
        "leaf_box": translate("AutogradLesson", "detach() and in-place changes"),
        "detach_button": translate("AutogradLesson", "detach()"),
        "edit_detached_button": translate("AutogradLesson", "detached += 1"),
        "inplace_button": translate("AutogradLesson", "leaf += 1 (in place)"),
        "fit_button": translate("AutogradLesson", "Fit"),
    }


def tips() -> dict[str, str]:
    return {
        "forward_button": translate("AutogradLesson", "Run the program again: a new graph"),
        "times_spin": translate("AutogradLesson", "N"),
        "zoom_in_button": translate("AutogradLesson", "Zoom in (Ctrl + wheel)"),
        "zoom_out_button": translate("AutogradLesson", "Zoom out (Ctrl + wheel)"),
        "fit_button": translate("AutogradLesson", "Fit the graph into the view"),
    }


def gradient_hint(output: str, shape: tuple[int, ...]) -> str:
    return translate(
        "AutogradLesson",
        "{0} is not a scalar (shape {1}): backward() needs gradient=, a tensor of "
        "the same shape (the weights of each element).",
    ).format(output, list(shape))


# -- the picture -------------------------------------------------------------------------------
def note(result: AutogradResult) -> str:
    """Why there is no graph ("" when there is one, or nothing could be built)."""
    if result.graph_built or not result.ok:
        return ""
    out = result.output
    if result.mode == "no_grad":
        return translate(
            "AutogradLesson",
            "No graph: {0} was computed inside torch.no_grad(), so nothing was recorded "
            "({0}.grad_fn is None, {0}.requires_grad is False).",
        ).format(out)
    if result.mode == "decorator":
        return translate(
            "AutogradLesson",
            "No graph: {0} was computed in a function decorated with @torch.no_grad(), "
            "so nothing was recorded ({0}.grad_fn is None).",
        ).format(out)
    if result.mode == "set_grad_enabled":
        return translate(
            "AutogradLesson",
            "No graph: torch.set_grad_enabled(False) switched recording off while {0} "
            "was computed ({0}.grad_fn is None).",
        ).format(out)
    shown = next((t for t in result.tensors if t.name == out), None)
    if shown is not None and shown.is_leaf and shown.requires_grad:
        return translate(
            "AutogradLesson",
            "No graph: {0} is a leaf itself (no operation was applied), so it has no "
            "grad_fn; backward() on it just sets its own .grad.",
        ).format(out)
    return translate(
        "AutogradLesson",
        "No graph: no leaf has requires_grad=True, so torch recorded nothing "
        "({0}.grad_fn is None).",
    ).format(out)


def status(result: AutogradResult, nodes: int, tensors: int, arrows: int) -> str:
    """What the graph draws, box by box and arrow by arrow (torch's nodes, the tensors, the
    arrows: "4 nodes, 3 edges" stood over 7 boxes and 6 arrows, counting the edges between
    torch's nodes only), and the backward calls."""
    if not result.ok:
        return ""
    if result.graph_built:
        text = translate(
            "AutogradLesson", "{0} nodes, {1} tensors, {2} arrows · backward calls: {3}"
        ).format(nodes, tensors, arrows, result.backward_calls)
        if result.freed:
            text += " · " + translate(
                "AutogradLesson", "saved values freed (retain_graph was False)"
            )
        return text
    return translate("AutogradLesson", "no graph recorded · backward calls: {0}").format(
        result.backward_calls
    )


def chain_hint(result: AutogradResult) -> str:
    if not result.graph_built:
        return ""
    return translate(
        "AutogradLesson",
        "Arrows point the way the forward pass ran; backward() sends gradients "
        "the other way. Hover an edge to see the chain rule along it: the local "
        "derivative, the gradient arriving and the gradient passed on.",
    )


def history(result: AutogradResult) -> str:
    """The leaves' .grad after each of the last 10 backward calls."""
    lines = []
    for record in result.history[-10:]:
        grads = "   ".join(f"{name}.grad = {short_value(g)}" for name, g in record.grads)
        lines.append(f"#{record.call}: {grads}")
    return "\n".join(lines) or translate("AutogradLesson", "(no backward call yet)")


def history_title() -> str:
    return translate("AutogradLesson", ".grad of the leaves after each backward call")


# -- refusals ----------------------------------------------------------------------------------
def too_many_steps() -> str:
    return translate("AutogradLesson", "Too many steps")


def start_over() -> str:
    return translate("AutogradLesson", "Press 'Start over' to begin a fresh story.")


def value_of(name: str) -> str:
    return translate("AutogradLesson", "value of {0}").format(name or "?")


def leaf_name() -> str:
    return translate("AutogradLesson", "leaf name")


def program() -> str:
    return translate("AutogradLesson", "program")


def gradient() -> str:
    return translate("AutogradLesson", "gradient")


def program_refused(reason: str, hint: str = "") -> str | None:
    """Why the expression language refused the program (an ExprError's reason), and
    ``hint``, what to do (a syntax error's); None for a reason the general explanations say
    better (a full-width character: which to type)."""
    reasons = {
        "empty": lambda: translate("AutogradLesson", "The program is empty."),
        "syntax": lambda: translate("AutogradLesson", "This is not a valid expression."),
        "not_allowed": lambda: translate(
            "AutogradLesson",
            "Allowed: numbers, the leaf names, + - * / **, unary minus, and sum, mean, "
            "exp, log, sin, cos, relu, sigmoid, tanh (as f(x) or x.f()); assignments "
            "like 'z = x * y; loss = z.sum()'.",
        ),
        "unknown_name": lambda: translate(
            "AutogradLesson", "This name is neither a leaf nor an earlier result."
        ),
        "bad_name": lambda: translate(
            "AutogradLesson",
            "Names must be plain identifiers, and not one of the function names or "
            "torch, print, range, i, e, f, forward.",
        ),
        "reassigned": lambda: translate(
            "AutogradLesson", "Each name may be given a tensor only once."
        ),
        "bad_call": lambda: translate(
            "AutogradLesson",
            "Functions take one tensor: sum(x) or x.sum(); only sum, mean, exp, log, "
            "sin, cos, relu, sigmoid and tanh are available.",
        ),
        "too_big": lambda: translate(
            "AutogradLesson", "The program or one of its numbers is too big."
        ),
        "too_deep": lambda: translate("AutogradLesson", "The expression is nested too deeply."),
        "too_long": lambda: translate("AutogradLesson", "The program is too long."),
    }
    if reason not in reasons:
        return None
    return sentences(reasons[reason](), hint)
