"""Lesson ``descent``: the slider drives the plots, with the numbers core.descent computes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSlider

from tensorviz.core import descent
from tensorviz.ui import lessons
from tensorviz.ui.widgets.descent_plots import LOG_FLOOR
from tests.snippets import assert_prints_output


@pytest.fixture
def lesson(qtbot, theme):
    les = lessons.build("descent", theme)
    qtbot.addWidget(les)
    les.resize(1400, 900)
    les.show()
    les.settle()
    yield les
    les.settle()


def child(les, cls, name):
    w = les.findChild(cls, name)
    assert w is not None, name
    return w


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def assert_plots_show(les, trace: descent.Trace) -> None:
    """Every per-epoch curve holds exactly ``trace``'s float32 numbers."""
    n = trace.epochs if trace.diverged_at is None else trace.diverged_at - 1
    for j, name in enumerate(trace.names):
        xs, ys = les.view.plots.plotted(name)
        assert np.array_equal(xs, np.arange(n + 1))
        assert np.array_equal(ys, trace.params[: n + 1, j].astype(np.float64))
    xs, ys = les.view.plots.plotted("loss")
    assert np.array_equal(xs, np.arange(n + 1))
    expected = trace.loss[: n + 1].astype(np.float64)
    if les.view.plots.loss_is_log():
        # log10 of the loss, exact zeros (underflow) on the floor of the axis
        expected = np.log10(np.maximum(expected, LOG_FLOOR))
        assert np.array_equal(ys, expected)
    else:
        assert np.array_equal(ys, expected)


def test_default_state_is_the_course_run(lesson):
    trace = lesson.trace()
    assert (trace.setup.experiment, trace.lr, trace.epochs) == ("square", 0.1, 50)
    assert_plots_show(lesson, descent.square(lr=0.1, epochs=50))
    update = child(lesson, QLabel, "update_label").text()
    assert "x ← x − lr · grad = 3.0 − 0.1 × 6.0 = 2.4" in update
    assert child(lesson, QLabel, "regime_label").text() == "converging"
    assert lesson.code_pane.output_text().splitlines()[0] == (
        "epoch: 0 x: 2.4000000953674316 y: 9.0"
    )
    # the cursor's epoch 1 is the course loop's i = 0, which its print shows: said so
    assert update.startswith("Epoch 1: loss = 9.0 at the old values")
    assert update.endswith("\n(in torch's output: epoch: 0)")
    lesson.set_cursor(7)
    printed = lesson.code_pane.output_text().splitlines()[6]
    update = child(lesson, QLabel, "update_label").text()
    assert update.startswith("Epoch 7: loss = ")
    assert printed.startswith("epoch: 6 x: ")  # the x it prints, the update's result
    new_x, printed_as = update.split("\n")[1:]
    assert new_x.endswith(f"= {np.float32(float(printed.split()[3]))!s}")
    assert printed_as == "(in torch's output: epoch: 6)"
    assert child(lesson, QLineEdit, "lr_edit").text() == "0.1"
    assert child(lesson, QSlider, "epochs_slider").value() == 50


def test_lr_slider_moves_change_the_plots_to_core_traces(lesson, qtbot):
    slider = child(lesson, QSlider, "lr_slider")
    grid = descent.lr_grid()
    for pos in (0, 123, 250, 399, len(grid) - 1):
        slider.setValue(pos)  # what a drag emits: valueChanged, no release needed
        assert lesson.state.lr == grid[pos]
        assert child(lesson, QLineEdit, "lr_edit").text() == repr(grid[pos])
        lesson.settle()
        assert_plots_show(lesson, descent.square(lr=grid[pos], epochs=50))
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    lesson.settle()
    assert lesson.state.lr == grid[-2]
    assert_plots_show(lesson, descent.square(lr=grid[-2], epochs=50))


def test_line_fit_slider_and_epochs(lesson, qtbot):
    qtbot.mouseClick(child(lesson, QPushButton, "experiment_line"), Qt.MouseButton.LeftButton)
    lesson.settle()
    trace = lesson.trace()
    assert (trace.final("a"), trace.final("b")) == (1.9492162466049194, 1.1833451986312866)
    assert lesson.code_pane.output_text().endswith("a: 1.9492162466049194, b: 1.1833451986312866")
    child(lesson, QSlider, "epochs_slider").setValue(500)
    lesson.settle()
    assert lesson.trace().final("a") == 1.986896276473999
    slider = child(lesson, QSlider, "lr_slider")
    for lr in (0.02, 0.0501, 0.1):
        slider.setValue(descent.lr_grid().index(lr))
        lesson.settle()
        assert_plots_show(lesson, descent.line_fit(lr=lr, epochs=500))


