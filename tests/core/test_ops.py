"""tensorviz.core.ops against torch: item(), element-wise forms, Hadamard and matrix products."""

from __future__ import annotations

import math

import hypothesis.strategies as st
import numpy as np
import pytest
import torch
from hypothesis import given

from tensorviz.core import ops
from tensorviz.core.literal import LiteralError, parse_literal
from tensorviz.core.values import format_value
from tests.snippets import assert_prints_output


def lit(text: str):
    return parse_literal(text)


def torch_error(fn) -> str:
    with pytest.raises(Exception) as info:
        fn()
    return str(info.value)


def literal_of(t: torch.Tensor):
    return parse_literal(repr(t.tolist()))


# -- strategies ----------------------------------------------------------------------------
def int_matrix(rows: int, cols: int):
    return st.lists(
        st.lists(st.integers(-20, 20), min_size=cols, max_size=cols), min_size=rows, max_size=rows
    )


@st.composite
def int_pair(draw):
    n, m, p = (draw(st.integers(1, 5)) for _ in range(3))
    return draw(int_matrix(n, m)), draw(int_matrix(m, p))


@st.composite
def any_matmul_shapes(draw):
    """Shapes torch accepts: 1-D to 3-D on each side, batch dims broadcasting (sizes 1/2)."""
    m = draw(st.integers(1, 4))
    a_nd, b_nd = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    a = (
        (m,)
        if a_nd == 1
        else (*[draw(st.sampled_from([1, 2]))] * (a_nd - 2), draw(st.integers(1, 3)), m)
    )
    b = (
        (m,)
        if b_nd == 1
        else (*[draw(st.sampled_from([1, 2]))] * (b_nd - 2), m, draw(st.integers(1, 3)))
    )
    return a, b


def check_every_cell(result: ops.MatmulResult, a: torch.Tensor, b: torch.Tensor) -> None:
    c = a @ b
    assert result.c is not None and result.c.shape == tuple(c.shape)
    cells = result.cells()
    assert len(cells) == c.numel()
    for index in cells:
        cell = result.cell(index)
        # the written-out factors are the real elements of A and B, in order of k
        assert cell.a_values == tuple(a[ix].item() for ix in cell.a_cells)
        assert cell.b_values == tuple(b[ix].item() for ix in cell.b_cells)
        assert len(cell.a_values) == a.shape[-1]
        # and their products sum to torch's own result cell
        expected = c[index].item() if index else c.item()
        assert cell.value == expected
        total = sum(x * y for x, y in zip(cell.a_values, cell.b_values, strict=True))
        if c.is_floating_point():
            # float32 sums: each term rounds by ~6e-8 of its size, so where terms cancel
            # (11.69 * -99 + 51 * 22.75 = 3.02) the error follows the terms, not the total
            size = sum(abs(x * y) for x, y in zip(cell.a_values, cell.b_values, strict=True))
            assert math.isclose(total, expected, rel_tol=1e-5, abs_tol=1e-5 + 1e-6 * size)
        else:
            assert total == expected
        assert cell.text.endswith(" = " + format_value(expected, result.c.kind))


# -- matmul --------------------------------------------------------------------------------
def test_course_example_writes_out_each_cell():
    r = ops.matmul(lit("[[1, 2, 3], [4, 5, 6]]"), lit("[[3, 2], [2, 3], [5, 3]]"))
    assert r.error is None
    assert r.rule.result == (2, 2) and r.rule.inner_match
    assert r.cell((0, 0)).text == "1*3 + 2*2 + 3*5 = 22"
    assert r.cell((1, 1)).text == "4*2 + 5*3 + 6*3 = 41"
    assert r.cell((0, 1)).a_cells == ((0, 0), (0, 1), (0, 2))
    assert r.cell((0, 1)).b_cells == ((0, 1), (1, 1), (2, 1))
    assert r.cells() == [(0, 0), (0, 1), (1, 0), (1, 1)]


