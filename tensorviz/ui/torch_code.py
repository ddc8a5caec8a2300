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
(``importlib.util.cache_from_source``, opened as Python opens it), checked against its source
as Python checks it (the source's modification time and size in its header) when read and its
source looked at again when taken, and taken only for the module whose source Python's own
path finder finds there; anything else (no list yet, torch upgraded, hash-checked ``.pyc``, a
source changed, a list that is no plain file or too big) is imported as Python always does.
No Qt here.
"""

from __future__ import annotations

import _imp
import contextlib
import functools
import importlib.machinery
import importlib.util
import io
import marshal
import os
import stat
import sys
import types
from collections.abc import Callable, Iterator
from typing import NamedTuple

from tensorviz.ui import importing

_read: dict[str, _Code] = {}  # source path -> its code, read ahead
_listed: list[str] = []  # the list read_ahead read


def modules_file() -> str:
    """The list of torch's modules: in ``$TENSORVIZ_CACHE``, else in the user's cache folder
    (``$XDG_CACHE_HOME/tensorviz``, ``~/.cache/tensorviz``), one for each torch installed (a
    lecturer's environments, each with its torch, do not overwrite each other's)."""
    folder = os.environ.get("TENSORVIZ_CACHE")
    if not folder:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "tensorviz")
    key = 0xCBF29CE484222325  # FNV-1a of torch's folder: the same in every process
    for byte in os.fsencode(torch_folder() or ""):
        key = ((key ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return os.path.join(folder, f"torch-modules-{key:016x}.txt")


@functools.cache
def torch_folder() -> str | None:
    """torch's package folder (with a trailing separator), found as ``import torch`` finds
    it; None where there is no torch."""
    try:
        spec = importlib.util.find_spec("torch")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return os.path.join(os.path.abspath(spec.submodule_search_locations[0]), "")


def _listed_modules() -> list[str]:
    """The list kept by the last start; empty where there is none or it is not a plain file
    of a sensible size (a pipe would block the import, a huge file fill the memory)."""
    path = modules_file()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return []
        with open(path, "rb") as f:
            data = f.read(LIST_LIMIT + 1)
    except OSError:
        return []
    if len(data) > LIST_LIMIT:
        return []
    return data.decode("utf-8", "replace").splitlines()


#: the list's largest size read (torch 2.13's is 64 KiB)
LIST_LIMIT = 1 << 20


def read_ahead(loading: Callable[[], bool]) -> int:
    """Read the code of the modules listed, in their order, while ``loading()`` says torch's
    libraries still load; returns how many were read."""
    global _listed
    _listed = _listed_modules()
    folder = torch_folder() if _listed else None
    if folder is None:
        return 0
    for source in _listed:
        if not loading():
            break
        if source.startswith(folder) and source not in _read:
            found = read_code(source)
            if found is not None:
                _read[source] = found
    return len(_read)


def read_code(source: str) -> _Code | None:
    """The code compiled from ``source`` that Python would run, as Python reads and checks
    it, with the source's stamp it was checked against; None where Python would compile the
    source again (or has no compiled code)."""
    try:
        compiled = importlib.util.cache_from_source(source)
        stamp = _stamp(source)
        with io.open_code(compiled) as f:  # as Python's loader opens it (audit hooks)
            data = f.read()
    except (OSError, NotImplementedError, ValueError):
        return None
    if (
        len(data) < 16
        or data[:4] != importlib.util.MAGIC_NUMBER
        or int.from_bytes(data[4:8], "little") != 0  # checked by hash: left to Python
        or int.from_bytes(data[8:12], "little") != stamp[0] & 0xFFFFFFFF
        or int.from_bytes(data[12:16], "little") != stamp[1] & 0xFFFFFFFF
    ):
        return None
    try:
        code = marshal.loads(memoryview(data)[16:])
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(code, types.CodeType):
        return None
    _imp._fix_co_filename(code, source)  # as Python does: the source's path, wherever compiled
    return _Code(code, stamp)


def _stamp(source: str) -> tuple[int, int]:
    """What Python checks a compiled module against: its source's whole-second modification
    time and its size."""
    st = os.stat(source)
    return int(st.st_mtime), st.st_size


class _Code(NamedTuple):
    code: types.CodeType
    stamp: tuple[int, int]  # the source's, when the code was read


@contextlib.contextmanager
def taking_code_read() -> Iterator[None]:
    """Within: this thread's imports of torch's modules take the code read ahead. What was
    read and not taken is dropped at the end."""
    try:
        with importing.loading_with(
            importlib.machinery.SourceFileLoader, _CodeRead, lambda spec: spec.origin in _read
        ):
            yield
    finally:
        _read.clear()


class _CodeRead(importlib.machinery.SourceFileLoader):
    """Loads the code read ahead, where its source is still as it was then (a torch upgraded
    meanwhile is imported as Python always does)."""

    def get_code(self, fullname):
        found = _read.pop(self.path, None)
        with contextlib.suppress(OSError):
            if found is not None and _stamp(self.path) == found.stamp:
                return found.code
        return super().get_code(fullname)


def remember() -> None:
    """Keep the list of torch's modules imported now, in their order, for the next start
    (where it changed: a first start, another torch)."""
    folder = torch_folder()
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
    if not sources or sources == (_listed or _listed_modules()):
        return
    import tempfile  # not at start-up: torch imports it

    path = modules_file()
    scratch = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle, scratch = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".torch-modules-")
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            f.write("\n".join(sources) + "\n")
        os.replace(scratch, path)  # whole, also with two windows starting at once
        scratch = None
    except (OSError, ValueError):  # no cache folder to write, a path not in UTF-8
        pass
    finally:
        if scratch is not None:
            with contextlib.suppress(OSError):
                os.remove(scratch)