def test_slider_answers_at_once_once_the_table_is_there(lesson):
    """After settle, dragging through many positions needs no worker round trip."""
    slider = child(lesson, QSlider, "lr_slider")
    before = lesson.view.plots.paint_count()
    for pos in range(100, 140):
        slider.setValue(pos)
        assert lesson.trace().lr == descent.lr_grid()[pos]  # painted synchronously
    assert lesson.view.plots.paint_count() == before + 40


def test_typed_lr_off_the_grid_runs_in_the_worker(lesson, qtbot):
    type_into(qtbot, child(lesson, QLineEdit, "lr_edit"), "0.123456")
    lesson.settle()
    assert lesson.trace().lr == 0.123456
    assert_plots_show(lesson, descent.square(lr=0.123456, epochs=50))
    edit = child(lesson, QLineEdit, "lr_edit")
    type_into(qtbot, edit, "-1")
    assert "learning rate" in lesson.banner.message()
    assert edit.property("invalid") is True  # the refused field is outlined
    assert lesson.trace().lr == 0.123456  # the last good run stays
    type_into(qtbot, edit, "0.2")
    assert edit.property("invalid") is False
    type_into(qtbot, edit, "0,5")  # a decimal comma: it said "Tuple at top level"
    assert lesson.banner.message() == "learning rate: '0,5'"
    assert lesson.banner.explanation() == "Python writes a decimal point as a dot: type 0.5."
    assert lesson.trace().lr == 0.2


@pytest.mark.parametrize(
    ("lr", "label"),
    [(0.45, "converging"), (0.55, "oscillating"), (0.95, "oscillating"), (1.05, "diverging")],
)
def test_square_regime_label_both_sides(lesson, qtbot, lr, label):
    type_into(qtbot, child(lesson, QLineEdit, "lr_edit"), repr(lr))
    lesson.settle()
    assert child(lesson, QLabel, "regime_label").text() == label
    detail = child(lesson, QLabel, "regime_detail").text()
    assert "lr = 0.5" in detail and "lr = 1 " in detail


@pytest.mark.parametrize("factor", [0.98, 1.02])
def test_line_regime_label_both_sides(lesson, qtbot, factor):
    child(lesson, QPushButton, "experiment_line").click()
    th = descent.thresholds(descent.Setup("line"))
    type_into(qtbot, child(lesson, QLineEdit, "lr_edit"), repr(th.diverge * factor))
    lesson.settle()
    assert child(lesson, QLabel, "regime_label").text() == (
        "oscillating" if factor < 1 else "diverging"
    )
    assert f"{th.diverge:.4g}" in child(lesson, QLabel, "regime_detail").text()


def test_divergent_run_stays_readable(lesson):
    child(lesson, QPushButton, "experiment_line").click()
    child(lesson, QSlider, "epochs_slider").setValue(1000)
    child(lesson, QSlider, "lr_slider").setValue(len(descent.lr_grid()) - 1)  # lr = 2
    lesson.settle()
    trace = lesson.trace()
    k = trace.diverged_at
    assert k is not None
    label = child(lesson, QLabel, "diverged_label")
    assert label.isVisible() and f"epoch {trace.overflow.loss_epoch}:" in label.text()
    for name in ("a", "b", "loss", "sweep"):
        xs, ys = lesson.view.plots.plotted(name)
        assert np.isfinite(ys).all() and np.isfinite(xs).all()
    assert len(lesson.view.plots.plotted("a")[1]) == k
    lesson.grab()  # paints with no warning (warnings are errors here)
    assert child(lesson, QLabel, "regime_label").text() == "diverging"
    assert lesson.view.plots.loss_is_log()


