"""Issue 15, item by item: what froze, crashed or confused the app, typed through the real
widgets. Each test says what the user sees: the lesson answers within a second, the banner
names the field and the limit, the field is outlined, the previous result is still shown,
and no exception escapes to Qt (``escapes`` records ``sys.excepthook``)."""

from __future__ import annotations

import sys
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton

from tensorviz.core.literal import MAX_DIM, MAX_NDIM
from tensorviz.ui import lessons
from tensorviz.ui.theme import make_theme

HUGE_INT = "1" + "0" * 320  # 321 digits: no float holds it


@pytest.fixture
def escapes(monkeypatch):
    """What reached ``sys.excepthook`` during the test (a slot's exception, a reported bug)."""
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: caught.append(e))
    return caught


def build(qtbot, key: str):
    lesson = lessons.build(key, make_theme("light"))
    qtbot.addWidget(lesson)
    lesson.resize(1400, 900)
    lesson.show()
    lesson.settle()
    return lesson


def edit(lesson, name: str) -> QLineEdit:
    found = lesson.findChild(QLineEdit, name)
    assert found is not None and found.isVisibleTo(lesson), name
    return found


def type_into(lesson, name: str, text: str) -> float:
    """Type ``text`` into ``name`` and press Enter; the seconds until it is drawn."""
    field = edit(lesson, name)
    field.setText(text)
    field.setModified(True)  # as typing does
    start = time.perf_counter()
    field.editingFinished.emit()
    field.returnPressed.emit()
    lesson.settle()
    QApplication.processEvents()
    return time.perf_counter() - start


def choose(lesson, combo: str, text: str) -> None:
    box = lesson.findChild(QComboBox, combo)
    box.setCurrentIndex(box.findText(text))
    lesson.settle()


def refused(lesson, name: str) -> bool:
    return bool(edit(lesson, name).property("invalid"))


def shape_step(lesson, op: str, args: str, button: str = "change_button") -> float:
    """Set the selected step of the shape chain to ``op(args)`` (or add it)."""
    combo = lesson.findChild(QComboBox, "op_combo")
    combo.setCurrentIndex(combo.findData(op))
    edit(lesson, "args_edit").setText(args)
    start = time.perf_counter()
    lesson.findChild(QPushButton, button).click()
    lesson.settle()
    QApplication.processEvents()
    return time.perf_counter() - start


def shape_start_literal(lesson, text: str) -> None:
    kind = lesson.findChild(QComboBox, "start_kind_combo")
    kind.setCurrentIndex(kind.findData("literal"))
    kind.activated.emit(kind.currentIndex())
    lesson.settle()
    type_into(lesson, "start_edit", text)


# -- 1: a zero-element tensor with a huge dim ------------------------------------------------
@pytest.mark.parametrize("size", ["0, 10000000", "0, 1000000000000"])
def test_1_a_huge_dim_of_no_elements_is_refused_at_once(qtbot, escapes, size):
    lesson = build(qtbot, "create")
    choose(lesson, "constructor_combo", "torch.zeros")
    before = lesson.code_pane.code_text()
    assert type_into(lesson, "size_edit", size) < 1.0
    assert refused(lesson, "size_edit")
    assert lesson.banner.message().startswith("size:")
    assert f"{MAX_DIM:,}" in lesson.banner.explanation()
    assert lesson.code_pane.code_text() == before
    assert not escapes


def test_1_a_wide_empty_tensor_is_summarised_not_laid_out(qtbot, escapes):
    lesson = build(qtbot, "create")
    choose(lesson, "constructor_combo", "torch.zeros")
    assert type_into(lesson, "size_edit", "0, 1000000") < 1.0
    assert "(0, 1000000)" in lesson.code_pane.code_text()
    grid = lesson.view.grid
    assert grid.snapshot().summarised and grid._geometry is None  # no million labels
    assert not escapes


def test_1_shape_reshape_to_a_wide_empty_tensor_answers_at_once(qtbot, escapes):
    lesson = build(qtbot, "shape")
    shape_start_literal(lesson, "[]")
    lesson.select_step(1)
    assert shape_step(lesson, "reshape", "0, 1000000") < 1.0
    assert lesson.chain().results[1].snapshot.shape == (0, 1000000)
    assert not escapes


