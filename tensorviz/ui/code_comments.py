"""The comments of a lesson's code in the user's language.

``core`` writes its code's comments in English (it imports no Qt, and the code is what torch
runs: a test runs it in a fresh ``python``); the code pane, its copy and the handout show
them translated, with the code inside them (``{0}``) as it is: a Chinese class read
"# the same input given to torch.Tensor" above code whose every other word was Chinese.
:data:`TEXTS` lists every comment ``core`` writes (``Script.comment`` and the few at the end
of a line); a test checks that none is missing.
"""

from __future__ import annotations

import functools
import io
import re
import tokenize

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CodeComments"

#: Every comment core writes, ``{0}``, ``{1}`` standing for code or numbers.
TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "CodeComments",
        "both expanded to one shape: views with stride 0 where stretched, no copies",
    ),
    QT_TRANSLATE_NOOP("CodeComments", "uninitialised memory: print only shape and dtype"),
    QT_TRANSLATE_NOOP("CodeComments", "the same seed gives the same numbers"),
    QT_TRANSLATE_NOOP("CodeComments", "a large sample, as float64 for its statistics"),
    QT_TRANSLATE_NOOP("CodeComments", "the same input given to {0}"),
    QT_TRANSLATE_NOOP("CodeComments", "the same tensor t given to {0}"),
    QT_TRANSLATE_NOOP("CodeComments", "{0} would reserve {1} uninitialised floats: not run here"),
    QT_TRANSLATE_NOOP("CodeComments", "the same memory as t? (the same data_ptr: the same bytes)"),
    QT_TRANSLATE_NOOP("CodeComments", "does torch.tensor take copy=True?"),
    QT_TRANSLATE_NOOP(
        "CodeComments", "integers: iinfo, floats: finfo (bits, smallest, largest, eps)"
    ),
    QT_TRANSLATE_NOOP(
        "CodeComments", "the bits of x{0} as typed ({1}): sign | exponent | mantissa"
    ),
    QT_TRANSLATE_NOOP(
        "CodeComments", "the bits of the scalar x as typed ({0}): sign | exponent | mantissa"
    ),
    QT_TRANSLATE_NOOP("CodeComments", "move to {0}"),
    QT_TRANSLATE_NOOP("CodeComments", ".cuda() moves to the current GPU"),
    QT_TRANSLATE_NOOP("CodeComments", "create directly on {0}"),
    QT_TRANSLATE_NOOP("CodeComments", "tensors on two devices meet: one on {0}, one on the CPU"),
    QT_TRANSLATE_NOOP(
        "CodeComments",
        "the same rule on any machine: the 'meta' device holds shapes but no data",
    ),
    QT_TRANSLATE_NOOP(
        "CodeComments", "a 0-d CPU tensor is the exception: torch treats it like a number"
    ),
    QT_TRANSLATE_NOOP("CodeComments", "a on {0}, b on cpu"),
    QT_TRANSLATE_NOOP("CodeComments", "1) tensor.numpy(): the ndarray uses the tensor's memory"),
    QT_TRANSLATE_NOOP("CodeComments", "2) tensor.numpy().copy(): the ndarray gets its own memory"),
    QT_TRANSLATE_NOOP(
        "CodeComments", "3) torch.from_numpy(ndarray): the tensor uses the ndarray's memory"
    ),
    QT_TRANSLATE_NOOP("CodeComments", "4) torch.tensor(ndarray): the tensor gets its own memory"),
    QT_TRANSLATE_NOOP("CodeComments", "defaults: numpy makes float64, torch.tensor makes float32"),
    QT_TRANSLATE_NOOP("CodeComments", "numpy -> torch"),
    QT_TRANSLATE_NOOP("CodeComments", "torch -> numpy"),
    QT_TRANSLATE_NOOP("CodeComments", "out-of-place: a new tensor, x unchanged"),
    QT_TRANSLATE_NOOP("CodeComments", "in-place (trailing _): changes x, returns x"),
    QT_TRANSLATE_NOOP("CodeComments", "{0}: row of A times column of B, summed"),
    QT_TRANSLATE_NOOP("CodeComments", "{0}  (not run: an earlier step failed)"),
    QT_TRANSLATE_NOOP("CodeComments", "no torch.no_grad() around the update"),
    QT_TRANSLATE_NOOP("CodeComments", "a new tensor, not the leaf x"),
    QT_TRANSLATE_NOOP("CodeComments", "switch it back on: the setting is global"),
)


@functools.cache
def _pattern(text: str) -> re.Pattern[str]:
    """``text`` as a pattern, each ``{n}`` a group (what core filled in)."""
    parts = re.split(r"\{\d\}", text)
    return re.compile("(.+?)".join(re.escape(part) for part in parts))


def _translated(comment: str) -> str:
    """One comment's words (after "# "), in the current language where they are known."""
    for text in TEXTS:
        found = _pattern(text).fullmatch(comment)
        if found is not None:
            words = QCoreApplication.translate(CONTEXT, text)
            return words.format(*found.groups()) if found.groups() else words
    return comment


def localised(code: str) -> str:
    """``code`` with its comments in the current language (as it is where a comment is
    not core's, or the code does not tokenize). Remembered: a pane shows, copies and, at a
    language switch, compares the same code (a pasted 64 kB literal took 47 ms a call)."""
    if "#" not in code:
        return code
    return _localised(code, QCoreApplication.translate(CONTEXT, TEXTS[0]))  # the language


@functools.lru_cache(maxsize=16)
def _localised(code: str, _language: str) -> str:
    lines = code.split("\n")
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return code
    for token in reversed(tokens):  # from the end: each replacement leaves earlier columns
        if token.type != tokenize.COMMENT or not token.string.startswith("# "):
            continue
        row, col = token.start[0] - 1, token.start[1]
        words = _translated(token.string[2:])
        line = lines[row]
        lines[row] = line[:col] + "# " + words + line[col + len(token.string) :]
    return "\n".join(lines)
