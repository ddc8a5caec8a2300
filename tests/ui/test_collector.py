"""Cyclic garbage is collected on the GUI thread only (tensorviz.ui.collector): a Qt object
freed by Python's collector on a worker thread was deleted there, off the GUI thread."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QWidget

from tensorviz.ui import collector

# In a process of its own: where the collector ran on the worker, the widgets it deleted
# there could crash the test session instead of failing a test.
APP = """
import gc, os, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from tensorviz.ui.app import make_application
app = make_application(["collector-test"])
print("threshold", gc.get_threshold()[0])

def left():
    return sum(w.objectName() == "cyclic" for w in QApplication.allWidgets())

for _ in range(20):
    widget = QWidget()
    widget.setObjectName("cyclic")
    widget.me = widget  # only the collector frees it
del widget
stop = threading.Event()

def allocate():  # as a descent table does, thousands of objects a second
    while not stop.is_set():
        [[] for _ in range(1000)]

worker = threading.Thread(target=allocate)
worker.start()
time.sleep(0.3)
print("left while the worker allocated", left())
stop.set()
worker.join()
due = [[] for _ in range(1000)]  # what makes a collection due
end = time.monotonic() + 2
while left() and time.monotonic() < end:  # the GUI thread's event loop, its timer in it
    QCoreApplication.processEvents()
    time.sleep(0.01)
print("left after the event loop ran", left())
"""


def test_the_app_collects_on_its_gui_thread_not_on_a_worker():
    done = subprocess.run([sys.executable, "-c", APP], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "threshold 0" in done.stdout  # Python's own runs are off
    assert "left while the worker allocated 20" in done.stdout  # none deleted there
    assert "left after the event loop ran 0" in done.stdout  # the timer collected them


def test_garbage_that_grew_old_is_collected_too(qapp):
    mine = collector.install(qapp)
    assert collector.install(qapp) is mine  # one per application
    kept = []
    for _ in range(5):
        widget = QWidget()
        widget.setObjectName("old_cyclic")
        widget.me = widget
        kept.append(widget)
    gc.collect(1)  # still referenced: they move to the oldest generation
    assert all(gc.is_tracked(w) for w in kept)
    del widget
    kept.clear()  # now garbage, in the oldest generation: only a full collection frees it

    def left() -> int:
        return sum(w.objectName() == "old_cyclic" for w in QApplication.allWidgets())

    # tick after tick, each with a collection due; what survives them grows old too, until
    # it is a quarter of what is old, when Python too would collect everything
    survivors = []
    for _ in range(5000):
        survivors.append([[] for _ in range(mine.thresholds[0] + 1)])
        mine.collect()
        if not left():
            break
    assert left() == 0
