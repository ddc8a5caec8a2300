"""ConversionChainView: one row per line, one column per element, a tag where a line changed
the element, and a click on a column selects that element."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import QPoint, Qt

from tensorviz.core.dtypes import Step, conversion_chain
from tensorviz.ui.widgets.conversion_chain import SYMBOLS, ConversionChainView


def _view(qtbot, theme, result):
    view = ConversionChainView(theme)
    qtbot.addWidget(view)
    view.set_result(result)
    view.resize(view.sizeHint())
    view.show()
    qtbot.waitExposed(view)
    return view


def test_cells_show_each_line_and_tag_what_it_changed(qtbot, theme):
    result = conversion_chain("[1.7, 300, -1e-9, 70000]", "", [Step("half"), Step("type", "uint8")])
    view = _view(qtbot, theme, result)
    x = torch.tensor([1.7, 300, -1e-9, 70000])
    for stage, t in enumerate((x, x.half(), x.half().type(torch.uint8))):
        for flat in range(4):
            assert float(view.cell_text(stage, flat)) == pytest.approx(t[flat].item(), rel=1e-3)
    assert view.cell_tag(1, 0) == SYMBOLS["rounded"]  # 1.7 has no exact float16
    assert view.cell_tag(1, 2) == SYMBOLS["underflow"]
    assert view.cell_tag(1, 3) == SYMBOLS["to_inf"]
    assert view.cell_tag(1, 1) == ""  # 300 is exact in float16
    assert view.cell_tag(2, 0) == SYMBOLS["truncated"]
    assert view.cell_text(2, 1) == str(int(x.half().type(torch.uint8)[1])) == "44"
    assert view.cell_tag(2, 1) == SYMBOLS["overflow"]
    assert not view.grab().isNull()


def test_a_click_on_a_column_emits_its_element(qtbot, theme):
    view = _view(qtbot, theme, conversion_chain("[[1, 2], [3, 4]]", "", [Step("half")]))
    for stage, flat in ((0, 3), (1, 1)):
        rect = view.cell_rect(stage, flat)
        assert rect is not None
        with qtbot.waitSignal(view.element_clicked) as clicked:
            qtbot.mouseClick(
                view,
                Qt.MouseButton.LeftButton,
                pos=QPoint(int(rect.center().x()), int(rect.center().y())),
            )
        assert clicked.args == [flat]


def test_no_result_draws_nothing(qtbot, theme):
    refused = conversion_chain("[300]", "uint8", [Step("half")])
    assert refused.error is not None and refused.stages == ()
    view = _view(qtbot, theme, refused)
    assert view.result() is None and view.cell_rect(0, 0) is None
    assert not view.grab().isNull()
    view.set_result(conversion_chain("[1, 2]"))
    assert view.cell_rect(0, 1) is not None
    view.set_result(None)
    assert view.result() is None and view.cell_rect(0, 1) is None


def test_the_picture_grows_with_elements_and_lines(qtbot, theme):
    small = _view(qtbot, theme, conversion_chain("[1, 2]", "", [Step("half")]))
    values = str(list(range(16)))  # wider than the legend, which sets the least width
    big = _view(qtbot, theme, conversion_chain(values, "", [Step("half"), Step("int")] * 2))
    assert big.sizeHint().width() > small.sizeHint().width()
    assert big.sizeHint().height() > small.sizeHint().height()
