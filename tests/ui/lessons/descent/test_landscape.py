"""Lesson ``descent``: the line fit's loss landscape and the optimizer race."""

from __future__ import annotations

import json

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QWidget

from tensorviz.core import descent
from tensorviz.core import race as core_race
from tensorviz.ui import i18n, lessons
from tensorviz.ui.lessons.descent.state import LineRun, RaceLrs, State
from tests.core.test_race import hand_loop
from tests.ui.lessons.descent.test_controller import child, type_into


@pytest.fixture
def lesson(qtbot, theme):
    les = lessons.build("descent", theme, State(experiment="line"))
    qtbot.addWidget(les)
    les.resize(1400, 900)
    les.show()
    les.settle()
    yield les
    les.settle()


def landscape(les):
    return child(les, QWidget, "landscape_plot")


def course_loss(a: float, b: float) -> float:
    x = torch.tensor([1, 2, 3, 4, 5], dtype=torch.float)
    y = torch.tensor([3, 5, 7, 9, 11], dtype=torch.float)
    at = torch.tensor([a], dtype=torch.float)
    bt = torch.tensor([b], dtype=torch.float)
    return ((at * x + bt - y) ** 2).mean().item()


def test_the_landscape_shows_for_the_line_fit_only(lesson, qtbot):
    plot = landscape(lesson)
    assert plot.isVisible()
    scape = plot.landscape()
    # the contours are drawn from torch's loss: sampled grid values are the course's loss
    rng = np.random.default_rng(1)
    for i, j in rng.integers(0, len(scape.a), size=(25, 2)):
        got = float(scape.loss[i, j])
        assert got == pytest.approx(course_loss(float(scape.a[j]), float(scape.b[i])), rel=1e-6)
    ratios = np.diff(np.log(scape.levels))
    assert np.allclose(ratios, ratios[0])  # log-spaced
    # the contour lines drawn are where torch's loss has the levels' values
    drawn = np.column_stack([plot.contours.xData, plot.contours.yData])
    segments = np.concatenate([c.reshape(-1, 2) for c in scape.contours])
    assert np.array_equal(drawn, segments)
    for level, lines in zip(scape.levels, scape.contours, strict=True):
        assert len(lines) > 10
        for a, b in lines[:: max(1, len(lines) // 6), 0]:
            assert course_loss(a, b) == pytest.approx(level, rel=0.05)
    # the minimum, the start and the whole path are in the frame
    ext = scape.extent
    assert ext.contains(1.0, 1.0) and ext.contains(*scape.optimum)
    assert scape.optimum == pytest.approx((2.0, 1.0))
    run = lesson.trace()
    (path,) = plot.path_items()
    assert np.array_equal(path.xData, run.params[:, 0].astype(np.float64))
    assert np.array_equal(path.yData, run.params[:, 1].astype(np.float64))
    # the steep eigen-direction is labelled with the Hessian's largest eigenvalue
    _, labels = plot.eigen_items()
    assert labels[0].textItem.toPlainText() == "steep: λ = 23.66"
    caption = child(lesson, QWidget, "landscape_caption").text()
    assert "above lr = 0.04226" in caption and "above lr = 0.08452" in caption
    qtbot.mouseClick(child(lesson, QPushButton, "experiment_square"), Qt.MouseButton.LeftButton)
    lesson.settle()
    assert not plot.isVisible()


def test_clicking_the_landscape_sets_the_start_and_the_run_restarts_there(lesson, qtbot):
    plot = landscape(lesson)
    QApplication.processEvents()
    ext = plot.landscape().extent
    target = (1.5, 1.4)
    assert ext.contains(*target) and target != (1.0, 1.0)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.view_position(*target))
    lesson.settle()
    a0, b0 = float(lesson.state.a0), float(lesson.state.b0)
    # a click means the point under the pointer, to a pixel (and rounded to the view)
    assert abs(a0 - target[0]) < 0.01 * (ext.a_hi - ext.a_lo)
    assert abs(b0 - target[1]) < 0.01 * (ext.b_hi - ext.b_lo)
    assert child(lesson, QLineEdit, "a0_edit").text() == lesson.state.a0
    run = lesson.trace()
    assert run.params[0].tolist() == [np.float32(a0), np.float32(b0)]
    expected = descent.line_fit(lr=0.01, epochs=100, a0=a0, b0=b0)
    assert np.array_equal(run.params, expected.params)
    (path,) = plot.path_items()
    assert (path.xData[0], path.yData[0]) == (np.float32(a0), np.float32(b0))


def test_dragging_on_the_landscape_follows_live(lesson, qtbot):
    plot = landscape(lesson)
    plot._dragging = True  # what a left-button drag in progress sets (see _PickBox)
    for a, b in ((1.2, 1.2), (1.4, 1.5), (1.6, 1.9)):
        plot.start_picked.emit(a, b)  # what each mouse move of a drag emits
        # a start only passed through gets its run, not a table of every lr
        assert lesson.traces.pending("table") is None or (
            lesson.traces.pending("table").setup != lesson.state.setup()
        )
        lesson.settle()
        assert (float(lesson.state.a0), float(lesson.state.b0)) == pytest.approx((a, b), abs=0.01)
        assert lesson.trace().params[0].tolist() == pytest.approx([a, b], abs=0.01)
        assert plot.path_items()[0].xData[0] == lesson.trace().params[0, 0]
    # the drag ends where it was: the run there gets its table (the lr slider then slices it)
    vb = plot.getPlotItem().getViewBox()
    plot._pick(vb.mapSceneToView(vb.mapViewToScene(pg.Point(1.6, 1.9))), final=True)
    assert not plot.dragging
    lesson.settle()
    assert lesson.traces.sweep(lesson.state.setup(), lesson.state.epochs) is not None


def test_toggling_a_runner_shows_and_hides_its_path_and_loss(lesson, qtbot):
    plot = landscape(lesson)
    box = child(lesson, QCheckBox, "race_adam")
    box.click()
    assert lesson.state.race == ("adam",)
    lesson.settle()
    assert len(plot.path_items()) == 2
    adam = plot.runners()[1].trace
    assert adam.setup.optimizer == "adam" and adam.lr == core_race.DEFAULT_LRS["adam"]
    assert plot.path_items()[1].xData[-1] == adam.params[-1, 0]
    ((xs, ys),) = lesson.view.race_loss.plotted()
    assert np.array_equal(xs, np.arange(adam.epochs + 1))
    loss = adam.loss.astype(np.float64)
    expected = np.log10(np.maximum(loss, 1e-30)) if lesson.view.plots.loss_is_log() else loss
    assert np.array_equal(ys, expected)
    assert any("Adam" in label for label in plot.legend_labels())
    box.click()
    lesson.settle()
    assert lesson.state.race == ()
    assert len(plot.path_items()) == 1
    assert lesson.view.race_loss.plotted() == []
    assert not any("Adam" in label for label in plot.legend_labels())


def test_the_race_finals_are_hand_loops_bit_for_bit_and_run_on_the_worker(lesson):
    state = lesson.state.replace(line=LineRun(0.01, 500), race=core_race.RACERS)
    lesson.set_state(state)
    # five runs of 500 epochs go to the worker: the GUI thread does not wait for them
    assert lesson.racing.pending()
    lesson.settle()
    assert not lesson.racing.pending()
    runners = landscape(lesson).runners()[1:]
    assert [r.trace.setup.optimizer for r in runners] == [
        core_race.OPTIMIZER_OF[n] for n in core_race.RACERS
    ]
    for name, runner in zip(core_race.RACERS, runners, strict=True):
        a, b = hand_loop(name, core_race.DEFAULT_LRS[name], 500)
        assert runner.trace.params[-1].tobytes() == np.array([a, b]).tobytes(), name


def test_a_runners_lr_field(lesson, qtbot):
    child(lesson, QCheckBox, "race_momentum").click()
    edit = child(lesson, QLineEdit, "race_lr_momentum")
    type_into(qtbot, edit, "0.003")
    lesson.settle()
    assert lesson.state.race_lrs.momentum == 0.003
    run = landscape(lesson).runners()[1].trace
    assert (run.setup.optimizer, run.lr) == ("momentum", 0.003)
    type_into(qtbot, edit, "0")
    assert "lr of Momentum 0.9" in lesson.banner.message()
    assert edit.property("invalid") is True
    assert lesson.state.race_lrs.momentum == 0.003  # the last good lr stays
    type_into(qtbot, edit, "0.02")
    assert edit.property("invalid") is False
    assert lesson.state.race_lrs.momentum == 0.02


def test_a_race_state_round_trips_and_draws_the_same(qtbot, theme):
    state = State(
        experiment="line",
        line=LineRun(0.0501, 300),
        cursor=42,
        race=("sgd", "nesterov", "adam"),
        race_lrs=RaceLrs(sgd=0.03, adam=0.2),
        a0="-1.5",
        b0="3",
    )
    saved = json.loads(json.dumps(state.to_dict()))
    assert saved["race"] == ["sgd", "nesterov", "adam"]
    assert State.from_dict(saved) == state
    built = lessons.build("descent", theme, state)
    moved = lessons.build("descent", theme)
    for les in (built, moved):
        qtbot.addWidget(les)
        les.resize(1400, 900)
        les.show()
        les.settle()
    moved.set_state(State.from_dict(saved))
    moved.settle()
    for les in (built, moved):
        for name in ("sgd", "nesterov", "adam"):
            assert les.findChild(QCheckBox, f"race_{name}").isChecked()
        assert not les.findChild(QCheckBox, "race_course").isChecked()
    one, two = landscape(built), landscape(moved)
    assert one.landscape().extent == two.landscape().extent
    assert [r.label for r in one.runners()] == [r.label for r in two.runners()]
    for p, q in zip(one.path_items(), two.path_items(), strict=True):
        assert np.array_equal(p.xData, q.xData) and np.array_equal(p.yData, q.yData)
    for p, q in zip(one.marker_items(), two.marker_items(), strict=True):
        assert p.pos() == q.pos() and p.isVisible() == q.isVisible()
    cursor = [m.pos().x() for m in one.marker_items()]
    assert cursor == [r.trace.params[42, 0] for r in one.runners()]


def test_clip_segments_cuts_each_segment_to_the_rectangle():
    from tensorviz.ui.widgets.curves import clip_segments

    rng = np.random.default_rng(7)
    x, y = rng.normal(size=400) * 3, rng.normal(size=400) * 3
    rect = (-1.0, -2.0, 2.0, 1.5)
    xs, ys = clip_segments(x, y, rect)
    drawn = list(zip(xs[0::2], ys[0::2], xs[1::2], ys[1::2], strict=True))
    inside = (xs >= rect[0] - 1e-9) & (xs <= rect[2] + 1e-9)
    inside &= (ys >= rect[1] - 1e-9) & (ys <= rect[3] + 1e-9)
    assert inside.all()
    t = np.linspace(0, 1, 2001)
    j = 0
    for i in range(len(x) - 1):
        px, py = x[i] + t * (x[i + 1] - x[i]), y[i] + t * (y[i + 1] - y[i])
        seen = (px >= rect[0]) & (px <= rect[2]) & (py >= rect[1]) & (py <= rect[3])
        if not seen.any():
            continue  # wholly outside (to the sampling's precision): not drawn
        ax, ay, bx, by = drawn[j]
        j += 1
        # the drawn piece is the part of segment i in the rectangle: its ends are on the
        # segment, at the first and last samples inside (to a sample's step)
        first, last = np.flatnonzero(seen)[[0, -1]]
        step = np.hypot(x[i + 1] - x[i], y[i + 1] - y[i]) / 2000
        assert np.hypot(ax - px[first], ay - py[first]) <= 1.5 * step + 1e-9
        assert np.hypot(bx - px[last], by - py[last]) <= 1.5 * step + 1e-9
        if seen.all():  # wholly inside: drawn as given, to the bit
            assert (ax, ay, bx, by) == (x[i], y[i], x[i + 1], y[i + 1])
    assert j == len(drawn)


def test_a_diverging_run_is_drawn_only_where_it_can_be_seen(lesson):
    """A run just above lr = 2/lambda_max zigzags out to 1e38: its whole path is handed to the
    landscape, and what is drawn stays in the view (Qt strokes a line over all its length)."""
    lesson.set_state(lesson.state.replace(line=LineRun(0.0933, 500)))
    lesson.settle()
    plot = landscape(lesson)
    run = lesson.trace()
    assert run.regime.kind == "diverging"
    (path,) = plot.path_items()
    good = np.isfinite(run.params).all(axis=1)
    n = int(np.argmin(good)) if not good.all() else len(good)
    assert np.array_equal(path.xData, run.params[:n, 0].astype(np.float64))
    assert np.abs(path.xData).max() > 1e6  # far out of the view
    (x0, x1), (y0, y1) = plot.getPlotItem().getViewBox().viewRange()
    xs, ys = path.curve.xData, path.curve.yData
    assert len(xs) > 100  # the zigzag through the view is drawn
    w, h = x1 - x0, y1 - y0
    assert xs.min() >= x0 - 0.1 * w and xs.max() <= x1 + 0.1 * w
    assert ys.min() >= y0 - 0.1 * h and ys.max() <= y1 + 0.1 * h


def test_a_small_plot_keeps_the_eigen_labels_whole_and_drops_a_legend_that_does_not_fit(
    lesson, qtbot
):
    """At 1280x720 in Chinese the flat direction's label ran past the landscape's right edge
    and the loss plot's legend was cut after two of five runners."""
    everyone = ("course", "sgd", "momentum", "nesterov", "adam")
    lesson.set_state(lesson.state.replace(race=everyone))
    lesson.settle()
    plot = landscape(lesson)
    legend = lesson.view.race_loss.legend
    box = plot.getPlotItem().getViewBox()

    def inside() -> list[bool]:
        room = box.sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5)
        _, labels = plot.eigen_items()
        return [room.contains(label.sceneBoundingRect()) for label in labels]

    assert legend.isVisible()  # 1400x900: room for all five
    assert inside() == [True, True]
    loss_box = lesson.view.race_loss.plot.getViewBox()
    assert legend.boundingRect().height() < loss_box.boundingRect().height()
    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")  # the longer labels
        lesson.settle()
        QApplication.processEvents()
        for width, height in ((1000, 560), (800, 500)):
            lesson.resize(width, height)
            qtbot.waitUntil(lambda w=width: lesson.width() == w)
            QApplication.processEvents()
            assert inside() == [True, True], (width, height)
            fits = legend.boundingRect().height() <= loss_box.boundingRect().height() - 8
            assert legend.isVisible() == fits
        assert not legend.isVisible()  # 800x500: the loss plot is far shorter than five rows
    finally:
        i18n.set_language(app, "en")
        lesson.settle()
    lesson.resize(1400, 900)
    qtbot.waitUntil(lambda: legend.isVisible())
    assert inside() == [True, True]