def test_1_broadcast_of_a_wide_empty_operand_answers_at_once(qtbot, escapes):
    lesson = build(qtbot, "broadcast")
    lesson.findChild(QComboBox, "a_mode_combo").setCurrentIndex(1)  # a = torch.arange(...)
    lesson.settle()
    assert type_into(lesson, "b_edit", "1") < 1.0
    assert type_into(lesson, "a_edit", "0, 1000000") < 1.0
    assert type_into(lesson, "a_edit", "0, 10000000") < 1.0
    assert refused(lesson, "a_edit")
    assert f"{MAX_DIM:,}" in lesson.banner.explanation()
    assert not escapes


# -- 2: a 64-D tensor in shape ----------------------------------------------------------------
@pytest.mark.parametrize(
    "op, args",
    [
        ("reshape", "1, " + ", ".join(["1"] * 62) + ", 12"),
        ("index", "[" + ", ".join(["None"] * 30) + "]"),
    ],
)
def test_2_too_many_dims_are_refused_and_the_chain_stays(qtbot, escapes, op, args):
    lesson = build(qtbot, "shape")
    shown = lesson.chain()
    state = lesson.state
    assert shape_step(lesson, op, args) < 1.0
    assert refused(lesson, "args_edit")
    assert lesson.banner.message().startswith("Step arguments:")
    assert str(MAX_NDIM) in lesson.banner.explanation()
    assert lesson.chain() is shown and lesson.state == state
    # language, zoom and steps redraw the chain on screen without a word of complaint
    QCoreApplication.sendEvent(lesson.view, QEvent(QEvent.Type.LanguageChange))
    lesson.apply_theme(make_theme("dark", 150))
    for k in range(len(shown.results)):
        lesson.select_step(k)
    lesson.settle()
    assert not escapes


def test_2_the_most_dims_are_drawn_and_redrawn(qtbot, escapes):
    lesson = build(qtbot, "shape")
    lesson.select_step(1)
    assert shape_step(lesson, "reshape", ", ".join(["1"] * (MAX_NDIM - 1)) + ", 12") < 1.0
    assert lesson.chain().results[1].snapshot.shape == (1,) * (MAX_NDIM - 1) + (12,)
    QCoreApplication.sendEvent(lesson.view, QEvent(QEvent.Type.LanguageChange))
    lesson.apply_theme(make_theme("dark", 150))
    lesson.select_step(1)
    lesson.settle()
    assert not escapes


# -- 3: whole numbers of 310+ digits ----------------------------------------------------------
@pytest.mark.parametrize(
    "key, constructor, field",
    [
        ("create", "torch.arange", "start_edit"),
        ("create", "torch.arange", "end_edit"),
        ("create", "torch.arange", "step_edit"),
        ("dtype", None, "values_edit"),
    ],
)
def test_3_a_number_no_float_holds_is_refused_in_its_field(qtbot, escapes, key, constructor, field):
    lesson = build(qtbot, key)
    if constructor:
        choose(lesson, "constructor_combo", constructor)
    before = lesson.code_pane.code_text()
    type_into(lesson, field, HUGE_INT)
    assert not escapes
    assert refused(lesson, field)
    assert "321-digit" in lesson.banner.message()
    assert "308" in lesson.banner.explanation()
    assert lesson.code_pane.code_text() == before


@pytest.mark.parametrize("field", ["lr_edit", "x0_edit", "a0_edit", "b0_edit"])
def test_3_descent_fields_refuse_a_number_no_float_holds(qtbot, escapes, field):
    lesson = build(qtbot, "descent")
    found = lesson.findChild(QLineEdit, field)
    if found is None or not found.isVisibleTo(lesson):  # a and b belong to the line fit
        lesson.findChild(QPushButton, "experiment_line").click()
        lesson.settle()
    type_into(lesson, field, HUGE_INT)
    assert not escapes
    assert refused(lesson, field)
    assert "321-digit" in lesson.banner.message()


# -- 4: create's huge sizes and extreme distributions -----------------------------------------
@pytest.mark.parametrize("constructor", ["torch.zeros", "torch.full", "torch.normal"])
@pytest.mark.parametrize(
    "size, limit",
    [("0, 4611686018427387904", f"{MAX_DIM:,}"), (", ".join(["1"] * 16384), None)],
)
def test_4_sizes_over_the_caps_are_refused(qtbot, escapes, constructor, size, limit):
    lesson = build(qtbot, "create")
    choose(lesson, "constructor_combo", constructor)
    before = lesson.code_pane.code_text()
    assert type_into(lesson, "size_edit", size) < 1.0
    assert not escapes
    assert refused(lesson, "size_edit")
    assert lesson.banner.message().startswith("size:")
    if limit:
        assert limit in lesson.banner.explanation()
    assert lesson.code_pane.code_text() == before


