"""A cover over part of a lesson: the prompt in big words where it fits, "?" where not, the
same at one size whatever sizes the part had before."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QWidget

from tensorviz.ui.theme import make_theme, stylesheet
from tensorviz.ui.widgets.cover import Cover

PROMPT = "After a2[0, 0] = 100, what is t2[0, 0]? Press R to reveal torch's answer"


def _target(qtbot, size: tuple[int, int]) -> QWidget:
    """A part of ``size`` in a window at zoom 150 (kept alive with the part)."""
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(stylesheet(make_theme("light", 150)))
    target = QWidget(host)
    host.resize(1800, 1000)
    host.show()
    target.resize(*size)
    target.host = host
    return target


def _cover_text(qtbot, size: tuple[int, int], before: tuple[int, int]) -> str:
    target = _target(qtbot, before)
    cover = Cover(target, PROMPT)
    QApplication.processEvents()
    target.resize(*size)
    QApplication.processEvents()
    assert cover.geometry() == target.rect()
    return cover.text()


def test_one_size_one_form_whatever_sizes_came_before(qtbot):
    # the course's steps 30 and 31 at 1024x768 zoom 150: alike pictures, one "?" and one
    # the whole prompt, after the sizes each had passed through
    for size in ((580, 300), (760, 300), (1000, 300), (1400, 600)):
        forms = {_cover_text(qtbot, size, before) for before in (size, (200, 100), (1700, 900))}
        assert len(forms) == 1, f"{size}: {forms}"
    assert _cover_text(qtbot, (580, 300), (580, 300)) == "?"
    assert _cover_text(qtbot, (1400, 600), (1400, 600)) == PROMPT
    assert _cover_text(qtbot, (1400, 60), (1400, 60)) == "?"  # a short part


CODE = "x = torch.tensor([[1, 2, 3], [4, 5, 6]])\ny = x.t()\nz = y.view(6)"


def _code_cover(qtbot, size: tuple[int, int], code: str = CODE) -> Cover:
    target = _target(qtbot, size)
    cover = Cover(target, PROMPT)
    cover.set_code(code, "Press R")
    QApplication.processEvents()
    cover.target = target  # kept alive with the cover
    return cover


def _shown_code(cover: Cover) -> str:
    return QTextDocumentFragment.fromHtml(cover.text()).toPlainText()


def test_a_cover_shows_the_code_asked_about_in_the_biggest_words_that_fit(qtbot):
    roomy = _code_cover(qtbot, (1400, 600))
    assert roomy.shows_code() and roomy.property("role") == "big"
    assert CODE in _shown_code(roomy) and "Press R" in _shown_code(roomy)
    # the projector's picture at 1024x768 zoom 150: smaller words, all of the code in view
    small = _code_cover(qtbot, (580, 330))
    assert small.shows_code() and small.property("role") != "big"
    assert CODE in _shown_code(small)
    assert small.heightForWidth(small.width()) <= small.height()
    # too little room for it: the prompt or "?" as before
    assert not _code_cover(qtbot, (580, 90)).shows_code()
    assert _code_cover(qtbot, (580, 90)).text() == "?"
    # and no code: the prompt
    assert _code_cover(qtbot, (1400, 600), code="").text() == PROMPT
    assert _code_cover(qtbot, (1400, 600), code=" \n ").text() == PROMPT  # blank: no code


def test_code_on_a_cover_is_text_not_markup(qtbot):
    code = "m = a < b\nn = '<b>bold</b> & co'"
    cover = _code_cover(qtbot, (1400, 600), code)
    assert code in _shown_code(cover)


def test_a_cover_whose_code_goes_has_the_form_of_a_fresh_one(qtbot):
    # the code's margin stayed: the prompt at 1400x212 fit on a fresh cover, not after code
    for height in (150, 212, 300):
        fresh = _code_cover(qtbot, (1400, height), code="")
        was = _code_cover(qtbot, (1400, height))
        was.set_code("", "Press R")
        assert (was.text(), was.margin()) == (fresh.text(), fresh.margin()), height


def test_a_wrapped_line_of_code_goes_on_further_in(qtbot):
    # its rest started at the left edge, read as a statement of its own ("6]], [[7, 8,...")
    code = "x = torch.tensor(1.0, requires_grad=True, dtype=torch.float64)\ny = x ** 2"
    cover = _code_cover(qtbot, (560, 330), code)
    assert cover.shows_code()
    doc = QTextDocument()
    doc.setDefaultFont(cover.font())
    doc.setHtml(cover.text())
    doc.setTextWidth(cover.width() - 2 * cover.margin())
    doc.size()  # laid out
    block = doc.find("x = torch.tensor").block()
    layout = block.layout()
    assert layout.lineCount() >= 2  # wrapped at this width
    assert layout.lineAt(1).x() > layout.lineAt(0).x() + QFontMetricsF(cover.font()).height()
    assert doc.find("y = x ** 2").block().layout().lineAt(0).x() == layout.lineAt(0).x()


def test_code_that_fits_in_big_words_gets_them(qtbot):
    # three lines of code on a wide, short part: the big form needs 248 px of 249; an
    # estimate of the lines plus three took it for too tall, and gave a smaller one
    height = 249
    cover = _code_cover(qtbot, (1900, height))
    assert cover.property("role") == "big"
    assert cover.heightForWidth(cover.width()) <= height


def test_a_chinese_prompt_that_just_fits_is_shown(qtbot):
    # measured centred, Chinese came out a pixel taller than the label lays it out: a
    # prompt at the height it needs got "?"
    prompt = "执行 a1[0, 0] = 100 之后，t1[0, 0] 是多少？按 R 揭晓 torch 的答案"
    roomy = Cover(_target(qtbot, (1400, 600)), prompt)
    assert roomy.text() == prompt
    needed = roomy.heightForWidth(1400)
    exact = Cover(_target(qtbot, (1400, needed)), prompt)
    assert exact.text() == prompt


def test_mono_fonts_asked_for_are_each_their_own(qtbot):
    # one shared QFont: a graph's "muted" mono font took the next one's size and weight
    theme = make_theme("light", 150)
    big, small = theme.font(10, mono=True), theme.font(9, bold=True, mono=True)
    assert (big.pointSizeF(), big.bold()) == (15.0, False)
    assert (small.pointSizeF(), small.bold()) == (13.5, True)
