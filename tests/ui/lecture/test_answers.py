"""Students' answers, read without ever raising, checked against torch's value."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tensorviz.ui.lecture.answers import Verdict, check, parse_number, parse_sizes
from tensorviz.ui.lecture.track import Question, Text


def q(kind: str, choices=()) -> Question:
    return Question(kind, "fact", Text("问", "q"), (), tuple(choices))


def test_sizes_are_read_in_the_ways_people_write_them():
    sizes = ("2, 3", "(2, 3)", "[2,3]", "torch.Size([2, 3])", "torch.Size([2, 3]", "2 3")
    for text in (*sizes, " 2 ,3 "):
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
    # a small value is read to its digits too, as torch prints it (4.2817e-05), not as 0
    small = 4.2817431676667184e-05  # course step 74's x after 50 epochs
    assert check(q("value"), small, "4.2817e-05") == Verdict(True)
    assert check(q("value"), small, "0") == Verdict(False)
    assert check(q("value"), small, "0.0000") == Verdict(False)
    assert check(q("value"), 0.0, "0") == Verdict(True)
    assert check(q("raises"), None, "no") == Verdict(True)
    assert check(q("raises"), object(), "yes") == Verdict(True)
    assert check(q("raises"), None, "maybe") == Verdict(None, "not_a_choice")
    assert check(q("choice", ["True", "False"]), False, "False") == Verdict(True)
    assert check(q("dtype"), "torch.float32", "float32") == Verdict(True)
    assert check(q("value"), 1.0, "") == Verdict(None, "empty")
    assert check(q("value"), 1.0, "9" * 500) == Verdict(None, "too_long")


@given(
    st.sampled_from(["shape", "stride", "value", "dtype", "device", "raises"]),
    st.text(max_size=300),
)
def test_no_answer_ever_raises(kind, text):
    truth = {"shape": (2, 3), "stride": (3, 1), "value": 1.5, "raises": None}
    truth |= {"dtype": "torch.int64", "device": "cpu"}
    verdict = check(q(kind), truth[kind], text)
    assert verdict.correct in (True, False, None)


def test_a_dtype_by_any_of_torchs_names_for_it():
    """torch.short is torch.int16: practice said "Not what torch computes" to short, long,
    double, torch.float and torch.int."""
    for truth, names in (
        ("torch.int16", ("short", "torch.short", "int16", "torch.int16", "Short")),
        ("torch.int64", ("long", "torch.long", "int64")),
        ("torch.float64", ("double", "torch.double")),
        ("torch.float32", ("float", "torch.float", "float32")),
        ("torch.int32", ("int", "torch.int")),
    ):
        for name in names:
            assert check(q("dtype"), truth, name) == Verdict(True), (truth, name)
    for name in ("torch.int32", "half", "float", "int", "long"):
        assert check(q("dtype"), "torch.int16", name) == Verdict(False), name
    # what names no dtype is no answer to the question (nor imports what torch would load)
    for name in ("_dynamo", "onnx", "Tensor", "dtype", "3", "cpu", "float33"):
        assert check(q("dtype"), "torch.int16", name) == Verdict(None, "not_a_dtype"), name


def test_a_device_written_as_torch_writes_it():
    for text in (
        "cpu",
        "'cpu'",
        "torch.device('cpu')",
        'device("cpu")',
        "torch.device( 'cpu' )",
        "device(type='cpu')",  # as torch prints it
    ):
        assert check(q("device"), "cpu", text) == Verdict(True), text
    assert check(q("device"), "cpu", "torch.device('cuda')") == Verdict(False)
    assert check(q("device"), "cpu", "CPU") == Verdict(True)
    assert check(q("device"), "cuda:0", "cuda") == Verdict(True)
    assert check(q("device"), "cuda:0", "cuda:1") == Verdict(False)


def test_a_dtype_given_for_a_device_is_no_device():
    """Step 23 asks where torch.tensor([1, 2, 3]) is: "float32" got "Not what torch
    computes. Try again", as if it were a wrong device; it answers another question."""
    for text in ("float32", "torch.float32", "int64", "gpu", "GPU", "memory"):
        assert check(q("device"), "cpu", text) == Verdict(None, "not_a_device"), text


def test_a_value_asked_roughly_agrees_to_the_digits_given():
    rough = Question("value", "fact", Text("问", "q"), (), roughly=True)
    for text in ("2", "1.9", "1.95", "1.949", "19e-1", "1.9492", "tensor(1.9)", "1.94"):
        assert check(rough, 1.9492162466049194, text) == Verdict(True), text
    # one digit must be the rounded one, no coarser than the value's first digit; nor may
    # all zeros pass: "0e308" rounded every value to itself
    wrong = ("1", "3", "2.0", "1.8", "1.96", "1e999", "-5e400", "inf", "nan", "0e1", "0e308")
    for text in (*wrong, "0", "1e1", "0.0"):
        assert check(rough, 1.9492162466049194, text) == Verdict(False), text
    assert check(rough, 0.06, "0.1") == Verdict(False)
    # asked exactly, one digit is not enough where it is not torch's value
    exact = q("value")
    assert check(exact, 1.9492162466049194, "2") == Verdict(False)
    assert check(exact, 1.9492162466049194, "1.9") == Verdict(True)


