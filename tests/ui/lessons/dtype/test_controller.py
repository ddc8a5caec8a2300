"""The dtype lesson: what it displays equals torch, bad input keeps the last result."""

from __future__ import annotations

import itertools

import pytest
import torch
from PySide6.QtCore import QPoint, Qt

from tensorviz.core.dtypes import MAX_STEPS, Step
from tensorviz.ui import lessons
from tensorviz.ui.lessons.dtype.state import Conversion, State
from tests.snippets import assert_prints_output

TAB_CHAIN, TAB_TABLE, TAB_DEVICES = range(3)


@pytest.fixture
def lesson(qtbot, theme):
    widget = lessons.build("dtype", theme)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.settle()
    return widget


def _type_values(qtbot, lesson, text: str) -> None:
    lesson.view.values_edit.setFocus()
    lesson.view.values_edit.selectAll()
    lesson.view.values_edit.setText(text)
    qtbot.keyClick(lesson.view.values_edit, Qt.Key.Key_Return)


def test_default_picture_equals_torch(lesson):
    view = lesson.view.chain_view
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
    attributes = lesson.view.attributes_label.text()
    assert f"x.dtype = {final.dtype}" in attributes
    assert f"x.device = {final.device}" in attributes
    assert f"x.shape = {final.shape}" in attributes
    history = lesson.view.history_text()  # x[0], exactly, after every line
    for t in chain:
        assert repr(t[0].item()) in history
    assert "✂ fraction cut off" in history


def test_snippets_run_to_their_output(qtbot, lesson):
    """Default state, another chain, a torch error, the table and the devices."""
    snippets = [lesson.snippet()]
    _type_values(qtbot, lesson, "[[0.1, 65519.0], [-1e-8, 257]]")
    lesson.set_steps([Step("half"), Step("type", "int8"), Step("to", "bool")])
    snippets.append(lesson.snippet())
    lesson.view.create_dtype_combo.setCurrentIndex(lesson.view.create_dtype_combo.findData("int8"))
    assert lesson.banner.message() != ""
    snippets.append(lesson.snippet())
    lesson.view.tabs.setCurrentIndex(TAB_TABLE)
    snippets.append(lesson.snippet())
    lesson.view.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.settle()  # the device calls run when their tab is first shown
    snippets.append(lesson.snippet())
    assert len({s.code for s in snippets}) == len(snippets)
    assert_prints_output(snippets)


def test_typing_values_and_dtype_updates_the_chain(qtbot, lesson):
    _type_values(qtbot, lesson, "[[1.5, 2.5], [-0.5, 70000]]")
    assert lesson.chain().shape == (2, 2)
    assert lesson.view.chain_view.cell_text(1, 3) == "inf"
    assert lesson.view.chain_view.cell_tag(1, 3) == "∞"
    lesson.view.create_dtype_combo.setCurrentIndex(
        lesson.view.create_dtype_combo.findData("float64")
    )
    assert lesson.chain().stages[0].dtype == "torch.float64"
    assert "dtype=torch.float64" in lesson.code_pane.code_text()


def test_bad_values_show_a_message_and_keep_the_picture(qtbot, lesson):
    before = lesson.chain()
    for text in ("[[1, 2], [3]]", "[1, two]", "[1,"):
        _type_values(qtbot, lesson, text)
        assert lesson.banner.message() != ""
        assert lesson.chain() is before
        assert lesson.view.chain_view.cell_text(4, 2) == "44"
    _type_values(qtbot, lesson, "[1.25]")
    assert lesson.banner.message() == ""
    assert lesson.view.chain_view.cell_text(0, 0) == "1.25"


def test_torch_refusal_shows_torch_error_and_keeps_the_picture(qtbot, lesson):
    before = lesson.chain()
    _type_values(qtbot, lesson, "[300, 2]")
    lesson.view.create_dtype_combo.setCurrentIndex(lesson.view.create_dtype_combo.findData("uint8"))
    assert "without overflow" in lesson.banner.message()
    assert "wraps around" in lesson.banner.explanation()
    assert lesson.chain() is not None and lesson.chain().stages[0].dtype != "torch.uint8"
    assert lesson.view.chain_view.result() is lesson.chain()
    snippet = lesson.snippet()
    assert "try:" in snippet.code and "RuntimeError" in snippet.output
    assert "x = torch.tensor([300, 2], dtype=torch.uint8)" in snippet.code
    del before


