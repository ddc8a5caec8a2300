"""Nothing moves while dragging (issue 13): the controls and the plots keep their places
whatever the texts say, and at the usual screen sizes and zooms every label and button shows
its whole text (or is cut on purpose, the whole text in its tooltip)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QScrollArea, QSlider, QWidget

from tensorviz.core import descent
from tensorviz.ui import lessons
from tensorviz.ui.theme import make_theme
from tests.ui.test_projector_sizes import open_projector_window, settle


def _where(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def test_dragging_lr_to_divergence_moves_nothing(qtbot, theme):
    les = lessons.build("descent", theme)
    qtbot.addWidget(les)
    les.resize(1400, 900)
    les.show()
    les.settle()
    les.findChild(QPushButton, "experiment_line").click()
    les.findChild(QSlider, "epochs_slider").setValue(500)
    les.settle()
    slider = les.findChild(QSlider, "lr_slider")
    grid = descent.lr_grid()
    slider.setValue(grid.index(0.1))
    les.settle()
    watched = {
        "controls": les.findChild(QScrollArea, "controls_scroll"),
        "lr_slider": slider,
        "lr_edit": les.findChild(QWidget, "lr_edit"),
        "pin_button": les.findChild(QWidget, "pin_button"),
        "plots": les.view.plots,
    }
    before = {name: _where(w) for name, w in watched.items()}
    texts = set()
    for pos in range(grid.index(0.1), len(grid)):  # a drag: every position on the way
        slider.setValue(pos)
        les.settle()
        texts.add(les.findChild(QLabel, "diverged_label").text())
        assert {name: _where(w) for name, w in watched.items()} == before, grid[pos]
    assert les.state.lr == 2.0
    assert any(t.startswith("Diverged in epoch") for t in texts)  # the long texts came


def _line_fit_at(qtbot, theme, lr: float):
    """Descent shown at 1400x900 in the line fit at ``lr``, settled: the lesson, its lr
    slider and the slider's grid of learning rates."""
    from PySide6.QtWidgets import QApplication

    les = lessons.build("descent", theme)
    qtbot.addWidget(les)
    les.resize(1400, 900)
    les.show()
    qtbot.waitExposed(les)
    les.findChild(QPushButton, "experiment_line").click()
    les.settle()
    slider = les.findChild(QSlider, "lr_slider")
    grid = descent.lr_grid()
    slider.setValue(grid.index(lr))
    les.settle()
    QApplication.processEvents()
    return les, slider, grid


def test_a_new_lr_lays_the_lesson_out_not_again(qtbot, theme):
    """The texts a new lr changes (the epoch, the update, the regime's detail and the
    divergence line) live in rooms of fixed size: a label's new text asked every layout up to
    the window to be computed again, ~1 ms of each value while the lecturer drags."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    les, slider, grid = _line_fit_at(qtbot, theme, 0.001)

    class Layouts(QObject):
        count = 0

        def eventFilter(self, obj, event) -> bool:
            mine = isinstance(obj, QWidget) and (obj is les or les.isAncestorOf(obj))
            if event.type() == QEvent.Type.LayoutRequest and mine:
                self.count += 1
            return False

    layouts = Layouts()
    QApplication.instance().installEventFilter(layouts)
    try:
        updates, details = set(), set()
        for pos in range(grid.index(0.001) + 1, grid.index(0.001) + 9):  # all converging
            slider.setValue(pos)
            les.settle()
            QApplication.processEvents()
            updates.add(les.findChild(QLabel, "update_label").text())
            details.add(les.findChild(QLabel, "regime_detail").text())
    finally:
        QApplication.instance().removeEventFilter(layouts)
    assert len(updates) == 8 and len(details) > 1  # new texts came
    assert layouts.count == 0


def test_a_new_lr_repaints_the_window_once(qtbot, theme):
    """A new lr changes the four plots (and the landscape): one repaint of the window paints
    them all (each scene had the window repainted as it handed its change on: six passes a
    value, each with its own flush to the screen)."""
    from PySide6.QtCore import QEvent, QObject

    les, slider, grid = _line_fit_at(qtbot, theme, 0.001)
    qtbot.wait(50)
    viewports = [v.viewport() for v in les.view.plots.views]

    class Syncs(QObject):
        requests = 0
        painted: dict = {}  # viewport: the window's repaints begun when it was painted

        def eventFilter(self, obj, event) -> bool:
            if obj is les and event.type() == QEvent.Type.UpdateRequest:
                self.requests += 1
            elif event.type() == QEvent.Type.Paint and obj in viewports:
                self.painted.setdefault(obj, self.requests)
            return False

    syncs = Syncs()
    les.installEventFilter(syncs)
    for viewport in viewports:
        viewport.installEventFilter(syncs)
    slider.setValue(grid.index(0.001) + 1)
    qtbot.waitUntil(lambda: len(syncs.painted) == len(viewports))
    assert set(syncs.painted.values()) == {1}  # all in the first repaint


def _cut(widget: QWidget) -> str | None:
    """Why ``widget`` does not show its whole text, or None when it does."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.textFormat() == Qt.TextFormat.RichText or widget.pixmap():
            return None
        room = widget.contentsRect()
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return f"needs height {need}, has {room.height()}" if need > widget.height() else None
        if widget.toolTip() == text:
            return None  # cut at the right on purpose: the whole text is the tooltip
        metrics = QFontMetrics(widget.font())
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * len(lines)
        if width > room.width() + 1 or height > room.height() + 1:
            return f"needs {width}x{height}, has {room.width()}x{room.height()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        need = widget.sizeHint().width()
        return f"needs width {need}, has {widget.width()}" if need > widget.width() else None
    return None