def test_a_value_is_right_to_the_digits_typed_rounded_or_cut_off():
    """Step 67 (x.grad[0] = 0.6666666865, printed 0.6667) took 0.667 and refused 0.67; step
    74 (4.2817e-05, not asked roughly) refused 4.3e-5: only torch's four printed digits
    passed. A value is right to the digits typed, two of them at least."""
    third = 0.6666666865348816  # course step 67
    for text in ("0.67", "0.66", "0.667", "0.666", "0.6667", "0.666667", ".67", "6.7e-1"):
        assert check(q("value"), third, text) == Verdict(True), text
    for text in ("0.7", "0.68", "0.65", "0.6", "0.6668", "0.6665", "1"):
        assert check(q("value"), third, text) == Verdict(False), text
    small = 4.2817431676667184e-05  # course step 74
    for text in ("4.3e-5", "4.28e-05", "4.2e-5", "0.000043", "4.2817e-05", "tensor(4.2817e-05)"):
        assert check(q("value"), small, text) == Verdict(True), text
    # "0" is the misconception step 74 is about; one digit is not torch's value either
    for text in ("0", "0.0000", "4e-5", "4.4e-5", "0.00004", "-4.3e-5"):
        assert check(q("value"), small, text) == Verdict(False), text
    # a whole number: neither 17 nor 19 is 18 rounded or cut off
    for text, right in (("18", True), ("18.0", True), ("1.8e1", True), ("17", False)):
        assert check(q("value"), 18, text) == Verdict(right), text
    assert check(q("value"), 18, "19") == Verdict(False)
    assert check(q("value"), 2.0, "2") == Verdict(True)  # one digit, torch's value itself
    # torch's float32 0.3 is 0.30000001; 0.7 is 0.69999999, printed 0.7000: 0.69 is no cut
    assert check(q("value"), 0.30000001192092896, "0.3") == Verdict(True)
    assert check(q("value"), 0.699999988079071, "0.69") == Verdict(False)
    assert check(q("value"), -1.3333333730697632, "-1.33") == Verdict(True)
    # an int tensor's element is exact: no float32 slack (16777216 passed for 16777217, and
    # for a seed near 1e13 answers a million off did)
    assert check(q("value"), 2**24 + 1, "16777216") == Verdict(False)
    assert check(q("value"), 2**24 + 1, "16777217") == Verdict(True)
    assert check(q("value"), 10**13, "10000000100000") == Verdict(False)


def test_a_fraction_is_told_to_be_written_as_a_decimal():
    """ "2/3" got "The answer is a number", as if 2/3 were none: it is read as a fraction."""
    for text in ("2/3", "2 / 3", "-1/4", "tensor(2/3)"):
        assert check(q("value"), 2.0 / 3.0, text) == Verdict(None, "fraction"), text
    assert check(q("value"), 2.0 / 3.0, "two thirds") == Verdict(None, "not_a_number")


def test_a_long_answer_is_read_at_once():
    """Answers are read on the GUI thread: the pattern that read sizes tried every way its
    runs of optional spaces could share a line of spaces (46 and an x held the window 1.4 s,
    the field's 200 for hours). Read in a process of its own, so that this fails in seconds."""
    import subprocess
    import sys

    script = (
        "from tensorviz.ui.lecture.answers import check\n"
        "from tensorviz.ui.lecture.track import KINDS, Question, Text\n"
        "for kind in KINDS:\n"
        "    q = Question(kind, 'f', Text('a', 'b'), (), ('yes', 'no') * (kind == 'choice'))\n"
        "    for text in (' ' * 199 + 'x', '(' + ' ' * 198 + 'x', 'torch.Size(' + ' ' * 189,\n"
        "                 'device(' + ' ' * 192 + 'x', ', ' * 100, '1 ' * 100):\n"
        "        check(q, (2, 3) if kind in ('shape', 'stride') else 'cpu', text)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=30)


def test_an_answer_typed_with_a_chinese_input_method_is_read_as_its_ascii():
    """A Chinese input method types full-width commas and brackets: "（2，2，3）" and
    "2，2，3" were "not a shape" though the student typed commas, while "2 2 3" and a
    full-width "１８" passed."""
    shapes = ("（2，2，3）", "2，2，3", "2、2、3", "（２，２，３）", "【2，2，3】")
    for text in (*shapes, "torch.Size（［2，2，3］）"):
        assert check(q("shape"), (2, 2, 3), text) == Verdict(True), text
    assert check(q("stride"), (5, 20, 1), "５，２０，１") == Verdict(True)
    for text in ("0。5", "０。５", "０．５", "tensor（0。5000）"):  # 。 is the point it types
        assert check(q("value"), 0.5, text) == Verdict(True), text
    assert check(q("value"), -2.0, "－２") == Verdict(True)
    assert check(q("dtype"), "torch.float32", "ｔｏｒｃｈ。ｆｌｏａｔ３２") == Verdict(True)
    assert check(q("device"), "cpu", "torch.device（“cpu”）") == Verdict(True)
    assert check(q("raises"), None, "ｎｏ") == Verdict(True)
    # a shape with a decimal point in it is still no shape
    assert check(q("shape"), (2, 3), "2。3") == Verdict(None, "not_a_shape")
