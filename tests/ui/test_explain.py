"""Each explanation matches the message torch really raises today."""

import pytest
import torch

from tensorviz.core.errors import TorchError, attempt
from tensorviz.core.literal import LiteralError, parse_literal
from tensorviz.ui.explain import explain_torch_error, literal_error_text

x = torch.arange(6).reshape(2, 3)

CASES = {
    "view": (lambda: x.t().view(6), "contiguous"),
    "reshape": (lambda: x.reshape(4), "numel()"),
    "dim": (lambda: x.squeeze(5), "-ndim"),
    "broadcast": (lambda: x + torch.ones(4), "from the right"),
    "matmul": (lambda: x @ x, "inner sizes"),
    "item": (lambda: x.item(), "item()"),
    "implicit grad": (lambda: (torch.ones(2, requires_grad=True) * 2).backward(), "scalar"),
    "no grad": (lambda: torch.ones(2).sum().backward(), "not part of any graph"),
    "int div_": (lambda: x.clone().div_(2), "integer tensor cannot hold"),
    "permute count": (lambda: x.permute(0), "exactly once, in the new order"),
    "permute twice": (lambda: x.permute(0, 0), "appears twice"),
    "leaf in place": (lambda: torch.ones(2, requires_grad=True).add_(1), "no_grad"),
}


@pytest.mark.parametrize("name", CASES)
def test_torch_errors_get_their_explanation(name):
    fn, phrase = CASES[name]
    error = attempt(fn)
    assert isinstance(error, TorchError), name
    assert phrase in explain_torch_error(error)


def test_unknown_error_has_no_explanation():
    assert explain_torch_error(TorchError("RuntimeError", "something new")) == ""


def test_literal_errors_say_what_and_where():
    with pytest.raises(LiteralError) as info:
        parse_literal("[[1, 2], [3]]")
    text = literal_error_text(info.value)
    assert "ragged" in text and "[1]" in text


@pytest.mark.parametrize(
    "text, hint",
    [
        ("[1, 2", "A '[' is opened but never closed: add its ']'."),
        ("[[1, 2], [3, 4]", "A '[' is opened but never closed: add its ']'."),
        ("[1, 2]]", "A ']' closes nothing: remove it, or open it with '[' before."),
        ("[1, 2)", "A '[' is closed with ')': close it with ']'."),
        ("[1 2]", "Two values stand side by side, or a number has two decimal points"),
        ("[1.2.3]", "Two values stand side by side, or a number has two decimal points"),
        ("'abc", "A quote is opened but never closed."),
        ("[2x]", "A number runs into a letter or a sign (such as 2x or 1e)"),
    ],
)
def test_a_typo_python_refuses_says_what_to_do(text, hint):
    """Python's message stays as Python says it ("'[' was never closed (col 1)"); the
    explanation under it said only "This is not a valid literal." for every typo."""
    with pytest.raises(LiteralError) as caught:
        parse_literal(text)
    said = literal_error_text(caught.value, detail=False)
    assert said.startswith("This is not a valid literal. ") and hint in said


def test_an_index_typo_is_said_of_what_was_typed_not_of_the_apps_wrapper():
    """The shape lesson's index is parsed as "_[...]": a ')' typed was said to close the '['
    the app added ("A '[' is closed with ')'"), at a column two too far."""
    from tensorviz.core.literal import parse_index

    with pytest.raises(LiteralError) as caught:
        parse_index("0)")
    assert caught.value.detail == "unmatched ')' (col 2)"
    assert literal_error_text(caught.value, detail=False).endswith(
        "A ')' closes nothing: remove it, or open it with '(' before."
    )


def test_sentences_join_with_a_space_after_english_and_none_after_chinese():
    from tensorviz.ui.explain import sentences

    assert sentences("It is.", "", "Add ']'.") == "It is. Add ']'."
    assert sentences("不对。", "请补上。") == "不对。请补上。"
    assert sentences("为什么？", "请补上。") == "为什么？请补上。"
    assert sentences("", "") == ""


def test_a_syntax_error_of_no_usual_typo_says_only_that(qapp):
    with pytest.raises(LiteralError) as caught:
        parse_literal("1.2.3")
    assert literal_error_text(caught.value, detail=False) == "This is not a valid literal."


def test_the_typos_hint_is_in_the_users_language_and_in_autograds_program(qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLineEdit

    from tensorviz.ui import i18n
    from tests.ui.test_projector_sizes import open_projector_window

    with pytest.raises(LiteralError) as caught:
        parse_literal("[1, 2")
    try:
        i18n.set_language(QCoreApplication.instance(), "zh_CN")
        assert literal_error_text(caught.value, detail=False) == (
            "这不是有效的字面量。'[' 打开后没有闭合：请补上对应的 ']'。"
        )
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")
    with open_projector_window("en", 100) as window:
        lesson = window.select_lesson("autograd")
        lesson.settle()
        edit = lesson.findChild(QLineEdit, "program_edit")
        edit.setText("y2 = (x + 1")
        edit.setModified(True)
        edit.editingFinished.emit()
        lesson.settle()
        assert lesson.banner.explanation() == (
            "This is not a valid expression. A '(' is opened but never closed: add its ')'."
        )


@pytest.mark.parametrize("text", ["[[1, 2] [3, 4]]", "[[1, 2]\n [3, 4]]", "[1, 2] [0]"])
def test_two_lists_side_by_side_are_said_to_miss_a_comma(text):
    """The commonest typo of a matrix: Python reads "[[1, 2] [3, 4]]" as an index into
    [1, 2], and the app said "Only numbers, True/False and nested lists [...] are
    allowed.", of a text that has nothing else."""
    with pytest.raises(LiteralError) as caught:
        parse_literal(text)
    assert caught.value.reason == "missing_comma"
    assert literal_error_text(caught.value, detail=False).startswith(
        "Two lists stand side by side without a comma"
    )


@pytest.mark.parametrize("text", ["3 4", "(2 3)", " 2  3  4 ", "[3 4]"])
def test_a_shape_typed_without_commas_is_said_to_need_them(text):
    """ "3 4", a shape as numpy prints it: Python said only "invalid syntax (col 3)"."""
    from tensorviz.core.literal import parse_shape

    with pytest.raises(LiteralError) as caught:
        parse_shape(text)
    assert caught.value.reason == "missing_comma"
    assert literal_error_text(caught.value, detail=False) == (
        "The numbers need commas between them, such as 3, 4 (not 3 4)."
    )


def test_a_call_or_a_nested_list_where_none_is_taken_is_said_so():
    """Not 'Only numbers, True/False and nested lists [...] are allowed' where a nested
    list is what was refused, nor for a call typed whole."""
    from tensorviz.core.literal import parse_dims, parse_int

    for parse, text, words in (
        (parse_literal, "torch.ones(2, 3)", "not a call such as torch.ones(2, 3)"),
        (parse_dims, "[[0, 1]]", "no nested lists"),
        (parse_int, "[[0, 1]]", "no nested lists"),
    ):
        with pytest.raises(LiteralError) as info:
            parse(text)
        said = literal_error_text(info.value, detail=False)
        assert words in said and "nested lists [...] are allowed" not in said
        # in no field's words: a one-number field was told "such as 2, 3", a cell that it
        # takes "numbers and lists" (a field's own explainer says what to type there)
        assert "2, 3:" not in said and "numbers and lists" not in said
