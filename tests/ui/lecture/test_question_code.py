"""A question's cover shows the code the class is asked about, in words the back row reads:
on the smallest projector (1024x768, zoom 150) the code pane shows two of its lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontInfo, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton

from tensorviz.core.snippet import essentials
from tensorviz.ui.app import MainWindow
from tensorviz.ui.lecture.track import course
from tensorviz.ui.widgets.cover import Cover
from tests.ui.test_projector_sizes import open_projector_window, settle

LITERAL = "x = torch.tensor([[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]])"


def picture_cover(window) -> Cover:
    view = window.current_lesson().view
    (cover,) = [c for c in view.picture_area().findChildren(Cover) if c.isVisible()]
    return cover


def shown(cover: Cover) -> str:
    return QTextDocumentFragment.fromHtml(cover.text()).toPlainText()


@contextmanager
def lecture_at(qtbot, step: int) -> Iterator[MainWindow]:
    """A 1600x1000 window in English at zoom 100, at course step ``step``, settled."""
    with open_projector_window("en", zoom=100) as window:
        qtbot.waitExposed(window)
        window.resize(1600, 1000)
        window.lecture.enter(step)
        settle(window)
        yield window


def test_the_question_shows_its_tensor_on_the_projector(qtbot):
    # step 4, "What is the shape of x?": the literal was in the code pane alone, its
    # first 20 characters in sight
    with open_projector_window("zh_CN") as window:
        qtbot.waitExposed(window)
        window.lecture.enter(4)
        settle(window)
        cover = picture_cover(window)
        assert cover.shows_code()
        assert LITERAL in shown(cover) and "print" not in shown(cover)
        assert "按 R 揭晓 torch 的答案" in shown(cover)
        assert cover.heightForWidth(cover.width()) <= cover.height()  # all of it in sight
        code = window.current_lesson().view.code_pane.findChild(QPlainTextEdit, "code_view")
        code_px = QFontInfo(code.font()).pixelSize()
        assert QFontInfo(cover.font()).pixelSize() > code_px
        window.set_language("en")
        settle(window)
        assert "Press R to reveal torch's answer" in shown(picture_cover(window))
        window.lecture.reveal()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the covers gone
        lesson = window.current_lesson()  # another snippet: nothing left to follow it
        lesson.set_state(replace(lesson.state, preset="custom", data="[1, 2]"))
        settle(window)
        assert "x = torch.tensor([1, 2])" in lesson.view.code_pane.code_text()


def test_the_cover_follows_code_written_when_the_result_comes(qtbot):
    # the shape lesson writes its code when its worker's result comes: when the question's
    # covers are laid, the pane still shows the step before's
    with lecture_at(qtbot, 47) as window:
        window.lecture.go(48)
        cover = picture_cover(window)
        settle(window)
        assert "x2 = x1.view(2, 2, 3)" in shown(cover) and "view(-1, 2)" not in shown(cover)


def test_a_long_literal_typed_under_the_question_leaves_the_cover_its_prompt(qtbot):
    """Typed while the question stands (a 2,000-number literal): too long to read on a cover,
    so the cover has the prompt; shorter again, the code."""
    with lecture_at(qtbot, 4) as window:
        lesson = window.current_lesson()
        long = "[" + ", ".join(["1e+308"] * 2000) + "]"
        lesson.set_state(replace(lesson.state, preset="custom", data=long))
        settle(window)
        cover = picture_cover(window)
        assert long in lesson.view.code_pane.code_text()  # torch took it
        assert not cover.shows_code() and "the shape of x" in cover.text()
        lesson.set_state(replace(lesson.state, preset="custom", data="[[1, 2], [3, 4]]"))
        settle(window)
        assert "x = torch.tensor([[1, 2], [3, 4]])" in shown(cover)


def test_a_raises_question_covers_the_try_that_would_tell(qtbot):
    """A lesson writes a try only around a call torch refused: "Does it raise?" covered the
    output and let the code say yes (step 45) or no (step 48). The code is covered too,
    its covers showing it less the try."""
    with open_projector_window("en", zoom=100) as window:
        qtbot.waitExposed(window)
        window.resize(1600, 1000)
        for number, call in ((45, "x2 = x1.view(2, -1)"), (48, "x2 = x1.view(2, 2, 3)")):
            window.lecture.enter(number)
            settle(window)
            pane = window.current_lesson().view.code_pane
            assert ("try:" in pane.code_text()) is (number == 45)  # what told the answer
            (on_code,) = [c for c in pane.code_view().findChildren(Cover) if c.isVisible()]
            for cover in (on_code, picture_cover(window)):
                assert cover.shows_code() and call in shown(cover)
                assert "try" not in shown(cover) and "except" not in shown(cover)
            # nor may "Copy code" paste it elsewhere until the reveal
            copy = pane.findChild(QPushButton, "copy_code")
            QApplication.clipboard().setText("before")
            copy.click()
            assert not copy.isEnabled() and QApplication.clipboard().text() == "before"
            window.lecture.reveal()
            assert not [c for c in pane.code_view().findChildren(Cover) if c.isVisible()]
            copy.click()
            assert QApplication.clipboard().text().rstrip("\n") == pane.code_text()


def test_a_comment_that_answers_the_question_is_covered(qtbot):
    # steps 30-33 ask whether memory is shared; the code's comments said so ("uses the
    # tensor's memory"): the code is covered, and the cover shows it without comments
    with lecture_at(qtbot, 30) as window:
        pane = window.current_lesson().view.code_pane
        assert "uses the tensor's memory" in pane.code_text()
        (on_code,) = [c for c in pane.code_view().findChildren(Cover) if c.isVisible()]
        for cover in (on_code, picture_cover(window)):
            assert "#" not in shown(cover)
        assert "a1 = t1.numpy()" in shown(picture_cover(window))


@pytest.mark.parametrize(("size", "zoom"), [((1024, 768), 150), ((1024, 768), 160)])
def test_no_line_of_code_runs_under_the_scroll_bar(qtbot, size, zoom):
    # the cover spans the picture's scroll area, whose scroll bar is drawn over it: step 8's
    # "x = torch.tensor([[1, 2, 3], [4, 5, 6]])" filled the width, its ")" under the bar
    with open_projector_window("zh_CN", zoom=zoom) as window:
        qtbot.waitExposed(window)
        window.resize(*size)
        for number in (4, 8, 13, 44, 64, 74):
            window.lecture.enter(number)
            settle(window)
            cover = picture_cover(window)
            if not cover.shows_code():
                continue
            viewport = cover.parentWidget().viewport().geometry()
            image = cover.grab().toImage()
            ratio = image.devicePixelRatio()
            beyond = {
                image.pixel(x, y)
                for x in range(round((viewport.right() - 2) * ratio), image.width())
                for y in range(image.height())
            }
            assert len(beyond) == 1, f"step {number}: code under the scroll bar"


def test_a_line_of_code_wraps_only_with_its_rest_indented(qtbot):
    # step 65 at zoom 200: its first line fitted the picture by the characters' widths, not
    # with the table's spacing, and wrapped with its rest at the left edge
    with open_projector_window("en", zoom=200) as window:
        qtbot.waitExposed(window)
        window.resize(3200, 2000)
        window.lecture.enter(65)
        settle(window)
        cover = picture_cover(window)
        assert cover.shows_code()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(cover.font())
        doc.setHtml(cover.text())
        doc.setTextWidth(cover.contentsRect().width() - 2 * cover.margin())
        doc.size()  # laid out
        for line in essentials(window.current_lesson().view.code_pane.code_text()).split("\n"):
            layout = doc.find(line).block().layout()
            if layout.lineCount() > 1:
                assert layout.lineAt(1).x() > layout.lineAt(0).x(), line


def test_on_the_projector_the_cover_shows_the_lines_the_question_is_about(qtbot):
    # steps 30-33 ask about one of the numpy lesson's four pairs: all four (9 lines) fitted
    # no form at 1024x768 zoom 150, and every cover said "?"; the track names the pair's
    # names ("about"), and the covers show the statements that name them
    asked = {
        30: ("a1 = t1.numpy()", "a1[0, 0] = 100"),
        31: ("a2 = t2.numpy().copy()", "a2[0, 0] = 100"),
        32: ("t3 = torch.from_numpy(a3)", "t3[0, 0] = 100"),
        33: ("t4 = torch.tensor(a4)", "t4[0, 0] = 100"),
    }
    with open_projector_window("zh_CN") as window:
        qtbot.waitExposed(window)
        for number, lines in asked.items():
            window.lecture.enter(number)
            settle(window)
            cover = picture_cover(window)
            assert cover.shows_code(), number
            for line in lines:
                assert line in shown(cover)
            pair = str(number - 29)  # t1/a1 at step 30 ... t4/a4 at 33
            others = [f"{v}{i} =" for v in "ta" for i in "1234" if i != pair]
            assert not [line for line in others if line in shown(cover)]
            assert cover.heightForWidth(cover.width()) <= cover.height()  # all in sight


def test_every_question_that_names_its_lines_shows_code_on_the_projector(qtbot):
    named = [s.number for s in course().steps if s.question is not None and s.question.about]
    assert named
    with open_projector_window("en") as window:
        qtbot.waitExposed(window)
        for number in named:
            window.lecture.enter(number)
            settle(window)
            cover = picture_cover(window)
            assert cover.shows_code(), number
            about = window.lecture.step().question.about
            code = [ln for ln in shown(cover).splitlines()[1:-1] if ln]  # "?" above, hint under
            whole = essentials(window.current_lesson().view.code_pane.code_text())
            assert 0 < len(code) < len(whole.splitlines()), number
            names = re.compile(r"\b(" + "|".join(about) + r")\b")
            stray = [ln for ln in code if not ln.endswith(":") and not names.search(ln)]
            assert not stray, (number, code)
