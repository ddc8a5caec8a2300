"""Python's cyclic garbage collector runs on the GUI thread only.

Python collects on whichever thread allocates when a generation's count passes its threshold.
With a lesson computing (a descent table allocates thousands of objects a second on a pool
thread) that is often a worker, and a cycle holding a Qt object (a widget whose slot, a
lambda, refers to it) was then deleted there, off the GUI thread, while the GUI thread used
the widgets: 20 such windows, left to the collector, were all deleted by a worker in 0.5 s
while the GUI thread slept. The test suite crashed twice so (a segfault, the GUI thread in
``processEvents`` and in ``QApplication.topLevelWidgets``, a worker in a descent table).

So the collector's automatic runs are off (a first threshold of 0), and a timer on the GUI
thread collects what the thresholds would have had collected, the oldest generation due
first, as pyqtgraph's ``GarbageCollector`` does. While the collector is paused
(``torch_import.collector_paused``, start-up) the timer leaves it so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 200


class GuiCollector(QObject):
    """Collects cyclic garbage on the GUI thread (see the module)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.set_threshold(0, *self.thresholds[1:])  # 0: no automatic collection
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns the
        oldest collected (-1: none)."""
        if not gc.isenabled():
            return -1
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:  # what sets Python's own collection going
            return -1
        due = max(g for g, (n, t) in enumerate(zip(counts, self.thresholds, strict=True)) if n > t)
        gc.collect(due)
        return due


def install(app: QCoreApplication) -> GuiCollector:
    """The application's collector, made once (the first call's application keeps it)."""
    found = app.findChild(GuiCollector)
    return found if found is not None else GuiCollector(app)
