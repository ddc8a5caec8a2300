"""Lesson broadcast: what the student sees equals what torch does."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from tensorviz.ui import i18n, lessons
from tensorviz.ui.lessons.broadcast.controller import CHANNEL
from tensorviz.ui.lessons.broadcast.state import PRESETS, SAMPLES, Operand, State
from tensorviz.ui.theme import make_theme
from tests.snippets import assert_prints_output

shapes = st.lists(st.integers(min_value=0, max_value=4), max_size=4).map(tuple)


@pytest.fixture
def lesson(qtbot):
    widget = lessons.build("broadcast", make_theme("light"))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.settle()
    return widget


def enter(lesson, qtbot, which: str, kind: str, text: str) -> None:
    combo = lesson.view.mode_combos[which]
    combo.setCurrentIndex(["values", "arange"].index(kind))
    edit = lesson.view.edits[which]
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    lesson.settle()


def grid_texts(grid) -> list[str]:
    snap = grid.snapshot()
    return [grid.text_of(i) for i in np.ndindex(snap.shape)] if snap.shape else [grid.text_of(())]


def failing_dim(message: str) -> int:
    return int(re.search(r"non-singleton dimension (\d+)", message).group(1))


def test_default_is_the_course_example(lesson):
    a = torch.tensor([1, 2, 3])
    b = torch.tensor([[4], [2], [3]])
    expected = a + b
    table = lesson.view.table
    assert table.is_implicit("a", 0) and table.cell_text("a", 1) == "3"
    assert table.verdict_text(0).endswith("a stretched")
    assert table.verdict_text(1).endswith("b stretched")
    result = lesson.view.panels["result"].grid
    assert grid_texts(result) == [str(v) for v in expected.flatten().tolist()]
    # a drawn expanded: row 0 real, rows 1 and 2 hatched copies of it
    grid_a = lesson.view.panels["a"].grid
    assert grid_a.snapshot().shape == (3, 3)
    assert grid_texts(grid_a) == ["1", "2", "3"] * 3
    assert grid_a._ghost.tolist() == [[False] * 3, [True] * 3, [True] * 3]
    assert lesson.view.panels["b"].grid._ghost.tolist() == [[False, True, True]] * 3
    # memory: the views read the operands' own 3-slot storages with stride 0
    for name, base in (("a", a), ("b", b)):
        lay = lesson.view.strips[name].layout_shown()
        assert lay.stride == base.expand(3, 3).stride()
        assert lay.storage_size == 3
        assert (
            lesson.view.strips[name].readers_of(0)
            and len(lesson.view.strips[name].readers_of(0)) == 3
        )
    assert "stride 0 in dim 0" in lesson.view.strips["a"]._title
    assert "same data_ptr: yes" in lesson.view.memory_label.text()
    assert "a + b" in lesson.code_pane.code_text()
    assert lesson.code_pane.output_text().endswith("torch.Size([3, 3])")
    assert lesson.banner.message() == ""


@pytest.mark.parametrize("key", list(PRESETS))
def test_presets_show_torch_results(lesson, key):
    lesson.load_preset(key)
    lesson.settle()
    preset = PRESETS[key]
    kind_a, text_a, op, text_b = preset.a.kind, preset.a.text, preset.op, preset.b.text
    assert lesson.view.edits["a"].text() == text_a and lesson.view.edits["b"].text() == text_b
    r = lesson.shown()
    ta = torch.arange(r.a.values.numel).reshape(r.a.shape) if kind_a == "arange" else None
    assert r.op == op
    snippet = lesson.snippet()
    assert lesson.code_pane.output_text() == snippet.output.rstrip("\n")
    if key == "incompatible":
        with pytest.raises(RuntimeError) as exc:
            ta + torch.arange(10, 30, 10)
        assert lesson.banner.message() == f"RuntimeError: {exc.value}"
        assert "dim 1 has size 3 in a and 2 in b" in lesson.banner.explanation()
        assert lesson.view.table.failing_dim() == failing_dim(str(exc.value)) == 1
        assert lesson.view.table.highlighted_dims() == (1,)
        assert not lesson.view.panels["result"].grid.isVisible()
        assert lesson.view.panels["result"].note.isVisible()
        assert "do not broadcast" in lesson.view.heading.text()
    else:
        assert lesson.banner.message() == ""
        assert lesson.view.panels["result"].grid.isVisible()
        shape = torch.broadcast_shapes(r.a.shape, r.b.shape)
        assert lesson.view.panels["result"].grid.snapshot().shape == tuple(shape)
        assert lesson.view.panels["a"].grid.snapshot().shape == tuple(shape)


@pytest.mark.slow
def test_snippets_run_and_print_their_output(lesson):
    """Default, error and scalar states: plain python prints exactly the pane's output."""
    snippets = {}
    for key in ("course_1d_2d", "incompatible", "scalar"):
        lesson.load_preset(key)
        lesson.settle()
        snippets[key] = lesson.snippet()
    assert_prints_output(list(snippets.values()))
    assert "RuntimeError: The size of tensor a (3)" in snippets["incompatible"].output