def test_divergence_label_agrees_with_the_epoch_cursor(lesson):
    """Issue 13: lr 0.1, 500 epochs on the line fit. The label names what overflowed and in
    which epoch; the cursor at that epoch shows it (and the epoch before, finite numbers)."""
    child(lesson, QPushButton, "experiment_line").click()
    child(lesson, QSlider, "epochs_slider").setValue(500)
    child(lesson, QSlider, "lr_slider").setValue(descent.lr_grid().index(0.1))
    lesson.settle()
    text = child(lesson, QLabel, "diverged_label").text()
    assert text.startswith("Diverged in epoch 137: the loss overflowed float32 (loss = inf).")
    assert "In epoch 276 the parameters did too (a = -inf)." in text
    update = child(lesson, QLabel, "update_label")
    lesson.set_cursor(137)
    assert update.text().startswith("Epoch 137: loss = inf at the old values")
    lesson.set_cursor(136)
    assert "loss = inf" not in update.text() and "loss = 4.2555304e+37" in update.text()
    lesson.set_cursor(276)
    assert "= -inf\n" in update.text() + "\n"
    lesson.set_cursor(275)
    assert "inf" not in update.text().split("\n", 1)[1]
    assert lesson.view.plots._diverge_text.textItem.toPlainText() == "overflows in epoch 137"


def test_the_update_form_control_runs_and_writes_x_data(lesson, qtbot):
    """The plain loop's x.data form: chosen by its control (shown for the plain loop only),
    run for real, written so in the code, whose output a fresh python prints."""
    combo = child(lesson, QComboBox, "update_combo")
    assert combo.isVisible() and "no_grad" in combo.toolTip() and ".data" in combo.toolTip()
    combo.setCurrentIndex(descent.UPDATES.index("data"))
    lesson.settle()
    assert lesson.state.update == "data"
    assert lesson.trace().setup.update == "data"
    square = lesson.snippet()
    assert "    x.data -= lr * x.grad\n" in square.code and "no_grad" not in square.code
    assert_plots_show(lesson, descent.square(update="data"))
    child(lesson, QPushButton, "experiment_line").click()
    child(lesson, QSlider, "lr_slider").setValue(descent.lr_grid().index(0.1))
    lesson.settle()
    line = lesson.snippet()
    assert "    a.data -= lr * a.grad\n    b.data -= lr * b.grad\n" in line.code
    assert_plots_show(lesson, descent.line_fit(lr=0.1, epochs=100, update="data"))
    assert_prints_output([square, line])
    child(lesson, QComboBox, "optimizer_combo").setCurrentIndex(descent.OPTIMIZERS.index("sgd"))
    lesson.settle()
    assert not combo.isVisible()  # torch.optim's step() updates: no form to choose


def test_sweep_marks_final_loss_per_lr(lesson):
    lesson.settle()
    xs, ys = lesson.view.plots.plotted("sweep")
    table = descent.table(descent.Setup("square"), descent.lr_grid()[::40], 50)
    for i, lr in enumerate(table.lrs):
        j = int(np.argmin(np.abs(xs - np.log10(lr))))
        v = float(table.final_loss(50)[i])
        if np.isfinite(v) and v > 1e-29:
            assert ys[j] == pytest.approx(np.log10(v))


def test_optimizer_choice_uses_torch_optim(lesson):
    child(lesson, QPushButton, "experiment_line").click()
    combo = child(lesson, QComboBox, "optimizer_combo")
    for index, name in enumerate(descent.OPTIMIZERS):
        combo.setCurrentIndex(index)
        lesson.settle()
        assert lesson.trace().setup.optimizer == name
        assert_plots_show(lesson, descent.line_fit(lr=0.01, epochs=100, optimizer=name))
    assert "torch.optim.Adam" in lesson.code_pane.code_text()
    assert "m̂" in child(lesson, QLabel, "update_label").text()


def test_pin_overlays_a_second_run(lesson):
    pin = child(lesson, QPushButton, "pin_button")
    pin.click()
    first = lesson.trace()
    child(lesson, QSlider, "lr_slider").setValue(descent.lr_grid().index(0.501))
    lesson.settle()
    _xs, ys = lesson.view.plots.overlay_curve(0, "p0").getData()
    assert np.array_equal(ys, first.params[:, 0].astype(np.float64))
    assert lesson.trace().lr == 0.501
    assert "lr = 0.1, 50 epochs" in child(lesson, QLabel, "pin_label").text()
    pin.click()
    assert lesson.view.plots.overlay_curve(0, "p0").getData()[0] is None or not len(
        lesson.view.plots.overlay_curve(0, "p0").getData()[0]
    )


