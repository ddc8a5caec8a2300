"""The ``ops`` lesson as a user drives it: presets, fields, stepping, hover, errors."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import hypothesis.strategies as st
import numpy as np
import pytest
import torch
from hypothesis import given
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
)

from tensorviz.core.values import format_value
from tensorviz.ui import i18n, lessons
from tensorviz.ui.lessons.ops.state import (
    CHAIN_OPS,
    HADAMARD_PRESETS,
    MATMUL_PRESETS,
    MAX_LINKS,
    OP_NAMES,
    ChainLink,
    ChainState,
    ElementwiseState,
    State,
)
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.widgets.wrapping_label import BREAK
from tests.snippets import assert_prints_output


@pytest.fixture
def lesson(qtbot):
    lesson = lessons.build("ops", make_theme("light"))
    qtbot.addWidget(lesson)
    lesson.resize(1400, 900)
    lesson.show()
    lesson.settle()
    return lesson


def find(lesson, cls, name):
    widget = lesson.findChild(cls, name)
    assert widget is not None, name
    return widget


def label(lesson, name) -> str:
    return find(lesson, QLabel, name).text()


def code(lesson, name) -> str:
    """A card's line of code as it reads, its invisible breaks aside (wrapping_label.BREAK)."""
    return label(lesson, name).replace(BREAK, "")


def grid(lesson, name) -> TensorGrid:
    return find(lesson, TensorGrid, name)