def test_the_overflow_note_is_not_written_under_the_race_legend(lesson):
    """A line fit that blows up early, with the race shown: "overflows in epoch N" sits right
    of the loss curve's last point, where the race's legend is (top right); it goes below."""
    everyone = ("course", "sgd", "momentum", "nesterov", "adam")
    lesson.set_state(lesson.state.with_lr(2.0).replace(race=everyone))
    lesson.settle()
    plots = lesson.view.plots
    note, legend = plots._diverge_text, lesson.view.race_loss.legend
    assert note.isVisible() and legend.isVisible()
    assert note.textItem.toPlainText().startswith("overflows in epoch")
    assert not note.sceneBoundingRect().intersects(legend.sceneBoundingRect())
    room = plots.plot_loss.getViewBox().sceneBoundingRect()
    assert room.contains(note.sceneBoundingRect())


def test_with_every_runner_the_legend_stays_in_the_landscape_under_a_whole_title(lesson, qtbot):
    """The title's width was the plot's least: with all five runners at 1400x900 the legend
    right of the plot was pushed out of the widget and lost its last characters. The title
    spans the plot and the legend now: it reads whole there too."""
    lesson.resize(1160, 900)  # the lesson's part of a 1400x900 window
    for name in core_race.DEFAULT_LRS:
        child(lesson, QCheckBox, f"race_{name}").click()
        lesson.settle()
    qtbot.wait(50)
    plot = landscape(lesson)
    assert len(plot.legend_labels()) == 7  # the minimum, this run and the five runners
    legend = plot.legend.mapRectToScene(plot.legend.boundingRect())
    assert legend.right() <= plot.width()
    label = plot.getPlotItem().titleLabel
    assert label.text == "Loss over (a, b): click or drag to set the start"
    assert label.toolTip() == ""


def test_a_landscape_too_narrow_for_its_title_elides_it_and_keeps_its_legend(qtbot, theme):
    """Where even the view's width is too little, the title gives way (elided, whole in its
    tooltip) and neither it nor the legend is pushed out of the view."""
    from tensorviz.ui.widgets.landscape import LandscapePlot

    plot = LandscapePlot(theme)
    qtbot.addWidget(plot)
    full = "Loss over (a, b): click or drag to set the start"
    plot.set_title(full)
    plot.resize(260, 200)
    plot.show()
    qtbot.waitExposed(plot)
    label = plot.getPlotItem().titleLabel
    assert label.text.endswith("…") and full.startswith(label.text[:-1])
    assert label.toolTip() == full
    assert label.mapRectToScene(label.boundingRect()).right() <= plot.width()
    plot.resize(700, 200)
    assert (label.text, label.toolTip()) == (full, "")
