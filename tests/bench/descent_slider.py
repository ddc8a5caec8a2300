"""Benchmark: learning-rate slider step -> plots repainted, lesson ``descent`` (issues 8, 13).

Drives the real lesson widget, in a real X window (Xvfb with the xcb platform; the bench
starts ``Xvfb :99`` itself when there is no DISPLAY) and offscreen, and prints both: for
each experiment (x**2, line fit) at 500 epochs,
200 learning-rate values along the slider (there and back, as a lecturer drags). For each
value it measures the time from ``lr_slider.setValue`` (what a drag emits) until the plots'
viewport has painted the new run, and with a 1 ms heartbeat timer the longest time the GUI
thread did not get back to its event loop. Budget: median <= 16 ms, p95 <= 33 ms, no block
over 50 ms.

    python tests/bench/descent_slider.py [--optimizer momentum] [--values 200] [--size 1600x1000]
        [--platform both|xcb|offscreen] [--moves 10000]

``--moves N``: N slider moves as fast as a drag sends them (one position at a time, back and
forth over the whole range, the event loop run between moves); prints every GUI block over
50 ms and the process's resident memory before and after (it must stay flat).

The plain update (the course's) is the budgeted case; ``--optimizer`` runs the same drag
with ``torch.optim`` optimizers, whose runs come from the worker thread (reported, not
budgeted).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QPushButton, QSlider

from tensorviz.core import descent

PLATFORMS = ("xcb", "offscreen")


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Heartbeat:
    """A 1 ms timer: the largest gap between its ticks is the longest GUI-thread block."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.longest = 0.0
        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest = max(self.longest, (now - self.last) / 1e6)
        self.last = now

    def start(self) -> None:
        self.last = self.clock.nsecsElapsed()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def positions(count: int) -> list[int]:
    """``count`` slider positions over the whole range, there and back."""
    top = len(descent.lr_grid()) - 1
    half = count // 2
    up = [round(i * top / (half - 1)) for i in range(half)]
    down = [round(top - (i + 0.5) * top / half) for i in range(count - half)]
    return up + down


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def drive(
    app, lesson, experiment: str, count: int, epochs: int, prefill: bool = False
) -> dict[str, float]:
    lesson.findChild(QPushButton, f"experiment_{experiment}").click()
    lesson.findChild(QSlider, "epochs_slider").setValue(epochs)
    lesson.settle()  # the tables for this experiment are ready (computed once)
    app.processEvents()
    if prefill:  # optimizers: wait until the background has filled the whole slider
        t0 = time.perf_counter()
        while lesson.traces.filling():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        print(f"        (background fill of the slider took {time.perf_counter() - t0:.1f} s)")
    slider = lesson.findChild(QSlider, "lr_slider")
    viewports = [view.viewport() for view in lesson.view.plots.views]
    counter = PaintCounter()
    for viewport in viewports:
        viewport.installEventFilter(counter)
    beat = Heartbeat()
    latencies = []
    cpu = []
    grid = descent.lr_grid()
    beat.start()
    for pos in positions(count):
        if slider.value() == pos:
            pos = pos - 1 if pos else pos + 1
        lr = grid[pos]
        painted = counter.count
        t0 = time.perf_counter()
        c0 = time.thread_time()
        slider.setValue(pos)
        while True:
            # sleeps until something happens (a worker result, a paint, the heartbeat) rather
            # than spinning, which would steal the CPU and the GIL from the worker
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            trace = lesson.trace()
            if counter.count > painted and trace is not None and trace.lr == lr:
                break
            if time.perf_counter() - t0 > 10:
                raise RuntimeError(f"no repaint for lr={lr}")
        latencies.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
        app.processEvents()  # let the heartbeat tick between values, as between mouse moves
    block = beat.stop()
    for viewport in viewports:
        viewport.removeEventFilter(counter)
    lesson.settle()
    return {
        "median": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "max": max(latencies),
        "block": block,
        "cpu_median": statistics.median(cpu),
        "cpu_p95": percentile(cpu, 0.95),
        "cpu_max": max(cpu),
    }


