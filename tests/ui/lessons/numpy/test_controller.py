"""The numpy lesson: edits cross to the other side exactly when memory is shared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from tensorviz.core.numpy_bridge import MODES, SHARES
from tensorviz.ui import lessons
from tensorviz.ui.lessons.numpy.state import State
from tests.snippets import assert_prints_output

TAB_PAIRS, TAB_MAPPING = 0, 1


@pytest.fixture
def lesson(qtbot, theme):
    widget = lessons.build("numpy", theme)
    qtbot.addWidget(widget)
    widget.resize(1400, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    widget.settle()  # torch in and the pairs drawn, also where no test before imported it
    return widget


def _click_and_type(qtbot, lesson, mode, side, index, text):
    panel = lesson.panel(mode)
    grid = panel.grid(side)
    rect = grid.cell_rect(index)
    assert rect is not None
    centre = QPoint(int(rect.center().x()), int(rect.center().y()))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre)
    editor = panel.editor(side)
    assert editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_default_shows_the_notes_experiment(lesson):
    for mode in MODES:
        panel = lesson.panel(mode)
        # the side the conversion produced got 100 written into [0, 0]
        produced = "array" if mode in ("numpy", "numpy_copy") else "tensor"
        source = "tensor" if produced == "array" else "array"
        assert panel.grid(produced).text_of((0, 0)) == "100"
        assert panel.grid(source).text_of((0, 0)) == ("100" if SHARES[mode] else "1")
        assert panel.buffers.buffer_count() == (1 if SHARES[mode] else 2)
    assert "a1[0, 0] = 100" in lesson.code_pane.code_text()
    assert lesson.banner.message() == ""
    # the written slot is marked in the buffer that was written
    assert lesson.panel("numpy").buffers.marked_slots() == (0, None)  # the shared buffer
    assert lesson.panel("numpy_copy").buffers.marked_slots() == (None, 0)  # a2's own
    assert lesson.panel("tensor").buffers.marked_slots() == (0, None)  # t4's own
    lesson.edit_element("from_numpy", "array", (1, 2), "7")
    assert lesson.panel("from_numpy").buffers.marked_slots() == (5, None)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("side", ["tensor", "array"])
def test_click_edit_updates_other_side_only_when_shared(qtbot, lesson, mode, side):
    _click_and_type(qtbot, lesson, mode, side, (1, 1), "42")
    panel = lesson.panel(mode)
    other = "array" if side == "tensor" else "tensor"
    assert panel.grid(side).text_of((1, 1)) == "42"
    assert panel.grid(other).text_of((1, 1)) == ("42" if SHARES[mode] else "5")
    # the other pairs are untouched
    for m in MODES:
        if m != mode:
            assert lesson.panel(m).grid("tensor").text_of((1, 1)) == "5"
    t, a = {
        "numpy": ("t1", "a1"),
        "numpy_copy": ("t2", "a2"),
        "from_numpy": ("t3", "a3"),
        "tensor": ("t4", "a4"),
    }[mode]
    var = t if side == "tensor" else a
    assert f"{var}[1, 1] = 42" in lesson.code_pane.code_text()


def test_snippets_run_to_their_output(lesson):
    """Default state, after edits, a refused conversion (error state), the dtype mapping."""
    snippets = [lesson.snippet()]
    lesson.edit_element("from_numpy", "array", (0, 2), "-3")
    lesson.edit_element("numpy_copy", "tensor", (1, 0), "9")
    snippets.append(lesson.snippet())
    assert "a3[0, 2] = -3" in snippets[-1].code
    lesson.view.dtype_combo.setCurrentIndex(lesson.view.dtype_combo.findData("bfloat16"))
    snippets.append(lesson.snippet())
    assert "TypeError" in snippets[-1].output
    lesson.view.tabs.setCurrentIndex(TAB_MAPPING)
    snippets.append(lesson.snippet())
    assert len({s.code for s in snippets}) == len(snippets)
    assert_prints_output(snippets)


def test_addresses_are_drawn_not_printed(lesson):
    for mode in MODES:
        labels = lesson.panel(mode).buffers.address_labels()
        pair = lesson.shown().pairs.pair(mode)
        assert labels[0].endswith(hex(pair.tensor_ptr))
        assert labels[1].endswith(hex(pair.array_ptr))
    assert "0x" not in lesson.code_pane.output_text()


def test_text_in_a_cell_is_refused_and_nothing_changes(qtbot, lesson):
    _click_and_type(qtbot, lesson, "numpy", "tensor", (0, 1), "abc")
    assert "abc" in lesson.banner.message()
    assert lesson.panel("numpy").grid("tensor").text_of((0, 1)) == "2"
    _click_and_type(qtbot, lesson, "numpy", "tensor", (0, 1), "7")
    assert lesson.banner.message() == ""
    assert lesson.panel("numpy").grid("array").text_of((0, 1)) == "7"


def test_value_out_of_range_shows_torch_or_numpy_error(qtbot, lesson):
    lesson.view.dtype_combo.setCurrentIndex(lesson.view.dtype_combo.findData("uint8"))
    assert lesson.shown().pairs.pair("numpy").tensor_dtype == "torch.uint8"
    assert not lesson.edit_element("numpy", "array", (0, 0), "300")
    assert "300" in lesson.banner.message()
    assert lesson.panel("numpy").grid("array").text_of((0, 0)) == "1"
    assert not lesson.edit_element("from_numpy", "tensor", (0, 0), "300")
    assert "overflow" in lesson.banner.message()


def test_bad_values_keep_the_previous_picture(qtbot, lesson):
    before = lesson.state
    for text in ("[[1, 2], [3]]", "[1, two]", "[1,"):
        lesson.view.values_edit.setText(text)
        lesson.view.values_edit.editingFinished.emit()
        assert lesson.banner.message() != ""
        assert lesson.state is before  # refused input never becomes state
        assert lesson.view.values_edit.property("invalid")
        assert lesson.panel("numpy").grid("tensor").text_of((0, 0)) == "100"
    lesson.view.values_edit.setText("[0.5, 1.5]")
    lesson.view.values_edit.editingFinished.emit()
    assert lesson.banner.message() == ""
    assert lesson.panel("from_numpy").grid("tensor").text_of((1,)) == "1.5"
    assert lesson.shown().pairs.pair("from_numpy").tensor_dtype == "torch.float64"
    assert lesson.shown().pairs.pair("numpy").tensor_dtype == "torch.float32"


def test_unavailable_conversion_keeps_the_picture(lesson):
    lesson.view.dtype_combo.setCurrentIndex(lesson.view.dtype_combo.findData("bfloat16"))
    assert "BFloat16" in lesson.banner.message()
    assert "bfloat16" in lesson.banner.explanation()
    # torch's refusal is what the state shows: its code and its error, and no pairs
    assert lesson.state.dtype == "bfloat16"
    assert lesson.shown().pairs is None
    assert lesson.panel("numpy").grid("tensor").snapshot() is None
    snippet = lesson.snippet()
    assert "TypeError" in snippet.output and "try:" in snippet.code
    lesson.view.dtype_combo.setCurrentIndex(lesson.view.dtype_combo.findData("int16"))
    assert lesson.banner.message() == ""
    assert lesson.shown().pairs.pair("tensor").array_dtype == "int16"


def test_values_that_do_not_fit_the_dtype_are_refused(lesson):
    lesson.view.values_edit.setText("[-1, 2]")
    lesson.view.dtype_combo.setCurrentIndex(lesson.view.dtype_combo.findData("uint8"))
    assert "uint8" in lesson.banner.message()  # numpy refuses -1 as uint8
    # as the picture is: it said "the pairs on screen are the previous ones" over none
    assert "no pair is drawn" in lesson.banner.explanation()
    assert lesson.shown().pairs is None
    assert lesson.panel("numpy").grid("tensor").snapshot() is None


def test_a_state_from_data_shows_the_same_picture(qtbot, lesson, theme):
    lesson.edit_element("from_numpy", "array", (1, 2), "7")
    lesson.view.tabs.setCurrentIndex(TAB_MAPPING)
    lesson.view.tabs.setCurrentIndex(TAB_PAIRS)
    saved = lesson.state.to_dict()
    again = lessons.build("numpy", theme, State.from_dict(saved))
    qtbot.addWidget(again)
    assert again.state == lesson.state
    assert again.snippet() == lesson.snippet()
    for mode in MODES:
        for side in ("tensor", "array"):
            shown = lesson.panel(mode).grid(side).snapshot()
            assert again.panel(mode).grid(side).snapshot().text == shown.text


def test_a_state_with_a_refused_edit_shows_the_rest_and_says_so(qtbot, theme):
    state = (
        State(dtype="uint8")
        .with_edit(State().edits[0])
        .with_edit(State().edits[0].__class__("numpy", "array", (0, 1), "300"))
    )
    lesson = lessons.build("numpy", theme, state)
    qtbot.addWidget(lesson)
    assert "300" in lesson.banner.message()
    assert lesson.panel("numpy").grid("tensor").text_of((0, 0)) == "100"
    assert lesson.panel("numpy").grid("tensor").text_of((0, 1)) == "2"


def test_reset_undoes_edits(qtbot, lesson):
    qtbot.mouseClick(lesson.view.reset_button, Qt.MouseButton.LeftButton)
    assert lesson.state.edits == ()
    assert lesson.panel("numpy").grid("array").text_of((0, 0)) == "1"


def test_mapping_tab(lesson):
    lesson.view.tabs.setCurrentIndex(TAB_MAPPING)
    table = lesson.view.n2t_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["float64"] == "torch.float64" and rows["int64"] == "torch.int64"
    assert "float64" in lesson.view.defaults_label.text()
    assert "torch.from_numpy" in lesson.code_pane.code_text()
    lesson.view.tabs.setCurrentIndex(TAB_PAIRS)
    assert "t1 = torch.tensor" in lesson.code_pane.code_text()


def test_language_switch_retranslates(qtbot, lesson):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.wait(10)
        assert lesson.view.tabs.tabText(TAB_PAIRS) != "Shared or copied"
    finally:
        i18n.set_language(app, "en")
    qtbot.wait(10)
    assert lesson.view.tabs.tabText(TAB_PAIRS) == "Shared or copied"


def test_the_element_written_is_marked_not_only_coloured(lesson, theme):
    """The written cell has a dot in its corner, in the grids and in the legend: by colour
    alone it was hard to tell from the shared side's (contrast: cyan against sky blue)."""
    highlight = QColor(theme.highlight)

    def marked(grid, index) -> bool:
        """Highlight's colour inside the cell's outline (the outline itself left out)."""
        rect = grid.cell_rect(index).adjusted(5, 5, -5, -5).toRect()
        image = grid.grab().toImage()
        return any(
            image.pixelColor(x, y) == highlight
            for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)
        )

    for mode in MODES:
        panel = lesson.panel(mode)
        produced = "array" if mode in ("numpy", "numpy_copy") else "tensor"
        source = "tensor" if produced == "array" else "array"
        assert panel.grid(produced).written_cells() == {(0, 0)}
        assert panel.grid(source).written_cells() == frozenset()
        assert marked(panel.grid(produced), (0, 0))
        assert not marked(panel.grid(source), (0, 0))
    lesson.edit_element("from_numpy", "array", (1, 2), "7")
    grid = lesson.panel("from_numpy").grid("array")
    assert grid.written_cells() == {(1, 2)}
    assert marked(grid, (1, 2)) and not marked(grid, (0, 0))
    # the legend draws the same mark beside "the element you wrote", and only there
    inside = []
    for swatch, _text in lesson.view.legend_rows:
        image = swatch.pixmap().toImage()
        edge = round(theme.px(4) * swatch.pixmap().devicePixelRatio())
        inside.append(
            any(
                image.pixelColor(x, y).alpha() > 0
                for x in range(edge, image.width() - edge)
                for y in range(edge, image.height() - edge)
            )
        )
    assert inside == [True, False, False]
    assert "you wrote" in lesson.view.legend_rows[0][1].text()


