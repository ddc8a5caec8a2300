"""Import torch off the GUI thread, so the window shows while it loads (issue 16).

Importing torch is the longest part of start-up (1.3-2.3 s on a small machine). The shell
(window, lesson list, menus) imports no torch, so it can show and paint meanwhile; the first
lesson is built when :class:`TorchLoader` says ``ready``. Nothing on the GUI thread may import
torch in between (it would wait for the loading thread under the import lock): lessons are built
only through :meth:`TorchLoader.wait` or after ``ready``.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal


class TorchLoader(QObject):
    """``ready`` is emitted once, on the GUI thread, when torch has been imported."""

    ready = Signal()
    failed = Signal(str)  # torch could not be imported: what it raised
    _loaded = Signal()  # from the loading thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._done = "torch" in sys.modules
        self._error: BaseException | None = None
        self._loaded.connect(self._on_loaded)

    def is_ready(self) -> bool:
        return self._done

    def start(self) -> None:
        """Begin importing torch on a thread of its own (nothing to do when it is in)."""
        if self._done or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._import, name="import torch", daemon=True)
        self._thread.start()

    def _import(self) -> None:
        try:
            import numpy  # noqa: F401  (torch imports it; the lessons' pictures use it)
            import torch  # noqa: F401
        except BaseException as exc:  # shown on the GUI thread by wait()/ready's receiver
            self._error = exc
        self._loaded.emit()

    def wait(self) -> None:
        """Block until torch is in (tests, screenshots, a state or step given on the command
        line: they need a lesson now). Raises what the import raised."""
        if self._thread is not None:
            self._thread.join()
        self._finish()

    def _on_loaded(self) -> None:
        if self._error is not None:  # kept for wait() to raise; nothing escapes to Qt here
            self.failed.emit(f"{type(self._error).__name__}: {self._error}")
            return
        self._finish()

    def _finish(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if not self._done:
            self._done = True
            self.ready.emit()
