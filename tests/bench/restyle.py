"""Zoom and theme switching with every lesson built (issue 16), idle and busy.

Builds the main window offscreen with all eight lessons (each settled), shows one, then times
``--switches`` zoom steps (Ctrl+= / Ctrl+-, alternating) and theme switches (dark / light,
alternating) from the menu action's trigger until the events it caused are handled and the
window repainted. "busy": the same while the shown lesson's worker runs torch (a loop of small
torch operations, the kind that holds the GIL most). Budget (DESIGN.md): <= 100 ms.

    python tests/bench/restyle.py [--switches 20] [--lesson create]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TENSORVIZ_SETTINGS", os.path.join(tempfile.mkdtemp(), "bench.ini"))


def busy_torch(stop: threading.Event) -> int:
    import torch

    x = torch.rand(64, 64)
    n = 0
    while not stop.is_set():
        x = (x @ x.T).tanh_()
        n += 1
    return n


def time_switches(app, window, actions: list, switches: int) -> list[float]:
    times = []
    for i in range(switches):
        action = actions[i % len(actions)]
        start = time.perf_counter()
        action.trigger()
        app.processEvents()  # layout, polish and the repaint the switch asked for
        window.repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--switches", type=int, default=20)
    parser.add_argument("--lesson", default="create", help="the lesson on screen")
    args = parser.parse_args()

    from tensorviz.ui.app import MainWindow, make_application

    app = make_application(["restyle-bench"])
    window = MainWindow(theme="light", zoom=100, language="en", remember=False)
    window.resize(1600, 1000)
    window.show()
    for key in window.lesson_keys():
        window.select_lesson(key).settle()
        app.processEvents()
    lesson = window.select_lesson(args.lesson)
    app.processEvents()
    a = window._actions
    cases = {
        "zoom": [a["zoom_in"], a["zoom_out"]],
        "theme": [a["theme_dark"], a["theme_light"]],
    }
    print(
        f"all {len(window.lesson_keys())} lessons built, {args.lesson!r} shown, "
        f"{args.switches} switches each; ms from the action to the window repainted"
    )
    worst = 0.0
    for load in ("idle", "busy"):
        stop = threading.Event()
        if load == "busy":
            lesson.submit("restyle_bench", lambda s=stop: busy_torch(s), lambda _n: None)
            time.sleep(0.2)  # the worker is running
        for name, actions in cases.items():
            times = time_switches(app, window, actions, args.switches)
            worst = max(worst, max(times))
            print(
                f"{name:5s} {load}: median {statistics.median(times):6.1f} ms, "
                f"max {max(times):6.1f} ms"
            )
        stop.set()
        lesson.settle()
        app.processEvents()
    print(f"worst {worst:.1f} ms (budget 100): {'OK' if worst <= 100 else 'OVER BUDGET'}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