@given(int_pair())
def test_every_cell_of_random_int_matrices_sums_to_torch(pair):
    a_list, b_list = pair
    a, b = torch.tensor(a_list), torch.tensor(b_list)
    r = ops.matmul(parse_literal(repr(a_list)), parse_literal(repr(b_list)))
    check_every_cell(r, a, b)
    for index in r.cells():
        cell = r.cell(index)
        terms = " + ".join(
            f"{ops.term_text(x, 'int')}*{ops.term_text(y, 'int')}"
            for x, y in zip(cell.a_values, cell.b_values, strict=True)
        )
        if len(cell.a_values) <= ops.MAX_TERMS_SHOWN:
            assert cell.text == f"{terms} = {(a @ b)[index].item()}"


@given(any_matmul_shapes(), st.integers(0, 2**31 - 1))
def test_vectors_and_batches_pair_the_right_row_and_column(shapes, seed):
    a_shape, b_shape = shapes
    r = ops.matmul_random(a_shape, b_shape, seed=seed)
    g = torch.Generator().manual_seed(seed)
    a = torch.randint(0, 10, a_shape, generator=g)
    b = torch.randint(0, 10, b_shape, generator=g)
    assert r.error is None
    check_every_cell(r, a, b)


@given(
    st.integers(1, 4).flatmap(
        lambda m: st.tuples(
            st.lists(st.floats(-100, 100, width=32), min_size=2 * m, max_size=2 * m),
            st.lists(st.floats(-100, 100, width=32), min_size=m * 3, max_size=m * 3),
            st.just(m),
        )
    )
)
def test_float_cells_sum_to_torch(data):
    a_vals, b_vals, m = data
    a = torch.tensor(a_vals).reshape(2, m)
    b = torch.tensor(b_vals).reshape(m, 3)
    r = ops.matmul(literal_of(a), literal_of(b))
    check_every_cell(r, a, b)


def test_long_rows_are_elided_but_all_terms_kept():
    r = ops.matmul_random((1, 20), (20, 1), seed=3)
    cell = r.cell((0, 0))
    assert len(cell.a_values) == 20
    assert "…" in cell.text
    assert cell.text.count("*") == ops.MAX_TERMS_SHOWN


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("[[1, 2, 3], [4, 5, 6]]", "[[1, 2, 3], [4, 5, 6]]"),
        ("[1, 2, 3]", "[[1, 2, 3], [4, 5, 6]]"),
        ("[[1, 2, 3]]", "[1, 2]"),
        ("[1, 2, 3]", "[1, 2]"),
        ("[[[1, 2, 3]], [[1, 2, 3]]]", "[[[1], [2]], [[1], [2]]]"),
        ("[[1, 2, 3]]", "[[1.0], [2.0], [3.0]]"),
        ("5", "[1, 2]"),
    ],
)
def test_matmul_errors_are_torchs(a, b):
    r = ops.matmul(lit(a), lit(b))
    ta, tb = torch.tensor(lit(a).data), torch.tensor(lit(b).data)
    assert r.error is not None
    assert r.error.message == torch_error(lambda: ta @ tb)
    assert r.c is None and r.cells() == []


def test_shape_rule_flags_differing_inner_sizes():
    r = ops.matmul(lit("[[1, 2, 3], [4, 5, 6]]"), lit("[[1, 2, 3], [4, 5, 6]]"))
    assert (r.rule.inner_a, r.rule.inner_b, r.rule.inner_match) == (3, 2, False)
    assert r.rule.result is None
    v = ops.matmul(lit("[1, 2, 3]"), lit("[[3, 2], [2, 3], [5, 3]]"))
    assert (v.rule.inner_a, v.rule.inner_b, v.rule.result) == (3, 3, (2,))
    batched = ops.matmul_random((2, 2, 3), (2, 3, 2))
    assert batched.rule.batch_a == (2,) and batched.rule.result == (2, 2, 2)
    assert batched.rule.batch_ok
    bad = ops.matmul_random((2, 1, 2), (3, 2, 1))
    assert bad.error is not None and not bad.rule.batch_ok and bad.rule.inner_match


def test_too_big_is_refused_before_torch_allocates():
    with pytest.raises(LiteralError) as info:
        ops.matmul_random((300, 300), (300, 2))
    assert info.value.reason == "too_many"
    # operands within the cap whose product is not
    with pytest.raises(LiteralError):
        ops.matmul_random((4096, 1), (1, 4096))