def enter(qtbot, lesson, name, text):
    edit = find(lesson, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def pick(lesson, name, index):
    combo = find(lesson, QComboBox, name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def section(lesson, qtbot, name):
    qtbot.mouseClick(find(lesson, QPushButton, f"section_{name}"), Qt.MouseButton.LeftButton)
    assert lesson.state.topic == name


def highlighted(g: TensorGrid) -> set:
    return set(g._highlight)


def rule_text(lesson) -> str:
    """The shape rule as a reader sees it (tags and spacing dropped)."""
    text = html.unescape(re.sub(r"<[^>]+>", "", label(lesson, "shape_rule_label")))
    return " ".join(text.replace("\u2009", "").split())


# -- matrix product ------------------------------------------------------------------------
def test_default_is_the_course_example_with_the_first_cell_written_out(lesson):
    assert lesson.state.topic == "matmul"
    c = grid(lesson, "matmul_c_grid")
    expected = torch.tensor([[1, 2, 3], [4, 5, 6]]) @ torch.tensor([[3, 2], [2, 3], [5, 3]])
    for index in [(0, 0), (0, 1), (1, 0), (1, 1)]:
        assert c.text_of(index) == str(expected[index].item())
    assert label(lesson, "formula_label") == "1*3 + 2*2 + 3*5 = 22"
    assert highlighted(grid(lesson, "matmul_a_grid")) == {(0, 0), (0, 1), (0, 2)}
    assert highlighted(grid(lesson, "matmul_b_grid")) == {(0, 0), (1, 0), (2, 0)}
    assert highlighted(c) == {(0, 0)}
    assert rule_text(lesson) == "A (2, 3) @ B (3, 2) → C (2, 2)"
    assert label(lesson, "shape_rule_note").startswith("(N, M) @ (M, P) → (N, P).")
    assert "3 = 3" in label(lesson, "shape_rule_note")
    assert "terms = A[0, :] * B[:, 0]" in lesson.code_pane.code_text()


def test_step_and_back_walk_through_every_cell(lesson, qtbot):
    step = find(lesson, QPushButton, "step_button")
    texts = []
    for _ in range(4):
        texts.append(label(lesson, "formula_label"))
        qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert texts == [
        "1*3 + 2*2 + 3*5 = 22",
        "1*2 + 2*3 + 3*3 = 17",
        "4*3 + 5*2 + 6*5 = 52",
        "4*2 + 5*3 + 6*3 = 41",
    ]
    assert label(lesson, "formula_label") == texts[0]  # wrapped around
    qtbot.mouseClick(find(lesson, QPushButton, "back_button"), Qt.MouseButton.LeftButton)
    assert label(lesson, "formula_label") == texts[3]
    assert label(lesson, "position_label") == "cell 4 of 4"
    assert highlighted(grid(lesson, "matmul_b_grid")) == {(0, 1), (1, 1), (2, 1)}
    assert "print(C[1, 1].item())" in lesson.code_pane.code_text()


def test_play_runs_by_itself_and_pause_stops(lesson, qtbot):
    speed = find(lesson, QComboBox, "speed_combo")
    speed.setCurrentIndex(speed.count() - 1)
    playback = lesson.view.matmul.playback
    play = find(lesson, QPushButton, "play_button")
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert playback.is_playing()
    qtbot.waitUntil(lambda: label(lesson, "position_label") == "cell 3 of 4", timeout=5000)
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    assert not playback.is_playing()
    # the cell shown is the state's (a loaded machine may have ticked once more before the
    # click landed: cell 3 or 4)
    frozen = label(lesson, "position_label")
    assert frozen == f"cell {lesson.state.matmul.position + 1} of 4"
    assert lesson.state.matmul.position in (2, 3)
    qtbot.wait(400)
    assert label(lesson, "position_label") == frozen


def test_speed_menu_sets_the_rate(lesson):
    # the shared playback bar offers rates per second where the old slider set an interval
    speed = find(lesson, QComboBox, "speed_combo")
    playback = lesson.view.matmul.playback
    speed.setCurrentIndex(speed.findText("1 cell/s"))
    assert playback.speed() == 1.0
    speed.setCurrentIndex(speed.count() - 1)
    assert speed.currentText() == "4 cells/s"
    assert playback.speed() == 4.0


def test_hover_and_click_write_out_that_cell(lesson, qtbot):
    c = grid(lesson, "matmul_c_grid")
    c.cell_hovered.emit((1, 1))
    assert label(lesson, "formula_label") == "4*2 + 5*3 + 6*3 = 41"
    assert highlighted(grid(lesson, "matmul_a_grid")) == {(1, 0), (1, 1), (1, 2)}
    c.cell_hovered.emit(None)
    assert label(lesson, "formula_label") == "1*3 + 2*2 + 3*5 = 22"
    qtbot.mouseClick(
        c, Qt.MouseButton.LeftButton, pos=c.cell_rect((1, 0)).center().toPoint()
    )  # a real click on the drawn cell
    assert label(lesson, "formula_label") == "4*3 + 5*2 + 6*5 = 52"
    assert label(lesson, "position_label") == "cell 3 of 4"


def test_vector_and_batched_presets(lesson):
    pick(lesson, "matmul_preset_combo", 1)
    c = grid(lesson, "matmul_c_grid")
    assert c.snapshot().shape == (2,)
    assert label(lesson, "formula_label") == "1*3 + 2*2 + 3*5 = 22"
    assert highlighted(grid(lesson, "matmul_a_grid")) == {(0,), (1,), (2,)}
    pick(lesson, "matmul_preset_combo", 2)
    assert c.snapshot().shape == (2, 2, 2)
    c.cell_clicked.emit((1, 0, 1))
    a = torch.tensor([[[1, 2, 3], [4, 5, 6]], [[1, 0, 2], [0, 1, 1]]])
    b = torch.tensor([[[3, 2], [2, 3], [5, 3]], [[1, 1], [2, 0], [0, 3]]])
    value = (a @ b)[1, 0, 1].item()
    assert label(lesson, "formula_label") == f"1*1 + 0*0 + 2*3 = {value}"
    assert highlighted(grid(lesson, "matmul_a_grid")) == {(1, 0, 0), (1, 0, 1), (1, 0, 2)}
    assert highlighted(grid(lesson, "matmul_b_grid")) == {(1, 0, 1), (1, 1, 1), (1, 2, 1)}
    assert "batch" in label(lesson, "shape_rule_note")


def test_inner_size_mismatch_shows_torchs_error_and_keeps_the_picture(lesson):
    pick(lesson, "matmul_preset_combo", 3)
    a = torch.tensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(RuntimeError) as info:
        a @ a
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "inner sizes" in lesson.banner.explanation()
    assert "3 ≠ 2" in label(lesson, "shape_rule_note")
    assert rule_text(lesson) == "A (2, 3) @ B (2, 3) → C ✗"
    assert grid(lesson, "matmul_c_grid").text_of((0, 0)) == "22"  # previous result stays
    assert find(lesson, QLabel, "stale_label").isVisible()
    assert (
        "RuntimeError: mat1 and mat2 shapes cannot be multiplied" in lesson.code_pane.output_text()
    )
    snippet = lesson.snippet()
    assert_prints_output([snippet])
    pick(lesson, "matmul_preset_combo", 0)
    assert lesson.banner.message() == ""
    assert not find(lesson, QLabel, "stale_label").isVisible()


def test_batch_dims_that_do_not_broadcast_are_flagged(lesson, qtbot):
    enter(qtbot, lesson, "matmul_a_edit", "[[[1, 2]], [[3, 4]]]")
    enter(qtbot, lesson, "matmul_b_edit", "[[[1], [2]], [[3], [4]], [[5], [6]]]")
    a = torch.tensor([[[1, 2]], [[3, 4]]])
    b = torch.tensor([[[1], [2]], [[3], [4]], [[5], [6]]])
    with pytest.raises(RuntimeError) as info:
        a @ b
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "do not broadcast" in label(lesson, "shape_rule_note")
    assert rule_text(lesson) == "A (2, 1, 2) @ B (3, 2, 1) → C ✗"


def test_dtype_mismatch_is_explained(lesson):
    pick(lesson, "matmul_preset_combo", 4)
    assert "same dtype" in lesson.banner.message()
    assert "dtype" in lesson.banner.explanation()


def test_bad_input_is_refused_and_the_previous_result_stays(lesson, qtbot):
    enter(qtbot, lesson, "matmul_a_edit", "[[1, 2], [3]]")
    assert lesson.banner.message() == "Matrix A: [1] has shape [1], but [0] has shape [2]"
    assert "ragged" in lesson.banner.explanation()
    assert grid(lesson, "matmul_c_grid").text_of((1, 1)) == "41"
    enter(qtbot, lesson, "a_shape_edit", "2, -3")
    qtbot.mouseClick(find(lesson, QPushButton, "random_button"), Qt.MouseButton.LeftButton)
    assert lesson.banner.message() == "Shape of A: size -3 at [1] is negative"
    assert lesson.banner.explanation() == "That size cannot be used."
    assert grid(lesson, "matmul_c_grid").text_of((1, 1)) == "41"
    enter(qtbot, lesson, "a_shape_edit", "300, 300")
    qtbot.mouseClick(find(lesson, QPushButton, "random_button"), Qt.MouseButton.LeftButton)
    assert lesson.banner.message() == "Shape of A: 90,000 elements > 65,536"
    assert "at most 65,536" in lesson.banner.explanation()
    assert grid(lesson, "matmul_c_grid").text_of((1, 1)) == "41"
    enter(qtbot, lesson, "matmul_a_edit", "[[99999999999999999999, 0, 0]]")
    with pytest.raises(ValueError) as info:
        torch.tensor([[99999999999999999999, 0, 0]])
    assert lesson.banner.message() == f"ValueError: {info.value}"
    assert "dtype" in lesson.banner.explanation()
    assert grid(lesson, "matmul_c_grid").text_of((1, 1)) == "41"
    enter(qtbot, lesson, "matmul_a_edit", "[[1, 0, 0], [0, 1, 0]]")
    assert lesson.banner.message() == ""
    assert grid(lesson, "matmul_c_grid").text_of((1, 1)) == "3"


def test_random_operands_fill_the_fields(lesson, qtbot):
    enter(qtbot, lesson, "a_shape_edit", "2, 4")
    enter(qtbot, lesson, "b_shape_edit", "4, 3")
    qtbot.mouseClick(find(lesson, QPushButton, "random_button"), Qt.MouseButton.LeftButton)
    torch.manual_seed(0)
    a = torch.randint(0, 10, (2, 4))
    b = torch.randint(0, 10, (4, 3))
    assert find(lesson, QLineEdit, "matmul_a_edit").text() == str(a.tolist())
    assert grid(lesson, "matmul_c_grid").text_of((1, 2)) == str((a @ b)[1, 2].item())
    assert "torch.manual_seed(0)" in lesson.code_pane.code_text()
    assert label(lesson, "position_label") == "cell 1 of 6"


def test_return_in_a_random_shape_field_makes_the_operands(lesson, qtbot):
    """As Return in A's or B's field applies it (it did nothing here until the button)."""
    enter(qtbot, lesson, "a_shape_edit", "3, 2")
    enter(qtbot, lesson, "b_shape_edit", "2, 2")
    torch.manual_seed(0)
    a = torch.randint(0, 10, (3, 2))
    assert find(lesson, QLineEdit, "matmul_a_edit").text() == str(a.tolist())
    assert label(lesson, "position_label") == "cell 1 of 6"
    enter(qtbot, lesson, "b_shape_edit", "2, -2")  # refused, and it stays said
    QApplication.processEvents()
    assert lesson.banner.message() == "Shape of B: size -2 at [1] is negative"
    assert find(lesson, QLineEdit, "b_shape_edit").property("invalid") is True
    assert find(lesson, QLineEdit, "matmul_a_edit").text() == str(a.tolist())
    # the state's shapes changed elsewhere (a course step): typing the old one again is sent
    state = lesson.state
    lesson.set_state(replace(state, matmul=replace(state.matmul, shape_b="4, 4")))
    lesson.settle()
    edit = find(lesson, QLineEdit, "b_shape_edit")
    assert edit.text() == "4, 4"
    edit.setText("2, -2")
    edit.editingFinished.emit()
    lesson.settle()
    assert lesson.state.matmul.shape_b == "2, -2"


def test_big_products_run_in_the_worker_and_stale_results_are_dropped(lesson, qtbot):
    enter(qtbot, lesson, "a_shape_edit", "200, 100")
    enter(qtbot, lesson, "b_shape_edit", "100, 300")
    qtbot.mouseClick(find(lesson, QPushButton, "random_button"), Qt.MouseButton.LeftButton)
    assert find(lesson, QLabel, "busy_label").isVisibleTo(lesson)
    lesson.settle()
    assert not find(lesson, QLabel, "busy_label").isVisibleTo(lesson)
    c = grid(lesson, "matmul_c_grid").snapshot()
    assert c.shape == (200, 300) and c.summarised
    torch.manual_seed(0)
    a, b = torch.randint(0, 10, (200, 100)), torch.randint(0, 10, (100, 300))
    assert c.summary.maximum == (a @ b).max().item()
    assert label(lesson, "formula_label") == "The result is too big to write out cell by cell."
    assert not find(lesson, QPushButton, "play_button").isEnabled()
    # a big request overtaken by a small one: the small one wins, whatever finishes first
    qtbot.mouseClick(find(lesson, QPushButton, "random_button"), Qt.MouseButton.LeftButton)
    pick(lesson, "matmul_preset_combo", 0)
    lesson.settle()
    assert grid(lesson, "matmul_c_grid").snapshot().shape == (2, 2)
    assert label(lesson, "formula_label") == "1*3 + 2*2 + 3*5 = 22"


# -- element-wise --------------------------------------------------------------------------
def test_out_of_place_is_new_in_place_is_the_same_object(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    assert label(lesson, "operand_caption").startswith("Operand: the Python number 10,")
    assert not find(lesson, TensorGrid, "operand_grid").isVisible()
    assert label(lesson, "out_same_object_badge") == "y is x: False"
    assert label(lesson, "in_same_object_badge") == "y is x: True"
    assert label(lesson, "in_same_storage_badge") == "same memory: True"
    assert label(lesson, "out_changed_badge") == "x changed: no"
    assert label(lesson, "in_changed_badge") == "x changed: yes"
    assert grid(lesson, "out_after_grid").text_of((0, 0)) == "1"
    assert grid(lesson, "in_after_grid").text_of((0, 0)) == "11"
    addresses = label(lesson, "in_address_label")
    assert addresses.count("0x") == 2
    x_addr, y_addr = (part.split("=")[1].strip() for part in addresses.split("    "))
    assert x_addr == y_addr
    out_addr = label(lesson, "out_address_label").split("    ")
    assert out_addr[0].split("=")[1].strip() != out_addr[1].split("=")[1].strip()
    assert "0x" not in lesson.code_pane.output_text()  # addresses only in widgets


def test_integer_division_gives_floats_and_div_in_place_fails(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", 2)
    assert grid(lesson, "out_result_grid").text_of((0, 0)) == "0.5"
    assert grid(lesson, "out_result_grid").snapshot().dtype == "torch.float32"
    assert grid(lesson, "out_result_grid")._title == "y (returned) · float32"
    x = torch.tensor([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(RuntimeError) as info:
        x.div_(2)
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "float" in lesson.banner.explanation()
    assert label(lesson, "in_same_object_badge") == "failed: RuntimeError"
    assert grid(lesson, "in_after_grid").text_of((1, 2)) == "6"
    snippet = lesson.snippet()
    assert_prints_output([snippet])
    pick(lesson, "elementwise_preset_combo", 3)  # floats: both forms work
    assert lesson.banner.message() == ""
    assert grid(lesson, "in_after_grid").text_of((0, 0)) == "0.5"


def test_operation_and_tensor_operand_fields(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "op_combo", 1)  # sub
    enter(qtbot, lesson, "operand_edit", "[1, 2, 3]")
    expected = torch.tensor([[1, 2, 3], [4, 5, 6]]).sub(torch.tensor([1, 2, 3]))
    assert grid(lesson, "out_result_grid").text_of((1, 2)) == str(expected[1, 2].item())
    assert "y = x.sub_(t)" in lesson.code_pane.code_text()
    assert grid(lesson, "operand_grid").isVisible()
    assert grid(lesson, "operand_grid").text_of((2,)) == "3"
    enter(qtbot, lesson, "operand_edit", "[1, 2]")
    assert "must match the size" in lesson.banner.message()
    # out-of-place failed, so nothing new to draw: the previous result stays
    assert grid(lesson, "out_result_grid").text_of((1, 2)) == str(expected[1, 2].item())
    enter(qtbot, lesson, "x_edit", "[[1, 2], [3")
    assert lesson.banner.message().startswith("Tensor x: '[' was never closed")
    assert "not a valid literal" in lesson.banner.explanation()


# -- Hadamard ------------------------------------------------------------------------------
def test_hadamard_cells_show_their_pairs(lesson, qtbot):
    section(lesson, qtbot, "hadamard")
    pairs = grid(lesson, "hadamard_pairs_grid")
    c = grid(lesson, "hadamard_c_grid")
    assert pairs.text_of((1, 2)) == "6×3"
    assert c.text_of((1, 2)) == "18"
    c.cell_hovered.emit((1, 2))
    assert highlighted(grid(lesson, "hadamard_a_grid")) == {(1, 2)}
    assert highlighted(grid(lesson, "hadamard_b_grid")) == {(1, 2)}
    assert label(lesson, "hadamard_formula_label") == "C[1, 2] = A[1, 2] × B[1, 2] = 6 × 3 = 18"
    c.cell_hovered.emit(None)
    grid(lesson, "hadamard_a_grid").cell_hovered.emit((0, 2))  # an operand's cell works too
    assert highlighted(c) == {(0, 2)}
    assert label(lesson, "hadamard_formula_label") == "C[0, 2] = A[0, 2] × B[0, 2] = 3 × 4 = 12"
    pick(lesson, "hadamard_form_combo", 1)
    assert "C = A.mul(B)" in lesson.code_pane.code_text()


def test_hadamard_shape_mismatch_is_torchs_error(lesson, qtbot):
    section(lesson, qtbot, "hadamard")
    pick(lesson, "hadamard_preset_combo", 2)
    a = torch.tensor([[1, 2, 3], [4, 5, 6]])
    b = torch.tensor([[3, 2], [2, 3], [5, 3]])
    with pytest.raises(RuntimeError) as info:
        a * b
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert grid(lesson, "hadamard_c_grid").text_of((0, 0)) == "2"


# -- item() --------------------------------------------------------------------------------
def test_item_in_any_dims_and_its_error(lesson, qtbot):
    section(lesson, qtbot, "item")
    assert label(lesson, "item_result_label").startswith("x.item()  →  18")
    pick(lesson, "item_preset_combo", 2)
    assert "2.5" in label(lesson, "item_result_label")
    assert "ndim 3" in label(lesson, "item_info_label")
    pick(lesson, "item_preset_combo", 5)
    with pytest.raises(RuntimeError) as info:
        torch.tensor([1, 2]).item()
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "exactly one" in lesson.banner.explanation()
    # torch's message is the banner's; the line under x says it in the app's words, never
    # as "RuntimeError: <text>" (which read as torch's own, and was not)
    assert label(lesson, "item_result_label") == (
        "x.item()  →  ✗ raises RuntimeError (x has 2 elements, not 1)"
    )
    pick(lesson, "item_dtype_combo", 1)  # int64
    enter(qtbot, lesson, "item_edit", "[inf]")
    assert "int64" in lesson.banner.message()
    pick(lesson, "item_dtype_combo", 0)
    enter(qtbot, lesson, "item_edit", "[[7]]")
    assert lesson.banner.message() == ""
    assert "7" in label(lesson, "item_result_label")
    snippet = lesson.snippet()
    assert_prints_output([snippet])


# -- language, speed -----------------------------------------------------------------------
def test_the_inferred_dtype_is_worded_as_the_dtype_lesson_words_it(lesson, qtbot):
    """x's dtype choices said "auto" in Chinese too, where the dtype lesson says 自动推断 for
    torch.tensor without a dtype (and create 默认); chosen in Chinese, it is still "auto"."""
    dtypes = lessons.build("dtype", make_theme("light"))
    qtbot.addWidget(dtypes)
    for name in ("item", "elementwise"):
        section(lesson, qtbot, name)
    sub = lesson.state.elementwise
    lesson.set_state(lesson.state.replace(elementwise=sub.replace(mode="chain")))
    lesson.settle()
    combos = ("item_dtype_combo", "dtype_combo", "chain_dtype_combo")
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        word = dtypes.view.create_dtype_combo.itemText(0)
        shown = {name: find(lesson, QComboBox, name).itemText(0) for name in combos}
        pick(lesson, "chain_dtype_combo", 4)  # float64
        lesson.settle()
        assert lesson.state.elementwise.chain.dtype == "float64"
        pick(lesson, "chain_dtype_combo", 0)
        lesson.settle()
    finally:
        i18n.set_language(app, "en")
    assert word == "自动推断" and shown == dict.fromkeys(combos, word)
    assert lesson.state.elementwise.chain.dtype == "auto"
    QApplication.processEvents()
    assert all(find(lesson, QComboBox, n).itemText(0) == "inferred" for n in combos)


def test_language_switch_retranslates(lesson, qtbot):
    for name in ("item", "elementwise", "hadamard", "matmul"):
        section(lesson, qtbot, name)  # every topic built, then the language changes
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert find(lesson, QGroupBox, "out_of_place_box").title() == "非原地：返回新张量"
        assert label(lesson, "in_changed_badge") == "x 被改变：是"
        assert label(lesson, "item_result_label").endswith("(Python int)")
        assert find(lesson, QPushButton, "section_matmul").text() != ""
        assert (
            label(lesson, "formula_head_label")
            != "C[0, 0] = A[0, :] · B[:, 0]: the row times the column, element by element, summed"
        )
        assert label(lesson, "formula_label") == "1*3 + 2*2 + 3*5 = 22"
    finally:
        i18n.set_language(app, "en")
    QApplication.processEvents()
    assert (
        label(lesson, "formula_head_label")
        == "C[0, 0] = A[0, :] · B[:, 0]: the row times the column, element by element, summed"
    )


# -- robustness ----------------------------------------------------------------------------
scalars = st.one_of(
    st.integers(-9, 9), st.floats(-9, 9, allow_nan=False), st.booleans(), st.just(float("inf"))
)


@st.composite
def literal_texts(draw):
    """Nested lists of 0 to 3 dims (sizes 0 to 3), or text that is not a literal at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(["", "[1, [2]]", "[[1, 2], [3]]", "x", "[1,", "1e999"]))
    shape = draw(st.lists(st.integers(0, 3), max_size=3))
    kind = draw(st.sampled_from(["int", "float", "mixed"]))

    def build(dims):
        if not dims:
            value = draw(scalars)
            if kind == "int" and not isinstance(value, bool) and isinstance(value, float):
                value = int(value) if value == value and abs(value) != float("inf") else 1
            return value
        return [build(dims[1:]) for _ in range(dims[0])]

    return repr(build(shape))


@given(literal_texts(), literal_texts(), st.sampled_from(["matmul", "hadamard", "elementwise"]))
def test_any_input_leaves_the_lesson_working(lesson_for_fuzz, a_text, b_text, topic):
    lesson = lesson_for_fuzz
    lesson.set_state(lesson.state.with_topic(topic))
    edits = {
        "matmul": ("matmul_a_edit", "matmul_b_edit"),
        "hadamard": ("hadamard_a_edit", "hadamard_b_edit"),
        "elementwise": ("x_edit", "operand_edit"),
    }[topic]
    for name, text in zip(edits, (a_text, b_text), strict=True):
        edit = find(lesson, QLineEdit, name)
        edit.setText(text)
        edit.setModified(True)
        edit.editingFinished.emit()
    lesson.settle()
    snippet = lesson.snippet()
    assert "import torch" in snippet.code  # the pane always shows runnable code
    shown = lesson.shown()
    if lesson.banner.message() == "" and topic == "matmul" and shown.matmul_cell is not None:
        cell = shown.matmul_cell.index
        assert label(lesson, "formula_label").endswith(grid(lesson, "matmul_c_grid").text_of(cell))


@pytest.fixture(scope="module")
def lesson_for_fuzz(qapp):
    lesson = lessons.build("ops", make_theme("light"))
    lesson.resize(1200, 800)
    yield lesson
    lesson.deleteLater()


# -- the state -----------------------------------------------------------------------------
def test_the_cell_shown_is_the_states_position(lesson, qtbot):
    step = find(lesson, QPushButton, "step_button")
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step, Qt.MouseButton.LeftButton)
    assert lesson.state.matmul.position == 2
    other = lessons.build("ops", make_theme("light"), lesson.state)
    qtbot.addWidget(other)
    assert label(other, "formula_label") == "4*3 + 5*2 + 6*5 = 52"
    assert label(other, "position_label") == "cell 3 of 4"
    # a position the product does not have is the last cell (and the state says so)
    lesson.set_state(lesson.state.with_sub(lesson.state.matmul.replace(position=9)))
    assert lesson.state.matmul.position == 3
    assert label(lesson, "formula_label") == "4*2 + 5*3 + 6*3 = 41"


def test_an_edit_makes_the_example_custom_and_the_preset_text_names_it_again(lesson, qtbot):
    combo = find(lesson, QComboBox, "matmul_preset_combo")
    enter(qtbot, lesson, "matmul_b_edit", "[[1, 0], [0, 1], [1, 1]]")
    assert combo.currentText() == "custom"
    assert lesson.state.matmul.preset() == "custom"
    i18n.set_language(QCoreApplication.instance(), "zh_CN")
    try:
        QApplication.processEvents()
        assert combo.currentText() == "自定义"
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")
    QApplication.processEvents()
    enter(qtbot, lesson, "matmul_b_edit", "[[3, 2], [2, 3], [5, 3]]")
    assert combo.currentText() == "The course's example (2, 3) @ (3, 2)"
    assert combo.count() == 5  # "custom" is offered only while the fields hold no preset


def test_a_state_from_data_starts_paused(lesson, qtbot):
    playback = lesson.view.matmul.playback
    qtbot.mouseClick(find(lesson, QPushButton, "play_button"), Qt.MouseButton.LeftButton)
    assert playback.is_playing()
    lesson.set_state(lesson.state.with_preset("matmul", "vector"))
    assert not playback.is_playing()


def test_hovering_keeps_a_refusal_on_the_banner(lesson, qtbot):
    enter(qtbot, lesson, "matmul_a_edit", "[[1, 2], [3]]")
    assert "ragged" in lesson.banner.explanation()
    assert find(lesson, QLineEdit, "matmul_a_edit").property("invalid")
    grid(lesson, "matmul_c_grid").cell_hovered.emit((1, 1))
    assert label(lesson, "formula_label") == "4*2 + 5*3 + 6*3 = 41"
    assert "ragged" in lesson.banner.explanation()
    assert find(lesson, QLineEdit, "matmul_a_edit").text() == "[[1, 2], [3]]"
    enter(qtbot, lesson, "matmul_a_edit", "[[1, 2, 3], [4, 5, 6]]")
    assert not find(lesson, QLineEdit, "matmul_a_edit").property("invalid")


def test_topics_keep_their_state_and_their_result(lesson, qtbot, monkeypatch):
    section(lesson, qtbot, "hadamard")
    grid(lesson, "hadamard_c_grid").cell_clicked.emit((1, 1))
    assert lesson.state.hadamard.cell == (1, 1)
    section(lesson, qtbot, "matmul")
    from tensorviz.core import ops

    def refuse(*args, **kwargs):
        raise AssertionError("computed again")

    monkeypatch.setattr(ops, "hadamard", refuse)
    section(lesson, qtbot, "hadamard")
    assert label(lesson, "hadamard_formula_label") == "C[1, 1] = A[1, 1] × B[1, 1] = 5 × 2 = 10"
    assert highlighted(grid(lesson, "hadamard_c_grid")) == {(1, 1)}


def test_an_error_state_from_data_draws_over_the_topics_opening_picture(qtbot):
    from tensorviz.ui.lessons.ops.state import State

    state = State(topic="hadamard").with_preset("hadamard", "mismatch")
    lesson = lessons.build("ops", make_theme("light"), state)
    qtbot.addWidget(lesson)
    assert lesson.state == state
    assert "must match the size" in lesson.banner.message()
    assert grid(lesson, "hadamard_c_grid").text_of((1, 2)) == "18"  # the course's A * B
    assert "C = A * B" in lesson.code_pane.code_text()
    assert "RuntimeError" in lesson.code_pane.output_text()


def test_a_product_too_big_refused_in_the_worker_never_becomes_state(lesson, qtbot):
    before = lesson.state
    column = str([[1]] * 500)
    enter(qtbot, lesson, "matmul_a_edit", column)  # (500, 1): big enough for the worker
    lesson.settle()  # (500, 1) @ (3, 2): torch refuses, and that is the state now
    enter(qtbot, lesson, "matmul_b_edit", str([[1] * 500]))  # (500, 1) @ (1, 500)
    lesson.settle()
    assert lesson.banner.message() == "Result C: A @ B: 250,000 elements > 65,536"
    assert "65,536" in lesson.banner.explanation()
    assert lesson.state.matmul.a == column
    assert lesson.state.matmul.b == before.matmul.b
    assert find(lesson, QLineEdit, "matmul_b_edit").text() == str([[1] * 500])  # as typed
    assert not find(lesson, QLabel, "busy_label").isVisibleTo(lesson)


# -- neg, sqrt and the chain of calls (course 七.2) -----------------------------------------
def preset_index(lesson, key: str) -> int:
    return lesson.view.elementwise._preset_keys.index(key)


def course_chain_in_torch():
    """The course's test001, run here: data after each call, as torch has it."""
    torch.manual_seed(0)
    data = torch.randint(0, 10, (2, 3))
    outs = [data.add(1), data.sub(1), data.mul(2), data.div(3), data.pow(2)]
    data = data.float()
    after = []
    for op, arg in (("add_", 1), ("sub_", 1), ("mul_", 2), ("div_", 3.0), ("pow_", 2)):
        assert getattr(data, op)(arg) is data
        after.append(data.clone())
    return outs, after, data


def card_texts(lesson, number: int) -> list[str]:
    g = grid(lesson, f"chain_grid_{number}")
    return [g.text_of(ix) for ix in np.ndindex(*g.snapshot().shape)]


def torch_texts(t: torch.Tensor) -> list[str]:
    kind = "float" if t.is_floating_point() else "int"
    return [format_value(v, kind) for v in t.reshape(-1).tolist()]


def test_neg_and_sqrt_run_without_an_operand(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "neg"))
    x = torch.tensor([[1, -2, 3], [-4, 5, -6]])
    assert grid(lesson, "out_result_grid").text_of((1, 0)) == str(x.neg()[1, 0].item())
    assert grid(lesson, "in_after_grid").text_of((0, 1)) == "2"
    assert not find(lesson, QLineEdit, "operand_edit").isVisible()  # neg() takes none
    assert label(lesson, "operand_caption") == "neg() takes no operand: it uses x alone."
    assert "y = x.neg_()" in lesson.code_pane.code_text()
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "sqrt"))
    assert grid(lesson, "out_result_grid").text_of((0, 1)) == "nan"  # sqrt(-9.0)
    assert lesson.banner.message() == ""
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "int_sqrt"))
    with pytest.raises(RuntimeError) as info:
        torch.tensor([[1, 4, 9], [16, 25, 36]]).sqrt_()
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert grid(lesson, "out_result_grid").snapshot().dtype == "torch.float32"
    pick(lesson, "op_combo", OP_NAMES.index("add"))
    assert find(lesson, QLineEdit, "operand_edit").isVisible()


def test_the_course_chain_is_one_object_all_along(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    qtbot.mouseClick(find(lesson, QRadioButton, "mode_chain_radio"), Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.state.elementwise.mode == "chain"
    assert lesson.view.elementwise.preset_combo.currentText().startswith("Chain: float()")
    _, after, data = course_chain_in_torch()
    assert code(lesson, "chain_code_1") == "1. data = data.float()"
    assert label(lesson, "chain_verdict_1") == "data now names a new tensor"
    for number, expected in enumerate(after, start=2):
        assert card_texts(lesson, number) == torch_texts(expected)
        assert label(lesson, f"chain_verdict_{number}") == "returns data itself"
    # the same block of memory as after float(), another than data's at the start
    memories = {label(lesson, f"chain_memory_{n}") for n in range(1, 7)}
    assert memories == {"memory B"} and label(lesson, "chain_memory_0") == "memory A"
    assert lesson.code_pane.output_text().rstrip().endswith("same memory: True")
    assert not find(lesson, QFrame, "chain_card_7").isVisible()
    facts = lesson.facts()
    assert facts["dtype"] == str(data.dtype) and facts["same_object"] is True
    assert [facts[f"data[{i}]"] for i in range(6)] == data.reshape(-1).tolist()
    assert_prints_output([lesson.snippet()])


def test_a_cards_code_wraps_inside_its_calls_and_is_copied_without_breaks(lesson, qtbot):
    """A card's code may wrap after "(", after ", " and after a call's "." (a card at zoom
    150 cut "torch.randint(0," after the 0); the breaks are invisible, for the label's eyes
    only: the label cannot be selected, and Copy code copies the code pane's own code."""
    from PySide6.QtGui import QGuiApplication

    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "course_in_place"))
    start = find(lesson, QLabel, "chain_code_0")
    assert start.text() == f"data = torch.{BREAK}randint({BREAK}0, 10, ({BREAK}2, 3))"
    assert code(lesson, "chain_code_2") == "2. data.add_(1)"
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    selectable |= Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not start.textInteractionFlags() & selectable
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.mouseClick(find(lesson, QPushButton, "copy_code"), Qt.MouseButton.LeftButton)
    copied = clipboard.text()
    assert "data = torch.randint(0, 10, (2, 3))" in copied and "data.add_(1)" in copied
    assert BREAK not in copied and BREAK not in lesson.code_pane.code_text()


def test_the_course_out_of_place_calls_leave_data_alone(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "course_test001"))
    outs, _, data = course_chain_in_torch()
    for number, expected in enumerate(outs, start=1):
        assert card_texts(lesson, number) == torch_texts(expected)
        assert label(lesson, f"chain_verdict_{number}") == "data unchanged"
    assert label(lesson, "chain_title_4") == "returned (new) · float32"  # data.div(3)
    letters = [label(lesson, f"chain_memory_{n}") for n in range(12)]
    assert len(set(letters[:7])) == 7 and set(letters[7:]) == {letters[6]}
    assert card_texts(lesson, 11) == torch_texts(data)


