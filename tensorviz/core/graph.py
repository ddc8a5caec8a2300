"""The autograd graph torch really builds, read from ``grad_fn`` / ``next_functions``.

:func:`run` takes a :class:`Spec` (leaves, a program in the safe language of
:mod:`tensorviz.core.expr`, a grad mode and the steps a user took: backward, zero the grads,
backward N times, detach, in-place edits) and replays it with real torch, step by step, from
scratch. Every step is also written as code with :class:`~tensorviz.core.snippet.Script`, so
the code pane shows a program that prints exactly what torch printed here.

The graph of the last forward pass is read back into frozen data: one :class:`GraphNode` per
autograd ``Node`` (named by torch: ``MulBackward0``, ``AccumulateGrad`` ...), one
:class:`GraphEdge` per entry of ``next_functions``. Hooks registered on the nodes record, for
the last backward call, the gradient each node received and what it passed along each edge;
calling each node on ones right after the forward pass gives the local derivative of every
edge. So the chain rule the picture shows is torch's own arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from tensorviz.core._torch import torch
from tensorviz.core.errors import TORCH_EXCEPTIONS, TorchError
from tensorviz.core.expr import (
    ExprError,
    Program,
    check_name,
    evaluate,
    parse_program,
    to_code,
    walk,
)
from tensorviz.core.graph_spec import (  # re-exported: callers read the whole replay here
    DTYPES,
    MAX_LEAF_ELEMENTS,
    MAX_LEAVES,
    MAX_STEPS,
    MAX_TIMES,
    MODES,
    PRESETS,
    STEPS,
    LeafSpec,
    Preset,
    Spec,
    Step,
    preset,
)
from tensorviz.core.literal import LiteralError, ParsedLiteral, parse_dtype, parse_literal
from tensorviz.core.snippet import Script, Snippet
from tensorviz.core.values import TensorSnapshot, snapshot

__all__ = [
    "DTYPES",
    "MAX_LEAF_ELEMENTS",
    "MAX_LEAVES",
    "MAX_STEPS",
    "MAX_TIMES",
    "MODES",
    "PRESETS",
    "STEPS",
    "AutogradResult",
    "GradRecord",
    "GraphEdge",
    "GraphNode",
    "LeafSpec",
    "Preset",
    "Spec",
    "Step",
    "StepError",
    "TensorView",
    "preset",
    "run",
    "traverse",
    "validate",
]

#: Tensors with at most this many elements keep all their values as numbers (a leaf's cap).
NUMBERS_CAP = MAX_LEAF_ELEMENTS
#: Tensors with more elements are summarised in the result (the picture writes out at most a
#: few values per box; reading thousands of values per node would make every click slow).
VALUE_CAP = 64


# -- what torch did ------------------------------------------------------------------------
@dataclass(frozen=True)
class TensorView:
    """A tensor the user named: a leaf, a result of the program, or a detached copy."""

    name: str
    role: str  # "leaf" | "result" | "detached"
    value: TensorSnapshot
    is_leaf: bool
    requires_grad: bool
    grad_fn: str | None
    grad: TensorSnapshot | None  # leaves only (torch keeps .grad only for leaves)
    data_ptr: int
    version: int
    shares_with: str | None = None  # detached: the leaf whose memory it reads
    in_graph: bool = False  # reachable from the output's grad_fn
    # every element of the value and of .grad as floats, C order (None above NUMBERS_CAP
    # elements): what a course question may ask about, where ``value`` keeps only a few
    numbers: tuple[float, ...] | None = None
    grad_numbers: tuple[float, ...] | None = None


@dataclass(frozen=True)
class GraphNode:
    id: int
    name: str  # torch's class name of the node
    tensor: str | None  # the named tensor it produced, or the leaf it accumulates into
    produced: TensorSnapshot | None  # the value it produced in the forward pass, if known
    grad_out: TensorSnapshot | None  # gradient that arrived at it in the last backward
    produced_is_leaf: bool | None = None  # is_leaf / requires_grad of the produced tensor
    produced_requires_grad: bool | None = None


@dataclass(frozen=True)
class GraphEdge:
    """``source.next_functions[input_nr] == target``: the gradient flows source -> target,
    the forward value target -> source."""

    source: int
    target: int
    input_nr: int
    local: TensorSnapshot | None  # source's backward applied to ones: d out / d input
    incoming: TensorSnapshot | None  # gradient arriving at source in the last backward
    passed: TensorSnapshot | None  # gradient source passed to target in the last backward


@dataclass(frozen=True)
class GradRecord:
    """``.grad`` of every leaf right after one backward call."""

    call: int
    grads: tuple[tuple[str, TensorSnapshot | None], ...]


@dataclass(frozen=True)
class StepError:
    step: int  # index into Spec.steps (-2: making the leaves, -1: the first forward pass)
    error: TorchError


@dataclass(frozen=True)
class AutogradResult:
    """Everything the lesson paints. ``ok`` is False when the leaves or the forward pass
    could not be built (``error`` says why); the picture then has nothing to show."""

    ok: bool
    mode: str
    output: str
    tensors: tuple[TensorView, ...]
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]
    history: tuple[GradRecord, ...]
    backward_calls: int
    freed: bool  # the last forward's saved values were freed by a backward
    step_errors: tuple[StepError, ...]
    error: TorchError | None  # the error of the last step (or of building), if any
    snippet: Snippet
    output_shape: tuple[int, ...] = ()
    output_dtype: str = ""

    @property
    def graph_built(self) -> bool:
        return bool(self.nodes)

    def tensor(self, name: str) -> TensorView:
        for t in self.tensors:
            if t.name == name:
                return t
        raise KeyError(name)

    @property
    def output_is_scalar(self) -> bool:
        return math.prod(self.output_shape) == 1 and len(self.output_shape) == 0


# -- the replay ----------------------------------------------------------------------------
class _Script(Script):
    """A Script whose code lines can be muted: the later passes of a loop run and print,
    but their code was written by the first pass."""

    _muted = False

    def line(self, code: str = "") -> None:
        if not self._muted:
            super().line(code)

    @contextmanager
    def muted(self, on: bool = True) -> Iterator[None]:
        old = self._muted
        self._muted = on or old
        try:
            yield
        finally:
            self._muted = old


class _Unguarded(Exception):
    def __init__(self, index: int, exc: BaseException) -> None:
        super().__init__(index)
        self.index = index
        self.exc = exc


def _source(data: object) -> str:
    """Python source for a parsed literal (inf and nan spelled so plain Python reads them)."""
    if isinstance(data, list):
        return "[" + ", ".join(_source(d) for d in data) + "]"
    if isinstance(data, float):
        if math.isnan(data):
            return "float('nan')"
        if math.isinf(data):
            return "float('inf')" if data > 0 else "-float('inf')"
    return repr(data)


@lru_cache(maxsize=64)
def _parse(text: str) -> ParsedLiteral:
    """``parse_literal`` with the leaf cap; cached because every click replays the same
    leaves (the parsed data is only read, never changed)."""
    return parse_literal(text, max_elements=MAX_LEAF_ELEMENTS)


@lru_cache(maxsize=64)
def _literal_source(text: str) -> str:
    return _source(_parse(text).data)


def _tensor_call(text: str, dtype: torch.dtype | None, requires_grad: bool) -> tuple[str, dict]:
    parsed = _parse(text)
    args = [_literal_source(text)]
    kwargs: dict = {}
    if dtype is not None:
        args.append(f"dtype={dtype}")
        kwargs["dtype"] = dtype
    if requires_grad:
        args.append("requires_grad=True")
        kwargs["requires_grad"] = True
    return f"torch.tensor({', '.join(args)})", {"data": parsed.data, **kwargs}


@dataclass
class _Recorder:
    """Per node of the current graph: gradients seen in the last backward, local derivs."""

    grads: dict = field(default_factory=dict)  # node -> (grad_inputs, grad_outputs)
    local: dict = field(default_factory=dict)  # node -> tuple of tensors / None
    produced: dict = field(default_factory=dict)  # node -> tensor

    def hook(self, node) -> Callable:
        def record(grad_inputs, grad_outputs) -> None:
            self.grads[node] = (
                tuple(None if g is None else g.detach().clone() for g in grad_inputs),
                tuple(None if g is None else g.detach().clone() for g in grad_outputs),
            )

        return record


def traverse(root) -> tuple[list, list[tuple[int, int, int]]]:
    """The autograd nodes reachable from ``root`` (a grad_fn) in breadth-first order, and the
    edges ``(source, target, input_nr)`` of their ``next_functions``."""
    if root is None:
        return [], []
    order = [root]
    index = {root: 0}
    edges = []
    i = 0
    while i < len(order):
        node = order[i]
        for nr, (nxt, _) in enumerate(node.next_functions):
            if nxt is None:
                continue
            if nxt not in index:
                index[nxt] = len(order)
                order.append(nxt)
            edges.append((i, index[nxt], nr))
        i += 1
    return order, edges


class _Replay:
    def __init__(self, spec: Spec, program: Program, guarded: frozenset[int]) -> None:
        self.spec = spec
        self.program = program
        self.guarded = guarded
        self.s = _Script()
        self.env: dict[str, torch.Tensor] = {}
        self.leaf_names = [leaf.name for leaf in spec.leaves]
        self.detached: dict[str, str] = {}  # detached name -> leaf name
        self.recorder = _Recorder()
        # the hooks' handles: a hook is a closure held by the C++ node it watches, so
        # node -> hook -> recorder -> tensor -> node is a cycle Python's collector cannot
        # see; unless the hooks are removed, every replay's graph stays in memory for good
        self.hooks: list = []
        self.history: list[GradRecord] = []
        self.backward_calls = 0
        self.freed = False
        self.defined_forward = False
        self.step_errors: list[StepError] = []

    # -- helpers ---------------------------------------------------------------------------
    def act(self, index: int, fn: Callable[[], None]) -> None:
        """Run action ``index``: inside try/except when it is known to fail."""
        if index in self.guarded:
            with self.s.trying() as outcome:
                fn()
            if outcome.error is not None:
                self.step_errors.append(StepError(index - 2, outcome.error))
            return
        try:
            fn()
        except TORCH_EXCEPTIONS as exc:
            raise _Unguarded(index, exc) from exc

    @property
    def out(self) -> torch.Tensor:
        return self.env[self.program.output]

    def release(self) -> None:
        """Remove the hooks, so the graph and its tensors are freed with the replay."""
        for handle in self.hooks:
            handle.remove()
        self.hooks.clear()

    # -- actions ---------------------------------------------------------------------------
    def create_leaves(self) -> None:
        s = self.s
        for leaf in self.spec.leaves:
            dtype = parse_dtype(leaf.dtype) if leaf.dtype else None
            code, kwargs = _tensor_call(leaf.value, dtype, leaf.requires_grad)
            self.env[leaf.name] = s.run(
                f"{leaf.name} = {code}", lambda kwargs=kwargs: torch.tensor(**kwargs)
            )

    def _assign_all(self) -> dict[str, torch.Tensor]:
        """Evaluate the program in the current grad mode; returns the new tensors."""
        env = dict(self.env)
        produced: dict = {}

        def on_result(_expr, value) -> None:
            if isinstance(value, torch.Tensor) and value.grad_fn is not None:
                produced.setdefault(value.grad_fn, value)

        for assign in self.program.assigns:
            env[assign.name] = evaluate(assign.expr, env, on_result)
        self._produced = produced
        return {a.name: env[a.name] for a in self.program.assigns}

    def forward(self, quiet: bool = False) -> None:
        s = self.s
        mode = self.spec.mode
        names = self.program.names
        if mode == "grad":
            for a in self.program.assigns:
                s.line(f"{a.name} = {to_code(a.expr)}")
            new = self._assign_all()
        elif mode == "no_grad":
            with s.block("with torch.no_grad():"):
                for a in self.program.assigns:
                    s.line(f"{a.name} = {to_code(a.expr)}")
                with torch.no_grad():
                    new = self._assign_all()
        elif mode == "decorator":
            used = [n for n in self.leaf_names if self._uses(n)]
            params = ", ".join(used)
            if not self.defined_forward:
                s.line("@torch.no_grad()")
                with s.block(f"def forward({params}):"):
                    for a in self.program.assigns:
                        s.line(f"{a.name} = {to_code(a.expr)}")
                    s.line(f"return {', '.join(names)}")
                self.defined_forward = True

            @torch.no_grad()
            def decorated() -> dict[str, torch.Tensor]:
                return self._assign_all()

            s.line(f"{', '.join(names)} = forward({params})")
            new = decorated()
        else:  # set_grad_enabled
            s.line("torch.set_grad_enabled(False)")
            for a in self.program.assigns:
                s.line(f"{a.name} = {to_code(a.expr)}")
            previous = torch.is_grad_enabled()
            torch.set_grad_enabled(False)
            try:
                new = self._assign_all()
            finally:
                torch.set_grad_enabled(previous)
            s.line("torch.set_grad_enabled(True)  # switch it back on: the setting is global")
        self.env.update(new)
        self.freed = False
        self._watch_graph()
        if quiet:
            return
        for name in names:
            s.show(name, new[name], label=f"{name}:")
        if mode != "grad":
            out = self.program.output
            s.show(f"{out}.requires_grad", new[out].requires_grad, label=f"{out}.requires_grad:")
        if self.spec.inspect:
            for name in [*self.leaf_names, *names]:
                t = self.env[name]
                s.show(
                    f"({name}.is_leaf, {name}.requires_grad)",
                    (t.is_leaf, t.requires_grad),
                    label=f"{name} is_leaf, requires_grad:",
                )

    def _uses(self, leaf: str) -> bool:
        for a in self.program.assigns:
            for e in walk(a.expr):
                if getattr(e, "id", None) == leaf:
                    return True
        return False

    def _watch_graph(self) -> None:
        """Hooks on every node of the new graph, and each node's local derivatives."""
        self.recorder = _Recorder(produced=self._produced)
        nodes, _ = traverse(self.out.grad_fn)
        for node in nodes:
            self.hooks.append(node.register_hook(self.recorder.hook(node)))
            if type(node).__name__ == "AccumulateGrad":
                continue  # calling it would add to .grad
            self.recorder.local[node] = _local_derivative(node, self._produced.get(node))

    def print_grads(self) -> None:
        for name in self.leaf_names:
            self.s.show(f"{name}.grad", self.env[name].grad, label=f"{name}.grad:")

    def record_grads(self) -> None:
        self.backward_calls += 1
        grads = []
        for name in self.leaf_names:
            g = self.env[name].grad
            grads.append((name, _snap(g)))
        self.history.append(GradRecord(self.backward_calls, tuple(grads)))

    def backward_call(self, step: Step) -> tuple[str, Callable[[], None]]:
        out_name = self.program.output
        args: list[str] = []
        gradient = None
        if step.gradient is not None:
            parsed = _parse(step.gradient)
            inferred = torch.float32 if parsed.kind == "float" else None
            out_dtype = self.out.dtype
            dtype = None if inferred == out_dtype else out_dtype
            code, kwargs = _tensor_call(step.gradient, dtype, False)
            args.append(code)
            gradient = kwargs
        if step.retain_graph:
            args.append("retain_graph=True")

        def call() -> None:
            g = None if gradient is None else torch.tensor(**gradient)
            self.out.backward(g, retain_graph=step.retain_graph or None)
            if not step.retain_graph:
                self.freed = True

        return f"{out_name}.backward({', '.join(args)})", call

    def backward(self, step: Step) -> None:
        code, call = self.backward_call(step)
        self.s.run(code, call)
        self.record_grads()
        self.print_grads()

    def zero(self) -> None:
        s = self.s
        for name in self.leaf_names:
            t = self.env[name]
            if not t.requires_grad:
                continue
            with s.block(f"if {name}.grad is not None:"):
                s.line(f"{name}.grad.zero_()")
            if t.grad is not None:
                t.grad.zero_()

    def repeat(self, step: Step) -> None:
        s = self.s
        times = max(1, min(MAX_TIMES, step.times))
        with s.block(f"for i in range({times}):"):
            for i in range(times):
                with s.muted(i > 0):
                    if step.fresh_forward:
                        self.forward(quiet=True)
                    if step.zero_first:
                        self.zero()
                    code, call = self.backward_call(step)
                    s.run(code, call)
                    self.record_grads()
                    self.print_grads()

    def detach(self, leaf: str) -> None:
        name = f"{leaf}_d"
        s = self.s
        self.env[name] = s.run(f"{name} = {leaf}.detach()", lambda: self.env[leaf].detach())
        self.detached[name] = leaf
        d, x = self.env[name], self.env[leaf]
        s.show(
            f"({name}.requires_grad, {name}.is_leaf)",
            (d.requires_grad, d.is_leaf),
            label=f"{name} requires_grad, is_leaf:",
        )
        s.show(
            f"{name}.data_ptr() == {leaf}.data_ptr()",
            d.data_ptr() == x.data_ptr(),
            label="same memory:",
        )

    def edit_detached(self, leaf: str) -> None:
        name = f"{leaf}_d"
        s = self.s
        if name not in self.env:
            self.detach(leaf)
        d = self.env[name]
        s.run(f"{name} += 1", lambda: d.add_(1))
        s.show(name, d, label=f"{name}:")
        s.show(leaf, self.env[leaf], label=f"{leaf}:")

    def inplace(self, leaf: str) -> None:
        x = self.env[leaf]
        self.s.run(f"{leaf} += 1", lambda: x.add_(1))
        self.s.show(leaf, x, label=f"{leaf}:")

    # -- the whole spec --------------------------------------------------------------------
    def replay(self) -> None:
        """Every action in order; stops after the leaves or the forward pass fail (guarded:
        nothing after them could run)."""
        self.act(0, self.create_leaves)
        if self.step_errors:
            return
        self.act(1, self.forward)
        if self.step_errors:
            return
        for i, step in enumerate(self.spec.steps):
            index = i + 2
            if step.kind == "forward":
                self.act(index, self.forward)
            elif step.kind == "backward":
                self.act(index, lambda step=step: self.backward(step))
            elif step.kind == "zero":
                self.act(index, self.zero)
            elif step.kind == "repeat":
                self.act(index, lambda step=step: self.repeat(step))
            elif step.kind == "detach":
                self.act(index, lambda step=step: self.detach(step.leaf))
            elif step.kind == "edit_detached":
                self.act(index, lambda step=step: self.edit_detached(step.leaf))
            elif step.kind == "inplace":
                self.act(index, lambda step=step: self.inplace(step.leaf))
            else:
                raise ValueError(f"unknown step {step.kind!r}")


