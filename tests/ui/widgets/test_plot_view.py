"""FitsOnce: within a zoom or theme switch (fits_deferred) a plot is fitted to its view's size
once, and before any paint; elsewhere at once, as pyqtgraph's views do."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from tensorviz.ui.widgets.plot_view import FirstSizeHint, FitsOnce, fits_deferred


class View(FitsOnce, pg.PlotWidget):
    pass


def _shown(qtbot) -> View:
    view = View()
    qtbot.addWidget(view)
    view.plot([0, 1, 2], [0, 1, 4])
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert view.centralWidget.geometry().toRect() == view.rect()
    return view


def _moves(view: View) -> list[tuple[int, int]]:
    plot = view.getPlotItem()
    moves: list[tuple[int, int]] = []
    plot.geometryChanged.connect(lambda: moves.append(plot.size().toSize().toTuple()))
    return moves


def test_within_a_switch_a_plot_is_fitted_once_at_its_last_size(qtbot):
    view = _shown(qtbot)
    moves = _moves(view)
    with fits_deferred():
        with fits_deferred():  # nested: the outermost decides
            for width in (320, 340, 360):  # a layout settling in three passes
                view.resize(width, 220)
        assert moves == []
    assert moves == [(360, 220)]
    assert view.centralWidget.geometry().toRect() == view.rect()


def test_elsewhere_a_plot_is_fitted_at_once(qtbot):
    view = _shown(qtbot)
    moves = _moves(view)
    view.resize(320, 220)
    view.resize(340, 240)
    assert moves == [(320, 220), (340, 240)]


def test_a_view_painted_within_a_switch_fits_first(qtbot):
    """No frame shows a plot at the size it had: painted before the switch has ended, the
    view fits itself, then paints."""
    view = _shown(qtbot)
    with fits_deferred():
        view.resize(420, 260)
        view.grab()  # paints now
        assert view.getPlotItem().size().toSize().toTuple() == (420, 260)
        assert view.centralWidget.geometry().toRect() == view.rect()


def test_a_plot_hints_the_size_it_first_hinted_whatever_size_it_was_given(qtbot):
    """A graphics view hints at its scene rect, which follows its own size: a zoom in and out
    left a plot at the zoomed size (the layout's last answer came back as its question)."""

    class Hinting(FirstSizeHint, View):
        pass

    plain, hinting = View(), Hinting()
    for view in (plain, hinting):
        qtbot.addWidget(view)
        view.plot([0, 1, 2], [0, 1, 4])
    first = hinting.sizeHint()
    for view in (plain, hinting):
        view.resize(500, 400)
        view.show()
        qtbot.waitExposed(view)
    QApplication.processEvents()
    assert plain.sizeHint().toTuple() == (500, 400)  # pyqtgraph's own: follows its size
    assert hinting.sizeHint() == first