def test_add_remove_and_move_steps(qtbot, lesson):
    lesson.set_steps([Step("double")])
    lesson.view.steps_list.setCurrentRow(0)
    lesson.view.step_combo.setCurrentIndex(lesson.view.step_combo.findData("to"))
    lesson.view.step_dtype_combo.setCurrentText("torch.int8")
    qtbot.mouseClick(lesson.view.add_step_button, Qt.MouseButton.LeftButton)
    assert [s.code() for s in lesson.steps()] == ["x = x.double()", "x = x.to(dtype=torch.int8)"]
    assert lesson.chain().final.dtype == "torch.int8"
    lesson.view.steps_list.setCurrentRow(1)
    qtbot.mouseClick(lesson.view.up_step_button, Qt.MouseButton.LeftButton)
    assert lesson.chain().final.dtype == "torch.float64"
    # 300.5 -> int8 wraps around; -2.7 -> -2 is truncated
    assert lesson.chain().stages[1].exact[1] == "-2"
    lesson.view.steps_list.setCurrentRow(0)
    qtbot.mouseClick(lesson.view.remove_step_button, Qt.MouseButton.LeftButton)
    assert [s.code() for s in lesson.steps()] == ["x = x.double()"]
    assert lesson.view.chain_view.cell_text(1, 3) == "1e-05"


def test_unknown_dtype_for_type_is_refused(qtbot, lesson):
    steps = lesson.steps()
    lesson.view.step_combo.setCurrentIndex(lesson.view.step_combo.findData("type"))
    lesson.view.step_dtype_combo.setCurrentText("torch.float8")
    qtbot.mouseClick(lesson.view.add_step_button, Qt.MouseButton.LeftButton)
    assert "float8" in lesson.banner.message()
    assert lesson.steps() == steps


def test_clicking_a_column_shows_its_bits(qtbot, lesson):
    rect = lesson.view.chain_view.cell_rect(0, 2)
    assert rect is not None
    qtbot.mouseClick(
        lesson.view.chain_view,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    rows = lesson.view.bits_view.rows()
    assert lesson.chain().selected == 2
    assert [r.dtype for r in rows] == ["float32", "float16", "bfloat16"]
    assert rows[1].stored == torch.tensor(300.5, dtype=torch.float16).item()
    assert rows[2].stored == torch.tensor(300.5, dtype=torch.bfloat16).item() == 300.0
    assert "300.5" in lesson.code_pane.code_text()


def test_table_tab_shows_iinfo_finfo(lesson):
    lesson.view.tabs.setCurrentIndex(TAB_TABLE)
    table = lesson.view.dtype_table
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
    lesson.view.tabs.setCurrentIndex(TAB_CHAIN)
    assert "x = x.half()" in lesson.code_pane.code_text()


def test_devices_tab_is_honest(qtbot, lesson):
    lesson.view.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.settle()
    demo = lesson.devices()
    assert demo is not None
    assert "torch.cuda.is_available()" in lesson.code_pane.code_text()
    if torch.cuda.is_available():
        assert "GPU" in lesson.view.device_status_text()
        assert "same device" in lesson.view.device_outcome_text("meet")
    else:
        assert lesson.view.device_status_text().startswith("No GPU here")
        assert "CUDA" in lesson.view.device_outcome_text("cuda")
    assert lesson.snippet() == demo.snippet


def test_unavailable_device_shows_a_message(qtbot, lesson):
    lesson.view.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.view.device_combo.setCurrentText("tpu")
    lesson.view.device_combo.lineEdit().editingFinished.emit()
    lesson.settle()
    assert "tpu" in lesson.banner.message()
    assert "tpu" in lesson.view.device_outcome_text("to")
    lesson.view.device_combo.setCurrentText("cpu")
    lesson.view.device_combo.lineEdit().editingFinished.emit()
    lesson.settle()
    assert lesson.banner.message() == ""
    assert "cpu" in lesson.view.device_outcome_text("to")


def test_language_switch_retranslates(qtbot, lesson):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.wait(10)
        assert lesson.view.tabs.tabText(TAB_CHAIN) != "Conversions"
    finally:
        i18n.set_language(app, "en")
    qtbot.wait(10)
    assert lesson.view.tabs.tabText(TAB_CHAIN) == "Conversions"


# -- the State: every intent is a new state, refused input is none ---------------------------
def test_every_intent_becomes_the_state(qtbot, lesson):
    view = lesson.view
    _type_values(qtbot, lesson, "[1.5, -2.5, 70000]")
    view.create_dtype_combo.setCurrentIndex(view.create_dtype_combo.findData("float64"))
    assert (lesson.state.values, lesson.state.dtype) == ("[1.5, -2.5, 70000]", "float64")
    view.steps_list.setCurrentRow(2)
    assert lesson.state.current_step == 2
    view.step_combo.setCurrentIndex(view.step_combo.findData("type"))
    view.step_dtype_combo.setCurrentText("half")  # an alias: kept by its canonical name
    qtbot.mouseClick(view.add_step_button, Qt.MouseButton.LeftButton)
    assert Conversion("type", "float16") == lesson.state.steps[3]
    assert lesson.state.current_step == 3
    assert "x = x.type(torch.float16)" in lesson.code_pane.code_text()
    rect = view.chain_view.cell_rect(0, 1)
    qtbot.mouseClick(
        view.chain_view,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.center().x()), int(rect.center().y())),
    )
    assert lesson.state.selected == 1
    view.tabs.setCurrentIndex(TAB_TABLE)
    assert lesson.state.tab == "table"
    # the same picture, code and output when shown from the state's JSON in a new lesson
    other = lessons.build("dtype", lesson.theme, State.from_json(lesson.state.to_json()))
    qtbot.addWidget(other)
    other.settle()
    assert other.state == lesson.state
    assert other.snippet() == lesson.snippet()
    assert [s.exact for s in other.chain().stages] == [s.exact for s in lesson.chain().stages]


