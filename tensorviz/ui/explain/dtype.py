"""Why torch refused what the dtype lesson asked (translation context ``DtypeLesson``).

Two tables: one for the conversion chain, one for moving a tensor to the device asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.explain import Explainer

translate = QCoreApplication.translate

#: Creating the tensor and converting it, line by line.
CHAIN = Explainer(
    [
        (
            r"without overflow",
            lambda: translate(
                "DtypeLesson",
                "torch.tensor(data, dtype=...) checks that every value fits the dtype, and "
                "this one does not (see the Table of dtypes tab for the ranges). Converting "
                "an existing tensor with .type() or .to() does not check: it wraps around.",
            ),
        ),
    ]
)

#: ``x.to(device)`` for the device typed in the Device box.
DEVICES = Explainer(
    [
        (
            # a torch built without CUDA, or one with CUDA but no usable GPU or driver
            r"Torch not compiled with CUDA enabled|NVIDIA driver|No CUDA GPUs are available"
            r"|no CUDA-capable device|CUDA driver",
            lambda: translate(
                "DtypeLesson",
                "This machine has no GPU that torch can use, so every tensor lives on the "
                "CPU here. The error above is torch's real answer; on a machine with a GPU "
                "the same code moves the tensor.",
            ),
        ),
        (
            r"device type at start of device string|Invalid device string",
            lambda: translate(
                "DtypeLesson",
                "torch knows no device by this name. A device is written as its type, "
                "optionally with a number: cpu, cuda, cuda:0, mps, meta. torch's message "
                "lists every type it knows.",
            ),
        ),
        (
            # a GPU's number past the last one (cuda:1 where there is one GPU): CUDA's words
            r"invalid device ordinal",
            lambda: translate(
                "DtypeLesson",
                "The number after cuda: picks one GPU, counting from 0, and this machine has "
                "no GPU with that number: torch.cuda.device_count() says how many there are "
                "(the Devices tab lists the devices torch reports).",
            ),
        ),
        (
            r"not linked with support for",
            lambda: translate(
                "DtypeLesson",
                "torch knows this kind of device, but this build of torch cannot use it "
                "(mps, for one, exists only on Apple computers). The tensor stays on the CPU.",
            ),
        ),
    ]
)