def test_bad_input_keeps_the_previous_result(lesson, qtbot):
    before = grid_texts(lesson.view.panels["result"].grid)
    snippet = lesson.snippet()
    enter(lesson, qtbot, "a", "values", "[1, 2")
    assert lesson.banner.message() == "Operand a: '[' was never closed (col 1)"
    assert lesson.banner.explanation().startswith("This is not a valid literal")
    assert lesson.view.edits["a"].property("invalid") is True
    assert grid_texts(lesson.view.panels["result"].grid) == before
    assert lesson.snippet() == snippet
    # a result too big to allocate is refused before torch runs
    enter(lesson, qtbot, "b", "arange", "2000")  # a is still refused: nothing changes
    assert lesson.banner.message().startswith("Operand a: '['")
    enter(lesson, qtbot, "a", "arange", "2000, 1")
    assert lesson.banner.message().startswith("Result: ")
    assert "at most" in lesson.banner.explanation()
    assert lesson.snippet() == snippet
    # the lesson keeps working, and the banner goes on the next success
    enter(lesson, qtbot, "b", "arange", "2")
    assert lesson.banner.message() == ""
    assert lesson.view.edits["a"].property("invalid") is False
    assert lesson.view.panels["result"].grid.snapshot().shape == (2000, 2)


def test_operation_and_mode_switch(lesson, qtbot):
    lesson.view.op_combo.setCurrentIndex(lesson.view.op_combo.findText("/"))
    lesson.settle()
    expected = torch.tensor([1, 2, 3]) / torch.tensor([[4], [2], [3]])
    snap = lesson.view.panels["result"].grid.snapshot()
    np.testing.assert_allclose(snap.values, expected.double().numpy())
    assert snap.dtype == "torch.float32"
    assert "result = a / b" in lesson.code_pane.code_text()
    # switching b to "arange" keeps its shape; back to values keeps its (new) values
    lesson.view.mode_combos["b"].setCurrentIndex(1)
    lesson.settle()
    assert lesson.view.edits["b"].text() == "3, 1"
    assert lesson.shown().b.values.text == ("10", "20", "30")
    lesson.view.mode_combos["b"].setCurrentIndex(0)
    lesson.settle()
    assert lesson.view.edits["b"].text() == "[[10], [20], [30]]"


def test_non_shape_torch_error_is_shown(lesson, qtbot):
    enter(lesson, qtbot, "a", "values", "[True, False]")
    enter(lesson, qtbot, "b", "values", "[[True], [False]]")
    lesson.view.op_combo.setCurrentIndex(lesson.view.op_combo.findText("-"))
    lesson.settle()
    with pytest.raises(RuntimeError) as exc:
        torch.tensor([True, False]) - torch.tensor([[True], [False]])
    assert lesson.banner.message() == f"RuntimeError: {exc.value}"
    assert lesson.view.table.failing_dim() is None  # the shapes were fine
    assert lesson.view.panels["a"].grid.snapshot().shape == (2, 2)


def test_hovering_a_slot_outlines_its_copies(lesson):
    strip = lesson.view.strips["a"]
    strip.slot_hovered.emit(1)
    assert set(lesson.view.panels["a"].grid._highlight) == {(0, 1), (1, 1), (2, 1)}
    strip.slot_hovered.emit(None)
    assert lesson.view.panels["a"].grid._highlight == {}


