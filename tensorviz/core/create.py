"""Making tensors: every constructor of the course, its attributes, seeds and samples.

The lesson hands :func:`build` the text of its fields; :func:`parse_request` checks that text
with :mod:`tensorviz.core.literal` (nothing is allocated for a refused size), then the real
torch constructor runs inside a :class:`~tensorviz.core.snippet.Script`, so the code pane shows
exactly the call that produced the picture and what it prints.

Random constructors also draw a large sample of the same distribution (after the shown tensor,
from the same seeded generator, so the code reproduces it), binned here into a histogram with
the density the distribution should have.

The data may also be made ahead of the call and passed by name: a seeded
``a = np.random.randn(3, 5)``, or an existing tensor ``t = torch.tensor(data)``, which
``torch.tensor`` copies (with torch's own warning) and ``torch.Tensor`` shares.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.errors import DEVICE_EXCEPTIONS, TORCH_EXCEPTIONS, TorchError
from tensorviz.core.literal import (
    MAX_ELEMENTS,
    LiteralError,
    ParsedLiteral,
    decimal_comma,
    dtype_name,
    parse_dtype,
    parse_int,
    parse_literal,
    parse_shape,
)
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot, kind_of, snapshot, unravel

#: Every constructor the lesson offers, in the order of the course.
CONSTRUCTORS: tuple[str, ...] = (
    "torch.tensor",
    "torch.Tensor",
    "torch.IntTensor",
    "torch.FloatTensor",
    "torch.DoubleTensor",
    "torch.LongTensor",
    "torch.ShortTensor",
    "torch.arange",
    "torch.linspace",
    "torch.zeros",
    "torch.ones",
    "torch.full",
    "torch.rand",
    "torch.randn",
    "torch.normal",
    "torch.randint",
)

#: The legacy constructors: data or a size, always one fixed dtype, no ``dtype=`` argument.
LEGACY: dict[str, str] = {  # -> torch's name of that dtype
    "torch.Tensor": "float32",
    "torch.IntTensor": "int32",
    "torch.FloatTensor": "float32",
    "torch.DoubleTensor": "float64",
    "torch.LongTensor": "int64",
    "torch.ShortTensor": "int16",
}
RANDOM = ("torch.rand", "torch.randn", "torch.normal", "torch.randint")

#: The argument fields each constructor takes (the lesson shows only these).
_COMMON = ("dtype", "device", "requires_grad")
ARGUMENTS: dict[str, tuple[str, ...]] = {
    "torch.tensor": ("data", "numpy", "from_tensor", *_COMMON),
    **{name: ("source", "data", "size", "device") for name in LEGACY},
    "torch.Tensor": ("source", "data", "from_tensor", "size", "device"),
    "torch.arange": ("start", "end", "step", *_COMMON),
    "torch.linspace": ("start", "end", "steps", *_COMMON),
    "torch.zeros": ("size", *_COMMON),
    "torch.ones": ("size", *_COMMON),
    "torch.full": ("size", "fill_value", *_COMMON),
    "torch.rand": ("size", *_COMMON, "seed"),
    "torch.randn": ("size", *_COMMON, "seed"),
    "torch.normal": ("mean", "std", "size", *_COMMON, "seed"),
    "torch.randint": ("low", "high", "size", *_COMMON, "seed"),
}


def used_fields(constructor: str, source: str = "data", numpy: bool = False) -> frozenset[str]:
    """The argument fields a request with these choices uses: those ``constructor`` takes,
    less the data or the size a legacy constructor is not given. ``torch.tensor`` of a numpy
    array (``numpy``) chooses its ``source`` too: ``np.array(data)``, or with "size" a seeded
    ``np.random.randn(size)``, which uses the size and the seed instead of the data."""
    fields = set(ARGUMENTS[constructor])
    if constructor in LEGACY:
        fields -= {"size"} if source == "data" else {"data", "from_tensor"}
    elif constructor == "torch.tensor" and numpy:
        fields.add("source")
        if source == "size":
            fields = (fields - {"data"}) | {"size", "seed"}
    return frozenset(fields)


#: Tensors with more elements are summarised rather than drawn cell by cell: painting a
#: thousand labelled cells takes the GUI thread 30-80 ms on a small machine, 400 stay near
#: 20 ms (and a 20 x 20 grid is about as much as a projector shows legibly).
DRAW_CAP = 400

#: How many draws the histogram of a random constructor is made from.
SAMPLE_SIZE = 100_000
SAMPLE_CODE = "100_000"


def device_choices() -> tuple[str, ...]:
    """The devices this torch has, then ``cuda`` even where it has none: choosing it then
    shows torch's own error instead of pretending."""
    devices = available_devices()
    return devices if "cuda" in devices else (*devices, "cuda")


