"""The ops lesson's words, in the current language (translation context ``OpsLesson``): the
frame, item(), element-wise operations and the Hadamard product. The matrix product's are in
``texts_matmul``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


# -- the frame -------------------------------------------------------------------------------
def topics_box() -> str:
    return translate("OpsLesson", "Topic")


def computing() -> str:
    return translate("OpsLesson", "Computing…")


def topic_name(topic: str) -> str:
    return {
        "item": translate("OpsLesson", "item()"),
        "elementwise": translate("OpsLesson", "add / add_"),
        "hadamard": translate("OpsLesson", "A * B"),
        "matmul": translate("OpsLesson", "A @ B"),
    }[topic]


def topic_tip(topic: str) -> str:
    return {
        "item": translate("OpsLesson", "item(): one element as a Python number"),
        "elementwise": translate("OpsLesson", "Element-wise operations, out-of-place and in-place"),
        "hadamard": translate("OpsLesson", "Hadamard product: element by element"),
        "matmul": translate("OpsLesson", "Matrix product: rows times columns"),
    }[topic]


def example() -> str:
    return translate("OpsLesson", "Example")


def custom() -> str:
    """The Example combo's entry once a field no longer holds a preset's value."""
    return translate("OpsLesson", "custom")


def x_field() -> str:
    return translate("OpsLesson", "x =")


def dtype_field() -> str:
    return translate("OpsLesson", "dtype")


def inferred_dtype() -> str:
    """The dtype choice "auto": no dtype given, torch.tensor infers it from the values (the
    words the dtype lesson uses for it)."""
    return translate("OpsLesson", "inferred")


def a_field() -> str:
    return translate("OpsLesson", "A =")


def b_field() -> str:
    return translate("OpsLesson", "B =")


def form_field() -> str:
    return translate("OpsLesson", "form")


# -- refusals --------------------------------------------------------------------------------
def tensor_x() -> str:
    return translate("OpsLesson", "Tensor x")


def operand() -> str:
    return translate("OpsLesson", "Operand")


def matrix(name: str) -> str:
    return translate("OpsLesson", "Matrix {0}").format(name)


def too_many(limit: int) -> str:
    return translate(
        "OpsLesson",
        "This lesson works with at most {0} elements per tensor (inputs and result), so that "
        "every result appears at once. Use smaller sizes.",
    ).format(f"{limit:,}")


# -- item() ----------------------------------------------------------------------------------
def item_presets() -> dict[str, str]:
    return {
        "course": translate("OpsLesson", "[18] (the course's example)"),
        "zero_d": translate("OpsLesson", "18 (0-d)"),
        "three_d": translate("OpsLesson", "[[[2.5]]] (3-D, one element)"),
        "float": translate("OpsLesson", "[0.1] (float32 → Python float)"),
        "bool": translate("OpsLesson", "[True] (bool)"),
        "two": translate("OpsLesson", "[1, 2] (two elements: error)"),
    }


def item_box() -> str:
    return translate("OpsLesson", "item()")


def item_hint() -> str:
    return translate("OpsLesson", "Type a literal and press Enter.")


def item_title() -> str:
    return translate("OpsLesson", "x.item(): the one element of x as a plain Python number")


def item_note() -> str:
    return translate(
        "OpsLesson",
        "item() works for any number of dims as long as there is exactly one element. "
        "A float32 value becomes a Python float (64-bit), so 0.1 shows the float32 "
        "rounding error. A tensor on a GPU is copied to the CPU for this.",
    )


def item_info(shape: str, ndim: int, numel: int, dtype: str) -> str:
    return translate("OpsLesson", "shape {0}   ·   ndim {1}   ·   numel {2}   ·   {3}").format(
        shape, ndim, numel, dtype
    )


def item_value(value: object, type_name: str) -> str:
    return translate("OpsLesson", "x.item()  →  {0}     (a Python {1})").format(value, type_name)


def item_failed(error_type: str, numel: int) -> str:
    """The result line where item() raised: the error's type, said as the app's words (not
    as "RuntimeError: ...", which read as torch's own message; torch's is in the banner)."""
    return translate("OpsLesson", "x.item()  →  ✗ raises {0} (x has {1} elements, not 1)").format(
        error_type, numel
    )


# -- element-wise ----------------------------------------------------------------------------
def elementwise_presets() -> dict[str, str]:
    return {
        "add": translate("OpsLesson", "x + 10 (scalar)"),
        "mul_tensor": translate("OpsLesson", "x * tensor (per column)"),
        "int_div": translate("OpsLesson", "int x / 2: float result, div_ fails"),
        "float_div": translate("OpsLesson", "float x / 2: both forms work"),
        "square": translate("OpsLesson", "x ** 2"),
        "negative_power": translate("OpsLesson", "int x ** -1: error"),
        "neg": translate("OpsLesson", "-x: neg() and neg_()"),
        "sqrt": translate("OpsLesson", "sqrt of negatives: nan"),
        "int_sqrt": translate("OpsLesson", "int x: sqrt() is float, sqrt_ fails"),
    }


def elementwise_box() -> str:
    return translate("OpsLesson", "Element-wise")


def operation_field() -> str:
    return translate("OpsLesson", "operation")


def operand_field() -> str:
    return translate("OpsLesson", "operand")


def elementwise_hint() -> str:
    return translate(
        "OpsLesson", "The operand is a number (scalar) or a list (tensor). Press Enter to run."
    )


def elementwise_note() -> str:
    return translate(
        "OpsLesson",
        "Without _ the method returns a new tensor and leaves x as it was. With _ it "
        "writes into x's own memory and returns x itself: y is x, same data_ptr().",
    )


def scalar_operand(code: str) -> str:
    return translate(
        "OpsLesson", "Operand: the Python number {0}, applied to every element of x."
    ).format(code)


def tensor_operand() -> str:
    return translate(
        "OpsLesson", "Operand: the tensor t, paired with x cell by cell (broadcast if needed)."
    )


def form_title(in_place: bool) -> str:
    if in_place:
        return translate("OpsLesson", "In-place (trailing _): x itself")
    return translate("OpsLesson", "Out-of-place: a new tensor")


def x_before() -> str:
    return translate("OpsLesson", "x before")


def y_returned() -> str:
    return translate("OpsLesson", "y (returned)")


def x_after() -> str:
    return translate("OpsLesson", "x after")


def failed(error_type: str) -> str:
    return translate("OpsLesson", "failed: {0}").format(error_type)


def same_object(value: bool) -> str:
    return translate("OpsLesson", "y is x: {0}").format(value)


def same_memory(value: bool) -> str:
    return translate("OpsLesson", "same memory: {0}").format(value)


def x_changed(changed: bool) -> str:
    if changed:
        return translate("OpsLesson", "x changed: yes")
    return translate("OpsLesson", "x changed: no")


def addresses(x_ptr: int, y_ptr: int | None) -> str:
    if y_ptr is None:
        return translate("OpsLesson", "x.data_ptr() = {0}").format(hex(x_ptr))
    return translate("OpsLesson", "x.data_ptr() = {0}    y.data_ptr() = {1}").format(
        hex(x_ptr), hex(y_ptr)
    )


# -- Hadamard product ------------------------------------------------------------------------
def hadamard_presets() -> dict[str, str]:
    return {
        "course": translate("OpsLesson", "The course's example (2×3)"),
        "signs": translate("OpsLesson", "Negative and float values"),
        "mismatch": translate("OpsLesson", "Shapes (2, 3) and (3, 2): error"),
    }


def hadamard_box() -> str:
    return translate("OpsLesson", "Hadamard product")


def hadamard_hint() -> str:
    return translate("OpsLesson", "Hover or click a cell of C to see its pair.")


def hadamard_note() -> str:
    return translate(
        "OpsLesson",
        "C[i, j] = A[i, j] × B[i, j]: the cells at the same position are multiplied, "
        "so A and B need the same shape (or shapes that broadcast, see the "
        "Broadcasting lesson), and C gets it too. Not to be confused with the matrix "
        "product A @ B.",
    )
