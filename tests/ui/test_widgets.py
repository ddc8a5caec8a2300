import numpy as np
import pytest
import torch
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication

from tensorviz.core.errors import attempt
from tensorviz.core.snippet import Snippet
from tensorviz.core.values import snapshot
from tensorviz.ui import i18n
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.code_pane import CodePane
from tensorviz.ui.widgets.error_banner import ErrorBanner, _line_bottoms
from tensorviz.ui.widgets.tensor_grid import TensorGrid


@pytest.mark.parametrize("shape", [(), (5,), (3, 4), (2, 3, 4), (2, 2, 3, 3)])
def test_grid_draws_every_element_at_its_index(qtbot, theme, shape):
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    t = torch.arange(int(np.prod(shape)), dtype=torch.float32).reshape(shape) * 1.5
    grid.set_snapshot(snapshot(t))
    grid.resize(grid.sizeHint())
    grid.show()
    for index in np.ndindex(*shape):
        assert grid.text_of(index) == snapshot(t[index]).text[0]
        rect = grid.cell_rect(index)
        assert rect is not None
        assert grid.index_at(rect.center()) == index
    assert not grid.grab().isNull()


def test_grid_summarises_big_and_5d_tensors(qtbot, theme):
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.zeros(100, 100)))
    assert grid.cell_rect((0, 0)) is None
    with pytest.raises(LookupError):
        grid.text_of((0, 0))
    grid.set_snapshot(snapshot(torch.zeros(1, 1, 1, 1, 2)))
    assert grid.cell_rect((0, 0, 0, 0, 0)) is None
    grid.resize(400, 200)
    assert not grid.grab().isNull()


def test_grid_scales_with_zoom(qtbot):
    small, big = TensorGrid(make_theme("light", 100)), TensorGrid(make_theme("light", 200))
    for g in (small, big):
        qtbot.addWidget(g)
        g.set_snapshot(snapshot(torch.arange(12).reshape(3, 4)))
    assert big.sizeHint().width() > 1.6 * small.sizeHint().width()


def test_grid_hover_emits_index(qtbot, theme):
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.arange(6).reshape(2, 3)))
    grid.resize(grid.sizeHint())
    grid.show()
    centre = grid.cell_rect((1, 2)).center().toPoint()
    with qtbot.waitSignal(grid.cell_clicked) as blocker:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [(1, 2)]


def test_grid_ghost_and_highlight_accept_masks(qtbot, theme):
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.ones(2, 3)))
    grid.set_ghost(np.array([[False] * 3, [True] * 3]))
    grid.set_highlight({(0, 0): "highlight"})
    grid.set_cell_tones(np.arange(6).reshape(2, 3))
    grid.resize(grid.sizeHint())
    image = grid.grab().toImage()
    plain = TensorGrid(theme)
    qtbot.addWidget(plain)
    plain.set_snapshot(snapshot(torch.ones(2, 3)))
    plain.resize(plain.sizeHint())
    assert image != plain.grab().toImage()


