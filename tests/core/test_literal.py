import contextlib
import math

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core import literal
from tensorviz.core.literal import (
    LiteralError,
    parse_dims,
    parse_dtype,
    parse_float,
    parse_int,
    parse_literal,
    parse_shape,
)


@pytest.mark.parametrize(
    ("text", "shape", "kind"),
    [
        ("3", (), "int"),
        ("-2.5", (), "float"),
        ("True", (), "bool"),
        ("[1, 2, 3]", (3,), "int"),
        ("[[1, 2], [3, 4.0]]", (2, 2), "float"),
        ("[[[1], [2]], [[3], [4]]]", (2, 2, 1), "int"),
        ("[True, False]", (2,), "bool"),
        ("[]", (0,), "float"),
        ("(1, 2)", (2,), "int"),
        ("[-inf, nan, 1e3]", (3,), "float"),
    ],
)
def test_literal_shape_and_kind_match_torch(text, shape, kind):
    parsed = parse_literal(text)
    assert parsed.shape == shape
    assert parsed.kind == kind
    t = torch.tensor(parsed.data)
    assert tuple(t.shape) == shape
    expected = {"int": torch.int64, "float": torch.float32, "bool": torch.bool}[kind]
    assert t.dtype == expected


def test_ragged_list_is_refused_with_where():
    with pytest.raises(LiteralError) as info:
        parse_literal("[[1, 2], [3]]")
    assert info.value.reason == "ragged"
    assert "[1]" in info.value.detail and "[0]" in info.value.detail


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("[1, 2", "syntax"),
        ("__import__('os')", "not_allowed"),
        ("[1, 'a']", "not_a_number"),
        ("[1, x]", "not_a_number"),
        ("[1, 2] + [3]", "not_allowed"),
        ("[" * 12 + "1" + "]" * 12, "too_deep"),
        ("1j", "not_a_number"),
    ],
)
def test_bad_literals_say_why(text, reason):
    with pytest.raises(LiteralError) as info:
        parse_literal(text)
    assert info.value.reason == reason


def test_element_cap_is_checked_before_allocation():
    with pytest.raises(LiteralError) as info:
        parse_literal("[" + ", ".join(["1"] * 50) + "]", max_elements=10)
    assert info.value.reason == "too_many"


def test_shapes():
    assert parse_shape("2,3,4") == (2, 3, 4)
    assert parse_shape("(2, -1)", allow_infer=True) == (2, -1)
    assert parse_shape("[5]") == (5,)
    assert parse_shape("7") == (7,)
    assert parse_shape("") == ()
    assert parse_shape("()") == ()


@pytest.mark.parametrize(
    ("text", "kwargs", "reason"),
    [
        ("2, -3", {}, "bad_size"),
        ("2, -1", {}, "bad_size"),
        ("-1, -1", {"allow_infer": True}, "bad_size"),
        ("0, 3", {"allow_zero": False}, "bad_size"),
        ("1000, 1000, 1000", {}, "too_many"),
        ("2.5, 3", {}, "not_a_number"),
        ("True, 3", {}, "not_a_number"),
        ("[2, [3]]", {}, "not_allowed"),
    ],
)
def test_bad_shapes(text, kwargs, reason):
    with pytest.raises(LiteralError) as info:
        parse_shape(text, **kwargs)
    assert info.value.reason == reason


def test_a_billion_elements_is_refused_without_allocating():
    with pytest.raises(LiteralError) as info:
        parse_shape("1000, 1000, 1000")
    assert "1,000,000,000" in info.value.detail


def test_numbers_dims_and_dtypes():
    assert parse_dims("2, 0, 1") == (2, 0, 1)
    assert parse_dims("-1") == (-1,)
    assert parse_int(" -3 ") == -3
    assert parse_float("1e-3") == 0.001
    assert math.isinf(parse_float("-inf"))
    assert parse_dtype("torch.float64") is torch.float64
    assert parse_dtype("half") is torch.float16
    with pytest.raises(LiteralError):
        parse_int("1, 2")
    with pytest.raises(LiteralError):
        parse_float("[1]")
    for text in ("True", " False", "-True"):  # a number is asked for, not a truth
        with pytest.raises(LiteralError, match="not_a_number"):
            parse_float(text)
    with pytest.raises(LiteralError):
        parse_dtype("float128")


@given(st.text(max_size=60))
def test_random_text_only_ever_raises_literal_error(text):
    for fn in (parse_literal, parse_shape, parse_dims, parse_float, parse_int, parse_dtype):
        with contextlib.suppress(LiteralError):
            fn(text)


_scalars = st.one_of(
    st.integers(-(10**6), 10**6), st.floats(allow_nan=False, width=32), st.booleans()
)