@pytest.mark.parametrize(
    "field, text",
    [("std_edit", "1e400"), ("std_edit", "1e300"), ("mean_edit", "9223372036854775808")],
)
def test_4_normal_with_extreme_arguments_shows_torchs_answer(qtbot, escapes, field, text):
    lesson = build(qtbot, "create")
    choose(lesson, "constructor_combo", "torch.normal")
    type_into(lesson, field, text)
    assert not escapes
    assert "torch.normal(" in lesson.code_pane.code_text()


# -- 8: settings that are a directory or hold values Qt cannot make ---------------------------
def test_8_a_settings_path_that_is_a_directory_starts_with_defaults(qtbot, tmp_path, monkeypatch):
    from tensorviz.ui.app import MainWindow

    folder = tmp_path / "settings.ini"
    folder.mkdir()
    monkeypatch.setenv("TENSORVIZ_SETTINGS", str(folder))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.zoom() == 100
    assert "could not be read" in win.statusBar().currentMessage()
    win._remember = False


def test_8_unknown_variants_fall_back_with_a_message_and_no_qt_warning(
    qtbot, qtlog, tmp_path, monkeypatch
):
    from tensorviz.ui.app import MainWindow

    path = tmp_path / "variant.ini"
    path.write_text("[view]\ntheme=@Variant(\\0\\0\\0\\x7f\\0\\0\\0)\nzoom=@Variant(garbage)\n")
    monkeypatch.setenv("TENSORVIZ_SETTINGS", str(path))
    win = MainWindow()
    qtbot.addWidget(win)
    message = win.statusBar().currentMessage()
    assert "theme" in message and "zoom" in message
    assert not [r for r in qtlog.records if "QVariant" in r.message or "invalid type" in r.message]
    win._remember = False


# -- 9: command lines -------------------------------------------------------------------------
def _cli(capsys, *argv: str) -> tuple[int, str]:
    from tensorviz.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's refusals
        code = exit_.code
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "target, words",
    [
        ("existing", "exists and is not a folder"),
        ("/dev/null", "exists and is not a folder"),
        ("/proc/no/such/folder", "cannot create"),
        ("", "give a folder"),
    ],
)
def test_9_a_screenshot_folder_that_cannot_be_one_is_one_line_and_status_2(
    capsys, tmp_path, target, words
):
    if target == "existing":
        target = str(tmp_path / "shot.png")
        (tmp_path / "shot.png").write_bytes(b"")
    code, err = _cli(capsys, "--screenshot", target, "--lesson", "create")
    assert code == 2
    assert words in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.png"))[1:]  # nothing written beside


@pytest.mark.parametrize("size", ["0x0", "1x1", "99999x1"])
def test_9_a_size_out_of_range_is_refused(capsys, tmp_path, size):
    code, err = _cli(capsys, "--screenshot", str(tmp_path), "--size", size)
    assert code == 2
    assert f"size {size} is out of range" in err


def test_9_a_size_the_lesson_cannot_take_is_refused_by_name(qtbot, capsys, tmp_path):
    code, err = _cli(capsys, "--screenshot", str(tmp_path), "--lesson", "ops", "--size", "400x300")
    assert code == 2
    assert "--size 400x300: lesson ops needs at least" in err
    assert not list(tmp_path.glob("*.png"))


def test_9_a_zoom_that_is_no_number_says_so(capsys):
    code, err = _cli(capsys, "--zoom", "abc")
    assert code == 2
    assert "'abc' is not a zoom" in err and "_zoom" not in err


def test_9_a_state_nested_too_deeply_is_one_line_and_status_2(capsys, tmp_path):
    """100,000 nested brackets raised RecursionError out of json, with a traceback."""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    code, err = _cli(
        capsys, "--lesson", "shape", "--state", str(deep), "--screenshot", str(tmp_path)
    )
    assert code == 2
    assert "nests too deeply" in err and "Traceback" not in err


