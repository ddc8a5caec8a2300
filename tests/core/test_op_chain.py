"""A chain of element-wise calls on one tensor, and neg/sqrt as single calls: every value,
identity and error is torch's own."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core import op_chain, ops
from tensorviz.core.literal import LiteralError, parse_literal
from tensorviz.core.op_chain import Link, Start, run_chain
from tests.snippets import assert_prints_output


def lit(text: str):
    return parse_literal(text)


def link(op: str, operand: str | None = None, in_place: bool = True) -> Link:
    return Link(op, lit(operand) if operand is not None else None, in_place)


CALLS = (("add", "1"), ("sub", "1"), ("mul", "2"), ("div", "3"), ("pow", "2"))
COURSE_OUT = tuple(link(op, arg, False) for op, arg in CALLS)
COURSE_IN = (
    link("float"),
    *(link(op, "3.0" if op == "div" else arg) for op, arg in CALLS),
)


def torch_error(fn) -> str:
    try:
        fn()
    except RuntimeError as exc:
        return str(exc)
    raise AssertionError("torch did not refuse")


def test_the_course_test001_is_torchs_step_by_step():
    r = run_chain(Start(size=(2, 3), seed=0), (*COURSE_OUT, *COURSE_IN))
    torch.manual_seed(0)
    data = torch.randint(0, 10, (2, 3))
    np.testing.assert_array_equal(r.start.values, data.double().numpy())
    for result, (op, arg) in zip(r.links[:5], CALLS, strict=True):
        new = getattr(data, op)(int(arg))
        assert result.code == f"data.{op}({arg})"
        assert result.value.dtype == str(new.dtype)
        np.testing.assert_array_equal(result.value.values, new.double().numpy())
        assert result.same_object is False
        np.testing.assert_array_equal(result.data.values, data.double().numpy())  # unchanged
    data = data.float()
    ptr = data.data_ptr()
    for result, (op, arg) in zip(r.links[6:], CALLS, strict=True):
        returned = getattr(data, op + "_")(float(arg) if op == "div" else int(arg))
        assert returned is data and data.data_ptr() == ptr
        assert result.same_object is True and result.error is None
        np.testing.assert_array_equal(result.data.values, data.double().numpy())
    assert r.data_values() == tuple(data.reshape(-1).tolist())
    assert r.data.dtype == "torch.float32"


def test_memory_blocks_say_which_calls_share_data_memory():
    r = run_chain(Start(size=(2, 3), seed=0), (*COURSE_OUT, *COURSE_IN))
    assert r.start_memory == 0
    out_blocks = [result.memory for result in r.links[:5]]
    assert out_blocks == [1, 2, 3, 4, 5]  # every out-of-place call: a block of its own
    assert all(result.data_memory == 0 for result in r.links[:5])
    float_link = r.links[5]
    assert float_link.rebinds and float_link.same_object is False and float_link.memory == 6
    assert {(x.memory, x.data_memory) for x in r.links[6:]} == {(6, 6)}
    assert len(r.addresses) == 7 and len(set(r.addresses)) == 7


def test_float_on_a_float32_tensor_is_the_same_tensor():
    r = run_chain(Start(lit("[1.5, 2.5]")), (link("float"), link("add", "1")))
    assert r.links[0].same_object is True  # torch returns data itself
    assert r.links[0].memory == r.start_memory == r.links[1].data_memory


def test_the_code_prints_exactly_the_output():
    r = run_chain(Start(size=(2, 3), seed=3), (*COURSE_OUT, *COURSE_IN))
    assert "data = data.float()" in r.snippet.code and "data.pow_(2)" in r.snippet.code
    assert r.snippet.output.rstrip().endswith("same memory: True")
    refused = run_chain(Start(lit("[[1, -4], [9, 2]]")), (link("sqrt"), link("neg")))
    single = [ops.elementwise(lit("[1, -4]"), op, None).snippet for op in ops.UNARY_OPS]
    bools = ops.elementwise(lit("[True, False]"), "neg", None).snippet
    assert_prints_output([r.snippet, refused.snippet, *single, bools])


def test_a_call_torch_refuses_is_its_error_and_the_chain_goes_on():
    chain = (link("sqrt", in_place=False), link("sqrt"), link("neg"), link("div", "3.0"))
    r = run_chain(Start(lit("[[1, -4], [9, 2]]")), chain)
    x = torch.tensor([[1, -4], [9, 2]])
    assert r.links[0].value.dtype == "torch.float32"
    assert r.links[0].value.text[1] == "nan"  # sqrt(-4)
    message = torch_error(lambda: x.clone().sqrt_())
    assert r.links[1].error.message == message and r.links[1].value is None
    np.testing.assert_array_equal(r.links[1].data.values, x.double().numpy())  # not written
    np.testing.assert_array_equal(r.links[2].data.values, (-x).double().numpy())
    assert r.links[3].error.message == torch_error(lambda: x.clone().div_(3.0))
    assert r.error == r.links[1].error
    assert "try:" in r.snippet.code


def test_a_tensor_operand_is_made_inline():
    r = run_chain(Start(lit("[[1, 2], [3, 4]]")), (link("mul", "[10, 100]", False),))
    assert r.links[0].code == "data.mul(torch.tensor([10, 100]))"
    assert r.links[0].value.text == ("10", "200", "30", "400")


def test_caps_are_refused_before_torch_allocates():
    with pytest.raises(LiteralError) as info:
        run_chain(Start(size=(300, 300)), ())
    assert info.value.reason == "too_many"
    column = lit(str([[0]] * 300))
    with pytest.raises(LiteralError):  # (300, 1) + (300,) would be 90,000 elements
        run_chain(Start(column), (Link("add", lit(str(list(range(300)))), False),))
    with pytest.raises(LiteralError):
        run_chain(Start(lit("[1]")), (link("neg"),) * (op_chain.MAX_LINKS + 1))
    with pytest.raises(ValueError):
        run_chain(Start(lit("[1]")), (link("mod", "2"),))


# -- neg and sqrt as single calls ------------------------------------------------------------
@pytest.mark.parametrize("op", list(ops.UNARY_OPS))
@pytest.mark.parametrize(
    "text", ["[[1, -2, 3], [-4, 5, -6]]", "[4.0, -9.0, 2.0, 0.0]", "[True, False]", "7"]
)
def test_neg_and_sqrt_are_torchs_in_both_forms(op, text):
    r = ops.elementwise(lit(text), op, None)
    assert r.operand is None and r.operand_code == ""
    x = torch.tensor(lit(text).data)
    for form, method in ((r.out_of_place, op), (r.in_place, op + "_")):
        assert form.call == f"y = x.{method}()"
        try:
            y = getattr(x, method)()
        except RuntimeError as exc:
            assert form.error is not None and form.error.message == str(exc)
            assert form.result is None
            continue
        assert form.error is None
        assert form.same_object == (y is x) == form.in_place
        assert form.result.dtype == str(y.dtype)
        np.testing.assert_array_equal(form.result.values, y.double().numpy())
        np.testing.assert_array_equal(form.after.values, x.double().numpy())


def test_sqrt_of_an_int_tensor_out_of_place_is_float_in_place_fails():
    r = ops.elementwise(lit("[1, 4, 9]"), "sqrt", lit("10"))  # an operand is ignored
    assert r.out_of_place.result.dtype == "torch.float32"
    assert r.out_of_place.result.text == ("1.", "2.", "3.")
    message = torch_error(lambda: torch.tensor([1, 4, 9]).sqrt_())
    assert r.in_place.error.message == message
    assert "y = x.sqrt_()" in r.snippet.code


@given(st.lists(st.floats(-1e3, 1e3, allow_nan=False), min_size=1, max_size=6))
def test_sqrt_gives_nan_exactly_where_torch_does(values):
    r = ops.elementwise(lit(repr(values)), "sqrt", None, "float64")
    y = torch.tensor(values, dtype=torch.float64).sqrt()
    assert [t == "nan" for t in r.out_of_place.result.text] == torch.isnan(y).tolist()


def test_broadcast_results_over_the_cap_are_refused():
    column, row = lit(str([[0]] * 300)), lit(str(list(range(300))))
    with pytest.raises(LiteralError) as info:
        ops.elementwise(column, "add", row)
    assert info.value.reason == "too_many"
    with pytest.raises(LiteralError):
        ops.hadamard(column, row)
    small = ops.elementwise(lit(str([[0]] * 200)), "add", lit(str(list(range(200)))))
    assert small.out_of_place.result.shape == (200, 200)  # 40,000 elements: allowed
