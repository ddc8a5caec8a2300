"""Cyclic garbage is collected on the GUI thread only (tensorviz.ui.collector): a Qt object
freed by Python's collector on a worker thread was deleted there, off the GUI thread."""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtWidgets import QApplication, QWidget

from tensorviz.ui import collector


def _cycles(n: int) -> None:
    for i in range(n):
        widget = QWidget()
        widget.setObjectName(f"cyclic_{i}")
        widget.me = widget  # only the collector frees it


def _left() -> int:
    return sum(w.objectName().startswith("cyclic_") for w in QApplication.allWidgets())


def test_a_worker_thread_allocating_frees_no_widget_the_gui_thread_collects_them(qapp):
    gc.collect()
    mine = collector.install(qapp)
    assert collector.install(qapp) is mine  # one per application
    assert gc.get_threshold()[0] == 0 and mine.thresholds[0] > 0
    _cycles(20)
    stop = threading.Event()

    def allocate() -> None:  # as a descent table does, thousands of objects a second
        while not stop.is_set():
            [[] for _ in range(1000)]

    worker = threading.Thread(target=allocate)
    worker.start()
    try:
        time.sleep(0.3)  # Python's own collector ran on the worker: all 20 deleted there
        assert _left() == 20
    finally:
        stop.set()
        worker.join()
    assert mine.collect() == -1  # nothing due: the worker's lists are gone again
    due = [[] for _ in range(mine.thresholds[0] + 1)]  # what makes a collection due
    assert mine.collect() >= 0  # on this thread, as its timer does
    assert _left() == 0
    del due