def test_grid_of_4096_cells_maps_every_index_both_ways(qtbot, theme):
    """A 4-D tensor at the snapshot cap, shrunk to a lesson's picture: every cell is where
    cell_rect says, inside the widget, hit-tested back to its index, with its own text."""
    t = torch.arange(4096).reshape(8, 8, 8, 8)
    snap = snapshot(t)
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.set_snapshot(snap)
    area = QRectF(grid.rect())
    for flat, index in enumerate(np.ndindex(*t.shape)):
        rect = grid.cell_rect(index)
        assert area.contains(rect)
        assert grid.index_at(rect.center()) == index
        assert grid.text_of(index) == snap.text[flat] == str(flat)
    assert grid.cell_rect((8, 0, 0, 0)) is None and grid.cell_rect((0, 0, 0)) is None
    grid.set_cell_tones(t.numpy() // 64)
    grid.set_ghost(t.numpy() % 3 == 0)
    grid.set_highlight({(1, 2, 3, 4): "accent", (9, 9, 9, 9): "highlight"})
    assert not grid.grab().isNull()


def _pixel(grid: TensorGrid, index) -> QColor:
    """The fill colour of a cell, read near its top-left corner (away from text)."""
    rect = grid.cell_rect(index)
    image = grid.grab().toImage()
    return image.pixelColor((rect.topLeft() + QPointF(4, 4)).toPoint())


def test_grid_colours_by_value_diverging_from_the_surface(qtbot, theme):
    t = torch.tensor([[-2.0, 0.0, 1.0], [4.0, float("nan"), -4.0]])
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(t))
    grid.resize(grid.sizeHint())
    surface = QColor(theme.surface if theme.name != "contrast" else "#000000")

    def blend(b: str, f: float) -> QColor:
        c = QColor(b)
        return QColor(
            *(
                round(x + (y - x) * f)
                for x, y in zip(surface.getRgb()[:3], c.getRgb()[:3], strict=True)
            )
        )

    assert _pixel(grid, (0, 1)) == surface
    assert _pixel(grid, (1, 0)) == blend(theme.positive, 0.6)  # the largest magnitude
    assert _pixel(grid, (0, 2)) == blend(theme.positive, 0.6 * 1 / 4)
    assert _pixel(grid, (0, 0)) == blend(theme.negative, 0.6 * 2 / 4)
    assert _pixel(grid, (1, 1)) == blend(theme.warning, 0.5)  # not finite
    grid.set_color_mode("none")
    assert _pixel(grid, (1, 0)) == surface
    grid.set_cell_tones(np.array([[0, 0, 1], [1, 2, 2]]))
    assert _pixel(grid, (0, 2)) == blend(theme.series[1], 0.45)


def test_grid_writes_values_only_where_readable(qtbot, theme):
    """Big cells show their values; cells too small to read are plain colour (the tooltip
    gives the value), so a shrunk grid of thousands of cells paints no text."""
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_color_mode("none")
    grid.set_snapshot(snapshot(torch.full((2, 2), 888)))
    grid.resize(grid.sizeHint())
    rect = grid.cell_rect((0, 0)).adjusted(3, 3, -3, -3).toRect()
    colours = {
        grid.grab().toImage().copy(rect).pixel(x, y)
        for x in range(rect.width())
        for y in range(rect.height())
    }
    assert len(colours) > 2  # glyphs, anti-aliased, on the surface
    grid.resize(grid.sizeHint() * 0.2)
    small = grid.cell_rect((0, 0))
    assert small.height() < theme.px(11)
    image = grid.grab().toImage()
    inner = small.adjusted(1, 1, -1, -1).toRect()
    assert (
        len(
            {
                image.pixel(x, y)
                for x in range(inner.left(), inner.right())
                for y in range(inner.top(), inner.bottom())
            }
        )
        <= 1
    )


def test_grid_size_hint_grows_only_when_asked(qtbot, theme):
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.zeros(3, 4)))
    natural = grid.sizeHint()
    grid.resize(natural)
    cell = grid.cell_rect((0, 0)).height()
    grid.set_max_scale(2.0)
    assert grid.sizeHint() == natural
    grid.set_max_scale(2.0, grow_hint=True)
    assert grid.sizeHint() == natural * 2.0
    grid.resize(natural * 3)
    assert grid.cell_rect((0, 0)).height() == pytest.approx(2 * cell)


