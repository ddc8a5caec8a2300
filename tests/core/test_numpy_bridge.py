"""tensorviz.core.numpy_bridge: real shared/copied memory, edits, dtype mapping, snippets."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.literal import LiteralError
from tensorviz.core.numpy_bridge import (
    MAX_BRIDGE_ELEMENTS,
    MODES,
    SHARES,
    Bridge,
    BridgeRefused,
    array_snapshot,
    dtype_mapping,
)
from tests.snippets import assert_prints_output


def test_sharing_is_real_and_as_documented():
    state = Bridge().state()
    for pair in state.pairs:
        assert pair.shares_memory == SHARES[pair.mode]
        assert (pair.tensor_ptr == pair.array_ptr) == SHARES[pair.mode]
        assert pair.tensor_nbytes == pair.array_nbytes == 6 * 8
        assert pair.tensor_dtype == "torch.int64" and pair.array_dtype == "int64"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("side", ["tensor", "array"])
def test_an_edit_reaches_the_other_side_exactly_when_shared(mode, side):
    bridge = Bridge("[[1, 2, 3], [4, 5, 6]]")
    assert bridge.edit(mode, side, (1, 2), "-7") is None
    pair = bridge.state().pair(mode)
    mine, other = (pair.tensor, pair.array) if side == "tensor" else (pair.array, pair.tensor)
    assert mine.text[5] == "-7"
    assert other.text[5] == ("-7" if SHARES[mode] else "6")
    assert pair.last_edit is not None and pair.last_edit.index == (1, 2)


def test_default_edits_follow_the_notes():
    bridge = Bridge()
    bridge.apply_default_edits()
    state = bridge.state()
    assert state.pair("numpy").tensor.text[0] == "100"  # a1[0, 0] = 100 reached t1
    assert state.pair("numpy_copy").tensor.text[0] == "1"
    assert state.pair("from_numpy").array.text[0] == "100"  # t3[0, 0] = 100 reached a3
    assert state.pair("tensor").array.text[0] == "1"


def test_snippet_reproduces_the_state_and_prints_no_addresses():
    bridge = Bridge("[1.5, 2.5]")
    bridge.apply_default_edits()
    bridge.edit("numpy", "tensor", (1,), "nan")
    bridge.edit("tensor", "array", (1,), "-inf")
    snippet = bridge.state().snippet
    assert "t1[1] = float('nan')" in snippet.code
    assert "0x" not in snippet.output
    lines = snippet.output.splitlines()
    assert lines.count("True") == 2 and lines.count("False") == 2  # pointer equality, per pair


def test_float_defaults_differ_between_the_libraries():
    state = Bridge("[1.5, 2.0]").state()
    assert state.pair("numpy").tensor_dtype == "torch.float32"  # torch.tensor default
    assert state.pair("from_numpy").tensor_dtype == "torch.float64"  # numpy default kept
    assert state.pair("tensor").tensor_dtype == "torch.float64"


def test_dtype_choice_is_used_on_both_sides():
    state = Bridge("[1, 2]", "float16").state()
    for pair in state.pairs:
        assert pair.tensor_dtype == "torch.float16" and pair.array_dtype == "float16"
        assert pair.tensor_nbytes == 4


def test_numpy_refusing_to_create_is_shown_on_its_line():
    with pytest.raises(BridgeRefused) as info:
        Bridge("[-1, 2]", "uint8")
    snippet = info.value.snippet
    assert "a3 = np.array([-1, 2], dtype='uint8')" in snippet.code
    assert "from_numpy" not in snippet.code  # Python stops at the failing line
    assert snippet.output.startswith("OverflowError") or "uint8" in snippet.output


def test_bfloat16_is_refused_with_runnable_code():
    with pytest.raises(BridgeRefused) as info:
        Bridge("[1.5]", "bfloat16")
    assert "BFloat16" in info.value.error.message
    snippet = info.value.snippet
    assert "try:" in snippet.code
    assert snippet.output.startswith("TypeError")


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ("[[1, 2], [3]]", "ragged"),
        ("[1, x]", "not_a_number"),
        ("[1, 'a']", "not_a_number"),
        (repr(list(range(MAX_BRIDGE_ELEMENTS + 1))), "too_many"),
    ],
)
def test_bad_values_are_refused(values, reason):
    with pytest.raises(LiteralError) as info:
        Bridge(values)
    assert info.value.reason == reason


def test_bad_edits_change_nothing():
    bridge = Bridge("[1, 2]", "uint8")
    before = bridge.state()
    with pytest.raises(LiteralError):
        bridge.edit("numpy", "array", (0,), "abc")
    with pytest.raises(LiteralError):
        bridge.edit("numpy", "array", (5,), "1")
    err = bridge.edit("numpy", "array", (0,), "300")  # numpy: out of bounds for uint8
    assert err is not None and "300" in err.message
    err = bridge.edit("from_numpy", "tensor", (0,), "300")  # torch: overflow
    assert err is not None and "overflow" in err.message
    after = bridge.state()
    assert [p.tensor.text for p in after.pairs] == [p.tensor.text for p in before.pairs]
    assert after.edits == ()


@given(
    values=st.lists(st.integers(-1000, 1000), min_size=1, max_size=MAX_BRIDGE_ELEMENTS),
    data=st.data(),
)
def test_any_edit_matches_torch_and_numpy(values, data):
    bridge = Bridge(repr(values))
    mode = data.draw(st.sampled_from(MODES))
    side = data.draw(st.sampled_from(["tensor", "array"]))
    i = data.draw(st.integers(0, len(values) - 1))
    v = data.draw(st.integers(-1000, 1000))
    assert bridge.edit(mode, side, (i,), str(v)) is None
    pair = bridge.state().pair(mode)
    expected = list(values)
    expected[i] = v
    edited = pair.tensor if side == "tensor" else pair.array
    untouched = pair.array if side == "tensor" else pair.tensor
    assert edited.text == tuple(str(x) for x in expected)
    assert untouched.text == tuple(str(x) for x in (expected if SHARES[mode] else values))


def _printed_in_process(code: str) -> str:
    """What ``code`` prints, run here (fast; the subprocess test covers plain python)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<snippet>", "exec"), {})  # our own generated code
    return out.getvalue()


