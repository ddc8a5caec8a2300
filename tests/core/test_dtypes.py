"""tensorviz.core.dtypes: the table, conversion chains, float bits and devices equal torch."""

from __future__ import annotations

import contextlib
import io
import math
import struct

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.dtypes import (
    MAX_CHAIN_ELEMENTS,
    STEP_KINDS,
    TABLE_DTYPES,
    Step,
    classify,
    conversion_chain,
    device_demo,
    dtype_table,
    float_bits,
)
from tensorviz.core.literal import COURSE_DTYPE_NAMES, LiteralError
from tests.snippets import python_prints


# -- table ---------------------------------------------------------------------------------
def test_table_rows_come_from_iinfo_and_finfo():
    rows = {row.name: row for row in dtype_table().rows}
    assert list(rows) == list(TABLE_DTYPES)
    assert rows["uint8"].minimum == "0" and rows["uint8"].maximum == "255"
    assert rows["int64"].maximum == str(torch.iinfo(torch.int64).max)
    assert rows["int16"].bits == 16 and rows["int16"].bytes == 2
    assert rows["float16"].maximum == "65504"
    assert float(rows["float32"].eps) == pytest.approx(torch.finfo(torch.float32).eps, rel=1e-3)
    assert rows["bfloat16"].bits == 16 and rows["float64"].bytes == 8
    assert rows["bool"].bits == 8 and rows["bool"].maximum == "True"
    assert rows["float32"].resolution == "1e-06" and rows["float32"].digits == "6"
    assert rows["int32"].resolution == "1"
    assert "half" in rows["float16"].aliases and "long" in rows["int64"].aliases


def test_table_snippet_shows_iinfo_and_finfo():
    snippet = dtype_table().snippet
    assert "torch.finfo(torch.float16)" in snippet.code
    assert "iinfo(min=-128, max=127, dtype=int8)" in snippet.output


# -- conversion chains ---------------------------------------------------------------------
def test_default_like_chain_shows_each_kind_of_loss():
    r = conversion_chain(
        "[3.14159, -2.7, 300.5, 1e-5]",
        "",
        [Step("half"), Step("float"), Step("int"), Step("type", "uint8")],
    )
    assert [s.dtype for s in r.stages] == [
        "torch.float32",
        "torch.float16",
        "torch.float32",
        "torch.int32",
        "torch.uint8",
    ]
    half, widened, ints, small = r.stages[1:]
    assert half.change_at(0).kind == "rounded"
    assert half.exact[0] == repr(torch.tensor(3.14159).half().item())
    assert widened.changes == ()  # float16 -> float32 is exact
    assert {c.kind for c in ints.changes} == {"truncated"}
    assert ints.exact == ("3", "-2", "300", "0")
    assert small.change_at(1).kind == "overflow" and small.exact[1] == "254"
    assert small.change_at(2).after == "44"  # 300 wraps around modulo 256
    assert small.change_at(0) is None


def test_overflow_to_inf_underflow_and_bool():
    r = conversion_chain(
        "[70000.0, 1e-8, 2.0, 0.0]", "float32", [Step("half"), Step("type", "bool")]
    )
    half = r.stages[1]
    assert half.change_at(0).kind == "to_inf" and half.exact[0] == "inf"
    assert half.change_at(1).kind == "underflow" and half.exact[1] == "0.0"
    assert half.change_at(2) is None
    to_bool = r.stages[2]
    assert to_bool.exact == ("True", "False", "True", "False")  # 1e-8 was already 0
    assert to_bool.change_at(1) is None and to_bool.change_at(3) is None
    assert to_bool.change_at(2).kind == "to_bool"


def test_integer_overflow_wraps_like_torch():
    r = conversion_chain("[3000000000, -1]", "", [Step("int"), Step("to", "int8")])
    assert r.stages[0].dtype == "torch.int64"
    assert r.stages[1].exact[0] == str(torch.tensor([3_000_000_000]).int().item())
    assert r.stages[1].change_at(0).kind == "overflow"
    assert r.stages[1].change_at(1) is None


