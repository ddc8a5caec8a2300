"""Data types and devices: the dtype table, conversion chains and what they lose, float bits.

Everything here is read from real torch at run time: ranges from ``torch.iinfo``/``torch.finfo``,
converted values from the real conversion calls, float bits from the real bytes (a float
tensor re-viewed as an integer tensor of the same width), devices from ``torch.cuda``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tensorviz.core._torch import torch
from tensorviz.core.errors import DEVICE_EXCEPTIONS, TORCH_EXCEPTIONS, TorchError
from tensorviz.core.literal import (
    COURSE_DTYPE_NAMES,
    DTYPES,
    LiteralError,
    literal_code,
    parse_dtype,
    parse_dtype_name,
    parse_literal,
    to_dtype,
)
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot, snapshot, unravel

#: The dtypes of the table, in the order the course lists them, by torch's names.
TABLE_DTYPES: tuple[str, ...] = COURSE_DTYPE_NAMES

#: Most elements a conversion chain shows (one column each).
MAX_CHAIN_ELEMENTS = 32
#: Most steps in a chain.
MAX_STEPS = 12


def short_name(dtype: torch.dtype) -> str:
    """``torch.float32`` -> ``float32``."""
    return str(dtype).removeprefix("torch.")


def _dtype(name: str) -> torch.dtype:
    return parse_dtype(name)


# -- the table -----------------------------------------------------------------------------
@dataclass(frozen=True)
class DtypeInfo:
    """One row of the dtype table; numbers come from ``iinfo``/``finfo`` (strings as shown)."""

    name: str  # "float16"
    kind: str  # "bool" | "int" | "float"
    bits: int
    bytes: int
    minimum: str
    maximum: str
    eps: str  # gap between 1 and the next value ("1" for ints, "" for bool)
    digits: str  # about how many decimal digits are exact ("" for bool and ints)
    aliases: tuple[str, ...]  # other names: "half", "short", ...
    resolution: str = ""  # finfo.resolution, 10**-digits ("1" for ints, "" for bool)


@dataclass(frozen=True)
class DtypeTable:
    rows: tuple[DtypeInfo, ...]
    snippet: Snippet


def _float_text(value: float) -> str:
    if value == int(value) and abs(value) < 1e16:
        return str(int(value))
    return f"{value:.4g}"


def dtype_info(dtype: torch.dtype) -> DtypeInfo:
    name = short_name(dtype)
    aliases = tuple(k for k, v in DTYPES.items() if v == name and k != name)
    size = torch.empty(0, dtype=dtype).element_size()
    if dtype == torch.bool:
        return DtypeInfo(name, "bool", size * 8, size, "False", "True", "", "", aliases)
    if dtype.is_floating_point:
        fi = torch.finfo(dtype)
        return DtypeInfo(
            name,
            "float",
            fi.bits,
            fi.bits // 8,
            _float_text(fi.min),
            _float_text(fi.max),
            f"{fi.eps:.4g}",
            str(int(-math.log10(fi.resolution))),
            aliases,
            f"{fi.resolution:g}",
        )
    ii = torch.iinfo(dtype)
    return DtypeInfo(
        name, "int", ii.bits, ii.bits // 8, str(ii.min), str(ii.max), "1", "", aliases, "1"
    )


def dtype_table() -> DtypeTable:
    """The table of :data:`TABLE_DTYPES` and the code that prints the same facts."""
    s = Script()
    s.comment("integers: iinfo, floats: finfo (bits, smallest, largest, eps)")
    dtypes = tuple(map(to_dtype, TABLE_DTYPES))
    for dtype in dtypes:
        name = str(dtype)
        if dtype == torch.bool:
            size = torch.empty(0, dtype=dtype).element_size()
            s.show(f"{name}, torch.empty(0, dtype={name}).element_size()", f"{dtype} {size}")
        elif dtype.is_floating_point:
            s.show(f"torch.finfo({name})", torch.finfo(dtype))
        else:
            s.show(f"torch.iinfo({name})", torch.iinfo(dtype))
    return DtypeTable(rows=tuple(dtype_info(d) for d in dtypes), snippet=s.finish())


# -- conversion chains ---------------------------------------------------------------------
#: Step kinds: ``type`` and ``to`` take a dtype; the others are the tensor's own shorthand
#: methods (``x.short()`` is ``x.to(torch.int16)``), in the order of the course.
STEP_KINDS: tuple[str, ...] = (
    "type",
    "float",
    "half",
    "double",
    "long",
    "int",
    "short",
    "char",
    "byte",
    "bool",
    "to",
)
_METHODS: dict[str, str] = {  # the shorthand method -> torch's name of its dtype
    "float": "float32",
    "half": "float16",
    "double": "float64",
    "long": "int64",
    "int": "int32",
    "short": "int16",
    "char": "int8",
    "byte": "uint8",
    "bool": "bool",
}


@dataclass(frozen=True)
class Step:
    """One conversion: ``kind`` is one of :data:`STEP_KINDS`; ``dtype`` (a name such as
    ``"uint8"``) is used by ``type`` and ``to``."""

    kind: str
    dtype: str = ""

    def __post_init__(self) -> None:
        if self.kind not in STEP_KINDS:
            raise LiteralError("not_allowed", "unknown conversion {0}", repr(self.kind))
        if self.kind in ("type", "to"):
            parse_dtype_name(self.dtype)  # raises LiteralError("unknown_dtype") for a bad name

    @property
    def target_name(self) -> str:
        """torch's name of the dtype converted to: ``"uint8"``."""
        return _METHODS[self.kind] if self.kind in _METHODS else parse_dtype_name(self.dtype)

    @property
    def target(self) -> torch.dtype:
        return to_dtype(self.target_name)

    def code(self, var: str = "x") -> str:
        if self.kind == "type":
            return f"{var} = {var}.type(torch.{self.target_name})"
        if self.kind == "to":
            return f"{var} = {var}.to(dtype=torch.{self.target_name})"
        return f"{var} = {var}.{self.kind}()"

    def label(self) -> str:
        """The call alone, e.g. ``.half()`` or ``.type(torch.uint8)``."""
        return self.code().split("=", 1)[1].strip().removeprefix("x")

    def apply(self, t: torch.Tensor) -> torch.Tensor:
        if self.kind == "type":
            return t.type(self.target)
        if self.kind == "to":
            return t.to(dtype=self.target)
        return getattr(t, self.kind)()