def test_numpy_s_error_is_numpy_s_and_names_the_cell(qtbot, lesson):
    """A student wrote 99999999999999999999 into a1[0, 1]: the banner said torch raised
    numpy's OverflowError, with no explanation and no word of which cell."""
    _click_and_type(qtbot, lesson, "numpy", "array", (0, 1), "99999999999999999999")
    banner = lesson.banner
    assert banner.title() == "numpy raised an error"
    assert banner.message() == "OverflowError: Python int too large to convert to C long"
    assert "a1[0, 1]" in banner.explanation() and "int64" in banner.explanation()
    assert lesson.panel("numpy").grid("array").text_of((0, 1)) == "2"  # nothing written
    _click_and_type(qtbot, lesson, "numpy", "tensor", (0, 1), "99999999999999999999")
    assert banner.title() == "torch raised an error"  # torch's own words differ
    assert "Overflow when unpacking" in banner.message()
    assert "t1[0, 1]" in banner.explanation() and "torch.int64" in banner.explanation()


def test_numpy_s_error_is_explained_in_chinese(qtbot, lesson):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.wait(10)
        _click_and_type(qtbot, lesson, "numpy", "array", (0, 1), "99999999999999999999")
        title, explanation = lesson.banner.title(), lesson.banner.explanation()
    finally:
        i18n.set_language(app, "en")
    assert title.startswith("numpy") and title != "numpy raised an error"
    assert "a1[0, 1]" in explanation and "int64" in explanation
    assert not explanation.isascii()


