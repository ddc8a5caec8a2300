"""The descent lesson's words for the line fit's landscape and the optimizer race, in the
current language (translation context ``DescentLesson``, as the rest of its words:
``texts``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def race_box() -> str:
    return translate("DescentLesson", "Optimizer race (line fit)")


def race_note() -> str:
    return translate(
        "DescentLesson",
        "Tick runners to race them from the same start on the same data, each at its own lr.",
    )


def racer(name: str) -> str:
    return {
        "course": translate("DescentLesson", "Course loop"),
        "sgd": translate("DescentLesson", "SGD"),
        "momentum": translate("DescentLesson", "Momentum 0.9"),
        "nesterov": translate("DescentLesson", "Nesterov 0.9"),
        "adam": translate("DescentLesson", "Adam"),
    }[name]


def race_lr(name: str) -> str:
    """The learning-rate field of runner ``name`` (also how an error names it)."""
    return translate("DescentLesson", "lr of {0}").format(racer(name))


def race_lr_tip(name: str) -> str:
    return translate("DescentLesson", "The learning rate of {0} in the race").format(racer(name))


def racer_label(name: str, lr: float) -> str:
    """A runner in the legend: its name and learning rate."""
    return f"{racer(name)}, lr {lr!r}"


def this_run(lr: float) -> str:
    """The lesson's own run (its update rule is the menu's) in the landscape's legend."""
    return translate("DescentLesson", "this run, lr {0}").format(repr(lr))


def landscape_title() -> str:
    return translate("DescentLesson", "Loss over (a, b): click or drag to set the start")


def minimum() -> str:
    return translate("DescentLesson", "minimum")


def steep(lam: float) -> str:
    return translate("DescentLesson", "steep: λ = {0}").format(f"{lam:.4g}")


def flat(lam: float) -> str:
    return translate("DescentLesson", "flat: λ = {0}").format(f"{lam:.4g}")
