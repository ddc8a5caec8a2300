"""The autograd lesson on the smallest projector lecturers plug into (1024x768, zoom 150)."""

from __future__ import annotations

from tensorviz.ui.widgets.graph_view import MIN_HEIGHT
from tests.ui.test_projector_sizes import settle


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
