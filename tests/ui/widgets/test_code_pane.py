"""CodePane: code above torch's output, or beside it where the pane is wide and short (under
the picture on a projector), so the picture keeps the height."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from tensorviz.core.snippet import Snippet
from tensorviz.ui.theme import make_theme, stylesheet
from tensorviz.ui.widgets.code_pane import SIDE_BY_SIDE_RATIO, CodePane


@pytest.fixture
def pane(qtbot, theme):
    widget = CodePane(theme)
    qtbot.addWidget(widget)
    widget.set_snippet(Snippet("import torch\nx = torch.ones(2)\nprint(x)", "tensor([1., 1.])"))
    widget.show()
    return widget


def _places(pane):
    code = pane._code.geometry()
    output = pane.output_view().geometry()
    return code, output


def test_a_tall_pane_has_the_output_under_the_code(qtbot, pane):
    pane.resize(400, 600)
    qtbot.waitUntil(lambda: not pane.side_by_side())
    qtbot.wait(10)  # the layout settles
    code, output = _places(pane)
    assert output.top() > code.bottom()
    assert output.left() == code.left()


def test_a_wide_short_pane_has_the_output_beside_the_code(qtbot, pane):
    pane.resize(900, 200)
    qtbot.waitUntil(pane.side_by_side)
    qtbot.waitUntil(lambda: _places(pane)[1].left() > _places(pane)[0].right())
    code, output = _places(pane)
    assert abs(output.top() - code.top()) <= 2  # the captions share a row
    assert code.width() > output.width()  # the code keeps the larger share
    # and the text is what it was
    assert pane.output_text() == "tensor([1., 1.])"
    assert pane.code_text().startswith("import torch")


def test_the_choice_follows_the_shape_back_and_forth(qtbot, pane):
    pane.resize(900, 200)
    qtbot.waitUntil(pane.side_by_side)
    pane.resize(round(SIDE_BY_SIDE_RATIO * 300) - 10, 300)
    qtbot.waitUntil(lambda: not pane.side_by_side())
    pane.resize(round(SIDE_BY_SIDE_RATIO * 300) + 10, 300)
    qtbot.waitUntil(pane.side_by_side)


def test_side_by_side_needs_less_height(qtbot, pane):
    pane.resize(400, 600)
    qtbot.waitUntil(lambda: not pane.side_by_side())
    stacked = pane.minimumSizeHint().height()
    pane.resize(900, 200)
    qtbot.waitUntil(pane.side_by_side)
    assert pane.minimumSizeHint().height() < stacked - 40


def test_the_captions_stay_in_one_row_after_a_zoom(qtbot, pane):
    """Side by side, the output's caption is as tall as the code's row (its copy button), also
    after a zoom that changes the button but not the pane's size."""
    from tensorviz.ui.theme import make_theme, stylesheet

    pane.resize(900, 200)
    qtbot.waitUntil(pane.side_by_side)
    for zoom in (200, 100):
        theme = make_theme("light", zoom)
        pane.setStyleSheet(stylesheet(theme))
        pane.apply_theme(theme)
        button = pane.findChild(QPushButton, "copy_code")
        qtbot.waitUntil(
            lambda b=button: pane._output_label.minimumHeight() == b.sizeHint().height()
        )


@pytest.mark.parametrize("zoom", [100, 150, 200])
def test_the_headings_begin_where_the_code_does(qtbot, zoom):
    """Flush left, "Code" and "Output" touched the splitter's handle beside the picture."""
    theme = make_theme("light", zoom)
    pane = CodePane(theme)
    qtbot.addWidget(pane)
    pane.setStyleSheet(stylesheet(theme))  # as the window's sheet reaches it
    pane.set_snippet(Snippet("import torch", "tensor([1.])"))
    pane.resize(400, 500)
    pane.show()
    qtbot.waitExposed(pane)
    for heading, view in ((pane._code_label, pane._code), (pane._output_label, pane._output)):
        text_left = view.viewport().mapTo(pane, view.cursorRect().topLeft()).x()
        heading_left = heading.mapTo(pane, heading.contentsRect().topLeft()).x()
        assert heading_left >= 5
        assert abs(heading_left - text_left) <= 1
