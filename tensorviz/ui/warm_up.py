"""What the lessons import on first use, imported ahead while the app is idle after start-up.

Imports held the window up in the middle of a lecture, the first time a step needed them
(``tests/bench/lecture_walk.py`` walks the course as a lecturer would):

- pyqtgraph (~160 modules, 0.1 s), on the GUI thread, when the create lesson first shows a
  random tensor's histogram (``torch.rand``, one of the course's first examples): the window
  froze for 0.13-0.2 s. Descent imports it too when first opened.
- ``torch._dynamo`` (~800 modules, sympy's among them), on a lesson's worker, at the first
  operation torch runs in Python on the meta device (the dtype lesson's devices tab): torch
  wraps those kernels to import it on their first call. Its import holds the GIL for up to
  0.1 s at a time (registering operators): the window stalled for 0.15 s while the tab opened,
  and the tab's results came 3 s after the click.
- each lesson, when first opened: its package imported (10-25 ms) and the lesson built with
  its first result (10-90 ms; descent's first step in the course stalled the window 0.19 s).

Once the first lesson's results are in and it has been idle for a moment
(:func:`start_when_idle`), the window's side is imported on the GUI thread, one module per
turn of the event loop, and the other lessons are built, one a turn, hidden (a key pressed
meanwhile waits for one of these at most: descent's build, 0.1-0.17 s); then torch's side is
imported on a thread of its own (:func:`start`), in the background of what the lecturer is
saying. The window's side is not imported on that thread: PySide6 makes its classes when
they are first asked for, and two threads could ask for one at once. And no lesson is built
while it runs: a lesson computing on the GUI thread while another thread held the GIL for
torch's import stalled the window for 1.1-1.7 s.

A lesson's worker importing part of torch while this thread imports another part could each
hold a module the other needs (Python then fails one of the two imports: a concurrent circular
import). So the torch side is imported only while no worker task runs, and a task that starts
meanwhile waits until it is in (:func:`torch_work`, around every task).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import sys
import threading
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer

from tensorviz.ui import torch_import

#: Imported on the GUI thread, one a turn, before the lessons' packages.
WINDOW_FIRST_USE: tuple[str, ...] = ("pyqtgraph",)
#: Imported on the warm-up thread while no worker task runs.
TORCH_FIRST_USE: tuple[str, ...] = ("torch._dynamo",)

#: How often the window is looked at for idleness, and for how many looks in a row it must be.
POLL_MS = 250
IDLE_POLLS = 2

_cond = threading.Condition()
_tasks = 0  # worker tasks running
_importing = False  # the torch side is being imported
_leaving = False  # the interpreter is finalizing: nothing more is begun
_thread: threading.Thread | None = None
_finished = threading.Event()
failed: dict[str, BaseException] = {}  # what could not be imported (the lesson will say why)


@contextlib.contextmanager
def torch_work() -> Iterator[None]:
    """Around a worker task: it waits while torch's side is imported ahead, and that import
    waits for it."""
    global _tasks
    with _cond:
        while _importing:
            _cond.wait()
        _tasks += 1
    try:
        yield
    finally:
        with _cond:
            _tasks -= 1
            _cond.notify_all()


def _import(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception as exc:  # the lesson that needs it imports it again and reports it
        failed[name] = exc


def _import_torch_side(name: str) -> None:
    global _importing
    with _cond:
        while _tasks and not _leaving:
            _cond.wait()
        if _leaving:
            return
        _importing = True
    try:
        _import(name)
    finally:
        with _cond:
            _importing = False
            _cond.notify_all()


def _run() -> None:
    try:
        with torch_import.without_pysides_import_hook():
            for name in TORCH_FIRST_USE:
                _import_torch_side(name)
    finally:
        _finished.set()


def start() -> None:
    """Import :data:`TORCH_FIRST_USE` on a thread of its own (once; torch must be in)."""
    global _thread
    if _thread is not None or not torch_import.done():
        return
    _thread = threading.Thread(target=_run, name="warm up", daemon=True)
    _thread.start()


def started() -> bool:
    return _thread is not None


def wait(timeout: float | None = None) -> bool:
    """Block until the imports are done (tests, benches, leaving). False if not started."""
    return _thread is not None and _finished.wait(timeout)


@atexit.register
def _leave() -> None:
    """Nothing more is begun, and the import under way is waited for: one still running as
    the interpreter finalizes would meet torch's C++ halfway (as a worker's task would)."""
    global _leaving
    with _cond:
        _leaving = True
        _cond.notify_all()
    wait(30)


def window_first_use() -> list[str]:
    """:data:`WINDOW_FIRST_USE` and every lesson's package not imported yet."""
    from tensorviz.ui import lessons

    names = [*WINDOW_FIRST_USE]
    names += [f"{info.package}.controller" for info in lessons.available()]
    return [name for name in names if name not in sys.modules]


class _IdleWatch(QObject):
    """Once torch is in and ``window``'s lesson has shown its results and been idle for
    IDLE_POLLS looks in a row: the window's side, a module a turn, the lessons not built yet,
    one a turn, then :func:`start`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._idle = 0
        self._queue: list[str] = []
        self._builds: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _idle_now(self) -> bool:
        lesson = self._window.current_lesson()
        return (
            torch_import.done()
            and lesson is not None
            and lesson.view.rendered is not None
            and not lesson.busy()
        )

    def _look(self) -> None:
        self._idle = self._idle + 1 if self._idle_now() else 0
        if self._idle >= IDLE_POLLS:
            self._timer.stop()
            self._queue = window_first_use()
            self._next()

    def _next(self) -> None:
        if self._queue:
            _import(self._queue.pop(0))
            QTimer.singleShot(0, self, self._next)  # what came meanwhile (a key) first
            return
        self._builds = [k for k in self._window.lesson_keys() if not self._window.is_built(k)]
        self._build_next()

    def _build_next(self) -> None:
        if self._builds:
            if self._idle_now():
                self._window.lesson(self._builds.pop(0))
            # the next when idle again: the lecturer may have begun working the lesson shown
            QTimer.singleShot(0 if self._idle_now() else POLL_MS, self, self._build_next)
            return
        start()
        self.deleteLater()


def start_when_idle(window) -> None:
    """Warm up once ``window`` is idle after start-up (see the module's docstring)."""
    if not started():
        _IdleWatch(window)  # the window owns it; it goes once the warm-up has begun
