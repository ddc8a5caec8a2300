"""How long building each lesson takes, imports warm (the 150 ms budget in DESIGN.md).

A lesson is built when it is first chosen in the list; its modules are imported by then (a
first build, untimed, imports them). For each lesson: the median over ``--runs`` builds of
``lessons.build(key, theme)`` (the widgets and the first state, the first result included
where it is computed on the GUI thread), wall clock and GUI-thread CPU.

    QT_QPA_PLATFORM=offscreen python tests/bench/lesson_build.py [--runs 5] [--lesson KEY ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

BUDGET_MS = 150


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lesson", nargs="*", default=None)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tensorviz.ui.app import make_application

    app = make_application(sys.argv[:1])
    import torch  # noqa: F401  (the window imports it before any lesson is built)

    from tensorviz.ui import lessons
    from tensorviz.ui.theme import make_theme

    theme = make_theme("light")
    keys = args.lesson or [info.key for info in lessons.available()]
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; {args.runs} builds each")
    worst = 0.0
    for key in keys:
        first = lessons.build(key, theme)  # imports, caches
        first.close()  # its worker threads stop
        first.deleteLater()
        app.processEvents()
        walls, cpus = [], []
        for _ in range(args.runs):
            t0, c0 = time.perf_counter(), time.thread_time()
            widget = lessons.build(key, theme)
            walls.append((time.perf_counter() - t0) * 1000)
            cpus.append((time.thread_time() - c0) * 1000)
            widget.close()
            widget.deleteLater()
            app.processEvents()
        wall = statistics.median(walls)
        worst = max(worst, wall)
        print(f"{key:10s} built in {wall:6.1f} ms (CPU {statistics.median(cpus):6.1f} ms)")
    verdict = "within budget" if worst <= BUDGET_MS else "OVER BUDGET"
    print(f"slowest {worst:.1f} ms (budget {BUDGET_MS} ms): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
