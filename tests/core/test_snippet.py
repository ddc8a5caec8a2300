import torch

from tensorviz.core.errors import TorchError
from tensorviz.core.snippet import Script, essentials
from tests.snippets import assert_prints_output


def test_script_prints_what_python_prints():
    s = Script()
    x = s.run("x = torch.arange(6).reshape(2, 3)", lambda: torch.arange(6).reshape(2, 3))
    s.show("x", x)
    y = s.run("y = x.t()", lambda: x.t())
    s.show("y.stride()", y.stride(), label="stride:")
    s.show("y.is_contiguous()", y.is_contiguous())
    snippet = s.finish()
    assert snippet.output == "tensor([[0, 1, 2],\n        [3, 4, 5]])\nstride: (1, 3)\nFalse\n"
    assert_prints_output([snippet])


def test_a_section_begins_where_its_code_and_what_it_prints_begin():
    s = Script()
    s.section("first")
    x = s.run("x = torch.arange(4).reshape(2, 2)", lambda: torch.arange(4).reshape(2, 2))
    s.show("x", x)  # two lines
    s.line()
    s.section("second")
    s.comment("the second part")
    s.show("x.sum()", x.sum())
    snippet = s.finish()
    code, output = snippet.code.splitlines(), snippet.output.splitlines()
    c, o = snippet.section("second")
    assert code[c] == "# the second part" and output[o] == "tensor(6)"
    assert snippet.section("first") == (2, 0) and code[2].startswith("x = ")
    assert snippet.section("third") is None


def test_trying_stops_at_the_error_like_python_and_keeps_torchs_message():
    s = Script()
    x = s.run("x = torch.arange(6).reshape(2, 3).t()", lambda: torch.arange(6).reshape(2, 3).t())
    with s.trying() as outcome:
        y = s.run("y = x.view(6)", lambda: x.view(6))
        s.show("y", y)
    s.show_text("after")
    snippet = s.finish()
    assert isinstance(outcome.error, TorchError)
    assert outcome.error.type_name == "RuntimeError"
    assert "view size is not compatible" in outcome.error.message
    assert snippet.output.startswith("RuntimeError: view size is not compatible")
    assert snippet.output.endswith("after\n")
    assert_prints_output([snippet])


def test_attempt_returns_the_value_or_the_error():
    s = Script()
    ok = s.attempt("a = torch.ones(2).sum()", lambda: torch.ones(2).sum())
    bad = s.attempt("b = torch.ones(2).item()", lambda: torch.ones(2).item())
    assert float(ok) == 2.0
    assert isinstance(bad, TorchError)
    assert "cannot be converted to Scalar" in bad.message
    assert_prints_output([s.finish()])


def test_blocks_indent_and_print_options_are_reset():
    s = Script()
    s.run("torch.set_printoptions(precision=2)", lambda: torch.set_printoptions(precision=2))
    with s.block("with torch.no_grad():"):
        v = s.run("v = torch.tensor([1.23456])", lambda: torch.tensor([1.23456]))
        s.show("v", v)
    snippet = s.finish()
    assert "    v = torch.tensor([1.23456])" in snippet.code
    assert snippet.output == "tensor([1.23])\n"
    assert str(torch.tensor([1.23456])) == "tensor([1.2346])"  # defaults restored
    assert_prints_output([snippet])


def test_raises_writes_the_failed_statement_without_running_it_again():
    x = torch.arange(6).reshape(2, 3).t()
    try:
        x.view(6)
    except RuntimeError as exc:
        failure = exc
    s = Script()
    s.run("x = torch.arange(6).reshape(2, 3).t()", lambda: x)
    with s.trying() as outcome:
        s.raises("y = x.view(6)", failure)
        s.show_text("not reached")
    snippet = s.finish()
    assert outcome.error == TorchError.from_exception(failure)
    assert "    y = x.view(6)" in snippet.code
    assert snippet.output.startswith("RuntimeError: view size is not compatible")
    assert "not reached" not in snippet.output
    assert_prints_output([snippet])


