"""The course walked as a lecturer walks it: how long the window stalls at each step.

Opens the main window, lets start-up finish (and, unless ``--cold``, the warm-up of what the
lessons need on first use: ``tensorviz.ui.warm_up``), enters the lecture mode and goes
through every step of the course in order, revealing each question's answer. For each action
it prints, in the running event loop:

- "sync": how long the action's own call held the GUI thread;
- "stall": the longest the event loop went without turning (a 2 ms timer that could not run),
  from the action until its results are in and 0.4 s have passed: what a lecturer feels when
  the window does not answer a key or a drag. Budget (DESIGN.md): no interaction blocks the
  GUI thread for more than 50 ms;
- "frame": when the last frame the action caused was painted;
- "modules": how many modules were imported meanwhile.

A lesson's first step is marked: in a cold walk it builds the lesson (the warm-up builds them
all ahead).

    QT_QPA_PLATFORM=offscreen python tests/bench/lecture_walk.py [--cold] [--worst 20]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time

os.environ.setdefault("TENSORVIZ_SETTINGS", os.path.join(tempfile.mkdtemp(), "bench.ini"))

BUDGET_MS = 50


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold", action="store_true", help="no warm-up before the walk")
    parser.add_argument("--worst", type=int, default=20, help="how many actions to list")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEventLoop, QTimer

    from tensorviz.ui import torch_import, warm_up
    from tensorviz.ui.app import MainWindow, make_application
    from tensorviz.ui.widgets.frames import FrameWatch

    app = make_application(sys.argv[:1])
    app.setCursorFlashTime(0)
    window = MainWindow(theme="light", zoom=100, language="en", remember=False)
    window.resize(1600, 1000)
    window.show()
    loop = QEventLoop()

    def run_until(done, limit_s: float) -> None:
        start = time.perf_counter()

        def look() -> None:
            if done() or time.perf_counter() - start > limit_s:
                loop.quit()
            else:
                QTimer.singleShot(20, look)

        QTimer.singleShot(20, look)
        loop.exec()

    def lesson_busy() -> bool:
        lesson = window.current_lesson()
        return lesson is not None and not lesson.idle()

    ticks: list[float] = []
    frames: list[float] = []
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def longest_stall(since: float) -> float:
        marks = [since, *ticks]
        return max((b - a) * 1000 for a, b in itertools.pairwise(marks))

    run_until(lambda: torch_import.done() and not lesson_busy(), 60)
    if not args.cold:
        ticks.clear()
        begun = time.perf_counter()
        warm_up.start_when_idle(window)
        run_until(lambda: warm_up.wait(0), 60)
        print(
            f"warm-up: {time.perf_counter() - begun:.1f} s from idle, longest stall meanwhile"
            f" {longest_stall(begun):.0f} ms; not imported: {sorted(warm_up.failed) or 'none'}"
        )
    watch = FrameWatch(window, lambda: None, lambda _seen: frames.append(time.perf_counter()))
    built: set[str] = {window.current_lesson().key}
    rows = []

    def act(number: int, label: str, action) -> None:
        ticks.clear()
        frames.clear()
        modules = len(sys.modules)
        begun = time.perf_counter()
        action()
        sync = (time.perf_counter() - begun) * 1000
        key = window.current_lesson().key
        first = key not in built
        built.add(key)
        after = time.perf_counter()
        run_until(lambda: not lesson_busy() and time.perf_counter() - after > 0.4, 10)
        stall = longest_stall(begun)
        frame = (frames[-1] - begun) * 1000 if frames else float("nan")
        rows.append((number, label, key, first, sync, stall, frame, len(sys.modules) - modules))

    lecture = window.lecture
    lecture.enter(1)
    for number in range(1, len(lecture.track) + 1):
        act(number, "go", lambda n=number: lecture.go(n))
        if lecture.step().question is not None:
            act(number, "reveal", lecture.reveal)
    del watch

    later = [r for r in rows if not r[3]]
    print(
        f"{len(rows)} actions over {len(lecture.track)} steps"
        f" ({'cold' if args.cold else 'warmed up'}); stall: median"
        f" {statistics.median(r[5] for r in rows):.0f} ms; over {BUDGET_MS} ms:"
        f" {sum(r[5] > BUDGET_MS for r in later)} of {len(later)} actions in a lesson already"
        f" shown, {sum(r[5] > BUDGET_MS for r in rows if r[3])} of"
        f" {len(rows) - len(later)} lessons' first steps"
    )
    for number, label, key, first, sync, stall, frame, modules in sorted(rows, key=lambda r: -r[5])[
        : args.worst
    ]:
        print(
            f"step {number:3d} {label:6s} {key:10s} sync {sync:6.1f}  stall {stall:6.1f}"
            f"  frame {frame:6.1f}  modules {modules:4d}{'  (first in lesson)' if first else ''}"
        )
    worst = max((r[5] for r in later), default=0.0)
    verdict = "within budget" if worst <= BUDGET_MS else "OVER BUDGET"
    print(f"worst stall in a lesson already shown {worst:.1f} ms (budget {BUDGET_MS}): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