def test_epoch_cursor_step_reset_scrub_play(lesson, qtbot):
    trace = lesson.trace()
    step = child(lesson, QPushButton, "step_button")
    step.click()
    assert lesson.state.cursor == 2
    text = child(lesson, QLabel, "update_label").text()
    old, new, g = (
        str(np.float32(v)) for v in (trace.params[1, 0], trace.params[2, 0], trace.grads[1, 0])
    )
    assert f"= {old} − 0.1 × {g} = {new}" in text
    child(lesson, QPushButton, "reset_button").click()
    assert lesson.state.cursor == 0
    assert "start" in child(lesson, QLabel, "update_label").text()
    child(lesson, QSlider, "epoch_slider").setValue(30)
    assert lesson.state.cursor == 30
    assert lesson.view.plots.cursor_lines[0].value() == 30
    child(lesson, QComboBox, "speed_combo").setCurrentIndex(len(descent.OPTIMIZERS) + 1)
    child(lesson, QPushButton, "play_button").click()
    qtbot.waitUntil(lambda: lesson.state.cursor == trace.epochs, timeout=5000)
    assert not child(lesson, QPushButton, "play_button").isChecked()


def test_hover_shows_the_exact_epoch_and_value(lesson):
    plot = lesson.view.plots.plot_params
    vb = plot.getViewBox()
    trace = lesson.trace()
    scene_pos = vb.mapViewToScene(QPointF(7, float(trace.params[7, 0])))
    lesson.view.plots._on_mouse_moved(scene_pos)
    item = lesson.view.plots.hover_item(plot)
    assert item.isVisible()
    assert item.toPlainText() == "epoch 7: x = " + str(np.float32(trace.params[7, 0]))


def test_pitfall_buttons_show_torch_messages(lesson, qtbot):
    child(lesson, QPushButton, "pitfall_inplace_button").click()
    assert lesson.banner.message() == (
        "RuntimeError: a leaf Variable that requires grad is being used in an in-place operation."
    )
    assert "no_grad" in lesson.banner.explanation()
    assert "x -= lr * x.grad" in lesson.code_pane.code_text()
    # the verdict over the plots is torch's, not the working update's "converging" (the
    # plots are that update's, and say so)
    regime, detail = child(lesson, QLabel, "regime_label"), child(lesson, QLabel, "regime_detail")
    assert regime.text() == "torch raised"
    # counted from torch's run: the in-place update raised before it changed x once
    assert detail.text().startswith("Updates this code made before torch raised: 0 (the")
    child(lesson, QPushButton, "pitfall_rebind_button").click()
    assert lesson.banner.message() == (
        "RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn"
    )
    lesson.settle()
    assert "epoch: 0 x: tensor([2.4000])" in lesson.snippet().output  # it raised in the next
    assert detail.text().startswith("Updates this code made before torch raised: 1 (the")
    assert regime.text() == "torch raised"
    snippets = [lesson.snippet()]
    child(lesson, QSlider, "lr_slider").setValue(descent.lr_grid().index(0.2))
    lesson.settle()
    assert lesson.banner.message() == ""
    assert regime.text() == "converging"
    snippets.append(lesson.snippet())
    assert "lr = 0.2" in snippets[-1].code


def test_bad_data_shows_torch_error_and_keeps_the_run(lesson, qtbot):
    child(lesson, QPushButton, "experiment_line").click()
    lesson.settle()
    before = lesson.trace()
    type_into(qtbot, child(lesson, QLineEdit, "data_y_edit"), "[3, 5, 7]")
    assert "must match the size of tensor b (3)" in lesson.banner.message()
    assert lesson.trace() is before
    type_into(qtbot, child(lesson, QLineEdit, "data_y_edit"), "[3, 5, oops]")
    assert "data y" in lesson.banner.message()
    for text in ("[[1, 2], [3, 4]]", "[]"):  # it said "[x1, x2, ...]: That size cannot be used"
        type_into(qtbot, child(lesson, QLineEdit, "data_x_edit"), text)
        assert lesson.banner.message() == f"data x: {text}"
        assert lesson.banner.explanation() == (
            "A flat list of at least one number is expected, such as [1, 2, 3]."
        )
    assert lesson.trace() is before
    type_into(qtbot, child(lesson, QLineEdit, "data_x_edit"), "[1, 2, 3, 4, 5]")
    type_into(qtbot, child(lesson, QLineEdit, "data_y_edit"), "[2, 4, 6, 8, 10]")
    lesson.settle()
    assert lesson.banner.message() == ""
    expected = descent.line_fit(lr=0.01, epochs=100, y=(2, 4, 6, 8, 10))
    assert_plots_show(lesson, expected)
    assert "y = torch.tensor([2, 4, 6, 8, 10]" in lesson.code_pane.code_text()