def test_a_long_vector_wraps_into_rows_where_one_row_would_be_too_small_to_write(qtbot, theme):
    # create's linspace(3, 10000000, 10) at 1024x768 zoom 150: a row 538x90 px, its values
    # scaled below what is written (blank cells); in two rows of five, each value is written
    t = torch.linspace(3, 10000000, 10)
    one_row = TensorGrid(theme)
    grid = TensorGrid(theme, wraps=True)
    for g in (one_row, grid):
        qtbot.addWidget(g)
        g.set_snapshot(snapshot(t))
    natural = grid.sizeHint()
    assert one_row.sizeHint() == natural  # the hint is one row's: no new layout asked for
    for g in (one_row, grid):
        g.resize(natural.width() * 35 // 100, natural.height() * 2)
    assert one_row.cell_rect((0,)).height() < theme.px(11)  # not written
    assert grid.cell_rect((0,)).height() >= theme.px(11)  # written
    first, sixth = grid.cell_rect((0,)), grid.cell_rect((5,))
    assert sixth.top() > first.bottom() and sixth.left() == first.left()  # the next row
    for i in range(10):
        assert grid.index_at(grid.cell_rect((i,)).center()) == (i,)
    assert grid.sizeHint() == natural
    grid.resize(natural)  # room for one row: one row
    assert grid.cell_rect((5,)).top() == grid.cell_rect((0,)).top()
    grid.set_snapshot(snapshot(torch.arange(7.0)))  # 7 has no rows of equal length
    grid.resize(grid.sizeHint() * 0.3)
    assert len({grid.cell_rect((i,)).top() for i in range(7)}) == 1
    matrix = TensorGrid(theme, wraps=True)  # only a vector wraps
    qtbot.addWidget(matrix)
    matrix.set_snapshot(snapshot(torch.zeros(2, 10)))
    matrix.resize(matrix.sizeHint().width() // 3, matrix.sizeHint().height() * 4)
    assert matrix.cell_rect((0, 9)).top() == matrix.cell_rect((0, 0)).top()


def test_grid_summary_is_translated(qtbot, theme):
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.zeros(100, 100)))
    assert grid.cell_rect((0, 0)) is None and grid.index_at(grid.rect().center()) is None
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        text = "Too many elements to draw each one; summary:"
        assert grid.tr(text) == QCoreApplication.translate("TensorGrid", text) != text
    finally:
        i18n.set_language(app, "en")
    assert not grid.grab().isNull()