def test_hovering_a_result_cell_outlines_the_cells_it_adds(lesson):
    lesson.view.panels["result"].grid.cell_hovered.emit((2, 1))
    # result[2, 1] = a_view[2, 1] + b_view[2, 1] = a[1] + b[2, 0]: storage slots 1 and 2
    assert lesson.view.panels["a"].grid._highlight == {(2, 1): "highlight"}
    assert lesson.view.strips["a"].hovered_slot() == 1
    assert lesson.view.strips["b"].hovered_slot() == 2
    lesson.view.panels["result"].grid.cell_hovered.emit(None)
    assert lesson.view.panels["b"].grid._highlight == {}
    assert lesson.view.strips["a"].hovered_slot() is None


@given(shapes, shapes, st.sampled_from(["+", "-", "*", "/"]))
def test_random_shapes_match_torch(lesson, qtbot, shape_a, shape_b, op):
    lesson.view.op_combo.setCurrentIndex(lesson.view.op_combo.findText(op))
    enter(lesson, qtbot, "a", "arange", ", ".join(map(str, shape_a)) or "()")
    enter(lesson, qtbot, "b", "arange", ", ".join(map(str, shape_b)) or "()")
    a = torch.arange(int(np.prod(shape_a))).reshape(shape_a)
    b = torch.arange(10, 10 * (int(np.prod(shape_b)) + 1), 10).reshape(shape_b)
    fn = {"+": torch.add, "-": torch.sub, "*": torch.mul, "/": torch.div}[op]
    table = lesson.view.table
    try:
        expected = fn(a, b)
    except RuntimeError as exc:
        assert lesson.banner.message() == f"RuntimeError: {exc}"
        assert table.failing_dim() == failing_dim(str(exc))
        assert lesson.view.panels["result"].note.isVisible()
        return
    assert lesson.banner.message() == ""
    shape = tuple(torch.broadcast_shapes(shape_a, shape_b))
    assert tuple(expected.shape) == shape
    assert [table.cell_text("result", d) for d in range(len(shape))] == [str(s) for s in shape]
    result = lesson.view.panels["result"].grid.snapshot()
    assert result.shape == shape
    np.testing.assert_array_equal(result.values, expected.double().numpy())
    for name, base in (("a", a), ("b", b)):
        view = base.expand(shape)
        lay = lesson.view.strips[name].layout_shown()
        assert lay.stride == view.stride()
        zero = [d for d, s in enumerate(view.stride()) if s == 0]
        title = lesson.view.strips[name]._title
        if zero:
            assert title.endswith("stride 0 in dim " + ", ".join(map(str, zero)))
        else:
            assert "stride 0" not in title
        assert lesson.view.panels[name].grid.snapshot().shape == shape


def test_themes_zoom_and_chinese(lesson):
    for name, zoom in (("dark", 50), ("contrast", 300), ("light", 100)):
        lesson.apply_theme(make_theme(name, zoom))
        QApplication.processEvents()
        assert not lesson.grab().isNull()
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert lesson.view.table.verdict_text(0).endswith("a 被拉伸")
        assert "结果" in lesson.view.heading.text()
        assert lesson.view.preset_combo.itemText(0) != "Course 1-D + 2-D"
    finally:
        i18n.set_language(app, "en")
    QApplication.processEvents()
    assert lesson.view.table.verdict_text(0).endswith("a stretched")


def test_only_the_latest_request_is_shown(lesson):
    lesson.view.mode_combos["a"].setCurrentIndex(1)  # arange of a shape, computed in the worker
    for text in ("1000, 1, 1", "2, 1, 1", "4, 1, 1"):  # with b of shape (3, 1)
        lesson.view.edits["a"].setText(text)
        lesson.view.apply_button.click()
    stale = lesson._workers[False]._latest[CHANNEL] - 1  # the generation of the request before
    lesson.settle()
    assert lesson.view.panels["result"].grid.snapshot().shape == (4, 3, 1)
    # a late answer to an older request changes nothing
    from tensorviz.core import broadcast as bc

    old = bc.broadcast(bc.OperandSpec("arange", "2, 1, 1"), bc.OperandSpec("arange", "3, 1"))
    lesson._workers[False]._signals.done.emit(CHANNEL, stale, old)  # as a late pool thread would
    assert lesson.view.panels["result"].grid.snapshot().shape == (4, 3, 1)
    assert lesson.view.table.cell_text("a", 0) == "4"