def test_start_value_edit(lesson, qtbot):
    type_into(qtbot, child(lesson, QLineEdit, "x0_edit"), "-2.5")
    lesson.settle()
    assert_plots_show(lesson, descent.square(x0=-2.5, lr=0.1, epochs=50))


@pytest.mark.slow
def test_snippets_run_in_python(lesson, qtbot):
    snippets = [lesson.snippet()]
    child(lesson, QPushButton, "experiment_line").click()
    child(lesson, QSlider, "lr_slider").setValue(descent.lr_grid().index(0.1))
    lesson.settle()
    snippets.append(lesson.snippet())
    child(lesson, QPushButton, "pitfall_inplace_button").click()
    lesson.settle()
    snippets.append(lesson.snippet())
    assert "Loss: 3020.7896" in snippets[1].output
    assert "RuntimeError" in snippets[2].output
    assert_prints_output(snippets)
    assert lesson.code_pane.output_text() == snippets[2].output.rstrip("\n")


def test_language_switch_retranslates(lesson, qtbot):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.wait(10)
        label = child(lesson, QLabel, "regime_label").text()
        assert label != "converging" and label
    finally:
        i18n.set_language(app, "en")
        qtbot.wait(10)
    assert child(lesson, QLabel, "regime_label").text() == "converging"


@pytest.mark.parametrize("experiment", descent.EXPERIMENTS)
def test_extreme_values_paint_without_warnings(lesson, qtbot, experiment):
    """Tiny, huge and boundary learning rates, every update rule: painted, nothing raised,
    no warning (warnings are errors here), the numbers still those of core.descent."""
    child(lesson, QPushButton, f"experiment_{experiment}").click()
    combo = child(lesson, QComboBox, "optimizer_combo")
    edit = child(lesson, QLineEdit, "lr_edit")
    cases = {
        0: ((1e-4, 1), (100.0, 1000), (1.0, 7), (2.0, 300)),
        3: ((1e-4, 1), (100.0, 90), (2.0, 60)),  # optimizers' tables are slower to build
    }
    for index, values in cases.items():
        combo.setCurrentIndex(index)
        for lr, epochs in values:
            child(lesson, QSlider, "epochs_slider").setValue(epochs)
            type_into(qtbot, edit, repr(lr))
            lesson.settle()
            trace = lesson.trace()
            assert (trace.lr, trace.epochs) == (lr, epochs)
            assert_plots_show(lesson, descent.run(lesson.state.setup(), lr, epochs))
            lesson.set_cursor(epochs)
            lesson.grab()
            assert lesson.banner.message() == ""


def test_worker_drops_stale_results_and_carries_torch_errors(qtbot):
    import threading

    import torch

    from tensorviz.core.errors import TorchError
    from tensorviz.ui.worker import Worker

    worker = Worker()
    got: list[tuple[str, object]] = []
    worker.finished.connect(lambda channel, result: got.append((channel, result)))
    gate = threading.Event()
    started = threading.Event()
    ran: list[int] = []

    def job(n):
        def run():
            if n == 1:
                started.set()
                gate.wait(5)
            ran.append(n)
            return n

        return run

    worker.submit("trace", job(1))
    assert started.wait(5)  # running, blocked on the gate
    worker.submit("trace", job(2))  # queued, stale before it starts: never runs
    worker.submit("trace", job(3))
    gate.set()
    worker.wait()
    assert got == [("trace", 3)]
    assert ran == [1, 3]
    assert not worker.busy()
    worker.submit("other", lambda: torch.zeros(2, 3).view(4))
    worker.wait()
    channel, result = got[-1]
    assert channel == "other" and isinstance(result, TorchError)
    assert "view size" in result.message or "invalid for input of size" in result.message
    worker.shutdown()


def test_pitfall_banner_survives_background_tables(qtbot, theme):
    les = lessons.build("descent", theme)
    qtbot.addWidget(les)
    child(les, QPushButton, "pitfall_inplace_button").click()  # the table is still computing
    les.settle()
    assert "leaf Variable" in les.banner.message()
    assert "x -= lr * x.grad" in les.code_pane.code_text()