# -- 6: no stale banner or outline -------------------------------------------------------------
@pytest.mark.parametrize(
    "key, field, bad",
    [
        ("autograd", "program_edit", "y = zz * 2"),
        ("autograd", "leaf_value_0", "[[1"),
        ("autograd", "leaf_name_0", "1and 2"),
        ("descent", "lr_edit", "-1"),
        ("descent", "x0_edit", "[["),
        ("create", "data_edit", "[[1], [2, 3]]"),
        ("dtype", "values_edit", HUGE_INT),
    ],
)
def test_6_typing_the_previous_value_back_lifts_the_refusal(qtbot, escapes, key, field, bad):
    lesson = build(qtbot, key)
    good = edit(lesson, field).text()
    before = lesson.code_pane.code_text()
    type_into(lesson, field, bad)
    assert refused(lesson, field) and lesson.banner.message()
    type_into(lesson, field, good)
    assert not refused(lesson, field)
    assert lesson.banner.message() == ""
    assert lesson.code_pane.code_text() == before
    assert not escapes


def test_6_a_refused_start_does_not_outlive_a_chain_edit(qtbot, escapes):
    lesson = build(qtbot, "shape")
    start = edit(lesson, "start_edit")
    shown = start.text()
    type_into(lesson, "start_edit", "0, 3")
    assert refused(lesson, "start_edit") and lesson.banner.message().startswith("Start tensor:")
    lesson.select_step(2)
    lesson.findChild(QPushButton, "remove_button").click()
    lesson.settle()
    # the field shows x0 as drawn again, unmarked, and the banner has nothing stale to say
    assert start.text() == shown and not refused(lesson, "start_edit")
    assert lesson.banner.message() == ""
    assert lesson.chain().results[0].snapshot.shape == (3, 4)
    assert not escapes


# -- 5: a device torch knows by name but has no module for -------------------------------------
@pytest.mark.parametrize("device", ["hpu", "privateuseone"])
def test_5_a_device_without_its_module_is_torchs_error_explained(qtbot, escapes, device):
    lesson = build(qtbot, "dtype")
    combo = lesson.findChild(QComboBox, "device_combo")
    combo.lineEdit().setText(device)
    combo.lineEdit().editingFinished.emit()
    lesson.settle()
    assert not escapes
    assert lesson.banner.message() == f"ModuleNotFoundError: No module named 'torch.{device}'"
    assert "no support" in lesson.banner.explanation()
    assert "bug" not in lesson.banner.explanation()


# -- 11: a leaf named after a builtin the shown code uses --------------------------------------
@pytest.mark.parametrize("name", ["float", "int", "print", "len"])
def test_11_a_leaf_named_after_a_builtin_is_refused_in_its_field(qtbot, escapes, name):
    lesson = build(qtbot, "autograd")
    before = lesson.code_pane.code_text()
    type_into(lesson, "leaf_name_0", name)
    assert not escapes
    assert refused(lesson, "leaf_name_0")
    assert "reserved" in lesson.banner.message()
    assert lesson.code_pane.code_text() == before


# -- 12: text Python warns about ----------------------------------------------------------------
@pytest.mark.parametrize("text", ["1and 2", "1if", "[1if 1 else 2]", "0x1for"])
def test_12_text_python_warns_about_prints_nothing(qtbot, escapes, capfd, recwarn, text):
    lesson = build(qtbot, "dtype")
    capfd.readouterr()
    type_into(lesson, "values_edit", text)
    assert refused(lesson, "values_edit")
    assert "SyntaxWarning" not in capfd.readouterr().err
    assert not [w for w in recwarn if issubclass(w.category, SyntaxWarning)]
    assert not escapes


# -- 10: say what the user did and the limit, in words, not Python's or numpy's ---------------
@pytest.mark.parametrize(
    "key, field, text, words",
    [
        ("broadcast", "a_edit", "-" * 100_000 + "1", "nested too deeply"),
        ("dtype", "values_edit", "1" * 5000, "too long"),
        ("create", "data_edit", "1" * 5000, "too large"),
        ("create", "data_edit", "[" * 40 + "1" + "]" * 40, "nested too deeply"),
    ],
)
def test_10_refusals_are_said_in_words(qtbot, escapes, key, field, text, words):
    lesson = build(qtbot, key)
    type_into(lesson, field, text)
    assert refused(lesson, field)
    message = lesson.banner.message() + lesson.banner.explanation()
    assert words in message.lower() or words in message
    for jargon in ("MemoryError", "RecursionError", "maximum recursion", "torch raised"):
        assert jargon not in message
    assert not escapes


def test_10_a_broadcast_of_too_many_dims_is_refused_not_a_recursion(qtbot, escapes):
    lesson = build(qtbot, "broadcast")
    lesson.findChild(QComboBox, "a_mode_combo").setCurrentIndex(1)  # a = torch.arange(...)
    lesson.settle()
    type_into(lesson, "a_edit", ", ".join(["1"] * 16384))
    assert refused(lesson, "a_edit")
    assert "RecursionError" not in lesson.banner.message()
    assert not escapes


