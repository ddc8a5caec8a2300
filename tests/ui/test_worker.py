"""tensorviz.ui.worker: only the newest result of a channel arrives, refusals pass through
as themselves, and an owner that goes while a task runs gets nothing (and nothing crashes)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError
from tensorviz.ui.worker import Worker


def _collect(worker: Worker) -> list[tuple[str, object]]:
    got: list[tuple[str, object]] = []
    worker.finished.connect(lambda channel, result: got.append((channel, result)))
    return got


def test_only_the_second_of_two_submissions_is_delivered(qapp):
    worker = Worker()
    got = _collect(worker)
    gate = threading.Event()
    first = worker.submit("c", lambda: gate.wait(5) and "first")
    second = worker.submit("c", lambda: "second")
    assert (first, second) == (1, 2)
    assert not worker.is_current("c", first)
    assert worker.busy("c")
    gate.set()
    worker.settle()
    assert got == [("c", "second")]
    assert not worker.busy()
    worker.shutdown()


def test_channels_are_independent(qapp):
    worker = Worker()
    got = _collect(worker)
    worker.submit("a", lambda: 1)
    worker.submit("b", lambda: 2)
    worker.settle()
    assert sorted(got) == [("a", 1), ("b", 2)]
    worker.shutdown()


def test_errors_torch_refusals_and_bugs(qapp):
    worker = Worker()
    got = _collect(worker)

    def refuse():
        raise LiteralError("no")

    def bug():
        raise KeyError("ours")

    worker.submit("torch", lambda: 1 / 0)
    worker.submit("literal", refuse)  # a ValueError, so torch-like unless passed through
    worker.submit("refusal", refuse, passthrough=(LiteralError,))
    worker.submit("bug", bug)
    worker.settle()
    out = dict(got)
    assert isinstance(out["torch"], TorchError) and out["torch"].type_name == "ZeroDivisionError"
    assert isinstance(out["literal"], TorchError)
    assert isinstance(out["refusal"], LiteralError)
    assert isinstance(out["bug"], KeyError)
    worker.shutdown()


def test_settle_waits_for_work_submitted_by_a_result(qapp):
    worker = Worker()
    got = _collect(worker)
    worker.finished.connect(
        lambda channel, result: channel == "first" and worker.submit("then", lambda: "done")
    )
    worker.submit("first", lambda: "go")
    worker.settle()
    assert got == [("first", "go"), ("then", "done")]
    worker.shutdown()


def test_a_deleted_owner_gets_nothing(qapp):
    got: list[object] = []
    started, gate = threading.Event(), threading.Event()

    def slow():
        started.set()
        gate.wait(5)
        return "late"

    owner = QObject()
    worker = Worker(owner)
    worker.finished.connect(lambda _channel, result: got.append(result))
    worker.submit("c", slow)
    worker.submit("c", slow)  # queued, and stale before it starts
    assert started.wait(5)
    threading.Timer(0.2, gate.set).start()  # the task ends while the owner is going
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for _ in range(5):
        QApplication.processEvents()
    assert got == []


def test_an_owner_collected_by_python_while_a_task_runs_does_not_crash():
    code = (
        "import gc, os, threading, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from tensorviz.ui.worker import Worker\n"
        "app = QApplication(['t'])\n"
        "got = []\n"
        "class Owner(QWidget):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.worker = Worker(self)\n"
        "        self.worker.finished.connect(self.on)\n"
        "        self.worker.finished.connect(lambda c, r: None)\n"
        "    def on(self, c, r):\n"
        "        got.append(r)\n"
        "for i in range(20):\n"
        "    started = threading.Event()\n"
        "    owner = Owner()\n"
        "    owner.worker.submit('c', lambda s=started: (s.set(), time.sleep(0.05)))\n"
        "    owner.worker.submit('c', lambda s=started: (s.set(), time.sleep(0.02), i)[-1])\n"
        "    started.wait(5)\n"
        "    del owner\n"
        "    gc.collect()\n"
        "    app.processEvents()\n"
        "time.sleep(0.2)\n"
        "app.processEvents()\n"
        "print('ok', got)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout == "ok []\n"  # each owner was gone before its task ended


@pytest.mark.slow
def test_leaving_while_a_lesson_computes_in_the_background_does_not_abort(tmp_path):
    """Closing the window and leaving while descent fills its tables in the background: a
    pool thread still inside torch when Python finalized was stopped mid-C++ and the process
    aborted ("terminate called without an active exception", exit code 134) on every quit
    in the first seconds of the lesson, and at the end of a test run."""
    code = (
        "from tensorviz.ui.app import MainWindow, make_application\n"
        "app = make_application(['t'])\n"
        "win = MainWindow(theme='light', zoom=100, language='en', remember=False)\n"
        "win.show()\n"
        "lesson = win.select_lesson('descent')\n"
        "lesson.settle()\n"
        "app.processEvents()\n"
        "print('background busy:', lesson._workers[True].busy())\n"
        "win.close()\n"
        "win.deleteLater()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TENSORVIZ_SETTINGS=str(tmp_path / "s"))
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    if proc.stdout != "background busy: True\n":  # a fast machine: done before it left
        pytest.skip("descent's background work ended before the window closed")


def test_shutdown_all_waits_for_running_tasks(qapp, monkeypatch):
    import weakref

    from tensorviz.ui import worker as worker_module

    monkeypatch.setattr(worker_module, "_live", weakref.WeakSet())  # this test's worker only
    worker = Worker()
    started, release, ran = threading.Event(), threading.Event(), []
    worker.submit("slow", lambda: (started.set(), release.wait(5), ran.append(1)))
    worker.submit("queued", lambda: ran.append(2))  # dropped: it never starts
    assert started.wait(5)  # running, not queued, when the app leaves
    threading.Timer(0.2, release.set).start()
    worker_module.shutdown_all()
    assert ran == [1]


def test_a_task_leaves_the_window_a_core(qapp):
    """A pool thread computes with fewer threads than the CPUs, so the window keeps one while
    a lesson computes. OpenMP (and MKL with it) keeps its thread count per calling thread:
    set on the import thread only, a worker's matrix product still took every core."""
    import ctypes

    torch = pytest.importorskip("torch")
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if not cpus or cpus < 2:
        pytest.skip("one CPU: nothing to leave")
    path = os.path.join(os.path.dirname(torch.__file__), "lib", "libtorch_cpu.so")
    try:
        openmp_threads = ctypes.CDLL(path).omp_get_max_threads
    except (OSError, AttributeError):
        pytest.skip("no OpenMP in this torch build to ask")
    worker = Worker()
    got = _collect(worker)
    worker.submit("threads", lambda: openmp_threads())
    worker.settle()
    worker.shutdown()
    assert got and got[0][0] == "threads"
    assert 1 <= got[0][1] <= cpus - 1
