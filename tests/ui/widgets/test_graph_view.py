"""GraphView: layered layout without overlaps, what the boxes say, hover, zoom and scroll."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest

from tensorviz.core.graph import PRESETS, LeafSpec, Spec, Step, preset, run
from tensorviz.ui.widgets.graph_view import GraphView, layered_layout, short_value


@st.composite
def dags(draw):
    n = draw(st.integers(2, 40))
    sizes = [(draw(st.floats(20, 200)), draw(st.floats(20, 80))) for _ in range(n)]
    edges = set()
    for b in range(1, n):
        parents = draw(st.lists(st.integers(0, b - 1), min_size=0, max_size=3))
        edges.update((a, b) for a in parents)
    return sizes, sorted(edges)


@given(dags())
def test_layout_has_no_overlaps_and_edges_point_down(dag):
    sizes, edges = dag
    placed = layered_layout(sizes, edges, hgap=10, vgap=20)
    for a, b in edges:
        assert placed.ranks[a] < placed.ranks[b]
        route = placed.routes[edges.index((a, b))]
        ys = [p[1] for p in route]
        assert ys == sorted(ys)
    rects = [
        (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        for (cx, cy), (w, h) in zip(placed.centers, sizes, strict=True)
    ]
    for i in range(len(rects)):
        for j in range(i + 1, len(rects)):
            a, b = rects[i], rects[j]
            overlap = a[0] < b[2] - 1e-6 and b[0] < a[2] - 1e-6 and a[1] < b[3] and b[1] < a[3]
            assert not overlap, (i, j)
    assert all(0 <= cx <= placed.width + 1e-6 for cx, _ in placed.centers)


def test_layout_chain_is_a_column():
    placed = layered_layout([(50, 20)] * 4, [(0, 1), (1, 2), (2, 3)])
    xs = {round(c[0], 3) for c in placed.centers}
    assert len(xs) == 1
    assert [c[1] for c in placed.centers] == sorted(c[1] for c in placed.centers)


def test_short_value():
    r = run(preset("vectors").spec)
    assert short_value(r.tensor("x").value) == "[1., 2., 3.]"
    assert short_value(r.tensor("loss").value) == "32."
    assert short_value(None) == "None"
    big = run(Spec((LeafSpec("x", str([[1.0] * 5] * 4)),), "y = x.sum()"))
    assert short_value(big.tensor("x").value) == "20 values, shape (4×5)"
    m = run(Spec((LeafSpec("x", "[[1.0, 2.0], [3.0, 4.0]]"),), "y = x.sum()"))
    assert short_value(m.tensor("x").value) == "[[1., 2.], [3., 4.]]"


@pytest.fixture
def view(qtbot, theme):
    v = GraphView(theme)
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.show()
    return v


@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.key)
def test_drawn_nodes_and_edges_are_the_results(view, p):
    r = run(p.spec)
    view.set_result(r)
    assert view.node_names() == [n.name for n in r.nodes]
    assert Counter(view.drawn_edges()) == Counter(
        (r.nodes[e.source].name, r.nodes[e.target].name, e.input_nr) for e in r.edges
    )
    assert len(view.edge_items) == len(r.edges)
    for t in r.tensors:
        if t.role == "leaf":
            text = view.tensor_text(t.name)
            assert f"is_leaf={t.is_leaf}" in text
            assert f"requires_grad={t.requires_grad}" in text
            assert f".grad = {short_value(t.grad)}" in text


def test_boxes_show_values_and_grads(view):
    r = run(preset("vectors").spec)
    view.set_result(r)
    assert ".grad = [4., 5., 6.]" in view.tensor_text("x")
    assert "is_leaf=False" in view.tensor_text("loss")
    assert "grad_fn=<SumBackward0>" in view.tensor_text("loss")
    mul = view.node_names().index("MulBackward0")
    assert "z = [4., 10., 18.]" in view.node_text(mul)
    assert "[1., 1., 1.]" in view.node_text(mul)  # the gradient that arrived


def test_edge_hover_shows_chain_rule(view, qtbot):
    r = run(preset("vectors").spec)
    view.set_result(r)
    i = next(
        k for k, e in enumerate(r.edges)
        if r.nodes[e.source].name == "MulBackward0" and e.input_nr == 0
    )  # fmt: skip
    tip = view.edge_tooltip(i)
    assert "MulBackward0.next_functions[0] = AccumulateGrad (x)" in tip
    assert "applied to ones): [4., 5., 6.]" in tip
    assert "Gradient arriving at MulBackward0: [1., 1., 1.]" in tip
    assert "passed along this edge to AccumulateGrad: [4., 5., 6.]" in tip
    # a real mouse move onto the middle of the edge hovers it
    item = view.edge_items[i]
    middle = item.mapToScene(item._path.pointAtPercent(0.5))
    with qtbot.waitSignal(view.edge_hovered, timeout=2000) as blocker:
        QTest.mouseMove(view.viewport(), view.mapFromScene(middle))
    assert blocker.args == [i]
    assert item.hovered
    with qtbot.waitSignal(view.edge_hovered, timeout=2000) as blocker:
        QTest.mouseMove(view.viewport(), QPoint(2, 2))
    assert blocker.args == [None]


def test_before_backward_the_tip_says_so(view):
    view.set_result(run(Spec((LeafSpec("x", "2.0"),), "y = x ** 3")))
    tip = view.edge_tooltip(0)
    assert "No backward" in tip
    assert "applied to ones): 12." in tip  # 3 x**2 at x = 2


def test_no_graph_note_and_boxes(view):
    r = run(preset("no_grad").spec)
    view.set_result(r, "No graph here")
    assert view.node_items == [] and view.edge_items == []
    assert view.note() == "No graph here"
    assert "requires_grad=False" in view.tensor_text("y")


def test_detached_is_drawn_beside_its_leaf(view):
    r = run(preset("detach").spec)
    view.set_result(r)
    text = view.tensor_text("x_d")
    assert "x_d = x.detach()" in text and "shares x's memory" in text
    x, d = view.tensor_items["x"], view.tensor_items["x_d"]
    assert abs(x.pos().y() - d.pos().y()) < 1 and d.pos().x() > x.pos().x()


def test_big_graph_scrolls_and_zooms(view):
    program = "y = " + " + ".join(f"exp(x) * {k}" for k in range(1, 30)) + "; l = y.sum()"
    r = run(Spec((LeafSpec("x", "[0.5, 1.0]"),), program, steps=(Step("backward"),)))
    assert len(r.nodes) > 40
    view.set_result(r)
    assert view.zoom() == pytest.approx(0.55)
    assert view.verticalScrollBar().maximum() > 0 or view.horizontalScrollBar().maximum() > 0
    view.zoom_by(2)
    assert view.zoom() == pytest.approx(1.1)
    view.fit()
    assert view.zoom() == pytest.approx(0.55)
    assert view.mapFromScene(view.scene().sceneRect().center()) != QPoint(-1, -1)


def test_theme_change_redraws(view):
    from tensorviz.ui.theme import make_theme

    r = run(preset("vectors").spec)
    view.set_result(r)
    view.apply_theme(make_theme("dark", 200))
    assert view.node_names() == [n.name for n in r.nodes]
    assert view.backgroundBrush().color().name() == make_theme("dark").surface


def test_user_zoom_is_reported_and_a_set_zoom_is_kept(view):
    r = run(preset("vectors").spec)
    view.set_result(r)
    fitted = view.zoom()
    seen = []
    view.zoom_changed.connect(seen.append)
    view.zoom_by(2)
    assert seen == [pytest.approx(min(4.0, fitted * 2))]
    view.set_zoom(1.3)  # a zoom from the lesson's state: not reported back
    assert view.zoom() == pytest.approx(1.3) and len(seen) == 1
    view.resize(500, 400)  # a zoom the user chose survives a resize ...
    view.set_result(r)  # ... and a new result
    assert view.zoom() == pytest.approx(1.3)
    view.set_zoom(0)  # 0: fit again
    assert view.zoom() == pytest.approx(fitted_at(view))


def fitted_at(view) -> float:
    rect, port = view.scene().sceneRect(), view.viewport().rect()
    width, height = port.width() / rect.width(), port.height() / rect.height()
    whole = min(width, height)
    return max(0.55, min(1.5, whole if whole >= 0.55 else min(width, 1.0)))


def test_a_graph_too_tall_for_its_view_is_fitted_to_its_width(view, qtbot):
    """The projector's view (560x240 px at zoom 150): the whole graph stood at the least
    scale, its text 8-10 px, with a fifth of the width unused; now as wide as the view, the
    leaves at the top, the rest a scroll away."""
    from PySide6.QtCore import QCoreApplication

    view.resize(560, 240)
    view.set_result(run(preset("vectors").spec))
    QCoreApplication.processEvents()
    rect, port = view.scene().sceneRect(), view.viewport().rect()
    assert port.height() / rect.height() < 0.55  # the whole would not be readable
    assert view.zoom() == pytest.approx(port.width() / rect.width()) and view.zoom() > 0.6
    assert view.horizontalScrollBar().maximum() <= 1 < view.verticalScrollBar().maximum()
    bar = view.verticalScrollBar()
    assert bar.value() == bar.minimum()  # the leaves
    view.resize(800, 600)  # room for the whole: fitted whole again
    QCoreApplication.processEvents()
    assert view.zoom() == pytest.approx(fitted_at(view))
    assert bar.maximum() <= bar.minimum() + 1


def test_highlight_edge_draws_it_hovered_without_reporting_a_hover(view):
    r = run(preset("vectors").spec)
    view.set_result(r)
    hovered = []
    view.edge_hovered.connect(hovered.append)
    view.highlight_edge(1)
    assert [item.hovered for item in view.edge_items] == [i == 1 for i in range(len(r.edges))]
    view.highlight_edge(None)
    assert not any(item.hovered for item in view.edge_items)
    assert hovered == []


def test_a_big_graph_stays_at_its_top_until_the_user_scrolls(view):
    program = "y = " + " + ".join(f"exp(x) * {k}" for k in range(1, 30)) + "; l = y.sum()"
    view.set_result(run(Spec((LeafSpec("x", "[0.5, 1.0]"),), program)))
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.minimum()  # the leaves are in sight
    view.set_zoom(1.2)
    view.resize(700, 500)
    assert bar.value() == bar.minimum()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)  # the user scrolls down
    scrolled = bar.value()
    assert scrolled > bar.minimum()
    view.resize(720, 520)
    assert bar.value() >= scrolled - 20  # a resize keeps the user's place (view centre)
    view.fit()
    assert bar.value() == bar.minimum()
