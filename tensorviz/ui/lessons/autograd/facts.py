"""Named results of what the autograd lesson shows, for course questions (``Lesson.facts``):
read from the tensors of the replay torch ran for the current state."""

from __future__ import annotations

from tensorviz.core.graph import AutogradResult


def elements(name: str, shape: tuple[int, ...], numbers: tuple[float, ...]) -> dict[str, float]:
    """``x[0]``, ``x[1]``... by flat index; a 0-d tensor's one element is ``x`` itself."""
    if shape == ():
        return {name: numbers[0]}
    return {f"{name}[{i}]": v for i, v in enumerate(numbers)}


def tensor_facts(result: AutogradResult | None) -> dict[str, object]:
    """For every tensor ``n`` of the program (leaves, results, detached copies):
    ``is_leaf_n`` and ``requires_grad_n``, its elements ``n[i]`` (floats) and, where it has
    a gradient, ``n.grad`` (0-d) or ``n.grad[i]``. Nothing when no tensor could be built."""
    facts: dict[str, object] = {}
    if result is None or not result.ok:
        return facts
    for t in result.tensors:
        facts[f"is_leaf_{t.name}"] = t.is_leaf
        facts[f"requires_grad_{t.name}"] = t.requires_grad
        if t.numbers is not None:
            facts |= elements(t.name, t.value.shape, t.numbers)
        if t.grad is not None and t.grad_numbers is not None:
            facts |= elements(f"{t.name}.grad", t.grad.shape, t.grad_numbers)
    return facts
