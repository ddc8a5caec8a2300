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
