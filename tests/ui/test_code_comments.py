"""The code's comments in the user's language (ui.code_comments): core writes them in English,
the code pane, its copy and the handout show them translated."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

import tensorviz.core
from tensorviz.ui import code_comments, i18n
from tensorviz.ui.code_comments import TEXTS, localised

CORE = Path(tensorviz.core.__file__).parent


def _written_by_core() -> list[str]:
    """Every comment text in core: the first argument of each ``.comment(...)`` (a literal,
    or the values of the literal dict it indexes) and the words after "  # " in a string of
    code."""
    found = []
    for path in sorted(CORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        dicts = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        dicts[target.id] = node.value
        in_fstrings = {
            id(part)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "comment"
                and node.args
            ):
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    found.append(first.value)
                elif isinstance(first, ast.Subscript) and isinstance(first.value, ast.Name):
                    found += [v.value for v in dicts[first.value.id].values]
                else:
                    raise AssertionError(f"{path.name}:{node.lineno}: a comment not written out")
            parts = [node] if isinstance(node, ast.Constant) and id(node) not in in_fstrings else []
            if isinstance(node, ast.JoinedStr):  # f"a + b  # a on {other}, b on cpu"
                parts = []
                text = "".join(
                    v.value if isinstance(v, ast.Constant) else "{0}" for v in node.values
                )
                if "  # " in text:
                    found.append(text.split("  # ", 1)[1])
            for part in parts:
                if isinstance(part.value, str) and "  # " in part.value:
                    found.append(part.value.split("  # ", 1)[1])
    return found


def test_every_comment_core_writes_is_known_to_the_translation():
    written = _written_by_core()
    assert len(written) >= 30
    unknown = [
        text
        for text in written
        if not any(code_comments._pattern(known).fullmatch(text) for known in TEXTS)
    ]
    assert not unknown


def test_comments_are_translated_with_the_code_in_them_kept(qapp):
    app = QCoreApplication.instance()
    code = (
        "x = torch.tensor([1, 2])\n"
        "# the same input given to torch.Tensor\n"
        "y = x.cuda()  # .cuda() moves to the current GPU\n"
        "z = '# the same input given to torch.Tensor'  # not core's: kept\n"
        "# torch.zeros(10**9) would reserve 1,000,000,000 uninitialised floats: not run here"
    )
    try:
        i18n.set_language(app, "zh_CN")
        shown = localised(code).split("\n")
        assert shown[0] == "x = torch.tensor([1, 2])"
        assert shown[1] == "# 同样的输入交给 torch.Tensor"
        assert shown[2] == "y = x.cuda()  # .cuda() 移到当前的 GPU"
        assert shown[3] == "z = '# the same input given to torch.Tensor'  # not core's: kept"
        assert shown[4] == (
            "# torch.zeros(10**9) 会分配 1,000,000,000 个未初始化的浮点数：这里不运行"
        )
        assert localised("x = (  # move to 'cuda'") == "x = (  # move to 'cuda'"  # no tokens
    finally:
        i18n.set_language(app, "en")
    assert localised(code) == code


def test_the_code_pane_shows_and_copies_them_in_the_language_of_the_moment(qtbot):
    from tests.ui.test_projector_sizes import open_projector_window

    with open_projector_window("zh_CN", 100) as window:
        lesson = window.select_lesson("create")
        lesson.settle()
        pane = lesson.code_pane
        assert "# 同样的输入交给 torch.Tensor" in pane.code_text()
        assert "# the same input given to torch.Tensor" in lesson.snippet().code  # core's
        pane._copy.click()
        assert QGuiApplication.clipboard().text() == localised(lesson.snippet().code)
        i18n.set_language(QCoreApplication.instance(), "en")
        QCoreApplication.processEvents()
        assert "# the same input given to torch.Tensor" in pane.code_text()


def test_each_translation_keeps_its_placeholders_on_one_line(qapp):
    """A translation with another {n}, a stray brace or a new line would raise in the code
    pane's slot, or break the code that Copy and the handout give."""
    import re

    try:
        i18n.set_language(qapp, "zh_CN")
        for text in TEXTS:
            words = QCoreApplication.translate(code_comments.CONTEXT, text)
            assert words != text or "->" in text, text  # translated (arrows stay)
            assert sorted(re.findall(r"\{\d\}", words)) == sorted(re.findall(r"\{\d\}", text))
            assert "\n" not in words
            words.format(*(f"<{n}>" for n in range(4)))  # no stray brace
    finally:
        i18n.set_language(qapp, "en")