def test_a_chain_is_built_and_edited_with_the_buttons(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "course_in_place"))
    pick(lesson, "chain_op_combo", CHAIN_OPS.index("sqrt"))
    find(lesson, QCheckBox, "chain_in_place_check").setChecked(False)
    qtbot.mouseClick(find(lesson, QPushButton, "chain_add_button"), Qt.MouseButton.LeftButton)
    lesson.settle()
    links = lesson.state.elementwise.chain.links
    assert links[-1] == ChainLink("sqrt", "", False) and len(links) == 7
    assert lesson.view.elementwise.preset_combo.currentText() == "custom"
    _, _, data = course_chain_in_torch()
    assert card_texts(lesson, 7) == torch_texts(data.sqrt())
    assert code(lesson, "chain_code_7") == "7. data.sqrt()"
    calls = find(lesson, QListWidget, "chain_calls_list")
    assert calls.count() == 7 and calls.currentRow() == 6
    # pick the first call, turn it into data.mul_(10): torch now multiplies the int tensor
    calls.setCurrentRow(0)
    assert find(lesson, QComboBox, "chain_op_combo").currentText() == "float"
    pick(lesson, "chain_op_combo", CHAIN_OPS.index("mul"))
    find(lesson, QLineEdit, "chain_operand_edit").setText("10")
    find(lesson, QCheckBox, "chain_in_place_check").setChecked(True)
    qtbot.mouseClick(find(lesson, QPushButton, "chain_change_button"), Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.state.elementwise.chain.links[0] == ChainLink("mul", "10", True)
    with pytest.raises(RuntimeError) as info:  # data stays int64: div_(3.0) is refused
        torch.tensor([1, 2]).div_(3.0)
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert label(lesson, "chain_verdict_5") == "failed: RuntimeError, data unchanged"
    assert calls.item(4).text().startswith("✗")
    calls.setCurrentRow(4)
    qtbot.mouseClick(find(lesson, QPushButton, "chain_remove_button"), Qt.MouseButton.LeftButton)
    lesson.settle()
    assert [link.op for link in lesson.state.elementwise.chain.links] == [
        "mul", "add", "sub", "mul", "pow", "sqrt"
    ]  # fmt: skip
    assert lesson.banner.message() == ""
    calls.setCurrentRow(5)
    qtbot.mouseClick(find(lesson, QPushButton, "chain_up_button"), Qt.MouseButton.LeftButton)
    lesson.settle()
    assert [link.op for link in lesson.state.elementwise.chain.links][-2:] == ["sqrt", "pow"]
    assert calls.currentRow() == 4  # the moved call stays picked
    assert_prints_output([lesson.snippet()])


def test_the_chain_start_and_a_refused_operand(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "neg_sqrt"))
    assert lesson.state.elementwise.chain.start == "tensor"
    assert find(lesson, QLineEdit, "chain_x_edit").isVisible()
    assert not find(lesson, QLineEdit, "chain_size_edit").isVisible()
    enter(qtbot, lesson, "chain_x_edit", "[1.0, -1.0]")
    assert lesson.state.elementwise.chain.x == "[1.0, -1.0]"
    assert card_texts(lesson, 1) == ["1.", "nan"]
    before = lesson.state
    pick(lesson, "chain_op_combo", CHAIN_OPS.index("add"))
    find(lesson, QCheckBox, "chain_in_place_check").setChecked(True)
    enter(qtbot, lesson, "chain_operand_edit", "[1, 2")  # Enter adds the call
    assert lesson.state == before
    assert find(lesson, QLineEdit, "chain_operand_edit").property("invalid")
    assert lesson.banner.message().startswith("Operand:")
    enter(qtbot, lesson, "chain_operand_edit", "2")
    assert lesson.state.elementwise.chain.links[-1] == ChainLink("add", "2", True)
    assert not find(lesson, QLineEdit, "chain_operand_edit").property("invalid")
    enter(qtbot, lesson, "chain_x_edit", "[[1, 2], [3]]")
    assert find(lesson, QLineEdit, "chain_x_edit").property("invalid")
    assert lesson.banner.message().startswith("Tensor data:")
    assert lesson.state.elementwise.chain.x == "[1.0, -1.0]"