#: What a conversion did to one element.
CHANGE_KINDS = (
    "rounded",  # a float became the nearest value the new dtype holds
    "underflow",  # a tiny float became 0
    "to_inf",  # a float too large for the new dtype became inf
    "truncated",  # a float became an integer: its fraction was cut off (towards zero)
    "overflow",  # the value does not fit the integer dtype: it wrapped around
    "not_finite",  # nan or inf has no integer: the result is whatever the hardware gives
    "to_bool",  # a number other than 0/1 became True (or 0 became False)
)


@dataclass(frozen=True)
class Change:
    flat: int  # position in C order
    index: tuple[int, ...]
    before: str
    after: str
    kind: str  # one of CHANGE_KINDS


@dataclass(frozen=True)
class Stage:
    """The tensor after one line of the chain (the first stage is its creation)."""

    code: str
    label: str  # the call alone, for a narrow picture: ".half()", "torch.tensor(…)"
    dtype: str  # "torch.float16"
    snapshot: TensorSnapshot
    exact: tuple[str, ...]  # each element as Python holds it exactly (repr of tolist())
    changes: tuple[Change, ...]

    def change_at(self, flat: int) -> Change | None:
        for change in self.changes:
            if change.flat == flat:
                return change
        return None

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.kind == kind)


@dataclass(frozen=True)
class FloatBits:
    """One value stored in a float dtype, bit by bit (read from the real bytes)."""

    dtype: str  # "float32"
    bits: str  # "0100000001001001..." sign first
    exp_bits: int
    man_bits: int
    sign: int
    exponent: int  # raw exponent field
    bias: int
    mantissa: int  # raw mantissa field
    stored: float  # the value the dtype really holds
    wanted: float  # the value that was asked for
    category: str  # "normal" | "subnormal" | "zero" | "inf" | "nan"

    @property
    def sign_field(self) -> str:
        return self.bits[0]

    @property
    def exponent_field(self) -> str:
        return self.bits[1 : 1 + self.exp_bits]

    @property
    def mantissa_field(self) -> str:
        return self.bits[1 + self.exp_bits :]

    @property
    def error(self) -> float:
        """stored - wanted: 0 where the dtype holds it (an infinity typed is held exactly:
        inf - inf is nan, which read "off by ∞"), nan where one of them is not finite."""
        if self.stored == self.wanted:
            return 0.0
        if not (math.isfinite(self.stored) and math.isfinite(self.wanted)):
            return math.nan
        return self.stored - self.wanted

    def formula(self) -> str:
        """``(-1)^0 × 2^(128-127) × 1.5707963705062866`` style, or the special value."""
        if self.category in ("inf", "nan", "zero"):
            return repr(self.stored)
        frac = self.mantissa / (1 << self.man_bits)
        if self.category == "subnormal":
            return f"(-1)^{self.sign} × 2^{1 - self.bias} × {frac!r}"
        return f"(-1)^{self.sign} × 2^({self.exponent}-{self.bias}) × {1 + frac!r}"


