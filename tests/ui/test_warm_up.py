"""What the lessons need on first use is made ahead once the app is idle after start-up
(``tensorviz.ui.warm_up``): their imports, and the lessons built. No lecture step then freezes
the window on an import or a first build."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject

from tensorviz.ui import warm_up
from tensorviz.ui.app import MainWindow

from .test_startup import run_fresh


def test_an_idle_window_makes_what_its_lessons_need_on_first_use(tmp_path):
    # A fresh interpreter: in this one, everything is in already. The window opens on the
    # create lesson, which needs neither pyqtgraph nor torch._dynamo for its opening picture,
    # and no lecture mode (made when first asked for, issue 16): all made ahead once idle.
    out = run_fresh(
        """
        import sys, time
        from PySide6.QtCore import QTimer
        from tensorviz.ui import torch_import, warm_up
        from tensorviz.ui.app import MainWindow, make_application

        app = make_application(["x"])
        window = MainWindow(theme="light", language="en", lesson="create", remember=False)
        window.show()
        deadline = time.monotonic() + 120

        def settled():
            lesson = window.current_lesson()  # built once the window has painted
            return torch_import.done() and lesson is not None and lesson.idle()

        while not settled() and time.monotonic() < deadline:
            app.processEvents()
        import builtins
        hook = builtins.__import__
        wanted = ["pyqtgraph", "torch._dynamo", "tensorviz.ui.lecture.mode"]
        print("in before:", [n for n in wanted if n in sys.modules])
        print("built before:", [lesson.key for lesson in window.lessons_built()])
        warm_up.start_when_idle(window)
        turns = [time.monotonic()]  # the event loop keeps turning meanwhile
        timer = QTimer()
        timer.timeout.connect(lambda: turns.append(time.monotonic()))
        timer.start(5)
        while not warm_up.wait(0) and time.monotonic() < deadline:
            app.processEvents()
        print("missing after:", [n for n in wanted if n not in sys.modules])
        lecture = window._lecture  # not window.lecture, which would make it
        print("lecture's course made:", lecture is not None and lecture._track is not None)
        built = {lesson.key for lesson in window.lessons_built()}
        print("not built:", [k for k in window.lesson_keys() if k not in built])
        print("shown:", window.current_lesson().key, "failed:", sorted(warm_up.failed))
        print("on its thread:", warm_up.started(), "import hook back:", builtins.__import__ is hook)
        gaps = [b - a for a, b in zip(turns, turns[1:])]
        print("stalled a second:", max(gaps) > 1.0)
        import gc  # what the warm-up made is frozen: a full collection walks little (~140,000)
        print("a full collection walks:", "little" if len(gc.get_objects()) < 20_000 else "all")
        """,
        tmp_path,
    )
    assert out.strip().splitlines() == [
        "in before: []",
        "built before: ['create']",
        "missing after: []",
        "lecture's course made: True",
        "not built: []",
        "shown: create failed: []",
        "on its thread: True import hook back: True",
        "stalled a second: False",
        "a full collection walks: little",
    ]


class _Lesson:
    working = False

    def busy(self) -> bool:
        return self.working

    def idle(self) -> bool:  # its results shown
        return not self.working


class _Window(QObject):
    """What the warm-up asks of the main window."""

    def __init__(self, made: list[str]) -> None:
        super().__init__()
        self.shown = _Lesson()
        self.hidden = _Lesson()  # built ahead, or shown before
        self.made = made

    def current_lesson(self):
        return self.shown

    def lessons_built(self):
        return [self.shown, self.hidden]


def test_steps_wait_for_torch_and_for_the_lessons_to_be_idle(qtbot, monkeypatch):
    made: list[str] = []
    window = _Window(made)
    torch_in = [False]
    monkeypatch.setattr(warm_up.torch_import, "done", lambda: torch_in[0])
    monkeypatch.setattr(warm_up, "start", lambda: made.append("torch's side"))
    monkeypatch.setattr(warm_up, "POLL_MS", 20)

    def work():  # a step after which the lecturer begins working the lesson shown
        made.append("a2")
        window.shown.working = True

    def broken():
        raise RuntimeError("a lesson that cannot be built")

    monkeypatch.setattr(
        warm_up,
        "steps",
        lambda _window: [
            ("a", lambda: made.append("a1")),
            ("a", work),
            ("b", broken),
            ("b", lambda: made.append("b2")),  # b's next steps are dropped
            ("c", lambda: made.append("c1")),
        ],
    )
    try:
        warm_up.start_when_idle(window)
        qtbot.wait(200)
        assert made == []  # torch not in
        window.shown.working = True
        torch_in[0] = True
        qtbot.wait(200)
        assert made == []  # the lesson shown computes
        window.shown.working = False
        window.hidden.working = True
        qtbot.wait(200)
        assert made == []  # a lesson built hidden computes
        window.hidden.working = False
        qtbot.waitUntil(lambda: "a2" in made, timeout=3000)
        qtbot.wait(200)
        assert made == ["a1", "a2"]  # waits while the lesson shown works
        window.shown.working = False
        qtbot.waitUntil(lambda: "torch's side" in made, timeout=3000)
        assert made == ["a1", "a2", "c1", "torch's side"]
        assert str(warm_up.failed.pop("b")) == "a lesson that cannot be built"
    finally:
        shiboken6.delete(window)  # its watch with it, whatever failed


def test_lessons_built_ahead_leave_the_window_as_it_was(qtbot):
    """Built hidden, in the small projector's window at zoom 150 (the lessons and what their
    views build when first drawn): the window keeps its size, its minimum fits the screen,
    and the lesson shown stays shown."""
    window = MainWindow(theme="light", zoom=150, language="en", lesson="create", remember=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.select_lesson("create").settle()
    for _key, make in warm_up.steps(window):
        make()
        qtbot.wait(1)
    assert sorted(lesson.key for lesson in window.lessons_built()) == sorted(window.lesson_keys())
    for key in window.lesson_keys():
        window.lesson(key).settle()
    qtbot.wait(50)
    assert window.size().toTuple() == (1024, 768)
    least = window.minimumSizeHint()
    assert least.width() <= 1024 and least.height() <= 768
    assert window.current_lesson().key == "create"
    # and what the views build when first drawn, built hidden (LessonView.build_ahead)
    create, ops = window.lesson("create").view, window.lesson("ops").view
    assert create.histogram is not None and not create.histogram_box.isVisible()
    assert sorted(ops.pages) == ["elementwise", "hadamard", "item", "matmul"]
