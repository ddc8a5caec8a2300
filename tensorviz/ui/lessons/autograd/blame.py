"""Which field of the autograd lesson a refusal blames: a leaf's value, a leaf's name, the
program or the gradient, with the field's words for the banner."""

from __future__ import annotations

from collections.abc import Callable

from tensorviz.core import graph
from tensorviz.core.expr import ExprError
from tensorviz.core.graph import Spec
from tensorviz.core.literal import LiteralError, parse_literal
from tensorviz.ui.lessons.autograd import texts


def blamed(err: LiteralError, spec: Spec, before: list[str]) -> tuple[str, Callable[[], str]]:
    """The refused field: its state name ("" when unknown) and its words (asked when
    shown); ``before``: the leaves' names drawn, to find the name just typed."""
    for i, leaf in enumerate(spec.leaves):
        try:
            parse_literal(leaf.value, max_elements=graph.MAX_LEAF_ELEMENTS)
        except LiteralError:
            return f"value{i}", lambda name=leaf.name: texts.value_of(name)
    if isinstance(err, ExprError):
        names = [leaf.name for leaf in spec.leaves]
        for i, leaf in enumerate(spec.leaves):
            if err.reason == "bad_name" and err.detail.startswith(repr(leaf.name)):
                return f"name{i}", texts.leaf_name
            # a leaf given another's name: the field typed in (the name it did not have),
            # not the program
            typed = i >= len(before) or before[i] != leaf.name
            twice = names.count(leaf.name) > 1
            if err.reason == "reassigned" and err.detail == repr(leaf.name) and typed and twice:
                return f"name{i}", texts.leaf_name
        return "program", texts.program
    if any(s.gradient is not None for s in spec.steps):
        return "gradient", texts.gradient
    return "", str