def _has_shape(data, shape: tuple[int, ...]) -> bool:
    """True when nested lists ``data`` are exactly a regular array of ``shape``."""
    if not shape:
        return not isinstance(data, list)
    return (
        isinstance(data, list)
        and len(data) == shape[0]
        and all(_has_shape(d, shape[1:]) for d in data)
    )


@given(st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4), max_leaves=30))
def test_random_nested_lists_parse_like_torch_or_are_refused(data):
    text = repr(data)
    try:
        parsed = parse_literal(text)
    except LiteralError as exc:
        assert exc.reason in ("ragged", "too_deep")
        if exc.reason == "ragged":
            # torch either refuses too, or (it reads sizes off the first element only) it
            # builds a tensor whose shape the data does not have: [[], [1]] -> (2, 0).
            try:
                t = torch.tensor(data)
            except (ValueError, TypeError):
                return
            assert not _has_shape(data, tuple(t.shape))
        return
    t = torch.tensor(parsed.data)
    assert tuple(t.shape) == parsed.shape


def test_max_elements_is_about_a_million():
    assert 10**6 <= literal.MAX_ELEMENTS <= 2 * 10**6


def test_a_chinese_input_methods_punctuation_is_named_with_what_to_type():
    """Full-width forms are refused by Python ("invalid character"); the refusal names the
    first one and the character to type instead."""
    for text, col, char, half in [
        ("[1，2]", 3, "，", ","),
        ("（2, 3）", 1, "（", "("),
        ("[１, 2]", 2, "１", "1"),
        ("[1, 2]。", 7, "。", "."),
        ("[1、2]", 3, "、", ","),
        ("[1,\u30002]", 4, "\u3000", " "),  # a full-width space: "non-printable" to Python
    ]:
        with pytest.raises(LiteralError) as info:
            parse_literal(text)
        assert info.value.reason == "full_width", text
        assert info.value.value == (char, half)
        assert info.value.detail == f"{char!r} (col {col})"
    with pytest.raises(LiteralError, match="syntax"):
        parse_literal("[1, 2")  # no full-width character: Python's message


def test_a_decimal_comma_is_refused_with_the_number_to_type():
    for text, numbers in [
        ("0,5", ("0.5",)),
        (" -3,25 ", ("-3.25",)),
        ("1,000", ("1.000", "1000")),  # or a thousands separator
    ]:
        with pytest.raises(LiteralError) as info:
            parse_float(text)
        assert (info.value.reason, info.value.value) == ("decimal_comma", numbers)
    for text in ("１,５", "1," * 30 + "1"):  # no ASCII number; a list's length, not a number's
        with pytest.raises(LiteralError) as info:
            parse_float(text)
        assert info.value.reason != "decimal_comma"
    assert parse_literal("1,5").data == [1, 5]  # in a list field, a comma separates


def test_what_is_not_allowed_is_quoted_as_written():
    for text, detail in [
        ("[2**70]", "2 ** 70 at [0]"),
        ("[1, float('nan')]", "float('nan') at [1]"),
        ("x.sum()", "x.sum()"),
    ]:
        with pytest.raises(LiteralError) as info:
            parse_literal(text)
        assert info.value.detail == detail, text
    # a number field's text is not a list: what was typed has no place in one ("[0]")
    for parse, text, detail in [
        (parse_shape, "torch.ones(2,3)", "torch.ones(2, 3)"),
        (parse_shape, "2, x", "'x' at [1]"),
        (parse_int, "x", "'x'"),
    ]:
        with pytest.raises(LiteralError) as info:
            parse(text)
        assert info.value.detail == detail, text


def test_a_long_or_deep_refused_expression_is_quoted_in_part_without_recursing():
    """ast.unparse of the whole tree recursed as deep as it went: 1+1+... 340 times raised
    RecursionError from a number field (deeper still in a Qt slot); the quote writes the
    first 40 expressions of the tree and is cut at 40 characters."""
    import sys

    def deep(frames: int, call):  # the stack of a Qt slot, a few hundred frames down
        return call() if frames == 0 else deep(frames - 1, call)

    chain = "1" + "+1" * 340
    for parse in (parse_float, parse_int, parse_shape, parse_dims):
        with pytest.raises(LiteralError) as info:
            deep(sys.getrecursionlimit() // 3, lambda parse=parse: parse(chain))
        assert info.value.reason == "not_allowed"
        assert len(info.value.detail.removesuffix(" at [0]")) == 40
        assert info.value.detail.startswith("… + ") and "1 + 1 + 1" in info.value.detail
    with pytest.raises(LiteralError) as info:
        parse_float(",".join(["1"] * 30_000))
    assert info.value.detail == "(" + "1, " * 12 + "1,…"
