"""The dtype lesson: what it displays equals torch, bad input keeps the last result."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import QPoint, Qt

from tensorviz.core.dtypes import Step
from tensorviz.ui import lessons
from tensorviz.ui.lessons.dtype import TAB_CHAIN, TAB_DEVICES, TAB_TABLE
from tests.snippets import assert_prints_output


@pytest.fixture
def lesson(qtbot, theme):
    widget = lessons.build("dtype", theme)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.settle()
    return widget


def _type_values(qtbot, lesson, text: str) -> None:
    lesson.values_edit.setFocus()
    lesson.values_edit.selectAll()
    lesson.values_edit.setText(text)
    qtbot.keyClick(lesson.values_edit, Qt.Key.Key_Return)


def test_default_picture_equals_torch(lesson):
    view = lesson.chain_view
    x = torch.tensor([3.14159, -2.7, 300.5, 1e-5])
    chain = [
        x,
        x.half(),
        x.half().float(),
        x.half().float().int(),
        x.half().float().int().type(torch.uint8),
    ]
    for stage, t in enumerate(chain):
        for flat in range(4):
            value = t[flat].item()
            text = view.cell_text(stage, flat)
            if t.dtype.is_floating_point:
                assert float(text) == pytest.approx(value, rel=1e-3)
            else:
                assert int(text) == value
    assert view.cell_text(4, 2) == "44" and view.cell_tag(4, 2) == "↻"
    assert view.cell_tag(3, 0) == "✂" and view.cell_tag(1, 0) == "≈"
    assert view.cell_tag(2, 0) == ""  # widening float16 -> float32 changes nothing
    assert "x = x.half()" in lesson.code_pane.code_text()
    assert "torch.uint8" in lesson.code_pane.output_text()
    assert lesson.banner.message() == ""
    final = chain[-1]
    attributes = lesson.attributes_label.text()
    assert f"x.dtype = {final.dtype}" in attributes
    assert f"x.device = {final.device}" in attributes
    assert f"x.shape = {final.shape}" in attributes
    history = lesson.history_text()  # x[0], exactly, after every line
    for t in chain:
        assert repr(t[0].item()) in history
    assert "✂ fraction cut off" in history


def test_snippets_run_to_their_output(qtbot, lesson):
    """Default state, another chain, a torch error, the table and the devices."""
    snippets = [lesson.snippet()]
    _type_values(qtbot, lesson, "[[0.1, 65519.0], [-1e-8, 257]]")
    lesson.set_steps([Step("half"), Step("type", "int8"), Step("to", "bool")])
    snippets.append(lesson.snippet())
    lesson.create_dtype_combo.setCurrentIndex(lesson.create_dtype_combo.findData("int8"))
    assert lesson.banner.message() != ""
    snippets.append(lesson.snippet())
    lesson.tabs.setCurrentIndex(TAB_TABLE)
    snippets.append(lesson.snippet())
    lesson.tabs.setCurrentIndex(TAB_DEVICES)
    snippets.append(lesson.snippet())
    assert len({s.code for s in snippets}) == len(snippets)
    assert_prints_output(snippets)


def test_typing_values_and_dtype_updates_the_chain(qtbot, lesson):
    _type_values(qtbot, lesson, "[[1.5, 2.5], [-0.5, 70000]]")
    assert lesson.chain().shape == (2, 2)
    assert lesson.chain_view.cell_text(1, 3) == "inf"
    assert lesson.chain_view.cell_tag(1, 3) == "∞"
    lesson.create_dtype_combo.setCurrentIndex(lesson.create_dtype_combo.findData("float64"))
    assert lesson.chain().stages[0].dtype == "torch.float64"
    assert "dtype=torch.float64" in lesson.code_pane.code_text()


def test_bad_values_show_a_message_and_keep_the_picture(qtbot, lesson):
    before = lesson.chain()
    for text in ("[[1, 2], [3]]", "[1, two]", "[1,"):
        _type_values(qtbot, lesson, text)
        assert lesson.banner.message() != ""
        assert lesson.chain() is before
        assert lesson.chain_view.cell_text(4, 2) == "44"
    _type_values(qtbot, lesson, "[1.25]")
    assert lesson.banner.message() == ""
    assert lesson.chain_view.cell_text(0, 0) == "1.25"


def test_torch_refusal_shows_torch_error_and_keeps_the_picture(qtbot, lesson):
    before = lesson.chain()
    _type_values(qtbot, lesson, "[300, 2]")
    lesson.create_dtype_combo.setCurrentIndex(lesson.create_dtype_combo.findData("uint8"))
    assert "without overflow" in lesson.banner.message()
    assert "wraps around" in lesson.banner.explanation()
    assert lesson.chain() is not None and lesson.chain().stages[0].dtype != "torch.uint8"
    assert lesson.chain_view.result() is lesson.chain()
    snippet = lesson.snippet()
    assert "try:" in snippet.code and "RuntimeError" in snippet.output
    assert "x = torch.tensor([300, 2], dtype=torch.uint8)" in snippet.code
    del before


def test_add_remove_and_move_steps(qtbot, lesson):
    lesson.set_steps([Step("double")])
    lesson.steps_list.setCurrentRow(0)
    lesson.step_combo.setCurrentIndex(lesson.step_combo.findData("to"))
    lesson.step_dtype_combo.setCurrentText("torch.int8")
    qtbot.mouseClick(lesson.add_step_button, Qt.MouseButton.LeftButton)
    assert [s.code() for s in lesson.steps()] == ["x = x.double()", "x = x.to(dtype=torch.int8)"]
    assert lesson.chain().final.dtype == "torch.int8"
    lesson.steps_list.setCurrentRow(1)
    qtbot.mouseClick(lesson.up_step_button, Qt.MouseButton.LeftButton)
    assert lesson.chain().final.dtype == "torch.float64"
    # 300.5 -> int8 wraps around; -2.7 -> -2 is truncated
    assert lesson.chain().stages[1].exact[1] == "-2"
    lesson.steps_list.setCurrentRow(0)
    qtbot.mouseClick(lesson.remove_step_button, Qt.MouseButton.LeftButton)
    assert [s.code() for s in lesson.steps()] == ["x = x.double()"]
    assert lesson.chain_view.cell_text(1, 3) == "1e-05"


def test_unknown_dtype_for_type_is_refused(qtbot, lesson):
    steps = lesson.steps()
    lesson.step_combo.setCurrentIndex(lesson.step_combo.findData("type"))
    lesson.step_dtype_combo.setCurrentText("torch.float8")
    qtbot.mouseClick(lesson.add_step_button, Qt.MouseButton.LeftButton)
    assert "float8" in lesson.banner.message()
    assert lesson.steps() == steps


def test_clicking_a_column_shows_its_bits(qtbot, lesson):
    rect = lesson.chain_view.cell_rect(0, 2)
    assert rect is not None
    qtbot.mouseClick(
        lesson.chain_view,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    rows = lesson.bits_view.rows()
    assert lesson.chain().selected == 2
    assert [r.dtype for r in rows] == ["float32", "float16", "bfloat16"]
    assert rows[1].stored == torch.tensor(300.5, dtype=torch.float16).item()
    assert rows[2].stored == torch.tensor(300.5, dtype=torch.bfloat16).item() == 300.0
    assert "300.5" in lesson.code_pane.code_text()


def test_table_tab_shows_iinfo_finfo(lesson):
    lesson.tabs.setCurrentIndex(TAB_TABLE)
    table = lesson.dtype_table
    names = [table.item(r, 0).text().split(" / ")[0] for r in range(table.rowCount())]
    assert names[0] == "bool" and names[-1] == "float64"
    row = names.index("int8")
    assert table.item(row, 2).text() == "-128\n127"
    assert table.item(names.index("int64"), 1).text() == "64 / 8 " + "▮" * 8
    assert table.item(names.index("bool"), 1).text() == " 8 / 1 ▮"
    f16 = torch.finfo(torch.float16)
    assert float(table.item(names.index("float16"), 3).text()) == pytest.approx(f16.eps, 1e-3)
    assert float(table.item(names.index("float16"), 4).text()) == f16.resolution
    assert table.item(names.index("float16"), 0).text() == "float16 / half"
    assert "torch.iinfo(torch.int8)" in lesson.code_pane.code_text()
    assert "iinfo(min=-128, max=127, dtype=int8)" in lesson.code_pane.output_text()
    lesson.tabs.setCurrentIndex(TAB_CHAIN)
    assert "x = x.half()" in lesson.code_pane.code_text()


def test_devices_tab_is_honest(qtbot, lesson):
    lesson.tabs.setCurrentIndex(TAB_DEVICES)
    demo = lesson.devices()
    assert demo is not None
    assert "torch.cuda.is_available()" in lesson.code_pane.code_text()
    if torch.cuda.is_available():
        assert "GPU" in lesson.device_status_text()
        assert "same device" in lesson.device_outcome_text("meet")
    else:
        assert lesson.device_status_text().startswith("No GPU here")
        assert "CUDA" in lesson.device_outcome_text("cuda")
    assert lesson.snippet() == demo.snippet


def test_unavailable_device_shows_a_message(qtbot, lesson):
    lesson.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.device_combo.setCurrentText("tpu")
    lesson.device_combo.lineEdit().editingFinished.emit()
    lesson.settle()
    assert "tpu" in lesson.banner.message()
    assert "tpu" in lesson.device_outcome_text("to")
    lesson.device_combo.setCurrentText("cpu")
    lesson.device_combo.lineEdit().editingFinished.emit()
    lesson.settle()
    assert lesson.banner.message() == ""
    assert "cpu" in lesson.device_outcome_text("to")


def test_language_switch_retranslates(qtbot, lesson):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.wait(10)
        assert lesson.tabs.tabText(TAB_CHAIN) != "Conversions"
    finally:
        i18n.set_language(app, "en")
    qtbot.wait(10)
    assert lesson.tabs.tabText(TAB_CHAIN) == "Conversions"