def rss_mb() -> float:
    """The process's resident memory (MB), from /proc (Linux)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


class Blocks(Heartbeat):
    """The heartbeat, keeping every gap over ``limit`` ms."""

    def __init__(self, limit: float = 50.0) -> None:
        super().__init__()
        self.limit = limit
        self.over: list[float] = []

    def _tick(self) -> None:
        gap = (self.clock.nsecsElapsed() - self.last) / 1e6
        if gap > self.limit:
            self.over.append(gap)
        super()._tick()


def moves(app, lesson, experiment: str, count: int, epochs: int) -> bool:
    """``count`` moves of one position, back and forth, as fast as a drag sends them."""
    lesson.findChild(QPushButton, f"experiment_{experiment}").click()
    lesson.findChild(QSlider, "epochs_slider").setValue(epochs)
    lesson.settle()
    app.processEvents()
    slider = lesson.findChild(QSlider, "lr_slider")
    top = slider.maximum()
    pos, step = slider.value(), 1
    before = rss_mb()
    beat = Blocks()
    beat.start()
    t0 = time.perf_counter()
    for _ in range(count):
        if not 0 <= pos + step <= top:
            step = -step
        pos += step
        slider.setValue(pos)
        app.processEvents()  # the paint and the heartbeat, as between two mouse moves
    seconds = time.perf_counter() - t0
    longest = beat.stop()
    lesson.settle()
    app.processEvents()
    after = rss_mb()
    over = ", ".join(f"{v:.0f}" for v in sorted(beat.over, reverse=True)[:20]) or "none"
    good = not beat.over
    print(
        f"{experiment:6s}: {count} moves in {seconds:.1f} s ({seconds / count * 1000:.1f} ms a "
        f"move); blocks over 50 ms: {len(beat.over)} ({over}); longest {longest:.1f} ms; "
        f"RSS {before:.0f} MB -> {after:.0f} MB   {'within budget' if good else 'OVER BUDGET'}"
    )
    return good


def run_one(args, platform: str) -> int:
    """The bench in this process, on ``platform`` (QT_QPA_PLATFORM set before Qt starts)."""
    os.environ["QT_QPA_PLATFORM"] = platform
    from tensorviz.ui.app import make_application

    app = make_application(sys.argv[:1])  # set up as the app is (gc.freeze included)
    from tensorviz.ui import lessons
    from tensorviz.ui.theme import apply_to_app, make_theme

    theme = make_theme("light")
    apply_to_app(app, theme)
    t0 = time.perf_counter()
    lesson = lessons.build("descent", theme)
    build_ms = (time.perf_counter() - t0) * 1000
    w, h = (int(v) for v in args.size.split("x"))
    lesson.resize(w, h)
    lesson.show()
    app.processEvents()
    lesson.settle()
    combo = lesson.findChild(QComboBox, "optimizer_combo")
    combo.setCurrentIndex(descent.OPTIMIZERS.index(args.optimizer))
    lesson.settle()
    where = f"a real window ({app.platformName()}, DISPLAY={os.environ.get('DISPLAY', '')})"
    if platform == "offscreen":
        where = "offscreen"
    print(f"== {where} ==")
    print(f"lesson built in {build_ms:.0f} ms (module import included)")
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
        "(wall times include waiting for a CPU; the GUI thread's own CPU time is printed too)"
    )
    ok = True
    if args.moves:
        print(f"optimizer: {args.optimizer}; {args.epochs} epochs; window {w}x{h}")
        for experiment in ("square", "line"):
            ok &= moves(app, lesson, experiment, args.moves, args.epochs)
        lesson.close()
        return 0 if ok else 1
    print(
        f"optimizer: {args.optimizer}; {args.values} lr values; {args.epochs} epochs; "
        f"window {w}x{h}"
    )
    for experiment in ("square", "line"):
        r = drive(app, lesson, experiment, args.values, args.epochs, args.prefill)
        good = r["median"] <= 16 and r["p95"] <= 33 and r["block"] <= 50 and r["cpu_median"] <= 8
        ok &= good
        print(
            f"{experiment:6s}: slider -> repainted  median {r['median']:5.1f} ms   "
            f"p95 {r['p95']:5.1f} ms   max {r['max']:5.1f} ms   "
            f"longest GUI block {r['block']:5.1f} ms   "
            f"{'within budget' if good else 'OVER BUDGET'}"
        )
        print(
            f"        GUI-thread CPU per value: median {r['cpu_median']:5.1f} ms   "
            f"p95 {r['cpu_p95']:5.1f} ms   max {r['cpu_max']:5.1f} ms"
        )
    lesson.close()
    return 0 if ok else 1


def _display() -> tuple[dict[str, str], subprocess.Popen | None]:
    """An environment with an X display: the one there is, or ``Xvfb :99`` started here."""
    env = dict(os.environ)
    if env.get("DISPLAY"):
        return env, None
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("no DISPLAY and no Xvfb: install xvfb or run with --platform offscreen")
    proc = subprocess.Popen(
        [xvfb, ":99", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env["DISPLAY"] = ":99"
    for _ in range(100):  # the socket appears once the server listens
        if os.path.exists("/tmp/.X11-unix/X99") or proc.poll() is not None:
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        raise SystemExit("Xvfb :99 did not start (another server on :99?)")
    return env, proc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=200)
    parser.add_argument("--epochs", type=int, default=500)
    parser.add_argument("--optimizer", choices=descent.OPTIMIZERS, default="plain")
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--platform", choices=("both", *PLATFORMS), default="both")
    parser.add_argument("--moves", type=int, default=0, help="N single-position moves instead")
    parser.add_argument(
        "--prefill",
        action="store_true",
        help="optimizers: drag only once the background has computed every slider position",
    )
    args = parser.parse_args(argv)
    if args.platform != "both":
        xvfb = None
        if args.platform == "xcb":
            env, xvfb = _display()
            os.environ["DISPLAY"] = env["DISPLAY"]
        try:
            return run_one(args, args.platform)
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
    # one process per platform: Qt's platform is chosen once per process
    status = 0
    own = [a for a in (sys.argv[1:] if argv is None else argv)]
    for platform in PLATFORMS:
        env, xvfb = _display() if platform == "xcb" else (dict(os.environ), None)
        try:
            done = subprocess.run(
                [sys.executable, __file__, *own, "--platform", platform], env=env, check=False
            )
            status = status or done.returncode
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
        sys.stdout.flush()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
