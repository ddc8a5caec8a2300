"""What the lessons need on first use is made ahead once the app is idle after start-up
(``tensorviz.ui.warm_up``): their imports, and the lessons built. No lecture step then freezes
the window on an import or a first build."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from tensorviz.ui import warm_up
from tensorviz.ui.worker import Worker

from .test_startup import run_fresh


def test_an_idle_window_imports_what_its_lessons_import_on_first_use(tmp_path):
    # A fresh interpreter: in this one, everything is in already. The window opens on the
    # create lesson, which needs neither pyqtgraph nor torch._dynamo for its opening picture.
    out = run_fresh(
        """
        import sys, time
        from PySide6.QtCore import QTimer
        from tensorviz.ui import lessons, torch_import, warm_up
        from tensorviz.ui.app import MainWindow, make_application

        app = make_application(["x"])
        window = MainWindow(theme="light", language="en", lesson="create", remember=False)
        window.show()
        deadline = time.monotonic() + 120

        def settled():
            lesson = window.current_lesson()  # built once the window has painted
            return torch_import.done() and lesson is not None and (
                lesson.view.rendered is not None and not lesson.busy()
            )

        while not settled() and time.monotonic() < deadline:
            app.processEvents()
        packages = [f"{info.package}.controller" for info in lessons.available()]
        wanted = ["pyqtgraph", "torch._dynamo", *packages]
        print("in before:", sorted(n for n in wanted if n in sys.modules))
        warm_up.start_when_idle(window)
        turns = []  # the event loop keeps turning while the warm-up goes on
        timer = QTimer()
        timer.timeout.connect(lambda: turns.append(time.monotonic()))
        timer.start(10)
        while not warm_up.wait(0) and time.monotonic() < deadline:
            app.processEvents()
        print("missing after:", [n for n in wanted if n not in sys.modules])
        print("not built:", [k for k in window.lesson_keys() if not window.is_built(k)])
        print("failed:", sorted(warm_up.failed))
        print("turned:", len(turns) > 20)
        """,
        tmp_path,
    )
    lines = out.strip().splitlines()
    assert lines[0] == "in before: ['tensorviz.ui.lessons.create.controller']"
    assert lines[1:] == ["missing after: []", "not built: []", "failed: []", "turned: True"]


def test_nothing_is_done_while_the_lesson_is_busy_or_before_torch(qtbot, monkeypatch):
    imported = []
    torch_in = [False]
    monkeypatch.setattr(warm_up.torch_import, "done", lambda: torch_in[0])
    monkeypatch.setattr(warm_up, "_import", imported.append)
    monkeypatch.setattr(warm_up, "start", lambda: imported.append("thread started"))

    class Lesson:
        class view:
            rendered = object()

        working = True

        def busy(self):
            return self.working

    class Window(QObject):
        shown = Lesson()

        def current_lesson(self):
            return self.shown

        def lesson_keys(self):
            return ["shown", "a", "b"]

        def is_built(self, key):
            return key == "shown"

        def lesson(self, key):
            imported.append(f"built {key}")
            self.shown.working = True  # the lecturer begins working the lesson shown

    window = Window()
    monkeypatch.setattr(warm_up, "IDLE_POLLS", 2)
    monkeypatch.setattr(warm_up, "POLL_MS", 20)
    warm_up.start_when_idle(window)
    qtbot.wait(300)
    assert imported == []  # torch not in
    torch_in[0] = True
    qtbot.wait(300)
    assert imported == []  # busy all along
    window.shown.working = False
    qtbot.waitUntil(lambda: "built a" in imported, timeout=3000)
    qtbot.wait(300)
    assert imported[-1] == "built a"  # the next build waits while the lesson shown works
    window.shown.working = False
    qtbot.waitUntil(lambda: "thread started" in imported, timeout=3000)
    assert imported[0] == "pyqtgraph"
    # the lessons not built yet after the imports, and torch's side after them
    assert imported[-3:] == ["built a", "built b", "thread started"]
    assert set(warm_up.window_first_use()) <= set(imported)


class _Gate:
    """An import that takes as long as the test says."""

    def __init__(self) -> None:
        self.begun = threading.Event()
        self.release = threading.Event()
        self.done = threading.Event()

    def __call__(self, name: str) -> None:
        self.begun.set()
        assert self.release.wait(10)
        self.done.set()


@pytest.fixture
def gate(monkeypatch):
    gate = _Gate()
    monkeypatch.setattr(warm_up, "_import", gate)
    yield gate
    gate.release.set()


def test_a_task_waits_while_torchs_side_is_imported_ahead(qtbot, gate):
    importer = threading.Thread(target=warm_up._import_torch_side, args=("torch._dynamo",))
    importer.start()
    assert gate.begun.wait(5)
    worker = Worker()
    ran = []
    worker.submit("x", lambda: ran.append(gate.done.is_set()))
    time.sleep(0.3)
    assert ran == []  # held at its start: it could import a part of torch the import holds
    gate.release.set()
    importer.join(5)
    worker.settle()
    assert ran == [True]  # ran once the import was done


def test_torchs_side_is_imported_once_no_task_runs(qtbot, gate):
    worker = Worker()
    go_on = threading.Event()
    worker.submit("x", lambda: go_on.wait(10))
    time.sleep(0.1)  # the task is running
    importer = threading.Thread(target=warm_up._import_torch_side, args=("torch._dynamo",))
    importer.start()
    time.sleep(0.3)
    assert not gate.begun.is_set()  # waits for the running task
    go_on.set()
    assert gate.begun.wait(5)
    gate.release.set()
    importer.join(5)
    worker.settle()
    QCoreApplication.processEvents()
