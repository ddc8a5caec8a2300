"""pyqtgraph's mirror of Qt, filled as it is used instead of all at once (issue 16).

``pyqtgraph.Qt`` keeps modules of its own, ``pyqtgraph.Qt.QtCore``, ``QtGui`` and ``QtWidgets``,
and on import copies into them every name of PySide6's (``_copy_attrs``: ``getattr`` of each of
``dir(PySide6.QtCore)``...). PySide6 makes a class only when it is first asked for, so that copy
makes all ~720 of them: 90 ms in a fresh interpreter, 50-60 ms of descent's start-up with the
GIL held, the largest part of importing pyqtgraph (the window has made the classes it uses).

:func:`install` (run when ``tensorviz.ui`` is imported) has ``pyqtgraph.Qt`` imported with the
three PySide6 modules listing no names (their ``__dir__``), so that nothing is copied, and each
mirror finds a name it lacks in PySide6's module when it is first asked for (a module
``__getattr__``, PEP 562), and keeps it. pyqtgraph's own additions to its mirrors are set as
before. Where pyqtgraph would take another binding (``PYQTGRAPH_QT_LIB``, PyQt6 imported), or
is in already, nothing changes. No Qt is imported here.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.machinery
import os
import sys
import types
from collections.abc import Iterable, Iterator

from tensorviz.ui import importing

#: pyqtgraph's mirrors, each of PySide6's module of that name
MIRRORED = ("QtCore", "QtGui", "QtWidgets")
PACKAGE = "pyqtgraph.Qt"


def install() -> None:
    """pyqtgraph's Qt mirrored lazily whenever it is imported (once per process)."""
    if FINDER not in sys.meta_path:
        importing.install(FINDER)


def _takes_pyside6() -> bool:
    """pyqtgraph will take PySide6, as its Qt/__init__ chooses: the binding named in
    ``PYQTGRAPH_QT_LIB``, else PyQt6 where it is imported, else PySide6 where it is (where
    neither is, pyqtgraph tries to import one: left to it)."""
    named = os.environ.get("PYQTGRAPH_QT_LIB")
    if named is not None:
        return named == "PySide6"
    return "PySide6" in sys.modules and "PyQt6" not in sys.modules


class _MirrorsLazily(importlib.machinery.SourceFileLoader):
    """Loads ``pyqtgraph.Qt`` with its mirrors made first, each finding names in PySide6's
    module when asked, and with PySide6's modules listing none meanwhile."""

    def exec_module(self, module: types.ModuleType) -> None:
        sources = [importlib.import_module(f"PySide6.{name}") for name in MIRRORED]
        for name, source in zip(MIRRORED, sources, strict=True):
            mirror = importlib.import_module(f"{module.__name__}.{name}")  # empty packages
            mirror.__getattr__ = _finding_in(mirror, source)
            mirror.__dir__ = _listing(mirror, source)
        with _listing_nothing(sources):
            super().exec_module(module)


#: asked for ``pyqtgraph.Qt`` alone, and only where pyqtgraph will take PySide6
FINDER = importing.LoadsWith(
    importlib.machinery.SourceFileLoader,
    _MirrorsLazily,
    lambda name: name == PACKAGE and _takes_pyside6(),
)


def _finding_in(mirror: types.ModuleType, source: types.ModuleType):
    def __getattr__(name: str):
        value = getattr(source, name)  # AttributeError where PySide6 has no such name
        setattr(mirror, name, value)  # found once: later uses are plain attribute reads
        return value

    return __getattr__


def _listing(mirror: types.ModuleType, source: types.ModuleType):
    def __dir__() -> list[str]:  # its own names and PySide6's, as the copy had (none made)
        return sorted(set(vars(mirror)) | set(dir(source)))

    return __dir__


@contextlib.contextmanager
def _listing_nothing(modules: Iterable[types.ModuleType]) -> Iterator[None]:
    """Within: ``dir()`` of each of ``modules`` is empty (their own ``__dir__`` back after)."""
    missing = object()
    saved = [(m, m.__dict__.get("__dir__", missing)) for m in modules]
    for module, _ in saved:
        module.__dir__ = list
    try:
        yield
    finally:
        for module, before in saved:
            if before is missing:
                del module.__dir__
            else:
                module.__dir__ = before
