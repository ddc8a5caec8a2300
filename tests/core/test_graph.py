"""The autograd graph read from real torch: nodes, edges, grads, chain rule, errors, code."""

from __future__ import annotations

import gc
import json
import re
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from tensorviz.core.expr import FUNCTIONS, ExprError, evaluate, parse_program
from tensorviz.core.graph import (
    MAX_LEAF_ELEMENTS,
    PRESETS,
    LeafSpec,
    Spec,
    Step,
    preset,
    run,
)
from tensorviz.core.literal import LiteralError
from tests.snippets import assert_prints_output

VEC = (LeafSpec("x", "[1.0, 2.0, 3.0]"), LeafSpec("y", "[4.0, 5.0, 6.0]"))


def grad_of(result, name):
    return result.tensor(name).grad.values


def torch_message(fn) -> str:
    with pytest.raises(RuntimeError) as info:
        fn()
    return str(info.value)


def real_graph(out: torch.Tensor):
    """Our own depth-first walk of out.grad_fn (independent of graph.traverse)."""
    seen = {}
    edges = Counter()

    def visit(node):
        if node in seen:
            return
        seen[node] = type(node).__name__
        for nr, (nxt, _) in enumerate(node.next_functions):
            if nxt is not None:
                edges[(type(node).__name__, type(nxt).__name__, nr)] += 1
                visit(nxt)

    if out.grad_fn is not None:
        visit(out.grad_fn)
    return Counter(seen.values()), edges


def shown_graph(result):
    names = Counter(n.name for n in result.nodes)
    edges = Counter(
        (result.nodes[e.source].name, result.nodes[e.target].name, e.input_nr) for e in result.edges
    )
    return names, edges


def build(leaves, program):
    """Leaves and program built directly with torch in the test."""
    env = {}
    for leaf in leaves:
        env[leaf.name] = torch.tensor(
            json.loads(leaf.value),
            dtype=torch.float64 if leaf.dtype else None,
            requires_grad=leaf.requires_grad,
        )
    p = parse_program(program, env)
    for a in p.assigns:
        env[a.name] = evaluate(a.expr, env)
    return env, p.output


def test_vectors_graph_and_grads():
    r = run(Spec(VEC, "z = x * y; loss = z.sum()", steps=(Step("backward"),)))
    assert [n.name for n in r.nodes] == [
        "SumBackward0", "MulBackward0", "AccumulateGrad", "AccumulateGrad",
    ]  # fmt: skip
    assert [(e.source, e.target, e.input_nr) for e in r.edges] == [(0, 1, 0), (1, 2, 0), (1, 3, 1)]
    assert [n.tensor for n in r.nodes] == ["loss", "z", "x", "y"]
    np.testing.assert_array_equal(grad_of(r, "x"), [4, 5, 6])
    np.testing.assert_array_equal(grad_of(r, "y"), [1, 2, 3])
    z = r.tensor("z")
    assert (z.is_leaf, z.requires_grad, z.grad_fn) == (False, True, "MulBackward0")
    assert z.grad is None
    x = r.tensor("x")
    assert (x.is_leaf, x.requires_grad, x.grad_fn, x.in_graph) == (True, True, None, True)
    # the chain rule along Mul -> x: arriving ones, local derivative y, passed y
    mul_x = r.edges[1]
    np.testing.assert_array_equal(mul_x.incoming.values, [1, 1, 1])
    np.testing.assert_array_equal(mul_x.local.values, [4, 5, 6])
    np.testing.assert_array_equal(mul_x.passed.values, [4, 5, 6])
    np.testing.assert_array_equal(r.edges[2].local.values, [1, 2, 3])
    sum_mul = r.edges[0]
    assert sum_mul.incoming.values.tolist() == 1.0
    np.testing.assert_array_equal(sum_mul.passed.values, [1, 1, 1])
    assert r.nodes[2].grad_out.values.tolist() == [4, 5, 6]
    assert r.freed and r.backward_calls == 1 and r.error is None


def test_before_backward_only_local_derivatives():
    r = run(Spec(VEC, "loss = (x ** 2 * y).mean()"))
    assert all(e.passed is None and e.incoming is None for e in r.edges)
    pow_edge = next(e for e in r.edges if r.nodes[e.source].name == "PowBackward0")
    np.testing.assert_allclose(pow_edge.local.values, [2, 4, 6])
    mean_edge = r.edges[0]
    np.testing.assert_allclose(mean_edge.local.values, [1 / 3] * 3, rtol=1e-6)


@pytest.mark.parametrize("p", PRESETS, ids=lambda p: p.key)
def test_preset_graph_equals_real_traversal(p):
    r = run(p.spec)
    assert r.ok
    env, out = build(p.spec.leaves, p.spec.program)
    if p.spec.mode != "grad":
        assert r.nodes == () and r.edges == ()
        return
    assert shown_graph(r) == real_graph(env[out])