def available_devices() -> tuple[str, ...]:
    """The devices this torch can create tensors on, asked at run time."""
    devices = ["cpu"]
    if torch.cuda.is_available():
        devices.append("cuda")
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        devices.append("mps")
    return tuple(devices)


# -- the request -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Request:
    """What the user typed and chose, as plain text and flags (one field per control)."""

    constructor: str = "torch.tensor"
    data: str = "[[1, 2, 3], [4, 5, 6]]"
    source: str = "data"  # legacy constructors: "data" or "size"
    numpy: bool = False  # torch.tensor(np.array(data))
    size: str = "2, 3"
    start: str = "0"
    end: str = "10"
    step: str = "2"
    steps: str = "5"
    fill_value: str = "7"
    mean: str = "2.0"
    std: str = "3.0"
    low: str = "0"
    high: str = "10"
    dtype: str = ""  # "" = the constructor's default
    device: str = "cpu"
    requires_grad: bool = False
    seed: str = "42"
    sci_mode: bool | None = None  # torch.set_printoptions(sci_mode=...); None = default
    from_tensor: bool = False  # t = torch.tensor(data), then the constructor given t

    def takes(self, argument: str) -> bool:
        return argument in used_fields(self.constructor, self.source, self.numpy)


class InputError(ValueError):
    """A field whose text cannot be used: ``field`` names it, ``error`` says why."""

    def __init__(self, field_name: str, error: LiteralError) -> None:
        super().__init__(f"{field_name}: {error}")
        self.field = field_name
        self.error = error


Number = int | float


@dataclass(frozen=True)
class Spec:
    """A request checked and parsed: only the arguments the constructor takes are set."""

    constructor: str
    data: ParsedLiteral | None = None
    numpy: bool = False
    size: tuple[int, ...] | None = None
    numbers: dict[str, Number] = field(default_factory=dict)
    dtype: torch.dtype | None = None
    device: str = "cpu"
    requires_grad: bool = False
    seed: int | None = None
    sci_mode: bool | None = None
    from_tensor: bool = False

    @property
    def is_random(self) -> bool:
        """A random constructor of torch (seeded with ``torch.manual_seed``)."""
        return self.constructor in RANDOM

    @property
    def numpy_random(self) -> bool:
        """``torch.tensor`` of ``np.random.randn(size)`` (seeded with ``np.random.seed``)."""
        return self.constructor == "torch.tensor" and self.numpy and self.size is not None

    @property
    def draws(self) -> bool:
        """Whether the values come from a seeded generator (torch's or numpy's)."""
        return self.is_random or self.numpy_random

    @property
    def uses_size(self) -> bool:
        return self.size is not None


def _number(text: str, name: str, allow_bool: bool = False) -> Number:
    try:
        decimal_comma(text)
        parsed = parse_literal(text)
    except LiteralError as exc:
        raise InputError(name, exc) from None
    if isinstance(parsed.data, bool) and allow_bool:
        return parsed.data
    if parsed.shape != () or isinstance(parsed.data, bool | list):
        raise InputError(name, LiteralError("not_a_number", "{0} needs one number", name))
    return parsed.data  # type: ignore[return-value]


def _int(text: str, name: str) -> int:
    try:
        return parse_int(text)
    except LiteralError as exc:
        raise InputError(name, exc) from None


def scalar_size(data: ParsedLiteral) -> int | None:
    """The whole number a legacy constructor would read as a size (``torch.Tensor(5)``)."""
    value = data.data
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def _range_count(start: Number, end: Number, step: Number) -> float:
    """How many elements ``arange`` will make (0 when torch will refuse the arguments).

    A float, so that an absurd range (a step of 1e-300) is inf rather than an overflow.
    """
    if step == 0 or not all(math.isfinite(v) for v in (start, end, step)):
        return 0
    try:
        count = (end - start) / step
    except OverflowError:
        return math.inf
    return max(count, 0.0)


def _count_text(count: float) -> str:
    return f"{count:,.0f}" if count < 1e15 else f"{count:.3g}"


