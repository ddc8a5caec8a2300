"""All Qt code of tensorviz."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # PySide6 6.12 built for Python 3.11 returns None from void methods (QPainter.setPen,
    # drawRect, QImage.fill ...) without adding a reference, so every call takes one
    # reference from None; after a few thousand calls (one paint of a 4-D grid) Python aborts
    # with "none_dealloc: deallocating None". Python 3.12 made None immortal (PEP 683); give
    # it the same effectively unlimited count here. ob_refcnt is PyObject's first field.
    import ctypes

    _refcnt = ctypes.c_ssize_t.from_address(id(None))
    if _refcnt.value < 1 << 40:
        _refcnt.value += 1 << 42
    del _refcnt
    # The same for True and False: Signal.emit() returns True without adding a reference, so
    # every emit from Python (pyqtgraph emits on each setData) takes one from True; a dragged
    # slider aborts with "bool_dealloc: deallocating True or False" after a few thousand.
    for _singleton in (True, False):
        _refcnt = ctypes.c_ssize_t.from_address(id(_singleton))
        if _refcnt.value < 1 << 40:
            _refcnt.value += 1 << 42
        del _refcnt
    del _singleton
