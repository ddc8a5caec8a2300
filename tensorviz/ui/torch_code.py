"""torch's compiled code, read while its libraries load (issue 16).

Importing torch's ~700 Python modules reads each one's compiled code (``__pycache__/*.pyc``)
and unmarshals it: ~120 ms of the import's ~600 ms of Python, with the GIL held. Until torch's
C++ libraries are in, the import cannot begin, and the GUI thread has finished building the
lesson: the GIL is free. :func:`read_ahead` reads then, in the order torch imports them, the
modules the last import of torch imported (:func:`remember` keeps that list in the user's
cache folder), and the import takes the code read (:func:`taking_code_read`), not read again.
create's, shape's and dtype's first result came 65-85 ms sooner (startup.py, interleaved:
1.12-1.14 -> 1.03-1.05 x the floor).

The code is what Python itself would run: read from the file Python would read
(``importlib.util.cache_from_source``), checked against its source as Python checks it (the
source's modification time and size in its header), and taken only for the module whose
source Python's own path finder finds there; anything else (no list yet, torch upgraded,
hash-checked ``.pyc``, a source changed) is imported as Python always does. No Qt here.
"""

from __future__ import annotations

import _imp
import contextlib
import importlib.abc
import importlib.machinery
import importlib.util
import marshal
import os
import sys
import threading
import types
from collections.abc import Callable, Iterator

_read: dict[str, types.CodeType] = {}  # source path -> its code, read ahead
_listed: list[str] = []  # the list read_ahead read


def modules_file() -> str:
    """The list of torch's modules: ``$TENSORVIZ_CACHE``, else the user's cache folder."""
    folder = os.environ.get("TENSORVIZ_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser(os.path.join("~", ".cache")),
        "tensorviz",
    )
    return os.path.join(folder, "torch-modules.txt")


def _torch_folder() -> str | None:
    try:
        spec = importlib.util.find_spec("torch")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.join(os.path.abspath(spec.submodule_search_locations[0]), "")


def read_ahead(loading: Callable[[], bool]) -> int:
    """Read the code of the modules listed, in their order, while ``loading()`` says torch's
    libraries still load; returns how many were read."""
    global _listed
    try:
        with open(modules_file(), encoding="utf-8") as f:
            _listed = f.read().splitlines()
    except (OSError, ValueError):
        return 0
    folder = _torch_folder()
    if folder is None:
        return 0
    for source in _listed:
        if not loading():
            break
        if source.startswith(folder) and source not in _read:
            code = read_code(source)
            if code is not None:
                _read[source] = code
    return len(_read)


def read_code(source: str) -> types.CodeType | None:
    """The code compiled from ``source`` that Python would run, as Python reads and checks
    it; None where Python would compile the source again (or has no compiled code)."""
    try:
        compiled = importlib.util.cache_from_source(source)
        stat = os.stat(source)
        with open(compiled, "rb") as f:
            data = f.read()
    except (OSError, NotImplementedError, ValueError):
        return None
    if (
        len(data) < 16
        or data[:4] != importlib.util.MAGIC_NUMBER
        or int.from_bytes(data[4:8], "little") != 0  # checked by hash: left to Python
        or int.from_bytes(data[8:12], "little") != int(stat.st_mtime) & 0xFFFFFFFF
        or int.from_bytes(data[12:16], "little") != stat.st_size & 0xFFFFFFFF
    ):
        return None
    try:
        code = marshal.loads(memoryview(data)[16:])
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(code, types.CodeType):
        return None
    _imp._fix_co_filename(code, source)  # as Python does: the source's path, wherever compiled
    return code


@contextlib.contextmanager
def taking_code_read() -> Iterator[None]:
    """Within: this thread's imports of torch's modules take the code read ahead. What was
    read and not taken is dropped at the end."""
    finder = _TakesCodeRead(threading.current_thread())
    position = next(
        (i for i, f in enumerate(sys.meta_path) if f is importlib.machinery.PathFinder),
        len(sys.meta_path),
    )
    sys.meta_path.insert(position, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        _read.clear()


class _TakesCodeRead(importlib.abc.MetaPathFinder):
    """Finds torch's modules as Python's path finder does; a module whose code was read
    ahead is loaded with it."""

    def __init__(self, thread: threading.Thread) -> None:
        self._thread = thread

    def find_spec(self, name, path, target=None):
        if not _read or threading.current_thread() is not self._thread:
            return None
        if name != "torch" and not name.startswith("torch."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        loader = spec.loader if spec is not None else None
        if type(loader) is importlib.machinery.SourceFileLoader and spec.origin in _read:
            spec.loader = _CodeRead(loader.name, loader.path)
        return spec


class _CodeRead(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname):
        code = _read.pop(self.path, None)
        return code if code is not None else super().get_code(fullname)


def remember() -> None:
    """Keep the list of torch's modules imported now, in their order, for the next start
    (where it changed: a first start, another torch)."""
    folder = _torch_folder()
    if folder is None:
        return
    sources = []
    for name, module in list(sys.modules.items()):
        if (name == "torch" or name.startswith("torch.")) and isinstance(module, types.ModuleType):
            source = module.__dict__.get("__file__")
            if isinstance(source, str) and source.endswith(".py") and source.startswith(folder):
                sources.append(source)
    # in the order they began to run: torch's own first (it puts itself back in sys.modules
    # once it is in, after the modules it imported)
    package = os.path.join(folder, "__init__.py")
    if package in sources:
        sources.remove(package)
        sources.insert(0, package)
    if sources == _listed or not sources:
        return
    path = modules_file()
    with contextlib.suppress(OSError):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        scratch = f"{path}.{os.getpid()}"
        with open(scratch, "w", encoding="utf-8") as f:
            f.write("\n".join(sources) + "\n")
        os.replace(scratch, path)  # whole, also with two windows starting at once