def test_large_result_is_summarised_not_stepped():
    r = ops.matmul_random((80, 80), (80, 80))
    assert r.error is None and r.c is not None and r.c.summarised
    assert not r.steppable and r.cells() == []
    assert ops.OPS_GRID_CAP == 400
    at_cap = ops.matmul_random((20, 20), (20, 20))
    assert at_cap.steppable and len(at_cap.cells()) == ops.OPS_GRID_CAP
    assert not ops.matmul_random((21, 20), (20, 20)).steppable
    # a drawn result from an operand too big to draw: the product is not stepped either
    wide = ops.matmul_random((1, 2000), (2000, 1))
    assert wide.c is not None and not wide.c.summarised and not wide.steppable


def test_cell_snippet_computes_the_cell_by_hand():
    r = ops.matmul(lit("[[1, 2, 3], [4, 5, 6]]"), lit("[[3, 2], [2, 3], [5, 3]]"))
    s = ops.matmul_cell_snippet(r, (1, 0))
    assert "terms = A[1, :] * B[:, 0]" in s.code
    assert s.output.endswith("tensor([12, 10, 30])\ntensor(52)\n52\n")


# -- item() --------------------------------------------------------------------------------
@given(st.integers(0, 5), st.one_of(st.integers(-1000, 1000), st.floats(-1e6, 1e6)))
def test_item_of_one_element_in_any_number_of_dims(ndim, value):
    data = value
    for _ in range(ndim):
        data = [data]
    r = ops.item_of(parse_literal(repr(data)))
    expected = torch.tensor(data).item()
    assert r.error is None
    assert r.ndim == ndim and r.numel == 1
    assert r.value == expected
    assert r.value_type == type(expected).__name__


def test_item_of_float32_widens_to_python_float():
    r = ops.item_of(lit("[0.1]"))
    assert r.value == torch.tensor([0.1]).item() != 0.1
    assert r.value_type == "float"


@pytest.mark.parametrize("text", ["[1, 2]", "[[1, 2], [3, 4]]", "[]"])
def test_item_of_many_or_no_elements_is_torchs_error(text):
    r = ops.item_of(lit(text))
    assert r.value is None
    assert r.error is not None
    assert r.error.message == torch_error(lambda: torch.tensor(lit(text).data).item())


# -- element-wise --------------------------------------------------------------------------
OPERANDS = ["2", "-1", "0.5", "[1, 2, 3]", "[[2], [3]]"]


@pytest.mark.parametrize("op", list(ops.ELEMENTWISE_OPS))
@pytest.mark.parametrize("operand", OPERANDS)
@pytest.mark.parametrize("dtype", ["auto", "float32"])
def test_out_of_place_and_in_place_are_as_torch_has_them(op, operand, dtype):
    x_text = "[[1, 2, 3], [4, 5, 6]]"
    r = ops.elementwise(lit(x_text), op, lit(operand), dtype)
    kwargs = {} if dtype == "auto" else {"dtype": getattr(torch, dtype)}
    value = lit(operand).data
    other = torch.tensor(value) if isinstance(value, list) else value

    x = torch.tensor(lit(x_text).data, **kwargs)
    original = x.clone()
    out = r.out_of_place
    try:
        y = getattr(x, op)(other)
    except RuntimeError as exc:
        assert out.error is not None and out.error.message == str(exc)
    else:
        assert out.error is None
        assert out.same_object is False and out.same_storage is False
        assert not out.x_changed
        np.testing.assert_array_equal(out.result.values, y.double().numpy())
        assert out.result.dtype == str(y.dtype)
        np.testing.assert_array_equal(out.after.values, original.double().numpy())

    inp = r.in_place
    try:
        y = getattr(x, op + "_")(other)
    except RuntimeError as exc:
        assert inp.error is not None and inp.error.message == str(exc)
        assert not inp.x_changed  # torch checks before it writes
        assert inp.same_object is None and inp.result is None
    else:
        assert inp.error is None
        assert y is x
        assert inp.same_object is True and inp.same_storage is True
        assert inp.y_ptr == inp.x_ptr
        np.testing.assert_array_equal(inp.after.values, x.double().numpy())
        np.testing.assert_array_equal(inp.result.values, x.double().numpy())
        assert inp.x_changed == (not torch.equal(original, x))