#: A float dtype -> the integer dtype of its width, its exponent and its mantissa bits.
_FLOAT_LAYOUT = {
    "float16": ("int16", 5, 10),
    "bfloat16": ("int16", 8, 7),
    "float32": ("int32", 8, 23),
    "float64": ("int64", 11, 52),
}
BIT_DTYPES = ("float32", "float16", "bfloat16")


def float_bits(value: float, dtype: torch.dtype) -> FloatBits:
    """``value`` stored in ``dtype`` (float16/bfloat16/float32/float64), read bit by bit."""
    int_name, exp_bits, man_bits = _FLOAT_LAYOUT[short_name(dtype)]
    int_dtype = to_dtype(int_name)
    width = 1 + exp_bits + man_bits
    t = torch.tensor(value, dtype=dtype)
    raw = int(t.view(int_dtype).item()) & ((1 << width) - 1)
    bits = format(raw, f"0{width}b")
    sign = raw >> (width - 1)
    exponent = (raw >> man_bits) & ((1 << exp_bits) - 1)
    mantissa = raw & ((1 << man_bits) - 1)
    stored = float(t.item())
    if exponent == (1 << exp_bits) - 1:
        category = "nan" if mantissa else "inf"
    elif exponent == 0:
        category = "subnormal" if mantissa else "zero"
    else:
        category = "normal"
    return FloatBits(
        dtype=short_name(dtype),
        bits=bits,
        exp_bits=exp_bits,
        man_bits=man_bits,
        sign=sign,
        exponent=exponent,
        bias=(1 << (exp_bits - 1)) - 1,
        mantissa=mantissa,
        stored=stored,
        wanted=float(value),
        category=category,
    )


@dataclass(frozen=True)
class ChainResult:
    """A conversion chain: one :class:`Stage` per line that ran, the bits of the selected
    element, and the code. ``error`` is torch's error when a line failed (``stages`` then
    hold the lines before it)."""

    stages: tuple[Stage, ...]
    shape: tuple[int, ...]
    selected: int
    selected_value: float
    bits: tuple[FloatBits, ...]
    snippet: Snippet
    error: TorchError | None
    failed_code: str

    @property
    def final(self) -> Stage:
        return self.stages[-1]


def _flat(t: torch.Tensor) -> list:
    return t.detach().reshape(-1).tolist()


def _exact(v: object) -> str:
    return repr(v)


def classify(before: object, after: object, dtype: torch.dtype) -> str | None:
    """What converting ``before`` (a Python number) to ``dtype`` did, given the result
    ``after``; ``None`` when nothing changed."""
    b_nan = isinstance(before, float) and math.isnan(before)
    a_nan = isinstance(after, float) and math.isnan(after)
    if b_nan and a_nan:
        return None
    if not b_nan and not a_nan and before == after:
        return None
    if dtype == torch.bool:
        return "to_bool"
    if dtype.is_floating_point:
        if isinstance(after, float) and math.isinf(after):
            return "to_inf"
        if after == 0 and before != 0:
            return "underflow"
        return "rounded"
    if isinstance(before, float):
        if not math.isfinite(before):
            return "not_finite"
        if math.trunc(before) == after:
            return "truncated"
    return "overflow"


def _label_of(code: str) -> str:
    if code.startswith("x = x."):
        return code.removeprefix("x = x")
    rest = code.removeprefix("x = ")
    if ", dtype=" in rest:
        return "torch.tensor(…, dtype=" + rest.rsplit(", dtype=", 1)[1]
    return "torch.tensor(…)"