def test_a_full_chain_takes_no_more_calls(lesson, qtbot):
    full = ChainState(links=(ChainLink("neg", ""),) * MAX_LINKS)
    sub = ElementwiseState(mode="chain", chain=full)
    lesson.set_state(State(topic="elementwise", elementwise=sub))
    lesson.settle()
    add = find(lesson, QPushButton, "chain_add_button")
    assert not add.isEnabled()
    assert label(lesson, "chain_full_note") == f"A chain holds at most {MAX_LINKS} calls."
    lesson.view.elementwise.chain_controls.link_added.emit(ChainLink("neg", ""))
    assert len(lesson.state.elementwise.chain.links) == MAX_LINKS
    assert find(lesson, QFrame, f"chain_card_{MAX_LINKS}").isVisible()


def test_the_chain_in_chinese(lesson, qtbot):
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "course_in_place"))
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert label(lesson, "chain_verdict_2") == "返回 data 本身"
        assert label(lesson, "chain_memory_2") == "内存 B"
        assert find(lesson, QPushButton, "chain_add_button").text() == "添加"
    finally:
        i18n.set_language(app, "en")


# -- facts for course questions ---------------------------------------------------------------
def test_item_and_element_wise_facts_are_torchs(lesson, qtbot):
    section(lesson, qtbot, "item")
    facts = lesson.facts()
    assert facts["value"] == torch.tensor([18]).item() and facts["raises"] is None
    pick(lesson, "item_preset_combo", 5)  # [1, 2]: torch refuses item()
    facts = lesson.facts()
    assert "value" not in facts and facts["raises"].type_name == "RuntimeError"
    section(lesson, qtbot, "elementwise")
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "int_div"))
    facts = lesson.facts()
    assert facts["dtype"] == str(torch.tensor([1, 2]).div(2).dtype) == "torch.float32"
    assert "same_object" not in facts  # div_ refused: there is no result to be x
    pick(lesson, "elementwise_preset_combo", preset_index(lesson, "float_div"))
    x = torch.tensor([[1.0, 2.0]])
    assert lesson.facts()["same_object"] is (x.div_(2) is x) is True


