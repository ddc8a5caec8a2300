"""The matrix product's words, in the current language (translation context ``OpsLesson``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from tensorviz.core.ops import ShapeRule

translate = QCoreApplication.translate


def presets() -> dict[str, str]:
    return {
        "course": translate("OpsLesson", "The course's example (2, 3) @ (3, 2)"),
        "vector": translate("OpsLesson", "Vector @ matrix (3,) @ (3, 2)"),
        "batched": translate("OpsLesson", "Batched (2, 2, 3) @ (2, 3, 2)"),
        "inner_mismatch": translate("OpsLesson", "(2, 3) @ (2, 3): error"),
        "dtype_mismatch": translate("OpsLesson", "int @ float: error"),
    }


def box() -> str:
    return translate("OpsLesson", "Matrix product")


def random_box() -> str:
    return translate("OpsLesson", "Random integers 0..9")


def random_fields() -> tuple[str, str, str]:
    return (
        translate("OpsLesson", "shape of A"),
        translate("OpsLesson", "shape of B"),
        translate("OpsLesson", "seed"),
    )


def random_button() -> str:
    return translate("OpsLesson", "Make A and B")


def shape_of(name: str) -> str:
    """The random box's field ``name`` ("A" or "B") in a refusal."""
    if name == "A":
        return translate("OpsLesson", "Shape of A")
    return translate("OpsLesson", "Shape of B")


def result_c() -> str:
    return translate("OpsLesson", "Result C")


def step_box() -> str:
    return translate("OpsLesson", "Step through C")


def speed(rate: float) -> str:
    """An entry of the playback speed menu: ``rate`` cells per second."""
    if rate == 1:
        return translate("OpsLesson", "1 cell/s")
    return translate("OpsLesson", "{0} cells/s").format(f"{rate:g}")


def position(k: int, count: int) -> str:
    """Where stepping stands: cell ``k`` (counting from 0) of ``count``."""
    return translate("OpsLesson", "cell {0} of {1}").format(k + 1, count)


def stale() -> str:
    return translate("OpsLesson", "The grids still show the last product torch could compute.")


def note() -> str:
    return translate(
        "OpsLesson",
        "Each cell of C is the sum of products of a row of A and a column of B. "
        "Hover or click a cell of C, or press Play.",
    )


def too_big() -> str:
    return translate("OpsLesson", "The result is too big to write out cell by cell.")


def formula_head(c_expr: str, a_expr: str, b_expr: str) -> str:
    return translate(
        "OpsLesson", "{0} = {1} · {2}: the row times the column, element by element, summed"
    ).format(c_expr, a_expr, b_expr)


def rule_note(rule: ShapeRule) -> str:
    """``(N, M) @ (M, P) → (N, P).`` and what the shapes of ``rule`` make of it."""
    if rule.inner_a is None or rule.inner_b is None:
        note = translate("OpsLesson", "A matrix product needs at least one dim on each side.")
    elif rule.inner_match:
        note = translate(
            "OpsLesson", "Inner sizes match: {0} = {1}. C takes the outer sizes."
        ).format(rule.inner_a, rule.inner_b)
    else:
        note = translate(
            "OpsLesson", "Inner sizes differ: {0} ≠ {1}, so torch cannot multiply."
        ).format(rule.inner_a, rule.inner_b)
    if not rule.batch_ok:
        note += " " + translate("OpsLesson", "The batch dims {0} and {1} do not broadcast.").format(
            rule.batch_a, rule.batch_b
        )
    elif len(rule.a_shape) > 2 or len(rule.b_shape) > 2:
        note += " " + translate(
            "OpsLesson",
            "The sizes before the last two are batch dims: one matrix product per batch entry.",
        )
    if len(rule.a_shape) == 1 or len(rule.b_shape) == 1:
        note += " " + translate(
            "OpsLesson",
            "A 1-D tensor counts as a row (on the left) or a column (on the right); "
            "that dim is dropped from the result.",
        )
    return "(N, M) @ (M, P) → (N, P).   " + note