def conversion_chain(
    values: str,
    create_dtype: str = "",
    steps: Sequence[Step] = (),
    selected: int = 0,
) -> ChainResult:
    """Create ``torch.tensor(values, dtype=create_dtype)`` (dtype inferred when ``""``) and
    apply ``steps`` in order, recording after each what changed.

    Raises :class:`LiteralError` for text that is not a literal, more than
    :data:`MAX_CHAIN_ELEMENTS` elements, an unknown dtype or too many steps.
    """
    parsed = parse_literal(values, max_elements=MAX_CHAIN_ELEMENTS)
    if parsed.numel == 0:
        raise LiteralError("bad_size", "no elements to convert")
    if len(steps) > MAX_STEPS:
        raise LiteralError("too_many", "more than {0} steps", MAX_STEPS)
    dtype = _dtype(create_dtype) if create_dtype else None
    typed = parsed.flat()
    selected = max(0, min(selected, len(typed) - 1))

    # Run the real calls; remember each result (or the exception that stopped the chain).
    lit = literal_code(parsed.data)
    create_code = (
        f"x = torch.tensor({lit})" if dtype is None else (f"x = torch.tensor({lit}, dtype={dtype})")
    )
    ran: list[tuple[str, torch.dtype | None, torch.Tensor]] = []
    failure: tuple[str, BaseException] | None = None
    try:
        x = torch.tensor(parsed.data, dtype=dtype)
        ran.append((create_code, dtype, x))
        for step in steps:
            x = step.apply(x)
            ran.append((step.code(), step.target, x))
    except TORCH_EXCEPTIONS as exc:
        failure = (step.code() if ran else create_code, exc)

    stages: list[Stage] = []
    previous: list = typed
    for code, _target, t in ran:
        now = _flat(t)
        changes = []
        for i, (b, a) in enumerate(zip(previous, now, strict=True)):
            kind = classify(b, a, t.dtype)
            if kind is not None:
                changes.append(Change(i, unravel(i, parsed.shape), _exact(b), _exact(a), kind))
        stages.append(
            Stage(
                code=code,
                label=_label_of(code),
                dtype=str(t.dtype),
                snapshot=snapshot(t),
                exact=tuple(_exact(v) for v in now),
                changes=tuple(changes),
            )
        )
        previous = now

    wanted = float(typed[selected])
    bits = tuple(float_bits(wanted, to_dtype(d)) for d in BIT_DTYPES)

    s = Script()
    if failure is None:
        for code, _, t in ran:
            s.run(code, lambda t=t: t)
            s.show("x, x.dtype", f"{t!s} {t.dtype}")
        final = ran[-1][2]
        s.show("x.dtype, x.device, x.shape", f"{final.dtype} {final.device} {final.shape}")
    else:
        with s.trying():
            for code, _, t in ran:
                s.run(code, lambda t=t: t)
                s.show("x, x.dtype", f"{t!s} {t.dtype}")
            s.raises(*failure)
    s.line()
    index = unravel(selected, parsed.shape)
    if index:
        where = "".join(f"[{i}]" for i in index)
        s.comment(
            "the bits of x{0} as typed ({1}): sign | exponent | mantissa", where, repr(wanted)
        )
    else:
        s.comment(
            "the bits of the scalar x as typed ({0}): sign | exponent | mantissa", repr(wanted)
        )
    v_code = literal_code(wanted)
    s.run(f"v = torch.tensor({v_code}, dtype=torch.float32)", lambda: None)
    s.show("format(v.view(torch.int32).item() & 0xFFFFFFFF, '032b')", bits[0].bits)
    s.run(f"h = torch.tensor({v_code}, dtype=torch.float16)", lambda: None)
    s.show("format(h.view(torch.int16).item() & 0xFFFF, '016b')", bits[1].bits)
    return ChainResult(
        stages=tuple(stages),
        shape=parsed.shape,
        selected=selected,
        selected_value=wanted,
        bits=bits,
        snippet=s.finish(),
        error=None if failure is None else TorchError.from_exception(failure[1]),
        failed_code="" if failure is None else failure[0],
    )


# -- devices -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DeviceStep:
    """One thing tried with devices: the code, the device the result is on, or torch's error."""

    key: str  # "idiom" | "to" | "cuda" | "create" | "meet"
    code: str
    device: str | None
    error: TorchError | None


@dataclass(frozen=True)
class DeviceDemo:
    cuda_available: bool
    cuda_built: bool  # this torch was compiled with CUDA
    device_count: int
    devices: tuple[str, ...]  # what torch reports at run time: "cpu", "cuda:0", ...
    device_names: tuple[str, ...]  # one per device ("CPU" for the cpu)
    idiom_device: str  # what "cuda if available else cpu" picked
    target: str
    steps: tuple[DeviceStep, ...]
    snippet: Snippet

    @property
    def output(self) -> str:
        return self.snippet.output

    def step(self, key: str) -> DeviceStep:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)


