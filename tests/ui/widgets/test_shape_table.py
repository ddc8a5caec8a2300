"""ShapeTable: the right-aligned table shows each shape, implicit 1s and torch's verdicts."""

from __future__ import annotations

import re

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.broadcast import shape_table
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.shape_table import ShapeTable

shapes = st.lists(st.integers(min_value=0, max_value=5), max_size=5).map(tuple)


@pytest.fixture
def widget(qtbot, theme):
    w = ShapeTable(theme)
    qtbot.addWidget(w)
    w.resize(700, 260)
    w.show()
    return w


def test_course_example_right_aligned_with_an_implicit_one(widget):
    widget.set_table(shape_table((3,), (3, 1)), "+")
    assert widget.row_title("a") == "a  (3,)"
    assert widget.row_title("result") == "a + b"
    # a has one dim: it sits in the right column; the left one is an implicit 1
    assert widget.is_implicit("a", 0) and widget.cell_text("a", 0) == "1"
    assert not widget.is_implicit("a", 1) and widget.cell_text("a", 1) == "3"
    assert [widget.cell_text("b", d) for d in (0, 1)] == ["3", "1"]
    assert [widget.cell_text("result", d) for d in (0, 1)] == ["3", "3"]
    assert widget.verdict_text(0) == "1 → 3 a stretched"
    assert widget.verdict_text(1) == "1 → 3 b stretched"
    assert widget.highlighted_dims() == () and widget.failing_dim() is None
    assert widget.explanation(0) == (
        "dim 0 (-2): a has no such dim, so it counts as 1 and is stretched to 3."
    )
    assert (
        widget.explanation(1) == "dim 1 (-1): b has size 1 here and is stretched to 3 (stride 0)."
    )
    left, right = widget.column_rect(0), widget.column_rect(1)
    assert widget.dim_at(left.center()) == 0 and widget.dim_at(right.center()) == 1
    assert left is not None and right is not None and left.right() <= right.left() + 1
    assert not widget.grab().isNull()


def test_incompatible_dim_is_highlighted(widget):
    widget.set_table(shape_table((2, 3), (2,)), "*")
    assert widget.highlighted_dims() == (1,)
    assert widget.failing_dim() == 1
    assert widget.cell_text("result", 1) == "✗"
    assert widget.cell_text("result", 0) == "2"
    assert widget.verdict_text(1) == "3 ≠ 2 incompatible"
    assert widget.explanation(1) == (
        "dim 1 (-1): sizes 3 and 2 differ and neither is 1: incompatible."
    )
    assert widget.row_title("result") == "a * b"
    assert not widget.grab().isNull()


def test_scalars_and_empty(widget):
    widget.set_table(shape_table((), ()), "+")
    assert widget.column_rect(0) is None
    assert not widget.grab().isNull()
    widget.set_table(None)
    with pytest.raises(LookupError):
        widget.cell_text("a", 0)


@given(shapes, shapes)
def test_table_shows_what_torch_decides(qtbot, a, b):
    widget = ShapeTable(make_theme("dark", 150))
    qtbot.addWidget(widget)
    widget.set_table(shape_table(a, b), "-")
    ndim = max(len(a), len(b))
    try:
        result = tuple(torch.broadcast_shapes(a, b))
        failing = None
    except RuntimeError:
        result = None
        with pytest.raises(RuntimeError) as exc:
            torch.zeros(a) - torch.zeros(b)
        failing = int(re.search(r"dimension (\d+)", str(exc.value)).group(1))
    padded_a = (1,) * (ndim - len(a)) + a
    padded_b = (1,) * (ndim - len(b)) + b
    for d in range(ndim):
        assert widget.cell_text("a", d) == str(padded_a[d])
        assert widget.cell_text("b", d) == str(padded_b[d])
        assert widget.is_implicit("a", d) == (d < ndim - len(a))
        assert widget.is_implicit("b", d) == (d < ndim - len(b))
        if result is not None:
            assert widget.cell_text("result", d) == str(result[d])
            assert "incompatible" not in widget.verdict_text(d)
    assert widget.failing_dim() == failing
    if failing is not None:
        assert failing in widget.highlighted_dims()
        assert widget.verdict_text(failing).endswith("incompatible")
        assert widget.cell_text("result", failing) == "✗"
