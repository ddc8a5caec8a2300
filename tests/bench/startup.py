"""Start-up time (issue 16): the window visible and painted, the lesson's controls painted
(while torch may still load), the lesson's first torch result painted and the lesson painted
with nothing more on its way ("complete": descent draws its first run at once and its sweep
table after), each against the floor of importing torch alone, in one run.

Every figure is wall clock from launching a fresh interpreter: the floor is
``python -c "import torch, os; os._exit(0)"`` (no interpreter teardown, as the app leaves with
``os._exit`` too); the app runs with ``TENSORVIZ_EXIT_AFTER_PAINT`` set, which prints when the
window was first painted, when its lesson was, when the lesson first painted a torch result
and when it had nothing more to compute, then leaves.
Runs are interleaved so that drift affects all alike. Budget (DESIGN.md): window visible
<= 0.5 x the floor, first result <= 1.1 x.

The app runs as installed: with its modules' bytecode cached (in a temporary folder, so the
checkout stays clean), like torch's in site-packages, even where ``PYTHONDONTWRITEBYTECODE``
is set (compiling ~100 modules on every start costs 50-90 ms that no installed copy pays); one
untimed start per lesson fills that cache, the file cache and the list of torch's modules
that a start reads while torch's libraries load (torch_code, in a temporary cache folder).
``--cold``: every start without that list, as the first start after installing.

    python tests/bench/startup.py [--runs 5] [--lesson KEY ...] [--cold]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

from tensorviz.ui import torch_code

FLOOR = [sys.executable, "-c", "import torch, os; os._exit(0)"]
STAMP = re.compile(r"tensorviz-startup (visible|lesson|result|complete)=([0-9.]+)")
WHAT = ("visible", "lesson", "result", "complete")


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def app_times(key: str, env: dict[str, str], cold: bool = False) -> dict[str, float]:
    """Seconds from launch to the window painted, the lesson painted, the first result
    painted and the lesson complete; ``cold``: with no list of torch's modules."""
    if cold:
        with contextlib.suppress(FileNotFoundError):
            os.remove(torch_code.modules_file())  # in the bench's cache folder (set in main)
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
    if set(stamps) != set(WHAT):
        raise SystemExit(f"lesson {key}: no start-up stamps in\n{done.stderr}")
    return stamps


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lesson", nargs="*", default=None)
    parser.add_argument("--cold", action="store_true", help="no list of torch's modules")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TENSORVIZ_EXIT_AFTER_PAINT="1")
    scratch = tempfile.mkdtemp()
    env["TENSORVIZ_SETTINGS"] = os.path.join(scratch, "bench.ini")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "pycache")
    env["TENSORVIZ_CACHE"] = os.environ["TENSORVIZ_CACHE"] = os.path.join(scratch, "cache")
    from tensorviz.ui import lessons

    keys = args.lesson or [info.key for info in lessons.available()]
    timed(FLOOR, env)  # warm the file cache once
    for key in keys:
        app_times(key, env)  # and the app's bytecode cache
    floor: list[float] = []
    times: dict[str, dict[str, list[float]]] = {k: {w: [] for w in WHAT} for k in keys}
    for _ in range(args.runs):
        floor.append(timed(FLOOR, env))
        for key in keys:
            for what, t in app_times(key, env, args.cold).items():
                times[key][what].append(t)
    f = statistics.median(floor)
    print(
        f"floor (import torch alone, fresh interpreter): median {f * 1000:.0f} ms, {args.runs} runs"
        + (", every start cold (no list of torch's modules)" if args.cold else "")
    )
    worst = dict.fromkeys(WHAT, 0.0)
    for key in keys:
        m = {what: statistics.median(times[key][what]) for what in WHAT}
        for what in WHAT:
            worst[what] = max(worst[what], m[what] / f)
        print(
            f"{key:10s} window visible {m['visible'] * 1000:5.0f} ms = {m['visible'] / f:.2f} x; "
            f"lesson's controls {m['lesson'] * 1000:5.0f} ms = {m['lesson'] / f:.2f} x; "
            f"first result {m['result'] * 1000:5.0f} ms = {m['result'] / f:.2f} x; "
            f"complete {m['complete'] * 1000:5.0f} ms = {m['complete'] / f:.2f} x floor"
        )
    for what, name, budget in (
        ("visible", "window visible", 0.5),
        ("lesson", "lesson's controls", 0.5),
        ("result", "first result", 1.1),
        ("complete", "complete", None),
    ):
        if budget is None:
            print(f"worst: {name} {worst[what]:.2f} (no budget)")
            continue
        ok = "OK" if worst[what] <= budget else "OVER BUDGET"
        print(f"worst: {name} {worst[what]:.2f} (budget {budget:.2f}) {ok}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
