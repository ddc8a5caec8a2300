"""Plain explanations, in the current language, of torch's errors and of refused input.

torch's message is always shown as torch wrote it; these sentences say what it means for a
beginner. Each lesson that knows more about its own errors keeps its table in
``tensorviz.ui.explain.<key>`` as an :class:`Explainer` (its rules are tried first, then the
general ones here); the lesson base class uses it for every torch error the lesson shows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from tensorviz.core.errors import LiteralError, TorchError
from tensorviz.ui import phrases

translate = QCoreApplication.translate


# (pattern on torch's message, explanation). First match wins. Explanations are functions so
# that they are translated when shown, in the language current then.
_TORCH_PATTERNS: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (
        re.compile(r"view size is not compatible"),
        lambda: translate(
            "Explain",
            "view() never copies: it only reinterprets the same memory with new strides. After a "
            "transpose or permute the elements are no longer in row order in memory, so no "
            "strides can describe the new shape. Call .contiguous() first (it copies into row "
            "order), or use reshape(), which copies only when it must.",
        ),
    ),
    (
        re.compile(r"shape '\[.*\]' is invalid for input of size"),
        lambda: translate(
            "Explain",
            "The new shape must hold exactly as many elements as the tensor has: the product of "
            "the sizes has to equal numel(). Only one size may be -1, and torch works it out.",
        ),
    ),
    (
        re.compile(r"Dimension out of range"),
        lambda: translate(
            "Explain",
            "A dim must lie between -ndim and ndim - 1 (for unsqueeze: -ndim - 1 and ndim). "
            "Negative dims count from the end.",
        ),
    ),
    (
        re.compile(r"must match the size of tensor b .* at non-singleton dimension"),
        lambda: translate(
            "Explain",
            "Broadcasting lines the shapes up from the right; in every dim the sizes must be "
            "equal, or one of them must be 1 (it is then stretched). Here they are neither.",
        ),
    ),
    (
        re.compile(r"shapes cannot be multiplied"),
        lambda: translate(
            "Explain",
            "For a matrix product (N, M) @ (M, P) the inner sizes must be equal: the number of "
            "columns of the first matrix must equal the number of rows of the second.",
        ),
    ),
    (
        re.compile(r"cannot be converted to Scalar"),
        lambda: translate(
            "Explain",
            "item() turns a tensor with exactly one element into a Python number. This tensor "
            "has more than one element; index one element first, or use tolist().",
        ),
    ),
    (
        re.compile(r"grad can be implicitly created only for scalar outputs"),
        lambda: translate(
            "Explain",
            "backward() without arguments needs a single number (a scalar) to differentiate. "
            "Reduce the output first (sum() or mean()), or pass gradient= with a tensor of the "
            "output's shape.",
        ),
    ),
    (
        re.compile(r"backward through the graph a second time"),
        lambda: translate(
            "Explain",
            "backward() frees the graph's saved values to save memory. To call it twice, pass "
            "retain_graph=True the first time, or run the forward pass again.",
        ),
    ),
    (
        re.compile(r"leaf Variable that requires grad is being used in an in-place"),
        lambda: translate(
            "Explain",
            "A leaf that requires grad must not be changed in place while autograd records: the "
            "change would break the graph. Do the update inside torch.no_grad().",
        ),
    ),
    (
        re.compile(r"does not require grad and does not have a grad_fn"),
        lambda: translate(
            "Explain",
            "This tensor is not part of any graph: no tensor it came from had "
            "requires_grad=True, or it was computed under no_grad. There is nothing to "
            "differentiate.",
        ),
    ),
    (
        re.compile(r"result type .* can't be cast to the desired output type"),
        lambda: translate(
            "Explain",
            "An in-place operation writes its result back into the same tensor, so the result "
            "must fit the tensor's dtype. Dividing integers gives floats, which an integer "
            "tensor cannot hold; use the out-of-place form or convert to float first.",
        ),
    ),
    (
        re.compile(
            r"number of dims don't match in permute"
            r"|number of dimensions in the tensor input does not match"
        ),
        lambda: translate(
            "Explain", "permute() needs every dim of the tensor exactly once, in the new order."
        ),
    ),
    (
        re.compile(r"repeated dim|duplicate dims are not allowed"),
        lambda: translate(
            "Explain", "permute() needs every dim of the tensor exactly once; a dim appears twice."
        ),
    ),
    (
        re.compile(r"Expected all tensors to be on the same device"),
        lambda: translate(
            "Explain",
            "An operation needs all its tensors on one device. Move them first, e.g. with "
            ".to(device).",
        ),
    ),
    (
        re.compile(r"No module named 'torch\.\w+'"),
        lambda: translate(
            "Explain",
            "torch knows this kind of device by name, but this build of torch has no support "
            "for it: its module is not installed. Tensors can go only to the devices this "
            "machine's torch lists.",
        ),
    ),
    (
        re.compile(r"Torch not compiled with CUDA enabled|no NVIDIA driver|CUDA driver"),
        lambda: translate(
            "Explain",
            "This machine's torch cannot use a CUDA GPU, so tensors can only live on the CPU here. "
            "On a machine with a GPU the same code moves them to it.",
        ),
    ),
]


Rule = tuple[str, Callable[[], str]]


class Explainer:
    """A lesson's explanations: (regular expression on torch's message, explanation) rules,
    first match wins, then the general rules of this module.

    Explanations are callables returning ``translate(...)`` text, asked again when the
    language changes."""

    def __init__(self, rules: list[Rule] | tuple[Rule, ...] = ()) -> None:
        self._rules = [(re.compile(pattern), text) for pattern, text in rules]

    def explanation(self, error: TorchError | str) -> Callable[[], str]:
        """The explanation of ``error`` (a callable; it returns "" when none is known)."""
        message = error.message if isinstance(error, TorchError) else error
        for pattern, text in (*self._rules, *_TORCH_PATTERNS):
            if pattern.search(message):
                return text
        return str

    def knows(self, error: TorchError | str) -> bool:
        """Whether this lesson (not only the general rules) has words for ``error``."""
        message = error.message if isinstance(error, TorchError) else error
        return any(pattern.search(message) for pattern, _ in self._rules)


GENERAL = Explainer()


def explain_torch_error(error: TorchError) -> str:
    """A plain explanation of ``error`` in the current language ("" when we have none)."""
    for pattern, text in _TORCH_PATTERNS:
        if pattern.search(error.message):
            return text()
    return ""


#: Python's message of a syntax error (kept as Python says it, as torch's are) -> what to do,
#: in the user's language: the typos a student makes in a list or a program.
_CLOSING = {"(": ")", "[": "]", "{": "}"}
_SYNTAX_HINTS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"^'(.)' was never closed"),
        lambda m: translate("Explain", "A '{0}' is opened but never closed: add its '{1}'.").format(
            m[1], _CLOSING.get(m[1], "")
        ),
    ),
    (
        re.compile(r"^unmatched '(.)'"),
        lambda m: translate(
            "Explain", "A '{0}' closes nothing: remove it, or open it with '{1}' before."
        ).format(m[1], {v: k for k, v in _CLOSING.items()}.get(m[1], "")),
    ),
    (
        re.compile(r"^closing parenthesis '(.)' does not match opening parenthesis '(.)'"),
        lambda m: translate("Explain", "A '{0}' is closed with '{1}': close it with '{2}'.").format(
            m[2], m[1], _CLOSING.get(m[2], "")
        ),
    ),
    (
        re.compile(r"Perhaps you forgot a comma"),
        lambda m: translate(
            "Explain",
            "Two values stand side by side, or a number has two decimal points: separate "
            "values with a comma.",
        ),
    ),
    (
        re.compile(r"^unterminated string literal"),
        lambda m: translate("Explain", "A quote is opened but never closed."),
    ),
    (
        re.compile(r"^invalid decimal literal"),
        lambda m: translate(
            "Explain",
            "A number runs into a letter or a sign (such as 2x or 1e): write the number "
            "whole, such as 2 or 1e3.",
        ),
    ),
)


def sentences(*texts: str) -> str:
    """``texts`` one after another as sentences: a space after an English full stop, none
    after a Chinese one (。)."""
    out = ""
    for text in filter(None, texts):
        wide = out and unicodedata.east_asian_width(out[-1]) in "WF"  # 。？！
        out += text if not out or wide else f" {text}"
    return out


def syntax_hint(error: LiteralError) -> str:
    """What to do about a syntax error Python reported in the user's text, in the user's
    language ("" where Python's message is none of the usual typos)."""
    if error.reason != "syntax":
        return ""
    phrase = error.phrase
    message = str(phrase.fills[0]) if phrase.fills else phrase.template  # Python's words
    for pattern, hint in _SYNTAX_HINTS:
        found = pattern.search(message)
        if found is not None:
            return hint(found)
    return ""


def literal_error_text(error: LiteralError, *, detail: bool = True) -> str:
    """What is wrong with the user's text, in the current language, with the limit it broke
    when there is one (the caps are ``tensorviz.core.literal.check_size``'s), and where
    (the error's detail, in parentheses) unless ``detail`` is False because the banner's
    first line shows it already."""
    limit = f"{error.limit:,}" if isinstance(error.limit, int) else ""
    with_limit = {
        "too_many": lambda: translate(
            "Explain", "That is too many elements: tensorviz makes at most {0}."
        ),
        "too_many_dims": lambda: translate(
            "Explain", "That is too many dims: tensorviz shows tensors of at most {0} dims."
        ),
        "dim_too_big": lambda: translate(
            "Explain",
            "A dim is too long: tensorviz lays out at most {0} positions along the dims, "
            "even of a tensor with no elements.",
        ),
        "too_large": lambda: translate(
            "Explain",
            "That number is too large: no dtype holds a number of more than {0} digits.",
        ),
        "too_long": lambda: translate("Explain", "The text is too long: at most {0} characters."),
        "out_of_range": lambda: translate(
            "Explain", "That number is out of range: at most {0} in size."
        ),
    }

    def said(text: str) -> str:
        """``text``, and where, unless the banner's first line shows it already."""
        return f"{text} ({phrases.detail(error)})" if error.detail and detail else text

    if error.reason == "decimal_comma" and isinstance(error.value, tuple):
        if len(error.value) == 2:  # 1,000: a decimal comma or a thousands separator
            return translate(
                "Explain",
                "Python writes a decimal point as a dot and no thousands separator: "
                "type {0} or {1}.",
            ).format(*error.value)
        return translate("Explain", "Python writes a decimal point as a dot: type {0}.").format(
            *error.value
        )
    if error.reason == "full_width" and isinstance(error.value, tuple):
        return said(
            translate(
                "Explain",
                "'{0}' is a full-width character, which Python does not read: type '{1}' "
                "instead (the input method in half-width mode).",
            ).format(*error.value)
        )
    if limit and error.reason in with_limit:
        return said(with_limit[error.reason]().format(limit))
    reasons = {
        "empty": translate("Explain", "The field is empty."),
        "too_long": translate("Explain", "The text is too long."),
        "syntax": translate("Explain", "This is not a valid literal."),
        "not_allowed": translate(
            "Explain", "Only numbers, True/False and nested lists [...] are allowed."
        ),
        "not_a_number": translate("Explain", "A number was expected."),
        "missing_comma": translate(
            "Explain",
            "Two lists stand side by side without a comma: Python reads the second as an "
            "index into the first. Put a comma between them, such as [[1, 2], [3, 4]].",
        )
        if error.value != "numbers"
        else translate("Explain", "The numbers need commas between them, such as 3, 4 (not 3 4)."),
        "ragged": translate(
            "Explain", "The nested lists are ragged: every row must have the same length."
        ),
        "too_deep": translate("Explain", "The lists are nested too deeply."),
        "too_many": translate(
            "Explain", "That is too many elements: tensorviz draws at most about a million."
        ),
        "bad_size": translate("Explain", "That size cannot be used."),
        "not_a_list": translate(
            "Explain", "A flat list of at least one number is expected, such as [1, 2, 3]."
        ),
        "bad_dim": translate("Explain", "That dim cannot be used."),
        "mixed": translate("Explain", "The values mix kinds that cannot go together."),
        "unknown_dtype": translate("Explain", "Unknown dtype."),
        "bad_value": translate("Explain", "That value cannot be used."),
        "out_of_range": translate("Explain", "That number is outside the range this field takes."),
    }
    why = reasons.get(error.reason, translate("Explain", "The input cannot be used."))
    # in the words of no field in particular (a cell takes one number, a shape several):
    # a field's own explainer says what to type there
    if error.reason == "not_allowed" and error.value == "call":
        why = translate(
            "Explain", "Only values are typed here, not a call such as torch.ones(2, 3)."
        )
    elif error.reason == "not_allowed" and error.value == "nested":  # nested lists refused
        why = translate("Explain", "A list inside a list is not taken here: no nested lists.")
    return said(sentences(why, syntax_hint(error)))