def test_product_facts_are_torchs_for_every_cell(lesson, qtbot):
    a = torch.tensor([[1, 2, 3], [4, 5, 6]])
    c = a @ torch.tensor([[3, 2], [2, 3], [5, 3]])
    facts = lesson.facts()
    assert facts["shape"] == tuple(c.shape) and facts["inner"] == 3
    assert {k: v for k, v in facts.items() if k.startswith("C[")} == {
        f"C[{i}, {j}]": float(c[i, j]) for i in range(2) for j in range(2)
    }
    lesson.set_state(State(matmul=dict(MATMUL_PRESETS)["inner_mismatch"]))
    facts = lesson.facts()
    assert "inner" not in facts and "shape" not in facts and "C[0, 0]" not in facts
    lesson.set_state(State(matmul=dict(MATMUL_PRESETS)["dtype_mismatch"]))
    facts = lesson.facts()
    assert facts["inner"] == 3 and "shape" not in facts and facts["raises"] is not None
    lesson.set_state(State(topic="hadamard"))
    c = a * torch.tensor([[2, 3, 4], [2, 2, 3]])
    facts = lesson.facts()
    assert facts["shape"] == (2, 3) and "inner" not in facts
    assert all(facts[f"C[{i}, {j}]"] == float(c[i, j]) for i in range(2) for j in range(3))
    lesson.set_state(State(topic="hadamard", hadamard=dict(HADAMARD_PRESETS)["mismatch"]))
    assert "shape" not in lesson.facts()


