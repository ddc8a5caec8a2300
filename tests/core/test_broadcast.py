"""tensorviz.core.broadcast against torch: shapes, verdicts, values, stride-0 views, code."""

from __future__ import annotations

import re

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.broadcast import (
    OperandSpec,
    broadcast,
    ghost_mask,
    plan_operand,
    shape_table,
)
from tensorviz.core.literal import LiteralError
from tests.snippets import assert_prints_output

sizes = st.integers(min_value=0, max_value=4)
shapes = st.lists(sizes, min_size=0, max_size=4).map(tuple)


def _related_pair(draw) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Two shapes that often broadcast: b is a, with dims dropped from the left or set to 1."""
    a = draw(shapes)
    keep = draw(st.integers(min_value=0, max_value=len(a)))
    b = list(a[len(a) - keep :])
    for i in range(len(b)):
        b[i] = draw(st.sampled_from([b[i], 1, b[i], draw(sizes)]))
    extra = draw(st.lists(sizes, max_size=4 - len(b)))
    b = tuple(extra) + tuple(b)
    return (a, b) if draw(st.booleans()) else (b, a)


shape_pairs = st.one_of(st.tuples(shapes, shapes), st.composite(_related_pair)())


def torch_failing_dim(message: str) -> int:
    m = re.search(r"at non-singleton dimension (\d+)", message)
    assert m, message
    return int(m.group(1))


# -- the table -----------------------------------------------------------------------------
def test_course_example_1d_2d():
    table = shape_table((3,), (3, 1))
    assert table.result_shape == (3, 3)
    assert [d.verdict for d in table.dims] == ["stretch_a", "stretch_b"]
    assert table.dims[0].a is None and table.dims[0].is_implicit("a")
    assert table.dims[0].size_of("a") == 1
    assert [d.negative_dim for d in table.dims] == [-2, -1]


def test_course_example_2d_3d_is_stretched_both_ways():
    table = shape_table((2, 3), (2, 1, 3))
    assert table.result_shape == (2, 2, 3)
    assert [d.verdict for d in table.dims] == ["stretch_a", "stretch_b", "equal"]
    assert table.stretched("a") == (0,)
    assert table.stretched("b") == (1,)


def test_numpy_docs_4d_case():
    table = shape_table((8, 1, 6, 1), (7, 1, 5))
    assert table.result_shape == (8, 7, 6, 5)
    assert [d.verdict for d in table.dims] == ["stretch_b", "stretch_a", "stretch_b", "stretch_a"]


def test_incompatible_pair_names_the_dim_torch_names():
    table = shape_table((2, 3), (2,))
    assert not table.compatible
    assert table.result_shape is None
    assert table.incompatible_dims == (1,)
    assert table.failing_dim == 1
    assert table.dims[0].verdict == "stretch_b"  # an implicit 1 against 2 is fine
    with pytest.raises(ValueError):
        ghost_mask(table, "a")


def test_torch_names_the_rightmost_bad_dim():
    table = shape_table((2, 3, 4), (5, 4, 4))
    assert table.incompatible_dims == (0, 1)
    with pytest.raises(RuntimeError) as exc:
        torch.zeros(2, 3, 4) + torch.zeros(5, 4, 4)
    assert torch_failing_dim(str(exc.value)) == table.failing_dim == 1


@given(shape_pairs)
def test_table_agrees_with_torch_broadcast_shapes(pair):
    a, b = pair
    table = shape_table(a, b)
    assert table.ndim == max(len(a), len(b))
    try:
        expected = tuple(torch.broadcast_shapes(a, b))
    except RuntimeError:
        expected = None
    assert table.result_shape == expected
    assert table.compatible == (expected is not None)
    for d in table.dims:
        sa, sb = d.size_of("a"), d.size_of("b")
        # each dim's verdict, checked against torch on that dim alone
        try:
            alone = torch.broadcast_shapes((sa,), (sb,))[0]
        except RuntimeError:
            alone = None
        assert d.size == alone
        if d.verdict == "equal":
            assert sa == sb
        elif d.verdict == "stretch_a":
            assert sa == 1 and sb != 1
        elif d.verdict == "stretch_b":
            assert sb == 1 and sa != 1
        else:
            assert alone is None
    if expected is None:
        with pytest.raises(RuntimeError) as exc:
            torch.zeros(a) + torch.zeros(b)
        assert torch_failing_dim(str(exc.value)) == table.failing_dim


# -- the whole computation -----------------------------------------------------------------
def specs(a, b):
    return OperandSpec("arange", ",".join(map(str, a))), OperandSpec(
        "arange", ",".join(map(str, b))
    )


@given(shape_pairs, st.sampled_from(["+", "-", "*", "/"]))
def test_result_values_and_views_agree_with_torch(pair, op):
    shape_a, shape_b = pair
    r = broadcast(*specs(shape_a, shape_b), op)
    a = torch.arange(int(np.prod(shape_a))).reshape(shape_a)
    b = torch.arange(10, 10 * (int(np.prod(shape_b)) + 1), 10).reshape(shape_b)
    fn = {"+": torch.add, "-": torch.sub, "*": torch.mul, "/": torch.div}[op]
    assert r.a.shape == shape_a and r.b.shape == shape_b
    try:
        expected = fn(a, b)
    except RuntimeError as exc:
        assert r.result is None
        assert r.error is not None and r.error.message == str(exc)
        assert r.a.expanded is None and r.a.zero_stride_dims == ()
        assert r.table.failing_dim == torch_failing_dim(str(exc))
        return
    assert r.error is None
    assert r.result is not None
    assert r.result.shape == tuple(expected.shape) == r.table.result_shape
    assert r.result.dtype == str(expected.dtype)
    np.testing.assert_array_equal(r.result.values, expected.double().numpy())
    assert r.result_nbytes == expected.numel() * expected.element_size()
    for operand, base in ((r.a, a), (r.b, b)):
        view = base.expand(expected.shape)
        lay = operand.expanded_layout
        assert lay is not None
        assert lay.stride == view.stride()
        assert operand.zero_stride_dims == tuple(i for i, s in enumerate(view.stride()) if s == 0)
        # every stretched dim (size > 1 in the result) is read with stride 0
        assert set(operand.stretched) <= set(operand.zero_stride_dims)
        assert operand.shares_memory is True
        assert operand.nbytes == base.numel() * base.element_size()
        # the view's storage is the operand's own: no new elements
        assert lay.storage_size == base.numel()
        np.testing.assert_array_equal(operand.expanded.values, view.double().numpy())
        # ghosts: every cell is a copy except those at index 0 along stretched dims
        real = np.ones(expected.shape, dtype=bool)
        for d in operand.stretched:
            idx = [slice(None)] * expected.dim()
            idx[d] = slice(1, None)
            real[tuple(idx)] = False
        np.testing.assert_array_equal(operand.ghost, ~real)
        # the real cells are exactly one per element of the operand (or none if it is empty)
        assert int((~operand.ghost).sum()) == (base.numel() if expected.numel() else 0)


def test_literals_and_scalar():
    r = broadcast(OperandSpec("values", "10"), OperandSpec("values", "[[1, 2, 3], [4, 5, 6]]"), "*")
    assert r.table.dims[0].is_implicit("a") and r.table.dims[1].is_implicit("a")
    assert r.a.zero_stride_dims == (0, 1)
    assert r.a.expanded_layout.storage_size == 1
    assert r.result.text == ("10", "20", "30", "40", "50", "60")
    assert int(r.a.ghost.sum()) == 5


def test_course_2d_3d_values():
    r = broadcast(
        OperandSpec("values", "[[1, 2, 3], [4, 5, 6]]"),
        OperandSpec("values", "[[[2, 3, 4]], [[5, 6, 7]]]"),
    )
    assert r.result.shape == (2, 2, 3)
    assert r.result.text == ("3", "5", "7", "6", "8", "10", "6", "8", "10", "9", "11", "13")
    # the course's "a and b as they take part": a repeated along dim 0, b along dim 1
    assert r.a.expanded.text[:6] == r.a.expanded.text[6:] == ("1", "2", "3", "4", "5", "6")
    assert r.b.expanded.text == ("2", "3", "4", "2", "3", "4", "5", "6", "7", "5", "6", "7")


def test_operation_error_that_is_not_about_shapes():
    r = broadcast(OperandSpec("values", "[True, False]"), OperandSpec("values", "[[True]]"), "-")
    assert r.table.compatible
    assert r.error is not None and "bool" in r.error.message
    assert r.result is None
    assert r.a.expanded is not None  # expand itself worked


def test_bad_input_is_refused_before_torch():
    with pytest.raises(LiteralError):
        broadcast(OperandSpec("values", "[1, 2"), OperandSpec("values", "1"))
    with pytest.raises(LiteralError):
        broadcast(OperandSpec("arange", "2, -3"), OperandSpec("values", "1"))
    with pytest.raises(LiteralError) as exc:
        broadcast(OperandSpec("arange", "2000, 1"), OperandSpec("arange", "2000"))
    assert exc.value.reason == "too_many"
    with pytest.raises(ValueError):
        broadcast(OperandSpec("arange", "2"), OperandSpec("arange", "2"), "@")


def test_literal_code_writes_special_floats():
    plan = plan_operand(OperandSpec("values", "[inf, -inf, nan, 1.5, True]"), "a")
    assert plan.code == ("a = torch.tensor([float('inf'), float('-inf'), float('nan'), 1.5, True])")
    assert plan.shape == (5,)
    assert plan_operand(OperandSpec("arange", "()"), "b").code == (
        "b = torch.arange(10, 20, 10).reshape(())"
    )


@pytest.mark.slow
def test_snippets_print_exactly_their_output():
    cases = [
        (OperandSpec("values", "[1, 2, 3]"), OperandSpec("values", "[[4], [2], [3]]"), "+"),
        (OperandSpec("arange", "2, 3"), OperandSpec("arange", "2"), "+"),  # incompatible
        (OperandSpec("values", "[1.5, nan, inf]"), OperandSpec("arange", "2, 1"), "/"),
        (OperandSpec("values", "7"), OperandSpec("arange", "()"), "-"),
        (OperandSpec("values", "[True]"), OperandSpec("values", "[[False]]"), "-"),  # bool -
    ]
    snippets = [broadcast(a, b, op).snippet for a, b, op in cases]
    assert_prints_output(snippets)