def test_classify():
    assert classify(2.5, 2, torch.int64) == "truncated"
    assert classify(-2.5, -2, torch.int64) == "truncated"
    assert classify(300, 44, torch.uint8) == "overflow"
    assert classify(math.nan, 0, torch.int32) == "not_finite"
    assert classify(math.nan, math.nan, torch.float16) is None
    assert classify(1, 1.0, torch.float32) is None
    assert classify(0.1, 0.10000000149011612, torch.float32) == "rounded"


_values = st.lists(
    st.one_of(
        st.integers(-(2**40), 2**40),
        st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False, width=32),
    ),
    min_size=1,
    max_size=8,
)
_steps = st.lists(
    st.builds(
        Step,
        st.sampled_from(STEP_KINDS),
        st.sampled_from(COURSE_DTYPE_NAMES),
    ),
    max_size=5,
)


@given(values=_values, steps=_steps)
def test_every_stage_equals_torch(values, steps):
    text = repr(values)
    r = conversion_chain(text, "float64", steps)
    assert r.error is None
    t = torch.tensor(values, dtype=torch.float64)
    for stage, step in zip(r.stages[1:], steps, strict=True):
        t = step.apply(t)
        assert stage.dtype == str(t.dtype)
        assert stage.exact == tuple(repr(v) for v in t.tolist())
        cells = stage.snapshot.text
        assert cells is not None and len(cells) == len(values)