# -- 7: a full shape chain says so -------------------------------------------------------------
def test_7_a_full_chain_says_so_and_drops_nothing(qtbot, escapes):
    from tensorviz.core.shape import MAX_STEPS

    lesson = build(qtbot, "shape")
    while len(lesson.chain().steps) < MAX_STEPS:
        shape_step(lesson, "unsqueeze", "0", button="add_button")
    chain = lesson.chain()
    add = lesson.findChild(QPushButton, "add_button")
    note = lesson.findChild(QLabel, "steps_limit_note")
    assert not add.isEnabled() and str(MAX_STEPS) in add.toolTip()
    assert note.isVisible() and str(MAX_STEPS) in note.text()
    # Enter in the arguments asks to add too: refused in words, in the middle too, and
    # nothing is dropped to make room
    for k in (len(chain.steps), 3):
        lesson.select_step(k)
        type_into(lesson, "args_edit", "0")
        assert lesson.chain().steps == chain.steps
        assert str(MAX_STEPS) in lesson.banner.explanation()
    assert not escapes


# -- 13: a refusal's first line says what was refused, its explanation the field's own limit --
@pytest.mark.parametrize(
    "key, field, text, limit",
    [
        ("numpy", "values_edit", str(list(range(17))), "at most 16"),
        ("dtype", "values_edit", str(list(range(33))), "at most 32"),
        ("autograd", "leaf_value_0", str([1.0] * 4097), "at most 4,096"),
        ("descent", "x0_edit", "1e9", "at most 1,000,000"),
        ("descent", "x0_edit", "1e400", "at most 1,000,000"),
        ("descent", "lr_edit", "1e400", "outside the range"),
    ],
    ids=["numpy-17", "dtype-33", "autograd-4097", "descent-x0-1e9", "descent-x0-inf", "lr-inf"],
)
def test_13_a_refusal_gives_the_fields_own_limit(qtbot, escapes, key, field, text, limit):
    """A field of a small limit (the numpy lesson's 16 values) said "more than 1048576
    elements ... tensorviz draws at most about a million"; a number out of descent's range
    said "A number was expected"."""
    lesson = build(qtbot, key)
    type_into(lesson, field, text)
    assert refused(lesson, field)
    assert limit in lesson.banner.explanation()
    assert "1048576" not in lesson.banner.message() + lesson.banner.explanation()
    assert "A number was expected" not in lesson.banner.explanation()
    assert not escapes


@pytest.mark.parametrize(
    "key, field, text, shown",
    [
        ("create", "start_edit", "abc", "'abc'"),
        ("create", "start_edit", "-1e20", "arange(-1e+20"),
        ("autograd", "program_edit", "[1]", "program: [1]"),  # as written, not "List"
        ("autograd", "leaf_name_0", "1x", "'1x'"),
    ],
)
def test_13_a_refusals_first_line_has_no_reason_key(qtbot, escapes, key, field, text, shown):
    """Create's and autograd's own refusals began "start: not_a_number: ...", "program:
    not_allowed: List": the key the app reads, not words for the user."""
    lesson = build(qtbot, key)
    if key == "create":
        choose(lesson, "constructor_combo", "torch.arange")
    type_into(lesson, field, text)
    message = lesson.banner.message()
    assert shown in message
    for key_word in ("not_a_number", "too_many", "not_allowed", "bad_name", "bad_size"):
        assert key_word not in message
    assert not escapes


def test_13_a_device_typed_is_not_added_to_the_list(qtbot, escapes):
    lesson = build(qtbot, "dtype")
    combo = lesson.findChild(QComboBox, "device_combo")
    items = [combo.itemText(i) for i in range(combo.count())]
    for text in ("garbage", "cuda:99", "x" * 5000):
        combo.lineEdit().setText(text)
        combo.lineEdit().returnPressed.emit()
        combo.lineEdit().editingFinished.emit()
        lesson.settle()
    assert [combo.itemText(i) for i in range(combo.count())] == items
    assert not escapes


def test_13_a_refusal_quotes_a_long_text_in_part(qtbot, escapes):
    """The banner repeated the whole text typed: 30,000 characters on one line."""
    lesson = build(qtbot, "descent")
    type_into(lesson, "lr_edit", "z" * 30_000)
    message = lesson.banner.message()
    assert message.startswith("learning rate: 'zzz") and " … " in message
    assert len(message) <= 420
    assert not escapes
