"""The ops lesson's small logic: which cell a hover stands for, what runs in the worker, the
shape rule's colours, and the random operands written back as literals."""

from __future__ import annotations

import torch

from tensorviz.core import ops
from tensorviz.core.literal import parse_literal
from tensorviz.ui.lessons.ops import hadamard, matmul
from tensorviz.ui.lessons.ops.compute import attempt, call_for, is_good, result_key
from tensorviz.ui.lessons.ops.state import State
from tensorviz.ui.theme import make_theme


def product(a: str, b: str) -> ops.HadamardResult:
    return ops.hadamard(parse_literal(a), parse_literal(b))


def test_a_hovered_operand_cell_stands_for_a_cell_of_c_only_without_broadcasting():
    same = product("[[1, 2], [3, 4]]", "[[5, 6], [7, 8]]")
    assert hadamard.result_index(same, (1, 0), "a") == (1, 0)
    assert hadamard.result_index(same, (1, 0), "pairs") == (1, 0)
    stretched = product("[[1, 2], [3, 4]]", "[10, 20]")
    assert hadamard.result_index(stretched, (1,), "b") is None  # B's cell makes two products
    assert hadamard.result_index(stretched, (0, 1), "a") == (0, 1)
    assert hadamard.result_index(stretched, None, "c") is None


def test_the_picked_cell_falls_back_to_the_first_one():
    r = product("[[1, 2], [3, 4]]", "[[5, 6], [7, 8]]")
    assert hadamard.picked_cell(r, None) == (0, 0)
    assert hadamard.picked_cell(r, (1, 1)) == (1, 1)
    assert hadamard.picked_cell(r, (2, 0)) is None
    assert hadamard.picked_cell(r, (0,)) is None
    assert hadamard.picked_cell(product("[]", "[]"), None) is None


def test_big_products_run_in_the_worker():
    assert not matmul.is_heavy((2, 3), (3, 2))
    assert matmul.is_heavy((401,), (401,))
    assert matmul.is_heavy((200, 100), (100, 300))  # 6,000,000 multiply-adds
    assert not call_for(State()).heavy


def test_random_operands_become_editable_literals():
    torch.manual_seed(0)
    r = ops.matmul_random((2, 3), (3, 2), seed=0)
    assert matmul.literal_text(r.a) == str(r._tensors[0].tolist())
    big = ops.matmul_random((30, 30), (30, 2), seed=0)
    assert matmul.literal_text(big.a) == ""  # too big to list: the code has randint


def test_the_shape_rule_marks_the_inner_sizes():
    theme = make_theme("light")
    good = ops.matmul(parse_literal("[[1, 2, 3]]"), parse_literal("[[1], [2], [3]]")).rule
    html = matmul.rule_html(good, theme)
    assert f"background-color:{theme.positive}" in html and "✗" not in html
    bad = ops.matmul(parse_literal("[[1, 2]]"), parse_literal("[[1, 2]]")).rule
    assert f"background-color:{theme.negative}" in matmul.rule_html(bad, theme)
    assert "✗" in matmul.rule_html(bad, theme)


def test_the_result_key_ignores_the_cell_and_the_random_box():
    state = State()
    moved = state.with_sub(state.matmul.replace(position=2, shape_a="9, 9", seed=3))
    assert result_key(moved) == result_key(state)
    assert result_key(state.with_preset("matmul", "vector")) != result_key(state)


def test_a_refused_item_is_still_a_picture_but_a_refused_product_is_not():
    two = State(topic="item").with_preset("item", "two")
    assert is_good("item", attempt(call_for(two).run).result)
    mismatch = State().with_preset("matmul", "inner_mismatch")
    assert not is_good("matmul", attempt(call_for(mismatch).run).result)
    inf = State(topic="item").with_sub(State().item.replace(x="[inf]", dtype="int64"))
    outcome = attempt(call_for(inf).run)
    assert outcome.result is None and outcome.creation.name == "x"
