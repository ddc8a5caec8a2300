import math

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.layout import layout_of, shares_storage, storage_of
from tensorviz.core.values import GRID_CAP, format_value, printed, snapshot


def test_snapshot_values_and_text_follow_dtype():
    snap = snapshot(torch.tensor([[1.5, 2.0], [float("nan"), -float("inf")]]))
    assert snap.shape == (2, 2)
    assert snap.dtype == "torch.float32"
    assert snap.text == ("1.5", "2.", "nan", "-inf")
    assert snap.values[0, 0] == 1.5
    ints = snapshot(torch.tensor([3, -4], dtype=torch.int16))
    assert ints.kind == "int" and ints.text == ("3", "-4")
    bools = snapshot(torch.tensor([True, False]))
    assert bools.text == ("True", "False")
    half = snapshot(torch.tensor([0.1], dtype=torch.float16))
    assert half.values[0] == float(torch.tensor(0.1, dtype=torch.float16))
    assert snapshot(torch.tensor(7)).text == ("7",)


@pytest.mark.parametrize(
    "value", [2 / 3, 6.0, -0.0, 4.28174e-05, 1.3333333, 123456789.0, float("nan"), -float("inf")]
)
def test_a_number_is_printed_as_torch_prints_a_0d_tensor_of_it(value):
    """A course answer's form: torch's ``tensor(0.6667)``, not 0.666667 or 0.6666666865."""
    assert f"tensor({printed(value)})" == str(torch.tensor(value))


def test_a_snapshots_element_is_what_tolist_gives():
    """An int tensor's 100 is an int (a course answer writes it 100, not 100.), exact past
    float64's 2**53; a float's is a float, a bool's a bool."""
    big = 2**62 + 1
    ints = snapshot(torch.tensor([[100, big]]))
    assert [ints.element(i) for i in range(2)] == [100, big]
    assert type(ints.element(0)) is int
    assert snapshot(torch.tensor([0.5, 2.0])).element(1) == 2.0
    assert type(snapshot(torch.tensor([0.5, 2.0])).element(1)) is float
    assert snapshot(torch.tensor([False, True])).element(1) is True
    with pytest.raises(LookupError):
        snapshot(torch.zeros(GRID_CAP + 1)).element(0)


def test_big_tensors_are_summarised_with_nan_and_inf_counts():
    t = torch.arange(GRID_CAP + 10, dtype=torch.float32)
    t[0] = float("nan")
    t[1] = float("inf")
    snap = snapshot(t)
    assert snap.summarised and snap.text is None
    assert snap.summary.nan_count == 1 and snap.summary.inf_count == 1
    assert snap.summary.minimum == 2.0
    assert snap.summary.maximum == float(GRID_CAP + 9)


def test_format_value():
    assert format_value(3.0, "float") == "3."
    assert format_value(0.123456, "float") == "0.1235"
    assert format_value(1e-7, "float") == "1e-07"
    assert format_value(math.inf, "float") == "inf"
    assert format_value(5, "int") == "5"
    # the sign of a negative zero, as torch prints it: tensor([-0.]) after neg() of 0.0
    assert str(torch.tensor([0.0]).neg()) == "tensor([-0.])"
    assert format_value(-0.0, "float") == "-0." and format_value(0.0, "float") == "0."
    assert format_value(-3.0, "float") == "-3."


def test_layout_of_a_permuted_slice_matches_torch():
    base = torch.arange(24).reshape(2, 3, 4)
    t = base.permute(2, 0, 1)[1:]
    lay = layout_of(t)
    assert lay.shape == tuple(t.shape)
    assert lay.stride == t.stride()
    assert lay.storage_offset == t.storage_offset() == 1
    assert not lay.is_contiguous
    assert lay.storage_size == 24
    # base holds 0..23 in storage order, so each slot number equals the element's value
    assert np.array_equal(lay.slots, t.numpy())
    assert lay.storage.text == tuple(str(i) for i in range(24))


def test_expand_reads_one_slot_many_times():
    t = torch.tensor([1.0, 2.0, 3.0]).expand(4, 3)
    lay = layout_of(t)
    assert lay.stride == (0, 1)
    assert lay.storage_size == 3
    assert (lay.slots == np.array([[0, 1, 2]] * 4)).all()


def test_shared_storage():
    a = torch.arange(6)
    assert shares_storage(a, a.view(2, 3))
    assert not shares_storage(a, a.clone())
    assert shares_storage(a, storage_of(a.view(3, 2).t()))


@given(
    st.lists(st.integers(1, 4), min_size=1, max_size=4).flatmap(
        lambda shape: st.tuples(st.just(shape), st.permutations(range(len(shape))))
    )
)
def test_slots_match_stride_formula(case):
    shape, perm = case
    t = torch.arange(math.prod(shape)).reshape(shape).permute(*perm)
    lay = layout_of(t)
    for index in np.ndindex(*t.shape):
        slot = lay.storage_offset + sum(i * s for i, s in zip(index, lay.stride, strict=True))
        assert lay.slots[index] == slot == int(t[index])


@pytest.mark.parametrize("dtype", [torch.float64, torch.int8, torch.bool, torch.bfloat16])
def test_snapshot_of_every_dtype(dtype):
    snap = snapshot(torch.ones(2, 2, dtype=dtype))
    assert snap.dtype == str(dtype)
    assert len(snap.text) == 4


@given(st.lists(st.integers(1, 5), max_size=4).map(tuple), st.data())
def test_unravel_matches_numpy(shape, data):
    from tensorviz.core.values import unravel

    flat = data.draw(st.integers(0, math.prod(shape) - 1))
    expected = tuple(int(i) for i in np.unravel_index(flat, shape)) if shape else ()
    assert unravel(flat, shape) == expected
