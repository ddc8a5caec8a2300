"""Tell the window when torch is in (issue 16).

Importing torch is the longest part of start-up (1.0-2.3 s on a small machine). It runs on a
thread of its own (:mod:`tensorviz.ui.torch_import`, started by :meth:`TorchLoader.start`). The
shell (window, lesson list, menus) imports no torch, so it can show and paint meanwhile; the
first lesson is built when :class:`TorchLoader` says ``ready``. Nothing on the GUI thread may
import torch in between (it would wait for the loading thread under the import lock): lessons
are built only through :meth:`TorchLoader.wait` or after ``ready``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from tensorviz.ui import torch_import


class TorchLoader(QObject):
    """``ready`` is emitted once, on the GUI thread, when torch has been imported."""

    ready = Signal()
    failed = Signal(str)  # torch could not be imported: what it raised
    _loaded = Signal()  # from the loading thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = torch_import.done() and torch_import.error() is None
        self._raised = False  # the import's error was raised once (by wait)
        # torch imports more on first use, on the lessons' workers (also when it is in already)
        torch_import.spare_threads_pysides_source_scan()
        # queued also when emitted on the GUI thread (an import that ended before start()
        # asked): ready and failed then reach a window that has finished building itself
        self._loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)

    def is_ready(self) -> bool:
        return self._done

    def start(self) -> None:
        """Begin importing torch (if nobody has) and say ``ready`` when it is in."""
        if self._done:
            return
        torch_import.start()
        if not torch_import.when_done(self._loaded.emit):  # it ended before we asked
            self._loaded.emit()

    def wait(self) -> None:
        """Block until torch is in (tests, screenshots, a state or step given on the command
        line: they need a lesson now). Raises what the import raised."""
        torch_import.wait()
        self._finish()

    def _on_loaded(self) -> None:
        if torch_import.error() is not None:  # kept for wait() to raise; nothing escapes here
            error = torch_import.error()
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self._finish()

    def _finish(self) -> None:
        error = torch_import.error()
        if error is not None and not self._raised:
            self._raised = True
            raise error
        if not self._done:
            self._done = True
            self.ready.emit()
