"""DescentPlots: the numbers drawn are the run's own, and what did not change is not drawn
again."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from tensorviz.core import descent
from tensorviz.ui.widgets.descent_plots import LOG_FLOOR, DescentPlots
from tests.image_testing import compare

SQUARE = descent.Setup("square")


@pytest.fixture
def plots(qtbot, theme):
    widget = DescentPlots(theme)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    return widget


@pytest.fixture(scope="module")
def table():
    return descent.table(SQUARE, descent.lr_grid()[::10], 200)


def test_the_curves_hold_the_runs_float32_numbers(plots):
    run = descent.square(lr=0.3, epochs=40)
    plots.set_data(run, cursor=5)
    xs, ys = plots.plotted("x")
    assert np.array_equal(xs, np.arange(41)) and np.array_equal(ys, run.params[:, 0])
    xs, ys = plots.plotted("path")
    x = run.params[:, 0].astype(np.float64)  # the parabola's y = x**2 of each drawn x
    assert np.array_equal(xs, x) and np.array_equal(ys, x * x)
    assert plots.loss_is_log()  # 9 down to ~1e-30: log on "auto"
    _, ys = plots.plotted("loss")
    assert np.array_equal(ys, np.log10(np.maximum(run.loss.astype(np.float64), LOG_FLOOR)))
    assert [line.value() for line in plots.cursor_lines] == [5, 5]


def test_the_loss_scale_can_be_chosen(plots):
    run = descent.square(lr=0.3, epochs=40)
    plots.set_data(run, loss_scale="linear")
    assert not plots.loss_is_log()
    assert np.array_equal(plots.plotted("loss")[1], run.loss.astype(np.float64))
    short = descent.square(lr=0.01, epochs=5)  # 9 to 8.1: linear on "auto"
    plots.set_data(short, loss_scale="auto")
    assert not plots.loss_is_log()
    plots.set_data(short, loss_scale="log")
    assert plots.loss_is_log()
    with pytest.raises(ValueError, match="loss_scale"):
        plots.set_data(short, loss_scale="cubic")


def test_moving_the_cursor_draws_no_curve_again(plots):
    run = descent.square(lr=0.3, epochs=40)
    plots.set_data(run, cursor=1)
    drawn = plots.paint_count()
    for k in range(40):
        plots.set_data(run, cursor=k)
        assert plots.cursor_lines[0].value() == k
    assert plots.paint_count() == drawn
    plots.set_data(descent.square(lr=0.3, epochs=40), cursor=3)  # another run, same numbers
    assert plots.paint_count() == drawn + 1


def test_overlays_are_drawn_under_the_run_and_taken_away(plots):
    run = descent.square(lr=0.6, epochs=30)
    pinned = descent.square(lr=0.1, epochs=50)
    other = descent.square(lr=0.02, epochs=50)
    plots.set_data(run, overlays=(pinned, other))
    for number, overlay in enumerate((pinned, other)):
        _xs, ys = plots.overlay_curve(number, "p0").getData()
        assert np.array_equal(ys, overlay.params[:, 0].astype(np.float64))
        assert plots.overlay_curve(number, "p0").zValue() < 0
    plots.set_data(run, overlays=(pinned,))
    assert len(plots.overlay_curve(1, "p0").getData()[0] or ()) == 0
    plots.set_data(run)
    assert len(plots.overlay_curve(0, "p0").getData()[0] or ()) == 0


def test_a_line_fit_overlay_draws_its_final_line(plots):
    run = descent.line_fit(lr=0.01, epochs=100)
    pinned = descent.line_fit(lr=0.05, epochs=20)
    plots.set_data(run, cursor=100, overlays=(pinned,))
    xs, ys = plots.overlay_curve(0, "fit").getData()
    a, b = pinned.params[-1].astype(np.float64)
    assert np.allclose(ys, a * xs + b)
    assert len(plots.overlay_curve(0, "p1").getData()[1]) == 21


def test_the_sweep_strip_is_the_final_loss_per_lr(plots, table):
    run = table.trace(20, 200)
    sweep = table.sweep(200)
    plots.set_data(run, sweep=sweep)
    xs, ys = plots.plotted("sweep")
    final = sweep.final_loss.astype(np.float64)
    ok = np.isfinite(final)
    assert not ok.all()  # the largest rates blow up: marked, not drawn as a curve
    assert np.array_equal(xs, np.log10(np.asarray(sweep.lrs))[ok])
    assert np.array_equal(ys, np.log10(np.clip(final[ok], LOG_FLOOR, None)))
    plots.set_data(run, sweep=None)
    assert plots.plotted("sweep")[0].size == 0


def test_a_run_that_blows_up_is_drawn_to_its_last_finite_epoch(plots):
    run = descent.square(lr=2.0, epochs=300)
    k = run.diverged_at
    assert k is not None
    plots.set_data(run, cursor=300)
    for name in ("x", "loss", "path"):
        xs, ys = plots.plotted(name)
        assert len(ys) == k and np.isfinite(xs).all() and np.isfinite(ys).all()
    plots.grab()  # paints with no warning (warnings are errors here)


def test_hover_names_the_epoch_and_the_exact_value(plots, table):
    run = descent.square(lr=0.1, epochs=50)
    plots.set_data(run, sweep=table.sweep(50))
    plots.grab()
    vb = plots.plot_loss.getViewBox()
    # each plot has its own view: the mouse moves in one of them
    plots._on_mouse_moved(
        vb.mapViewToScene(QPointF(7, np.log10(float(run.loss[7])))), plots.plot_loss
    )
    item = plots.hover_item(plots.plot_loss)
    assert item.isVisible()
    assert item.toPlainText() == f"epoch 7: loss = {np.float32(run.loss[7])!s}"
    lr = table.lrs[12]
    vb = plots.plot_sweep.getViewBox()
    plots._on_mouse_moved(vb.mapViewToScene(QPointF(np.log10(lr), 0.0)), plots.plot_sweep)
    text = plots.hover_item(plots.plot_sweep).toPlainText()
    assert text == f"lr = {lr!r}: loss after 50 epochs = {np.float32(table.loss[50, 12])!s}"
    assert not plots.hover_item(plots.plot_loss).isVisible()


def test_a_settled_picture_does_not_remember_what_was_drawn_before(qtbot, theme, table):
    """pyqtgraph's axes widen at once but narrow only by more than 10 px, and which tick
    labels fit depends on their width: settle() starts them afresh, so a screenshot of a run
    is the same whatever the widget drew, and at which size, before."""
    pictures = []
    for earlier_size in (None, (662, 400)):
        widget = DescentPlots(theme)
        qtbot.addWidget(widget)
        widget.resize(*(earlier_size or (662, 570)))
        widget.show()
        if earlier_size is not None:
            widget.set_data(descent.square(lr=1.5, epochs=900))
            widget.settle()
        widget.set_data(descent.square(lr=0.1, epochs=50), cursor=1, sweep=table.sweep(50))
        widget.settle()
        widget.resize(662, 570)
        widget.settle()
        pictures.append(widget.grab().toImage())
    result = compare(pictures[1], pictures[0])
    assert result.size_ok and result.differing == 0, result


def test_titles_follow_the_language_and_a_closed_widget_ignores_it(qtbot, theme):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    widget = DescentPlots(theme)
    qtbot.addWidget(widget)
    widget.set_data(descent.line_fit(lr=0.01, epochs=10))
    closed = DescentPlots(theme)
    closed.close()  # its items are gone; the widget itself is deleted later
    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.waitUntil(lambda: widget.plot_params.titleLabel.text == "每轮的 a 和 b")
    finally:
        i18n.set_language(app, "en")
    qtbot.waitUntil(lambda: widget.plot_params.titleLabel.text == "a and b per epoch")
    closed.deleteLater()


def test_nice_bounds_hold_the_data_in_1_2_5_steps_and_are_kept_while_they_fit():
    from tensorviz.ui.widgets.descent_plots import KEEP_FILL, nice_span

    rng = np.random.default_rng(3)
    for _ in range(300):
        e = int(rng.integers(-6, 30))
        lo = float(rng.normal() * 10.0**e)
        hi = lo + float((0.01 + rng.random()) * 10.0 ** (e + int(rng.integers(-3, 4))))
        n_lo, n_hi = nice_span(lo, hi)
        assert n_lo <= lo and hi <= n_hi  # the data are all in the frame
        assert hi - lo >= 0.5 * (n_hi - n_lo) * (1 - 1e-9)  # and fill at least half of it
        # kept while the data fit and fill KEEP_FILL of it; a new range when they do not
        assert nice_span(lo, hi, (n_lo, n_hi)) == (n_lo, n_hi)
        grown = nice_span(lo, hi + 2 * (n_hi - n_lo), (n_lo, n_hi))
        assert grown != (n_lo, n_hi) and grown[1] >= hi + 2 * (n_hi - n_lo)
        mid = (n_lo + n_hi) / 2
        tiny = (mid, mid + (KEEP_FILL / 2) * (n_hi - n_lo))
        assert nice_span(*tiny, (n_lo, n_hi)) != (n_lo, n_hi)
    assert nice_span(0.13, 2.9) == (0.0, 3.0)
    assert nice_span(-2e18, 5e17, symmetric=True) == (-2e18, 2e18)


def test_a_dragged_lr_keeps_the_axes_while_the_runs_fit_them(plots):
    """Neighbouring slider values draw runs of nearly the same extent: the plots keep their
    ranges (so their axes keep their ticks) for most of them, and every run is in its frame."""
    grid = descent.lr_grid()
    runs = [descent.line_fit(lr=lr, epochs=300) for lr in grid[::3] if lr < 0.08]
    changes = 0
    before = None
    for run in runs:
        plots.set_data(run)
        ranges = [p.getViewBox().viewRange()[1] for p in (plots.plot_params, plots.plot_loss)]
        changes += ranges != before
        before = ranges
        for plot, name in ((plots.plot_params, "a"), (plots.plot_params, "b")):
            lo, hi = plot.getViewBox().viewRange()[1]
            _, ys = plots.plotted(name)
            assert lo <= ys.min() and ys.max() <= hi
        lo, hi = plots.plot_loss.getViewBox().viewRange()[1]
        _, ys = plots.plotted("loss")
        assert lo <= ys.min() and ys.max() <= hi
    assert len(runs) > 40
    assert changes <= len(runs) // 4, (changes, len(runs))


def test_an_axis_back_at_a_range_it_drew_replays_that_picture(plots, monkeypatch):
    """Dragging lr back and forth: an axis returning to a recent range draws it as before,
    without generating its ticks again; a changed look (a theme) is drawn afresh."""
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui.widgets.descent_plots import CachedAxis

    axis = plots.plot_params.getAxis("left")
    assert isinstance(axis, CachedAxis)
    generated = []
    real = CachedAxis.generateDrawSpecs

    def counting(self, p):
        generated.append(self)
        return real(self, p)

    monkeypatch.setattr(CachedAxis, "generateDrawSpecs", counting)
    near, far = descent.square(lr=0.1, epochs=40), descent.square(lr=1.5, epochs=40)

    def show(run):
        plots.set_data(run)
        plots.views[1].viewport().repaint()
        QApplication.processEvents()
        return plots.views[1].grab().toImage()

    show(near)
    show(far)  # wider tick labels: the axis widens (and narrows again only by 10 px or more)
    first = show(near)
    show(far)
    generated.clear()
    again = show(near)
    assert axis not in generated
    assert compare(again, first).differing == 0
    plots.apply_theme(plots.theme)  # pens set again: the same look, a picture drawn afresh
    plots.plot_params.getAxis("left").setTextPen("#ff0000")
    show(far)
    show(near)
    assert axis in generated


@pytest.mark.parametrize("zoom", [100, 150])
def test_an_axis_kept_as_an_image_looks_as_pyqtgraph_draws_it(qtbot, zoom, monkeypatch):
    """The axes keep images of what they drew (replaying pyqtgraph's picture laid out every
    label again, a millisecond an axis): the plots look exactly as with pyqtgraph's own
    axes, tick labels included, first drawn and drawn again."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui.theme import make_theme
    from tensorviz.ui.widgets.descent_plots import CachedAxis

    widget = DescentPlots(make_theme("dark", zoom))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_data(descent.square(lr=0.3, epochs=60))

    def shots() -> list:
        for view in widget.views:
            view.viewport().repaint()
        QApplication.processEvents()
        return [view.grab().toImage() for view in widget.views]

    shots()
    first, again = shots(), shots()
    monkeypatch.setattr(CachedAxis, "paint", pg.AxisItem.paint)
    for plot in widget.plots:
        for name in ("left", "bottom"):
            plot.getAxis(name).picture = None
    plain = shots()
    for mine, drawn, theirs in zip(first, again, plain, strict=True):
        assert compare(mine, theirs).differing == 0
        assert compare(drawn, theirs).differing == 0