# -- random programs over the safe language -------------------------------------------------
_LEAF = re.compile(r"\b[xyw]\b")
_UNARY = ("exp", "sin", "cos", "relu", "sigmoid", "tanh")


@st.composite
def programs(draw, depth=3):
    def expr(d):
        if d == 0:
            return draw(st.sampled_from(["x", "y", "w", "2", "0.5"]))
        kind = draw(st.sampled_from(["bin", "bin", "neg", "fn", "leaf"]))
        if kind == "leaf":
            return draw(st.sampled_from(["x", "y", "w"]))
        if kind == "neg":
            return f"-({expr(d - 1)})"
        if kind == "fn":
            inner = expr(d - 1)
            if not _LEAF.search(inner):
                inner = f"{inner} * y"
            return f"{draw(st.sampled_from(_UNARY))}({inner})"
        op = draw(st.sampled_from(["+", "-", "*", "/", "**"]))
        right = expr(d - 1) if op != "**" else draw(st.sampled_from(["2", "3", "0.5"]))
        return f"({expr(d - 1)}) {op} ({right})"

    body = expr(depth)
    if not _LEAF.search(body):
        body = f"{body} * x"
    reduce = draw(st.sampled_from(["sum", "mean"]))
    return f"h = {body}; loss = {reduce}(h)"


LEAVES3 = (
    LeafSpec("x", "[0.5, 1.5, 2.0]"),
    LeafSpec("y", "[1.25, 0.75, 3.0]"),
    LeafSpec("w", "1.5", requires_grad=False),
)


@given(programs())
def test_random_programs_graph_and_grads_equal_torch(program):
    try:
        r = run(Spec(LEAVES3, program, steps=(Step("backward"),)))
    except ExprError as err:  # (-2) ** 0.5 would be a Python complex: refused on purpose
        assert "complex" in str(err)
        return
    if not r.ok:  # e.g. 2 / (2 - 2): Python's own error, as the printed code would raise
        assert r.error.type_name == "ZeroDivisionError"
        return
    env, out = build(LEAVES3, program)
    assert shown_graph(r) == real_graph(env[out])
    if env[out].grad_fn is None:  # only the constant leaf w was used
        assert not r.nodes
        assert r.error.message == torch_message(lambda: env[out].backward())
        return
    assert r.error is None, r.error
    need = ["x", "y"]
    grads = torch.autograd.grad(env[out], [env[n] for n in need], allow_unused=True)
    for name, g in zip(need, grads, strict=True):
        shown = r.tensor(name).grad
        if g is None:
            assert shown is None
        else:
            np.testing.assert_allclose(shown.values, g.numpy(), rtol=1e-5, equal_nan=True)
    assert r.tensor("w").grad is None


# -- accumulation and zero_ -----------------------------------------------------------------
def one_call_grad():
    x = torch.tensor([1.0, 2.0, 5.3], requires_grad=True)
    (x**2 + 2 * x + 7).mean().backward()
    return x.grad.numpy()


def test_three_backward_calls_accumulate():
    r = run(preset("accumulate").spec)
    g = one_call_grad()
    assert r.backward_calls == 3
    for k, record in enumerate(r.history, start=1):
        np.testing.assert_allclose(dict(record.grads)["x"].values, k * g, rtol=1e-6)
    np.testing.assert_allclose(grad_of(r, "x"), 3 * g, rtol=1e-6)


def test_zero_before_each_backward_keeps_one_call():
    r = run(preset("zero_grad").spec)
    for record in r.history:
        np.testing.assert_allclose(dict(record.grads)["x"].values, one_call_grad(), rtol=1e-6)


def test_retained_graph_then_zero():
    spec = Spec(
        (LeafSpec("x", "[1.0, 2.0, 5.3]"),),
        "y = x**2 + 2*x + 7; z = y.mean()",
        steps=(
            Step("repeat", times=3, retain_graph=True),
            Step("zero"),
            Step("backward", retain_graph=True),
        ),
    )
    r = run(spec)
    g = one_call_grad()
    assert r.error is None and not r.freed
    shown = np.array([dict(h.grads)["x"].values for h in r.history[:3]])
    np.testing.assert_allclose(shown, [g * k for k in (1, 2, 3)], rtol=1e-6)
    np.testing.assert_allclose(grad_of(r, "x"), g, rtol=1e-6)
    assert "x.grad.zero_()" in r.snippet.code