def test_refused_input_never_becomes_state(qtbot, lesson):
    before = lesson.state
    _type_values(qtbot, lesson, "[1, two]")
    assert lesson.state == before
    assert lesson.view.values_edit.property("invalid") is True
    assert lesson.banner.message().startswith("Values:")
    _type_values(qtbot, lesson, "[" + "1, " * 700 + "1]")  # over the 2000 characters kept
    assert lesson.state == before
    assert lesson.banner.message().endswith("characters > 2,000")
    assert "at most 2,000 characters" in lesson.banner.explanation()
    lesson.view.step_combo.setCurrentIndex(lesson.view.step_combo.findData("to"))
    lesson.view.step_dtype_combo.setCurrentText("complex64")
    qtbot.mouseClick(lesson.view.add_step_button, Qt.MouseButton.LeftButton)
    assert lesson.state == before
    assert lesson.banner.message().startswith("Conversion:")
    lesson.view.device_combo.setCurrentText("  ")
    lesson.view.device_combo.lineEdit().editingFinished.emit()
    assert lesson.state == before
    assert lesson.banner.message().startswith("Device:")


def test_conversions_stop_at_the_limit_with_a_message(qtbot, lesson):
    lesson.set_steps([Step("half")] * MAX_STEPS)
    qtbot.mouseClick(lesson.view.add_step_button, Qt.MouseButton.LeftButton)
    assert len(lesson.state.steps) == MAX_STEPS
    assert str(MAX_STEPS) in lesson.banner.message()


def test_the_device_calls_run_when_their_tab_is_first_shown(qtbot, lesson):
    # the opening Chain tab does not need them (their meta-device calls cost torch ~1 s the
    # first time); the chain's own tensor says where it is
    assert lesson.devices() is None and not lesson.busy()
    assert lesson.facts()["device"] == str(torch.tensor([1, 2, 3]).device) == "cpu"
    lesson.view.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.settle()
    assert lesson.devices() is not None
    assert lesson.snippet() == lesson.devices().snippet


