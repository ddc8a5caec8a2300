"""The broadcast lesson's words, in the current language (translation context
``BroadcastLesson``, the module's old class, so that existing translations keep working)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def shape_text(shape: tuple[int, ...] | None) -> str:
    return "?" if shape is None else str(tuple(shape))


# -- controls --------------------------------------------------------------------------------
def preset_titles() -> dict[str, str]:
    """The Examples combo's entries, by preset key ("custom": inputs the user changed)."""
    return {
        "course_1d_2d": translate("BroadcastLesson", "Course 1-D + 2-D"),
        "course_2d_3d": translate("BroadcastLesson", "Course 2-D + 3-D"),
        "four_d": translate("BroadcastLesson", "4-D: (8,1,6,1) and (7,1,5)"),
        "scalar": translate("BroadcastLesson", "Scalar and tensor"),
        "column_row": translate("BroadcastLesson", "Column and row"),
        "incompatible": translate("BroadcastLesson", "Incompatible shapes"),
        "custom": translate("BroadcastLesson", "Custom"),
    }


def example_box() -> str:
    return translate("BroadcastLesson", "Example")


def operation_box() -> str:
    return translate("BroadcastLesson", "Operation")


def operand_box(name: str) -> str:
    return translate("BroadcastLesson", "Operand {0}").format(name)


def kind_items() -> tuple[str, str]:
    return (
        translate("BroadcastLesson", "values (a literal)"),
        translate("BroadcastLesson", "arange of a shape"),
    )


def kind_label() -> str:
    return translate("BroadcastLesson", "Given as")


def text_label() -> str:
    return translate("BroadcastLesson", "Text")


def kind_tip() -> str:
    return translate(
        "BroadcastLesson",
        "values: type a literal such as [[1], [2]]. arange: type a shape such "
        "as 2, 1, 3; the values are generated.",
    )


def text_tip() -> str:
    return translate("BroadcastLesson", "Press Enter to apply")


def placeholder(kind: str) -> str:
    if kind == "values":
        return translate("BroadcastLesson", "a literal, e.g. [[1], [2]]")
    return translate("BroadcastLesson", "a shape, e.g. 2, 1, 3")


def apply() -> str:
    return translate("BroadcastLesson", "Apply")


def rule_box() -> str:
    return translate("BroadcastLesson", "The rule")


def rule() -> str:
    return translate(
        "BroadcastLesson",
        "1. Line the shapes up from the right.\n"
        "2. A dim that one shape lacks counts as size 1.\n"
        "3. In every dim the sizes must be equal, or one of them must be 1.\n"
        "4. A size 1 is stretched to the other size by reading the same element "
        "again (stride 0): nothing is copied.\n"
        "A 0-d tensor (a scalar) broadcasts with any shape.",
    )


def field_name(field: str) -> str:
    """The input a refusal is about: ``a``, ``b`` or ``result`` ("" for none)."""
    names = {
        "a": translate("BroadcastLesson", "Operand a"),
        "b": translate("BroadcastLesson", "Operand b"),
        "result": translate("BroadcastLesson", "Result"),
    }
    return names.get(field, "")


# -- the picture -----------------------------------------------------------------------------
def legend() -> str:
    return translate(
        "BroadcastLesson",
        "Hatched, dashed cells are where broadcasting stretches an operand: its expanded "
        "view reads the same element there again (stride 0), nothing is copied. Solid cells "
        "are the operand's own elements. Cells of one colour read the same storage slot "
        "(hover a slot below to see its readers). The result of the operation is a new "
        "tensor.",
    )


def memory_box() -> str:
    return translate("BroadcastLesson", "Memory: broadcasting makes views, not copies")


def heading(shape_a, op: str, shape_b, result_shape) -> str:
    if result_shape is not None:
        return translate("BroadcastLesson", "a {0} {1} b {2}  →  result {3}").format(
            shape_text(shape_a), op, shape_text(shape_b), shape_text(result_shape)
        )
    return translate("BroadcastLesson", "a {0} {1} b {2}: these shapes do not broadcast").format(
        shape_text(shape_a), op, shape_text(shape_b)
    )


def operand_title(name: str, expanded: bool, stretched: bool, shape, result_shape) -> str:
    if not expanded:
        return translate("BroadcastLesson", "{0} as given {1}: it cannot be expanded").format(
            name, shape_text(shape)
        )
    if stretched:
        return translate("BroadcastLesson", "{0} expanded to {1}: stride 0, nothing copied").format(
            name, shape_text(result_shape)
        )
    return translate("BroadcastLesson", "{0} {1}: nothing to stretch").format(
        name, shape_text(shape)
    )


def view_strip_title(name: str, shape, stride, storage_size: int, zero_dims) -> str:
    """The title over an expanded view's storage: its stride, and the dims of stride 0."""
    title = translate(
        "BroadcastLesson",
        "{0}_view, shape {1}: stride {2}, reads the storage of {0} (size {3})",
    ).format(name, shape_text(shape), tuple(stride), storage_size)
    if zero_dims:
        title += translate("BroadcastLesson", " — stride 0 in dim {0}").format(
            ", ".join(str(d) for d in zero_dims)
        )
    return title


def operand_strip_title(name: str, stride, storage_size: int) -> str:
    return translate("BroadcastLesson", "{0}: stride {1}, storage size {2}").format(
        name, tuple(stride), storage_size
    )


def result_title(op: str, computed: bool) -> str:
    if computed:
        return translate("BroadcastLesson", "result = a {0} b, computed by torch").format(op)
    return translate("BroadcastLesson", "result")


def no_result() -> str:
    return translate("BroadcastLesson", "No result: torch raised an error (shown above).")


def memory(a: int, b: int, shown: int | None, same: bool, result: int | None) -> str:
    """What the operands, their views and the result occupy (``shown`` is None when no views
    exist, ``result`` None when torch computed none)."""
    if shown is None:
        return translate(
            "BroadcastLesson",
            "a holds {0} bytes and b {1} bytes. No views exist: torch cannot "
            "expand shapes that do not broadcast.",
        ).format(a, b)
    yes = translate("BroadcastLesson", "yes") if same else translate("BroadcastLesson", "no")
    if result is None:
        return translate(
            "BroadcastLesson",
            "a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each "
            "yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). torch "
            "computed no result.",
        ).format(a, b, f"{shown:,}", yes)
    return translate(
        "BroadcastLesson",
        "a holds {0} bytes and b {1} bytes. a_view and b_view show {2} elements each "
        "yet add 0 bytes: they read the memory of a and b (same data_ptr: {3}). Only the "
        "result is new memory: {4} bytes.",
    ).format(a, b, f"{shown:,}", yes, f"{result:,}")


def incompatible(dim: int, size_a: int, size_b: int) -> str:
    """Why torch refused: the dim where the sizes differ and neither is 1."""
    return translate(
        "BroadcastLesson",
        "Lined up from the right, dim {0} has size {1} in a and {2} in b. The sizes "
        "differ and neither is 1, so neither can be stretched: the shapes do not "
        "broadcast. Make one of them 1 there (for example with unsqueeze or reshape), "
        "or change a shape.",
    ).format(dim, size_a, size_b)