# -- errors are torch's own -----------------------------------------------------------------
def test_vector_backward_without_gradient():
    r = run(preset("vector_error").spec)
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    assert r.error.message == torch_message(lambda: (x**2).backward())
    assert r.tensor("x").grad is None
    ok = run(preset("vector_gradient").spec)
    assert ok.error is None
    np.testing.assert_array_equal(grad_of(ok, "x"), [2, 4, 6])


def test_second_backward_through_freed_graph():
    r = run(preset("freed").spec)
    x = torch.tensor([1.0], requires_grad=True)
    y = (x**2).sum()
    y.backward()
    assert r.error.message == torch_message(lambda: y.backward())
    assert r.backward_calls == 1  # the loop stopped at the second call
    assert r.freed


def test_inplace_change_of_leaf():
    r = run(preset("inplace_leaf").spec)
    x = torch.tensor([1.0], requires_grad=True)
    assert r.error.message == torch_message(lambda: x.add_(1))
    np.testing.assert_array_equal(r.tensor("x").value.values, [1, 2, 3])  # unchanged


def test_backward_of_tensor_without_grad():
    r = run(preset("no_requires_grad").spec)
    x = torch.tensor([1.0])
    assert r.error.message == torch_message(lambda: x.sum().backward())
    assert r.nodes == ()
    under = run(Spec(VEC, "loss = (x * y).sum()", mode="no_grad", steps=(Step("backward"),)))
    assert r.error.message == under.error.message


def test_error_in_the_middle_is_kept_and_later_steps_run():
    spec = Spec(
        VEC, "y2 = x * y", steps=(Step("backward"), Step("backward", gradient="[1.0, 1.0, 1.0]"))
    )
    r = run(spec)
    assert r.error is None  # the last step worked
    assert [e.step for e in r.step_errors] == [0]
    np.testing.assert_array_equal(grad_of(r, "x"), [4, 5, 6])


def test_leaves_or_forward_failing_is_not_ok():
    r = run(Spec((LeafSpec("x", "[1, 2]"),), "y = x * 2"))  # int64 cannot require grad
    assert not r.ok and "floating point" in r.error.message
    r = run(Spec((LeafSpec("x", "[1.0, 2.0]"), LeafSpec("y", "[1.0, 2.0, 3.0]")), "z = x * y"))
    assert not r.ok and "must match the size" in r.error.message


@pytest.mark.parametrize("mode", ["grad", "decorator", "set_grad_enabled"])
def test_a_failed_forward_shows_the_code_that_raises_torchs_error(mode):
    spec = Spec((LeafSpec("x", "[1.0, 2.0]"), LeafSpec("y", "[1.0, 2.0, 3.0]")), "z = x * y", mode)
    r = run(replace(spec, steps=(Step("backward"),)))  # the steps after it never run
    message = torch_message(lambda: torch.ones(2) * torch.ones(3))
    assert r.error.message == message
    assert "except Exception as e:" in r.snippet.code and "backward" not in r.snippet.code
    assert r.snippet.output == f"RuntimeError: {message}\n"
    leaves = run(Spec((LeafSpec("x", "[1, 2]"),), "y = x * 2"))
    assert "y = x * 2" not in leaves.snippet.code  # the leaves failed: nothing after them
    assert leaves.snippet.output.startswith("RuntimeError: Only Tensors of floating point")
    assert_prints_output([r.snippet, leaves.snippet])
    assert torch.is_grad_enabled()


@pytest.mark.parametrize(
    "spec",
    [
        Spec((), "y = 1"),
        Spec((LeafSpec("sum", "1.0"),), "y = sum * 2"),
        Spec((LeafSpec("x", "1.0"), LeafSpec("x", "2.0")), "y = x"),
        Spec((LeafSpec("x", "[1.0,"),), "y = x"),
        Spec((LeafSpec("x", "1.0", "float99"),), "y = x"),
        Spec((LeafSpec("x", "1.0"),), "y = q"),
        Spec((LeafSpec("x", "1.0"),), "x_d = x * 2"),
        Spec((LeafSpec("x", "1.0"), LeafSpec("x_d", "1.0")), "y = x * x_d"),
        Spec((LeafSpec("x", f"[{', '.join(['1.0'] * (MAX_LEAF_ELEMENTS + 1))}]"),), "y = x"),
        Spec((LeafSpec("x", "1.0"),), "y = x", steps=(Step("detach", leaf="nope"),)),
        Spec((LeafSpec("x", "1.0"),), "y = x", steps=(Step("backward", gradient="[1.0,"),)),
    ],
)
def test_refused_input(spec):
    with pytest.raises(LiteralError):
        run(spec)


