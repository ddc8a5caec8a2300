"""core.shape: every step's layout, badges and errors equal what torch reports."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.literal import LiteralError
from tensorviz.core.shape import (
    DEFAULT_START,
    DEFAULT_STEPS,
    MAX_STEPS,
    Start,
    Step,
    compute_chain,
    make_start,
    make_step,
    moved,
    removed,
    with_step,
)
from tests.snippets import assert_prints_output


def torch_chain(start: Start, steps) -> list[torch.Tensor | Exception]:
    """The same chain, written out by hand with torch (the oracle)."""
    x = start.build()
    out: list = [x]
    for step in steps:
        try:
            x = step.apply(x)
        except (RuntimeError, IndexError, ValueError, TypeError) as exc:
            out.append(exc)
            break
        out.append(x)
    return out


def slot_map(t: torch.Tensor) -> np.ndarray:
    """offset + sum(i_k * stride_k) for every element, computed from torch's numbers."""
    slots = np.full(tuple(t.shape), t.storage_offset(), dtype=np.int64)
    for k, stride in enumerate(t.stride()):
        shape = [1] * t.dim()
        shape[k] = t.shape[k]
        slots = slots + (np.arange(t.shape[k]) * stride).reshape(shape)
    return slots


def check_against_torch(chain, oracle) -> None:
    for k, expected in enumerate(oracle):
        result = chain.results[k]
        if isinstance(expected, Exception):
            assert result.status == "error"
            assert result.error.message == str(expected)
            assert chain.error_at == k
            assert all(r.status == "skipped" for r in chain.results[k + 1 :])
            return
        assert result.status == "ok"
        lay = result.layout
        assert lay.shape == tuple(expected.shape)
        assert lay.stride == expected.stride()
        assert lay.storage_offset == expected.storage_offset()
        assert lay.is_contiguous == expected.is_contiguous()
        np.testing.assert_array_equal(lay.slots, slot_map(expected))
        values = expected.numpy().astype(np.float64)
        np.testing.assert_array_equal(result.snapshot.values, values)
        # The value stored in the slot an element reads is that element's value.
        storage = np.asarray(lay.storage.values).reshape(-1)
        np.testing.assert_array_equal(storage[lay.slots], values)
        if k > 0:
            prev = oracle[k - 1]
            shared = expected.untyped_storage().data_ptr() == prev.untyped_storage().data_ptr()
            assert result.shares_input == shared
        if chain.start.literal == "":
            # arange: the value of an element is its place in x0, i.e. its origin.
            np.testing.assert_array_equal(result.origin, values.astype(np.int64))


def test_default_chain_fails_at_view_with_fixes():
    chain = compute_chain(DEFAULT_START, DEFAULT_STEPS)
    assert [r.status for r in chain.results] == ["ok", "ok", "error"]
    assert chain.error_at == 2
    assert "view size is not compatible" in chain.error.message
    assert chain.results[1].layout.stride == (1, 4)
    assert chain.results[1].shares_input is True
    kinds = [f.kind for f in chain.results[2].fixes]
    assert kinds == ["insert_contiguous", "use_reshape"]
    for fix in chain.results[2].fixes:
        fixed = compute_chain(DEFAULT_START, fix.steps)
        assert fixed.error_at is None
        assert fixed.results[-1].layout.shape == (12,)
        assert fixed.results[-1].snapshot.values.tolist() == [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]


def test_reshape_views_when_it_can_and_copies_when_it_must():
    chain = compute_chain(Start((3, 4)), (Step("reshape", (2, 6)),))
    assert chain.results[1].shares_input is True
    chain = compute_chain(Start((3, 4)), (Step("t"), Step("reshape", (12,))))
    assert chain.results[2].shares_input is False
    assert chain.results[2].layout.is_contiguous
    # The copy lays elements out in the new order: memory now holds 0, 4, 8, 1, ...
    assert chain.results[2].storage_origin.tolist()[:4] == [0, 4, 8, 1]


