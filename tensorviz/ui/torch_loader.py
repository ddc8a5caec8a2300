"""Tell a lesson when torch is in (issue 16).

Importing torch is the longest part of start-up (0.8-2.3 s on a small machine). It runs on a
thread of its own (:mod:`tensorviz.ui.torch_import`), which the window starts once it has
painted itself and its first lesson. A lesson built before that shows its controls, disabled,
and computes its first result when its :class:`TorchLoader` says ``ready``. Nothing on the GUI
thread should use torch in between (it would wait for the loading thread under the import
lock): the core modules a lesson imports touch torch only when called
(``tensorviz.core._torch``).
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
        self._listening = False
        # torch imports more on first use, on the lessons' workers (also when it is in already)
        torch_import.skip_pysides_source_scan()
        # queued also when emitted on the GUI thread (an import that ended before listen()
        # asked): ready and failed then reach a lesson that has finished building itself
        self._loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)

    def is_ready(self) -> bool:
        return self._done

    def listen(self) -> None:
        """Say ``ready`` when torch is in, imported by whoever starts it."""
        if self._done or self._listening:
            return
        self._listening = True
        if not torch_import.when_done(self._loaded.emit):  # it ended before we asked
            self._loaded.emit()

    def wait(self) -> None:
        """Block until torch is in, importing it now if nobody has begun to (tests,
        screenshots, a state or step given on the command line: they need a lesson now).
        Raises what the import raised."""
        torch_import.start()
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
