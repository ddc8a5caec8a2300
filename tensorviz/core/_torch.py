"""``torch`` for the core modules, imported when first used (issue 16).

The window builds its first lesson (controls, labels, an empty picture) while torch is still
being imported on another thread, and a lesson imports ``tensorviz.core`` modules: one that ran
``import torch`` when imported would make the window wait there for the whole import. So core
modules write ``from tensorviz.core._torch import torch``. That binds a stand-in whose first
attribute imports torch (waiting for the other thread's import, if one is under way) and then
puts the real module in the stand-in's place in every module that holds it, so that from then
on ``torch.x`` costs what it always did.

Hence a core module touches no torch attribute when it is imported: its tables hold torch's
names (``"float32"``), turned into torch's objects where they are used. The test
``tests/ui/test_lessons_before_torch.py`` builds every lesson with torch unimportable.
"""

from __future__ import annotations

import sys
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any

_lock = threading.Lock()


class _Deferred:
    """Stands for ``torch`` until its first attribute is asked for."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        global _real
        if _real is None:
            import torch

            _put_in_place(torch)
            _real = torch
        return getattr(_real, name)

    def __repr__(self) -> str:
        return "<torch, imported on first use>"


def _put_in_place(real: ModuleType) -> None:
    """Bind the real torch wherever a tensorviz module holds the stand-in."""
    with _lock:
        for name, module in sys.modules.copy().items():
            held = getattr(module, "__dict__", None) if name.startswith("tensorviz.") else None
            if held is not None and held.get("torch") is _stand_in:
                module.torch = real


_stand_in = _Deferred()
_real: ModuleType | None = None  # torch, once in place: a holder missed still pays little

if TYPE_CHECKING:
    import torch
else:
    torch = _stand_in