def _local_derivative(node, produced: torch.Tensor | None) -> tuple:
    """``node`` applied to ones shaped like its output: per input, d out / d input (summed
    over the output where one input feeds many outputs)."""
    try:
        if produced is not None:
            ones = torch.ones_like(produced)
        else:
            meta = node._input_metadata[0]
            ones = torch.ones(tuple(meta.shape), dtype=meta.dtype)
        with torch.no_grad():
            result = node(ones)
    except (*TORCH_EXCEPTIONS, AttributeError):
        return ()
    if isinstance(result, torch.Tensor):
        result = (result,)
    return tuple(None if r is None else r.detach().clone() for r in result)


def validate(spec: Spec) -> Program:
    """Check names, sizes, dtypes and the program before torch sees anything.

    Raises :class:`~tensorviz.core.literal.LiteralError` (or its subclass
    :class:`~tensorviz.core.expr.ExprError`) for input the app refuses.
    """
    if not spec.leaves:
        raise LiteralError("empty", "no leaf")
    if len(spec.leaves) > MAX_LEAVES:
        raise LiteralError("too_many", "more than {0} leaves", MAX_LEAVES)
    seen = set()
    for leaf in spec.leaves:
        check_name(leaf.name)
        if leaf.name in seen:
            raise ExprError("reassigned", repr(leaf.name))
        seen.add(leaf.name)
        _parse(leaf.value)
        if leaf.dtype:
            parse_dtype(leaf.dtype)
    if spec.mode not in MODES:
        raise ValueError(f"unknown mode {spec.mode!r}")
    for leaf in spec.leaves:
        if leaf.name.endswith("_d") and leaf.name[:-2] in seen:
            # detach() of the other leaf would be written to this name
            raise ExprError("reassigned", repr(leaf.name))
    program = parse_program(spec.program, seen)
    for name in program.names:
        for leaf in spec.leaves:
            if name == f"{leaf.name}_d":
                raise ExprError("reassigned", repr(name))
    for step in spec.steps:
        if step.kind not in STEPS:
            raise ValueError(f"unknown step {step.kind!r}")
        if step.gradient is not None:
            _parse(step.gradient)
        if step.kind in ("detach", "edit_detached", "inplace") and step.leaf not in seen:
            raise LiteralError("not_allowed", "no leaf {0}", repr(step.leaf))
    return program