# -- the State: what the lesson shows is data ------------------------------------------------
def test_editing_an_example_makes_the_combo_say_custom(lesson, qtbot):
    combo = lesson.view.preset_combo
    combo.setCurrentIndex(list(PRESETS).index("scalar"))
    lesson.settle()
    assert lesson.state == PRESETS["scalar"]
    assert lesson.view.edits["a"].text() == "10" and combo.currentText() == "Scalar and tensor"
    enter(lesson, qtbot, "a", "values", "7")
    assert lesson.state.preset == "custom" and lesson.state.a.text == "7"
    assert combo.currentText() == "Custom"
    assert lesson.shown().a.values.text == ("7",)  # the edit, computed by torch
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert combo.currentText() == "自定义"
    finally:
        i18n.set_language(app, "en")
    # "custom" says where the user is; it is not an example to choose
    assert not combo.model().item(combo.count() - 1).isEnabled()


def test_refused_input_never_becomes_state_but_torchs_refusal_does(lesson, qtbot):
    before = lesson.state
    enter(lesson, qtbot, "b", "values", "[[1], [2]")
    assert lesson.state == before
    assert lesson.view.edits["b"].property("invalid") is True
    enter(lesson, qtbot, "b", "arange", "4")  # (3,) + (4,): torch refuses
    assert lesson.state.b == Operand("arange", "4")
    assert lesson.state.preset == "custom"
    assert lesson.banner.message().startswith("RuntimeError: The size of tensor a (3)")
    assert lesson.view.edits["b"].property("invalid") is False


def test_pointing_at_a_result_cell_is_state_and_recomputes_nothing(lesson):
    shown = lesson.shown()
    lesson.view.panels["result"].grid.cell_hovered.emit((2, 1))
    assert lesson.state.focus == (2, 1)
    assert lesson.shown() is shown  # the same torch result, drawn again
    lesson.view.panels["result"].grid.cell_hovered.emit(None)
    assert lesson.state.focus is None


def test_a_state_from_data_shows_its_focus(lesson):
    state = State.from_dict({"lesson": "broadcast", "preset": "scalar", "focus": [1, 2]})
    assert state == PRESETS["scalar"].with_focus((1, 2))
    lesson.set_state(State.from_dict(json.loads(state.to_json())))
    lesson.settle()
    assert lesson.state == state
    # result[1, 2] = a * b_view[1, 2]: the scalar's only slot, and b's slot 5
    assert lesson.view.panels["b"].grid._highlight == {(1, 2): "highlight"}
    assert lesson.view.panels["result"].grid._highlight == {(1, 2): "highlight"}
    assert lesson.view.strips["a"].hovered_slot() == 0
    assert lesson.view.strips["b"].hovered_slot() == 5
    # a focus the result has no cell for is drawn as none
    lesson.set_state(PRESETS["incompatible"].with_focus((5, 5)))
    lesson.settle()
    assert lesson.view.panels["a"].grid._highlight == {}


def test_operand_titles_take_the_operands_colours(lesson):
    panels = lesson.view.panels
    assert panels["a"].title.property("tone") == "operand-a"
    assert panels["b"].title.property("tone") == "operand-b"
    assert panels["result"].title.property("tone") == "strong"
    assert lesson.view.heading.property("role") == "heading"


# -- facts for course questions ---------------------------------------------------------------
def stretched_dims(operand: tuple[int, ...], shape: tuple[int, ...]) -> set[int]:
    """The result dims where an operand (a missing leading dim counting as 1) is not
    already of the result's size."""
    padded = (1,) * (len(shape) - len(operand)) + tuple(operand)
    return {d for d in range(len(shape)) if padded[d] != shape[d]}


@pytest.mark.parametrize("key", list(PRESETS))
def test_facts_are_the_shapes_torch_gives(lesson, key):
    lesson.load_preset(key)
    lesson.settle()
    facts = lesson.facts()
    a, b = lesson.shown().a.shape, lesson.shown().b.shape
    assert (facts["a.shape"], facts["b.shape"]) == (a, b)
    try:
        shape = tuple(torch.broadcast_shapes(a, b))
    except RuntimeError:
        assert "shape" not in facts and "stretched" not in facts
        assert facts["raises"] is not None
        return
    assert facts["shape"] == shape
    assert facts["a.stretched"] == tuple(sorted(stretched_dims(a, shape)))
    assert facts["b.stretched"] == tuple(sorted(stretched_dims(b, shape)))
    assert facts["stretched"] == tuple(sorted(stretched_dims(a, shape) | stretched_dims(b, shape)))