def test_contiguous_copies_only_a_non_contiguous_tensor():
    chain = compute_chain(Start((2, 3)), (Step("contiguous"), Step("t"), Step("contiguous")))
    first, _, last = chain.results[1:]
    assert first.same_object and first.shares_input and first.unchanged
    assert not last.shares_input and not last.same_object
    assert last.layout.stride == (2, 1)


def test_squeeze_of_a_dim_that_is_not_1_changes_nothing():
    chain = compute_chain(Start((1, 3, 1)), (Step("squeeze", (1,)), Step("squeeze", ())))
    assert chain.results[1].unchanged
    assert chain.results[1].layout.shape == (1, 3, 1)
    assert not chain.results[2].unchanged
    assert chain.results[2].layout.shape == (3,)


def test_slice_gives_offset_and_non_contiguous_view():
    chain = compute_chain(Start((3, 4)), (make_step("index", "[1:, ::2]"),))
    result = chain.results[1]
    assert result.layout.storage_offset == 4
    assert result.layout.stride == (4, 2)
    assert not result.layout.is_contiguous
    assert result.code == "x1 = x0[1:, ::2]"


@pytest.mark.parametrize(
    ("step", "fragment"),
    [
        (Step("permute", (0,)), "permute"),
        (Step("permute", (0, 0)), "duplicate dims"),
        (Step("squeeze", (5,)), "Dimension out of range"),
        (Step("unsqueeze", (-5,)), "Dimension out of range"),
        (Step("reshape", (5, -1)), "is invalid for input of size 12"),
        (Step("view", (7,)), "is invalid for input of size 12"),
        (Step("transpose", (0, 2)), "Dimension out of range"),
        (Step("index", (0, 0, 0)), "too many indices"),
    ],
)
def test_errors_are_torchs_own_at_the_right_step(step, fragment):
    steps = (Step("reshape", (2, 6)), Step("t"), step, Step("flatten"))
    chain = compute_chain(Start((3, 4)), steps)
    assert chain.error_at == 3
    oracle = torch_chain(Start((3, 4)), steps)
    assert fragment in str(oracle[3])
    check_against_torch(chain, oracle)
    assert [r.status for r in chain.results] == ["ok", "ok", "ok", "error", "skipped"]
    assert chain.results[3].fixes == ()


def test_make_step_parses_user_text():
    assert make_step("reshape", "2, -1") == Step("reshape", (2, -1))
    assert make_step("view", "(12,)") == Step("view", (12,))
    assert make_step("permute", "2, 0, 1") == Step("permute", (2, 0, 1))
    assert make_step("squeeze", "") == Step("squeeze", ())
    assert make_step("squeeze", "-1") == Step("squeeze", (-1,))
    assert make_step("t") == Step("t")
    assert make_step("flatten", "1") == Step("flatten", (1,))
    assert make_step("index", "[:, ::2]").call() == "[:, ::2]"
    for op, text in [
        ("reshape", ""),
        ("reshape", "-1, -1"),
        ("transpose", "0"),
        ("unsqueeze", ""),
        ("t", "1"),
        ("permute", "x"),
        ("nope", ""),
        ("index", "os.system"),
    ]:
        with pytest.raises(LiteralError):
            make_step(op, text)


def test_make_start():
    assert make_start("2, 3").shape == (2, 3)
    assert (
        make_start(literal="[[1.5, 2], [3, 4]]").code() == "x0 = torch.tensor([[1.5, 2], [3, 4]])"
    )
    with pytest.raises(LiteralError):
        make_start("1, 1, 1, 1, 2")
    with pytest.raises(LiteralError):
        make_start("2048, 2048")


def test_step_list_editing():
    steps = (Step("t"), Step("contiguous"), Step("flatten"))
    assert moved(steps, 2, -1) == (Step("t"), Step("flatten"), Step("contiguous"))
    assert moved(steps, 0, -1) == steps
    assert removed(steps, 1) == (Step("t"), Step("flatten"))
    assert with_step(steps, 0, Step("view", (6,)))[0] == Step("view", (6,))


