"""The shape lesson as a user sees it: grid, strip, strides, badges, errors, fixes, code."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt

from tensorviz.core import shape as core
from tensorviz.ui import i18n, lessons
from tensorviz.ui.lessons.shape.state import MAX_STEPS, State, StepText
from tensorviz.ui.theme import make_theme
from tests.snippets import assert_prints_output


@pytest.fixture
def lesson(qtbot, theme):
    widget = lessons.build("shape", theme)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.view.controls.animate_check.setChecked(False)
    widget.settle()
    return widget


def set_chain(lesson, qtbot, shape, steps_text, select=None):
    """Type the start shape and add the steps one by one, as a user does."""
    lesson.view.controls.start_kind_combo.setCurrentIndex(0)
    lesson.view.controls.start_edit.setText(", ".join(str(s) for s in shape))
    qtbot.mouseClick(lesson.view.controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    while lesson.chain().steps:
        lesson.select_step(len(lesson.chain().steps))
        qtbot.mouseClick(lesson.view.controls.remove_button, Qt.MouseButton.LeftButton)
        lesson.settle()
    for op, args in steps_text:
        lesson.select_step(len(lesson.chain().steps))
        lesson.view.controls.op_combo.setCurrentIndex(lesson.view.controls.op_combo.findData(op))
        lesson.view.controls.args_edit.setText(args)
        qtbot.mouseClick(lesson.view.controls.add_button, Qt.MouseButton.LeftButton)
        lesson.settle()
    if select is not None:
        lesson.select_step(select)


def shown_matches_torch(lesson, t: torch.Tensor) -> None:
    """Every element's slot in the strip, and the strides/offset/contiguity shown, are torch's."""
    lay = lesson.view.diagram.strip.layout_shown()
    assert lay.shape == tuple(t.shape)
    assert lay.stride == t.stride()
    assert lay.storage_offset == t.storage_offset()
    for index in np.ndindex(*t.shape):
        slot = t.storage_offset() + sum(i * s for i, s in zip(index, t.stride(), strict=True))
        assert lesson.view.diagram.strip.slot_of(index) == slot
        assert lesson.view.diagram.grid.text_of(index) == str(int(t[index]))
    expected = "not contiguous" if not t.is_contiguous() else "contiguous:"
    assert lesson.view.contiguous_badge.text().startswith(expected)
    assert str(tuple(t.stride())) in lesson.view.strides_label.text()
    assert f"Storage offset: {t.storage_offset()}" in lesson.view.offset_label.text()


def test_default_state_shows_the_failing_view_with_fixes(lesson, qtbot):
    chain = lesson.chain()
    assert chain.error_at == 2
    assert lesson.selected_step() == 2
    assert "view size is not compatible" in lesson.banner.message()
    assert "contiguous" in lesson.banner.explanation()
    assert lesson.view.step_error.isVisible()
    assert "view size is not compatible" in lesson.view.step_error_message.text()
    assert "RuntimeError" in lesson.view.step_error_title.text()
    # torch's message shows once: in the banner, and at the step when the banner is closed
    assert not lesson.view.step_error_message.isVisible()
    qtbot.mouseClick(lesson.banner._close, Qt.MouseButton.LeftButton)
    assert lesson.view.step_error_message.isVisible()
    assert (
        lesson.view.fix_contiguous_button.isVisible() and lesson.view.fix_reshape_button.isVisible()
    )
    # What is drawn is x1, the tensor view() was refused on: a transposed matrix.
    shown_matches_torch(lesson, torch.arange(12).reshape(3, 4).t())
    assert lesson.view.step_title.text() == "x2 = x1.view(12)"
    reason = lesson.view.step_error_reason.text()
    assert "0, 4, 8, 1, 5, 9, 2, 6, 10, 3" in reason and "+4, +4, -7" in reason
    assert "x1[1, 2]" in lesson.formula_text() and "= 9" in lesson.formula_text()


def test_fix_insert_contiguous(lesson, qtbot):
    qtbot.mouseClick(lesson.view.fix_contiguous_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    chain = lesson.chain()
    assert chain.error_at is None
    assert [r.code for r in chain.results[1:]] == [
        "x1 = x0.t()",
        "x2 = x1.contiguous()",
        "x3 = x2.view(12)",
    ]
    assert lesson.banner.message() == ""
    assert not lesson.view.step_error.isVisible()
    assert lesson.selected_step() == 3
    shown_matches_torch(lesson, torch.arange(12).reshape(3, 4).t().contiguous().view(12))
    assert "a view" in lesson.view.storage_badge.text()
    lesson.select_step(2)
    assert "a copy" in lesson.view.storage_badge.text()
    assert "x3 shares memory with x2: True" in lesson.code_pane.output_text()
    assert "x2 shares memory with x1: False" in lesson.code_pane.output_text()


def test_fix_use_reshape_copies(lesson, qtbot):
    qtbot.mouseClick(lesson.view.fix_reshape_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.view.step_title.text() == "x2 = x1.reshape(12)"
    assert "a copy" in lesson.view.storage_badge.text()
    assert [lesson.view.diagram.grid.text_of((i,)) for i in range(4)] == ["0", "4", "8", "1"]


def test_reshape_that_can_view_says_view(lesson, qtbot):
    set_chain(lesson, qtbot, (3, 4), [("reshape", "2, -1")])
    assert "a view" in lesson.view.storage_badge.text()
    shown_matches_torch(lesson, torch.arange(12).reshape(3, 4).reshape(2, -1))


def test_squeeze_of_a_dim_that_is_not_1_shows_nothing_changed(lesson, qtbot):
    set_chain(lesson, qtbot, (1, 3, 1), [("squeeze", "1")])
    assert "nothing changed" in lesson.view.unchanged_badge.text()
    assert lesson.view.unchanged_badge.isVisible()
    set_chain(lesson, qtbot, (1, 3, 1), [("squeeze", "")])
    assert not lesson.view.unchanged_badge.isVisible()
    shown_matches_torch(lesson, torch.arange(3).reshape(1, 3, 1).squeeze())


@pytest.mark.parametrize(
    ("op", "args", "fragment"),
    [
        ("permute", "0", "number of dimensions"),
        ("permute", "1, 1, 0", "duplicate dims"),
        ("squeeze", "4", "Dimension out of range"),
        ("unsqueeze", "9", "Dimension out of range"),
        ("reshape", "5, -1", "is invalid for input of size 12"),
        ("view", "7", "is invalid for input of size 12"),
    ],
)
def test_errors_show_torchs_message_at_their_step_and_keep_earlier_steps(
    lesson, qtbot, op, args, fragment
):
    set_chain(lesson, qtbot, (3, 4), [("t", ""), ("unsqueeze", "0"), (op, args)])
    chain = lesson.chain()
    assert chain.error_at == 3
    assert fragment in lesson.banner.message()
    assert lesson.banner.explanation()
    assert lesson.selected_step() == 3
    assert fragment in lesson.view.step_error_message.text()
    assert lesson.view.controls.steps_list.item(3).text().startswith("✗")
    assert not lesson.view.fix_contiguous_button.isVisible()
    # earlier steps untouched: x2 is still drawn and selectable
    shown_matches_torch(lesson, torch.arange(12).reshape(3, 4).t().unsqueeze(0))
    lesson.select_step(1)
    shown_matches_torch(lesson, torch.arange(12).reshape(3, 4).t())
    assert not lesson.view.step_error.isVisible()


def test_bad_arguments_are_refused_before_torch_and_the_chain_stays(lesson, qtbot):
    before = lesson.chain()
    lesson.view.controls.op_combo.setCurrentIndex(lesson.view.controls.op_combo.findData("permute"))
    lesson.view.controls.args_edit.setText("0, x")
    qtbot.mouseClick(lesson.view.controls.add_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.chain() is before
    assert lesson.banner.message() == "Step arguments: 'x' at [1]"
    assert "number was expected" in lesson.banner.explanation()
    lesson.select_step(1)  # selecting a step loads it into the editor
    assert lesson.view.controls.op_combo.currentData() == "t"
    lesson.view.controls.op_combo.setCurrentIndex(lesson.view.controls.op_combo.findData("permute"))
    lesson.view.controls.args_edit.setText("1, 0")
    qtbot.mouseClick(lesson.view.controls.add_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.chain().steps[1] == core.Step("permute", (1, 0))
    # accepted input ends the refusal: permute(1, 0) undoes .t(), so view(12) works again
    assert lesson.banner.message() == ""
    assert not lesson.view.controls.args_edit.property("invalid")


def test_edit_reorder_remove(lesson, qtbot):
    set_chain(lesson, qtbot, (2, 3), [("t", ""), ("contiguous", ""), ("flatten", "")])
    lesson.select_step(2)
    qtbot.mouseClick(lesson.view.controls.up_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert [s.op for s in lesson.chain().steps] == ["contiguous", "t", "flatten"]
    assert lesson.selected_step() == 1
    # flatten of a transposed (non-contiguous) tensor copies
    lesson.select_step(3)
    assert "a copy" in lesson.view.storage_badge.text()
    lesson.select_step(2)
    lesson.view.controls.op_combo.setCurrentIndex(
        lesson.view.controls.op_combo.findData("transpose")
    )
    lesson.view.controls.args_edit.setText("1, 0")
    qtbot.mouseClick(lesson.view.controls.change_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.chain().steps[1] == core.Step("transpose", (1, 0))
    qtbot.mouseClick(lesson.view.controls.remove_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert [s.op for s in lesson.chain().steps] == ["contiguous", "flatten"]
    lesson.select_step(2)
    qtbot.mouseClick(lesson.view.controls.down_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert [s.op for s in lesson.chain().steps] == ["contiguous", "flatten"]


def test_slicing_gives_an_offset(lesson, qtbot):
    set_chain(lesson, qtbot, (4, 6), [("index", "[1:, ::2]")])
    t = torch.arange(24).reshape(4, 6)[1:, ::2]
    shown_matches_torch(lesson, t)
    assert lesson.view.diagram.strip.readers_of(0) == []
    assert "x1 = x0[1:, ::2]" in lesson.code_pane.code_text()


def test_hover_shows_the_formula_with_the_numbers(lesson, qtbot):
    rect = lesson.view.diagram.grid.cell_rect((3, 1))
    qtbot.mouseMove(lesson.view.diagram.grid, rect.center().toPoint())
    assert lesson.focus_index() == (3, 1)
    assert lesson.view.diagram.strip.hovered_slot() == 7
    text = lesson.formula_text()
    assert "x1[3, 1]" in text and "0 + 3·1 + 1·4 = 7" in text and "value 7" in text
    # the jumps drawn over the strip: +3 slots along dim 0, then +4 along dim 1, ending on 7
    hops = lesson.view.diagram.hop_arcs()
    assert [label for *_, label, _dim in hops] == ["+3·1", "+1·4"]
    end = hops[-1][1]
    assert end.center().x() == pytest.approx(lesson.view.diagram.slot_rect(7).center().x())
    slot_rect = lesson.view.diagram.strip.slot_rect(10)
    qtbot.mouseMove(lesson.view.diagram.strip, slot_rect.center().toPoint())
    assert lesson.focus_index() == (2, 2)
    assert "= 10" in lesson.formula_text()


def test_a_0d_tensors_element_is_written_as_python_indexes_it(lesson, qtbot):
    """An empty start shape is a 0-d tensor; its one element is x0[()] (the formula and the
    offset line wrote x0[], which is not Python)."""
    set_chain(lesson, qtbot, (), [("unsqueeze", "0")], select=0)
    assert lesson.chain().results[0].layout.shape == ()
    assert lesson.formula_text().startswith("x0[()] reads slot offset + 0 = 0 + 0 = 0")
    assert "(x0[()] is slot 0 of the 1 in storage)" in lesson.view.offset_label.text()
    lesson.select_step(1)  # and a 1-d one as before
    assert lesson.formula_text().startswith("x1[0] reads slot")


def test_animation_runs_and_can_be_switched_off(lesson, qtbot):
    lesson.view.controls.animate_check.setChecked(True)
    lesson.select_step(0)
    lesson.settle()
    lesson.select_step(1)
    assert lesson.is_animating()
    qtbot.waitUntil(lambda: not lesson.is_animating(), timeout=3000)
    lesson.view.controls.animate_check.setChecked(False)
    lesson.select_step(0)
    assert not lesson.is_animating()


def test_a_copy_animates_the_memory_too(lesson, qtbot):
    qtbot.mouseClick(lesson.view.fix_contiguous_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    lesson.select_step(1)
    lesson.view.controls.animate_check.setChecked(True)
    lesson.select_step(2)  # x2 = x1.contiguous(): new storage, elements in a new order
    movers = lesson.view.diagram.movers()
    slots = [m for m in movers if m.end and m.end[0] == "slot"]
    assert len(slots) == 12
    # slot 1 of the copy holds x0's element 4, which sat in slot 4 of the old storage
    mover = next(m for m in slots if m.end == ("slot", 1))
    assert mover.origin == 4 and mover.text == "4"
    assert mover.start == lesson.view.diagram.slot_rect(4)  # the same strip geometry: 12 slots
    qtbot.waitUntil(lambda: not lesson.is_animating(), timeout=3000)
    lesson.select_step(1)  # back to a view of x0: x1 -> x0 shares memory, no slot movers
    lesson.select_step(0)
    assert not [m for m in lesson.view.diagram.movers() if m.end and m.end[0] == "slot"]


def test_big_tensor_is_summarised_without_freezing(lesson, qtbot):
    set_chain(lesson, qtbot, (64, 128), [("t", ""), ("contiguous", "")], select=1)
    lay = lesson.view.diagram.strip.layout_shown()
    assert lay.slots is None and lay.stride == (1, 128)
    assert "too many to draw" in lesson.formula_text()
    assert lesson.view.contiguous_badge.text().startswith("not contiguous")
    lesson.grab()
    lesson.select_step(2)
    assert "a copy" in lesson.view.storage_badge.text()


def test_4096_elements_drawn_cell_by_cell(lesson, qtbot):
    lesson.view.controls.preset_combo.setCurrentIndex(len(core_presets()) - 1)
    lesson.view.controls.preset_combo.activated.emit(len(core_presets()) - 1)
    lesson.settle()
    lesson.select_step(1)
    t = torch.arange(4096).reshape(8, 8, 8, 8).permute(3, 2, 1, 0)
    assert lesson.view.diagram.strip.slot_of((1, 2, 3, 4)) == 1 * 1 + 2 * 8 + 3 * 64 + 4 * 512
    assert lesson.view.diagram.grid.text_of((1, 2, 3, 4)) == str(int(t[1, 2, 3, 4]))
    lesson.grab()


def core_presets():
    from tensorviz.ui.lessons.shape.state import PRESETS

    return PRESETS


def test_every_preset_runs(lesson):
    for i in range(len(core_presets())):
        lesson.view.controls.preset_combo.activated.emit(i)
        lesson.settle()
        assert lesson.chain() is not None
        lesson.grab()


def test_literal_start(lesson, qtbot):
    lesson.view.controls.start_kind_combo.setCurrentIndex(1)
    lesson.view.controls.start_kind_combo.activated.emit(1)
    lesson.settle()
    lesson.view.controls.start_edit.setText("[[1.5, 2], [3, 4]]")
    qtbot.mouseClick(lesson.view.controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert "torch.tensor([[1.5, 2], [3, 4]])" in lesson.code_pane.code_text()
    lesson.view.controls.start_edit.setText("[[1, 2], [3]]")
    qtbot.mouseClick(lesson.view.controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.banner.message().startswith("Start tensor: [1] has shape [1]")
    assert "ragged" in lesson.banner.explanation()
    assert "torch.tensor([[1.5, 2], [3, 4]])" in lesson.code_pane.code_text()


def test_snippets_run_and_print_what_the_pane_shows(lesson, qtbot):
    default = lesson.snippet()
    assert "print('x1 shape'" in default.code
    assert "RuntimeError: view size is not compatible" in default.output
    set_chain(
        lesson,
        qtbot,
        (2, 3, 4),
        [("permute", "2, 0, 1"), ("index", "[1:, ..., ::2]"), ("squeeze", "0"), ("flatten", "")],
    )
    other = lesson.snippet()
    qtbot.mouseClick(lesson.view.fix_contiguous_button, Qt.MouseButton.LeftButton)  # hidden: no-op
    set_chain(lesson, qtbot, (2, 3), [("t", ""), ("view", "6"), ("flatten", "")])
    failing = lesson.snippet()
    assert "x3 = x2.flatten()  (not run" in failing.code
    snippets = [default, other, failing]
    assert len({s.code for s in snippets}) == 3
    assert_prints_output(snippets)


@given(
    shape=st.lists(st.integers(1, 3), min_size=1, max_size=4),
    data=st.data(),
)
def test_random_chains_shown_as_torch_reports(qtbot, shape, data):
    lesson = lessons.build("shape", make_theme("light"))
    qtbot.addWidget(lesson)
    lesson.view.controls.animate_check.setChecked(False)
    perm = tuple(data.draw(st.permutations(range(len(shape)))))
    step = data.draw(st.integers(1, 2))
    d0 = data.draw(st.integers(0, len(shape) - 1))
    steps = (
        core.Step("permute", perm),
        core.Step("index", (Ellipsis, slice(None, None, step))),
        core.Step("transpose", (0, d0)),
        core.Step("unsqueeze", (0,)),
        core.Step("squeeze", ()),
    )
    lesson.set_state(
        State(
            preset="custom",
            start_text=", ".join(str(n) for n in shape),
            steps=tuple(StepText.of(s) for s in steps),
            selected=0,
            animate=False,
        )
    )
    lesson.settle()
    t = torch.arange(int(np.prod(shape))).reshape(shape)
    prev = t
    for k, s in enumerate(steps, start=1):
        t = s.apply(t)
        lesson.select_step(k)
        shown_matches_torch(lesson, t)
        shared = t.untyped_storage().data_ptr() == prev.untyped_storage().data_ptr()
        assert ("a view" in lesson.view.storage_badge.text()) == shared
        prev = t
    lesson.deleteLater()


def test_grid_is_the_shared_tensor_grid_with_room_to_grow(lesson, qtbot):
    """The lesson draws with the one TensorGrid (fast for 4,096 cells), asking the layout
    for room to grow its small tensors up to 1.6 times."""
    from tensorviz.ui.widgets.tensor_grid import TensorGrid

    assert type(lesson.view.diagram.grid) is TensorGrid
    plain = TensorGrid(lesson.theme)
    qtbot.addWidget(plain)
    plain.set_snapshot(lesson.view.diagram.grid.snapshot())
    natural = plain.sizeHint()
    grown = lesson.view.diagram.grid.sizeHint()
    assert (grown.width(), grown.height()) == (
        round(natural.width() * 1.6),
        round(natural.height() * 1.6),
    )


def test_lesson_in_chinese(lesson):
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QCoreApplication.processEvents()  # LanguageChange -> retranslate()
        assert lesson.view.fix_contiguous_button.text() == "修复：在它前面插入 .contiguous()"
        assert "不连续" in lesson.view.contiguous_badge.text()
        assert "按行顺序读取" in lesson.view.step_error_reason.text()
        assert "view() 从不拷贝" in lesson.banner.explanation()
    finally:
        i18n.set_language(app, "en")


def test_example_note_only_while_the_chain_is_the_example(lesson, qtbot):
    assert lesson.current_preset() == "transpose_view"
    assert ".t() only swaps the strides" in lesson.view.controls.preset_note.text()
    assert lesson.view.controls.preset_note.isVisible()
    qtbot.mouseClick(lesson.view.fix_reshape_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.current_preset() is None
    assert not lesson.view.controls.preset_note.isVisible()


def test_small_view_of_a_storage_too_big_to_draw(lesson, qtbot):
    set_chain(lesson, qtbot, (64, 128), [("index", "[1:3, ::32]")])
    t = torch.arange(64 * 128).reshape(64, 128)[1:3, ::32]
    lay = lesson.view.diagram.strip.layout_shown()
    assert lay.slots is None and lay.storage_size == 64 * 128  # strip summarised
    assert lesson.view.diagram.grid.text_of((1, 2)) == str(int(t[1, 2]))  # grid still drawn
    rect = lesson.view.diagram.grid.cell_rect((1, 2))
    qtbot.mouseMove(lesson.view.diagram.grid, rect.center().toPoint())
    slot = t.storage_offset() + 1 * t.stride(0) + 2 * t.stride(1)
    assert f"128 + 1·128 + 2·32 = {slot}" in lesson.formula_text()
    assert f"value {int(t[1, 2])}" in lesson.formula_text()


def test_editing_an_example_says_custom_in_the_examples_combo(lesson, qtbot):
    """Choose "Slicing", set the start to 3, 4: the combo no longer names the example."""
    combo = lesson.view.controls.preset_combo
    slicing = combo.findData("slicing")
    combo.setCurrentIndex(slicing)
    combo.activated.emit(slicing)
    lesson.settle()
    assert combo.currentText() == "Slicing: offset and strides"
    assert lesson.view.controls.preset_note.isVisible()
    lesson.view.controls.start_edit.setText("3, 4")
    qtbot.mouseClick(lesson.view.controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.state.preset == "custom" and lesson.current_preset() is None
    assert combo.currentText() == "custom"
    assert not lesson.view.controls.preset_note.isVisible()
    assert lesson.chain().start == core.Start((3, 4))
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QCoreApplication.processEvents()
        assert combo.currentText() == "自定义"
    finally:
        i18n.set_language(app, "en")


def test_a_full_chain_says_so_and_drops_no_step(lesson, qtbot):
    steps = (StepText("unsqueeze", "0"),) * MAX_STEPS
    lesson.set_state(State(preset="custom", steps=steps, selected=3, animate=False))
    lesson.settle()
    controls = lesson.view.controls
    assert not controls.add_button.isEnabled()
    assert f"at most {MAX_STEPS} steps" in controls.add_button.toolTip()
    assert controls.limit_note.isVisible() and str(MAX_STEPS) in controls.limit_note.text()
    controls.op_combo.setCurrentIndex(controls.op_combo.findData("flatten"))
    qtbot.keyClick(controls.args_edit, Qt.Key.Key_Return)  # Enter adds, as the button does
    lesson.settle()
    assert f"at most {MAX_STEPS} steps" in lesson.banner.message()
    assert len(lesson.chain().steps) == MAX_STEPS and lesson.state.steps == steps
    qtbot.mouseClick(controls.remove_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert controls.add_button.isEnabled() and not controls.limit_note.isVisible()
    assert len(lesson.chain().steps) == MAX_STEPS - 1


def test_a_full_chain_has_no_room_for_an_inserted_contiguous(lesson, qtbot):
    steps = (
        StepText("t"),
        *(StepText("unsqueeze", "0"),) * (MAX_STEPS - 2),
        StepText("view", "12"),
    )
    lesson.set_state(State(preset="custom", steps=steps, selected=MAX_STEPS, animate=False))
    lesson.settle()
    assert "view size is not compatible" in lesson.banner.message()
    fix = lesson.view.fix_contiguous_button
    assert fix.isVisible() and not fix.isEnabled()
    assert f"at most {MAX_STEPS} steps" in fix.toolTip()
    qtbot.mouseClick(lesson.view.fix_reshape_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.chain().error_at is None
    assert lesson.state.steps[-1] == StepText("reshape", "12")


def test_looking_around_computes_nothing_again(lesson, qtbot):
    chain = lesson.chain()
    lesson.select_step(0)
    lesson.select_step(1)
    lesson.settle()  # the grid takes its new size
    rect = lesson.view.diagram.grid.cell_rect((2, 1))
    qtbot.mouseMove(lesson.view.diagram.grid, rect.center().toPoint())
    lesson.view.controls.animate_check.setChecked(True)
    assert lesson.chain() is chain and not lesson.busy()
    assert lesson.state.focus == (2, 1) and lesson.state.animate
    assert "x1[2, 1]" in lesson.formula_text()
    lesson.view.controls.start_kind_combo.activated.emit(1)  # an edit: torch runs again
    lesson.settle()
    assert lesson.chain() is not chain
    assert "torch.tensor([[1, 2, 3], [4, 5, 6]])" in lesson.code_pane.code_text()


def test_a_start_torch_refuses_keeps_the_last_chain_and_blocks_nothing(lesson, qtbot, monkeypatch):
    real = core.compute_chain

    def compute_chain(start, steps):
        if start.shape == (5, 5):
            raise RuntimeError("refused for the test")
        return real(start, steps)

    monkeypatch.setattr(core, "compute_chain", compute_chain)
    before = lesson.chain()
    controls = lesson.view.controls
    controls.start_edit.setText("5, 5")
    qtbot.mouseClick(controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert "RuntimeError: refused for the test" in lesson.banner.message()
    assert lesson.chain() is before
    controls.start_edit.setText("2, 6")
    qtbot.mouseClick(controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.chain().start == core.Start((2, 6))
    assert "x0 = torch.arange(12).reshape(2, 6)" in lesson.code_pane.code_text()


def test_facts_for_course_questions_are_torchs(lesson, qtbot):
    facts = lesson.facts()
    t = torch.arange(12).reshape(3, 4).t()
    # the default step is the refused view(): what is drawn is x1, the tensor it was called on
    assert facts["shape"] == tuple(t.shape) == facts["x1.shape"]
    assert facts["stride"] == t.stride() == facts["x1.stride"]
    assert facts["is_contiguous"] is False and facts["x0.is_contiguous"] is True
    assert facts["x1.shares"] is True and "x2.shape" not in facts
    assert facts["raises"].message.startswith("view size is not compatible")
    set_chain(lesson, qtbot, (4, 6), [("index", "[1:, ::2]")])
    facts = lesson.facts()
    assert facts["storage_offset"] == 6 and facts["stride"] == (6, 2)
    assert facts["raises"] is None


def test_a_call_or_nested_list_in_the_start_field_says_what_to_type_there(lesson, qtbot):
    """'torch.ones(2,3)' got 'Only numbers, True/False and nested lists [...] are allowed',
    and a nested list in the shape field got the same words: it takes no nested list."""
    controls = lesson.view.controls
    before = lesson.code_pane.code_text()
    for text in ("torch.ones(2,3)", "[[1, 2], [3, 4]]"):
        controls.start_kind_combo.setCurrentIndex(0)
        controls.start_edit.setText(text)
        qtbot.mouseClick(controls.start_apply, Qt.MouseButton.LeftButton)
        lesson.settle()
        assert lesson.banner.message().startswith("Start tensor: ")
        explanation = lesson.banner.explanation()
        assert explanation.startswith("Type the shape, e.g. 2, 3"), text
        assert "nested lists [...] are allowed" not in explanation
        assert lesson.code_pane.code_text() == before  # nothing lost
    controls.start_kind_combo.setCurrentIndex(1)
    controls.start_edit.setText("torch.ones(2,3)")
    qtbot.mouseClick(controls.start_apply, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.banner.explanation().startswith("Type the values as a list, e.g. [[1, 2]")
    assert "menu" in lesson.banner.explanation()