def available_devices() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The devices torch can use now, and their names."""
    devices = ["cpu"]
    names = ["CPU"]
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            devices.append(f"cuda:{i}")
            names.append(torch.cuda.get_device_name(i))
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        devices.append("mps")
        names.append("Apple MPS")
    return tuple(devices), tuple(names)


def device_demo(target: str = "cuda") -> DeviceDemo:
    """Move a tensor to ``target``, call ``.cuda()``, create on ``target`` and make tensors
    on two devices meet, with the real calls; failures are torch's real errors.

    Raises :class:`LiteralError` when ``target`` is empty.
    """
    target = target.strip()
    if not target:
        raise LiteralError("empty")
    # A target that is no device name at all is torch's own error, shown as such.
    devices, names = available_devices()
    s = Script()
    s.show("torch.cuda.is_available()", torch.cuda.is_available())
    s.show("torch.cuda.device_count()", torch.cuda.device_count())
    device = s.run(
        'device = "cuda" if torch.cuda.is_available() else "cpu"',
        lambda: "cuda" if torch.cuda.is_available() else "cpu",
    )
    s.show("device", device)
    x = s.run("x = torch.tensor([1, 2, 3])", lambda: torch.tensor([1, 2, 3]))
    s.show("x.dtype, x.device, x.shape", f"{x.dtype} {x.device} {x.shape}")
    x = s.run("x = x.to(device)", lambda: x.to(device))
    s.show("x.device", x.device)
    steps = [DeviceStep("idiom", "x = x.to(device)", str(x.device), None)]

    def tried(key: str, code: str, fn: Callable[[], torch.Tensor], show: str) -> None:
        with s.trying(DEVICE_EXCEPTIONS) as outcome:
            y = s.run(code, fn)
            s.show(show, y.device if show.endswith(".device") else y)
        steps.append(DeviceStep(key, code, None if outcome.error else str(y.device), outcome.error))

    s.line()
    s.comment("move to {0}", repr(target))
    tried("to", f"y = x.to({target!r})", lambda: x.to(target), "y.device")
    s.comment(".cuda() moves to the current GPU")
    tried("cuda", "y = x.cuda()", lambda: x.cuda(), "y.device")
    s.comment("create directly on {0}", repr(target))
    tried(
        "create",
        f"z = torch.tensor([1, 2, 3], device={target!r})",
        lambda: torch.tensor([1, 2, 3], device=target),
        "z.device",
    )
    other = target if _device_type(target) not in ("cpu", "") else "cuda"
    s.comment("tensors on two devices meet: one on {0}, one on the CPU", repr(other))

    with s.trying(DEVICE_EXCEPTIONS) as outcome:
        a = s.run(
            f"a = torch.tensor([1, 2, 3], device={other!r})",
            lambda: torch.tensor([1, 2, 3], device=other),
        )
        b = s.run("b = torch.tensor([1, 2, 3])", lambda: torch.tensor([1, 2, 3]))
        c = s.run("c = a + b", lambda: a + b)
        s.show("c, c.device", f"{c!s} {c.device}")
    steps.append(
        DeviceStep(
            "meet",
            f"a + b  # a on {other}, b on cpu",
            None if outcome.error else str(c.device),
            outcome.error,
        )
    )
    if _device_type(other) != "meta":
        # Every torch has the "meta" device (shapes, no data), so the rule that tensors on
        # two devices do not mix can be seen for real even where there is no GPU.
        s.comment("the same rule on any machine: the 'meta' device holds shapes but no data")
        with s.trying(DEVICE_EXCEPTIONS) as outcome:
            m = s.run(
                "m = torch.ones(3, device='meta') + torch.ones(3)",
                lambda: torch.ones(3, device="meta") + torch.ones(3),
            )
            s.show("m.device", m.device)
        steps.append(
            DeviceStep(
                "meet_meta",
                "torch.ones(3, device='meta') + torch.ones(3)",
                None if outcome.error else str(m.device),
                outcome.error,
            )
        )
    # The rule's exception, also real on any machine: a 0-d CPU tensor goes with a tensor on
    # any device, as a plain number would.
    s.comment("a 0-d CPU tensor is the exception: torch treats it like a number")
    tried(
        "meet_scalar",
        "s = torch.ones(3, device='meta') + torch.tensor(2.0)",
        lambda: torch.ones(3, device="meta") + torch.tensor(2.0),
        "s.device",
    )
    return DeviceDemo(
        cuda_available=torch.cuda.is_available(),
        cuda_built=torch.backends.cuda.is_built(),
        device_count=torch.cuda.device_count(),
        devices=devices,
        device_names=names,
        idiom_device=device,
        target=target,
        steps=tuple(steps),
        snippet=s.finish(),
    )


def _device_type(text: str) -> str:
    try:
        return torch.device(text).type
    except TORCH_EXCEPTIONS:
        return ""