def test_text_in_a_cell_names_the_cell(qtbot, lesson):
    _click_and_type(qtbot, lesson, "numpy", "array", (0, 1), "abc")
    assert lesson.banner.message() == "Value for a1[0, 1]: 'abc'"
    assert lesson.banner.explanation() == "A number was expected."


def test_a_fraction_cut_off_by_an_integer_dtype_is_said(qtbot, lesson):
    """7.5 written into an int64 element is stored as 7, silently in torch and numpy: the
    pair says so, from the value read back."""
    note = lesson.panel("numpy").note
    assert not note.isVisible()
    _click_and_type(qtbot, lesson, "numpy", "tensor", (1, 2), "7.5")
    assert lesson.panel("numpy").grid("tensor").text_of((1, 2)) == "7"
    assert note.isVisible()
    assert note.text() == (
        "t1[1, 2] = 7.5 stored 7: torch.int64 holds whole numbers, so the fraction was cut off."
    )
    _click_and_type(qtbot, lesson, "numpy", "tensor", (1, 2), "8")
    assert not note.isVisible()
    lesson.view.values_edit.setText("[0.5, 1.5]")
    lesson.view.values_edit.editingFinished.emit()
    _click_and_type(qtbot, lesson, "numpy", "array", (1,), "7.5")
    assert not note.isVisible()  # float64 keeps 7.5


def test_a_steps_pair_is_brought_into_view_once_and_the_users_scroll_kept(qtbot, lesson):
    """A course step's pair comes to the top; then the user's own scroll stays through a
    tab switch and a value typed again (each jumped back to the step's pair)."""
    lesson.resize(900, 500)  # four pairs are taller than this picture
    lesson.set_state(lesson.state.replace(focus="tensor"))
    lesson.settle()
    bar = lesson.view.pairs_scroll.verticalScrollBar()
    pair = lesson.view.panels["tensor"]
    top = pair.mapTo(lesson.view.pairs_scroll.widget(), pair.rect().topLeft()).y()
    assert bar.value() == min(top, bar.maximum()) > 0
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # the user scrolls back up
    assert bar.value() == 0
    lesson.set_state(lesson.state.replace(tab="mapping"))
    lesson.settle()
    lesson.set_state(lesson.state.replace(tab="pairs"))
    lesson.settle()
    assert bar.value() == 0
    lesson.set_state(lesson.state.replace(focus=""))  # a step about no pair: the top
    lesson.settle()
    assert bar.value() == 0
