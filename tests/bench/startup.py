"""Start-up time: process start to the main window shown and its lesson painted.

Compared, in one run, with the floor ``python -c "import torch, PySide6.QtWidgets, pyqtgraph"``
(both timed as whole processes, wall clock). Budget (DESIGN.md): at most 1.3 x the floor.

    python tests/bench/startup.py [--runs 5] [--lesson KEY ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lesson", nargs="*", default=None)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TENSORVIZ_EXIT_AFTER_PAINT="1")
    env["TENSORVIZ_SETTINGS"] = os.path.join(tempfile.mkdtemp(), "bench.ini")
    floor_cmd = [sys.executable, "-c", "import torch, PySide6.QtWidgets, pyqtgraph"]
    # The app leaves with os._exit right after its first paint, skipping interpreter teardown
    # (torch's takes a while); the strict floor skips it too, so the ratio is not flattered.
    strict_cmd = [
        sys.executable,
        "-c",
        "import torch, PySide6.QtWidgets, pyqtgraph, os; os._exit(0)",
    ]
    from tensorviz.ui import lessons

    keys = args.lesson or [info.key for info in lessons.available()]
    timed(floor_cmd, env)  # warm the file cache once for both
    floor = []
    strict = []
    apps: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(args.runs):  # interleaved, so drift affects both alike
        floor.append(timed(floor_cmd, env))
        strict.append(timed(strict_cmd, env))
        for key in keys:
            apps[key].append(timed([sys.executable, "-m", "tensorviz", "--lesson", key], env))
    plain = statistics.median(floor)
    f = statistics.median(strict)
    print(
        f"floor as budgeted (import torch, PySide6.QtWidgets, pyqtgraph): median "
        f"{plain * 1000:.0f} ms over {args.runs} runs"
    )
    print(
        f"strict floor (same imports, no interpreter teardown): median {f * 1000:.0f} ms; "
        "ratios below are against this one"
    )
    worst = 0.0
    for key, times in apps.items():
        m = statistics.median(times)
        worst = max(worst, m / f)
        print(
            f"window shown and painted, lesson {key:10s}: median {m * 1000:.0f} ms "
            f"= {m / f:.2f} x floor"
        )
    print(f"worst ratio {worst:.2f} (budget 1.30): {'OK' if worst <= 1.3 else 'OVER BUDGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
