"""The element-wise topic's words for its two modes and its chain of calls, in the current
language (translation context ``OpsLesson``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def modes() -> dict[str, str]:
    return {
        "one": translate("OpsLesson", "One call"),
        "chain": translate("OpsLesson", "A chain of calls"),
    }


def mode_tip(mode: str) -> str:
    if mode == "chain":
        return translate(
            "OpsLesson", "Several calls on one tensor, one after another, as in the course"
        )
    return translate("OpsLesson", "One call, out-of-place next to in-place")


def presets() -> dict[str, str]:
    """The chains among the element-wise examples."""
    return {
        "course_in_place": translate("OpsLesson", "Chain: float(), then add_ … pow_ (course)"),
        "course_out_of_place": translate("OpsLesson", "Chain: add … pow, new tensors (course)"),
        "course_test001": translate("OpsLesson", "Chain: the course's whole test001"),
        "int_in_place": translate("OpsLesson", "Chain: int data, div_(3.0) fails"),
        "neg_sqrt": translate("OpsLesson", "Chain: sqrt, neg_, sqrt_ (nan)"),
    }


def no_operand(op: str) -> str:
    return translate("OpsLesson", "{0}() takes no operand: it uses x alone.").format(op)


# -- the chain's controls ----------------------------------------------------------------------
def start_box() -> str:
    return translate("OpsLesson", "data =")


def start_kinds() -> dict[str, str]:
    return {
        "randint": translate("OpsLesson", "torch.randint(0, 10, size)"),
        "tensor": translate("OpsLesson", "torch.tensor(values)"),
    }


def size_field() -> str:
    return translate("OpsLesson", "size")


def seed_field() -> str:
    return translate("OpsLesson", "seed")


def values_field() -> str:
    return translate("OpsLesson", "values")


def calls_box() -> str:
    return translate("OpsLesson", "Calls on data")


def in_place_check() -> str:
    return translate("OpsLesson", "in place (trailing _)")


def buttons() -> dict[str, tuple[str, str]]:
    """Each button's text and tooltip."""
    return {
        "add": (translate("OpsLesson", "Add"), translate("OpsLesson", "Add this call at the end")),
        "change": (
            translate("OpsLesson", "Change"),
            translate("OpsLesson", "Replace the selected call by this one"),
        ),
        "remove": (
            translate("OpsLesson", "Remove"),
            translate("OpsLesson", "Remove the selected call"),
        ),
        "up": ("↑", translate("OpsLesson", "Move the selected call up")),
        "down": ("↓", translate("OpsLesson", "Move the selected call down")),
    }


def chain_full(limit: int) -> str:
    return translate("OpsLesson", "A chain holds at most {0} calls.").format(limit)


def chain_hint() -> str:
    return translate(
        "OpsLesson",
        "Pick a call to edit it. Without the tick the call returns a new tensor and data "
        "stays as it is; float() always names its result data.",
    )


# -- refusals --------------------------------------------------------------------------------
def data_field() -> str:
    return translate("OpsLesson", "Tensor data")


def size_label() -> str:
    return translate("OpsLesson", "randint size")


# -- the chain's picture ---------------------------------------------------------------------
def start_title() -> str:
    return translate("OpsLesson", "data at the start")


def data_title() -> str:
    return translate("OpsLesson", "data after")


def returned_title() -> str:
    return translate("OpsLesson", "returned (new)")


def same_object() -> str:
    return translate("OpsLesson", "returns data itself")


def new_tensor() -> str:
    return translate("OpsLesson", "data unchanged")


def renamed(same: bool) -> str:
    if same:
        return translate("OpsLesson", "already float32: the same tensor")
    return translate("OpsLesson", "data now names a new tensor")


def failed(error_type: str) -> str:
    return translate("OpsLesson", "failed: {0}, data unchanged").format(error_type)


def memory(letter: str) -> str:
    return translate("OpsLesson", "memory {0}").format(letter)


def chain_note() -> str:
    return translate(
        "OpsLesson",
        "Letters name blocks of memory: the same letter is the same data_ptr(). An in-place "
        "call writes into data's own block and returns data itself; a call without _ "
        "makes a new tensor in a new block.",
    )
