"""Contracts every lesson keeps (DESIGN.md): its code prints exactly what its pane shows,
and it survives every theme, zoom and language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tensorviz.ui import i18n, lessons
from tensorviz.ui.theme import make_theme
from tests.snippets import python_runs

KEYS = [info.key for info in lessons.available()]


def test_every_course_lesson_is_available():
    assert [info.key for info in lessons.ALL_LESSONS] == KEYS


@pytest.fixture(scope="module")
def snippets(qapp):
    """Each lesson's default snippet, and what plain python prints for its code (each in
    its own fresh python, a few at a time)."""
    out = {}
    for key in KEYS:
        lesson = lessons.build(key, make_theme("light"))
        lesson.settle()
        out[key] = lesson.snippet()
        lesson.deleteLater()
    runs = python_runs([s.code for s in out.values()])
    return {
        key: (out[key], ran.stdout, ran.stderr, ran.returncode)
        for key, ran in zip(out, runs, strict=True)
    }


@pytest.mark.parametrize("key", KEYS)
def test_code_prints_exactly_the_output_shown(snippets, key):
    snippet, stdout, stderr, code = snippets[key]
    assert "import torch" in snippet.code
    assert snippet.output.strip(), "the pane shows no output"
    assert code == 0, stderr
    assert stdout == snippet.output


@pytest.mark.parametrize("key", KEYS)
def test_lesson_survives_themes_zoom_and_language(qtbot, key):
    lesson = lessons.build(key, make_theme("light"))
    qtbot.addWidget(lesson)
    lesson.resize(1300, 850)
    lesson.show()
    lesson.settle()
    before = lesson.snippet()
    for name, zoom in (("dark", 50), ("contrast", 300), ("light", 100)):
        lesson.apply_theme(make_theme(name, zoom))
        QApplication.processEvents()
        assert not lesson.grab().isNull()
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert lesson.code_pane._code_label.text() == "代码"
        assert not lesson.grab().isNull()
    finally:
        i18n.set_language(app, "en")
    QApplication.processEvents()
    assert lesson.snippet() == before  # style and language never change what torch computed