def _printed_in_process(code: str) -> str:
    """What ``code`` prints, run here (fast; the subprocess test covers plain python)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<snippet>", "exec"), {})  # our own generated code
    return out.getvalue()


_literals = st.one_of(
    _values.map(repr),
    st.integers(-300, 300).map(repr),  # a 0-d tensor
    st.lists(_values.filter(lambda v: len(v) == 2), min_size=1, max_size=3).map(repr),
    st.lists(st.booleans(), min_size=1, max_size=4).map(repr),
)


@given(literal=_literals, steps=_steps, create=st.sampled_from(["", "float64", "int32"]))
def test_chain_code_prints_its_output(literal, steps, create):
    r = conversion_chain(literal, create, steps)
    assert _printed_in_process(r.snippet.code) == r.snippet.output


def test_chain_selects_an_element():
    r = conversion_chain("[[1.5, -2.25], [70000, 3]]", "", [Step("half"), Step("long")], 3)
    assert r.selected == 3 and r.selected_value == 3.0
    assert "x[1][1]" in r.snippet.code
    assert conversion_chain("[1, 2]", "", [], 99).selected == 1


def test_torch_refusal_is_an_error_with_runnable_code():
    r = conversion_chain("[300, -1]", "uint8", [Step("half")])
    assert r.error is not None and "uint8" in r.error.message
    assert r.stages == ()
    assert "try:" in r.snippet.code
    assert "RuntimeError" in r.snippet.output


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ("[[1, 2], [3]]", "ragged"),
        ("[1, abc]", "not_a_number"),
        ("", "empty"),
        ("[]", "bad_size"),
        (repr(list(range(MAX_CHAIN_ELEMENTS + 1))), "too_many"),
    ],
)
def test_bad_values_are_refused(values, reason):
    with pytest.raises(LiteralError) as info:
        conversion_chain(values, "", [])
    assert info.value.reason == reason


def test_unknown_dtype_or_conversion_is_refused():
    with pytest.raises(LiteralError) as info:
        Step("type", "float8")
    assert info.value.reason == "unknown_dtype"
    with pytest.raises(LiteralError):
        Step("complex")


# -- float bits ----------------------------------------------------------------------------
@given(st.floats(allow_nan=False, width=32))
def test_float32_bits_are_the_real_bytes(value):
    b = float_bits(value, torch.float32)
    assert b.bits == format(struct.unpack("<I", struct.pack("<f", value))[0], "032b")
    assert b.stored == np.float32(value).item()


@given(st.floats(-65504, 65504, allow_nan=False))
def test_float16_bits_match_numpy(value):
    b = float_bits(value, torch.float16)
    assert b.bits == format(int(np.array(value, dtype=np.float16).view(np.uint16)), "016b")
    assert len(b.exponent_field) == 5 and len(b.mantissa_field) == 10


def test_bits_fields_and_formula():
    b = float_bits(-1.5, torch.float16)
    assert (b.sign_field, b.exponent_field, b.mantissa_field) == ("1", "01111", "1000000000")
    assert b.category == "normal" and b.stored == -1.5 and b.error == 0
    assert b.formula() == "(-1)^1 × 2^(15-15) × 1.5"
    assert float_bits(1e6, torch.float16).category == "inf"
    assert float_bits(1e-6, torch.float16).category == "subnormal"
    assert float_bits(0.1, torch.bfloat16).exp_bits == 8


# -- devices -------------------------------------------------------------------------------
def test_device_demo_reports_what_torch_reports():
    demo = device_demo("cuda")
    assert demo.cuda_available == torch.cuda.is_available()
    assert demo.devices[0] == "cpu"
    assert len(demo.devices) >= 1 + torch.cuda.device_count()
    assert demo.idiom_device == ("cuda" if torch.cuda.is_available() else "cpu")
    move = demo.step("to")
    if torch.cuda.is_available():
        assert move.error is None and move.device.startswith("cuda")
        assert "same device" in demo.step("meet").error.message
    else:
        assert move.error is not None and move.device is None
        assert "CUDA" in move.error.message or "cuda" in move.error.message.lower()
        assert demo.step("cuda").error is not None


def test_devices_meeting_is_shown_for_real_with_meta_on_any_machine():
    meta = device_demo("cuda").step("meet_meta")
    assert meta.error is not None and meta.error.type_name == "RuntimeError"
    assert "meta" in meta.error.message and "cpu" in meta.error.message
    moved = device_demo("meta")
    assert moved.step("to").device == "meta"
    assert "meta" in moved.step("meet").error.message  # a on meta, b on the CPU
    assert [s.key for s in moved.steps].count("meet_meta") == 0


def test_device_demo_to_cpu_and_to_nonsense():
    cpu = device_demo("cpu")
    assert cpu.step("to").device == "cpu" and cpu.step("create").device == "cpu"
    bad = device_demo("tpu")
    assert bad.step("to").error is not None and "tpu" in bad.step("to").error.message
    with pytest.raises(LiteralError):
        device_demo("  ")


def test_snippets_run_to_their_output():
    """Each snippet, run by plain python, prints exactly its output; and a script can print
    the device part's output (a GPU check runs that line)."""
    snippets = [
        dtype_table().snippet,
        conversion_chain("[[1.5, -2.25], [70000, 3]]", "", [Step("half"), Step("long")], 3).snippet,
        conversion_chain("[0.1, 1e-8, nan, inf]", "float64", [Step("to", "float16")]).snippet,
        conversion_chain("[300, -1]", "uint8", [Step("half")]).snippet,  # torch refuses
        conversion_chain("5", "", [Step("half")]).snippet,  # a 0-d tensor prints as tensor(5)
        conversion_chain("True", "", [Step("long")]).snippet,
        device_demo("cuda").snippet,
        device_demo("cpu").snippet,
        device_demo("tpu").snippet,
        device_demo("meta").snippet,
    ]
    command = "from tensorviz.core.dtypes import device_demo; print(device_demo().output)"
    outputs = python_prints([s.code for s in snippets] + [command])
    assert outputs[:-1] == [s.output for s in snippets]
    assert outputs[-1] == device_demo().output + "\n"
