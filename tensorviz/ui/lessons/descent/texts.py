"""The descent lesson's words, in the current language (translation context ``DescentLesson``)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from tensorviz.core.descent import Trace

translate = QCoreApplication.translate


def num(v: float) -> str:
    """A float32 value as its shortest exact text (``2.4``, ``1e+20``, ``inf``)."""
    return str(np.float32(v))


# -- controls --------------------------------------------------------------------------------
def experiment_box() -> str:
    return translate("DescentLesson", "Experiment")


def experiment(name: str) -> str:
    return (
        translate("DescentLesson", "Minimise y = x²")
        if name == "square"
        else translate("DescentLesson", "Fit y = a·x + b")
    )


def run_box() -> str:
    return translate("DescentLesson", "Run")


def lr_title() -> str:
    return translate("DescentLesson", "Learning rate (log scale)")


def lr_slider_tip() -> str:
    return translate("DescentLesson", "Drag: every plot follows at once")


def lr_edit_tip() -> str:
    return translate("DescentLesson", "Type a learning rate, e.g. 0.05 or 1e-3")


def epochs_title() -> str:
    return translate("DescentLesson", "Epochs")


def optimizer_title() -> str:
    return translate("DescentLesson", "Update rule")


def optimizer(name: str) -> str:
    return {
        "plain": translate("DescentLesson", "Course: x -= lr * x.grad"),
        "sgd": translate("DescentLesson", "torch.optim.SGD"),
        "momentum": translate("DescentLesson", "SGD with momentum 0.9"),
        "adam": translate("DescentLesson", "torch.optim.Adam"),
    }[name]


def update_title() -> str:
    return translate("DescentLesson", "How the course's loop updates")


def update_form(name: str) -> str:
    return {
        "no_grad": translate("DescentLesson", "no_grad(): x -= lr * x.grad"),
        "data": translate("DescentLesson", "x.data -= lr * x.grad"),
    }[name]


def update_tip() -> str:
    return translate(
        "DescentLesson",
        "Both change x in place with the same numbers, unseen by autograd. "
        "torch.no_grad() switches recording off for every operation in its block; "
        "x.data is x's values without autograd: the change is not recorded and bypasses "
        "autograd's checks (a graph that still needs the old x gets no error, just wrong "
        "gradients), which is why the notes advise against it.",
    )


def pin_button(pinned: bool) -> str:
    return (
        translate("DescentLesson", "Unpin the overlaid run")
        if pinned
        else translate("DescentLesson", "Pin this run to compare")
    )


def pin_label(optimizer_name: str, lr: float, epochs: int) -> str:
    return translate("DescentLesson", "Grey: {0}, lr = {1}, {2} epochs").format(
        optimizer(optimizer_name), repr(lr), epochs
    )


def start_box() -> str:
    return translate("DescentLesson", "Start and data")


def field(name: str) -> str:
    """The label of a start field (also how an error names it)."""
    return {
        "x0": translate("DescentLesson", "start x0"),
        "data_x": translate("DescentLesson", "data x"),
        "data_y": translate("DescentLesson", "data y"),
        "a0": translate("DescentLesson", "start a"),
        "b0": translate("DescentLesson", "start b"),
    }[name]


def view_box() -> str:
    return translate("DescentLesson", "View")


def loss_axis() -> str:
    return translate("DescentLesson", "loss axis")


def loss_scale(name: str) -> str:
    return {
        "auto": translate("DescentLesson", "auto"),
        "linear": translate("DescentLesson", "linear"),
        "log": translate("DescentLesson", "log"),
    }[name]


def pitfall_box() -> str:
    return translate("DescentLesson", "Pitfalls of the course")


def pitfall_text() -> str:
    return translate("DescentLesson", "Run the two wrong updates for real and see torch's error.")


def pitfall(kind: str) -> str:
    if kind == "inplace":
        return translate("DescentLesson", "x -= lr * x.grad\nwithout no_grad")
    return translate("DescentLesson", "x = x - lr * x.grad")


def speed(rate: float) -> str:
    return translate("DescentLesson", "{0} epochs/s").format(f"{rate:g}")


def epoch_slider_tip() -> str:
    return translate("DescentLesson", "Scrub through the epochs")


def epoch_of(k: int, n: int) -> str:
    return translate("DescentLesson", "epoch {0} / {1}").format(k, n)


def computing() -> str:
    return translate("DescentLesson", "computing…")


# -- refusals --------------------------------------------------------------------------------
def learning_rate() -> str:
    return translate("DescentLesson", "learning rate")


# -- what a run shows ------------------------------------------------------------------------
def diverged(tr: Trace) -> str:
    """What overflowed float32 (the loss, a parameter) and in which epoch, numbered as the
    epoch cursor numbers them; "" for a run whose numbers all stay finite."""
    over = tr.overflow
    if over is None:
        return ""
    values = ""
    if over.param_epoch is not None:
        row = tr.params[over.param_epoch]
        values = ", ".join(f"{n} = {num(row[tr.names.index(n)])}" for n in over.params)
    loss_first = over.loss_epoch is not None and (
        over.param_epoch is None or over.loss_epoch <= over.param_epoch
    )
    if not loss_first:
        return translate(
            "DescentLesson", "Diverged in epoch {0}: the parameters overflowed float32 ({1})."
        ).format(over.param_epoch, values)
    loss = num(tr.loss[over.loss_epoch - 1])
    if over.loss_epoch > tr.epochs:
        text = translate(
            "DescentLesson",
            "Diverged after the last epoch: the loss at the final values overflowed float32 "
            "(loss = {0}).",
        ).format(loss)
    else:
        text = translate(
            "DescentLesson", "Diverged in epoch {0}: the loss overflowed float32 (loss = {1})."
        ).format(over.loss_epoch, loss)
    if over.param_epoch is not None:
        text += " " + translate(
            "DescentLesson", "In epoch {0} the parameters did too ({1})."
        ).format(over.param_epoch, values)
    return text


def regime(kind: str) -> str:
    return {
        "converging": translate("DescentLesson", "converging"),
        "oscillating": translate("DescentLesson", "oscillating"),
        "diverging": translate("DescentLesson", "diverging"),
    }[kind]


def raised() -> str:
    """The verdict where the update shown is a pitfall of the course: torch raised."""
    return translate("DescentLesson", "torch raised")


def pitfall_detail(updates: int) -> str:
    """What the picture shows under a pitfall's verdict: not the run of that update, which
    made ``updates`` updates before torch raised (the code's own count, from its real run),
    but the run of the settings chosen (the update, optimizer and experiment there)."""
    return translate(
        "DescentLesson",
        "Updates this code made before torch raised: {0} (the error is above). The plots show "
        "the run of the settings on the left, for comparison.",
    ).format(updates)


def regime_detail(tr: Trace) -> str:
    """Why the run behaves as it does: the regime in words, theory's factor, the thresholds."""
    r, th = tr.regime, tr.thresholds
    lam = max(tr.eigenvalues) if tr.eigenvalues else None
    return _regime_detail(r.kind, r.settles, r.basis, r.rate, th.oscillate, th.diverge, lam)


def regime_details_longest() -> list[str]:
    """The longest forms :func:`regime_detail` can take (numbers at their widest): the
    label's height is fitted to them, so that it stays put while the lr changes."""
    wide = -1.234e-05
    out = [
        _regime_detail(kind, settles, "theory", wide, wide, wide, wide)
        for kind in ("converging", "oscillating", "diverging")
        for settles in (True, False)
    ]
    observed = _regime_detail("oscillating", False, "observed", None, None, None, None)
    return [*out, observed, pitfall_detail(1000)]


def diverged_longest() -> list[str]:
    """The longest forms :func:`diverged` can take (for the label's fixed height)."""
    values = ", ".join(f"{n} = -inf" for n in ("a", "b"))
    loss = translate(
        "DescentLesson", "Diverged in epoch {0}: the loss overflowed float32 (loss = {1})."
    )
    return [
        loss.format(1000, "nan")
        + " "
        + translate("DescentLesson", "In epoch {0} the parameters did too ({1}).").format(
            1000, values
        ),
        translate(
            "DescentLesson",
            "Diverged after the last epoch: the loss at the final values overflowed float32 "
            "(loss = {0}).",
        ).format("nan"),
    ]


def _regime_detail(kind, settles, basis, rate, oscillate, diverge, lam) -> str:
    parts = []
    if kind == "oscillating":
        parts.append(
            translate(
                "DescentLesson", "Each step overshoots the minimum, so the sign of the error flips."
            )
            + " "
            + (
                translate("DescentLesson", "The swings shrink: it still converges.")
                if settles
                else translate("DescentLesson", "The swings keep their size: it never settles.")
            )
        )
    elif kind == "diverging":
        parts.append(
            translate(
                "DescentLesson",
                "Each step overshoots by more than it corrects: the error grows every epoch.",
            )
        )
    else:
        parts.append(
            translate("DescentLesson", "Each step moves toward the minimum without overshooting.")
        )
    if basis == "theory" and rate is not None:
        parts.append(
            translate(
                "DescentLesson", "Theory: the error is multiplied by up to {0} per epoch."
            ).format(f"{rate:.4g}")
        )
    elif basis == "observed":
        parts.append(translate("DescentLesson", "Adam has no simple threshold: read off this run."))
    if diverge is not None:
        parts.append(thresholds(oscillate, diverge, lam))
    return " ".join(parts)


def thresholds(oscillate: float, diverge: float, lam_max: float) -> str:
    """Where a run starts to overshoot and to blow up, and the curvature that says so."""
    return translate(
        "DescentLesson",
        "Overshooting starts above lr = {0}, divergence above lr = {1} "
        "(2 / largest Hessian eigenvalue {2}).",
    ).format(f"{oscillate:.4g}", f"{diverge:.4g}", f"{lam_max:.4g}")


def update(tr: Trace, k: int) -> str:
    """Epoch ``k``'s update with its real numbers (the start at ``k`` = 0)."""
    names = tr.names
    if k == 0:
        start = ", ".join(f"{n} = {num(v)}" for n, v in zip(names, tr.params[0], strict=True))
        return translate("DescentLesson", "Epoch 0 (start): {0}, loss = {1}").format(
            start, num(tr.loss[0])
        )
    lr = repr(tr.lr)
    lines = [
        translate("DescentLesson", "Epoch {0}: loss = {1} at the old values").format(
            k, num(tr.loss[k - 1])
        )
    ]
    opt = tr.setup.optimizer
    for j, n in enumerate(names):
        old, new = num(tr.params[k - 1, j]), num(tr.params[k, j])
        g = num(tr.grads[k - 1, j])
        if opt in ("plain", "sgd"):
            lines.append(f"{n} ← {n} − lr · grad = {old} − {lr} × {g} = {new}")
        elif opt == "momentum":
            v = num(tr.state[k - 1, j, 0])
            mu = repr(tr.setup.momentum)
            lines.append(
                f"{n} ← {n} − lr · v = {old} − {lr} × {v} = {new}"
                f"   (v ← {mu} · v + grad, grad = {g})"
            )
        else:
            m, s = num(tr.state[k - 1, j, 0]), num(tr.state[k - 1, j, 1])
            lines.append(
                f"{n} ← {n} − lr · m̂ / (√v̂ + ε): {old} → {new}   (m = {m}, v = {s}, grad = {g})"
            )
    if tr.setup.experiment == "square":  # x's one line leaves the third; the line fit
        # prints its epochs from 1, as here, but the course's loop prints its index i from 0
        lines.append(translate("DescentLesson", "(in torch's output: epoch: {0})").format(k - 1))
    return "\n".join(lines)