@pytest.mark.parametrize("zoom", [100, 150])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1400, 900), (1920, 1080)])
def test_every_text_fits_at_the_usual_sizes(qtbot, size, zoom):
    les = lessons.build("descent", make_theme("light", zoom))
    qtbot.addWidget(les)
    les.resize(*size)
    les.show()
    les.settle()
    cut = {}
    for experiment in ("square", "line"):
        les.findChild(QPushButton, f"experiment_{experiment}").click()
        les.findChild(QSlider, "lr_slider").setValue(len(descent.lr_grid()) - 1)  # diverges
        les.settle()
        for widget in les.findChildren(QWidget):
            if not widget.isVisible():
                continue
            why = _cut(widget)
            if why is not None:
                name = widget.objectName() or type(widget).__name__
                cut[f"{experiment}/{name} {widget.text()[:40]!r}"] = why
        # and every slider keeps room to drag (the epoch slider was 15 px, its handle, at
        # 1024x768 zoom 150: the playback buttons took its row)
        for slider in les.findChildren(QSlider):
            room = 12 * slider.fontMetrics().averageCharWidth()
            if slider.isVisible() and slider.width() < room:
                cut[f"{experiment}/{slider.objectName()}"] = f"{slider.width()} px < {room}"
    assert not cut, cut