def parse_request(request: Request) -> Spec:
    """Check the fields ``request.constructor`` takes. Raises :class:`InputError`.

    Sizes beyond :data:`~tensorviz.core.literal.MAX_ELEMENTS` are refused here, before torch
    allocates anything (also the length of an ``arange`` or ``linspace``).
    """
    name = request.constructor
    if name not in ARGUMENTS:
        raise InputError("constructor", LiteralError("not_allowed", repr(name)))
    takes = request.takes
    data = None
    size = None
    numbers: dict[str, Number] = {}
    from_tensor = bool(request.from_tensor) and takes("from_tensor")
    if takes("data"):
        try:
            data = parse_literal(request.data)
        except LiteralError as exc:
            raise InputError("data", exc) from None
        count = scalar_size(data)
        if name in LEGACY and count is not None and count >= 0 and not from_tensor:
            # torch.Tensor(5) reads a lone whole number as a size, not as data.
            if count > MAX_ELEMENTS:
                raise InputError(
                    "data",
                    LiteralError(
                        "too_many",
                        "{0}({1}) reads {2} as a size: {2} elements > {3}",
                        name,
                        count,
                        f"{count:,}",
                        f"{MAX_ELEMENTS:,}",
                    ),
                )
            data, size = None, (count,)
    if takes("size"):
        try:
            size = parse_shape(request.size)
        except LiteralError as exc:
            raise InputError("size", exc) from None
    for key in ("start", "end", "step", "fill_value", "mean", "std"):
        if takes(key):
            numbers[key] = _number(getattr(request, key), key, allow_bool=key == "fill_value")
    for key in ("steps", "low", "high"):
        if takes(key):
            numbers[key] = _int(getattr(request, key), key)
    if name == "torch.arange":
        count = _range_count(numbers["start"], numbers["end"], numbers["step"])
        if count > MAX_ELEMENTS:  # named by its three numbers: typed in start, end or step
            s, e, d = (numbers[k] for k in ("start", "end", "step"))
            raise InputError(
                "end",
                LiteralError(
                    "too_many",
                    "arange({0}, {1}, {2}) makes {3} elements > {4}",
                    f"{s:.15g}",
                    f"{e:.15g}",
                    f"{d:.15g}",
                    _count_text(count),
                    f"{MAX_ELEMENTS:,}",
                    limit=MAX_ELEMENTS,
                ),
            )
    if name == "torch.linspace":
        steps = numbers["steps"]
        if steps > MAX_ELEMENTS:
            raise InputError(
                "steps",
                LiteralError("too_many", "{0} elements > {1}", f"{steps:,}", f"{MAX_ELEMENTS:,}"),
            )
        if steps == 0:
            raise InputError(
                "steps", LiteralError("bad_size", "steps=0 makes an empty tensor: no points")
            )
    dtype = None
    if takes("dtype") and request.dtype.strip():
        try:
            dtype = parse_dtype(request.dtype)
        except LiteralError as exc:
            raise InputError("dtype", exc) from None
    seed = _int(request.seed, "seed") if takes("seed") else None
    # numpy's legacy generator takes a 32-bit seed (it raises ValueError beyond)
    seed_end, seed_bits = (2**32, 32) if name == "torch.tensor" else (2**64, 64)
    if seed is not None and not 0 <= seed < seed_end:
        raise InputError(
            "seed",
            LiteralError("bad_size", "seed {0} is not in [0, 2**{1})", seed, seed_bits),
        )
    return Spec(
        constructor=name,
        data=data,
        numpy=bool(request.numpy) and takes("numpy"),
        size=size,
        numbers=numbers,
        dtype=dtype,
        device=request.device if takes("device") else "cpu",
        requires_grad=bool(request.requires_grad) and takes("requires_grad"),
        seed=seed,
        sci_mode=request.sci_mode,
        from_tensor=from_tensor,
    )


# -- code text -------------------------------------------------------------------------------
def py(value: object) -> str:
    """``value`` written as Python code that builds it again (nested lists of scalars)."""
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py(v) for v in value) + "]"
    if isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "float('nan')"
        if math.isinf(value):
            return "float('inf')" if value > 0 else "float('-inf')"
        return repr(value)
    raise TypeError(type(value).__name__)


def size_code(size: tuple[int, ...]) -> str:
    """A size as a tuple literal: ``(2, 3)``, ``(4,)``, ``()``."""
    if len(size) == 1:
        return f"({size[0]},)"
    return "(" + ", ".join(str(s) for s in size) + ")"


def _keywords(spec: Spec) -> tuple[str, dict[str, object]]:
    """``, dtype=torch.float64, requires_grad=True`` and the matching keyword arguments."""
    parts = []
    kwargs: dict[str, object] = {}
    if spec.dtype is not None:
        parts.append(f"dtype={dtype_name(spec.dtype)}")
        kwargs["dtype"] = spec.dtype
    if spec.device != "cpu":
        parts.append(f"device={spec.device!r}")
        kwargs["device"] = spec.device
    if spec.requires_grad:
        parts.append("requires_grad=True")
        kwargs["requires_grad"] = True
    return "".join(", " + p for p in parts), kwargs


def _data_value(spec: Spec) -> tuple[str, object]:
    """The data argument as code and as the object passed (a list, or a numpy array)."""
    assert spec.data is not None
    code = py(spec.data.data)
    if spec.numpy:
        return f"np.array({code})", np.array(spec.data.data)
    return code, spec.data.data


