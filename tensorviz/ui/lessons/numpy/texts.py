"""The numpy lesson's words, in the current language (translation context ``NumpyLesson``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def data_box() -> str:
    return translate("NumpyLesson", "Data")


def values_label() -> str:
    return translate("NumpyLesson", "Values")


def values_tip() -> str:
    return translate("NumpyLesson", "A number or nested lists, e.g. [[1, 2], [3, 4]]")


def dtype_label() -> str:
    return translate("NumpyLesson", "dtype")


def default_dtype() -> str:
    return translate("NumpyLesson", "each library's default")


def reset() -> str:
    return translate("NumpyLesson", "Start again (undo all edits)")


def how_to() -> str:
    return translate(
        "NumpyLesson",
        "Click any cell of a tensor or an ndarray, type a value and press Enter. "
        "The value is written into that real object; both sides are then read "
        "again. Where the memory is shared the other side changes too.",
    )


def tab_pairs() -> str:
    return translate("NumpyLesson", "Shared or copied")


def tab_mapping() -> str:
    return translate("NumpyLesson", "dtype mapping")


def mapping_title() -> str:
    return translate(
        "NumpyLesson",
        "Converting keeps the dtype. numpy makes float64 by default, so "
        "torch.from_numpy(np.array([1.5])) is a float64 tensor, while "
        "torch.tensor([1.5]) is float32. numpy has no bfloat16.",
    )


def mapping_headers() -> tuple[list[str], list[str]]:
    """Column titles of the numpy -> torch and torch -> numpy tables."""
    return (
        [
            translate("NumpyLesson", "numpy dtype"),
            translate("NumpyLesson", "torch.from_numpy gives"),
        ],
        [translate("NumpyLesson", "torch dtype"), translate("NumpyLesson", ".numpy() gives")],
    )


def pair_title(mode: str) -> str:
    return {
        "numpy": translate("NumpyLesson", "tensor → ndarray"),
        "numpy_copy": translate("NumpyLesson", "tensor → ndarray, then copy()"),
        "from_numpy": translate("NumpyLesson", "ndarray → tensor with from_numpy"),
        "tensor": translate("NumpyLesson", "ndarray → tensor with torch.tensor"),
    }[mode]


def verdict(shares: bool) -> str:
    if shares:
        return translate("NumpyLesson", "same memory: an edit shows on both sides")
    return translate("NumpyLesson", "separate memory: an edit stays on its side")


def tensor_title(name: str, dtype: str) -> str:
    return translate("NumpyLesson", "tensor {0}  ({1})").format(name, dtype)


def array_title(name: str, dtype: str) -> str:
    return translate("NumpyLesson", "ndarray {0}  ({1})").format(name, dtype)


def memory_title() -> str:
    return translate("NumpyLesson", "memory (addresses differ each run)")


def legend() -> tuple[tuple[str, str], ...]:
    """(theme colour name, what it marks) for the legend under the controls."""
    return (
        ("highlight", translate("NumpyLesson", "the element you wrote")),
        ("positive", translate("NumpyLesson", "the other side changed with it: shared memory")),
        ("negative", translate("NumpyLesson", "the other side kept its value: a copy")),
    )


def value_of(cell: str) -> str:
    """The field a refused edit names: the element written, ``a1[0, 1]``."""
    return translate("NumpyLesson", "Value for {0}").format(cell)


def truncated(cell: str, typed: str, stored: str, dtype: str) -> str:
    """Under a pair whose last edit was stored other than typed (read back from it)."""
    return translate(
        "NumpyLesson",
        "{0} = {1} stored {2}: {3} holds whole numbers, so the fraction was cut off.",
    ).format(cell, typed, stored, dtype)