def test_changing_tab_runs_nothing_again(qtbot, lesson):
    lesson.view.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.settle()
    chain, devices = lesson.chain(), lesson.devices()
    assert devices is not None
    for tab in (TAB_TABLE, TAB_DEVICES, TAB_CHAIN):
        lesson.view.tabs.setCurrentIndex(tab)
        lesson.settle()
        assert lesson.chain() is chain and lesson.devices() is devices
    lesson.view.steps_list.setCurrentRow(2)
    assert lesson.chain() is chain


def test_fewer_elements_move_the_focus_to_the_last_one(qtbot, lesson):
    lesson.set_state(lesson.state.replace(selected=3))
    assert lesson.chain().selected == 3
    _type_values(qtbot, lesson, "[0.1, 0.2]")
    assert lesson.state.selected == lesson.chain().selected == 1
    assert "x[1]" in lesson.view.history_text()


def test_an_error_state_from_data_shows_torch_refusal(qtbot, theme):
    """A lesson opened in a state torch refuses shows torch's error and code, and the same
    values as torch infers them, saying so."""
    state = State(values="[300, 2]", dtype="uint8")
    lesson = lessons.build("dtype", theme, state)
    qtbot.addWidget(lesson)
    lesson.show()
    lesson.settle()
    assert lesson.state == state
    assert "without overflow" in lesson.banner.message()
    assert "x = torch.tensor([300, 2], dtype=torch.uint8)" in lesson.snippet().code
    assert lesson.chain().stages[0].dtype == "torch.int64"
    assert lesson.view.chain_view.cell_text(4, 0) == "44"  # .type(torch.uint8) wraps 300
    note = lesson.view.chain_page.refused_note
    assert note.isVisible() and "x = torch.tensor([300, 2], dtype=torch.uint8)" in note.text()
    lesson.set_state(state.replace(dtype=""))
    assert lesson.banner.message() == "" and not note.isVisible()


def test_a_chain_torch_cannot_make_at_all_draws_none(qtbot, lesson):
    _type_values(qtbot, lesson, "[1180591620717411303424]")  # 2**70: no int64 holds it
    assert "Overflow" in lesson.banner.message()
    assert lesson.chain() is None and lesson.view.chain_view.result() is None
    assert not lesson.view.attributes_label.isVisible()
    assert "there is no tensor to show" in lesson.view.chain_page.refused_note.text()
    _type_values(qtbot, lesson, "[1]")
    assert lesson.chain() is not None and lesson.view.attributes_label.isVisible()


def test_a_device_asked_for_keeps_its_error_in_the_banner(qtbot, lesson):
    """The opening "cuda" never fills the banner; a device the user asked for does, until
    another is asked for, and a chain refusal comes first."""
    assert lesson.banner.message() == ""
    lesson.set_state(lesson.state.with_device("meta"))
    lesson.settle()
    assert lesson.devices().target == "meta"
    assert lesson.view.device_outcome_text("to") == "→ on meta"
    assert lesson.banner.message() == ""
    lesson.set_state(lesson.state.with_device("tpu"))
    lesson.settle()
    assert "tpu" in lesson.banner.message()
    assert "knows no device" in lesson.banner.explanation()
    _type_values(qtbot, lesson, "[1.5]")  # the state still asks for tpu
    assert "tpu" in lesson.banner.message()
    lesson.view.create_dtype_combo.setCurrentIndex(lesson.view.create_dtype_combo.findData("int8"))
    _type_values(qtbot, lesson, "[1000]")
    assert "without overflow" in lesson.banner.message()


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU")
def test_without_a_gpu_cuda_is_torch_own_refusal(qtbot, lesson):
    lesson.view.tabs.setCurrentIndex(TAB_DEVICES)
    lesson.settle()
    demo = lesson.devices()
    assert not demo.cuda_available and demo.idiom_device == "cpu"
    with pytest.raises((AssertionError, RuntimeError)) as raised:
        torch.tensor([1, 2, 3]).to("cuda")
    assert lesson.view.device_outcome_text("to") == str(demo.step("to").error)
    assert str(raised.value) in lesson.view.device_outcome_text("to")
    assert str(raised.value) in lesson.view.device_outcome_text("cuda")
    with pytest.raises(RuntimeError) as mixed:
        torch.ones(3, device="meta") + torch.ones(3)
    assert str(mixed.value) in lesson.view.device_outcome_text("meet_meta")
    assert lesson.view.device_page.outcomes["to"].property("tone") == "bad"
    assert lesson.view.device_page.outcomes["idiom"].property("tone") == "good"
    # asked for by the user, the same refusal is explained in the banner
    lesson.set_state(lesson.state.with_device("cuda:0"))
    lesson.settle()
    assert str(raised.value) in lesson.banner.message()
    assert "no GPU that torch can use" in lesson.banner.explanation()