#: The data argument made ahead of the call: its name in the code and the object itself.
Argument = tuple[str, object]


def call_of(spec: Spec, argument: Argument | None = None) -> tuple[str, Callable[[], object]]:
    """The constructor call as code, and a function that makes it for real. ``argument``
    replaces the data written into the call (see :func:`make_argument`)."""
    name = spec.constructor
    kw_code, kw = _keywords(spec)
    n = spec.numbers
    fn = {
        "torch.tensor": torch.tensor,
        "torch.arange": torch.arange,
        "torch.linspace": torch.linspace,
        "torch.zeros": torch.zeros,
        "torch.ones": torch.ones,
        "torch.full": torch.full,
        "torch.rand": torch.rand,
        "torch.randn": torch.randn,
        "torch.normal": torch.normal,
        "torch.randint": torch.randint,
    }.get(name)
    if name in LEGACY:
        ctor = getattr(torch, name.removeprefix("torch."))
        dev_kw = {"device": spec.device} if spec.device != "cpu" else {}
        dev_code = [f"device={spec.device!r}"] if dev_kw else []
        if spec.size is not None:
            sizes = spec.size
            args = ", ".join([*(str(v) for v in sizes), *dev_code])
            return f"{name}({args})", lambda: ctor(*sizes, **dev_kw)
        code, value = argument or _data_value(spec)
        args = ", ".join([code, *dev_code])
        return f"{name}({args})", lambda: ctor(value, **dev_kw)
    if name == "torch.tensor":
        code, value = argument or _data_value(spec)
        return f"torch.tensor({code}{kw_code})", lambda: torch.tensor(value, **kw)
    if name == "torch.arange":
        args = (n["start"], n["end"], n["step"])
        code = ", ".join(py(a) for a in args)
        return f"torch.arange({code}{kw_code})", lambda: torch.arange(*args, **kw)
    if name == "torch.linspace":
        args = (n["start"], n["end"], n["steps"])
        code = ", ".join(py(a) for a in args)
        return f"torch.linspace({code}{kw_code})", lambda: torch.linspace(*args, **kw)
    assert spec.size is not None and fn is not None
    size = spec.size
    if name == "torch.full":
        fill = n["fill_value"]
        return (
            f"torch.full({size_code(size)}, {py(fill)}{kw_code})",
            lambda: torch.full(size, fill, **kw),
        )
    if name == "torch.normal":
        mean, std = float(n["mean"]), float(n["std"])
        return (
            f"torch.normal(mean={py(mean)}, std={py(std)}, size={size_code(size)}{kw_code})",
            lambda: torch.normal(mean=mean, std=std, size=size, **kw),
        )
    if name == "torch.randint":
        low, high = n["low"], n["high"]
        return (
            f"torch.randint({low}, {high}, {size_code(size)}{kw_code})",
            lambda: torch.randint(low, high, size, **kw),
        )
    return f"{name}({size_code(size)}{kw_code})", lambda: fn(size, **kw)


# -- the result ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attributes:
    """A tensor's attributes, as torch reports them (strings as ``print`` writes them)."""

    shape: str
    ndim: int
    numel: int
    dtype: str
    device: str
    element_size: int
    nbytes: int
    requires_grad: bool
    is_leaf: bool

    @classmethod
    def of(cls, t: torch.Tensor) -> Attributes:
        return cls(
            shape=str(t.shape),
            ndim=t.ndim,
            numel=t.numel(),
            dtype=str(t.dtype),
            device=str(t.device),
            element_size=t.element_size(),
            nbytes=t.nbytes,
            requires_grad=t.requires_grad,
            is_leaf=t.is_leaf,
        )


@dataclass(frozen=True)
class Conversion:
    """Data the constructor converted to its dtype: which elements changed and how."""

    source_kind: str  # "bool" | "int" | "float": what the data was
    target_dtype: str
    changed: int  # how many elements do not keep their value
    examples: tuple[tuple[tuple[int, ...], str, str], ...]  # (index, typed, stored)
    mask: np.ndarray | None  # True where changed (None when too big to draw)


@dataclass(frozen=True)
class Side:
    """One constructor of the torch.tensor / torch.Tensor comparison."""

    code: str
    tensor: TensorSnapshot | None
    dtype: str
    uninitialised: bool
    error: TorchError | None
    refused: int = 0  # not run: it would have reserved this many uninitialised elements


@dataclass(frozen=True)
class Comparison:
    """The same input given to the other of ``torch.tensor`` / ``torch.Tensor``."""

    other_name: str  # "torch.tensor" or "torch.Tensor"
    other: Side


