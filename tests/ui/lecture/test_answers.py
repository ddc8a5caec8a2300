"""Students' answers, read without ever raising, checked against torch's value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tensorviz.ui.lecture.answers import Verdict, check, parse_number, parse_sizes
from tensorviz.ui.lecture.track import Question, Text


def q(kind: str, choices=()) -> Question:
    return Question(kind, "fact", Text("问", "q"), (), tuple(choices))


def test_sizes_are_read_in_the_ways_people_write_them():
    for text in ("2, 3", "(2, 3)", "[2,3]", "torch.Size([2, 3])", "2 3", " 2 ,3 "):
        assert parse_sizes(text) == (2, 3), text
    assert parse_sizes("()") == () and parse_sizes("torch.Size([])") == ()
    assert parse_sizes("(4,)") == (4,)
    for text in ("two, three", "2.5, 3", "2; 3", "[[2, 3]]", "x"):
        assert parse_sizes(text) is None, text


def test_numbers():
    assert parse_number("2.5") == 2.5 and parse_number("tensor(2.5000)") == 2.5
    assert parse_number("-1e-3") == -0.001
    assert parse_number("1" * 400) is None or parse_number("1" * 400) > 0
    assert parse_number("abc") is None and parse_number("2,5") is None


def test_check_against_torchs_value():
    assert check(q("shape"), (3, 2), "3, 2") == Verdict(True)
    assert check(q("shape"), (3, 2), "2, 3") == Verdict(False)
    assert check(q("shape"), (3, 2), "three") == Verdict(None, "not_a_shape")
    assert check(q("value"), 0.6667, "0.6667") == Verdict(True)
    assert check(q("value"), 2.0 / 3.0, "0.6667") == Verdict(True)
    assert check(q("value"), 2.0, "3") == Verdict(False)
    assert check(q("raises"), None, "no") == Verdict(True)
    assert check(q("raises"), object(), "yes") == Verdict(True)
    assert check(q("raises"), None, "maybe") == Verdict(None, "not_a_choice")
    assert check(q("choice", ["True", "False"]), False, "False") == Verdict(True)
    assert check(q("text"), "torch.float32", "float32") == Verdict(True)
    assert check(q("value"), 1.0, "") == Verdict(None, "empty")
    assert check(q("value"), 1.0, "9" * 500) == Verdict(None, "too_long")


@given(st.sampled_from(["shape", "stride", "value", "text", "raises"]), st.text(max_size=300))
def test_no_answer_ever_raises(kind, text):
    truth = {"shape": (2, 3), "stride": (3, 1), "value": 1.5, "text": "int64", "raises": None}
    verdict = check(q(kind), truth[kind], text)
    assert verdict.correct in (True, False, None)
