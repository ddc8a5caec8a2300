"""The dtype lesson's words, in the current language (translation context ``DtypeLesson``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


# -- controls ------------------------------------------------------------------------------
def values_box() -> str:
    return translate("DtypeLesson", "Start: torch.tensor(values, dtype=...)")


def values_label() -> str:
    return translate("DtypeLesson", "Values")


def values_tip() -> str:
    return translate("DtypeLesson", "A number or nested lists, e.g. [1.5, 300, -2]")


def dtype_label() -> str:
    return translate("DtypeLesson", "dtype=")


def inferred() -> str:
    return translate("DtypeLesson", "inferred")


def steps_box() -> str:
    return translate("DtypeLesson", "Conversions, in order")


def add() -> str:
    return translate("DtypeLesson", "Add")


def remove() -> str:
    return translate("DtypeLesson", "Remove")


def up_tip() -> str:
    return translate("DtypeLesson", "Move the selected conversion up")


def down_tip() -> str:
    return translate("DtypeLesson", "Move the selected conversion down")


def step_dtype_tip() -> str:
    return translate("DtypeLesson", "The dtype for .type(...) and .to(dtype=...)")


def conversion_field() -> str:
    return translate("DtypeLesson", "Conversion")


def device_box() -> str:
    return translate("DtypeLesson", "Device")


def device_label() -> str:
    return translate("DtypeLesson", "Move to")


def device_tip() -> str:
    return translate(
        "DtypeLesson", "A device name: cpu, cuda, cuda:0, mps... (shown in the Devices tab)"
    )


def hint() -> str:
    return translate(
        "DtypeLesson",
        "Click a column of the conversion table to see that element's float bits. "
        "Fewer bits mean fewer exponent bits (a smaller range) and fewer mantissa "
        "bits (fewer exact digits).",
    )


def tab_titles() -> tuple[str, str, str]:
    return (
        translate("DtypeLesson", "Conversions"),
        translate("DtypeLesson", "Table of dtypes"),
        translate("DtypeLesson", "Devices"),
    )


# -- the chain -----------------------------------------------------------------------------
def chain_title() -> str:
    return translate(
        "DtypeLesson",
        "Each line converts the tensor of the line above. Tinted cells are the "
        "elements that line changed; the symbol says how. Hover a cell for the exact "
        "values.",
    )


def refused_note(failed_code: str, shown: bool) -> str:
    """Under the banner's error: what the table shows instead of the refused tensor."""
    if shown:
        return translate(
            "DtypeLesson",
            "torch refused {0}, so there is no such tensor. Below: the same values with "
            "the dtype torch.tensor infers, and the conversions applied to them.",
        ).format(failed_code)
    return translate("DtypeLesson", "torch refused {0}, so there is no tensor to show.").format(
        failed_code
    )


def bits_title(element: str, value: str) -> str:
    return translate(
        "DtypeLesson", "Element {0} as typed, {1}, stored in three float dtypes:"
    ).format(element, value)


def attributes(dtype: str, device: str, shape: str) -> str:
    return translate(
        "DtypeLesson", "At the end:  x.dtype = {0}    x.device = {1}    x.shape = {2}"
    ).format(dtype, device, shape)


def history_heading(element: str) -> str:
    return translate("DtypeLesson", "{0} line by line, exactly:").format(element)


def change_short(kind: str) -> str:
    """What a line did to the element in focus, in two or three words."""
    return {
        "rounded": translate("DtypeLesson", "rounded"),
        "underflow": translate("DtypeLesson", "became 0"),
        "to_inf": translate("DtypeLesson", "became inf"),
        "truncated": translate("DtypeLesson", "fraction cut off"),
        "overflow": translate("DtypeLesson", "wrapped around"),
        "not_finite": translate("DtypeLesson", "undefined"),
        "to_bool": translate("DtypeLesson", "became a bool"),
    }[kind]


# -- the table -----------------------------------------------------------------------------
def table_title() -> str:
    return translate(
        "DtypeLesson",
        "From torch.iinfo (integers) and torch.finfo (floats), read now. More bits "
        "cost more memory and time, and buy range and precision.",
    )


def table_headers() -> list[str]:
    return [
        translate("DtypeLesson", "dtype\n/ also called"),
        translate("DtypeLesson", "bits / bytes"),
        translate("DtypeLesson", "smallest\nlargest"),
        translate("DtypeLesson", "eps"),
        translate("DtypeLesson", "resolution"),
    ]


def table_header_tips() -> dict[int, str]:
    """Tooltips of the table's columns, by column."""
    return {
        1: translate("DtypeLesson", "Each ▮ is one byte (8 bits) of memory per element"),
        3: translate("DtypeLesson", "The gap between 1 and the next larger value the dtype holds"),
        4: translate(
            "DtypeLesson", "finfo.resolution: 10 to the minus the number of exact decimal digits"
        ),
    }


def table_note() -> str:
    return translate(
        "DtypeLesson",
        "Each ▮ is one byte. bool uses a whole byte. float16 and bfloat16 both use "
        "16 bits: float16 spends more on the mantissa (more digits, range only "
        "±65504), bfloat16 more on the exponent (the range of float32, only 2-3 digits).",
    )


# -- devices -------------------------------------------------------------------------------
def device_steps_box() -> str:
    return translate("DtypeLesson", "What torch did")


def meta_note() -> str:
    return translate(
        "DtypeLesson",
        "meta is a device every torch has: its tensors hold a shape and a dtype but "
        "no data. It shows for real, on any machine, that tensors on two different "
        "devices cannot be combined, and the one exception: a 0-d CPU tensor goes "
        "with a tensor on any device, as a plain number does.",
    )


def asking_devices() -> str:
    return translate("DtypeLesson", "Asking torch for its devices...")


def device_status(cuda_available: bool, cuda_built: bool, count: int) -> str:
    if cuda_available:
        return translate("DtypeLesson", "torch sees {0} CUDA GPU(s).").format(count)
    if not cuda_built:
        return translate(
            "DtypeLesson",
            "No GPU here: this torch was built without CUDA, so torch.cuda.is_available() "
            "is False and tensors can only live on the CPU. The calls below are real; "
            "their errors are torch's own.",
        )
    return translate(
        "DtypeLesson",
        "No GPU here: torch.cuda.is_available() is False (no usable NVIDIA GPU or "
        "driver), so tensors can only live on the CPU. The errors below are torch's own.",
    )


def device_list(devices: str, idiom: str) -> str:
    return translate(
        "DtypeLesson", "Devices torch reports now: {0}. The idiom picked device = {1}."
    ).format(devices, idiom)


def device_step(key: str) -> str:
    """What one device step tries."""
    return {
        "idiom": translate("DtypeLesson", '"cuda" if available else "cpu"'),
        "to": translate("DtypeLesson", ".to(device)"),
        "cuda": translate("DtypeLesson", ".cuda()"),
        "create": translate("DtypeLesson", "create on a device"),
        "meet": translate("DtypeLesson", "two devices meet"),
        "meet_meta": translate("DtypeLesson", "two devices meet (meta)"),
        "meet_scalar": translate("DtypeLesson", "a 0-d CPU tensor meets meta"),
    }[key]


def on_device(device: str) -> str:
    return translate("DtypeLesson", "→ on {0}").format(device)
