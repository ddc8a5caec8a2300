"""Benchmark: autograd lesson (issue 7): construction, preset loads, button click -> graph
painted, and the longest time the GUI thread stayed away from its event loop.

Drives the real lesson offscreen. For each case it measures the time from the action until
the graph view has painted the new result (the replay runs in the worker thread), and with a
1 ms heartbeat timer the longest gap between two heartbeats (a block of the GUI thread).
Budget (DESIGN.md): construction well under 150 ms, no block over 50 ms.

    python tests/bench/autograd_clicks.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from tensorviz.core import graph
from tensorviz.ui import lessons
from tensorviz.ui.app import make_application
from tensorviz.ui.theme import apply_to_app, make_theme

BIG = "h = " + " + ".join(f"sigmoid(x * {k}) * exp(x)" for k in range(1, 9)) + "; loss = h.mean()"


class Heartbeat:
    """Longest gap between 1 ms timer ticks while it runs: how long the GUI thread blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.clock = QElapsedTimer()
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest = 0.0
        self.clock.start()
        self.last = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def run_case(app, lesson, action, repeat: int, prepare=None) -> tuple[list[float], float]:
    """Times ``action`` ``repeat`` times; ``prepare`` (untimed) runs before each."""
    beat = Heartbeat()
    times = []
    worst_block = 0.0
    for _ in range(repeat):
        if prepare is not None:
            prepare()
            lesson.settle()
            app.processEvents()
        beat.start()
        start = time.perf_counter()
        action()
        lesson.settle()
        lesson.view.graph_view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
        worst_block = max(worst_block, beat.stop())
    return times, worst_block


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = make_application(["bench"])
    theme = make_theme("light")
    apply_to_app(app, theme)
    lessons.build("autograd", theme).deleteLater()  # imports
    build = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        lesson = lessons.build("autograd", theme)
        build.append((time.perf_counter() - start) * 1000)
        lesson.deleteLater()
        app.processEvents()
    print(f"construction: median {statistics.median(build):.1f} ms, max {max(build):.1f} ms")
    lesson = lessons.build("autograd", theme)
    lesson.resize(1600, 1000)
    lesson.show()
    app.processEvents()

    view = lesson.view

    def backward_again() -> None:
        view.reset_button.click()
        view.backward_button.click()

    def big_program() -> None:
        view.program_edit.setText(view.program_edit.text() + " ")
        view.program_edit.editingFinished.emit()

    # each preset load starts from another example: loading the example already shown is
    # no change of state, and nothing is replayed
    cases = [
        ("load preset 'vectors'", lambda: lesson.load_preset("vectors"), "scalar"),
        (
            "load preset 'accumulate' (3 backward calls)",
            lambda: lesson.load_preset("accumulate"),
            "vectors",
        ),
        ("start over + backward() (vectors)", backward_again, None),
    ]
    for label, action, before in cases:
        if label.startswith("start over"):
            lesson.load_preset("vectors")
            lesson.settle()
        prepare = None if before is None else (lambda key=before: lesson.load_preset(key))
        times, block = run_case(app, lesson, action, args.repeat, prepare)
        print(
            f"{label}: median {statistics.median(times):.1f} ms, "
            f"max {max(times):.1f} ms, longest GUI block {block:.1f} ms"
        )
    lesson.load_preset("scalar")
    lesson.settle()
    view.program_edit.setText(BIG)
    times, block = run_case(app, lesson, big_program, args.repeat)
    print(
        f"{len(lesson.result().nodes)}-node program: median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms, longest GUI block {block:.1f} ms"
    )
    spec = lesson.state.spec()
    core = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        graph.run(spec)
        core.append((time.perf_counter() - start) * 1000)
    print(f"  of which core.graph.run (worker thread): median {statistics.median(core):.1f} ms")
    QApplication.quit()


if __name__ == "__main__":
    main()
