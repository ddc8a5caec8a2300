import numpy as np
import pytest
import torch
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication

from tensorviz.core.errors import attempt
from tensorviz.core.snippet import Snippet
from tensorviz.core.values import snapshot
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.code_pane import CodePane
from tensorviz.ui.widgets.error_banner import ErrorBanner
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


def test_error_banner_asks_for_explanation_again_on_language_change(qtbot, theme):
    banner = ErrorBanner(theme)
    qtbot.addWidget(banner)
    calls = []
    banner.show_error("bad input", lambda: calls.append(1) or f"call {len(calls)}")
    assert banner.explanation() == "call 1"
    QGuiApplication.sendEvent(banner, QEvent(QEvent.Type.LanguageChange))
    assert banner.explanation() == "call 2"