@given(
    values=st.one_of(
        st.lists(st.floats(-1e3, 1e3, allow_nan=False, width=32), min_size=1, max_size=6),
        st.lists(st.lists(st.integers(-99, 99), min_size=2, max_size=2), min_size=1, max_size=3),
        st.integers(-5, 5),
    ),
    dtype=st.sampled_from(["", "float32", "int16", "uint8", "bool", "float16"]),
    data=st.data(),
)
def test_code_prints_its_output_after_any_edits(values, dtype, data):
    try:
        bridge = Bridge(repr(values), dtype)
    except BridgeRefused as refused:  # e.g. numpy: -1 is out of bounds for uint8
        snippet = refused.snippet
        assert _printed_in_process(snippet.code) == snippet.output
        return
    for _ in range(data.draw(st.integers(0, 3))):
        state = bridge.state()
        mode = data.draw(st.sampled_from(MODES))
        side = data.draw(st.sampled_from(["tensor", "array"]))
        shape = state.pair(mode).tensor.shape
        index = tuple(data.draw(st.integers(0, n - 1)) for n in shape)
        bridge.edit(mode, side, index, str(data.draw(st.integers(0, 100))))
    snippet = bridge.state().snippet
    assert _printed_in_process(snippet.code) == snippet.output


def test_array_snapshot():
    snap = array_snapshot(np.array([[1.5, -2.0]], dtype=np.float32))
    assert snap.shape == (1, 2) and snap.dtype == "numpy.float32" and snap.kind == "float"
    assert snap.text == ("1.5", "-2.")
    assert array_snapshot(np.array([True, False])).text == ("True", "False")


def test_dtype_mapping_is_read_from_torch():
    mapping = dtype_mapping()
    n2t = {row.source: row for row in mapping.numpy_to_torch}
    assert n2t["float64"].result == "torch.float64"
    assert n2t["uint8"].result == "torch.uint8"
    assert n2t["bool"].result == "torch.bool"
    t2n = {row.source: row for row in mapping.torch_to_numpy}
    assert t2n["torch.float32"].result == "float32"
    assert t2n["torch.bfloat16"].error is not None
    assert ("np.array([1.5, 2.0]).dtype", "float64") in mapping.defaults
    assert ("torch.tensor([1.5, 2.0]).dtype", str(torch.tensor([1.5]).dtype)) in mapping.defaults


def test_snippets_run_to_their_output():
    edited = Bridge("[1.5, 2.5]")
    edited.apply_default_edits()
    edited.edit("numpy", "tensor", (1,), "nan")
    edited.edit("tensor", "array", (1,), "-inf")
    scalar = Bridge("7", "int16")
    scalar.edit("from_numpy", "tensor", (), "-2")
    with pytest.raises(BridgeRefused) as refused:
        Bridge("[[1], [2]]", "bfloat16")
    snippets = [
        edited.state().snippet,
        scalar.state().snippet,
        Bridge("[True, False]", "bool").state().snippet,
        refused.value.snippet,
        dtype_mapping().snippet,
    ]
    assert_prints_output(snippets)


def test_an_error_says_which_library_raised_it():
    """numpy's words are not torch's: an ndarray's element and np.array are numpy's."""
    bridge = Bridge()
    huge = "99999999999999999999"
    err = bridge.edit("numpy", "array", (0, 1), huge)
    assert err is not None and err.raised_by == "numpy"
    err = bridge.edit("numpy", "tensor", (0, 1), huge)
    assert err is not None and err.raised_by == "torch"
    with pytest.raises(BridgeRefused) as info:
        Bridge("[-1, 2]", "uint8")  # np.array(..., dtype='uint8') refuses -1
    assert info.value.error.raised_by == "numpy"
    with pytest.raises(BridgeRefused) as info:
        Bridge("[1.5]", "bfloat16")  # t.numpy() refuses
    assert info.value.error.raised_by == "torch"


@pytest.mark.parametrize("side", ["tensor", "array"])
def test_an_edit_keeps_what_the_object_stored(side):
    bridge = Bridge()  # int64 on both sides
    bridge.edit("numpy", side, (1, 2), "7.5")
    edit = bridge.edits[-1]
    assert (edit.value, edit.stored, edit.truncated) == (7.5, 7, True)
    assert edit.cell == ("t1[1, 2]" if side == "tensor" else "a1[1, 2]")
    bridge.edit("numpy", side, (1, 2), "-7.0")
    assert not bridge.edits[-1].truncated  # a whole number, kept whole
    floats = Bridge("[0.5, 1.5]", "float64")
    floats.edit("numpy", side, (0,), "7.5")
    assert not floats.edits[-1].truncated
