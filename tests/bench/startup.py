"""Start-up time (issue 16): the window visible and painted, and the lesson's first torch
result painted, each against the floor of importing torch alone, in one run.

Every figure is wall clock from launching a fresh interpreter: the floor is
``python -c "import torch, os; os._exit(0)"`` (no interpreter teardown, as the app leaves with
``os._exit`` too); the app runs with ``TENSORVIZ_EXIT_AFTER_PAINT`` set, which prints when the
window was first painted and when the lesson first painted a torch result, then leaves.
Runs are interleaved so that drift affects all alike. Budget (DESIGN.md): window visible
<= 0.5 x the floor, first result <= 1.1 x.

The app runs as installed: with its modules' bytecode cached (in a temporary folder, so the
checkout stays clean), like torch's in site-packages, even where ``PYTHONDONTWRITEBYTECODE``
is set (compiling ~100 modules on every start costs 50-90 ms that no installed copy pays); one
untimed start per lesson fills that cache and the file cache.

    python tests/bench/startup.py [--runs 5] [--lesson KEY ...]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

FLOOR = [sys.executable, "-c", "import torch, os; os._exit(0)"]
STAMP = re.compile(r"tensorviz-startup (visible|result)=([0-9.]+)")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def app_times(key: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the window painted and to the first result painted."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "tensorviz", "--lesson", key],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    stamps = {name: float(t) - start for name, t in STAMP.findall(done.stderr)}
    if set(stamps) != {"visible", "result"}:
        raise SystemExit(f"lesson {key}: no start-up stamps in\n{done.stderr}")
    return stamps["visible"], stamps["result"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lesson", nargs="*", default=None)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TENSORVIZ_EXIT_AFTER_PAINT="1")
    scratch = tempfile.mkdtemp()
    env["TENSORVIZ_SETTINGS"] = os.path.join(scratch, "bench.ini")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "pycache")
    from tensorviz.ui import lessons

    keys = args.lesson or [info.key for info in lessons.available()]
    timed(FLOOR, env)  # warm the file cache once
    for key in keys:
        app_times(key, env)  # and the app's bytecode cache
    floor: list[float] = []
    visible: dict[str, list[float]] = {k: [] for k in keys}
    result: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(args.runs):
        floor.append(timed(FLOOR, env))
        for key in keys:
            v, r = app_times(key, env)
            visible[key].append(v)
            result[key].append(r)
    f = statistics.median(floor)
    print(
        f"floor (import torch alone, fresh interpreter): median {f * 1000:.0f} ms, {args.runs} runs"
    )
    worst_v = worst_r = 0.0
    for key in keys:
        v, r = statistics.median(visible[key]), statistics.median(result[key])
        worst_v, worst_r = max(worst_v, v / f), max(worst_r, r / f)
        print(
            f"{key:10s} window visible {v * 1000:5.0f} ms = {v / f:.2f} x floor; "
            f"first result {r * 1000:5.0f} ms = {r / f:.2f} x floor"
        )
    ok_v, ok_r = worst_v <= 0.5, worst_r <= 1.1
    print(f"worst: window visible {worst_v:.2f} (budget 0.50) {'OK' if ok_v else 'OVER BUDGET'}")
    print(f"worst: first result {worst_r:.2f} (budget 1.10) {'OK' if ok_r else 'OVER BUDGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