def test_a_short_picture_gives_its_height_to_the_plots_and_elides_the_regime_text(qtbot):
    """1024x768 at zoom 150: the regime texts kept room for their longest forms (seven lines
    and two, mostly blank) and the plots scrolled out of sight; now they keep a share of the
    picture's height and a longer text ends in "…", whole in its tooltip."""
    les = lessons.build("descent", make_theme("light", 150))
    qtbot.addWidget(les)
    les.resize(1920, 1200)
    les.show()
    les.settle()
    detail = les.findChild(QLabel, "regime_detail")
    diverged = les.findChild(QLabel, "diverged_label")
    whole = detail.text()
    assert whole.startswith("Each step moves toward the minimum") and not whole.endswith("…")
    les.resize(1024, 700)
    les.settle()
    qtbot.waitUntil(lambda: detail.text() != whole)
    picture = les.view.picture_area().height()
    room = les.view.regime_texts
    assert room.height() <= 0.3 * picture, (room.height(), picture)
    # no blow-up to note: the detail has the note's lines too (it had three, above two blank)
    assert not diverged.isVisible() and detail.height() == room.height()
    assert detail.height() >= 4 * detail.fontMetrics().lineSpacing()
    shown = detail.text()
    assert shown.endswith("…") and whole.startswith(shown[:-1].rstrip())
    assert detail.toolTip() == whole
    assert detail.heightForWidth(detail.width()) <= detail.height()  # no line cut in half
    # a run that blows up: its note at the room's foot, the detail above it, nothing moves
    plots = _where(les.view.plots)
    slider = les.findChild(QSlider, "lr_slider")
    slider.setValue(descent.lr_grid().index(2.0))
    les.settle()
    assert diverged.isVisible() and diverged.text().startswith("Diverged in epoch")
    assert detail.y() + detail.height() == diverged.y()
    assert diverged.y() + diverged.height() == room.height()
    assert detail.height() >= 3 * detail.fontMetrics().lineSpacing()
    assert _where(les.view.plots) == plots
    slider.setValue(descent.lr_grid().index(0.1))
    les.settle()
    assert not diverged.isVisible() and detail.height() == room.height()
    les.resize(1920, 1200)  # room again: the whole text, no tooltip standing in for it
    les.settle()
    qtbot.waitUntil(lambda: detail.text() == whole)
    assert detail.toolTip() == ""


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_picture_does_not_scroll_sideways_on_a_projector_at_zoom(qtbot, lang):
    """1024x768 at zoom 150, the window as a lecturer has it: the picture's column fits its
    width (it scrolled sideways, the playback buttons and the epoch beside them being wider
    than the column, and the right-hand plots were cut); the epoch stays beside its slider."""
    from PySide6.QtCore import QCoreApplication

    from tensorviz.ui import i18n
    from tensorviz.ui.app import MainWindow

    window = MainWindow(theme="light", zoom=150, language=lang, remember=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        les = window.select_lesson("descent")
        les.findChild(QPushButton, "experiment_line").click()
        les.settle()
        QCoreApplication.processEvents()
        area = les.view.picture_area()
        assert area.horizontalScrollBar().maximum() == 0, (
            area.widget().minimumSizeHint().width(),
            area.viewport().width(),
        )
        slider, epoch = les.view.playback.slider, les.view.epoch_label
        assert epoch.isVisible() and epoch.text()
        top = slider.mapTo(window, slider.rect().topLeft()).y()
        bottom = slider.mapTo(window, slider.rect().bottomLeft()).y()
        middle = epoch.mapTo(window, epoch.rect().center()).y()
        assert top - epoch.height() // 2 <= middle <= bottom + epoch.height() // 2
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")


# laptops and the projector, at the zooms lecturers use on them
SCREENS = [((1280, 800), 125), ((1366, 768), 100), ((1024, 768), 150), ((1920, 1080), 200)]


@contextmanager
def _descent_window(qtbot, lang: str, size: tuple[int, int], zoom: int):
    """A window at ``size`` and ``zoom`` in ``lang`` showing descent, settled."""
    with open_projector_window(lang, zoom, size) as window:
        qtbot.waitExposed(window)
        window.select_lesson("descent")
        settle(window)
        yield window


def _title_problem(view: QWidget) -> str | None:
    """Why the plot's title does not read whole: elided, wider than its room, or its room
    out of the view."""
    label = view.getPlotItem().titleLabel
    if label.text.endswith("…"):
        return f"elided to {label.text!r}"
    width = QFontMetrics(label.item.font()).horizontalAdvance(label.text)
    room = label.mapRectToScene(label.boundingRect())
    if width > room.width():
        return f"{label.text!r} needs {width} px, its room is {room.width():.0f}"
    if room.left() < 0 or room.right() > view.width():
        return f"{label.text!r} spans x {room.left():.0f}..{room.right():.0f} of {view.width()}"
    return None


@pytest.mark.parametrize(("size", "zoom"), SCREENS, ids=[f"{w}x{h}-{z}" for (w, h), z in SCREENS])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize(
    "experiment, plot, forms",
    [
        # "Final loss vs learning ra…" at 1280x800 zoom 125 (and 1024x768 zoom 150,
        # 1920x1080 zoom 200)
        ("square", 3, ("Final loss vs learning rate", "Final loss vs lr")),
        # "Data and this epoc…" at 1024x768 zoom 150
        ("line", 0, ("Data and this epoch's line", "Data and the line")),
    ],
)
def test_a_plot_title_reads_whole_in_its_long_or_short_form(
    qtbot, lang, size, zoom, experiment, plot, forms
):
    with _descent_window(qtbot, lang, size, zoom) as window:
        lesson = window.current_lesson()
        lesson.set_state(lesson.state.with_experiment(experiment))
        lesson.settle()
        view = lesson.view.plots.views[plot]
        assert _title_problem(view) is None, _title_problem(view)
        shown = {QCoreApplication.translate("DescentPlots", text) for text in forms}
        assert view.getPlotItem().titleLabel.text in shown


@pytest.mark.parametrize(("size", "zoom"), SCREENS, ids=[f"{w}x{h}-{z}" for (w, h), z in SCREENS])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_landscape_title_reads_whole_with_every_runner(qtbot, lang, size, zoom):
    # "Loss over (a, b): click or drag to set the st…" at 1366x768, shorter still with the
    # race's runners in the legend beside the plot (the title had the plot's width only)
    from tensorviz.core import race as core_race
    from tensorviz.ui.lessons.descent.state import State

    with _descent_window(qtbot, lang, size, zoom) as window:
        lesson = window.current_lesson()
        data = lesson.state.to_dict()
        data.update(experiment="line", race=list(core_race.DEFAULT_LRS))
        lesson.set_state(State.from_dict(data))
        settle(window)
        plot = lesson.view.landscape
        assert len(plot.legend_labels()) == 7  # the minimum, this run and the five runners
        assert _title_problem(plot) is None, _title_problem(plot)
        title = QCoreApplication.translate(
            "DescentLesson", "Loss over (a, b): click or drag to set the start"
        )
        assert plot.getPlotItem().titleLabel.text == title
        legend = plot.legend.mapRectToScene(plot.legend.boundingRect())
        assert legend.right() <= plot.width()  # and the legend still whole beside the plot