def test_attempt_once_writes_try_only_where_torch_fails_and_runs_each_call_once():
    calls = []

    def ones() -> torch.Tensor:
        calls.append("ones")
        return torch.ones(2)

    def item() -> float:
        calls.append("item")
        return torch.ones(2).item()

    s = Script()
    ok = s.attempt_once("a = torch.ones(2)", ones)
    bad = s.attempt_once("b = torch.ones(2).item()", item)
    snippet = s.finish()
    assert calls == ["ones", "item"]
    assert torch.equal(ok, torch.ones(2))
    assert isinstance(bad, TorchError)
    assert "cannot be converted to Scalar" in bad.message
    assert snippet.code.count("try:") == 1
    assert "\na = torch.ones(2)\n" in snippet.code
    assert "    b = torch.ones(2).item()" in snippet.code
    assert_prints_output([snippet])


def test_essentials_keep_what_makes_the_tensors_and_drop_what_prints():
    """A question's cover shows these lines: a lesson's own code, less imports, comments,
    blank lines and prints; a try that only prints its error is its body, dedented."""
    s = Script(imports=("import torch", "import numpy as np"))
    x = s.run("x = torch.arange(6).reshape(2, 3)", lambda: torch.arange(6).reshape(2, 3))
    s.comment("the transpose is not contiguous")
    s.show("x", x)
    s.show_each("row in x", "row", list(x))
    with s.trying():
        y = s.run("y = x.t()", lambda: x.t())
        s.run("z = y.view(6)", lambda: y.view(6))
    with s.block("with torch.no_grad():"):
        s.run("w = (x *\n     2)", lambda: x * 2)
    code = s.finish().code
    assert essentials(code) == (
        "x = torch.arange(6).reshape(2, 3)\n"
        "y = x.t()\n"
        "z = y.view(6)\n"
        "with torch.no_grad():\n"
        "    w = (x *\n"
        "         2)"
    )


def test_essentials_leave_a_try_that_does_more_than_print_as_written():
    code = "try:\n    y = 1 / 0\nexcept ZeroDivisionError:\n    y = 0\nprint(y)\n"
    assert essentials(code) == "try:\n    y = 1 / 0\nexcept ZeroDivisionError:\n    y = 0"


def test_essentials_keep_a_string_that_spans_lines_whole():
    code = 'x = """a\n# not a comment\n\n"""  # one\n# two\nprint(x)[0]\n'
    assert essentials(code) == 'x = """a\n# not a comment\n\n"""\nprint(x)[0]'  # "# one" gone


def test_essentials_of_code_that_does_not_tokenize_are_empty():
    assert essentials("x = torch.tensor([1, 2") == ""
    assert essentials("if x:\n    y = 1\n  z = 2\n") == ""  # a dedent to no level
    assert essentials("import torch\nprint(torch.ones(2))\n") == ""


def test_essentials_about_words_keep_the_statements_that_name_them_in_their_blocks():
    code = (
        "import torch\n"
        "t1 = torch.tensor([[1, 2], [3, 4]])\n"
        "a1 = t1.numpy()\n"
        "a1[0, 0] = 100\n"
        "t2 = torch.tensor([[1, 2], [3, 4]])\n"
        "a2 = t2.numpy().copy()\n"
        "for epoch in range(3):\n"
        "    a2 += 1\n"
        "    t1.add_(1)\n"
        "try:\n"
        '    x = torch.zeros(2, device="cuda")\n'
        "except RuntimeError as e:\n"
        "    print(e)\n"
        "print(t1)\n"
    )
    assert essentials(code, ["t1", "a1"]) == (
        "t1 = torch.tensor([[1, 2], [3, 4]])\na1 = t1.numpy()\na1[0, 0] = 100\n"
        "for epoch in range(3):\n    t1.add_(1)"
    )
    assert essentials(code, ["cuda"]) == 'x = torch.zeros(2, device="cuda")'  # a string's text
    assert essentials(code, ["a"]) == ""  # a name, not part of one
    assert essentials(code, ["epoch"]) == "for epoch in range(3):\n    a2 += 1\n    t1.add_(1)"
    assert essentials('x = f"{t1}"\ny = "cuda:0"\nz = 1', ["t1", "cuda"]) == (
        'x = f"{t1}"\ny = "cuda:0"'  # words in strings, f-strings too
    )
    assert essentials(code, []) == essentials(code)
