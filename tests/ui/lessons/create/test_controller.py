"""The create lesson: what it displays after each control change equals what torch makes."""

from __future__ import annotations

import ast

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tensorviz.core.values import format_value, kind_of
from tensorviz.ui import i18n, lessons
from tensorviz.ui.lecture.track import course
from tensorviz.ui.lesson import CONTROLS_MINIMUM
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.wrapping_label import BREAK
from tests.snippets import assert_prints_output


@pytest.fixture
def lesson(qtbot):
    widget = lessons.build("create", make_theme("light"))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.settle()
    return widget


@pytest.fixture(scope="module")
def shared_lesson(qapp):
    """One lesson for the hypothesis tests (building one per example would be slow)."""
    widget = lessons.build("create", make_theme("light"))
    widget.resize(1400, 900)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()


def cells(grid) -> list[str]:
    snap = grid.snapshot()
    if not snap.shape:
        return [grid.text_of(())]
    indices = torch.cartesian_prod(*[torch.arange(s) for s in snap.shape]).reshape(
        -1, len(snap.shape)
    )
    return [grid.text_of(tuple(int(i) for i in idx)) for idx in indices]


def expected_cells(t: torch.Tensor) -> list[str]:
    flat = t.detach().reshape(-1)
    if t.dtype in (torch.float16, torch.bfloat16):
        flat = flat.float()
    return [format_value(v, kind_of(t.dtype)) for v in flat.tolist()]


def attrs(lesson) -> dict[str, str]:
    return {key: label.text() for key, label in lesson.view.attr_values.items()}


def expected_attrs(t: torch.Tensor) -> dict[str, str]:
    return {
        "shape": str(t.shape),
        "ndim": str(t.ndim),
        "numel": str(t.numel()),
        "dtype": str(t.dtype),
        "device": str(t.device),
        "element_size": str(t.element_size()),
        "nbytes": str(t.nbytes),
        "requires_grad": str(t.requires_grad),
        "is_leaf": str(t.is_leaf),
    }


def type_into(lesson, name: str, text: str) -> None:
    """Type ``text`` into the field ``<name>_edit`` and press Enter, as a user would."""
    edit = lesson.findChild(QLineEdit, f"{name}_edit")
    assert edit is not None and edit.isVisibleTo(lesson), name
    edit.setFocus()
    edit.selectAll()
    edit.setText(text)
    edit.editingFinished.emit()
    lesson.settle()


def choose(lesson, constructor: str) -> None:
    lesson.view.constructor_combo.setCurrentText(constructor)
    lesson.settle()