def test_int_true_division_out_of_place_gives_floats_in_place_fails():
    r = ops.elementwise(lit("[[1, 2, 3], [4, 5, 6]]"), "div", lit("2"))
    assert r.out_of_place.result.dtype == "torch.float32"
    assert r.out_of_place.result.text[0] == "0.5"
    assert r.in_place.error is not None
    assert (
        r.in_place.error.message
        == "result type Float can't be cast to the desired output type Long"
    )
    assert r.error == r.in_place.error
    assert r.in_place.after.text == r.in_place.before.text


def test_in_place_add_returns_x_itself():
    r = ops.elementwise(lit("[1.5, 2.5]"), "add", lit("1"))
    assert r.in_place.same_object and r.in_place.x_changed
    # the out-of-place call before it left x alone, so x grew by 1 once
    assert r.in_place.after.text == ("2.5", "3.5")
    assert "y = x.add_(1)" in r.snippet.code and "y = x.add(1)" in r.snippet.code
    assert "y is x: True" in r.snippet.output and "y is x: False" in r.snippet.output


def test_unknown_op_is_refused():
    with pytest.raises(ValueError):
        ops.elementwise(lit("[1]"), "matmul", lit("1"))


# -- Hadamard ------------------------------------------------------------------------------
@given(st.integers(1, 4), st.integers(1, 4), st.data())
def test_hadamard_pairs_cells_as_torch_does(rows, cols, data):
    a_list = data.draw(int_matrix(rows, cols))
    b_list = data.draw(int_matrix(rows, cols))
    r = ops.hadamard(parse_literal(repr(a_list)), parse_literal(repr(b_list)))
    a, b = torch.tensor(a_list), torch.tensor(b_list)
    c = a * b
    assert r.error is None
    np.testing.assert_array_equal(r.c.values, c.double().numpy())
    for index in np.ndindex(rows, cols):
        ia, ib = r.sources(index)
        assert ia == ib == index
        assert a[ia].item() * b[ib].item() == c[index].item()
        left, right = r.pairs.text[index[0] * cols + index[1]].split("×")
        assert left.strip("()") == str(a[ia].item()) and right.strip("()") == str(b[ib].item())


def test_hadamard_mul_form_and_explanation():
    r = ops.hadamard(lit("[[1, 2, 3], [4, 5, 6]]"), lit("[[2, 3, 4], [2, 2, 3]]"), "mul")
    assert "C = A.mul(B)" in r.snippet.code
    assert r.explain_cell((1, 2)) == "C[1, 2] = A[1, 2] × B[1, 2] = 6 × 3 = 18"


def test_hadamard_shape_mismatch_is_torchs_error():
    a, b = "[[1, 2, 3], [4, 5, 6]]", "[[3, 2], [2, 3], [5, 3]]"
    r = ops.hadamard(lit(a), lit(b))
    expected = torch_error(lambda: torch.tensor(lit(a).data) * torch.tensor(lit(b).data))
    assert r.error is not None and r.error.message == expected
    assert r.c is None


def test_py_literal_runs_in_plain_python():
    data = lit("[inf, -inf, nan, 1e-3, True]").data
    assert ops.py_literal(data) == "[float('inf'), -float('inf'), float('nan'), 0.001, True]"


