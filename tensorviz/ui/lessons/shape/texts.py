"""The shape lesson's words, in the current language (translation context ``ShapeLesson``)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from tensorviz.core.values import subscript

translate = QCoreApplication.translate


# -- controls ------------------------------------------------------------------------------
def examples_box() -> str:
    return translate("ShapeLesson", "Examples")


def preset_title(key: str) -> str:
    titles: dict[str, Callable[[], str]] = {
        "transpose_view": lambda: translate("ShapeLesson", "Transpose, then view (fails)"),
        "reshape_view_or_copy": lambda: translate("ShapeLesson", "reshape: a view or a copy?"),
        "regroup": lambda: translate("ShapeLesson", "(4, 3) → (2, 2, 3): same memory regrouped"),
        "slicing": lambda: translate("ShapeLesson", "Slicing: offset and strides"),
        "permute": lambda: translate("ShapeLesson", "permute a 3-D tensor"),
        "squeeze": lambda: translate("ShapeLesson", "squeeze and unsqueeze"),
        "big": lambda: translate("ShapeLesson", "4-D, 4,096 elements"),
        "custom": lambda: translate("ShapeLesson", "custom"),
    }
    return titles[key]() if key in titles else key


def preset_note(key: str) -> str:
    notes: dict[str, Callable[[], str]] = {
        "transpose_view": lambda: translate(
            "ShapeLesson",
            ".t() only swaps the strides: the same memory, read column by column. view() "
            "needs memory in row order, so it fails; both fixes copy first.",
        ),
        "reshape_view_or_copy": lambda: translate(
            "ShapeLesson",
            "reshape() returns a view when the strides allow it (x1) and copies only when "
            "they do not (x3): watch the storage badge of each step.",
        ),
        "regroup": lambda: translate(
            "ShapeLesson",
            "(4, 3) → (2, 2, 3) regroups the same memory: only shape and strides change. "
            "transpose(0, 1) then reads that memory in another order.",
        ),
        "slicing": lambda: translate(
            "ShapeLesson",
            "Slicing makes views: a storage offset (where x1[0, 0] is) and bigger strides "
            "(::2 skips a slot). view() still works here because the strides line up.",
        ),
        "permute": lambda: translate(
            "ShapeLesson",
            "permute() reorders the strides. contiguous() copies into the new row order, "
            "and after that view() works.",
        ),
        "squeeze": lambda: translate(
            "ShapeLesson",
            "squeeze(1) on a dim of size 3 changes nothing; squeeze(0) drops a size-1 dim; "
            "unsqueeze(-1) adds one. All of them are views.",
        ),
        "big": lambda: translate(
            "ShapeLesson",
            "4,096 elements are still drawn cell by cell; bigger tensors are summarised.",
        ),
    }
    return notes[key]() if key in notes else ""


def start_box() -> str:
    return translate("ShapeLesson", "Start tensor x0")


def start_kinds() -> tuple[str, str]:
    return (
        translate("ShapeLesson", "torch.arange(n).reshape(shape)"),
        translate("ShapeLesson", "torch.tensor(literal)"),
    )


def start_hint(kind: str) -> str:
    if kind == "literal":
        return translate("ShapeLesson", "e.g. [[1, 2, 3], [4, 5, 6]]")
    return translate("ShapeLesson", "shape, up to 4 dims, e.g. 2, 3, 4")


def start_field() -> str:
    return translate("ShapeLesson", "Start tensor")


def apply() -> str:
    return translate("ShapeLesson", "Apply")


def steps_box() -> str:
    return translate("ShapeLesson", "Steps")


def args_field() -> str:
    return translate("ShapeLesson", "Step arguments")


def op_label(op: str) -> str:
    return {"t": ".t()", "contiguous": ".contiguous()", "index": "[ … ]"}.get(op, f".{op}()")


def args_hint(op: str) -> str:
    hints: dict[str, Callable[[], str]] = {
        "reshape": lambda: translate("ShapeLesson", "new shape, e.g. 2, -1"),
        "view": lambda: translate("ShapeLesson", "new shape, e.g. -1"),
        "transpose": lambda: translate("ShapeLesson", "two dims, e.g. 0, 1"),
        "permute": lambda: translate("ShapeLesson", "new order of all dims, e.g. 1, 0"),
        "squeeze": lambda: translate("ShapeLesson", "empty: all size-1 dims; or one dim"),
        "unsqueeze": lambda: translate("ShapeLesson", "where the new dim goes, e.g. 0"),
        "flatten": lambda: translate("ShapeLesson", "empty, or start_dim, end_dim"),
        "index": lambda: translate("ShapeLesson", "e.g. [:, ::2] or [1:] or [0]"),
    }
    return hints[op]() if op in hints else translate("ShapeLesson", "no arguments")


def buttons() -> dict[str, tuple[str, str]]:
    """(text, tooltip) of the step buttons, by name."""
    return {
        "add": (
            translate("ShapeLesson", "Add"),
            translate("ShapeLesson", "Insert this step after the selected one"),
        ),
        "change": (
            translate("ShapeLesson", "Change"),
            translate("ShapeLesson", "Replace the selected step"),
        ),
        "remove": (translate("ShapeLesson", "Remove"), ""),
        "up": (translate("ShapeLesson", "↑ Move up"), ""),
        "down": (translate("ShapeLesson", "↓ Move down"), ""),
    }


def chain_full(limit: int) -> str:
    """Why no step can be added (the Add button's tooltip, the note under the buttons)."""
    return translate(
        "ShapeLesson", "A chain holds at most {0} steps: remove one to add another."
    ).format(limit)


def view_box() -> str:
    return translate("ShapeLesson", "View")


def animate() -> str:
    return translate("ShapeLesson", "Animate moving between steps")


# -- the picture ---------------------------------------------------------------------------
def previous_step() -> str:
    return translate("ShapeLesson", "Previous step")


def next_step() -> str:
    return translate("ShapeLesson", "Next step")


def fix_contiguous() -> str:
    return translate("ShapeLesson", "Fix: insert .contiguous() before it")


def fix_reshape() -> str:
    return translate("ShapeLesson", "Fix: use reshape() instead")


def hint() -> str:
    return translate(
        "ShapeLesson",
        "Same colour = same memory (one colour per row of x0). Point at a cell or slot.",
    )


def grid_title(name: str, shape: tuple[int, ...]) -> str:
    return translate("ShapeLesson", "{0}: the logical view, shape {1}").format(name, shape)


def strip_title(name: str, slots: int) -> str:
    return translate("ShapeLesson", "The storage {0} reads, in memory order ({1} slots)").format(
        name, slots
    )


def refused_title(drawn: str, error_type: str) -> str:
    return translate(
        "ShapeLesson",
        "torch refused this step ({1}). Shown below: {0}, the tensor it was called on.",
    ).format(drawn, error_type)


def not_run() -> str:
    return translate("ShapeLesson", "Not run: an earlier step failed")


def not_run_title(drawn: str) -> str:
    return translate("ShapeLesson", "Not run: an earlier step failed. Shown below: {0}.").format(
        drawn
    )


def strides_lines(name: str, shape: tuple[int, ...], stride: tuple[int, ...]) -> str:
    lines = [translate("ShapeLesson", "Strides of {0}: {1}").format(name, stride)]
    for d, (size, step) in enumerate(zip(shape, stride, strict=True)):
        lines.append(
            translate(
                "ShapeLesson", "dim {0} (size {1}): one step along it → jump {2} slots"
            ).format(d, size, step)
        )
    if not shape:
        lines.append(translate("ShapeLesson", "a 0-d tensor has no dims to step along"))
    return "\n".join(lines)


def offset_line(offset: int, name: str, first: str, storage_size: int) -> str:
    return translate(
        "ShapeLesson", "Storage offset: {0}  ({1}{2} is slot {0} of the {3} in storage)"
    ).format(offset, name, first, storage_size)


def reading_order(name: str, slots: tuple[int, ...], more: bool) -> str:
    """Which slots the elements visit in row order: the jumps show why view() fails."""
    jumps = [b - a for a, b in itertools.pairwise(slots)]
    dots = "…" if more else ""
    return translate(
        "ShapeLesson",
        "Read row by row, {0} visits slots {1}{2} (jumps {3}{2}). view() can only regroup "
        "memory that is already in row order; this memory is not.",
    ).format(name, ", ".join(str(s) for s in slots), dots, ", ".join(f"{j:+d}" for j in jumps))


def contiguous_badge(contiguous: bool) -> str:
    if contiguous:
        return translate("ShapeLesson", "contiguous: is_contiguous() is True")
    return translate("ShapeLesson", "not contiguous: is_contiguous() is False")


def storage_badge(shares: bool | None, source: str) -> str:
    if shares is None:
        return translate("ShapeLesson", "the start: its own new storage")
    if shares:
        return translate("ShapeLesson", "a view: shares storage with {0} (no copy)").format(source)
    return translate("ShapeLesson", "a copy: new storage, not shared with {0}").format(source)


def unchanged_badge(same_object: bool, unchanged: bool) -> str:
    if same_object:
        return translate("ShapeLesson", "nothing changed: it returned the same tensor object")
    if unchanged:
        return translate("ShapeLesson", "nothing changed: same shape, strides and memory")
    return ""


def too_many(numel: int) -> str:
    return translate(
        "ShapeLesson",
        "{0} elements: too many to draw one by one; shape, strides, offset and "
        "badges still come from torch.",
    ).format(f"{numel:,}")


def formula(
    name: str, index: tuple[int, ...], stride: tuple[int, ...], offset: int, slot: int, value: str
) -> str:
    terms = " + ".join(f"{i}·{s}" for i, s in zip(index, stride, strict=True))
    names = " + ".join(f"i{k}·stride{k}" for k in range(len(index))) or "0"
    return translate(
        "ShapeLesson", "{0}{1} reads slot offset + {2} = {3} + {4} = {5}  →  value {6}"
    ).format(name, subscript(index), names, offset, terms or "0", slot, value)
