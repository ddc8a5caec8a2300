"""The adversarial pass, kept: generated text typed into every text field of every lesson.

Payloads: numbers of any size, deep nesting, unicode, Python code, shapes with zeros and huge
dims, 0 to 70 dims. Through the real widgets, each payload must leave the lesson usable:

- no exception escapes (``sys.excepthook`` is replaced by one that records, and the test fails);
- the GUI thread is never blocked for more than a second (the handler and the drawing of the
  result are timed, the worker's own time is not: it runs beside the GUI);
- a refused text has its field outlined and a banner message that names the field, and the
  previous result (the code pane) is still shown.

CI replays the fixed ``@example``s and a few derandomized ones; ``TENSORVIZ_FUZZ=explore``
runs many more, new ones each run (what they find becomes an ``@example``).
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from tensorviz.ui import lessons
from tensorviz.ui.theme import make_theme

EXPLORE = os.environ.get("TENSORVIZ_FUZZ") == "explore"
FUZZ = settings(
    max_examples=400 if EXPLORE else 6,
    derandomize=not EXPLORE,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
#: What the GUI thread may spend on one payload (handler plus drawing the result).
BLOCK_LIMIT_S = 1.0
#: Counts per lesson, printed at the end of the run (``pytest -s``) for the report.
COUNTS: dict[str, dict[str, int]] = {}

_digits = st.integers(min_value=0, max_value=400)
numbers = st.one_of(
    st.integers().map(str),
    _digits.map(lambda n: "1" + "0" * n),
    _digits.map(lambda n: "-" + "9" * max(n, 1)),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e400", "-1e400", "1e-400", "inf", "-inf", "nan", "0x10", "1_000", "1j"]),
)
sizes = st.one_of(
    st.integers(min_value=0, max_value=4),
    st.sampled_from([0, 1, 10**6, 10**7, 2**62, 10**12, 2**63, -1, -5]),
)
shapes = st.lists(sizes, min_size=0, max_size=70).map(lambda s: ", ".join(map(str, s)))
nested = st.tuples(st.integers(min_value=0, max_value=120), st.sampled_from(["1", "", "-1"])).map(
    lambda p: "[" * p[0] + p[1] + "]" * p[0]
)
code = st.sampled_from(
    [
        "__import__('os').system('true')",
        "lambda: 1",
        "1and 2",
        "1if",
        "0 if 1 else 2",
        "[x for x in range(9)]",
        "x.y",
        "open('/etc/passwd')",
        "'" * 3,
        "-" * 5000 + "1",
        "(" * 200 + ")" * 200,
        "torch.zeros(10**12)",
        "reshape(0, 1000000)",
        "a" * 1200,
        "",
        " ",
    ]
)
payloads = st.one_of(numbers, shapes, nested, code, st.text(max_size=60))

#: Replayed in every field of every page on every run: what froze or crashed the app once.
FIXED = [
    "0, 4611686018427387904",  # a dim of 2**62, no elements
    ", ".join(["1"] * 64),  # 64 dims
    ", ".join(["1"] * 16384),  # 32,767 characters: over every field's length limit
    "1" + "0" * 320,  # no float holds it
    "1" + "0" * 280,  # a float holds it, no int64 does: torch refuses; no outline stays
    "-" * 100_000 + "1",  # nesting the parser cannot take
    "[" * 9 + "]" * 9,  # one level deeper than a literal may be
    "1and 2",  # a SyntaxWarning, never printed
]


def _edits(lesson) -> list[QLineEdit]:
    """Every text field a user can type into: line edits, and editable combo boxes' edits
    (named after their combo); not a spin box's own edit (its validator stops the typing)."""
    found = []
    for e in lesson.findChildren(QLineEdit):
        if not (e.isVisibleTo(lesson) and e.isEnabled() and not e.isReadOnly()):
            continue
        if not e.objectName() and isinstance(e.parentWidget(), QComboBox):
            e.setObjectName(f"{e.parentWidget().objectName()}_edit")
        if e.objectName() and not e.objectName().startswith("qt_"):
            found.append(e)
    return found


def _names_of(lesson, edit: QLineEdit) -> list[str]:
    """What a message about ``edit`` must call it: the form label beside it, or a label whose
    buddy it is (empty when it has neither; its message is then checked by a lesson's test)."""
    names = []
    parent = edit.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(edit)
        if isinstance(label, QLabel):
            names.append(label.text())
    names += [label.text() for label in lesson.findChildren(QLabel) if label.buddy() is edit]
    while names and parent is not None:  # or the box it is in ("Operand a" over "Text")
        if isinstance(parent, QGroupBox):
            names.append(parent.title())
            break
        parent = parent.parentWidget()
    names = [n.replace("&", "").strip(" =:：") for n in names]  # "x =" names x
    return [n for n in names if n]