@pytest.mark.skipif(not torch.cuda.is_available(), reason="this machine has no GPU")
def test_a_gpu_number_past_the_last_is_torch_own_refusal_explained(qtbot, lesson):
    """On a GPU machine, cuda:N where torch counts N GPUs (cuda:1 on one): CUDA's "invalid
    device ordinal" came with no word of why (seen on an H200, tests/device)."""
    past = f"cuda:{torch.cuda.device_count()}"
    with pytest.raises(RuntimeError) as raised:
        torch.tensor([1, 2, 3]).to(past)
    lesson.set_state(lesson.state.with_device(past))
    lesson.settle()
    assert str(raised.value).splitlines()[0] in lesson.banner.message()
    assert "counting from 0" in lesson.banner.explanation()


def test_a_gpu_number_past_the_last_is_explained():
    """CUDA's words for it, as torch 2.11 on an H200 raised them for x.to('cuda:1'); the
    test above sees them for real on a GPU machine."""
    from tensorviz.ui.explain.dtype import DEVICES

    message = (
        "CUDA error: invalid device ordinal\nGPU device may be out of range, do you have "
        "enough GPUs?\nCUDA kernel errors might be asynchronously reported at some other API "
        "call, so the stacktrace below might be incorrect."
    )
    assert "counting from 0" in DEVICES.explanation(message)()


def test_devices_follow_the_language(qtbot, lesson):
    from PySide6.QtWidgets import QApplication

    from tensorviz.ui import i18n

    english = lesson.view.device_status_text()
    app = QApplication.instance()
    try:
        i18n.set_language(app, "zh_CN")
        qtbot.wait(10)
        assert lesson.view.device_status_text() not in ("", english)
        assert lesson.view.device_outcome_text("idiom") != "→ on cpu"
    finally:
        i18n.set_language(app, "en")
    qtbot.wait(10)
    assert lesson.view.device_status_text() == english


# -- .short(), .char(), .byte(), .bool() ------------------------------------------------------
def test_short_char_byte_and_bool_lose_what_torch_loses(qtbot, lesson):
    _type_values(qtbot, lesson, "[1.5, -2.7, 300.5, 0.0]")
    lesson.set_steps([])
    view = lesson.view
    for kind in ("short", "char", "byte", "bool"):
        view.step_combo.setCurrentIndex(view.step_combo.findData(kind))
        assert not view.step_dtype_combo.isEnabled()
        qtbot.mouseClick(view.add_step_button, Qt.MouseButton.LeftButton)
    assert [s.code() for s in lesson.steps()] == [
        "x = x.short()",
        "x = x.char()",
        "x = x.byte()",
        "x = x.bool()",
    ]
    x = torch.tensor([1.5, -2.7, 300.5, 0.0])
    chain = [x, x.short(), x.short().char(), x.short().char().byte()]
    chain.append(chain[-1].bool())
    for stage, t in enumerate(chain):
        assert lesson.chain().stages[stage].dtype == str(t.dtype)
        assert lesson.chain().stages[stage].exact == tuple(repr(v) for v in t.tolist())
    assert [str(t.dtype) for t in chain[1:]] == [
        "torch.int16",
        "torch.int8",
        "torch.uint8",
        "torch.bool",
    ]
    assert view.chain_view.cell_tag(1, 0) == "✂"  # 1.5 -> 1
    assert view.chain_view.cell_text(2, 2) == str(chain[2][2].item()) == "44"
    assert view.chain_view.cell_tag(2, 2) == "↻"  # 300 wraps around in int8
    assert view.chain_view.cell_tag(3, 1) == "↻"  # -2 wraps around in uint8
    assert view.chain_view.cell_tag(4, 2) == "b" and view.chain_view.cell_tag(4, 3) == ""
    assert lesson.banner.message() == ""
    assert_prints_output([lesson.snippet()])