def run(spec: Spec) -> AutogradResult:
    """Replay ``spec`` with real torch and read back what it built.

    Input the app refuses raises :class:`~tensorviz.core.literal.LiteralError`; torch's
    errors come back in the result.
    """
    program = validate(spec)
    guarded: set[int] = set()
    while True:
        replay = _Replay(spec, program, frozenset(guarded))
        try:
            replay.replay()
            if replay.step_errors and replay.step_errors[0].step < 0:
                # the leaves or the forward pass failed: nothing to draw, but the code
                # that raises torch's error (inside try/except) and what it prints
                return _failed(spec, program, replay.step_errors[0].error, replay.s.finish())
            return _read(spec, program, replay)
        except _Unguarded as failed:
            guarded.add(failed.index)
        finally:
            replay.release()


def _failed(spec: Spec, program: Program, error: TorchError, snippet: Snippet) -> AutogradResult:
    return AutogradResult(
        ok=False,
        mode=spec.mode,
        output=program.output,
        tensors=(),
        nodes=(),
        edges=(),
        history=(),
        backward_calls=0,
        freed=False,
        step_errors=(),
        error=error,
        snippet=snippet,
    )


def _snap(t: torch.Tensor | None) -> TensorSnapshot | None:
    """Values of a small tensor; of a big one only its shape and dtype (the boxes show no
    more, and reading statistics of every node's tensors would slow every click)."""
    if t is None:
        return None
    return snapshot(t, VALUE_CAP, statistics=False)