def test_the_sweep_strip_and_the_path_take_the_new_look_of_a_theme_and_zoom(plots, table):
    """After a theme switch and a zoom, the strip's points are drawn in the theme's first
    series colour that none of its marks has, at the zoom's size, and the path's markers at
    theirs, each epoch keeping its colour (they are drawn once, with the run)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui.theme import make_theme

    plots.set_data(table.trace(20, 200), sweep=table.sweep(200))
    for theme in (make_theme("dark", 150), make_theme("contrast", 100)):
        plots.apply_theme(theme)
        plots.views[3].viewport().repaint()
        QApplication.processEvents()
        spots = plots._sweep_curve.scatter
        assert len(spots.data) > 10
        assert {spot.size() for spot in spots.points()} == {theme.px(4)}
        colours = {spot.brush().color().name() for spot in spots.points()}
        curve = plots._sweep_curve.curve.opts["pen"].color().name()
        assert colours == {curve}
        # none of the strip's marks has it (contrast: the first series is the warning's)
        marks = [line.pen.color().name() for line in (plots._lr_line, *plots._thr_lines)]
        assert curve not in marks and len(set(marks)) == 3, (curve, marks)
        assert curve == QColor(theme.series[0 if theme.name == "dark" else 2]).name()
        markers = plots._path_points.points()
        assert len(markers) > 10
        assert {spot.size() for spot in markers} == {theme.px(8)}
        assert markers[0].brush().color() != markers[-1].brush().color()  # early vs late
        # 'inf/nan' on the plot's face, readable where threshold lines cross it
        assert plots._blown_text.fill.color().name() == QColor(theme.surface).name()
        for line in plots._thr_lines:  # "overshoots", "diverges": lines crossed them too
            assert line.label.fill.color().name() == QColor(theme.surface).name()
        assert plots._blown_text.zValue() > max(line.zValue() for line in plots._thr_lines)


def test_an_axis_keeps_its_width_when_its_labels_get_shorter(plots):
    """A slider dragged from wide tick labels to narrow ones: the axis keeps its width, so the
    plot does not shift sideways (and its other axis does not draw itself again)."""
    from PySide6.QtWidgets import QApplication

    axis = plots.plot_params.getAxis("left")

    def width_after(run) -> float:
        plots.set_data(run)
        plots.views[1].viewport().repaint()
        QApplication.processEvents()
        return axis.width()

    narrow = width_after(descent.square(lr=0.1, epochs=40))  # ticks 0 .. 3
    wide = width_after(descent.square(lr=1.5, epochs=40))  # ticks to -1e+07 or so
    assert wide > narrow
    assert width_after(descent.square(lr=0.1, epochs=40)) == wide


def _sweep_shown(qtbot, table, theme_name: str, size, zoom: int) -> DescentPlots:
    """The plots at ``size`` and ``zoom`` with one x² run of ``table`` and its sweep strip
    (runs that converge, oscillate and blow up), settled."""
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui.theme import make_theme

    widget = DescentPlots(make_theme(theme_name, zoom))
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_data(table.trace(20, 200), sweep=table.sweep(200))
    widget.settle()
    QApplication.processEvents()
    return widget


@pytest.mark.parametrize(
    ("size", "zoom"), [((900, 600), 100), ((560, 380), 100), ((580, 330), 150)]
)
def test_the_threshold_labels_stay_inside_the_sweep_strip(qtbot, table, size, zoom):
    """'overshoots' and 'diverges' each beside its own line, inside the plot: in a small plot
    the right-hand one goes to the left of its line rather than past the edge, cut, and
    below the other one rather than over it."""
    widget = _sweep_shown(qtbot, table, "light", size, zoom)
    room = widget.plot_sweep.getViewBox().sceneBoundingRect()
    for line in widget._thr_lines:
        assert line.isVisible() and line.label.isVisible() and line.label.toPlainText()
        label = line.label.sceneBoundingRect()
        assert room.left() <= label.left() and label.right() <= room.right(), (size, label, room)
        assert room.top() <= label.top() and label.bottom() <= room.bottom(), (size, label, room)
    overshoots, diverges = (line.label.sceneBoundingRect() for line in widget._thr_lines)
    assert not overshoots.intersects(diverges), (size, overshoots, diverges)


@pytest.mark.parametrize(
    ("size", "zoom"),
    [((900, 600), 100), ((660, 330), 150), ((830, 330), 150), ((660, 520), 150), ((580, 330), 150)],
)
def test_inf_nan_keeps_clear_of_the_threshold_labels(qtbot, table, size, zoom):
    """'inf/nan' (what the markers of the runs that blew up are) hangs below them, and
    below 'diverges' where that label is there: in a short strip (1024x768 at zoom 150) the
    three were written over each other. Where nothing down to the plot's bottom is clear, it
    is left out."""
    widget = _sweep_shown(qtbot, table, "dark", size, zoom)
    text = widget._blown_text
    assert text.toPlainText() == "inf/nan"
    room = widget.plot_sweep.getViewBox().sceneBoundingRect()
    if size[1] >= 520:  # room enough: it is there
        assert text.isVisible()
    if not text.isVisible():
        return
    mine = text.sceneBoundingRect()
    assert room.top() <= mine.top() and mine.bottom() <= room.bottom(), (size, mine, room)
    # below the markers, not under their lower half
    x, top = widget._blown_at
    centre = widget.plot_sweep.getViewBox().mapViewToScene(QPointF(x, top))
    assert mine.top() >= centre.y() + widget._sweep_blown.opts["size"] / 2, (size, mine, centre)
    for line in widget._thr_lines:
        label = line.label.sceneBoundingRect()
        assert not mine.intersects(label), (size, line.label.toPlainText(), mine, label)


def test_the_threshold_labels_move_apart_when_the_zoom_grows_their_text(qtbot, table):
    """Zoomed in (the lecturer's Ctrl+=), the labels' text grows where they stand: their places
    are fitted again, not left to the next change of the plot's range."""
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui.theme import make_theme

    widget = DescentPlots(make_theme("light", 100))
    qtbot.addWidget(widget)
    widget.resize(580, 330)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_data(table.trace(20, 200), sweep=table.sweep(200))
    widget.settle()
    widget.apply_theme(make_theme("light", 150))
    QApplication.processEvents()
    overshoots, diverges = (line.label.sceneBoundingRect() for line in widget._thr_lines)
    assert not overshoots.intersects(diverges), (overshoots, diverges)


def test_no_learning_rate_marks_before_a_run(qtbot, theme, table):
    """Before its first run (a lesson shown while torch loads) the sweep strip draws no lr
    line and no 'overshoots'/'diverges' lines: there are no thresholds to show yet."""
    widget = DescentPlots(theme)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert not any(line.isVisible() for line in (widget._lr_line, *widget._thr_lines))
    widget.set_data(table.trace(20, 200), sweep=table.sweep(200))
    widget.settle()
    assert all(line.isVisible() for line in (widget._lr_line, *widget._thr_lines))
    # and their words, set while they were hidden
    assert [line.label.toPlainText() for line in widget._thr_lines] == ["overshoots", "diverges"]


def test_path_markers_moved_for_a_new_lr_are_drawn_as_a_fresh_plot_draws_them(qtbot, theme):
    """A new lr with the same epochs only moves the markers (their spots and colours kept):
    where they are and how they look is what a plot drawing that run first shows."""
    pictures = []
    for earlier in (None, 0.3):
        widget = DescentPlots(theme)
        qtbot.addWidget(widget)
        widget.resize(662, 570)
        widget.show()
        if earlier is not None:
            widget.set_data(descent.square(lr=earlier, epochs=50))
            widget.settle()
        run = descent.square(lr=0.1, epochs=50)
        widget.set_data(run, cursor=1)
        widget.settle()
        x = run.params[:, 0].astype(np.float64)
        points = widget._path_points.data
        assert np.array_equal(points["x"], x) and np.array_equal(points["y"], x * x)
        pictures.append(widget.grab().toImage())
    result = compare(pictures[1], pictures[0])
    assert result.size_ok and result.differing == 0, result


@pytest.mark.parametrize(
    ("lr", "epochs", "size"),
    [
        (10.0, 100, (620, 420)),
        (1.3, 500, (620, 420)),
        (1.05, 500, (620, 420)),
        (10.0, 100, (500, 340)),
        (1.05, 500, (500, 340)),
        (1.78, 50, (330, 300)),
    ],
)
def test_the_overflow_note_stays_inside_the_loss_plot(qtbot, theme, lr, epochs, size):
    """ "overflows in epoch N" hangs beside the loss curve's last finite point, on the side
    with room: early in the run it was cut at the plot's left edge (1024x768, zoom 120); in
    a plot too narrow for it beside its point, it is moved in (1024x768, zoom 150); in a plot
    narrower than the note, it wraps (cut at "overflows in epoch" at 1024x768, zoom 150)."""
    widget = DescentPlots(theme)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    run = descent.square(lr=lr, epochs=epochs)
    assert run.overflow is not None
    widget.set_data(run)
    widget.settle()
    note = widget._diverge_text
    assert note.isVisible()
    text = note.mapRectToScene(note.boundingRect())
    view = widget.plot_loss.getViewBox().sceneBoundingRect()
    assert view.left() <= text.left() and text.right() <= view.right(), (text, view)


def test_a_title_longer_than_its_plot_is_elided_and_the_plot_stays_in_its_widget(plots, qtbot):
    """A pyqtgraph title is as wide as its text at least: longer than its plot, it made the
    plot wider than its widget, and the plot's right side was cut off (the line fit's main
    plot at 1400x900, 'Final loss vs learning rate' at 1024x768 zoom 150)."""
    plots.set_data(descent.line_fit(lr=0.01, epochs=20))
    plots.resize(360, 400)  # plots 180 px wide
    qtbot.wait(50)
    full = "Data and this epoch's line"
    for view in plots.views:
        plot = view.getPlotItem()
        assert plot.geometry().width() <= view.width()
    main = plots.views[0]
    title = main.getPlotItem().titleLabel
    assert title.text == "Data and the line" and title.toolTip() == full  # its short form
    plots.resize(240, 400)  # plots 120 px wide: neither form fits
    qtbot.wait(50)
    for view in plots.views:
        assert view.getPlotItem().geometry().width() <= view.width()
    shown = title.text
    assert shown.endswith("…") and full.startswith(shown[:-1]) and len(shown) > 5
    assert title.toolTip() == full
    plots.resize(1600, 600)
    qtbot.wait(50)
    assert main.getPlotItem().titleLabel.text == full
    assert main.getPlotItem().titleLabel.toolTip() == ""


@pytest.mark.parametrize("experiment", ["square", "line"])
def test_diverges_is_written_clear_of_the_final_loss_curve(qtbot, experiment):
    """'diverges' beside its line where the final-loss curve is not: right of the line the
    curve shoots up from its floor to the top, and half-way up (where the label was) it
    was written across the curve, in both experiments at the default window size."""
    setup = SQUARE if experiment == "square" else descent.Setup("line")
    widget = _sweep_shown(
        qtbot, descent.table(setup, descent.lr_grid(), 200), "light", (900, 600), 100
    )
    label = widget._thr_lines[1].label
    assert label.isVisible() and label.toPlainText() == "diverges"
    dot = widget._sweep_curve.opts["symbolSize"] / 2  # the curve's dots, not only its line
    rect = label.sceneBoundingRect().adjusted(-dot, -dot, dot, dot)
    box = widget.plot_sweep.getViewBox()
    xs, ys = widget._sweep_curve.getData()
    points = [box.mapViewToScene(QPointF(float(x), float(y))) for x, y in zip(xs, ys, strict=True)]
    covered = [  # the curve's points and the lines drawn between them
        (a, b)
        for a, b in itertools.pairwise(points)
        if any(rect.contains(a + (b - a) * t) for t in np.linspace(0, 1, 25))
    ]
    assert not covered, (rect, covered)


def test_a_short_axis_spreads_its_labels_so_that_they_do_not_overlap(qtbot):
    """The loss axis of a short plot at zoom 150 (1024x768) stacked "1", "0.01", "0.0001"
    and "1e-06" on top of each other: its major ticks are spread to a line and more apart;
    where there is room the spacing is pyqtgraph's."""
    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetrics

    from tensorviz.ui.theme import make_theme
    from tensorviz.ui.widgets.descent_plots import CachedAxis

    axis = CachedAxis("left")
    axis.setTickFont(make_theme("light", 150).font(9))
    line = QFontMetrics(axis.style["tickFont"]).height()
    low, high = -6.5, 0.5  # seven decades of loss (log10)
    short = 3 * line
    theirs = pg.AxisItem.tickSpacing(axis, low, high, short)
    assert short * theirs[0][0] / (high - low) < line  # pyqtgraph's labels overlap here
    major = axis.tickSpacing(low, high, short)[0][0]
    assert short * major / (high - low) >= line
    tall = 30 * line
    assert axis.tickSpacing(low, high, tall) == pg.AxisItem.tickSpacing(axis, low, high, tall)
    # never spread so far that one label is left: it would tell no scale
    for top in (-0.5, 0.5, 1.0, 3.0):
        major = axis.tickSpacing(-4.5, top, short)[0][0]
        assert math.floor(top / major) - math.ceil(-4.5 / major) + 1 >= 2, top
    bottom = CachedAxis("bottom")  # a horizontal axis hides overlapping labels itself
    assert bottom.tickSpacing(low, high, short) == pg.AxisItem.tickSpacing(bottom, low, high, short)


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_the_first_path_markers_stand_out_from_the_plot(qtbot, name):
    """Markers go dark early, bright late; over the contrast theme's black (the projector's)
    viridis's first colour, dark purple, showed only as a ring of outline. The first epoch's
    colour stands out from the plot's background 3:1 at least (WCAG's contrast ratio for
    graphics), and the last epoch's stays viridis's end."""
    from PySide6.QtGui import QColor

    from tensorviz.ui.theme import make_theme

    def luminance(colour: QColor) -> float:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    theme = make_theme(name)
    plots = DescentPlots(theme)
    qtbot.addWidget(plots)
    first, last = (b.color() for b in plots._epoch_brushes(np.array([0, 50]), 50))
    lums = sorted((luminance(first), luminance(QColor(theme.surface))))
    assert (lums[1] + 0.05) / (lums[0] + 0.05) >= 3, first.name()
    assert last.name() == "#fde725"  # viridis at 1
    if name == "light":
        assert first.name() == "#440154"  # viridis at 0: as dark as before on white
