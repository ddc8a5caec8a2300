"""Python's cyclic garbage collector runs on the GUI thread only.

Python collects on whichever thread allocates when a generation's count passes its threshold.
With a lesson computing (a descent table allocates thousands of objects a second on a pool
thread) that is often a worker, and a cycle holding a Qt object (a widget whose slot, a
lambda, refers to it) was then deleted there, off the GUI thread, while the GUI thread used
the widgets: 20 such windows, left to the collector, were all deleted by a worker in 0.5 s
while the GUI thread slept. The test suite crashed twice so (a segfault, the GUI thread in
``processEvents`` and in ``QApplication.topLevelWidgets``, a worker in a descent table).

So the collector's automatic runs are off (a first threshold of 0), and a timer on the GUI
thread collects what the thresholds would have had collected, as pyqtgraph's
``GarbageCollector`` does: the oldest generation due, and the oldest (a full collection) only
where what has reached it since the last is a quarter of what it holds, as CPython decides
(else a busy lesson had a full collection every 24 s). While the collector is paused
(``torch_import.collector_paused``, start-up) the timer leaves it so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 200
#: Python's thresholds, where they are off already (a second application in one process)
DEFAULT_THRESHOLDS = (700, 10, 10)


class GuiCollector(QObject):
    """Collects cyclic garbage on the GUI thread (see the module)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        thresholds = gc.get_threshold()
        self.thresholds = thresholds if thresholds[0] else DEFAULT_THRESHOLDS
        gc.set_threshold(0, *thresholds[1:])  # 0: no automatic collection
        self._pending = 0  # objects moved to the oldest generation since its last collection
        self._long_lived = len(gc.get_objects(2))  # what it held then
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> int:
        """Collect the oldest generation due, where the youngest is; returns it (-1:
        none)."""
        if not gc.isenabled():
            return -1
        counts, limits = gc.get_count(), self.thresholds
        if counts[0] <= limits[0]:  # what sets Python's own collection going
            return -1
        if 0 < limits[2] < counts[2] and self._pending > self._long_lived // 4:
            gc.collect(2)
            self._pending, self._long_lived = 0, len(gc.get_objects(2))
            return 2
        if counts[1] > limits[1]:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self._pending += max(0, young - gc.collect(1))  # the survivors grow old
            return 1
        gc.collect(0)
        return 0


def install(app: QCoreApplication) -> GuiCollector:
    """The application's collector, made once (the first call's application keeps it)."""
    found = app.findChild(GuiCollector)
    return found if found is not None else GuiCollector(app)
