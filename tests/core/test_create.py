"""tensorviz.core.create: what the create lesson shows equals what torch makes."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core import create as core
from tensorviz.core.literal import MAX_ELEMENTS
from tensorviz.core.values import format_value, kind_of
from tests.snippets import python_prints


def build(**fields) -> core.Result:
    return core.build(core.Request(**fields))


def assert_shows(result: core.Result, expected: torch.Tensor) -> None:
    """The snapshot, the attributes and the digest describe exactly ``expected``."""
    assert result.ok, result.error
    snap = result.tensor
    assert snap is not None and result.attributes is not None
    assert snap.shape == tuple(expected.shape)
    assert snap.dtype == str(expected.dtype)
    kind = kind_of(expected.dtype)
    if not snap.summarised:
        flat = expected.detach().reshape(-1)
        if expected.dtype in (torch.float16, torch.bfloat16):
            flat = flat.float()
        assert snap.text == tuple(format_value(v, kind) for v in flat.tolist())
    attrs = result.attributes
    assert attrs.shape == str(expected.shape)
    assert attrs.ndim == expected.ndim
    assert attrs.numel == expected.numel()
    assert attrs.dtype == str(expected.dtype)
    assert attrs.device == str(expected.device)
    assert attrs.element_size == expected.element_size()
    assert attrs.nbytes == expected.nbytes
    assert attrs.requires_grad == expected.requires_grad
    assert attrs.is_leaf == expected.is_leaf
    assert result.digest == core.digest_of(expected)


def assert_same_outcome(result: core.Result, make) -> None:
    """The result shows what ``make()`` gives, or carries the very error torch raises."""
    try:
        expected = make()
    except (RuntimeError, TypeError, ValueError) as exc:
        assert not result.ok and result.error.message == str(exc)
        return
    assert_shows(result, expected)


#: Every state whose code must print exactly what the pane shows. They run in ONE python
#: process (importing torch once), each with fresh globals and default print options
#: (tests/ui/test_create.py runs the lesson's code as ``python -c code``, as a user would).
SNIPPET_STATES: dict[str, dict] = {
    "default": dict(),
    "numpy_float16": dict(data="[[1.5, 2.0], [3.0, 4.5]]", numpy=True, dtype="float16"),
    "Tensor_special_floats": dict(constructor="torch.Tensor", data="[nan, -inf, 1e-30]"),
    "normal_sci_on": dict(constructor="torch.normal", size="2, 4", seed="42", sci_mode=True),
    "randint_int16": dict(constructor="torch.randint", low="0", high="10", size="3", dtype="int16"),
    "rand_grad": dict(constructor="torch.rand", size="2", requires_grad=True, dtype="float64"),
    "arange_float": dict(constructor="torch.arange", start="0", end="1", step="0.1"),
    "full_pi": dict(constructor="torch.full", size="2, 2", fill_value="pi"),
    "uninitialised": dict(constructor="torch.Tensor", source="size", size="2, 3"),
    "scalar_vs_size": dict(data="5"),
    "size_zero_vs_scalar": dict(constructor="torch.Tensor", source="size", size="0"),
    "numpy_scalar_bool": dict(data="1e9", numpy=True, dtype="bool", sci_mode=True),
    "linspace_sci_off": dict(
        constructor="torch.linspace", start="3", end="10000000", steps="10", sci_mode=False
    ),
    "err_std": dict(constructor="torch.normal", std="-1", size="2"),
    "err_randint": dict(constructor="torch.randint", low="5", high="5", size="2"),
    "err_step": dict(constructor="torch.arange", step="0"),
    "err_sign": dict(constructor="torch.arange", start="0", end="10", step="-1"),
    "err_steps": dict(constructor="torch.linspace", steps="-1"),
    "err_rand_int": dict(constructor="torch.rand", size="2", dtype="int64"),
    "err_grad_int": dict(constructor="torch.zeros", size="2", dtype="int32", requires_grad=True),
    "err_overflow": dict(constructor="torch.ShortTensor", data="[70000.0]"),
    # zeros on a GPU, or torch's own error where there is none: deterministic either way
    "cuda_zeros": dict(constructor="torch.zeros", size="2", device="cuda"),
    "err_legacy_cuda": dict(constructor="torch.IntTensor", data="[1]", device="cuda"),
}


@pytest.fixture(scope="module")
def printed():
    """name -> (snippet, what python printed for its code)."""
    snippets = {name: build(**fields).snippet for name, fields in SNIPPET_STATES.items()}
    outputs = dict(zip(snippets, python_prints([s.code for s in snippets.values()]), strict=True))
    return {name: (snippets[name], outputs[name]) for name in snippets}


@pytest.mark.parametrize("name", list(SNIPPET_STATES))
def test_code_prints_exactly_the_output_shown(printed, name):
    snippet, stdout = printed[name]
    assert stdout == snippet.output


# -- constructors -----------------------------------------------------------------------------
CASES = [
    (dict(data="[[1, 2, 3], [4, 5, 6]]"), lambda: torch.tensor([[1, 2, 3], [4, 5, 6]])),
    (dict(data="5"), lambda: torch.tensor(5)),
    (dict(data="[1.5, -2, inf]"), lambda: torch.tensor([1.5, -2, math.inf])),
    (dict(data="[True, False]"), lambda: torch.tensor([True, False])),
    (dict(data="[1, 2]", dtype="float64"), lambda: torch.tensor([1, 2], dtype=torch.float64)),
    (
        dict(data="[1.0, 2.0]", requires_grad=True),
        lambda: torch.tensor([1.0, 2.0], requires_grad=True),
    ),
    (dict(data="[1.5, 2]", numpy=True), lambda: torch.tensor(np.array([1.5, 2]))),
    (dict(data="()", numpy=True), lambda: torch.tensor(np.array(()))),
    (
        dict(constructor="torch.Tensor", data="[[1, 2], [3, 4]]"),
        lambda: torch.Tensor([[1, 2], [3, 4]]),
    ),
    (dict(constructor="torch.IntTensor", data="[1.7, -2.5]"), lambda: torch.IntTensor([1.7, -2.5])),
    (dict(constructor="torch.FloatTensor", data="[1, 2]"), lambda: torch.FloatTensor([1, 2])),
    (dict(constructor="torch.DoubleTensor", data="[0.1]"), lambda: torch.DoubleTensor([0.1])),
    (dict(constructor="torch.LongTensor", data="[[3]]"), lambda: torch.LongTensor([[3]])),
    (dict(constructor="torch.ShortTensor", data="[-7, 8]"), lambda: torch.ShortTensor([-7, 8])),
    (
        dict(constructor="torch.arange", start="0", end="10", step="2"),
        lambda: torch.arange(0, 10, 2),
    ),
    (
        dict(constructor="torch.arange", start="0", end="1", step="0.25"),
        lambda: torch.arange(0, 1, 0.25),
    ),
    (
        dict(constructor="torch.arange", start="5", end="-5", step="-3"),
        lambda: torch.arange(5, -5, -3),
    ),
    (
        dict(constructor="torch.linspace", start="3", end="10", steps="10"),
        lambda: torch.linspace(3, 10, 10),
    ),
    (
        dict(constructor="torch.linspace", start="3", end="10000000", steps="10"),
        lambda: torch.linspace(3, 10000000, 10),
    ),
    (
        dict(constructor="torch.zeros", size="2, 3", dtype="int32"),
        lambda: torch.zeros(2, 3, dtype=torch.int32),
    ),
    (dict(constructor="torch.ones", size="4"), lambda: torch.ones(4)),
    (dict(constructor="torch.ones", size=""), lambda: torch.ones(())),
    (dict(constructor="torch.full", size="2, 2", fill_value="7"), lambda: torch.full((2, 2), 7)),
    (
        dict(constructor="torch.full", size="3", fill_value="0.5", dtype="float16"),
        lambda: torch.full((3,), 0.5, dtype=torch.float16),
    ),
    (dict(constructor="torch.zeros", size="2, 0, 3"), lambda: torch.zeros(2, 0, 3)),
    (
        dict(constructor="torch.full", size="2", fill_value="True"),
        lambda: torch.full((2,), True),
    ),
    (dict(constructor="torch.ones", size="2, 2, 2, 2, 2"), lambda: torch.ones(2, 2, 2, 2, 2)),
]


@pytest.mark.parametrize("fields, make", CASES)
def test_displayed_tensor_equals_torch(fields, make):
    assert_shows(build(**fields), make())


SEEDED = [
    (dict(constructor="torch.rand", size="2, 3"), lambda: torch.rand(2, 3)),
    (
        dict(constructor="torch.randn", size="4", dtype="float64"),
        lambda: torch.randn(4, dtype=torch.float64),
    ),
    (
        dict(constructor="torch.normal", mean="2", std="3", size="1, 4"),
        lambda: torch.normal(mean=2.0, std=3.0, size=(1, 4)),
    ),
    (
        dict(constructor="torch.randint", low="-3", high="3", size="5"),
        lambda: torch.randint(-3, 3, (5,)),
    ),
    (dict(constructor="torch.rand", size="70, 70"), lambda: torch.rand(70, 70)),  # summarised
]


@pytest.mark.parametrize("fields, make", SEEDED)
@pytest.mark.parametrize("seed", [0, 123])
def test_random_tensor_equals_torch_with_the_same_seed(fields, make, seed):
    result = build(seed=str(seed), **fields)
    torch.manual_seed(seed)
    assert_shows(result, make())
    assert result.initial_seed == seed


@given(
    st.recursive(
        st.one_of(
            st.integers(-(2**40), 2**40),
            # neither a NaN's sign bit nor its payload can be typed (repr of any NaN is
            # "nan"): only the NaN that "nan" gives round-trips
            st.floats(allow_nan=True, allow_infinity=True, width=32).map(
                lambda f: math.nan if math.isnan(f) else f
            ),
            st.booleans(),
        ),
        lambda inner: st.integers(1, 3).flatmap(lambda n: st.lists(inner, min_size=n, max_size=n)),
        max_leaves=12,
    ).filter(lambda v: _regular(v))
)
def test_any_regular_literal_is_shown_as_torch_tensor_makes_it(value):
    text = repr(value).replace("nan", "nan").replace("inf", "inf")
    result = build(data=text)
    assert_shows(result, torch.tensor(value))


def _regular(value) -> bool:
    try:
        np.array(value, dtype=object).shape  # noqa: B018
        torch.tensor(value)
    except (ValueError, TypeError, RuntimeError, OverflowError):
        return False
    return True


@given(
    start=st.integers(-50, 50),
    span=st.integers(-60, 60),
    step=st.integers(1, 7),
    floats=st.booleans(),
)
def test_arange_for_many_arguments(start, span, step, floats):
    end = start + span
    step = step if span >= 0 else -step
    args = (float(start), float(end), step / 2) if floats else (start, end, step)
    result = build(
        constructor="torch.arange",
        **dict(zip(("start", "end", "step"), map(repr, args), strict=True)),
    )
    assert_shows(result, torch.arange(*args))


@given(
    start=st.floats(-1e7, 1e7, allow_nan=False),
    end=st.floats(-1e7, 1e7, allow_nan=False),
    steps=st.integers(1, 40),
    dtype=st.sampled_from(["", "float64", "float16", "int32"]),
)
def test_linspace_for_many_arguments(start, end, steps, dtype):
    result = build(
        constructor="torch.linspace",
        start=repr(start),
        end=repr(end),
        steps=str(steps),
        dtype=dtype,
    )
    kwargs = {"dtype": getattr(torch, dtype)} if dtype else {}
    assert_same_outcome(result, lambda: torch.linspace(start, end, steps, **kwargs))


@given(
    name=st.sampled_from(["torch.zeros", "torch.ones", "torch.rand", "torch.randn"]),
    size=st.lists(st.integers(0, 4), max_size=4),
    dtype=st.sampled_from(["", "float32", "float64", "bfloat16"]),
    seed=st.integers(0, 2**32),
)
def test_sized_constructors(name, size, dtype, seed):
    result = build(constructor=name, size=", ".join(map(str, size)), dtype=dtype, seed=str(seed))
    fn = getattr(torch, name.removeprefix("torch."))
    kwargs = {"dtype": getattr(torch, dtype)} if dtype else {}
    torch.manual_seed(seed)
    assert_shows(result, fn(tuple(size), **kwargs))


# -- seeds and samples ----------------------------------------------------------------------
@pytest.mark.parametrize("name", core.RANDOM)
def test_same_seed_same_values_other_seed_other_values(name):
    a = build(constructor=name, size="3, 4", seed="7")
    b = build(constructor=name, size="3, 4", seed="7")
    c = build(constructor=name, size="3, 4", seed="8")
    assert a.tensor.text == b.tensor.text and a.digest == b.digest
    assert a.digest != c.digest
    assert "torch.manual_seed(7)" in a.snippet.code
    assert a.snippet.output.splitlines()[0] == "7"  # print(torch.initial_seed())
    assert "True" in a.snippet.output.splitlines()  # torch.equal(x, again)


@pytest.mark.parametrize(
    "fields, mean, std",
    [
        (dict(constructor="torch.rand"), 0.5, math.sqrt(1 / 12)),
        (dict(constructor="torch.randn"), 0.0, 1.0),
        (dict(constructor="torch.normal", mean="2", std="3"), 2.0, 3.0),
        (dict(constructor="torch.normal", mean="-10", std="0.5", dtype="float64"), -10.0, 0.5),
        (dict(constructor="torch.randint", low="0", high="10"), 4.5, math.sqrt(99 / 12)),
        (
            dict(constructor="torch.randint", low="-1000", high="1000"),
            -0.5,
            math.sqrt((2000**2 - 1) / 12),
        ),
    ],
)
def test_sample_statistics_are_close_to_the_asked_ones(fields, mean, std):
    h = build(size="2", seed="3", **fields).histogram
    assert h is not None and h.n == core.SAMPLE_SIZE
    assert h.asked_mean == pytest.approx(mean)
    assert h.asked_std == pytest.approx(std)
    assert h.asked_var == pytest.approx(std**2)
    # 100,000 draws: the standard error of the mean is std / 316; allow 5 of them.
    assert abs(h.measured_mean - mean) < 5 * std / math.sqrt(h.n) + 1e-4
    assert h.measured_std == pytest.approx(std, rel=0.02)
    assert h.measured_var == pytest.approx(std**2, rel=0.04)
    # The bars are a density: they integrate to one, and follow the expected curve.
    widths = np.diff(h.edges)
    assert float((h.density * widths).sum()) == pytest.approx(1.0, abs=0.01)
    centres = (h.edges[:-1] + h.edges[1:]) / 2
    expected = np.interp(centres, h.curve_x, h.curve_y)
    if h.discrete:
        expected = h.curve_y
    peak = float(expected.max())
    inside = (centres > h.edges[0] + widths[0]) & (centres < h.edges[-1] - widths[-1])
    assert np.abs(h.density - expected)[inside].max() < 0.15 * peak


@pytest.mark.parametrize("mean, std", [("2", "inf"), ("inf", "1"), ("1e300", "1e300"), ("0", "0")])
def test_extreme_normal_parameters_still_give_a_histogram(mean, std):
    """torch accepts them; the histogram bins what was drawn (warnings are errors here)."""
    result = build(constructor="torch.normal", mean=mean, std=std, size="2")
    assert result.ok
    h = result.histogram
    assert np.isfinite(h.edges).all() and len(h.density) == len(h.edges) - 1
    assert len(h.curve_x) == len(h.curve_y)
    assert h.asked_var == float(std) * float(std)


def test_discrete_histogram_has_one_bar_per_whole_number():
    h = build(constructor="torch.randint", low="2", high="7", size="3").histogram
    assert h.discrete
    assert list(h.curve_x) == [2, 3, 4, 5, 6]
    assert list(h.curve_y) == pytest.approx([0.2] * 5)


def test_sample_statistics_printed_by_the_code_are_the_ones_shown():
    result = build(constructor="torch.normal", mean="1", std="2", size="3", seed="5")
    h = result.histogram
    tail = result.snippet.output.splitlines()[-3:]
    assert tail == [str(h.measured_mean), str(h.measured_std), str(h.measured_var)]


# -- comparison, conversion, uninitialised memory ------------------------------------------
def test_tensor_and_Tensor_side_by_side():
    result = build(data="[[1, 2], [3, 4]]")
    assert result.tensor.dtype == "torch.int64"
    other = result.comparison.other
    assert result.comparison.other_name == "torch.Tensor"
    assert other.dtype == "torch.float32" and other.error is None
    assert other.tensor.text == ("1.", "2.", "3.", "4.")
    back = build(constructor="torch.Tensor", data="[[1.5, 2], [3, 4]]")
    assert back.tensor.dtype == "torch.float32"
    assert back.comparison.other_name == "torch.tensor"
    assert back.comparison.other.dtype == "torch.float32"


def test_Tensor_of_a_size_is_uninitialised_and_never_printed():
    result = build(constructor="torch.Tensor", source="size", size="2, 3")
    assert result.uninitialised and result.tensor.shape == (2, 3)
    assert "print(x)" not in result.snippet.code
    other = result.comparison.other
    assert other.error is not None and other.error.type_name == "TypeError"


@pytest.mark.parametrize("name", sorted(core.LEGACY))
def test_legacy_constructor_of_a_size_has_its_fixed_dtype(name):
    result = build(constructor=name, source="size", size="3, 2")
    assert result.uninitialised
    assert result.tensor.dtype == f"torch.{core.LEGACY[name]}"
    assert result.code == f"{name}(3, 2)"


def test_a_lone_whole_number_is_a_size_for_Tensor_but_data_for_tensor():
    result = build(data="5")
    assert result.tensor.shape == ()
    other = result.comparison.other
    assert other.uninitialised and other.tensor.shape == (5,)
    assert "print(y.shape, y.dtype)" in result.snippet.code
    legacy = build(constructor="torch.IntTensor", data="4")
    assert legacy.uninitialised and legacy.tensor.shape == (4,)


def test_a_billion_as_data_is_refused_before_allocating():
    with pytest.raises(core.InputError) as err:
        build(constructor="torch.Tensor", data="1000000000")
    assert err.value.error.reason == "too_many"
    result = build(data="1000000000")  # torch.tensor: the scalar, fine
    assert result.tensor.text == ("1000000000",)
    assert result.comparison.other.refused == 1_000_000_000
    assert "torch.Tensor(1000000000)" not in [
        line.strip() for line in result.snippet.code.splitlines()
    ]


def test_typed_constructor_shows_the_conversion():
    result = build(constructor="torch.IntTensor", data="[1.7, -2.5, 3.0]")
    conv = result.conversion
    assert conv.source_kind == "float" and conv.target_dtype == "torch.int32"
    assert conv.changed == 2
    assert conv.examples == (((0,), "1.7", "1"), ((1,), "-2.5", "-2"))
    assert conv.mask.tolist() == [True, True, False]
    exact = build(constructor="torch.Tensor", data="[1, 2]").conversion
    assert exact.source_kind == "int" and exact.changed == 0
    assert build(data="[0.1, 0.2]").conversion is None  # no change of kind
    big = build(constructor="torch.FloatTensor", data="[16777217]").conversion
    assert big.changed == 1 and big.examples[0][1:] == ("16777217", "16777216.0")


def test_sci_mode_changes_only_the_printing():
    on = build(constructor="torch.linspace", start="3", end="10000000", steps="10")
    off = build(constructor="torch.linspace", start="3", end="10000000", steps="10", sci_mode=False)
    assert "e+06" in on.snippet.output and "e+06" not in off.snippet.output
    assert "torch.set_printoptions(sci_mode=False)" in off.snippet.code
    assert on.tensor.text == off.tensor.text and on.digest == off.digest
    assert torch._tensor_str.PRINT_OPTS.sci_mode is None  # reset after the script


# -- bad input ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "fields, field, reason",
    [
        (dict(data="[[1, 2], [3]]"), "data", "ragged"),
        (dict(data="[1, two]"), "data", "not_a_number"),
        (dict(data="__import__('os')"), "data", "not_allowed"),
        (dict(constructor="torch.zeros", size="2, -3"), "size", "bad_size"),
        (dict(constructor="torch.zeros", size="1000, 1000, 1000"), "size", "too_many"),
        (
            dict(constructor="torch.full", size="2", fill_value="seven"),
            "fill_value",
            "not_a_number",
        ),
        (dict(constructor="torch.arange", start="0", end="1e12", step="1"), "end", "too_many"),
        (dict(constructor="torch.arange", start="a", end="1", step="1"), "start", "not_a_number"),
        (
            dict(constructor="torch.arange", start="0", end="1e308", step="1e-308"),
            "end",
            "too_many",
        ),
        (dict(constructor="torch.linspace", steps="0"), "steps", "bad_size"),
        (dict(constructor="torch.linspace", steps="2.5"), "steps", "not_a_number"),
        (dict(constructor="torch.linspace", steps="10000000000"), "steps", "too_many"),
        (dict(constructor="torch.normal", std="[1, 2]"), "std", "not_a_number"),
        (dict(constructor="torch.randint", high="ten"), "high", "not_a_number"),
        (dict(constructor="torch.rand", seed="-1"), "seed", "bad_size"),
        (dict(constructor="torch.rand", seed="x"), "seed", "not_a_number"),
        (dict(data="[1]", dtype="float128"), "dtype", "unknown_dtype"),
    ],
)
def test_bad_input_is_refused_with_its_field(fields, field, reason):
    with pytest.raises(core.InputError) as err:
        build(**fields)
    assert err.value.field == field
    assert err.value.error.reason == reason


@pytest.mark.parametrize(
    "fields, message",
    [
        (dict(constructor="torch.normal", std="-1"), "normal expects std >= 0.0"),
        (
            dict(constructor="torch.randint", low="5", high="5"),
            "expects 'from' to be less than 'to'",
        ),
        (
            dict(constructor="torch.randint", low="9", high="2"),
            "expects 'from' to be less than 'to'",
        ),
        (dict(constructor="torch.arange", step="0"), "step must be nonzero"),
        (
            dict(constructor="torch.arange", start="0", end="10", step="-1"),
            "inconsistent with step sign",
        ),
        (dict(constructor="torch.linspace", steps="-1"), "number of steps must be non-negative"),
        (dict(constructor="torch.rand", dtype="int64"), "not implemented for"),
        (dict(constructor="torch.zeros", dtype="int32", requires_grad=True), "require gradients"),
        (dict(constructor="torch.ShortTensor", data="[70000.0]"), "without overflow"),
        (dict(constructor="torch.Tensor", data="2.5"), "data must be a sequence"),
    ],
)
def test_torch_errors_are_carried_with_runnable_code(fields, message):
    result = build(size="2", **fields)
    assert not result.ok and result.tensor is None
    assert message in result.error.message
    assert result.snippet.output.rstrip().endswith(
        f"{result.error.type_name}: {result.error.message}"
    )


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a CUDA GPU")
def test_cuda_without_a_gpu_is_torchs_own_error():
    assert "cuda" in core.device_choices() and "cuda" not in core.available_devices()
    result = build(constructor="torch.rand", size="2", device="cuda")
    assert result.error.type_name == "AssertionError"
    assert "Torch not compiled with CUDA enabled" in result.snippet.output


def test_legacy_constructors_are_cpu_only():
    result = build(constructor="torch.Tensor", source="size", size="2", device="cuda")
    assert "legacy constructor expects device type: cpu" in result.error.message


def test_every_constructor_takes_only_its_arguments():
    assert set(core.ARGUMENTS) == set(core.CONSTRUCTORS)
    assert "seed" in core.ARGUMENTS["torch.rand"] and "seed" not in core.ARGUMENTS["torch.ones"]
    assert "dtype" not in core.ARGUMENTS["torch.IntTensor"]
    assert core.ARGUMENTS["torch.linspace"][:3] == ("start", "end", "steps")
    assert "cpu" in core.available_devices()


def test_code_text_round_trips_special_floats():
    assert (
        core.py([1, 2.5, True, math.inf, -math.inf])
        == "[1, 2.5, True, float('inf'), float('-inf')]"
    )
    assert core.py(math.nan) == "float('nan')"
    assert core.size_code((4,)) == "(4,)" and core.size_code(()) == "()"
    assert MAX_ELEMENTS >= 4096


INTERESTING = st.sampled_from(
    [
        "0",
        "1",
        "-1",
        "2",
        "3.5",
        "-0.5",
        "1e9",
        "1e308",
        "inf",
        "-inf",
        "nan",
        "True",
        "",
        "x",
        "[1, 2]",
        "2, 3",
        "1e-300",
        "10**3",
        "()",
        "2**62",
        "-2**63",
    ]
)


@given(
    constructor=st.sampled_from(core.CONSTRUCTORS),
    fields=st.fixed_dictionaries(
        {
            name: st.one_of(INTERESTING, st.text(max_size=8))
            for name in (
                "data",
                "size",
                "start",
                "end",
                "step",
                "steps",
                "fill_value",
                "mean",
                "std",
                "low",
                "high",
                "seed",
            )
        }
    ),
    source=st.sampled_from(["data", "size"]),
    dtype=st.sampled_from(
        ["", "bool", "uint8", "int16", "int64", "float16", "bfloat16", "float64"]
    ),
    requires_grad=st.booleans(),
    numpy=st.booleans(),
)
def test_any_input_is_refused_shown_or_torchs_error_never_a_crash(
    constructor, fields, source, dtype, requires_grad, numpy
):
    request = core.Request(
        constructor=constructor,
        source=source,
        dtype=dtype,
        requires_grad=requires_grad,
        numpy=numpy,
        **fields,
    )
    try:
        result = core.build(request)
    except core.InputError as err:
        assert err.error.reason  # a stable key the UI translates
        return
    assert result.snippet.code.startswith(("import torch", "import numpy"))
    if result.ok:
        assert result.tensor.numel <= MAX_ELEMENTS
        assert result.attributes.numel == result.tensor.numel
    else:
        assert result.error.message in result.snippet.output


@pytest.mark.parametrize("name", core.RANDOM)
def test_seeded_digest_is_the_digest_of_that_seeds_run(name):
    shown = build(constructor=name, size="3, 4", seed="7")
    assert core.seeded_digest(shown.spec, 7) == shown.digest
    assert (
        core.seeded_digest(shown.spec, 8) == build(constructor=name, size="3, 4", seed="8").digest
    )
    assert core.seeded_digest(shown.spec, 8) != shown.digest