@dataclass(frozen=True)
class Sharing:
    """The data made into a tensor ``t`` first, then given to the constructors: what each
    did with ``t``'s memory and what torch warned, all read from the real objects."""

    source_code: str  # "t = torch.tensor([1, 2, 3])"
    source_dtype: str  # "torch.int64"
    shares: dict[str, bool]  # constructor -> its result has t's data_ptr()
    warnings: dict[str, tuple[str, ...]]  # constructor -> "UserWarning: ..." as printed
    copy_error: TorchError | None  # torch.tensor(t, copy=True): torch's refusal
    copy_shares: bool | None = None  # ... or, were it accepted, whether it shares
    source_numel: int = 1  # 0: t has no memory; every data_ptr() is 0


@dataclass(frozen=True)
class Histogram:
    """A large sample binned as a density, with the density the distribution should have."""

    edges: np.ndarray  # bin edges, len(density) + 1
    density: np.ndarray  # measured: count / (n * width)
    curve_x: np.ndarray  # where the expected density is drawn
    curve_y: np.ndarray
    discrete: bool  # randint: one bar per whole number, expected shown as points
    n: int
    asked_mean: float
    asked_std: float
    measured_mean: float
    measured_std: float
    measured_var: float

    @property
    def asked_var(self) -> float:
        return self.asked_std * self.asked_std  # inf, not OverflowError, for std 1e300


@dataclass(frozen=True)
class Result:
    """Everything the create lesson paints for one request.

    ``error`` is torch's error when the constructor itself failed; the tensor fields are then
    ``None`` (the lesson keeps its previous picture) but ``snippet`` shows the failing call.
    """

    spec: Spec
    code: str  # the constructor call, e.g. ``torch.arange(0, 10, 2)``
    snippet: Snippet
    error: TorchError | None = None
    tensor: TensorSnapshot | None = None
    attributes: Attributes | None = None
    digest: str = ""  # hash of the values: equal digests <=> identical values
    uninitialised: bool = False
    conversion: Conversion | None = None
    comparison: Comparison | None = None
    histogram: Histogram | None = None
    initial_seed: int | None = None
    sharing: Sharing | None = None
    first_value: float | None = None  # x's first element (None: none, or uninitialised)

    @property
    def ok(self) -> bool:
        return self.error is None


def _snap(t: torch.Tensor) -> TensorSnapshot:
    """Cells up to :data:`DRAW_CAP`; beyond that, or beyond 4 dims, a summary."""
    return snapshot(t, DRAW_CAP if t.ndim <= 4 else 0)


def digest_of(t: torch.Tensor) -> str:
    """A fingerprint of ``t``'s values, shape and dtype (bytes, so NaNs compare too)."""
    flat = t.detach().cpu().contiguous().reshape(-1)
    raw = flat.view(torch.uint8).numpy().tobytes() if flat.numel() else b""
    head = f"{tuple(t.shape)} {t.dtype}".encode()
    return hashlib.sha1(head + raw).hexdigest()


