"""Stride diagram of a 4-D tensor with 4,096 elements: time to build and to paint it.

Build: ``core.shape.compute_chain`` for ``x0 = arange(4096).reshape(8, 8, 8, 8)`` and one
step ``x1 = x0.permute(3, 2, 1, 0)`` (real torch: snapshots, layouts, slots, origins, code and
output), divided by the two tensors it describes. Paint: hand one step's result to the
lesson's ``StrideDiagram`` (grid with storage-slot colours, storage strip with its reader map)
and ``grab()`` the grid and the strip, which lays them out and paints every cell. Also the
whole user action: selecting the step in the lesson and grabbing the lesson's diagram.
Budget (DESIGN.md): <= 50 ms to build and paint.

    python tests/bench/shape_diagram.py [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 50.0


def _stats(name: str, times: list[float]) -> float:
    ms = [t * 1000 for t in times]
    med, worst = statistics.median(ms), max(ms)
    print(f"{name:<48} median {med:6.1f} ms   max {worst:6.1f} ms   ({len(ms)} runs)")
    return med


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from tensorviz.core import shape as core
    from tensorviz.ui import lessons
    from tensorviz.ui.app import make_application
    from tensorviz.ui.lessons.shape.state import State, StepText
    from tensorviz.ui.theme import apply_to_app, make_theme
    from tensorviz.ui.widgets.stride_diagram import StridePicture, colour_band

    app = make_application([])  # set up as the app is (gc.freeze included)
    theme = make_theme("light")
    apply_to_app(app, theme)
    start = core.Start((8, 8, 8, 8))
    steps = (core.Step("permute", (3, 2, 1, 0)),)

    lesson = lessons.build("shape", theme)
    lesson.resize(1600, 950)
    lesson.show()
    state = State(
        preset="custom",
        start_text=", ".join(str(n) for n in start.shape),
        steps=tuple(StepText.of(step) for step in steps),
        selected=1,
        animate=False,
    )
    lesson.set_state(state)
    lesson.settle()
    diagram = lesson.view.diagram
    app.processEvents()
    chain = lesson.chain()
    assert chain is not None and chain.results[1].layout.slots is not None

    build, paint, action = [], [], []
    for _ in range(args.runs + 2):  # first two are warm-up
        t0 = time.perf_counter()
        fresh = core.compute_chain(start, steps)
        t1 = time.perf_counter()
        build.append((t1 - t0) / len(fresh.results))

        r = fresh.results[1]
        picture = StridePicture(
            r.snapshot, r.layout, r.origin, r.storage_origin, colour_band(start.shape)
        )
        t0 = time.perf_counter()
        diagram.show_picture(picture, focus=None)
        diagram.grid.grab()
        diagram.strip.grab()
        paint.append(time.perf_counter() - t0)

        t0 = time.perf_counter()
        lesson.select_step(0)
        lesson.select_step(1)  # the user's click: show the step, then it is painted
        diagram.grab()
        action.append((time.perf_counter() - t0) / 2)
    build, paint, action = build[2:], paint[2:], action[2:]

    print("shape lesson, 4-D tensor (8, 8, 8, 8) = 4,096 elements, permuted")
    b = _stats("build (core, per tensor diagram)", build)
    p = _stats("paint (grid + storage strip, grab)", paint)
    _stats("select a step and paint the diagram (per switch)", action)
    total = b + p
    verdict = "within" if total <= BUDGET_MS else "OVER"
    print(f"build + paint median {total:.1f} ms: {verdict} the {BUDGET_MS:.0f} ms budget")
    lesson.close()
    return 0 if total <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