# -- facts for course questions -----------------------------------------------------------------
def test_facts_of_the_chain_are_torchs(qtbot, lesson):
    facts = lesson.facts()
    x = torch.tensor([3.14159, -2.7, 300.5, 1e-5])
    chain = [x, x.half(), x.half().float(), x.half().float().int()]
    chain.append(chain[-1].type(torch.uint8))
    assert facts["dtype"] == str(chain[-1].dtype) == "torch.uint8"
    assert facts["dtypes"] == tuple(str(t.dtype) for t in chain)
    assert facts["shape"] == tuple(chain[-1].shape) and facts["raises"] is None
    lesson.set_state(State(values="[1, 2, 3]", dtype="float16", steps=()))
    facts = lesson.facts()
    half = torch.tensor([1, 2, 3], dtype=torch.half)
    assert facts["dtype"] == str(half.dtype) and facts["dtypes"] == (str(half.dtype),)
    lesson.set_state(State(values="[300, 2]", dtype="uint8"))  # torch refuses to make it
    facts = lesson.facts()
    with pytest.raises(RuntimeError) as refused:
        torch.tensor([300, 2], dtype=torch.uint8)
    assert facts["raises"].message == str(refused.value)
    assert "dtype" not in facts and "shape" not in facts


def test_facts_of_the_devices_are_torchs(qtbot, lesson):
    lesson.set_state(lesson.state.replace(tab="devices"))
    lesson.settle()
    facts = lesson.facts()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    assert facts["device.idiom"] == str(torch.tensor([1, 2, 3]).to(device).device)
    try:
        torch.tensor([1, 2, 3]).to("cuda")
        moved = None
    except (AssertionError, RuntimeError) as err:
        moved = f"{type(err).__name__}: {err}"
    assert (None if facts["device_error"] is None else str(facts["device_error"])) == moved
    with pytest.raises(RuntimeError) as mixed:
        torch.ones(3, device="meta") + torch.ones(3)
    assert facts["device_error.meet_meta"].message == str(mixed.value)
    # a 0-d CPU tensor goes with a meta tensor: torch treats it like a number
    scalar = torch.ones(3, device="meta") + torch.tensor(2.0)
    assert facts["device.meet_scalar"] == str(scalar.device) == "meta"
    assert lesson.view.device_outcome_text("meet_scalar") == "→ on meta"
    assert lesson.view.device_page.outcomes["meet_scalar"].property("tone") == "good"
    lesson.set_state(lesson.state.with_device("meta"))
    lesson.settle()
    facts = lesson.facts()
    assert facts["device_error"] is None and facts["device.to"] == "meta"


@pytest.mark.parametrize("tab", [TAB_TABLE, TAB_DEVICES])
def test_a_short_picture_scrolls_the_page_instead_of_drawing_text_over_the_table(qtbot, tab):
    """A lecture at 1024x768, zoom 150: the table page's texts squeezed the dtype table to
    its header, and, given a height, the note was drawn over it."""
    from PySide6.QtWidgets import QLabel, QWidget

    from tensorviz.ui.theme import make_theme

    widget = lessons.build("dtype", make_theme("light", 150))
    qtbot.addWidget(widget)
    widget.resize(1024, 520)
    widget.show()
    widget.settle()
    widget.view.tabs.setCurrentIndex(tab)
    qtbot.wait(50)
    page = (widget.view.table_page, widget.view.device_page)[tab - TAB_TABLE]
    shown = [w for w in page.findChildren(QWidget) if w.isVisible() and w.parent() is page]
    assert len(shown) >= 2
    for upper, lower in itertools.combinations(shown, 2):  # none lies over another
        if upper.geometry().intersects(lower.geometry()):
            raise AssertionError(
                f"{upper.objectName() or upper} over {lower.objectName() or lower}"
            )
    if tab == TAB_TABLE:
        table = widget.view.dtype_table
        assert table.height() >= table.horizontalHeader().height() + 3 * table.rowHeight(0)
        note = page.note
        assert isinstance(note, QLabel) and note.y() >= table.y() + table.height()