# -- modes, detach, forward ------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["no_grad", "decorator", "set_grad_enabled"])
def test_no_graph_modes(mode):
    r = run(Spec(VEC, "loss = (x * y).sum()", mode=mode))
    assert r.nodes == ()
    out = r.tensor("loss")
    assert (out.requires_grad, out.grad_fn, out.is_leaf) == (False, None, True)
    assert torch.is_grad_enabled()  # the global switch was put back
    assert "requires_grad: False" in r.snippet.output


def test_detach_shares_memory_and_edit_changes_leaf():
    r = run(preset("detach").spec)
    d, x = r.tensor("x_d"), r.tensor("x")
    assert d.data_ptr == x.data_ptr and d.shares_with == "x"
    assert (d.requires_grad, d.is_leaf) == (False, True)
    np.testing.assert_array_equal(x.value.values, [2, 3, 4])
    assert x.version == d.version == 1
    assert "same memory: True" in r.snippet.output
    # ... and autograd notices: the saved x was changed in place
    spec = preset("detach").spec
    after = run(replace(spec, steps=(*spec.steps, Step("backward"))))
    assert "modified by an inplace operation" in after.error.message


def test_forward_again_builds_a_new_graph():
    r = run(Spec(VEC, "loss = (x * y).sum()", steps=(Step("backward"), Step("forward"))))
    assert not r.freed
    assert all(e.passed is None for e in r.edges)  # the new graph has not seen a backward
    np.testing.assert_array_equal(grad_of(r, "x"), [4, 5, 6])
    r = run(
        Spec(
            VEC, "loss = (x * y).sum()", steps=(Step("backward"), Step("forward"), Step("backward"))
        )
    )
    np.testing.assert_array_equal(grad_of(r, "x"), [8, 10, 12])


def test_unused_and_constant_leaves_are_outside_the_graph():
    leaves = (*VEC, LeafSpec("w", "2.0", requires_grad=False), LeafSpec("u", "1.0"))
    r = run(Spec(leaves, "loss = (x * w).sum()", steps=(Step("backward"),)))
    assert r.tensor("x").in_graph
    assert not r.tensor("w").in_graph and not r.tensor("u").in_graph
    assert r.tensor("u").grad is None and r.tensor("y").grad is None


def test_float64_grads_keep_dtype():
    r = run(preset("float64").spec)
    assert r.tensor("x1").grad.dtype == "torch.float64"
    assert r.tensor("x1").grad.values.tolist() == 10.0
    assert r.tensor("x2").grad.values.tolist() == 2.0


def test_gradient_dtype_follows_output():
    leaves = (LeafSpec("x", "[1.0, 2.0]", "float64"),)
    r = run(Spec(leaves, "y = x * 3", steps=(Step("backward", gradient="[1.0, 0.5]"),)))
    assert r.error is None
    assert "dtype=torch.float64" in r.snippet.code
    np.testing.assert_array_equal(grad_of(r, "x"), [3, 1.5])


def test_big_graph_is_read():
    program = "y = " + " + ".join(f"{f}(x)" for f in list(FUNCTIONS)[2:] * 4) + "; l = y.sum()"
    r = run(Spec((LeafSpec("x", "[0.5, 1.0]"),), program, steps=(Step("backward"),)))
    assert len(r.nodes) > 40
    env, out = build((LeafSpec("x", "[0.5, 1.0]"),), program)
    assert shown_graph(r) == real_graph(env[out])


@pytest.mark.parametrize("key", ["accumulate", "freed", "detach", "vector_error"])
def test_a_replay_leaves_no_tensors_behind(key):
    """The hooks on the graph's nodes are removed: a node holds its hook, whose closure
    reaches the node again, a cycle Python's collector cannot see, so without the removal
    every replay's tensors and nodes would stay in memory for good."""

    def tensors() -> int:
        gc.collect()
        return sum(issubclass(type(o), torch.Tensor) for o in gc.get_objects())

    spec = preset(key).spec
    run(spec)
    before = tensors()
    for _ in range(3):
        run(spec)
    assert tensors() == before


# -- the code prints what torch printed ---------------------------------------------------
def test_every_snippet_prints_exactly_its_output():
    specs = [p.spec for p in PRESETS] + [
        Spec(VEC, "loss = (x * y).sum()", steps=(
            Step("repeat", times=2, retain_graph=True, zero_first=True),
            Step("detach", leaf="y"), Step("edit_detached", leaf="y"), Step("forward"),
            Step("backward"), Step("backward"), Step("inplace", leaf="x"),
        )),
        Spec((LeafSpec("a", "[[1.0, float('inf')], [2.0, 3.0]]".replace("float('inf')", "inf")),),
             "out = relu(a) * sigmoid(a); s = out.mean()", mode="decorator",
             steps=(Step("forward"), Step("backward"))),
    ]  # fmt: skip
    assert_prints_output([run(s).snippet for s in specs])
