"""The app's own words inside a refusal, in the user's language.

``core`` says what it refused in English (it imports no Qt): a :class:`~tensorviz.core.errors.
Phrase`, an English template whose ``{0}``, ``{1}``... take what was typed, counted or
found, and phrases again (" at [1][0]"). The banner's first line and the explanation's
parenthesis show it translated here: a Chinese student read "大小: size -3 at [1] is
negative" under a question in Chinese. What the user typed, the numbers and Python's own
message of a syntax error stay as they are.

:data:`TEXTS` lists every template the app writes; a test checks that none is missing, and
that each translation keeps its template's placeholders.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tensorviz.core.errors import LiteralError, Phrase

CONTEXT = "Phrase"

#: Every template of a refusal's detail, ``{0}``, ``{1}`` standing for what fills it.
TEXTS: tuple[str, ...] = (
    # where in a literal
    QT_TRANSLATE_NOOP("Phrase", " at {0}"),
    QT_TRANSLATE_NOOP("Phrase", "top level"),
    QT_TRANSLATE_NOOP("Phrase", "col {0}"),
    QT_TRANSLATE_NOOP("Phrase", "line {0}, col {1}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} (col {1})"),
    QT_TRANSLATE_NOOP("Phrase", "{0} ({1})"),
    QT_TRANSLATE_NOOP("Phrase", "index item {0}"),
    # what is meant
    QT_TRANSLATE_NOOP("Phrase", "shape"),
    QT_TRANSLATE_NOOP("Phrase", "dims"),
    QT_TRANSLATE_NOOP("Phrase", "number"),
    QT_TRANSLATE_NOOP("Phrase", "the result {0}"),
    QT_TRANSLATE_NOOP("Phrase", "{0}: {1}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} and {1}"),
    # numbers
    QT_TRANSLATE_NOOP("Phrase", "a {0}-digit number"),
    QT_TRANSLATE_NOOP("Phrase", "a {0}-digit number{1}"),
    QT_TRANSLATE_NOOP("Phrase", "a number of over {0} digits"),
    QT_TRANSLATE_NOOP("Phrase", "{0} needs one number"),
    QT_TRANSLATE_NOOP("Phrase", "one number expected"),
    QT_TRANSLATE_NOOP("Phrase", "one whole number expected"),
    QT_TRANSLATE_NOOP("Phrase", "{0} needs whole numbers; [{1}] is {2}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} needs a whole number; got {1}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} is larger than {1}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} is not finite"),
    QT_TRANSLATE_NOOP("Phrase", "above 0, up to {0}"),
    QT_TRANSLATE_NOOP("Phrase", "seed {0} is not in [0, 2**{1})"),
    # sizes and limits
    QT_TRANSLATE_NOOP("Phrase", "{0} characters > {1}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} dims > {1}"),
    QT_TRANSLATE_NOOP("Phrase", "size {0} at [{1}] > {2}"),
    QT_TRANSLATE_NOOP("Phrase", "{0}: {1} elements > {2}"),
    QT_TRANSLATE_NOOP("Phrase", "{0} elements > {1}"),
    QT_TRANSLATE_NOOP("Phrase", "the sizes {0} span {1} positions > {2}"),
    QT_TRANSLATE_NOOP("Phrase", "{0}({1}) reads {2} as a size: {2} elements > {3}"),
    QT_TRANSLATE_NOOP("Phrase", "arange({0}, {1}, {2}) makes {3} elements > {4}"),
    QT_TRANSLATE_NOOP("Phrase", "steps=0 makes an empty tensor: no points"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} elements"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} levels"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} levels at {1}"),
    QT_TRANSLATE_NOOP("Phrase", "nested deeper than the parser can follow"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} parts"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} steps"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} conversions"),
    QT_TRANSLATE_NOOP("Phrase", "more than {0} leaves"),
    QT_TRANSLATE_NOOP("Phrase", "{0} calls > {1}"),
    QT_TRANSLATE_NOOP("Phrase", "the lesson draws up to 4 dims"),
    # lists and shapes
    QT_TRANSLATE_NOOP("Phrase", "{0} has shape {1}, but {2} has shape {3}"),
    QT_TRANSLATE_NOOP("Phrase", "nested list in {0} at [{1}]"),
    QT_TRANSLATE_NOOP("Phrase", "size -1 at [{0}] is not allowed here"),
    QT_TRANSLATE_NOOP("Phrase", "only one size may be -1; found at {0}"),
    QT_TRANSLATE_NOOP("Phrase", "size {0} at [{1}] is negative"),
    QT_TRANSLATE_NOOP("Phrase", "size 0 at [{0}] is not allowed here"),
    QT_TRANSLATE_NOOP("Phrase", "index {0} outside shape {1}"),
    QT_TRANSLATE_NOOP("Phrase", "no elements to convert"),
    # indexing
    QT_TRANSLATE_NOOP("Phrase", "nothing between [ and ]"),
    QT_TRANSLATE_NOOP("Phrase", "an index such as [:, ::2] was expected"),
    QT_TRANSLATE_NOOP("Phrase", "{0}: only numbers, slices, ... and None"),
    QT_TRANSLATE_NOOP("Phrase", "only one ... is allowed"),
    # the shape lesson's steps, dtype's conversions
    QT_TRANSLATE_NOOP("Phrase", "unknown operation {0}"),
    QT_TRANSLATE_NOOP("Phrase", "{0}() takes no arguments"),
    QT_TRANSLATE_NOOP("Phrase", "{0}() needs a shape, e.g. 3, 4 or -1"),
    QT_TRANSLATE_NOOP("Phrase", "transpose() needs two dims, e.g. 0, 1"),
    QT_TRANSLATE_NOOP("Phrase", "flatten() takes at most start_dim, end_dim"),
    QT_TRANSLATE_NOOP("Phrase", "permute() needs the new order of the dims, e.g. 1, 0"),
    QT_TRANSLATE_NOOP("Phrase", "unknown conversion {0}"),
    QT_TRANSLATE_NOOP("Phrase", "a chain holds at most {0} steps"),
    # autograd's programs
    QT_TRANSLATE_NOOP("Phrase", "{0} is reserved"),
    QT_TRANSLATE_NOOP("Phrase", "no leaf"),
    QT_TRANSLATE_NOOP("Phrase", "no leaf {0}"),
    QT_TRANSLATE_NOOP("Phrase", "assign to one plain name"),
    QT_TRANSLATE_NOOP("Phrase", "only the last line may be a bare expression"),
    QT_TRANSLATE_NOOP("Phrase", "one expression expected"),
    QT_TRANSLATE_NOOP("Phrase", "{0} uses no tensor"),
    QT_TRANSLATE_NOOP("Phrase", "keyword arguments are not allowed"),
    QT_TRANSLATE_NOOP("Phrase", "unknown function {0}"),
    QT_TRANSLATE_NOOP("Phrase", "unknown method {0}"),
    QT_TRANSLATE_NOOP("Phrase", "{0}() takes one argument"),
    QT_TRANSLATE_NOOP("Phrase", ".{0}() takes no argument"),
    QT_TRANSLATE_NOOP("Phrase", "{0}() needs a tensor, not a number"),
    QT_TRANSLATE_NOOP("Phrase", "number ** number needs a finite base and |exponent| <= {0}"),
    QT_TRANSLATE_NOOP("Phrase", "a negative number to a fractional power is complex"),
)

_KNOWN = frozenset(TEXTS)


def localised(value: object) -> str:
    """``value`` as the user reads it: a :class:`Phrase` in the current language, its
    fills localised in turn; anything else (what was typed, a number) as it is."""
    if not isinstance(value, Phrase):
        return str(value)
    template = value.template
    if template in _KNOWN:  # what was typed comes quoted (repr), never a bare template
        template = QCoreApplication.translate(CONTEXT, template)
    if not value.fills:
        return template
    return template.format(*(localised(fill) for fill in value.fills))


def detail(error: LiteralError) -> str:
    """What ``error`` refused and where, in the current language (its ``detail`` is the
    English)."""
    return localised(error.phrase)
