"""A call that may come faster than it is worth making (the code pane while a slider is
dragged): the first call of a burst runs at once, the rest of the burst becomes one call with the
latest arguments, made once the burst has been quiet for ``interval_ms``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Debounced(QObject):
    """``debounced(*args)`` calls ``fn(*args)`` now, unless a call came less than
    ``interval_ms`` ago: then only the latest arguments are kept, for when the calls pause.
    :meth:`flush` makes the kept call at once (screenshots, tests)."""

    def __init__(
        self, fn: Callable[..., None], interval_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fn = fn
        self._args: tuple | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def __call__(self, *args) -> None:
        if self._timer.isActive():
            self._args = args
        else:
            self._args = None
            self._fn(*args)
        self._timer.start()  # the burst goes on: wait for a pause again

    def pending(self) -> bool:
        """Whether a call is kept for later."""
        return self._args is not None

    def flush(self) -> None:
        """Make the kept call now; the next call then runs at once."""
        self._timer.stop()
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        if self._args is not None:
            args, self._args = self._args, None
            self._fn(*args)
