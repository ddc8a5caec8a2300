"""Background work for lessons: a QThreadPool, results tagged with generation numbers.

``worker.submit("trace", fn)`` runs ``fn()`` on a pool thread and delivers
``finished(channel, result)`` on the GUI thread. Each channel counts its submissions
(generation numbers); a result whose generation is no longer the channel's latest is dropped (a
late answer for an old slider value must never overwrite a newer one), and a task that is
already stale when its turn comes does not run at all.

torch errors become :class:`~tensorviz.core.errors.TorchError` results; anything else is
delivered as the exception object so the GUI thread can decide (nothing is lost silently).
``submit(..., passthrough=(LiteralError,))`` delivers the listed exception types as they
are, even where they are torch-like (``LiteralError`` is a ``ValueError``): a refusal of
the input is then shown as one, not as torch's error.

The worker may go (its lesson deleted, or collected by Python) while a task runs: the
task then finishes, and its result is dropped; nothing is emitted on a deleted object.

When Python exits, every worker's queued tasks are dropped and the running ones waited for
(:func:`shutdown_all`, run by ``atexit``): a pool thread still inside torch when the
interpreter finalizes is stopped by ``pthread_exit`` as it asks for the GIL, the unwind meets
torch's ``noexcept`` destructors and the process aborts ("terminate called without an active
exception"), as quitting the app or ending a test run during a descent sweep did.
"""

from __future__ import annotations

import atexit
import contextlib
import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from tensorviz.core.errors import TORCH_EXCEPTIONS, TorchError
from tensorviz.ui import torch_import


class _Signals(QObject):
    done = Signal(str, int, object)


class _Task(QRunnable):
    def __init__(
        self,
        owner: Worker,
        channel: str,
        generation: int,
        fn: Callable[[], object],
        passthrough: tuple[type[BaseException], ...] = (),
    ):
        super().__init__()
        self._owner = owner
        self._signals = owner._signals
        self._channel = channel
        self._generation = generation
        self._fn = fn
        self._passthrough = passthrough

    def run(self) -> None:
        if not self._owner.is_current(self._channel, self._generation):
            return  # superseded before it started: skip the work entirely
        torch_import.spare_a_core()  # this pool thread leaves the window a core
        try:
            result: object = self._fn()
        except self._passthrough as exc:
            result = exc
        except TORCH_EXCEPTIONS as exc:
            result = TorchError.from_exception(exc)
        except Exception as exc:  # delivered, not swallowed
            result = exc
        # RuntimeError: the worker's owner was deleted while this ran; nobody is left to tell
        with contextlib.suppress(RuntimeError):
            self._signals.done.emit(self._channel, self._generation, result)


class Worker(QObject):
    """One background thread (tasks run in order) with per-channel generation numbers."""

    finished = Signal(str, object)  # channel, result; only current results arrive

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._signals = _Signals()
        self._signals.done.connect(self._on_done)
        self._latest: dict[str, int] = {}
        self._pending: dict[str, int] = {}
        _live.add(self)

    def submit(
        self,
        channel: str,
        fn: Callable[[], object],
        *,
        passthrough: tuple[type[BaseException], ...] = (),
    ) -> int:
        """Queue ``fn``; any earlier task of ``channel`` becomes stale. Returns its generation.

        An exception of a ``passthrough`` type is delivered as it is (not as a TorchError).
        """
        generation = self._latest.get(channel, 0) + 1
        self._latest[channel] = generation
        self._pending[channel] = generation
        self._pool.start(_Task(self, channel, generation, fn, passthrough))
        return generation

    def cancel(self, channel: str) -> None:
        """Make the channel's queued or running task stale (its result will be dropped)."""
        self._latest[channel] = self._latest.get(channel, 0) + 1
        self._pending.pop(channel, None)

    def is_current(self, channel: str, generation: int) -> bool:
        return self._latest.get(channel) == generation

    def busy(self, channel: str | None = None) -> bool:
        """Whether a current result is still to come (for ``channel``, or any)."""
        return channel in self._pending if channel is not None else bool(self._pending)

    def wait(self, msecs: int = 30000) -> None:
        """Block until queued work is done and its results have been delivered."""
        self._pool.waitForDone(msecs)
        QCoreApplication.sendPostedEvents(self._signals)
        QCoreApplication.processEvents()

    def settle(self, msecs: int = 30000) -> None:
        """Like :meth:`wait`, again while a delivered result submitted new work."""
        for _ in range(100):
            self.wait(msecs)
            if not self._pending:
                return

    def _on_done(self, channel: str, generation: int, result: object) -> None:
        if not self.is_current(channel, generation):
            return
        self._pending.pop(channel, None)
        self.finished.emit(channel, result)

    def shutdown(self, msecs: int = -1) -> None:
        """Drop the queued tasks and wait for the running one (at most ``msecs``)."""
        self.drop_queued()
        self._pool.waitForDone(msecs)

    def drop_queued(self) -> None:
        """Make every channel's task stale and drop those not begun; a running one finishes
        (its result dropped)."""
        for channel in list(self._latest):
            self.cancel(channel)
        self._pool.clear()


_live: weakref.WeakSet[Worker] = weakref.WeakSet()


#: How long leaving waits for a running task (a task never checks whether it was cancelled;
#: the lessons' inputs are bounded so that none runs this long).
EXIT_WAIT_MS = 10_000


def shutdown_all(workers: Iterable[Worker] | None = None) -> None:
    """Drop the queued tasks of every live worker (or of ``workers``), and then wait for
    their running ones: all are told before any is waited for, so that none starts another
    task meanwhile."""
    workers = list(_live if workers is None else workers)
    for worker in workers:
        with contextlib.suppress(RuntimeError):  # its Qt object is gone: so are its threads
            worker.drop_queued()
    for worker in workers:
        with contextlib.suppress(RuntimeError):
            worker._pool.waitForDone(EXIT_WAIT_MS)  # their queues dropped above


atexit.register(shutdown_all)
