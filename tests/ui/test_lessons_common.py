"""Contracts every lesson keeps (DESIGN.md): its code prints exactly what its pane shows,
and it survives every theme, zoom and language."""

from __future__ import annotations

import importlib
import io
import tempfile
import tokenize
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tensorviz.ui import code_comments, i18n, lessons
from tensorviz.ui.code_comments import TEXTS
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
    # and each comment in it is one the window shows in the user's language (code_comments)
    comments = [
        t.string[2:]
        for t in tokenize.generate_tokens(io.StringIO(snippet.code).readline)
        if t.type == tokenize.COMMENT
    ]
    for comment in comments:
        assert any(code_comments._pattern(text).fullmatch(comment) for text in TEXTS), comment


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


SAMPLES = [
    (key, number)
    for key in KEYS
    for number in range(len(importlib.import_module(f"tensorviz.ui.lessons.{key}.state").SAMPLES))
]


def _sample(key: str, number: int):
    return importlib.import_module(f"tensorviz.ui.lessons.{key}.state").SAMPLES[number]


@pytest.mark.parametrize("key", KEYS)
def test_a_lesson_has_sample_states(key):
    module = importlib.import_module(f"tensorviz.ui.lessons.{key}.state")
    assert len(module.SAMPLES) >= 2
    assert all(sample != module.State() for sample in module.SAMPLES)


@pytest.mark.parametrize(("key", "number"), SAMPLES)
def test_a_saved_state_reproduces_the_same_screenshot(qtbot, key, number):
    """A lesson built in a state, and another moved to it by set_state from its JSON, draw
    the same picture, code and output."""
    import json

    from tests.image_testing import compare, diff_image

    theme = make_theme("light")
    state = _sample(key, number)
    first = lessons.build(key, theme, state)
    qtbot.addWidget(first)
    first.resize(1300, 850)
    first.show()
    first.settle()
    saved = json.loads(json.dumps(state.to_dict()))
    second = lessons.build(key, theme)
    qtbot.addWidget(second)
    second.resize(1300, 850)
    second.show()
    second.settle()
    second.set_state(lessons.state_class(key).from_dict(saved))
    second.settle()
    QApplication.processEvents()
    assert second.state == first.state == state
    assert second.snippet() == first.snippet()
    assert second.banner.message() == first.banner.message()
    # numpy's memory view and ops' data_ptr() labels show real addresses, which differ
    # between the two lessons' objects
    allowed = {"numpy": 0.01, "ops": 0.005}.get(key, 0.0005)
    moved, built = second.grab().toImage(), first.grab().toImage()
    result = compare(moved, built)
    if not (result.size_ok and result.fraction <= allowed):
        out = Path(tempfile.gettempdir()) / "tensorviz-image-failures"
        out.mkdir(exist_ok=True)
        built.save(str(out / f"{key}-{number}-built.png"))
        moved.save(str(out / f"{key}-{number}-moved.png"))
        diff_image(moved, built).save(str(out / f"{key}-{number}-diff.png"))
    assert result.size_ok and result.fraction <= allowed, result


@pytest.mark.parametrize(("key", "number"), SAMPLES)
def test_sample_states_print_their_output(qapp, key, number):
    lesson = lessons.build(key, make_theme("light"), _sample(key, number))
    lesson.settle()
    snippet = lesson.snippet()
    lesson.deleteLater()
    (ran,) = python_runs([snippet.code])
    assert ran.returncode == 0 or "Error" in snippet.output, ran.stderr
    assert ran.stdout == snippet.output


@pytest.mark.parametrize("key", KEYS)
def test_building_a_lesson_shows_no_window_of_its_own(qtbot, key):
    """A part shown before it had a parent is a window: ops' and descent's playback buttons,
    speed list and slider each flashed up at the screen's corner while the lesson was built
    (in the background too, mid-lecture), and the main window lost the keyboard."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    shown: list[str] = []

    class Windows(QObject):
        def eventFilter(self, watched, event) -> bool:
            window = isinstance(watched, QWidget) and watched.isWindow()
            if event.type() == QEvent.Type.Show and window:
                shown.append(watched.objectName() or type(watched).__name__)
            return False

    watch = Windows()
    QApplication.instance().installEventFilter(watch)
    try:
        lesson = lessons.build(key, make_theme("light"))
        qtbot.addWidget(lesson)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert shown == []


@pytest.mark.parametrize("key", KEYS)
def test_a_field_shows_its_texts_beginning(qtbot, key):
    """Qt shows a new text's end, where it puts the cursor: the dtype lesson's Values read
    "ł159, -2.7, 300.5, 1e-5]" at 1024x768 zoom 150. A field the user is not typing in
    shows its beginning."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    lesson = lessons.build(key, make_theme("light", 150))
    qtbot.addWidget(lesson)
    lesson.resize(700, 500)
    lesson.show()
    lesson.settle()
    samples = importlib.import_module(f"tensorviz.ui.lessons.{key}.state").SAMPLES
    for sample in (lesson.State(), *samples[:3]):
        lesson.set_state(sample)
        lesson.settle()
        fields = [f for f in lesson.findChildren(QLineEdit) if f.isVisible() and f.text()]
        fields = [f for f in fields if not f.hasFocus() and not f.isReadOnly()]
        fields = [f for f in fields if not isinstance(f.parentWidget(), QComboBox)]
        assert fields
        for field in fields:
            assert field.cursorPosition() == 0, (field.objectName(), field.text())
