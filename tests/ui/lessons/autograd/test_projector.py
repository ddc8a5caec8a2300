"""The autograd lesson on the smallest projector lecturers plug into (1024x768, zoom 150)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt

from tensorviz.ui.widgets.graph_view import MIN_HEIGHT, _Box, _Edge
from tests.ui.test_projector_sizes import open_projector_window, settle


def test_the_graph_keeps_a_readable_height_in_the_lecture(projector_window):
    # The lecture's first autograd step: its header, the example's note and the status
    # above the graph and the chain rule below left the graph 82 px, two boxes' tops in
    # 7 px text; the picture scrolls now before the graph gets less.
    lecture = projector_window.lecture
    first = next(s.number for s in lecture.track.steps if s.lesson == "autograd")
    lecture.enter(first)
    settle(projector_window)
    view = projector_window.current_lesson().view
    assert view.graph_view.height() >= projector_window.theme.px(MIN_HEIGHT)
    placed = view.graph_view.placed
    assert placed is not None and len(placed.centers) >= 4  # and it drew the step's graph


@contextmanager
def step_61(qtbot, lang: str) -> Iterator:
    """The course's first autograd step (61, the computation graph) at 1280x720, zoom 125."""
    with open_projector_window(lang, zoom=125, size=(1280, 720)) as window:
        qtbot.waitExposed(window)
        lecture = window.lecture
        lecture.enter(next(s.number for s in lecture.track.steps if s.lesson == "autograd"))
        settle(window)
        try:
            yield window
        finally:
            lecture.leave()


@pytest.mark.parametrize(
    ("lang", "counted"),
    [("en", "{0} nodes, {1} tensors, {2} arrows"), ("zh_CN", "{0} 个节点，{1} 个张量，{2} 个箭头")],
)
def test_the_status_counts_what_the_graph_draws(qtbot, lang, counted):
    """Step 61's status said "4 nodes, 3 edges" over seven boxes and six arrows: it counted
    torch's nodes and the edges between them only."""
    with step_61(qtbot, lang) as window:
        view = window.current_lesson().view
        graph = view.graph_view
        drawn = graph.scene().items()
        boxes = [item for item in drawn if isinstance(item, _Box)]
        arrows = [item for item in drawn if isinstance(item, _Edge)]
        nodes, tensors = len(graph.node_items), len(graph.tensor_items)
        assert (nodes, tensors, len(arrows)) == (4, 3, 6) and len(boxes) == nodes + tensors
        assert view.status_label.text().startswith(counted.format(nodes, tensors, len(arrows)))


def test_fit_shows_the_whole_graph(qtbot):
    """At step 61, 1280x720, zoom 125, Fit changed nothing and the graph (its view about
    220 px tall) never fitted: the view's own fit keeps a graph too tall for it readable, as
    wide as the view, scrolling down from the leaves. Fit shows all of it."""
    with step_61(qtbot, "zh_CN") as window:
        view = window.current_lesson().view
        graph = view.graph_view

        def shown_whole() -> bool:
            seen = graph.mapFromScene(graph.sceneRect()).boundingRect()
            return graph.viewport().rect().adjusted(-1, -1, 1, 1).contains(seen)

        assert not shown_whole()  # the view's own fit: readable, scrolling down
        before = graph.zoom()
        qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
        settle(window)
        assert graph.zoom() < before and shown_whole()
        assert window.current_lesson().state.zoom == pytest.approx(graph.zoom())
