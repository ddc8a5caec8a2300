"""parse_index / index_code: basic indexing parsed with ast, written back as code."""

from __future__ import annotations

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.literal import LiteralError, index_code, parse_index


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[:, ::2]", (slice(None), slice(None, None, 2))),
        ("[1:]", (slice(1, None),)),
        ("[0]", (0,)),
        ("[..., 1]", (Ellipsis, 1)),
        ("[-1, 1:3]", (-1, slice(1, 3))),
        (":, None", (slice(None), None)),
        ("[::-1]", (slice(None, None, -1),)),
        ("[None:2]", (slice(None, 2),)),
    ],
)
def test_parses_basic_indexing(text, expected):
    assert parse_index(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("[]", "empty"),
        ("[x]", "not_a_number"),
        ("[__import__('os')]", "not_allowed"),
        ("[1.5]", "not_a_number"),
        ("[[0, 1]]", "not_allowed"),
        ("[..., ...]", "not_allowed"),
        ("[:, :", "syntax"),
        ("[True]", "not_a_number"),
        ("[1:2.0]", "not_a_number"),
    ],
)
def test_refuses_everything_else(text, reason):
    with pytest.raises(LiteralError) as info:
        parse_index(text)
    assert info.value.reason == reason


def test_code_round_trip_matches_torch():
    t = torch.arange(24).reshape(2, 3, 4)
    for text in ("[:, ::2]", "[1:]", "[0]", "[..., 1]", "[None, 1, :2]", "[-1, 1:3, ::3]"):
        items = parse_index(text)
        assert index_code(items) == text
        assert torch.equal(t[items], t[parse_index(index_code(items))])


bounds = st.one_of(st.none(), st.integers(-5, 5))
items = st.one_of(
    st.integers(-3, 3),
    st.builds(slice, bounds, bounds, st.one_of(st.none(), st.integers(1, 3))),
    st.just(None),
)


@given(st.lists(items, min_size=1, max_size=4))
def test_index_code_parses_back_to_the_same_items(index):
    assert parse_index(index_code(tuple(index))) == tuple(index)