def test_optimizer_tables_grow_with_the_epochs(lesson):
    child(lesson, QPushButton, "experiment_line").click()
    child(lesson, QComboBox, "optimizer_combo").setCurrentIndex(2)
    lesson.settle()
    epochs = child(lesson, QSlider, "epochs_slider")
    epochs.setValue(600)  # beyond the 100-epoch table: the strip waits, nothing raises
    lesson.view.plots._on_mouse_moved(lesson.view.plots.plot_sweep.sceneBoundingRect().center())
    lesson.settle()
    assert lesson.trace().epochs == 600
    assert_plots_show(lesson, descent.line_fit(lr=0.01, epochs=600, optimizer="momentum"))
    xs, ys = lesson.view.plots.plotted("sweep")
    table = descent.table(lesson.state.setup(), descent.lr_grid()[::15][:3], 600)
    assert xs[0] == np.log10(table.lrs[0])
    assert ys[0] == np.log10(float(table.final_loss(600)[0]))


def test_other_experiment_table_is_prepared_in_the_background(lesson, qtbot):
    qtbot.waitUntil(lambda: not lesson.traces.filling(), timeout=30000)
    child(lesson, QPushButton, "experiment_line").click()
    # no table to wait for: the line fit's slider positions are all there already
    assert not lesson.busy("table")
    slider = child(lesson, QSlider, "lr_slider")
    slider.setValue(descent.lr_grid().index(0.02))
    assert not lesson.busy("trace")
    assert_plots_show(lesson, descent.line_fit(lr=0.02, epochs=100))


def test_hover_on_the_sweep_names_lr_and_final_loss(lesson):
    plot = lesson.view.plots.plot_sweep
    lr = descent.lr_grid()[200]
    scene_pos = plot.getViewBox().mapViewToScene(QPointF(np.log10(lr), 0.0))
    lesson.view.plots._on_mouse_moved(scene_pos)
    item = lesson.view.plots.hover_item(plot)
    assert item.isVisible()
    final = descent.square(lr=lr, epochs=50).loss[50]
    assert item.toPlainText() == f"lr = {lr!r}: loss after 50 epochs = {np.float32(final)!s}"


def test_data_torch_refuses_show_the_code_that_raises_and_whose_a_and_b(lesson, qtbot):
    """x = [1, 2, 3] against 5 values of y: the banner had torch's error while the code
    and output panes still showed the last run (x = [1, 2, 3, 4, 5]), whose code raises
    nothing; and torch's 'tensor a'/'tensor b' read as the line's a and b."""
    child(lesson, QPushButton, "experiment_line").click()
    lesson.settle()
    before, state = lesson.trace(), lesson.state
    type_into(qtbot, child(lesson, QLineEdit, "data_x_edit"), "[1, 2, 3]")
    lesson.settle()  # the code pane follows a pause
    message = lesson.banner.message()
    assert "must match the size of tensor b (5)" in message
    snippet = lesson.snippet()
    assert "x = torch.tensor([1, 2, 3], dtype=torch.float)" in snippet.code
    assert "Epoch" not in snippet.output  # not the last run's
    assert snippet.output.strip() == message  # the code on screen prints the error on screen
    assert_prints_output([snippet])
    assert "y_pred - y" in lesson.banner.explanation()
    assert "not the line's parameters a and b" in lesson.banner.explanation()
    assert lesson.trace() is before and lesson.state == state  # no run of these data
    # a run that finishes after the refusal (the race's, begun just before) keeps the
    # code that raised: it went back to the last run's code under torch's error
    child(lesson, QCheckBox, "race_adam").setChecked(True)
    assert not lesson.idle()  # the race is run in the background
    edit = child(lesson, QLineEdit, "data_x_edit")
    edit.setText("[1, 2]")
    edit.editingFinished.emit()  # at once, before that run is in
    lesson.settle()
    assert "must match the size of tensor b (5)" in lesson.banner.message()
    assert "x = torch.tensor([1, 2], dtype=torch.float)" in lesson.snippet().code
    type_into(qtbot, child(lesson, QLineEdit, "data_x_edit"), "[1, 2, 3, 4, 5]")
    lesson.settle()
    assert lesson.banner.message() == ""
    assert "Epoch [" in lesson.snippet().output