def test_a_chain_longer_than_the_limit_is_refused_not_cut():
    steps = (Step("unsqueeze", (0,)),) * MAX_STEPS
    assert len(compute_chain(Start((2,)), steps).results) == MAX_STEPS + 1
    with pytest.raises(ValueError, match=f"at most {MAX_STEPS} steps"):
        compute_chain(Start((2,)), (*steps, Step("squeeze")))


def test_a_failed_step_draws_the_tensor_it_was_called_on():
    chain = compute_chain(DEFAULT_START, (Step("t"), Step("view", (12,)), Step("flatten")))
    assert [r.status for r in chain.results] == ["ok", "ok", "error", "skipped"]
    assert [chain.drawn_index(k) for k in range(-1, 6)] == [0, 0, 1, 1, 1, 1, 1]


def test_big_tensors_are_summarised_not_drawn():
    chain = compute_chain(Start((64, 128)), (Step("t"), Step("contiguous")))
    for result in chain.results:
        assert result.layout.slots is None and result.snapshot.summarised
        assert result.origin is None
    assert chain.results[1].layout.stride == (1, 128)
    assert chain.results[2].shares_input is False


def test_snippets_print_exactly_their_output():
    chains = [
        compute_chain(DEFAULT_START, DEFAULT_STEPS),
        compute_chain(
            make_start(literal="[[1.0, inf], [nan, -2]]"),
            (make_step("index", "[:, None, ::-1]"),),
        ),
        compute_chain(
            Start((2, 3, 4)),
            (
                Step("permute", (2, 0, 1)),
                Step("reshape", (4, -1)),
                make_step("index", "[1:, ::2]"),
                Step("unsqueeze", (0,)),
                Step("squeeze", (1,)),
                Step("flatten"),
            ),
        ),
    ]
    assert_prints_output([c.snippet for c in chains])
    assert chains[1].error_at == 1  # torch refuses negative steps


shapes = st.lists(st.integers(1, 4), min_size=1, max_size=4)


@st.composite
def chains(draw):
    shape = tuple(draw(shapes))
    steps = []
    ndim = len(shape)
    numel = math.prod(shape)
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(
            st.sampled_from(
                [
                    "permute",
                    "transpose",
                    "t",
                    "slice",
                    "squeeze",
                    "unsqueeze",
                    "reshape",
                    "view",
                    "contiguous",
                    "flatten",
                    "bad",
                ]
            )
        )
        if kind == "permute":
            steps.append(Step("permute", tuple(draw(st.permutations(range(ndim))))))
        elif kind == "transpose":
            steps.append(
                Step("transpose", (draw(st.integers(0, ndim - 1)), draw(st.integers(0, ndim - 1))))
            )
        elif kind == "t":
            steps.append(Step("t"))
        elif kind == "slice":
            lo = draw(st.integers(0, 2))
            stride = draw(st.integers(1, 3))
            steps.append(Step("index", (Ellipsis, slice(lo, None, stride))))
        elif kind == "squeeze":
            steps.append(Step("squeeze", draw(st.sampled_from([(), (0,), (-1,)]))))
        elif kind == "unsqueeze":
            steps.append(Step("unsqueeze", (draw(st.integers(0, ndim)),)))
        elif kind in ("reshape", "view"):
            steps.append(Step(kind, (-1,) if draw(st.booleans()) else (numel,)))
        elif kind == "flatten":
            steps.append(Step("flatten"))
        elif kind == "contiguous":
            steps.append(Step("contiguous"))
        else:
            steps.append(Step("permute", (0,) * (ndim + 1)))
        if kind not in ("reshape", "view", "flatten", "bad"):
            continue
    return Start(shape), tuple(steps)


@given(chains())
def test_random_chains_match_torch(case):
    start, steps = case
    chain = compute_chain(start, steps)
    oracle = torch_chain(start, steps)
    check_against_torch(chain, oracle)
    assert len(chain.results) == len(steps) + 1
