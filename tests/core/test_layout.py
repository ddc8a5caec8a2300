"""core.layout's stride arithmetic against torch: the slot an element reads, the elements that
read a slot, the order row-by-row reading visits memory in, and the jumps of the formula."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.layout import (
    Hop,
    hops,
    in_shape,
    layout_of,
    readers_of,
    reading_order,
    slot_of,
    storage_of,
)


@st.composite
def views(draw) -> torch.Tensor:
    """A view of ``arange``: permuted, sliced with steps, maybe expanded; its storage holds
    0..n-1, so the value of an element is the number of the slot it reads."""
    shape = draw(st.lists(st.integers(1, 4), min_size=1, max_size=4))
    t = torch.arange(math.prod(shape)).reshape(shape)
    t = t.permute(*draw(st.permutations(range(len(shape)))))
    items = []
    for size in t.shape:
        start = draw(st.integers(0, size - 1))
        items.append(slice(start, None, draw(st.integers(1, 2))))
    t = t[tuple(items)]
    if draw(st.booleans()):
        t = t.unsqueeze(0).expand(2, *t.shape)  # stride 0: two elements read each slot
    return t


@given(views())
def test_slot_of_is_the_formula_and_what_torch_reads(t):
    lay = layout_of(t)
    storage = storage_of(t)  # the untyped storage, read as a flat tensor
    for index in np.ndindex(*t.shape):
        slot = slot_of(lay, index)
        formula = t.storage_offset() + sum(i * s for i, s in zip(index, t.stride(), strict=True))
        assert slot == formula == int(lay.slots[index])
        assert storage[slot] == t[index] == slot
    again = torch.as_strided(storage, t.shape, t.stride(), t.storage_offset())
    assert torch.equal(again, t)


@given(views())
def test_readers_of_a_slot_are_every_element_that_reads_it(t):
    lay = layout_of(t)
    for slot in range(lay.storage_size):
        expected = [tuple(i) for i in np.ndindex(*t.shape) if int(t[i]) == slot]
        assert readers_of(lay, slot) == expected
    assert readers_of(lay, lay.storage_size) == []


def test_readers_of_an_expanded_view_and_of_a_sliced_away_slot():
    t = torch.tensor([1.0, 2.0, 3.0]).expand(2, 3)
    assert readers_of(layout_of(t), 1) == [(0, 1), (1, 1)]
    sliced = torch.arange(12).reshape(3, 4)[1:, ::2]
    assert readers_of(layout_of(sliced), 0) == []
    assert readers_of(layout_of(sliced), 6) == [(0, 1)]
    assert readers_of(layout_of(sliced), 10) == [(1, 1)]
    assert readers_of(layout_of(torch.tensor(5)), 0) == [()]


def test_readers_need_drawn_slots():
    lay = layout_of(torch.arange(100), cap=10)
    assert lay.slots is None and readers_of(lay, 3) == []


@given(views(), st.integers(0, 12))
def test_reading_order_is_the_order_flatten_reads(t, count):
    lay = layout_of(t)
    assert reading_order(lay, count) == tuple(t.reshape(-1)[:count].tolist())


def test_reading_order_of_a_transpose_jumps():
    lay = layout_of(torch.arange(12).reshape(3, 4).t())
    assert reading_order(lay, 10) == (0, 4, 8, 1, 5, 9, 2, 6, 10, 3)
    assert reading_order(layout_of(torch.tensor(7)), 5) == (0,)


def test_reading_order_needs_no_drawn_slots():
    t = torch.arange(64 * 128).reshape(64, 128).t()
    lay = layout_of(t, cap=0)
    assert lay.slots is None
    assert reading_order(lay, 4) == (0, 128, 256, 384)


@given(views(), st.data())
def test_hops_walk_from_the_offset_to_the_slot(t, data):
    lay = layout_of(t)
    index = tuple(data.draw(st.integers(0, n - 1)) for n in t.shape)
    path = hops(lay, index)
    here = t.storage_offset()
    for hop in path:
        assert hop.start == here and hop.steps * hop.stride != 0
        assert (hop.steps, hop.stride) == (index[hop.dim], t.stride(hop.dim))
        here = hop.end
    assert here == slot_of(lay, index)
    assert [hop.dim for hop in path] == sorted(hop.dim for hop in path)


def test_hops_of_a_transposed_element():
    lay = layout_of(torch.arange(12).reshape(3, 4).t())
    assert hops(lay, (3, 1)) == (Hop(0, 3, 1, 0, 3), Hop(1, 1, 4, 3, 7))
    assert hops(lay, (0, 0)) == ()


def test_an_index_of_another_tensor_is_refused():
    lay = layout_of(torch.arange(6).reshape(2, 3))
    assert in_shape((1, 2), lay.shape) and not in_shape((2, 0), lay.shape)
    assert not in_shape((1,), lay.shape) and not in_shape(None, lay.shape)
    for index in ((2, 0), (0, -1), (1,)):
        with pytest.raises(IndexError):
            slot_of(lay, index)
        with pytest.raises(IndexError):
            hops(lay, index)