def seeded_digest(spec: Spec, seed: int) -> str:
    """The :func:`digest_of` the tensor ``spec`` makes with ``seed`` (``torch.manual_seed`` or
    ``np.random.seed``): a run before the one shown, made again, to say whether a seed gave
    the same values."""
    spec = replace(spec, seed=seed)
    if spec.is_random:
        torch.manual_seed(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.tensor(t) warns; the shown run printed it
        argument = make_argument(spec)
        assert not isinstance(argument, TorchError)  # it worked in the run shown
        _code, fn = call_of(spec, argument)
        return digest_of(fn())


def make_argument(spec: Spec, s: Script | None = None) -> Argument | TorchError | None:
    """The data made ahead of the call, as ``(name, object)``: ``a = np.random.randn(...)``
    after ``np.random.seed``, and/or ``t = torch.tensor(data)``; None when the data is
    written into the call itself. With a Script, its lines are written and run there; torch's
    refusal to make ``t`` comes back as its error."""

    def run(code: str, fn: Callable[[], object]) -> object:
        return s.run(code, fn) if s is not None else fn()

    argument: Argument | None = None
    if spec.numpy_random:
        size = spec.size
        assert size is not None and spec.seed is not None
        run(f"np.random.seed({spec.seed})", lambda: np.random.seed(spec.seed))
        sizes = ", ".join(str(n) for n in size)
        argument = ("a", run(f"a = np.random.randn({sizes})", lambda: np.random.randn(*size)))
    if spec.from_tensor:
        code, value = argument or _data_value(spec)
        t = (
            torch.tensor(value)
            if s is None
            else _call(s, "t", f"torch.tensor({code})", lambda: torch.tensor(value))
        )
        if isinstance(t, TorchError):
            return t
        argument = ("t", t)
    return argument


def _conversion(spec: Spec, t: torch.Tensor) -> Conversion | None:
    """Which typed values the constructor changed (e.g. 1.7 -> 1 in an IntTensor)."""
    data = spec.data
    if data is None or t.numel() == 0 or data.kind == kind_of(t.dtype):
        return None  # same kind: nothing converted that the grid could show
    stored = t.detach().cpu()
    typed_flat = data.flat()
    a = np.array(typed_flat, dtype=np.float64)
    b = stored.double().reshape(-1).numpy()
    changed_mask = ~((a == b) | (np.isnan(a) & np.isnan(b)))
    changed = int(changed_mask.sum())
    stored_flat = stored.reshape(-1)
    examples = []
    for flat in np.flatnonzero(changed_mask)[:6]:
        index = unravel(int(flat), tuple(t.shape))
        before = typed_flat[int(flat)]
        after = repr(stored_flat[int(flat)].item())
        examples.append((index, repr(before), after))
    return Conversion(
        source_kind=data.kind,
        target_dtype=str(t.dtype),
        changed=changed,
        examples=tuple(examples),
        mask=changed_mask.reshape(tuple(t.shape)) if t.numel() <= DRAW_CAP else None,
    )


def _print_attributes(s: Script, t: torch.Tensor) -> None:
    """The attributes the lesson shows beside the grid, in short lines."""
    s.show("x.shape, x.ndim, x.numel()", f"{t.shape} {t.ndim} {t.numel()}")
    s.show("x.dtype, x.device", f"{t.dtype} {t.device}")
    s.show("x.element_size(), x.nbytes", f"{t.element_size()} {t.nbytes}")
    s.show("x.requires_grad, x.is_leaf", f"{t.requires_grad} {t.is_leaf}")


def errors_of(device: str) -> tuple[type[BaseException], ...]:
    """What counts as torch's error: a torch built without CUDA asserts on ``device='cuda'``
    (see ``errors.DEVICE_EXCEPTIONS``)."""
    return TORCH_EXCEPTIONS if device == "cpu" else DEVICE_EXCEPTIONS


def _call(s: Script, var: str, code: str, fn, device: str = "cpu") -> torch.Tensor | TorchError:
    """``var = code``: plain when the call works, inside try/except when torch refuses it.

    The call runs once (a random draw is not repeated): see :meth:`Script.attempt_once`.
    """
    return s.attempt_once(f"{var} = {code}", fn, errors_of(device))


def _call_warned(
    s: Script, var: str, code: str, fn, device: str = "cpu"
) -> tuple[torch.Tensor | TorchError, tuple[str, ...]]:
    """``var = code`` with Python's warnings recorded, then each printed: torch warns on
    stderr, which the output pane does not show, so the code prints its warnings itself."""
    with s.block("with warnings.catch_warnings(record=True) as caught:"):
        s.line('warnings.simplefilter("always")')
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            t = _call(s, var, code, fn, device)
    printed = tuple(f"{w.category.__name__}: {w.message}" for w in caught)
    s.show_each("w in caught", 'f"{w.category.__name__}: {w.message}"', printed)
    return t, printed


def _side(s: Script, var: str, code: str, fn, uninitialised: bool, warned: bool) -> tuple:
    """Run the other constructor inside try/except, printing only what is deterministic.
    Returns the :class:`Side`, the tensor (None when torch refused) and its warnings."""
    printed: tuple[str, ...] = ()
    if warned:
        t, printed = _call_warned(s, var, code, fn)
    else:
        t = _call(s, var, code, fn)
    if isinstance(t, TorchError):
        return Side(code, None, "", False, t), None, printed
    if uninitialised:
        s.show(f"{var}.shape, {var}.dtype", f"{t.shape} {t.dtype}")
    else:
        s.show(f"{var}, {var}.dtype", f"{t!s} {t.dtype}")  # !s: a 0-d tensor formats as its item
    return Side(code, _snap(t), str(t.dtype), uninitialised, None), t, printed


def _expected(spec: Spec) -> tuple[float, float]:
    n = spec.numbers
    if spec.constructor == "torch.rand":
        return 0.5, math.sqrt(1 / 12)
    if spec.constructor == "torch.randn":
        return 0.0, 1.0
    if spec.constructor == "torch.normal":
        return float(n["mean"]), float(n["std"])
    low, high = int(n["low"]), int(n["high"])
    count = high - low
    return (low + high - 1) / 2, math.sqrt((count * count - 1) / 12)


def _histogram(spec: Spec, sample: np.ndarray, stats: tuple[float, float, float]) -> Histogram:
    mean, std = _expected(spec)
    finite = sample[np.isfinite(sample)]
    name = spec.constructor
    discrete = False
    curve_x = curve_y = np.zeros(0)
    if name == "torch.rand":
        edges = np.linspace(0.0, 1.0, 41)
        curve_x = np.array([0.0, 0.0, 1.0, 1.0])
        curve_y = np.array([0.0, 1.0, 1.0, 0.0])
    elif name == "torch.randint":
        low, high = int(spec.numbers["low"]), int(spec.numbers["high"])
        count = high - low
        if count <= 60:
            discrete = True
            edges = np.arange(low, high + 1, dtype=np.float64) - 0.5
            curve_x = np.arange(low, high, dtype=np.float64)
            curve_y = np.full(count, 1.0 / count)
        else:
            edges = np.linspace(float(low), float(high), 41)
            curve_x = np.array([low, low, high, high], dtype=np.float64)
            curve_y = np.array([0.0, 1.0 / count, 1.0 / count, 0.0])
    else:
        spread = std if std > 0 else 0.5
        lo, hi = mean - 4 * spread, mean + 4 * spread
        if math.isfinite(lo) and math.isfinite(hi) and hi > lo:
            edges = np.linspace(lo, hi, 61)
            if std > 0:
                curve_x = np.linspace(lo, hi, 241)
                z = (curve_x - mean) / std
                curve_y = np.exp(-0.5 * z * z) / (std * math.sqrt(2 * math.pi))
        else:  # mean or std beyond float range: bin what was drawn, no curve to compare
            lo = float(finite.min()) if finite.size else 0.0
            hi = float(finite.max()) if finite.size else 1.0
            edges = np.linspace(lo, hi if hi > lo else lo + 1.0, 61)
    with np.errstate(all="ignore"):
        counts, edges = np.histogram(finite, bins=edges)
        widths = np.diff(edges)
        density = counts / (max(len(sample), 1) * widths)
    return Histogram(
        edges=edges,
        density=density,
        curve_x=curve_x,
        curve_y=curve_y,
        discrete=discrete,
        n=len(sample),
        asked_mean=mean,
        asked_std=std,
        measured_mean=stats[0],
        measured_std=stats[1],
        measured_var=stats[2],
    )


def _sample_call(spec: Spec, code: str) -> tuple[str, object]:
    """The constructor again with a size of :data:`SAMPLE_SIZE` and no requires_grad."""
    sample_spec = Spec(
        constructor=spec.constructor,
        size=(SAMPLE_SIZE,),
        numbers=spec.numbers,
        dtype=spec.dtype,
        device=spec.device,
    )
    sample_code, fn = call_of(sample_spec)
    return sample_code.replace(f"({SAMPLE_SIZE},)", f"({SAMPLE_CODE},)"), fn


def build(request: Request) -> Result:
    """Parse ``request`` and make the tensor. Raises :class:`InputError` for bad fields."""
    return build_spec(parse_request(request))


def build_spec(spec: Spec) -> Result:
    """Make the tensor ``spec`` describes, with its code, attributes and extras."""
    imports = ("import numpy as np", "import torch") if spec.numpy else ("import torch",)
    if spec.from_tensor:  # torch.tensor(t) warns: the code records and prints it
        imports = ("import warnings", "", *imports)
    s = Script(imports=imports)
    if spec.sci_mode is not None:
        s.run(
            f"torch.set_printoptions(sci_mode={spec.sci_mode})",
            lambda: torch.set_printoptions(sci_mode=spec.sci_mode),
        )
    initial_seed = None
    if spec.is_random:
        s.run(f"torch.manual_seed({spec.seed})", lambda: torch.manual_seed(spec.seed))
        initial_seed = torch.initial_seed()
        s.show("torch.initial_seed()", initial_seed)
    argument = make_argument(spec, s)
    if isinstance(argument, TorchError):  # torch refused to make t of the data
        code = f"torch.tensor({_data_value(spec)[0]})"
        return Result(spec=spec, code=code, snippet=s.finish(), error=argument)
    code, fn = call_of(spec, argument)
    uninitialised = spec.constructor in LEGACY and spec.size is not None
    warned: dict[str, tuple[str, ...]] = {}
    if spec.from_tensor and spec.constructor == "torch.tensor":
        t, warned[spec.constructor] = _call_warned(s, "x", code, fn, spec.device)
    else:
        t = _call(s, "x", code, fn, spec.device)
    if isinstance(t, TorchError):
        return Result(spec=spec, code=code, snippet=s.finish(), error=t, initial_seed=initial_seed)
    if uninitialised:
        s.comment("uninitialised memory: print only shape and dtype")
    else:
        s.show("x", t)
    _print_attributes(s, t)
    comparison = None
    other = None
    if spec.constructor in ("torch.tensor", "torch.Tensor"):
        comparison, other, printed = _compare(s, spec, argument)
        if printed:
            warned[comparison.other_name] = printed
    sharing = None
    if argument is not None and spec.from_tensor:
        assert isinstance(argument[1], torch.Tensor)
        sharing = _sharing(s, spec, argument[1], t, comparison, other, warned)
    histogram = None
    if spec.is_random:
        s.line()
        s.comment("the same seed gives the same numbers")
        s.run(f"torch.manual_seed({spec.seed})", lambda: torch.manual_seed(spec.seed))
        again = s.run(f"again = {code}", fn)
        s.show("torch.equal(x, again)", torch.equal(t, again))
        s.line()
        s.comment("a large sample, as float64 for its statistics")
        sample_code, sample_fn = _sample_call(spec, code)
        sample = s.run(f"sample = {sample_code}.double()", lambda: sample_fn().double())
        stats = (
            round(sample.mean().item(), 4),
            round(sample.std().item(), 4),
            round(sample.var().item(), 4),
        )
        for stat, value in zip(("mean", "std", "var"), stats, strict=True):
            s.show(f"round(sample.{stat}().item(), 4)", value)
        histogram = _histogram(spec, sample.cpu().numpy(), stats)
    return Result(
        spec=spec,
        code=code,
        snippet=s.finish(),
        tensor=_snap(t),
        attributes=Attributes.of(t),
        digest=digest_of(t),
        uninitialised=uninitialised,
        conversion=_conversion(spec, t) if spec.data is not None else None,
        comparison=comparison,
        histogram=histogram,
        initial_seed=initial_seed,
        sharing=sharing,
        first_value=_first_value(t) if not uninitialised else None,
    )


def _first_value(t: torch.Tensor) -> float | None:
    """x's first element as a float (None when it has none, or no data: the meta device)."""
    if t.numel() == 0 or t.device.type == "meta":
        return None
    return float(t.detach().reshape(-1)[0].item())


def _compare(s: Script, spec: Spec, argument: Argument | None) -> tuple:
    """The same input given to the other constructor, as ``y``: the :class:`Comparison`,
    ``y`` itself (None when not made) and the warnings its call printed."""
    other = "torch.Tensor" if spec.constructor == "torch.tensor" else "torch.tensor"
    ctor = torch.Tensor if other == "torch.Tensor" else torch.tensor
    uninitialised = False
    count = None
    if argument is not None or spec.data is not None:
        arg_code, value = argument or _data_value(spec)
        if argument is None and spec.data is not None:
            count = scalar_size(spec.data)
            uninitialised = other == "torch.Tensor" and count is not None and count >= 0

        def fn():
            return ctor(value)
    else:
        assert spec.size is not None
        sizes = spec.size
        arg_code = ", ".join(str(v) for v in sizes)

        def fn():
            return ctor(*sizes)

    s.line()
    if spec.from_tensor:
        s.comment("the same tensor t given to {0}", other)
    else:
        s.comment("the same input given to {0}", other)
    code = f"{other}({arg_code})"
    if uninitialised and count is not None and count > MAX_ELEMENTS:
        s.comment("{0} would reserve {1} uninitialised floats: not run here", code, f"{count:,}")
        return Comparison(other, Side(code, None, "", True, None, refused=count)), None, ()
    warned = spec.from_tensor and other == "torch.tensor"
    side, y, printed = _side(s, "y", code, fn, uninitialised=uninitialised, warned=warned)
    return Comparison(other, side), y, printed


def _sharing(
    s: Script,
    spec: Spec,
    t: torch.Tensor,
    x: torch.Tensor,
    comparison: Comparison | None,
    y: torch.Tensor | None,
    warned: dict[str, tuple[str, ...]],
) -> Sharing:
    """Whether x and y have t's memory (the same data_ptr), and torch.tensor(t, copy=True)."""
    s.line()
    s.comment("the same memory as t? (the same data_ptr: the same bytes)")
    made = [(spec.constructor, "x", x)]
    if comparison is not None and y is not None:
        made.append((comparison.other_name, "y", y))
    shares = {}
    for ctor, var, tensor in made:
        shares[ctor] = tensor.data_ptr() == t.data_ptr()
        s.show(f"{var}.data_ptr() == t.data_ptr()", shares[ctor])
    s.line()
    s.comment("does torch.tensor take copy=True?")
    copy_shares = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # were it accepted, torch.tensor(t) would warn
        with s.trying() as outcome:
            z = s.run("z = torch.tensor(t, copy=True)", lambda: torch.tensor(t, copy=True))
            copy_shares = z.data_ptr() == t.data_ptr()
            s.show("z.data_ptr() == t.data_ptr()", copy_shares)
    inner = "a" if spec.numpy_random else _data_value(spec)[0]
    return Sharing(
        source_code=f"t = torch.tensor({inner})",
        source_dtype=str(t.dtype),
        shares=shares,
        warnings=warned,
        copy_error=outcome.error,
        copy_shares=copy_shares,
        source_numel=t.numel(),
    )
