"""Benchmark: ops lesson (issue 4): construction, one step of the matrix product (highlights,
formula and the cell's code), a preset change, and a big random product run in the worker,
with the longest time the GUI thread stayed away from its event loop meanwhile.

Budget (DESIGN.md): construction well under 150 ms, no block of the GUI thread over 50 ms.

    python tests/bench/ops_matmul.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QSpinBox

from tensorviz.ui import lessons
from tensorviz.ui.app import make_application
from tensorviz.ui.theme import apply_to_app, make_theme


class Heartbeat:
    """Longest gap between 1 ms timer ticks while it runs: how long the GUI thread blocked."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.clock = QElapsedTimer()
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()

    def start(self) -> None:
        self.longest = 0.0
        self.clock.start()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
    return f"median {statistics.median(values):6.1f} ms   p95 {p95:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    app = make_application([])
    theme = make_theme("light")
    apply_to_app(app, theme)
    lessons.build("ops", theme).deleteLater()  # imports and first torch calls
    built = []
    for _ in range(5):
        start = time.perf_counter()
        lesson = lessons.build("ops", theme)
        built.append((time.perf_counter() - start) * 1000)
    lesson.resize(1300, 850)
    lesson.show()
    QApplication.processEvents()
    print(f"construction                 {ms(built)}")

    step = lesson.findChild(QPushButton, "step_button")
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        step.click()
        lesson.repaint()
        times.append((time.perf_counter() - start) * 1000)
    print(f"step + repaint               {ms(times)}")

    combo = lesson.findChild(QComboBox, "matmul_preset_combo")
    times = []
    for i in range(args.repeat):
        start = time.perf_counter()
        combo.activated.emit(i % 3)
        lesson.settle()
        lesson.repaint()
        times.append((time.perf_counter() - start) * 1000)
    print(f"preset (2x3, vector, batch)  {ms(times)}")

    lesson.findChild(QLineEdit, "a_shape_edit").setText("256, 256")
    lesson.findChild(QLineEdit, "b_shape_edit").setText("256, 256")
    button = lesson.findChild(QPushButton, "random_button")
    heartbeat = Heartbeat()
    blocks, totals = [], []
    for seed in range(max(3, args.repeat // 5)):
        lesson.findChild(QLineEdit, "a_shape_edit").setText("256, 256")
        lesson.findChild(QSpinBox, "seed_spin").setValue(seed)
        heartbeat.start()
        start = time.perf_counter()
        button.click()
        while lesson.findChild(object, "busy_label").isVisibleTo(lesson):
            QApplication.processEvents()
        lesson.repaint()
        totals.append((time.perf_counter() - start) * 1000)
        blocks.append(heartbeat.stop())
    print(f"256x256 @ 256x256 (worker)   {ms(totals)}")
    print(f"  longest GUI block          {ms(blocks)}")


if __name__ == "__main__":
    main()
