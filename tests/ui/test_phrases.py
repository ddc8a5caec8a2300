"""The app's own words in a refusal, in the user's language (ui.phrases): core says what it
refused in English templates, the banner shows them translated, with what was typed and the
numbers kept as they are."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import tensorviz
from tensorviz.core import ops
from tensorviz.core.errors import LiteralError, Phrase
from tensorviz.core.expr import parse_program
from tensorviz.core.literal import parse_literal, parse_shape
from tensorviz.ui import i18n, phrases
from tensorviz.ui.phrases import TEXTS

PACKAGE = Path(tensorviz.__file__).parent
#: Calls whose second argument is a refusal's detail (``kind`` and ``cls``: the class in
#: ``parse_source`` and ``LiteralError.too_long``); ``Phrase`` takes its template first,
#: broadcast's ``InputError`` third (after the field).
DETAIL_SECOND = {"LiteralError", "ExprError", "kind", "cls"}


def _translated(node: ast.expr) -> bool:
    """``node`` is text translated when it was made (``texts.x()``, ``translate(...)``,
    ``self.tr(...)``): as a detail it stays in that language after a switch."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr == "tr" or (isinstance(func.value, ast.Name) and func.value.id == "texts")
    return isinstance(func, ast.Name) and func.id == "translate"


def _templates() -> tuple[dict[str, str], list[str]]:
    """Every template the app writes as a literal (-> where), and the details no table can
    know: written as f-strings, or translated once when made."""
    found: dict[str, str] = {}
    fstrings: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", None)
            arg = None
            if name in DETAIL_SECOND and len(node.args) >= 2:
                arg = node.args[1]
            elif name == "Phrase" and node.args:
                arg = node.args[0]
            elif name == "InputError" and len(node.args) >= 3:
                arg = node.args[2]
            where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
            if isinstance(arg, ast.JoinedStr) or (arg is not None and _translated(arg)):
                fstrings.append(where)
            elif isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                found.setdefault(arg.value, where)
    return found, fstrings


def _words(template: str) -> bool:
    return bool(re.search("[A-Za-z]", re.sub(r"\{\d\}", "", template)))


def test_every_template_the_app_writes_is_known_to_the_translation():
    found, fstrings = _templates()
    assert len(found) >= 60
    assert not fstrings, f"a detail as an f-string or translated text: {fstrings}"
    unknown = [f"{t!r} ({where})" for t, where in found.items() if _words(t) and t not in TEXTS]
    assert not unknown
    unused = [t for t in TEXTS if t not in found]
    assert not unused


def test_each_translation_keeps_its_placeholders(qapp):
    """Another {n} or a stray brace would raise in the banner's slot."""
    try:
        i18n.set_language(qapp, "zh_CN")
        for text in TEXTS:
            words = QCoreApplication.translate(phrases.CONTEXT, text)
            assert words != text, text
            assert set(re.findall(r"\{\d\}", words)) == set(re.findall(r"\{\d\}", text)), text
            assert "\n" not in words
            words.format(*(f"<{n}>" for n in range(5)))
    finally:
        i18n.set_language(qapp, "en")


def _refusal(fn) -> LiteralError:
    with pytest.raises(LiteralError) as caught:
        fn()
    return caught.value


@pytest.mark.parametrize(
    "make, english, chinese",
    [
        (lambda: parse_shape("2, -3"), "size -3 at [1] is negative", "[1] 处的大小 -3 是负数"),
        (lambda: parse_literal("[1, 'a']"), "'a' at [1]", "'a'（位于 [1]）"),
        (
            lambda: parse_literal("[[1, 2], [3]]"),
            "[1] has shape [1], but [0] has shape [2]",
            "[1] 的形状是 [1]，但 [0] 的形状是 [2]",
        ),
        (
            lambda: parse_literal("[1，2]"),
            "'，' (col 3)",
            "'，'（第 3 列）",
        ),
        (
            lambda: parse_program("y = foo(x)", ["x"]),
            "unknown function 'foo'",
            "未知函数 'foo'",
        ),
        (lambda: parse_shape("2, [3]"), "nested list in shape at [1]", "形状的 [1] 处是嵌套列表"),
        (
            lambda: ops.elementwise(
                parse_literal("[[" + ", ".join(["0"] * 257) + "]]"),
                "add",
                parse_literal("[" + ", ".join(["[0]"] * 256) + "]"),
            ),
            "x and t: 65,792 elements > 65,536",
            "x 与 t：65,792 个元素 > 65,536",
        ),
    ],
)
def test_a_refusals_detail_is_said_in_the_language_with_what_was_typed_kept(
    qapp, make, english, chinese
):
    error = _refusal(make)
    assert error.detail == english  # core's English, as before
    assert phrases.detail(error) == english
    try:
        i18n.set_language(qapp, "zh_CN")
        assert phrases.detail(error) == chinese
    finally:
        i18n.set_language(qapp, "en")


def test_what_was_typed_is_kept_as_typed(qapp):
    """What was typed comes quoted, so it never reads as a template: a name "shape" stays
    "shape" (the word the app writes is translated), braces typed are not formatted."""
    try:
        i18n.set_language(qapp, "zh_CN")
        assert phrases.detail(_refusal(lambda: parse_program("shape", ["x"]))) == "'shape'"
        assert phrases.localised(Phrase("shape")) == "形状"
        typed = _refusal(lambda: parse_literal("[1, '{0}{1}']"))
        assert phrases.detail(typed) == "'{0}{1}'（位于 [1]）"
    finally:
        i18n.set_language(qapp, "en")


@pytest.mark.parametrize(
    "key, field, text, chinese, english",
    [
        (
            "dtype",
            "values_edit",
            "[[1, 2], [3]]",
            "数值: [1] 的形状是 [1]，但 [0] 的形状是 [2]",
            "Values: [1] has shape [1], but [0] has shape [2]",
        ),
        (
            "ops",
            "matmul_a_edit",
            "[[1, 2], [3]]",
            "矩阵 A: [1] 的形状是 [1]，但 [0] 的形状是 [2]",
            "Matrix A: [1] has shape [1], but [0] has shape [2]",
        ),
        (
            "descent",
            "lr_edit",
            "500",
            "学习率: 须大于 0，最大为 100",
            "learning rate: above 0, up to 100",
        ),
        (
            "autograd",
            "program_edit",
            "w2 = foo(x)",
            "程序: 未知函数 'foo'",
            "unknown function 'foo'",
        ),
    ],
)
def test_the_banner_says_a_refusal_in_chinese_and_in_english_after_a_switch(
    qtbot, key, field, text, chinese, english
):
    """Typed in Chinese, a refusal read "数值: [1] has shape [1], but [0] has shape [2]";
    now all of it is Chinese, and all of it English after a switch (the field's words and
    the detail alike: "Matrix A: 'a' at [1]" read "矩阵 A: 'a' at [1]" when its words were
    asked once)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.test_projector_sizes import open_projector_window

    with open_projector_window("zh_CN", 100) as window:
        lesson = window.select_lesson(key)
        lesson.settle()
        edit = lesson.findChild(QLineEdit, field)
        assert edit is not None and edit.isVisibleTo(lesson), field
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        lesson.settle()
        message = lesson.banner.message()
        assert message == chinese
        i18n.set_language(QCoreApplication.instance(), "en")
        QCoreApplication.processEvents()
        shown = lesson.banner.message()
        assert not re.search("[\u4e00-\u9fff]", shown), shown
        assert shown.endswith(english) and ": " in shown