# -- snippets run in plain python ------------------------------------------------------------
def test_snippets_print_exactly_their_output():
    course = ops.matmul(lit("[[1, 2, 3], [4, 5, 6]]"), lit("[[3, 2], [2, 3], [5, 3]]"))
    batched = ops.matmul_random((2, 2, 3), (3, 2), seed=5, form="matmul")
    snippets = [
        course.snippet,
        ops.matmul_cell_snippet(course, (1, 1)),
        ops.matmul_cell_snippet(batched, (1, 0, 1)),
        ops.matmul(lit("[1, 2, 3]"), lit("[[1, 2], [3, 4]]")).snippet,
        ops.item_of(lit("[[[2.5]]]")).snippet,
        ops.item_of(lit("[1, 2]")).snippet,
        ops.item_of(lit("[0.1]"), "float64").snippet,
        ops.elementwise(lit("[[1, 2, 3], [4, 5, 6]]"), "div", lit("2")).snippet,
        ops.elementwise(lit("[1, 2, 3]"), "add", lit("[[1], [2]]")).snippet,
        ops.elementwise(lit("[1.5, inf, nan]"), "pow", lit("2"), "float64").snippet,
        ops.hadamard(lit("[[1, 2], [3, 4]]"), lit("[[1, 2, 3]]")).snippet,
    ]
    assert_prints_output(snippets)


def test_cell_expressions_index_the_row_and_column():
    r = ops.matmul_random((2, 2, 3), (3, 2), seed=1)
    a, b, _ = r._tensors
    for index in r.cells():
        cell = r.cell(index)
        a_key, b_key = cell.keys()
        assert a[a_key].tolist() == list(cell.a_values)
        assert b[b_key].tolist() == list(cell.b_values)
    cell = r.cell((1, 0, 1))
    assert (cell.c_expr, cell.a_expr, cell.b_expr) == ("C[1, 0, 1]", "A[1, 0, :]", "B[:, 1]")
    v = ops.matmul(lit("[1, 2]"), lit("[[1, 2], [3, 4]]")).cell((1,))
    assert (v.c_expr, v.a_expr, v.b_expr) == ("C[1]", "A", "B[:, 1]")
    d = ops.matmul(lit("[1, 2]"), lit("[3, 4]")).cell(())
    assert (d.c_expr, d.a_expr, d.b_expr, d.text) == ("C", "A", "B", "1*3 + 2*4 = 11")


@given(
    st.lists(st.integers(-5, 5), min_size=1, max_size=6),
    st.sampled_from(list(ops.ELEMENTWISE_OPS)),
    st.one_of(st.integers(-3, 3), st.sampled_from([0.5, -1.5, 2.0])),
    st.sampled_from(["auto", "float64"]),
)
def test_random_element_wise_calls_match_torch(values, op, scalar, dtype):
    r = ops.elementwise(parse_literal(repr(values)), op, parse_literal(repr(scalar)), dtype)
    kwargs = {} if dtype == "auto" else {"dtype": torch.float64}
    x = torch.tensor(values, **kwargs)
    before = x.clone()
    for form, method in ((r.out_of_place, op), (r.in_place, op + "_")):
        try:
            y = getattr(x, method)(scalar)
        except RuntimeError as exc:
            assert form.error is not None and form.error.message == str(exc)
            continue
        assert form.error is None
        assert form.same_object == (y is x) == form.in_place
        assert form.same_storage == form.in_place
        assert form.result.dtype == str(y.dtype)
        np.testing.assert_array_equal(form.result.values, y.double().numpy())
        np.testing.assert_array_equal(form.after.values, x.double().numpy())
    if r.in_place.error is None:
        assert r.in_place.x_changed == (not torch.equal(before, x))


def test_hadamard_with_a_broadcast_row_pairs_as_torch_broadcasts():
    r = ops.hadamard(lit("[[1, 2, 3], [4, 5, 6]]"), lit("[10, 20, 30]"))
    assert r.error is None and r.c.shape == (2, 3)
    assert r.sources((1, 2)) == ((1, 2), (2,))
    assert r.pairs.text[5] == "6×30"
    assert r.explain_cell((1, 0)) == "C[1, 0] = A[1, 0] × B[0] = 4 × 10 = 40"


@pytest.mark.parametrize(
    ("text", "dtype"), [("[99999999999999999999]", "auto"), ("[inf]", "int64"), ("[nan]", "int32")]
)
def test_values_torch_cannot_store_are_its_error(text, dtype):
    with pytest.raises(ops.CreationError) as info:
        ops.item_of(lit(text), dtype)
    kwargs = {} if dtype == "auto" else {"dtype": getattr(torch, dtype)}
    assert info.value.error.message == torch_error(lambda: torch.tensor(lit(text).data, **kwargs))
    assert info.value.name == "x"