def test_a_random_shape_longer_than_any_shape_is_refused_not_raised(lesson, qtbot):
    before = lesson.state
    edit = find(lesson, QLineEdit, "a_shape_edit")
    edit.setText("1," * 600)
    edit.editingFinished.emit()
    assert lesson.state == before
    assert edit.property("invalid")
    assert lesson.banner.message() == "Shape of A: 1,200 characters > 1,000"
    assert lesson.banner.explanation() == "The text is too long: at most 1,000 characters."


@given(
    literal_texts(),
    st.sampled_from(["2, 3", "", "0", "3, 0", "400, 400", "x", "1, " * 9 + "1"]),
    st.sampled_from(CHAIN_OPS),
    st.booleans(),
)
def test_any_chain_input_leaves_the_lesson_working(lesson_for_fuzz, text, size, op, in_place):
    lesson = lesson_for_fuzz
    lesson.set_state(State(topic="elementwise").with_preset("elementwise", "course_in_place"))
    controls = lesson.view.elementwise.chain_controls
    controls.kind_combo.setCurrentIndex(0)
    controls.size_edit.setText(size)
    controls.size_edit.editingFinished.emit()
    controls.link_added.emit(ChainLink(op, text, in_place))
    controls.kind_combo.setCurrentIndex(1)
    controls.x_edit.setText(text)
    controls.x_edit.editingFinished.emit()
    lesson.settle()
    assert "import torch" in lesson.snippet().code
    chain = lesson.state.elementwise.chain
    assert len(chain.links) <= MAX_LINKS
    shown = lesson.shown()
    if lesson.banner.message() == "" and shown.result is not None:
        assert len(shown.result.links) == len(chain.links)


def test_pages_built_ahead_stay_behind_the_shown_one_and_work_when_shown(lesson, qtbot):
    # the warm-up builds every topic's page while the app is idle (LessonView.build_ahead),
    # so that a lecture step changing topic does not wait for it
    shown = lesson.view.picture_stack.currentWidget()
    state = lesson.state
    lesson.view.build_ahead()
    assert set(lesson.view.pages) == {"item", "elementwise", "hadamard", "matmul"}
    assert lesson.view.picture_stack.currentWidget() is shown
    assert lesson.state == state
    section(lesson, qtbot, "hadamard")  # its intents are connected as if built when shown
    pick(lesson, "hadamard_preset_combo", 2)
    with pytest.raises(RuntimeError) as info:
        torch.tensor([[1, 2, 3], [4, 5, 6]]) * torch.tensor([[3, 2], [2, 3], [5, 3]])
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
