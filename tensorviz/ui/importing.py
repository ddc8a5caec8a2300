"""A module loaded by a loader of our own, found as Python's path finder finds it (issue 16).

Three parts of start-up need it: torch's modules take the code read ahead
(``torch_code.taking_code_read``), the standard library's extension modules imported while
torch's libraries load wait for them (``torch_import._import_while_loading``), and
``pyqtgraph.Qt`` is loaded with its copy of Qt made lazily (``pyqtgraph_qt``). Each is a
:class:`LoadsWith`: asked only for the modules it is for, it finds them with Python's own path
finder and swaps the loader Python would use for a subclass of it. No Qt here.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.machinery
import sys
import threading
from collections.abc import Callable, Iterator


class LoadsWith(importlib.abc.MetaPathFinder):
    """A module ``asked(name)`` for, that the loader class ``plain`` would load (and
    ``wanted(spec)``), is loaded by ``instead``, made as ``plain`` is (the module's name and
    path). ``asked`` looks at the name alone, before any search: every import asks it."""

    def __init__(
        self,
        plain: type[importlib.abc.Loader],
        instead: type[importlib.abc.Loader],
        asked: Callable[[str], bool],
        wanted: Callable[[importlib.machinery.ModuleSpec], bool] = lambda spec: True,
    ) -> None:
        self._plain, self._instead = plain, instead
        self._asked, self._wanted = asked, wanted

    def find_spec(self, name, path, target=None):
        if not self._asked(name):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        loader = spec.loader if spec is not None else None
        if type(loader) is self._plain and self._wanted(spec):
            spec.loader = self._instead(loader.name, loader.path)
        return spec


@contextlib.contextmanager
def loading_with(
    plain: type[importlib.abc.Loader],
    instead: type[importlib.abc.Loader],
    wanted: Callable[[importlib.machinery.ModuleSpec], bool] = lambda spec: True,
) -> Iterator[None]:
    """Within: this thread's imports of modules that ``plain`` would load (and ``wanted``)
    load them with ``instead``. Other threads' imports are Python's."""
    thread = threading.current_thread()
    finder = LoadsWith(plain, instead, lambda name: threading.current_thread() is thread, wanted)
    with finding(finder):
        yield


@contextlib.contextmanager
def finding(finder: importlib.abc.MetaPathFinder) -> Iterator[None]:
    """``finder`` asked before Python's path finder, within (:func:`install`, until the end)."""
    install(finder)
    try:
        yield
    finally:
        after = list(sys.meta_path)
        mine = next((i for i, f in enumerate(after) if f is finder), None)
        if mine is not None:
            del after[mine]
            sys.meta_path = after


def install(finder: importlib.abc.MetaPathFinder) -> None:
    """``finder`` asked before Python's path finder from now on. ``sys.meta_path`` is
    replaced, never changed in place: an import on another thread walks the list it took,
    and a finder removed from under it had shifted the rest, so that it skipped the path
    finder and failed."""
    before = sys.meta_path
    position = next(
        (i for i, f in enumerate(before) if f is importlib.machinery.PathFinder), len(before)
    )
    sys.meta_path = [*before[:position], finder, *before[position:]]