def test_code_pane_shows_code_output_and_copies(qtbot, theme):
    pane = CodePane(theme)
    qtbot.addWidget(pane)
    pane.set_snippet(Snippet("import torch\nprint(torch.ones(2))\n", "tensor([1., 1.])\n"))
    assert pane.code_text() == "import torch\nprint(torch.ones(2))"
    assert pane.output_text() == "tensor([1., 1.])"
    qtbot.mouseClick(pane.findChild(type(pane._copy), "copy_code"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "import torch\nprint(torch.ones(2))\n"


def test_error_banner_shows_torchs_message_and_dismisses(qtbot, theme):
    banner = ErrorBanner(theme)
    qtbot.addWidget(banner)
    banner.show()
    banner.hide()
    error = attempt(lambda: torch.ones(3).item())
    banner.show_error(error, lambda: "explained")
    assert banner.isVisible()
    assert "a Tensor with 3 elements cannot be converted to Scalar" in banner.message()
    assert banner.explanation() == "explained"
    qtbot.mouseClick(banner._close, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert banner.message() == ""


@pytest.mark.parametrize("held", [False, True])
def test_a_capped_banner_shows_whole_lines_of_torchs_message(qtbot, theme, held):
    """view's error at 1024x768, zoom 150: two lines and the top half of a third; item()'s
    explanation at 1280x720, zoom 125: the top half of its second line. Capped, the text
    shows whole lines of the message and its explanation and scrolls the rest; so where it
    holds its room for a course question (its height then the same whatever it says)."""
    banner = ErrorBanner(theme)
    qtbot.addWidget(banner)
    banner.resize(500, 400)
    banner.show()
    banner.hold_room(held)
    error = attempt(lambda: torch.ones(2, 3).t().view(6))
    explanation = "只有恰好含一个元素的张量才能用 item() 取出数值，维数多少无关紧要。" * 3
    banner.show_error(error, lambda: explanation)
    message, words = banner._message, banner._explanation
    total = _line_bottoms(words, message.width())[-1] + words.y()
    for cap in range(40, int(total) - 4, 5):
        banner.cap_height(cap)
        QApplication.processEvents()
        shown = banner._text.viewport().height()
        width = message.width()
        ends = [message.y() + b for b in _line_bottoms(message, width)]
        ends += [words.y() + b for b in _line_bottoms(words, width)]
        assert any(abs(shown - e) <= 1 for e in ends), (cap, shown, ends)
        assert banner._text.verticalScrollBar().maximum() > 0  # the rest scrolls


def test_a_held_banner_saying_no_error_shows_whole_lines(qtbot, theme):
    """Held for "Does it raise?" where torch raised nothing, the banner has no message (its
    label hidden, no spacing above the words): counted with the spacing, the lines' ends
    were off by it and the text room ended in a line."""
    banner = ErrorBanner(theme)
    qtbot.addWidget(banner)
    banner.resize(160, 400)
    banner.show()
    banner.hold_room(True)
    QApplication.processEvents()
    words = banner._explanation
    assert not banner._message.isVisible() and words.text()
    ends = [words.y() + b for b in _line_bottoms(words, words.width())]
    assert len(ends) > 2
    for cap in range(40, int(ends[-1]) * 2, 5):
        banner.cap_height(cap)
        QApplication.processEvents()
        ends = [words.y() + b for b in _line_bottoms(words, words.width())]
        shown = banner._text.viewport().height()
        assert shown >= ends[-1] - 1 or any(abs(shown - e) <= 1 for e in ends), (cap, shown, ends)


def test_error_banner_asks_for_explanation_again_on_language_change(qtbot, theme):
    banner = ErrorBanner(theme)
    qtbot.addWidget(banner)
    calls = []
    banner.show_error("bad input", lambda: calls.append(1) or f"call {len(calls)}")
    assert banner.explanation() == "call 1"
    QGuiApplication.sendEvent(banner, QEvent(QEvent.Type.LanguageChange))
    assert banner.explanation() == "call 2"


def _held_banner(qtbot, theme) -> ErrorBanner:
    """A banner at the top of a box, as in a lesson (room below it)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    box = QWidget()
    layout = QVBoxLayout(box)
    banner = ErrorBanner(theme)
    layout.addWidget(banner)
    layout.addStretch(1)
    qtbot.addWidget(box)
    box.resize(600, 400)
    box.show()
    qtbot.waitExposed(box)
    banner.box = box  # kept alive with the banner
    return banner


def _banner_covers(banner) -> list:
    from tensorviz.ui.widgets.cover import Cover

    return [c for c in banner.findChildren(Cover) if c.isVisible()]


def test_a_banner_holding_its_room_for_an_error_stands_covered_once_one_comes(qtbot, theme):
    """A question hiding the output, whose page also raises: the error may come after the
    question was set (a lesson computing on its worker, or torch still loading); it takes
    the room then, covered, and the reveal moves nothing."""
    banner = _held_banner(qtbot, theme)
    banner.hold_room(True, errors_only=True)
    banner.set_concealed(True)
    assert not banner.isVisible() and not banner.holds_room()  # no error: no room
    banner.show_error(attempt(lambda: torch.ones(3).item()))
    QCoreApplication.processEvents()
    covers = _banner_covers(banner)
    assert banner.isVisible() and banner.holds_room()
    assert len(covers) == 1 and covers[0].geometry() == banner.rect()
    top, height = banner.geometry().top(), banner.height()
    banner.set_concealed(False)  # the reveal
    QCoreApplication.processEvents()
    assert not _banner_covers(banner) and banner.isVisible()
    assert (banner.geometry().top(), banner.height()) == (top, height)
    assert "cannot be converted to Scalar" in banner.message()


def test_a_refused_input_is_shown_under_a_question_and_torchs_error_stays_covered(qtbot, theme):
    """A student's typo on a question step: the refusal answers nothing and shows at once
    in the held room (it stood covered, "?", until the reveal); torch's next error is
    covered again."""
    banner = _held_banner(qtbot, theme)
    banner.hold_room(True)
    banner.set_concealed(True)
    height = banner.height()
    banner.show_error("Step arguments: 2,3-1", "That dim cannot be used.")
    QCoreApplication.processEvents()
    assert not _banner_covers(banner) and banner.isVisible()
    assert banner.message() == "Step arguments: 2,3-1" and banner.height() == height
    banner.show_error(attempt(lambda: torch.ones(3).item()))
    QCoreApplication.processEvents()
    assert len(_banner_covers(banner)) == 1 and banner.height() == height
    banner.clear()
    banner.show_error("Step arguments: x")
    banner.hold_room(False)
    banner.set_concealed(True)  # a question not holding the room: the refusal shows too
    assert banner.isVisible() and banner.message() == "Step arguments: x"
    banner.show_error(attempt(lambda: torch.ones(3).item()))
    assert not banner.isVisible()


def test_a_revealed_note_gives_way_to_the_lessons_next_result(qtbot, theme):
    """The held room said at the reveal that torch raised (an error its lesson shows
    elsewhere); the lecturer changes the step and torch raises nothing: the room says that,
    not the old error."""
    from PySide6.QtWidgets import QLabel

    banner = _held_banner(qtbot, theme)
    banner.hold_room(True)
    banner.set_concealed(True)
    assert len(_banner_covers(banner)) == 1
    banner.set_concealed(False)
    banner.set_note(str(attempt(lambda: torch.ones(3).item())))
    title = banner.findChild(QLabel, "error_title")
    message = banner.findChild(QLabel, "error_message")
    assert title.text() == "torch raised an error" and "to Scalar" in message.text()
    banner.clear()  # the lesson's next result, without an error
    assert title.text() == "torch raised no error" and banner.property("tone") == "good"
    assert not message.isVisible() and banner.isVisible()
    banner.hold_room(False)  # the step is left
    assert not banner.isVisible()


def _pixel_colours(widget) -> np.ndarray:
    """``widget``'s pixels as "#rrggbb" names."""
    from tests.image_testing import as_array

    pixels = as_array(widget.grab().toImage())[..., :3].reshape(-1, 3)
    return np.array(["#{:02x}{:02x}{:02x}".format(*p) for p in pixels])


def _colours(widget) -> set[str]:
    return set(_pixel_colours(widget))


@pytest.fixture
def styled_box(qtbot):
    """``styled_box(theme_name, *widgets)``: the widgets shown in a box with the theme's
    palette and style sheet; the light palette comes back afterwards (it is the app's)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from tensorviz.ui.theme import apply_palette, stylesheet

    app = QCoreApplication.instance()
    boxes = []  # alive until the test ends (with them, the widgets)

    def make(theme_name: str, *widgets):
        t = make_theme(theme_name, 100)
        apply_palette(app, t)
        box = QWidget()
        boxes.append(box)
        qtbot.addWidget(box)
        box.setStyleSheet(stylesheet(t))
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        box.resize(240, 100)
        box.show()
        return t

    yield make
    apply_palette(app, make_theme("light", 100))


@pytest.mark.parametrize("theme_name", ["light", "dark", "contrast"])
def test_a_disabled_control_looks_unlike_an_enabled_one(styled_box, theme_name):
    """While torch loads every control is disabled; in high contrast (where muted text is
    white) a disabled button and field looked exactly like enabled ones."""
    from PySide6.QtWidgets import QLineEdit, QPushButton

    button, field = QPushButton("Apply"), QLineEdit("[1, 2, 3]")
    t = styled_box(theme_name, button, field)
    for widget in (button, field):
        enabled = _colours(widget)
        widget.setEnabled(False)
        disabled = _colours(widget)
        assert enabled != disabled, f"{type(widget).__name__} unchanged when disabled"
        if theme_name == "contrast":  # its own colour for "unavailable", nowhere else
            assert t.disabled.lower() in disabled and t.disabled.lower() not in enabled


def _luminance(name: str) -> float:
    """WCAG 2 relative luminance of a colour."""
    from PySide6.QtGui import QColor

    c = QColor(name)
    rgb = [v / 255 for v in (c.red(), c.green(), c.blue())]
    rgb = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


@pytest.mark.parametrize("theme_name", ["light", "dark", "contrast"])
def test_a_checked_button_stays_readable_and_checked_while_disabled(styled_box, theme_name):
    """While torch loads, ops' chosen topic button is checked and disabled: its text took the
    disabled colour on the accent background (1.1:1 in light and dark), unreadable."""
    from PySide6.QtWidgets import QPushButton

    checked, plain = QPushButton("A @ B"), QPushButton("A * B")
    checked.setCheckable(True)
    checked.setChecked(True)
    t = styled_box(theme_name, checked, plain)
    for button in (checked, plain):
        button.setEnabled(False)
    pixels = _pixel_colours(checked)
    centre = set(pixels)
    assert centre != _colours(plain)  # checked still looks checked
    background = max(centre, key=lambda c: (pixels == c).sum())
    lo, hi = sorted((_luminance(background), _luminance(t.disabled)))
    assert (hi + 0.05) / (lo + 0.05) >= 2.5, (background, t.disabled)


def test_the_covered_banner_room_is_framed_in_high_contrast(styled_box):
    """Under a question the held room's cover keeps a frame: in high contrast its face and
    the lesson around it are both black, and a lone "?" floated in a black band."""
    from tensorviz.ui.widgets.cover import Cover

    banner = ErrorBanner(make_theme("contrast", 100))
    t = styled_box("contrast", banner)
    banner.hold_room(True)
    banner.set_concealed(True)
    QCoreApplication.processEvents()
    cover = banner.findChild(Cover, "lecture_banner_cover")
    assert cover is not None and cover.isVisible()
    image = cover.grab().toImage()
    top_edge = image.pixelColor(image.width() // 2, 0).name()  # its frame, not its face
    assert top_edge == QColor(t.border).name() != QColor(t.surface).name()


def test_a_bug_of_tensorviz_is_not_titled_as_the_users_input(qtbot, monkeypatch):
    """An internal error says it is tensorviz's, not "Your input was not accepted": the
    student changed nothing wrong. Shown at once under a question, as the app's refusals
    are; the next refusal of real input is titled as such again."""
    import sys

    from PySide6.QtWidgets import QLabel

    from tensorviz.core.errors import LiteralError
    from tensorviz.ui import lessons
    from tensorviz.ui.theme import make_theme

    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: caught.append(e))
    lesson = lessons.build("create", make_theme("light"))
    qtbot.addWidget(lesson)
    lesson.show()
    lesson.settle()
    banner = lesson.banner
    title = banner.findChild(QLabel, "error_title")
    banner.set_concealed(True)  # a course question stands over the lesson
    lesson.report_bug(RuntimeError("oops"))
    assert banner.isVisible() and caught and str(caught[0]) == "oops"
    assert title.text() == "tensorviz failed (a bug, not your input)"
    assert banner.message() == "RuntimeError: oops"
    lesson.show_input_error(LiteralError("empty"), "Size")
    assert title.text() == "Your input was not accepted"


@pytest.mark.parametrize("n", [10, 40, 64])
def test_a_grid_at_its_readable_size_writes_its_values(qtbot, theme, n):
    """readable_size() is what the create lesson keeps a grid at, at least: given it, a
    wrapping vector writes its values (the width was one column's and the height one
    row's, a size at which neither arrangement wrote them)."""
    grid = TensorGrid(theme, wraps=True)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.linspace(3, 1e7, n)))
    grid.resize(grid.readable_size())
    grid.show()
    qtbot.waitExposed(grid)
    assert grid.cell_rect((0,)).height() >= theme.px(11)  # where it writes values
    least = max(theme.px(60), grid.readable_size().height())
    assert grid.minimumSizeHint().height() == least


def test_a_big_tensor_asks_for_no_more_height_than_a_picture_has(qtbot, theme):
    """Asked to be tall enough to write its values, a 64x64 tensor wanted ~700 px: it is
    seen whole in colour instead, as before."""
    grid = TensorGrid(theme)
    qtbot.addWidget(grid)
    grid.set_snapshot(snapshot(torch.arange(64 * 64).reshape(64, 64)))
    assert grid.readable_size().height() > theme.px(320)
    assert grid.minimumSizeHint().height() == theme.px(60)
    grid.set_snapshot(snapshot(torch.ones(2, 4)))
    assert grid.minimumSizeHint().height() == max(theme.px(60), grid.readable_size().height())