def _read(spec: Spec, program: Program, r: _Replay) -> AutogradResult:
    out = r.out
    order, raw_edges = traverse(out.grad_fn)
    rec = r.recorder
    leaf_of = {id(r.env[n]): n for n in r.leaf_names}
    named = {}
    for name in program.names:
        t = r.env[name]
        if t.grad_fn is not None:
            named.setdefault(t.grad_fn, name)
    nodes = []
    in_graph = set()
    for i, node in enumerate(order):
        kind = type(node).__name__
        tensor_name = named.get(node)
        produced = rec.produced.get(node)
        if kind == "AccumulateGrad":
            tensor_name = leaf_of.get(id(node.variable))
            produced = None
        if tensor_name is not None:
            in_graph.add(tensor_name)
        grads = rec.grads.get(node)
        grad_out = grads[1][0] if grads and grads[1] else None
        nodes.append(
            GraphNode(
                i,
                kind,
                tensor_name,
                _snap(produced),
                _snap(grad_out),
                None if produced is None else produced.is_leaf,
                None if produced is None else produced.requires_grad,
            )
        )
    edges = []
    for source, target, nr in raw_edges:
        node = order[source]
        local = rec.local.get(node, ())
        grads = rec.grads.get(node)
        incoming = grads[1][0] if grads and grads[1] else None
        passed = grads[0][nr] if grads and nr < len(grads[0]) else None
        edges.append(
            GraphEdge(
                source=source,
                target=target,
                input_nr=nr,
                local=_snap(local[nr]) if nr < len(local) else None,
                incoming=_snap(incoming),
                passed=_snap(passed),
            )
        )
    tensors = []
    for name in r.leaf_names:
        t = r.env[name]
        tensors.append(_view(name, "leaf", t, t.grad, in_graph=name in in_graph))
    for name in program.names:
        t = r.env[name]
        tensors.append(_view(name, "result", t, None, in_graph=name in in_graph))
    for name, leaf in r.detached.items():
        t = r.env[name]
        tensors.append(_view(name, "detached", t, None, shares_with=leaf))
    error = None
    if r.step_errors and r.step_errors[-1].step == len(spec.steps) - 1:
        error = r.step_errors[-1].error
    return AutogradResult(
        ok=True,
        mode=spec.mode,
        output=program.output,
        tensors=tuple(tensors),
        nodes=tuple(nodes),
        edges=tuple(edges),
        history=tuple(r.history),
        backward_calls=r.backward_calls,
        freed=r.freed,
        step_errors=tuple(r.step_errors),
        error=error,
        snippet=r.s.finish(),
        output_shape=tuple(out.shape),
        output_dtype=str(out.dtype),
    )


def _view(
    name: str,
    role: str,
    t: torch.Tensor,
    grad: torch.Tensor | None,
    *,
    in_graph: bool = False,
    shares_with: str | None = None,
) -> TensorView:
    return TensorView(
        name=name,
        role=role,
        value=_snap(t),
        is_leaf=t.is_leaf,
        requires_grad=t.requires_grad,
        grad_fn=None if t.grad_fn is None else type(t.grad_fn).__name__,
        grad=_snap(grad),
        data_ptr=t.data_ptr(),
        version=t._version,
        shares_with=shares_with,
        in_graph=in_graph,
        numbers=_numbers(t),
        grad_numbers=_numbers(grad),
    )


def _numbers(t: torch.Tensor | None) -> tuple[float, ...] | None:
    if t is None or t.numel() > NUMBERS_CAP:
        return None
    return tuple(float(v) for v in t.detach().reshape(-1).tolist())
