"""What the lessons need on first use, made ahead while the app is idle after start-up.

The first time a lecture step needed them, these held the window up in the middle of the
lecture (``tests/bench/lecture_walk.py`` walks the course as a lecturer would):

- each lesson, when first opened: its package imported (10-25 ms), with its C libraries
  (pyqtgraph: 0.1-0.2 s), and the lesson built with its first result (10-90 ms): the first
  step in each lesson stalled the window 45-190 ms (descent's the longest);
- pyqtgraph again, when the create lesson first shows a random tensor's histogram
  (``torch.rand``, one of the course's first examples): 0.13-0.2 s;
- ``torch._dynamo`` (~800 modules, sympy's among them), which torch imports on the first
  call of what it wraps to keep dynamo off: its Python kernels on the meta device (the dtype
  lesson's devices tab) and an optimizer's making (descent's momentum, Adam, the race). Its
  import holds the GIL for up to 0.1 s at a time (registering operators): the window stalled
  for 0.15 s while the devices tab opened, and the tab's results came 3 s after the click.

Once torch is in and the lessons built have their results, with nothing more on its way,
at two looks in a row (:func:`start_when_idle`), the lessons not built yet are made on the
GUI thread, one step a turn of the event loop, while that stays so: their C libraries, their
package, the lesson built hidden; then what each lesson's view builds when first drawn (ops'
topic pages, create's histogram: 15-25 ms each, which the steps that first showed them
spent). A key pressed meanwhile waits for one step at most (0.1-0.2 s: pyqtgraph, descent's
build). Then torch's side is imported on a thread of its own
(:func:`start`), once the lessons built have their results: no lesson waits for it (leaving
the app does, for the rest of it), and the window keeps the GIL between its steps. Not the
window's side on that thread: PySide6 makes its classes when first asked for, and two
threads could ask for one at once. And the builds come first: a lesson computing its first
result on the GUI thread against that import's GIL stalled the window 1.1-1.7 s.

A lesson's worker that meets the import halfway waits for the module, as Python has any
thread wait; the calls that import it hold no other module meanwhile.

What the warm-up made (the lessons, ~140,000 objects of torch's side and sympy) lives as long
as the process, and is moved to the permanent generation at its end (``gc.freeze``), as what
start-up made is (``torch_import``): left in the collector's oldest generation, each full
collection walked it, 53-70 ms with the GIL held, whichever thread triggered it.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import threading

from PySide6.QtCore import QObject, QTimer

from tensorviz.ui import lessons, torch_import

#: What torch imports on first use, imported on the warm-up thread.
TORCH_FIRST_USE: tuple[str, ...] = ("torch._dynamo",)

#: How often the window is looked at for idleness, and for how many looks in a row it must be.
POLL_MS = 250
IDLE_POLLS = 2

_thread: threading.Thread | None = None
_finished = threading.Event()
_leaving = False  # the interpreter is finalizing: no import is begun
failed: dict[str, BaseException] = {}  # what could not be made (the lesson will say why)


def _run() -> None:
    try:
        for name in TORCH_FIRST_USE:
            if _leaving:
                break
            try:
                with torch_import.without_pysides_import_hook():
                    importlib.import_module(name)
            except Exception as exc:  # the lesson that needs it imports it and says why
                failed[name] = exc
    finally:
        # the lessons are built by now: what both made (modules, lessons) lives as long as
        # the app; what was cyclic garbage among it is kept for good (once, as start-up's)
        gc.freeze()
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
    """No import is begun now, and the one under way is waited for: still running as the
    interpreter finalizes, it would meet torch's C++ halfway (as a worker's task would)."""
    global _leaving
    _leaving = True
    wait(30)


def steps(window) -> list[tuple[str, object]]:
    """What the window's side makes, a step a turn, lesson by lesson: for one not built,
    what it needs that loads a C library, its package, the lesson itself (hidden); then for
    each what its view builds when first drawn (``LessonView.build_ahead``); then the lecture
    mode and its course, which the first F5 made otherwise (0.18 s)."""
    made = []
    built = {lesson.key for lesson in window.lessons_built()}
    for key in window.lesson_keys():
        if key not in built:
            made.append((key, lambda key=key: lessons.import_needs(key)))
            made.append((key, lambda key=key: lessons.lesson_class(key)))
            made.append((key, lambda key=key: window.lesson(key)))
        made.append((key, lambda key=key: _built(window, key).view.build_ahead()))
    made.append(("lecture", lambda: window.lecture))  # F5's strip (issue 16: not at start-up)
    made.append(("lecture", lambda: window.lecture.track))  # and its course (0.16 s)
    return made


def _built(window, key: str):
    """The lesson ``key``, built: not ``window.lesson(key)``, which restyles a hidden lesson
    to the window's zoom and theme (it is, when shown)."""
    return next(lesson for lesson in window.lessons_built() if lesson.key == key)


class _IdleWatch(QObject):
    """Waits until ``window`` is idle (torch in, the lesson shown has its results, no lesson
    has more on its way) at IDLE_POLLS looks in a row, makes the :func:`steps` while it stays
    so (looking again when it does not), then :func:`start`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._idle = 0
        self._steps: list[tuple[str, object]] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _idle_now(self) -> bool:
        shown = self._window.current_lesson()
        return (
            torch_import.done()
            and shown is not None
            and shown.idle()
            and not any(lesson.busy() for lesson in self._window.lessons_built())
        )

    def _look(self) -> None:
        self._idle = self._idle + 1 if self._idle_now() else 0
        if self._idle >= IDLE_POLLS:
            self._timer.stop()
            if self._steps is None:
                self._steps = steps(self._window)
            self._next()

    def _next(self) -> None:
        if not self._idle_now():  # the lecturer works the lesson shown: looks again
            self._idle = 0
            self._timer.start()
            return
        if not self._steps:
            start()
            self.deleteLater()
            return
        key, make = self._steps.pop(0)
        try:
            make()
        except Exception as exc:  # opened, the lesson makes itself and says why
            failed[key] = exc
            self._steps = [step for step in self._steps if step[0] != key]
        QTimer.singleShot(0, self, self._next)  # what came meanwhile (a key) first


def start_when_idle(window) -> None:
    """Make ahead what the lessons need on first use, once ``window`` is idle after
    start-up (see the module's docstring)."""
    if not started():
        _IdleWatch(window)  # the window owns it; it goes once the warm-up has begun