def click(qtbot, lesson, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    lesson.settle()


def assert_displays(lesson, t: torch.Tensor) -> None:
    assert cells(lesson.view.grid) == expected_cells(t)
    assert attrs(lesson) == expected_attrs(t)
    assert lesson.banner.message() == ""


# -- the default state ------------------------------------------------------------------------
def test_default_state_shows_tensor_and_Tensor_side_by_side(lesson):
    assert_displays(lesson, torch.tensor([[1, 2, 3], [4, 5, 6]]))
    assert lesson.view.compare_box.isVisible()
    assert cells(lesson.view.compare_grid) == expected_cells(torch.Tensor([[1, 2, 3], [4, 5, 6]]))
    assert "torch.float32" in lesson.view.compare_caption.text()
    assert "int64" in lesson.view.main_caption.text()
    assert not lesson.view.histogram_box.isVisible()
    assert not lesson.view.seed_box.isVisible()
    assert "x = torch.tensor([[1, 2, 3], [4, 5, 6]])" in lesson.code_pane.code_text()
    note = lesson.view.note_label.text()
    assert "x[1, 2] = 6" in note and "along dim 1" in note


def test_only_the_arguments_a_constructor_takes_are_shown(lesson):
    expected = {
        "torch.tensor": {"data", "numpy", "from_tensor", "dtype", "device", "requires_grad"},
        "torch.Tensor": {"source", "data", "from_tensor", "device"},
        "torch.IntTensor": {"source", "data", "device"},
        "torch.arange": {"start", "end", "step", "dtype", "device", "requires_grad"},
        "torch.linspace": {"start", "end", "steps", "dtype", "device", "requires_grad"},
        "torch.full": {"size", "fill_value", "dtype", "device", "requires_grad"},
        "torch.normal": {"mean", "std", "size", "dtype", "device", "requires_grad"},
        "torch.randint": {"low", "high", "size", "dtype", "device", "requires_grad"},
    }
    for constructor, fields in expected.items():
        choose(lesson, constructor)
        shown = {k for k, w in lesson.view._row_widgets.items() if w.isVisibleTo(lesson)}
        assert shown == fields, constructor
        assert lesson.view.seed_box.isVisibleTo(lesson) == (
            constructor in ("torch.normal", "torch.randint")
        )


# -- many constructors and arguments ----------------------------------------------------------
CASES = [
    ("torch.arange", dict(start="0", end="10", step="2"), lambda: torch.arange(0, 10, 2)),
    ("torch.arange", dict(start="1.5", end="3", step="0.5"), lambda: torch.arange(1.5, 3, 0.5)),
    ("torch.linspace", dict(start="3", end="10", steps="10"), lambda: torch.linspace(3, 10, 10)),
    ("torch.zeros", dict(size="2, 3, 4"), lambda: torch.zeros(2, 3, 4)),
    ("torch.ones", dict(size="3"), lambda: torch.ones(3)),
    ("torch.full", dict(size="2, 2", fill_value="-1.5"), lambda: torch.full((2, 2), -1.5)),
    ("torch.IntTensor", dict(data="[1.7, -2.5, 3]"), lambda: torch.IntTensor([1.7, -2.5, 3])),
    ("torch.ShortTensor", dict(data="[[1, 2]]"), lambda: torch.ShortTensor([[1, 2]])),
    ("torch.DoubleTensor", dict(data="[0.5]"), lambda: torch.DoubleTensor([0.5])),
    ("torch.LongTensor", dict(data="[True, 3]"), lambda: torch.LongTensor([True, 3])),
    (
        "torch.FloatTensor",
        dict(data="[[1, 2], [3, 4]]"),
        lambda: torch.FloatTensor([[1, 2], [3, 4]]),
    ),
]


@pytest.mark.parametrize("constructor, fields, make", CASES)
def test_controls_to_display_equals_torch(lesson, constructor, fields, make):
    choose(lesson, constructor)
    for name, text in fields.items():
        type_into(lesson, name, text)
    assert_displays(lesson, make())


@given(
    data=st.lists(
        st.lists(
            st.one_of(st.integers(-999, 999), st.floats(-1e6, 1e6, width=32)),
            min_size=2,
            max_size=2,
        ),
        min_size=1,
        max_size=3,
    ),
    dtype=st.sampled_from(["", "int32", "float64", "float16", "bool"]),
)
def test_typed_literal_shown_as_torch_makes_it(shared_lesson, data, dtype):
    lesson = shared_lesson
    choose(lesson, "torch.tensor")
    lesson.view.dtype_combo.setCurrentText(
        f"torch.{dtype}" if dtype else lesson.view.dtype_combo.itemText(0)
    )
    lesson.settle()
    type_into(lesson, "data", repr(data))
    kwargs = {"dtype": getattr(torch, dtype)} if dtype else {}
    assert_displays(lesson, torch.tensor(data, **kwargs))


@settings(max_examples=12)  # each draws a 100,000 sample; the core tests try many more
@given(
    name=st.sampled_from(["torch.rand", "torch.randn", "torch.randint", "torch.normal"]),
    size=st.lists(st.integers(1, 4), min_size=0, max_size=4),
    seed=st.integers(0, 10**6),
)
def test_random_constructors_show_the_seeded_values(shared_lesson, name, size, seed):
    lesson = shared_lesson
    choose(lesson, name)
    lesson.view.dtype_combo.setCurrentIndex(0)
    lesson.view.requires_grad_check.setChecked(False)
    lesson.settle()
    type_into(lesson, "size", ", ".join(map(str, size)))
    type_into(lesson, "seed", str(seed))
    torch.manual_seed(seed)
    fn = {
        "torch.rand": lambda: torch.rand(size),
        "torch.randn": lambda: torch.randn(size),
        "torch.randint": lambda: torch.randint(
            int(lesson.view.edits["low"].text()), int(lesson.view.edits["high"].text()), tuple(size)
        ),
        "torch.normal": lambda: torch.normal(
            float(lesson.view.edits["mean"].text()),
            float(lesson.view.edits["std"].text()),
            tuple(size),
        ),
    }[name]
    assert_displays(lesson, fn())
    assert lesson.view.initial_seed_label.text().endswith(str(seed))


# -- dimensions ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "preset, ndim, index",
    [
        ("scalar", 0, ()),
        ("vector", 1, (2,)),
        ("matrix", 2, (1, 0)),
        ("3d", 3, (1, 0, 2)),
        ("4d", 4, (1, 0, 1, 2)),
    ],
)
def test_dimension_presets_make_each_index_readable(lesson, qtbot, preset, ndim, index):
    click(qtbot, lesson, lesson.view.preset_buttons[preset])
    t = torch.tensor(eval_free_literal(lesson.view.edits["data"].text()))
    assert_displays(lesson, t)
    assert lesson.view.attr_values["ndim"].text() == str(ndim)
    # Clicking a cell explains its index, position by position along each dim.
    rect = lesson.view.grid.cell_rect(index)
    assert rect is not None
    qtbot.mouseClick(lesson.view.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    value = format_value(t[index].item(), kind_of(t.dtype))
    note = lesson.view.note_label.text()
    if index:
        assert f"x[{', '.join(map(str, index))}] = {value}" in note
        for dim, i in enumerate(index):
            assert f"{i} along dim {dim}" in note
    else:
        assert "x[()] = 5" in note


def eval_free_literal(text: str):
    from tensorviz.core.literal import parse_literal

    return parse_literal(text).data


# -- tensor vs Tensor, uninitialised, conversion ---------------------------------------------
def test_Tensor_of_a_size_is_drawn_and_explained_but_not_printed(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["uninit"])
    assert lesson.view.attr_values["shape"].text() == "torch.Size([2, 3])"
    assert lesson.view.attr_values["dtype"].text() == "torch.float32"
    assert len(cells(lesson.view.grid)) == 6
    assert "Uninitialised memory" in lesson.view.note_label.text()
    assert "print(x)" not in lesson.code_pane.code_text()
    assert lesson.view.compare_error.isVisibleTo(lesson)
    assert "TypeError" in lesson.view.compare_error.text()


def test_typed_constructor_outlines_converted_cells(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["convert"])
    assert_displays(lesson, torch.IntTensor([1.7, -2.5, 3.0, 100]))
    note = lesson.view.note_label.text()
    assert "1.7 → 1" in note and "-2.5 → -2" in note
    outlined = {k for k, role in lesson.view.grid._highlight.items() if role == "negative"}
    assert outlined == {(0,), (1,)}


def test_numpy_data_keeps_float64(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["numpy"])
    assert lesson.view.attr_values["dtype"].text() == "torch.float64"
    assert "import numpy as np" in lesson.code_pane.code_text()
    assert "torch.float32" in lesson.view.compare_caption.text()


# -- seeds and histograms ---------------------------------------------------------------------
def test_run_again_with_the_same_seed_shows_identical_values(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["normal"])
    first = cells(lesson.view.grid)
    torch.manual_seed(42)
    assert first == expected_cells(torch.normal(2.0, 3.0, (2, 4)))
    click(qtbot, lesson, lesson.view.run_again_button)
    assert cells(lesson.view.grid) == first
    assert "Run 2 with seed 42: exactly the same values" in lesson.view.seed_status.text()
    click(qtbot, lesson, lesson.view.run_again_button)
    assert "Run 3" in lesson.view.seed_status.text()
    type_into(lesson, "seed", "7")
    assert cells(lesson.view.grid) != first
    assert "Seed 7 instead of 42" in lesson.view.seed_status.text()
    type_into(lesson, "seed", "42")
    assert cells(lesson.view.grid) == first
    click(qtbot, lesson, lesson.view.new_seed_button)
    assert lesson.view.seed_edit.text() != "42"
    assert lesson.view.initial_seed_label.text().endswith(lesson.view.seed_edit.text())


def test_only_the_newest_of_quick_changes_is_shown(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["normal"])
    for seed in ("1", "2", "3"):  # typed faster than the worker draws its samples
        lesson.view.seed_edit.setText(seed)
        lesson.view.seed_edit.editingFinished.emit()
    lesson.settle()
    torch.manual_seed(3)
    assert cells(lesson.view.grid) == expected_cells(torch.normal(2.0, 3.0, (2, 4)))
    assert lesson.view.initial_seed_label.text().endswith("3")
    assert "torch.manual_seed(3)" in lesson.code_pane.code_text()


def test_histogram_shows_measured_and_asked_statistics(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["normal"])
    assert lesson.view.histogram_box.isVisible()
    h = lesson.result().histogram
    hist = lesson.view.histogram
    assert hist.asked_text("mean") == "2.0000"
    assert hist.asked_text("var") == "9.0000"
    assert hist.measured_text("std") == f"{h.measured_std:.4f}"
    assert abs(h.measured_var - 9.0) < 0.3
    # The printed statistics are the ones drawn.
    output = lesson.code_pane.output_text().splitlines()
    assert output[-3:] == [str(h.measured_mean), str(h.measured_std), str(h.measured_var)]
    choose(lesson, "torch.ones")
    assert not lesson.view.histogram_box.isVisible()


@pytest.mark.parametrize(
    ("constructor", "std", "var"),
    [("torch.rand", "0.2887", "0.0833"), ("torch.randn", "1", "1"), ("torch.normal", "3", "9")],
)
def test_the_histograms_caption_speaks_of_its_own_call(lesson, constructor, std, var):
    """Under rand's histogram (course step 19) the caption said "std 3 means variance 9",
    normal(2, 3)'s; each call's caption gives its own std and variance, which torch's draws
    measure."""
    step = next(  # the course's step of the call (19: rand)
        s
        for s in course().steps
        if s.lesson == "create" and s.state.constructor == constructor and not s.question
    )
    lesson.set_state(step.state)
    lesson.settle()
    h = lesson.result().histogram
    assert abs(h.measured_var - float(var)) < 0.03 * float(var)  # torch's 100,000 draws
    words = {
        "en": f"std {std} means variance {var}.",
        "zh_CN": f"std 为 {std} 时方差是 {var}。",
    }
    app = QCoreApplication.instance()
    for lang, said in words.items():
        i18n.set_language(app, lang)
        try:
            QApplication.processEvents()
            note = lesson.view.histogram._note.text()
        finally:
            i18n.set_language(app, "en")
        assert note.endswith(said), note
        if constructor != "torch.normal":
            assert "std 3 " not in note and "std 为 3 " not in note


def test_histogram_built_ahead_shows_only_for_a_random_constructor(lesson, qtbot):
    # the warm-up builds the plot while the app is idle (LessonView.build_ahead): the
    # opening picture stays without it, and the first random tensor draws into it
    assert lesson.view.histogram is None
    lesson.view.build_ahead()
    built = lesson.view.histogram
    assert built is not None
    assert not lesson.view.histogram_box.isVisible()
    click(qtbot, lesson, lesson.view.preset_buttons["normal"])
    assert lesson.view.histogram_box.isVisible()
    assert lesson.view.histogram is built
    assert built.histogram() is lesson.result().histogram
    assert built.asked_text("mean") == "2.0000"


def test_big_tensors_are_summarised_in_words(lesson):
    view = lesson.view
    choose(lesson, "torch.randn")
    type_into(lesson, "size", "64, 64")
    torch.manual_seed(42)
    t = torch.randn(64, 64)
    assert not view.grid.isVisibleTo(lesson) and view.summary_label.isVisibleTo(lesson)
    text = view.summary_label.text()
    assert "4,096 elements" in text
    assert f"min {format_value(t.min().item(), 'float')}" in text
    assert attrs(lesson) == expected_attrs(t)
    choose(lesson, "torch.tensor")
    type_into(lesson, "data", repr([[0.5] * 30] * 20))  # 600 elements, both sides summarised
    assert "600 elements" in view.summary_label.text()
    assert view.compare_summary.isVisibleTo(lesson)
    assert "600 elements" in view.compare_summary.text()
    assert not view.compare_grid.isVisibleTo(lesson)
    type_into(lesson, "data", "[1, 2]")
    assert view.compare_grid.isVisibleTo(lesson) and not view.compare_summary.isVisibleTo(lesson)
    choose(lesson, "torch.ones")
    type_into(lesson, "size", "2, 2, 1, 1, 2")
    assert "5 dims" in view.summary_label.text()
    type_into(lesson, "size", "2, 3")
    assert view.grid.isVisibleTo(lesson) and not view.summary_label.isVisibleTo(lesson)
    assert_displays(lesson, torch.ones(2, 3))


def test_sci_mode_switch_changes_the_printed_output(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["linspace"])
    assert_displays(lesson, torch.linspace(3, 10000000, 10))
    assert "e+06" in lesson.code_pane.output_text()
    lesson.view.sci_combo.setCurrentIndex(2)
    lesson.settle()
    assert "e+06" not in lesson.code_pane.output_text()
    assert "torch.set_printoptions(sci_mode=False)" in lesson.code_pane.code_text()
    lesson.view.sci_combo.setCurrentIndex(1)
    lesson.settle()
    assert "sci_mode=True" in lesson.code_pane.code_text()


# -- bad input --------------------------------------------------------------------------------
BAD_INPUT = [
    ("torch.tensor", "data", "[[1, 2], [3]]", "ragged"),
    ("torch.tensor", "data", "[1, 'a']", "A number was expected"),
    ("torch.full", "fill_value", "seven", "fill_value needs a number"),
    ("torch.zeros", "size", "2, -3", "cannot be negative"),
    # a size is a shape, not "a number such as -0.5"
    ("torch.zeros", "size", "2.5, 3", "A size is a shape: whole numbers separated by commas"),
    ("torch.zeros", "size", "2 3", "A size is a shape"),
    # a Chinese input method's comma, and a decimal comma: what to type instead
    ("torch.tensor", "data", "[1，2]", "type ',' instead"),
    ("torch.zeros", "size", "（2, 3）", "type '(' instead"),
    ("torch.full", "fill_value", "2,5", "a decimal point as a dot: type 2.5"),
    # what was refused, as written (it said "BinOp at [0]")
    ("torch.tensor", "data", "[2**70]", "Only numbers"),
    # a constructor typed whole: the data is a list, the function is the call menu's
    ("torch.tensor", "data", "torch.ones(2, 3)", "picked in the call menu"),
    ("torch.zeros", "size", "torch.ones(2, 3)", "A size is a shape"),
    ("torch.zeros", "size", "[[2, 3]]", "A size is a shape"),
    ("torch.zeros", "size", "1000, 1000, 1000", "too many elements"),
    ("torch.Tensor", "data", "1000000000", "too many elements"),
    ("torch.linspace", "steps", "0", "With steps = 0 torch returns an empty tensor"),
    ("torch.arange", "end", "1e12", "too many elements"),
]


@pytest.mark.parametrize("constructor, field, text, explanation", BAD_INPUT)
def test_bad_input_shows_its_message_and_keeps_the_previous_result(
    lesson, constructor, field, text, explanation
):
    choose(lesson, constructor)
    before_cells = cells(lesson.view.grid)
    before_attrs = attrs(lesson)
    before_code = lesson.code_pane.code_text()
    type_into(lesson, field, text)
    assert lesson.banner.message().startswith(f"{field}:")
    assert "BinOp" not in lesson.banner.message() and "Tuple" not in lesson.banner.message()
    assert explanation in lesson.banner.explanation()
    assert cells(lesson.view.grid) == before_cells
    assert attrs(lesson) == before_attrs
    assert lesson.code_pane.code_text() == before_code
    # The lesson keeps working: the next good input clears the banner.
    choose(lesson, "torch.ones")
    type_into(lesson, "size", "2")
    assert lesson.banner.message() == ""
    assert_displays(lesson, torch.ones(2))


TORCH_ERRORS = [
    ("torch.normal", "std", "-1", "normal expects std >= 0.0", "A spread cannot be negative"),
    (
        "torch.randint",
        "high",
        "0",
        "expects 'from' to be less than 'to'",
        "low must be less than high",
    ),
    ("torch.arange", "step", "0", "step must be nonzero", "would never get there"),
    ("torch.linspace", "steps", "-2", "number of steps must be non-negative", "cannot be negative"),
]


@pytest.mark.parametrize("constructor, field, text, message, explanation", TORCH_ERRORS)
def test_torch_errors_show_torchs_message_and_keep_the_previous_result(
    lesson, constructor, field, text, message, explanation
):
    choose(lesson, constructor)
    before_cells = cells(lesson.view.grid)
    before_attrs = attrs(lesson)
    type_into(lesson, field, text)
    assert message in lesson.banner.message()
    assert explanation in lesson.banner.explanation()
    assert cells(lesson.view.grid) == before_cells
    assert attrs(lesson) == before_attrs
    # The code pane shows the failing call and torch's own error, printed by the code.
    assert lesson.code_pane.output_text().splitlines()[-1].startswith("RuntimeError: ")
    assert message in lesson.code_pane.output_text()


def test_requires_grad_on_integers_explained(lesson):
    choose(lesson, "torch.tensor")
    type_into(lesson, "data", "[1, 2]")
    lesson.view.requires_grad_check.setChecked(True)
    lesson.settle()
    assert "Only Tensors of floating point" in lesson.banner.message()
    assert "float dtype" in lesson.banner.explanation()
    lesson.view.dtype_combo.setCurrentText("torch.float32")
    lesson.settle()
    assert lesson.banner.message() == ""
    assert_displays(lesson, torch.tensor([1, 2], dtype=torch.float32, requires_grad=True))


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a CUDA GPU")
def test_cuda_on_a_machine_without_one_shows_torchs_error(lesson):
    choose(lesson, "torch.zeros")
    before = cells(lesson.view.grid)
    lesson.view.device_combo.setCurrentText("cuda")
    lesson.settle()
    assert "Torch not compiled with CUDA enabled" in lesson.banner.message()
    assert "cannot use a CUDA GPU" in lesson.banner.explanation()
    assert cells(lesson.view.grid) == before
    lesson.view.device_combo.setCurrentText("cpu")
    lesson.settle()
    assert lesson.banner.message() == ""


def test_a_lone_float_for_Tensor_is_torchs_TypeError_explained(lesson):
    choose(lesson, "torch.Tensor")
    before = cells(lesson.view.grid)
    type_into(lesson, "data", "2.5")
    assert "TypeError: new(): data must be a sequence" in lesson.banner.message()
    assert "For a scalar use torch.tensor(2.5)" in lesson.banner.explanation()
    assert cells(lesson.view.grid) == before


def test_messages_follow_the_language(lesson):
    choose(lesson, "torch.normal")
    type_into(lesson, "std", "-1")
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert "标准差" in lesson.banner.explanation()
        assert lesson.view.run_again_button.text() == "再运行一次"
        # the row of torch.Tensor's one argument (a word, not a parameter's name)
        assert lesson.view._row_labels["source"].text() == "参数"
    finally:
        i18n.set_language(app, "en")
        QApplication.processEvents()
    assert "A spread cannot be negative" in lesson.banner.explanation()
    assert lesson.view._row_labels["source"].text() == "argument"


# -- the code runs ------------------------------------------------------------------------------
def test_code_prints_exactly_the_output_in_three_states(lesson, qtbot):
    states = [lesson.snippet()]
    click(qtbot, lesson, lesson.view.preset_buttons["normal"])
    states.append(lesson.snippet())
    type_into(lesson, "std", "-1")  # a torch error: the code shows how it fails
    assert lesson.banner.message()
    states.append(lesson.snippet())
    assert_prints_output(states)


def test_theme_and_zoom_restyle_without_recomputing(lesson):
    before = lesson.snippet()
    for name, zoom in (("dark", 200), ("contrast", 50), ("light", 100)):
        lesson.apply_theme(make_theme(name, zoom))
        QApplication.processEvents()
    assert lesson.snippet() == before
    # the controls column's minimum follows the zoom now shown (its content scrolls sideways
    # in a column dragged narrower, never squeezed below its buttons' texts)
    minimum = make_theme("light", 100).px(CONTROLS_MINIMUM)
    assert lesson.view.controls_scroll.minimumSizeHint().width() == minimum


# -- the State ----------------------------------------------------------------------------------
def test_an_example_stays_pressed_until_an_edit_makes_it_custom(lesson, qtbot):
    buttons = lesson.view.preset_buttons
    assert not any(b.isChecked() for b in buttons.values())  # the opening state is no example
    click(qtbot, lesson, buttons["matrix"])
    assert lesson.state.preset == "matrix"
    assert [k for k, b in buttons.items() if b.isChecked()] == ["matrix"]
    click(qtbot, lesson, buttons["matrix"])  # pressing it again keeps it pressed
    assert buttons["matrix"].isChecked()
    type_into(lesson, "data", "[[1, 2], [3, 5]]")
    assert lesson.state.preset == "custom"
    assert not any(b.isChecked() for b in buttons.values())


def test_refused_text_is_outlined_and_never_becomes_state(lesson):
    before = lesson.state
    choose(lesson, "torch.zeros")
    zeros = lesson.state
    type_into(lesson, "size", "2, -3")
    assert lesson.state == zeros and zeros != before
    assert lesson.view.edits["size"].property("invalid")
    assert lesson.view.edits["size"].text() == "2, -3"  # the text stays for the user to fix
    type_into(lesson, "size", zeros.size)  # typed back as it was: the refusal is gone
    assert not lesson.view.edits["size"].property("invalid")
    assert lesson.banner.message() == ""
    assert_displays(lesson, torch.zeros(2, 3))


def test_a_dim_over_the_caps_is_refused_though_it_holds_no_elements(lesson):
    # numel 0, yet a dim of 2**62: torch made it and numpy then refused to snapshot it; the
    # caps on every dim (issue 15) now refuse it before torch sees it
    choose(lesson, "torch.zeros")
    before = cells(lesson.view.grid)
    shown = lesson.state.size
    type_into(lesson, "size", "0, 4611686018427387904")
    assert lesson.banner.message().startswith("size: ")
    assert "dim_too_big" not in lesson.banner.message()  # a reason key is no word for a user
    assert "at most 1,048,576 positions" in lesson.banner.explanation()
    assert lesson.state.size == shown
    assert cells(lesson.view.grid) == before
    type_into(lesson, "size", "2")
    assert_displays(lesson, torch.zeros(2))


def test_a_torch_error_from_data_shows_no_tensor(qtbot):
    state = lessons.state_class("create")(constructor="torch.normal", std="-1")
    lesson = lessons.build("create", make_theme("light"), state)
    qtbot.addWidget(lesson)
    lesson.settle()
    assert "normal expects std >= 0.0" in lesson.banner.message()
    assert "A spread cannot be negative" in lesson.banner.explanation()
    assert lesson.view.grid.snapshot() is None and lesson.result() is None
    assert attrs(lesson) == dict.fromkeys(attrs(lesson), "")
    assert "torch.normal(mean=2.0, std=-1.0" in lesson.code_pane.code_text()
    lesson.view.edits["std"].setText("3.0")
    lesson.view.edits["std"].editingFinished.emit()
    lesson.settle()
    torch.manual_seed(42)
    assert_displays(lesson, torch.normal(2.0, 3.0, (2, 3)))


def test_a_cell_picked_is_state_and_makes_nothing_again(lesson, qtbot):
    shown = lesson.shown()
    rect = lesson.view.grid.cell_rect((0, 1))
    qtbot.mouseClick(lesson.view.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert lesson.state.selected == (0, 1)
    assert lesson.shown() is shown  # the same tensor, read at another index
    assert "x[0, 1] = 2" in lesson.view.note_label.text()
    assert lesson.view.grid._highlight == {(0, 1): "highlight"}
    type_into(lesson, "data", "[[1, 2, 3, 4]]")  # another shape starts at its last cell
    assert lesson.state.selected is None
    assert "x[0, 3] = 4" in lesson.view.note_label.text()


def test_the_seed_verdict_is_drawn_from_data_as_after_clicks(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["normal"])
    click(qtbot, lesson, lesson.view.run_again_button)
    clicked = lesson.view.seed_status.text()
    assert "Run 2 with seed 42: exactly the same values" in clicked
    assert lesson.view.seed_status.tone() == "good"
    fresh = lessons.build("create", make_theme("light"), lesson.state)
    qtbot.addWidget(fresh)
    fresh.settle()
    assert fresh.view.seed_status.text() == clicked
    assert fresh.view.seed_status.tone() == "good"
    assert cells(fresh.view.grid) == cells(lesson.view.grid)


# -- the data given as an existing tensor t ---------------------------------------------------
def _torch_on(t: torch.Tensor, ctor) -> tuple[torch.Tensor, list[str]]:
    """``ctor(t)`` as torch makes it here, with the warnings it gave."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        made = ctor(t)
    return made, [f"{w.category.__name__}: {w.message}" for w in caught]


@pytest.mark.parametrize(
    ("main", "data"),
    [("torch.tensor", "[1, 2, 3]"), ("torch.Tensor", "[1.5, -2.0, 3.25]"), ("torch.Tensor", "[7]")],
)
def test_a_tensor_given_to_tensor_and_Tensor_copies_and_shares_as_torch_does(
    lesson, qtbot, main, data
):
    choose(lesson, main)
    type_into(lesson, "data", data)
    qtbot.mouseClick(lesson.view.from_tensor_check, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.state.from_tensor
    t = torch.tensor(ast.literal_eval(data))
    by_fn, warned = _torch_on(t, torch.tensor)
    by_ctor, ctor_warned = _torch_on(t, torch.Tensor)
    assert warned and not ctor_warned  # torch.tensor warns, torch.Tensor does not
    with pytest.raises(TypeError) as refused:
        torch.tensor(t, copy=True)
    x, y = (by_fn, by_ctor) if main == "torch.tensor" else (by_ctor, by_fn)
    assert_displays(lesson, x)
    assert cells(lesson.view.compare_grid) == expected_cells(y)
    assert str(y.dtype) in lesson.view.compare_caption.text()
    facts = lesson.facts()
    assert facts["shares_tensor_fn"] == (by_fn.data_ptr() == t.data_ptr()) is False
    assert facts["shares_tensor_ctor"] == (by_ctor.data_ptr() == t.data_ptr()) is True
    assert facts["dtype"] == str(x.dtype) and facts["shape"] == tuple(x.shape)
    assert str(facts["copy_error"]) == f"TypeError: {refused.value}"
    badges = {lesson.view.main_share: x, lesson.view.compare_share: y}
    for badge, made in badges.items():
        shares = made.data_ptr() == t.data_ptr()
        assert badge.isVisible() and badge.tone() == ("good" if shares else "bad")
        assert badge.text() == ("shares t's memory" if shares else "a copy in new memory")
    panel = lesson.view.sharing_box
    assert panel.isVisible() and str(t.dtype) in panel.source.text()
    # torch's words, free to wrap after each call of a chain (an invisible break: BREAK)
    assert panel.warning.text().replace(BREAK, "") == f"torch.tensor(t) warns: {warned[0]}"
    assert str(refused.value) in panel.copy.text()
    snippet = lesson.snippet()
    assert f"t = torch.tensor({data})" in snippet.code
    assert snippet.output.count(warned[0]) == 1  # printed by the code, not on stderr
    assert f"TypeError: {refused.value}" in snippet.output
    assert_prints_output([snippet])
    # unticked: data again, no sharing shown, the facts gone
    qtbot.mouseClick(lesson.view.from_tensor_check, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert not lesson.view.sharing_box.isVisible() and not lesson.view.main_share.isVisible()
    assert "shares_tensor_fn" not in lesson.facts()


def test_an_empty_tensor_has_no_memory_to_share(lesson, qtbot):
    click(qtbot, lesson, lesson.view.preset_buttons["tensor_arg"])
    type_into(lesson, "data", "[]")
    t = torch.tensor([])
    x, _ = _torch_on(t, torch.tensor)
    assert lesson.facts()["shares_tensor_fn"] == (x.data_ptr() == t.data_ptr())  # 0 == 0
    for badge in (lesson.view.main_share, lesson.view.compare_share):
        assert badge.text() == "t is empty: no memory, data_ptr() is 0" and badge.tone() is None
    assert "copies nothing" not in lesson.view.note_label.text()
    assert_prints_output([lesson.snippet()])


def test_a_tensor_example_shows_the_notes_table_row(lesson, qtbot):
    """The example: int64 t; torch.Tensor(t) keeps int64 (no float32), torch.tensor warns."""
    click(qtbot, lesson, lesson.view.preset_buttons["tensor_arg"])
    assert lesson.state.preset == "tensor_arg" and lesson.state.from_tensor
    t = torch.tensor([1, 2, 3])
    y, _ = _torch_on(t, torch.Tensor)
    assert y.dtype == torch.int64
    assert lesson.view.compare_caption.text().endswith("torch.int64")
    note = lesson.view.note_label.text()
    assert "torch.Tensor(t) copies nothing and converts nothing" in note
    assert "torch.tensor(t) copies t into new memory (torch.int64)" in note
    assert "always makes float32" not in note
    assert lesson.banner.message() == ""


def test_a_tensor_on_a_missing_device_shows_torchs_error_and_its_warning(lesson, qtbot):
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    click(qtbot, lesson, lesson.view.preset_buttons["tensor_arg"])
    lesson.view.device_combo.setCurrentText("cuda")
    lesson.settle()
    assert "CUDA" in lesson.banner.message()
    snippet = lesson.snippet()
    assert "x = torch.tensor(t, device='cuda')" in snippet.code
    assert_prints_output([snippet])


# -- torch.tensor(np.random.randn(size)), seeded ------------------------------------------------
def test_numpy_randn_is_seeded_by_numpy_and_drawn_as_torch_makes_it(lesson, qtbot):
    import numpy as np

    qtbot.mouseClick(lesson.view.numpy_check, Qt.MouseButton.LeftButton)
    lesson.settle()
    combo = lesson.view.numpy_source_combo
    assert combo.isVisibleTo(lesson) and not lesson.view.source_combo.isVisibleTo(lesson)
    combo.setCurrentIndex(1)
    lesson.settle()
    assert (lesson.state.numpy, lesson.state.source) == (True, "size")
    assert not lesson.findChild(QLineEdit, "data_edit").isVisibleTo(lesson)
    type_into(lesson, "size", "3, 5")
    assert lesson.view.seed_box.isVisibleTo(lesson)
    assert lesson.view.seed_call.text() == "np.random.seed("
    assert not lesson.view.initial_seed_label.isVisibleTo(lesson)
    expected = torch.tensor(np.random.RandomState(42).randn(3, 5))
    assert_displays(lesson, expected)
    assert lesson.facts()["value"] == expected[0, 0].item()
    assert "initial_seed" not in lesson.facts()  # numpy's seed, not torch's
    assert "a = np.random.randn(3, 5)" in lesson.code_pane.code_text()
    click(qtbot, lesson, lesson.view.run_again_button)
    assert "Run 2 with seed 42: exactly the same values" in lesson.view.seed_status.text()
    type_into(lesson, "seed", str(2**32))  # numpy's seeds end at 2**32
    assert lesson.banner.message().startswith("seed:") and "2**32" in lesson.banner.message()
    assert lesson.state.seed == "42"
    assert_prints_output([lesson.snippet()])


# -- facts for course questions -----------------------------------------------------------------
def _facts_of(qtbot, state):
    lesson = lessons.build("create", make_theme("light"), state)
    qtbot.addWidget(lesson)
    lesson.settle()
    return lesson.facts()


def test_facts_are_torchs_for_the_notes_examples(qtbot):
    from tensorviz.ui.lessons.create.state import State

    cases = [
        (State().with_preset("scalar"), lambda: torch.tensor(5)),
        (State(), lambda: torch.tensor([[1, 2, 3], [4, 5, 6]])),
        (State().with_preset("4d"), lambda: torch.arange(1, 25).reshape(2, 2, 2, 3)),
        (State(constructor="torch.Tensor", data="[10]"), lambda: torch.Tensor([10])),
        (State(constructor="torch.arange"), lambda: torch.arange(0, 10, 2)),
        (
            State(constructor="torch.linspace", start="3", end="10", steps="10"),
            lambda: torch.linspace(3, 10, 10),
        ),
    ]
    for state, make in cases:
        facts, t = _facts_of(qtbot, state), make()
        assert facts["shape"] == tuple(t.shape)
        assert facts["dtype"] == str(t.dtype) and facts["device"] == str(t.device)
        assert facts["numel"] == t.numel()
        assert facts["value"] == float(t.reshape(-1)[0].item())
        assert facts["raises"] is None and "initial_seed" not in facts
        assert "shares_tensor_fn" not in facts


@pytest.mark.parametrize(
    ("constructor", "make"),
    [
        ("torch.rand", lambda: torch.rand(1, 4)),
        ("torch.randn", lambda: torch.randn(1, 4)),
        ("torch.normal", lambda: torch.normal(mean=2.0, std=3.0, size=(1, 4))),
    ],
)
def test_seeded_facts_are_torchs(qtbot, constructor, make):
    from tensorviz.ui.lessons.create.state import State

    facts = _facts_of(qtbot, State(constructor=constructor, size="1, 4", seed="123"))
    torch.manual_seed(123)
    assert facts["initial_seed"] == torch.initial_seed() == 123
    t = make()
    assert facts["value"] == t[0, 0].item() and facts["shape"] == (1, 4)


def test_facts_of_uninitialised_memory_and_of_a_refusal(qtbot):
    from tensorviz.ui.lessons.create.state import State

    facts = _facts_of(qtbot, State().with_preset("uninit"))
    t = torch.Tensor(2, 3)
    assert (facts["shape"], facts["dtype"], facts["numel"]) == ((2, 3), str(t.dtype), 6)
    assert "value" not in facts  # whatever bytes were there: no fact
    facts = _facts_of(qtbot, State(constructor="torch.normal", std="-1", seed="7"))
    with pytest.raises(RuntimeError) as refused:
        torch.normal(mean=2.0, std=-1.0, size=(2, 3))
    assert facts["raises"].message == str(refused.value)
    assert facts["initial_seed"] == 7 and "shape" not in facts and "value" not in facts


def test_the_notes_examples_of_uninitialised_memory_render_and_print(qtbot):
    """Not SAMPLES (their bytes differ on every run, so no two screenshots agree): each is
    drawn with its shape and dtype, and its code prints exactly its output."""
    from tensorviz.ui.lessons.create.state import State

    cases = [
        (State().with_preset("scalar"), "torch.Size([])", "torch.int64"),
        (State().with_preset("uninit"), "torch.Size([2, 3])", "torch.float32"),
        *(
            (State(constructor=f"torch.{name}", source="size", size=size), shape, dtype)
            for name, size, shape, dtype in (
                ("IntTensor", "2, 3", "torch.Size([2, 3])", "torch.int32"),
                ("FloatTensor", "3, 3", "torch.Size([3, 3])", "torch.float32"),
                ("DoubleTensor", "3, 3", "torch.Size([3, 3])", "torch.float64"),
                ("LongTensor", "3, 3", "torch.Size([3, 3])", "torch.int64"),
                ("ShortTensor", "3, 3", "torch.Size([3, 3])", "torch.int16"),
            )
        ),
    ]
    snippets = []
    for state, shape, dtype in cases:
        lesson = lessons.build("create", make_theme("light"), state)
        qtbot.addWidget(lesson)
        lesson.settle()
        assert lesson.banner.message() == ""
        assert lesson.view.attr_values["shape"].text() == shape
        assert lesson.view.attr_values["dtype"].text() == dtype
        snippets.append(lesson.snippet())
    # the bytes are never printed: only shape and dtype
    assert "print(y.shape, y.dtype)" in snippets[0].code  # torch.Tensor(5) beside tensor(5)
    assert all("print(x)" not in s.code.split("\n") for s in snippets[1:])
    assert_prints_output(snippets)