def test_the_course_examples_facts(lesson):
    facts = lesson.facts()  # [1, 2, 3] + [[4], [2], [3]]
    assert (facts["a.shape"], facts["b.shape"], facts["shape"]) == ((3,), (3, 1), (3, 3))
    assert facts["a.stretched"] == (0,) and facts["b.stretched"] == (1,)
    assert facts["stretched"] == (0, 1)
    lesson.load_preset("course_2d_3d")
    lesson.settle()
    facts = lesson.facts()
    a = torch.tensor([[1, 2, 3], [4, 5, 6]])
    b = torch.tensor([[[2, 3, 4]], [[5, 6, 7]]])
    assert facts["shape"] == tuple((a + b).shape) == (2, 2, 3)
    assert facts["stretched"] == (0, 1)


def test_a_0d_tensor_broadcasts_with_a_2d_one(lesson):
    zero_d = next(s for s in SAMPLES if s.a.text == "10" and s.op == "+")
    lesson.set_state(zero_d)
    lesson.settle()
    t = torch.tensor(10) + torch.tensor([[1, 2, 3], [4, 5, 6]])
    facts = lesson.facts()
    assert facts["a.shape"] == () and facts["shape"] == tuple(t.shape)
    assert facts["a.stretched"] == (0, 1) and facts["b.stretched"] == ()
    assert lesson.banner.message() == ""
    result = lesson.view.panels["result"].grid
    assert grid_texts(result) == [str(v) for v in t.reshape(-1).tolist()]


@pytest.mark.parametrize(("size", "zoom"), [((1366, 768), 100), ((1024, 768), 150)])
def test_the_grids_are_never_squeezed_into_a_box_of_their_own(qtbot, size, zoom):
    """The grids' area is a scroll area, which asks for next to nothing: beside the rules
    table and the memory strips it got it, a row and a half of the course example's grids
    at 1366x768 (in a box that scrolled), their titles only at 1024x768 zoom 150. They stand
    whole now, and the picture scrolls."""
    from tests.ui.test_projector_sizes import open_projector_window

    with open_projector_window("zh_CN", zoom=zoom) as window:
        window.resize(*size)
        qtbot.waitExposed(window)
        lesson = window.select_lesson("broadcast")
        lesson.settle()
        QApplication.processEvents()
        grids = lesson.view.grids
        assert not grids.verticalScrollBar().isVisible()
        for panel in grids.panels.values():
            assert panel.grid.height() >= panel.grid.minimumSizeHint().height()
            at = panel.grid.mapTo(grids.viewport(), QPoint(0, 0))
            assert grids.viewport().rect().contains(QRect(at, panel.grid.size()))


@pytest.mark.parametrize(
    ("lang", "says", "never"),
    [
        ("en", ("stride 0", "nothing", "new tensor"), ("are copies",)),
        ("zh_CN", ("步长为 0", "不复制", "新的张量"), ("副本",)),
    ],
)
def test_the_legend_says_what_expand_does(lesson, lang, says, never):
    """The talk (steps 57-59) said the stretched side is not really copied while the legend
    under the grids said "hatched cells are copies": torch's expand reads the same element
    again (stride 0, the same memory), and only the result of the operation is new."""
    a, b = torch.tensor([1, 2, 3]), torch.tensor([[4], [2], [3]])  # the course's example
    a_view, b_view = torch.broadcast_tensors(a, b)
    assert a_view.stride() == (0, 1) and a_view.data_ptr() == a.data_ptr()
    assert b_view.stride() == (1, 0) and b_view.data_ptr() == b.data_ptr()
    result = a + b
    assert result.data_ptr() not in (a.data_ptr(), b.data_ptr())
    app = QCoreApplication.instance()
    i18n.set_language(app, lang)
    try:
        QApplication.processEvents()
        view = lesson.view
        titles = [view.panels[name].title.text() for name in ("a", "b")]
        legend = view.legend.text()
    finally:
        i18n.set_language(app, "en")
    assert view.legend.isVisible()
    for text in (legend, *titles):
        assert says[0] in text and not any(w in text for w in never), text
    assert says[1] in legend and says[2] in legend, legend