def _click(name: str):
    def setup(lesson) -> None:
        lesson.findChild(QPushButton, name).click()
        lesson.settle()

    return setup


def _combo(name: str, text: str):
    def setup(lesson) -> None:
        combo = lesson.findChild(QComboBox, name)
        combo.setCurrentIndex(combo.findText(text))
        combo.activated.emit(combo.currentIndex())
        lesson.settle()

    return setup


#: Where a lesson shows other fields: each page, experiment or constructor the fuzz visits.
PAGES = {
    "ops": [_click(f"section_{t}") for t in ("item", "elementwise", "hadamard", "matmul")],
    "descent": [_click("experiment_line"), _click("experiment_square")],
    "create": [
        _combo("constructor_combo", c)
        for c in ("torch.arange", "torch.normal", "torch.randint", "torch.full", "torch.tensor")
    ],
}


def _pages(key: str) -> list:
    return PAGES.get(key, [lambda lesson: None])


@pytest.fixture(scope="module", params=lessons.KEYS)
def fuzzed(request, qapp):
    key = request.param
    lesson = lessons.build(key, make_theme("light"))
    lesson.resize(1400, 900)
    lesson.show()
    lesson.settle()
    COUNTS[key] = {"typed": 0, "refused": 0, "torch": 0, "accepted": 0}
    yield key, lesson
    lesson.close()
    lesson.deleteLater()


@pytest.fixture(scope="module", autouse=True)
def _print_counts():
    yield
    for key, counts in COUNTS.items():
        sys.stdout.write(f"\nfuzz {key}: {counts}")


def type_payload(lesson, edit: QLineEdit, text: str) -> float:
    """Type ``text`` into ``edit`` and finish it (Enter), as a user would; returns the
    longest stretch the GUI thread spent on it."""
    edit.setFocus()
    edit.setText(text)
    edit.setModified(True)  # as typing does (some fields ask only when the user changed them)
    start = time.perf_counter()
    edit.editingFinished.emit()
    edit.returnPressed.emit()
    handler = time.perf_counter() - start
    lesson.settle()
    start = time.perf_counter()
    QApplication.processEvents()
    return max(handler, time.perf_counter() - start)


def check_payload(key: str, lesson, edit: QLineEdit, text: str) -> None:
    escaped: list[BaseException] = []
    hook = sys.excepthook
    sys.excepthook = lambda t, e, tb: escaped.append(e)
    try:
        before = lesson.code_pane.code_text()
        blocked = type_payload(lesson, edit, text)
    finally:
        sys.excepthook = hook
    name = edit.objectName()
    assert not escaped, f"{key}/{name} {text[:80]!r}: escaped {escaped[0]!r}"
    assert blocked < BLOCK_LIMIT_S, f"{key}/{name} {text[:80]!r}: GUI blocked {blocked:.2f} s"
    counts = COUNTS[key]
    counts["typed"] += 1
    if edit.property("invalid"):
        counts["refused"] += 1
        message = lesson.banner.message()
        assert message, f"{key}/{name} {text[:80]!r}: outlined, but no message"
        names = _names_of(lesson, edit)
        assert not names or any(n.lower() in message.lower() for n in names), (
            f"{key}/{name}: {message!r} names none of {names}"
        )
        assert lesson.code_pane.code_text() == before, f"{key}/{name}: the previous result went"
    elif lesson.banner.has_error():
        counts["torch"] += 1
    else:
        counts["accepted"] += 1


@pytest.mark.parametrize("text", FIXED, ids=[f"fixed{i}" for i in range(len(FIXED))])
def test_fixed_payloads_in_every_field(fuzzed, text):
    key, lesson = fuzzed
    failures = []
    for page in _pages(key):
        page(lesson)
        for edit in _edits(lesson):
            try:
                check_payload(key, lesson, edit, text)
            except AssertionError as exc:
                failures.append(str(exc).splitlines()[0])
    assert not failures, "\n".join(failures)


@FUZZ
@given(data=st.data())
def test_generated_payloads_in_every_field(fuzzed, data):
    key, lesson = fuzzed
    data.draw(st.sampled_from(_pages(key)), label="page")(lesson)
    edits = _edits(lesson)
    edit = data.draw(st.sampled_from(edits), label="field")
    text = data.draw(payloads, label="text")
    check_payload(key, lesson, edit, text)
