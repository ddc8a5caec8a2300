"""The autograd lesson as a user sees it: graph, grads, buttons, torch's errors, code."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import numpy as np
import pytest
import torch
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from tensorviz.core import graph
from tensorviz.ui import i18n, lessons
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.graph_view import short_value
from tests.snippets import assert_prints_output


@pytest.fixture
def lesson(qtbot, theme):
    widget = lessons.build("autograd", theme)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.settle()
    return widget


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settle_all()


def _settle_all():
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "settle"):
            widget.settle()


def load(lesson, key):
    lesson.load_preset(key)
    lesson.settle()


def type_into(qtbot, edit, text):
    edit.selectAll()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _settle_all()


def torch_graph(out):
    names, edges, seen = Counter(), Counter(), set()
    stack = [out.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        names[type(node).__name__] += 1
        for nr, (nxt, _) in enumerate(node.next_functions):
            if nxt is not None:
                edges[(type(node).__name__, type(nxt).__name__, nr)] += 1
                stack.append(nxt)
    return names, edges


def leaf_grad_text(lesson, name):
    line = [ln for ln in lesson.view.graph_view.tensor_text(name).splitlines() if ".grad" in ln]
    return line[0].split("= ", 1)[1]


def test_default_shows_the_real_graph_and_grads(lesson):
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
    loss = (x * y).sum()
    assert lesson.view.program_edit.text() == "z = x * y; loss = z.sum()"
    names, edges = torch_graph(loss)
    view = lesson.view.graph_view
    assert Counter(view.node_names()) == names
    assert Counter(view.drawn_edges()) == edges
    loss.backward()
    assert leaf_grad_text(lesson, "x") == "[4., 5., 6.]"
    assert leaf_grad_text(lesson, "y") == "[1., 2., 3.]"
    assert "x.grad: tensor([4., 5., 6.])" in lesson.code_pane.output_text()
    assert lesson.banner.message() == ""
    assert "#1: x.grad = [4., 5., 6.]" in lesson.view.history_label.text()


def test_program_typed_by_user_is_drawn(lesson, qtbot):
    type_into(qtbot, lesson.view.program_edit, "h = sigmoid(x) * exp(y) - x / y; out = h.mean()")
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
    out = (torch.sigmoid(x) * torch.exp(y) - x / y).mean()
    names, edges = torch_graph(out)
    assert Counter(lesson.view.graph_view.node_names()) == names
    assert Counter(lesson.view.graph_view.drawn_edges()) == edges
    assert lesson.banner.message() == ""
    # a fresh story: no backward yet
    assert leaf_grad_text(lesson, "x") == "None"
    click(qtbot, lesson.view.backward_button)
    out.backward()
    shown = lesson.result().tensor("x").grad.values
    np.testing.assert_allclose(shown, x.grad.numpy(), rtol=1e-6)
    assert leaf_grad_text(lesson, "x") == short_value(lesson.result().tensor("x").grad)


def test_bad_program_is_refused_and_old_picture_stays(lesson, qtbot):
    before = lesson.view.graph_view.node_names()
    type_into(qtbot, lesson.view.program_edit, "__import__('os').system('echo hi')")
    assert lesson.banner.message().startswith("program:")
    # what was refused, in words (not the key "bad_call" the app reads)
    assert lesson.banner.message() == "program: unknown method 'system'"
    assert lesson.view.graph_view.node_names() == before
    type_into(qtbot, lesson.view.program_edit, "loss = (x * y).sum()")
    assert lesson.banner.message() == ""


def test_a_program_with_a_full_width_comma_says_which_to_type(lesson, qtbot):
    """A Chinese input method's '，' in the program (it said "The program cannot be used")."""
    edit = lesson.view.program_edit
    type_into(qtbot, edit, "loss = (x * y).sum()")
    edit.end(False)
    edit.insert("，")  # as an input method gives it (QTest types no key for it)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _settle_all()
    assert lesson.banner.message() == "program: '，' (col 21)"
    assert "type ','" in lesson.banner.explanation()


def test_a_leaf_name_refused_is_blamed_on_its_own_field(lesson, qtbot):
    """y renamed x (a name taken): the leaf name's field is outlined and named, not the
    program's; an emptied name says the field is empty, as every other field does."""
    second = lesson.view.leaf_rows[1].name
    assert second.text() == "y"
    type_into(qtbot, second, "x")
    assert lesson.banner.message() == "leaf name: 'x'"
    assert second.property("invalid") is True
    assert lesson.view.program_edit.property("invalid") is not True
    type_into(qtbot, second, "")
    assert lesson.banner.message() == "leaf name: The field is empty."
    assert second.property("invalid") is True
    type_into(qtbot, second, "y")
    assert lesson.banner.message() == ""
    first = lesson.view.leaf_rows[0].name  # the first renamed to the second's name
    type_into(qtbot, first, "y")
    assert lesson.banner.message() == "leaf name: 'y'"
    assert first.property("invalid") is True and second.property("invalid") is not True
    type_into(qtbot, first, "x")
    assert lesson.banner.message() == ""


def test_vector_backward_asks_for_gradient(lesson, qtbot):
    load(lesson, "vector_error")
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        (x**2).backward()
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "gradient=" in lesson.banner.explanation()
    assert lesson.view.gradient_hint.isVisible() and lesson.view.gradient_edit.isVisible()
    assert lesson.view.gradient_edit.text() == "[1.0, 1.0, 1.0]"
    # the lesson stays usable: pass gradient= and go again
    lesson.view.gradient_check.setChecked(True)
    lesson.view.gradient_edit.setText("[1.0, 0.5, 2.0]")
    click(qtbot, lesson.view.backward_button)
    assert lesson.banner.message() == ""
    (x**2).backward(torch.tensor([1.0, 0.5, 2.0]))
    assert leaf_grad_text(lesson, "x") == short_value(lesson.result().tensor("x").grad)
    np.testing.assert_allclose(lesson.result().tensor("x").grad.values, x.grad.numpy())
    assert "y.backward(torch.tensor([1.0, 0.5, 2.0]))" in lesson.code_pane.code_text()


def test_scalar_output_hides_gradient_field(lesson):
    load(lesson, "scalar")
    assert not lesson.view.gradient_edit.isVisible()
    assert leaf_grad_text(lesson, "x") == "2."


def test_backward_n_times_accumulates_then_zero(lesson, qtbot):
    load(lesson, "mean")
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    (x**2).mean().backward()
    one = x.grad.clone()
    click(qtbot, lesson.view.reset_button)
    assert leaf_grad_text(lesson, "x") == "None"
    lesson.view.times_spin.setValue(3)
    lesson.view.fresh_check.setChecked(True)
    lesson.view.zero_first_check.setChecked(False)
    click(qtbot, lesson.view.repeat_button)
    np.testing.assert_allclose(lesson.result().tensor("x").grad.values, 3 * one.numpy(), 1e-6)
    history = lesson.view.history_label.text().splitlines()
    assert len(history) == 3
    for k, line in enumerate(history, start=1):
        assert line.startswith(f"#{k}: x.grad = ")
    torch.testing.assert_close(
        torch.tensor(lesson.result().history[1].grads[0][1].values, dtype=torch.float32),
        2 * one,
    )
    click(qtbot, lesson.view.zero_button)
    assert leaf_grad_text(lesson, "x") == "[0., 0., 0.]"
    click(qtbot, lesson.view.forward_button)
    click(qtbot, lesson.view.backward_button)
    np.testing.assert_allclose(lesson.result().tensor("x").grad.values, one.numpy(), 1e-6)
    assert leaf_grad_text(lesson, "x") == short_value(lesson.result().tensor("x").grad)


def test_second_backward_is_explained_for_any_program(lesson, qtbot):
    """The explanation named "x for x ** 2" under z = x * y, a program without it."""
    load(lesson, "vectors")
    assert lesson.state.program == "z = x * y; loss = z.sum()"
    click(qtbot, lesson.view.backward_button)
    assert "backward through the graph a second time" in lesson.banner.message()
    explanation = lesson.banner.explanation()
    assert "retain_graph=True" in explanation and "**" not in explanation


def test_second_backward_needs_retain_graph(lesson, qtbot):
    load(lesson, "scalar")
    click(qtbot, lesson.view.backward_button)
    x = torch.tensor(1.0, requires_grad=True)
    y = x**2
    y.backward()
    with pytest.raises(RuntimeError) as info:
        y.backward()
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "retain_graph" in lesson.banner.explanation()
    assert leaf_grad_text(lesson, "x") == "2."  # the failed call changed nothing
    # usable again: start over, keep the graph, backward twice
    click(qtbot, lesson.view.reset_button)
    assert lesson.banner.message() == ""
    lesson.view.retain_check.setChecked(True)
    click(qtbot, lesson.view.backward_button)
    click(qtbot, lesson.view.backward_button)
    assert lesson.banner.message() == ""
    assert leaf_grad_text(lesson, "x") == "4."
    assert "y.backward(retain_graph=True)" in lesson.code_pane.code_text()


def test_freed_preset_and_accumulate_preset(lesson):
    load(lesson, "freed")
    assert "backward through the graph a second time" in lesson.banner.message()
    load(lesson, "accumulate")
    assert lesson.banner.message() == ""
    assert leaf_grad_text(lesson, "x") == "[4., 6., 12.6]"
    load(lesson, "zero_grad")
    assert leaf_grad_text(lesson, "x") == "[1.333, 2., 4.2]"


def test_inplace_on_leaf_error_and_lesson_goes_on(lesson, qtbot):
    load(lesson, "vectors")
    lesson.view.leaf_combo.setCurrentIndex(lesson.view.leaf_combo.findData("y"))
    click(qtbot, lesson.view.inplace_button)
    t = torch.tensor([1.0], requires_grad=True)
    with pytest.raises(RuntimeError) as info:
        t += 1
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "no_grad" in lesson.banner.explanation()
    click(qtbot, lesson.view.forward_button)
    assert lesson.banner.message() == ""
    click(qtbot, lesson.view.backward_button)
    assert leaf_grad_text(lesson, "x") == "[8., 10., 12.]"  # accumulated over two calls


def test_grad_of_tensor_that_does_not_require_it(lesson, qtbot):
    load(lesson, "no_requires_grad")
    t = torch.tensor([1.0])
    with pytest.raises(RuntimeError) as info:
        t.sum().backward()
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert lesson.view.graph_view.node_names() == []
    assert "no leaf has requires_grad=True" in lesson.view.graph_view.note()
    lesson.view.leaf_rows[0].requires_grad.setChecked(True)  # -> a graph appears
    lesson.settle()
    assert lesson.banner.message() == ""
    assert "PowBackward0" in lesson.view.graph_view.node_names()


@pytest.mark.parametrize("key", ["no_grad", "decorator", "set_grad_enabled"])
def test_grad_modes_build_no_graph(lesson, key):
    load(lesson, key)
    assert lesson.view.graph_view.node_names() == []
    assert lesson.view.graph_view.note().startswith("No graph")
    assert "requires_grad=False" in lesson.view.graph_view.tensor_text("y")
    assert "y.requires_grad: False" in lesson.code_pane.output_text()
    assert torch.is_grad_enabled()


def test_mode_combo_switches_recording(lesson):
    lesson.view.mode_combo.setCurrentIndex(lesson.view.mode_combo.findData("no_grad"))
    lesson.settle()
    assert lesson.view.graph_view.node_names() == []
    assert "with torch.no_grad():" in lesson.code_pane.code_text()
    lesson.view.mode_combo.setCurrentIndex(lesson.view.mode_combo.findData("grad"))
    lesson.settle()
    assert "MulBackward0" in lesson.view.graph_view.node_names()


def test_detach_shares_memory(lesson, qtbot):
    load(lesson, "detach")
    result = lesson.result()
    assert result.tensor("x_d").data_ptr == result.tensor("x").data_ptr
    assert "x: tensor([2., 3., 4.], requires_grad=True)" in lesson.code_pane.output_text()
    assert "shares x's memory" in lesson.view.graph_view.tensor_text("x_d")
    click(qtbot, lesson.view.backward_button)
    assert "modified by an inplace operation" in lesson.banner.message()
    assert "version counter" in lesson.banner.explanation()


def test_leaf_editing(lesson, qtbot):
    load(lesson, "float64")
    assert "dtype=torch.float64" in lesson.code_pane.code_text()
    assert leaf_grad_text(lesson, "x1") == "10."
    type_into(qtbot, lesson.view.leaf_rows[0].value, "[1.0,")
    assert lesson.banner.message().startswith("value of x1")
    type_into(qtbot, lesson.view.leaf_rows[0].value, "2.0")
    assert lesson.banner.message() == ""
    click(qtbot, lesson.view.backward_button)
    assert leaf_grad_text(lesson, "x1") == "4."
    click(qtbot, lesson.view.add_leaf_button)
    assert lesson.view.leaf_rows[2].name.isVisible()
    assert "w" in [t.name for t in lesson.result().tensors]
    assert "(leaf tensor)" in lesson.view.graph_view.tensor_text("w")
    click(qtbot, lesson.view.remove_leaf_button)
    assert "w" not in [t.name for t in lesson.result().tensors]


def test_edge_hover_shows_chain_rule_in_large_label(lesson):
    view = lesson.view.graph_view
    result = lesson.result()
    i = next(
        k for k, e in enumerate(result.edges)
        if result.nodes[e.source].name == "MulBackward0" and e.input_nr == 1
    )  # fmt: skip
    view.edge_items[i].set_hovered(True)
    text = lesson.view.chain_label.text()
    assert "Gradient passed along this edge to AccumulateGrad: [1., 2., 3.]" in text
    view.edge_items[i].set_hovered(False)
    assert "Hover an edge" in lesson.view.chain_label.text()


def test_snippets_run_as_shown(lesson, qtbot):
    default = lesson.snippet()
    load(lesson, "freed")
    click(qtbot, lesson.view.zero_button)
    click(qtbot, lesson.view.inplace_button)  # ends in an error state
    assert lesson.banner.message()
    error_state = lesson.snippet()
    assert "except Exception as e:" in error_state.code
    assert_prints_output([default, error_state])


def test_every_preset_loads(lesson):
    for p in graph.PRESETS:
        load(lesson, p.key)
        assert lesson.result().snippet == lesson.snippet()
        assert lesson.snippet().output
        assert lesson.view.preset_note.text()
        assert lesson.view.preset_combo.currentText() != p.key  # a translated title, not the key


def test_language_and_theme(lesson):
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert lesson.view.backward_button.text() == "backward()"
        assert lesson.view.preset_box.title() != "Example from the course"
        assert lesson.view.leaves_box.title() == "叶子张量"
    finally:
        i18n.set_language(app, "en")
    QApplication.processEvents()
    assert lesson.view.preset_box.title() == "Example from the course"
    lesson.apply_theme(make_theme("contrast", 200))
    assert lesson.view.graph_view.node_names()


def test_quick_clicks_replay_in_order_and_stale_pictures_are_dropped(lesson, qtbot, monkeypatch):
    load(lesson, "scalar")
    click(qtbot, lesson.view.reset_button)
    lesson.view.retain_check.setChecked(True)
    painted = []
    original = lesson.view.graph_view.set_result
    monkeypatch.setattr(
        lesson.view.graph_view,
        "set_result",
        lambda r, note="": (painted.append(r), original(r, note)),
    )
    for _ in range(3):  # no event processing in between: the results queue up
        qtbot.mouseClick(lesson.view.backward_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert len(painted) == 1  # two stale results were dropped
    assert lesson.result().backward_calls == 3
    assert leaf_grad_text(lesson, "x") == "6."
    assert lesson.banner.message() == ""
    assert torch.is_grad_enabled()


def test_lesson_dropped_by_python_does_not_crash():
    # a lambda capturing the lesson, connected to a child's signal, once made Python's
    # garbage collection delete a shared QObject and crash the interpreter
    code = (
        "import gc, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from tensorviz.ui.app import make_application\n"
        "from tensorviz.ui import lessons\n"
        "from tensorviz.ui.theme import make_theme\n"
        "app = make_application(['t'])\n"
        "for _ in range(5):\n"
        "    lesson = lessons.build('autograd', make_theme('light'))\n"
        "    del lesson\n"
        "gc.collect()\n"
        "lesson = lessons.build('autograd', make_theme('light'))\n"
        "lesson.show()\n"
        "app.processEvents()\n"
        "print('ok')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout == "ok\n"


def test_enter_in_gradient_field_runs_backward(lesson, qtbot):
    load(lesson, "vector_gradient")
    assert lesson.view.gradient_check.isChecked()
    click(qtbot, lesson.view.forward_button)  # the first backward freed the graph
    type_into(qtbot, lesson.view.gradient_edit, "[0.0, 1.0, 0.0]")
    assert lesson.result().backward_calls == 2
    assert lesson.banner.message() == ""
    assert leaf_grad_text(lesson, "x") == "[2., 8., 6.]"  # [2, 4, 6] + [0, 4, 0]


def test_output_that_is_the_leaf_itself(lesson, qtbot):
    load(lesson, "scalar")
    type_into(qtbot, lesson.view.program_edit, "y = x")
    assert lesson.view.graph_view.node_names() == []
    assert "is a leaf itself" in lesson.view.graph_view.note()
    click(qtbot, lesson.view.backward_button)
    assert lesson.banner.message() == ""
    assert leaf_grad_text(lesson, "x") == "1."


# -- the lesson as a State -------------------------------------------------------------------
def test_an_edited_example_is_custom(lesson, qtbot):
    from tensorviz.ui.lessons.autograd.state import CUSTOM

    load(lesson, "mean")
    assert lesson.state.preset == "mean"
    assert lesson.view.preset_note.isVisible()
    type_into(qtbot, lesson.view.program_edit, "y = x ** 3; loss = y.sum()")
    assert lesson.state.preset == CUSTOM and lesson.state.steps == ()
    assert lesson.view.preset_combo.currentText() == "custom"
    assert not lesson.view.preset_note.isVisible()
    app = QCoreApplication.instance()
    i18n.set_language(app, "zh_CN")
    try:
        QApplication.processEvents()
        assert lesson.view.preset_combo.currentText() == "自定义"
    finally:
        i18n.set_language(app, "en")


def test_refused_input_never_becomes_state_and_is_outlined(lesson, qtbot):
    before = lesson.state
    edit = lesson.view.leaf_rows[1].value
    type_into(qtbot, edit, "[4.0, oops]")
    assert lesson.state == before
    assert lesson.banner.message().startswith("value of y")
    assert edit.property("invalid") and edit.text() == "[4.0, oops]"  # kept, to fix
    lesson.view.retain_check.setChecked(True)  # a toggle keeps the refusal on screen
    assert lesson.banner.message().startswith("value of y") and edit.text() == "[4.0, oops]"
    type_into(qtbot, lesson.view.program_edit, "z = x * y; loss = z.mean()")  # accepted
    assert not edit.property("invalid")
    assert edit.text() == "[4.0, 5.0, 6.0]"  # the state's value again
    assert lesson.banner.message() == ""
    assert lesson.state.program == "z = x * y; loss = z.mean()"


def test_how_it_is_shown_changes_without_replaying(lesson, qtbot, monkeypatch):
    runs = []
    original = graph.run
    monkeypatch.setattr(graph, "run", lambda spec: (runs.append(spec), original(spec))[1])
    view = lesson.view
    view.retain_check.setChecked(True)
    view.times_spin.setValue(5)
    view.leaf_combo.setCurrentIndex(view.leaf_combo.findData("y"))
    view.graph_view.edge_items[0].set_hovered(True)
    click(qtbot, view.zoom_in_button)
    lesson.settle()
    state = lesson.state
    assert (state.retain_graph, state.times, state.leaf, state.edge) == (True, 5, "y", 0)
    assert state.zoom == pytest.approx(view.graph_view.zoom())
    click(qtbot, view.fit_button)
    assert lesson.state.zoom == 0.0
    assert runs == []
    click(qtbot, view.backward_button)  # a step: replayed once
    assert len(runs) == 1 and lesson.state.steps[-1].retain_graph


def test_start_over_then_the_same_click_is_the_state_already_drawn(lesson, qtbot, monkeypatch):
    runs = []
    original = graph.run
    monkeypatch.setattr(graph, "run", lambda spec: (runs.append(spec), original(spec))[1])
    drawn = lesson.result()
    qtbot.mouseClick(lesson.view.reset_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(lesson.view.backward_button, Qt.MouseButton.LeftButton)
    lesson.settle()
    assert lesson.state == lesson.State()
    assert lesson.result() is drawn  # the replay of the story without backward was dropped
    assert leaf_grad_text(lesson, "x") == "[4., 5., 6.]"


def test_a_leaf_torch_cannot_make_is_a_state_with_torchs_error(lesson, qtbot):
    view = lesson.view
    view.leaf_rows[0].dtype.setCurrentIndex(view.leaf_rows[0].dtype.findData("int64"))
    lesson.settle()
    assert lesson.state.leaves[0].dtype == "int64"
    with pytest.raises(RuntimeError) as info:
        torch.tensor([1, 2], requires_grad=True)
    assert lesson.banner.message() == f"RuntimeError: {info.value}"
    assert "floating point" in lesson.banner.explanation()
    assert view.graph_view.node_names() == [] and not view.gradient_edit.isVisible()
    assert lesson.snippet().output == f"RuntimeError: {info.value}\n"
    assert_prints_output([lesson.snippet()])


def test_too_many_steps_are_refused(lesson, qtbot):
    lesson.set_state(lesson.state.replace(steps=(graph.Step("zero"),) * graph.MAX_STEPS))
    lesson.settle()
    before = lesson.state
    click(qtbot, lesson.view.zero_button)
    assert lesson.state == before
    assert lesson.banner.message() == "Too many steps"
    click(qtbot, lesson.view.reset_button)
    assert lesson.state.steps == () and lesson.banner.message() == ""


def test_a_state_from_json_is_the_one_clicked_to(lesson, qtbot, theme):
    load(lesson, "vector_gradient")
    type_into(qtbot, lesson.view.gradient_edit, "[0.0, 1.0, 0.0]")
    lesson.view.leaf_combo.setCurrentIndex(0)
    clicked = lesson.state
    other = lessons.build("autograd", theme)
    qtbot.addWidget(other)
    other.set_state(lesson.State.from_json(clicked.to_json()))
    other.settle()
    assert other.state == clicked
    assert other.snippet() == lesson.snippet()
    assert other.view.gradient_edit.text() == "[0.0, 1.0, 0.0]"
    assert other.view.history_label.text() == lesson.view.history_label.text()


# -- facts for course questions ---------------------------------------------------------------
def flat(t: torch.Tensor) -> list[float]:
    return [float(v) for v in t.detach().reshape(-1).tolist()]


def test_facts_are_the_values_grads_and_flags_of_torchs_tensors(lesson):
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
    z = x * y
    loss = z.sum()
    loss.backward()
    facts = lesson.facts()
    for name, t in (("x", x), ("y", y), ("z", z)):
        assert [facts[f"{name}[{i}]"] for i in range(3)] == flat(t)
        assert facts[f"is_leaf_{name}"] is t.is_leaf
        assert facts[f"requires_grad_{name}"] is t.requires_grad
    assert facts["loss"] == loss.item() == 32.0 and facts["is_leaf_loss"] is False
    assert [facts[f"x.grad[{i}]"] for i in range(3)] == flat(x.grad)
    assert [facts[f"y.grad[{i}]"] for i in range(3)] == flat(y.grad)
    assert "z.grad[0]" not in facts  # torch keeps no .grad for a non-leaf
    assert facts["raises"] is None and facts["output"] == lesson.snippet().output


def test_a_scalar_grad_is_one_number(lesson):
    load(lesson, "scalar")
    x = torch.tensor(1.0, requires_grad=True)
    (x**2).backward()
    facts = lesson.facts()
    assert facts["x.grad"] == float(x.grad) == 2.0 and facts["x"] == 1.0
    load(lesson, "float64")
    x1 = torch.tensor(5.0, requires_grad=True, dtype=torch.float64)
    x2 = torch.tensor(3.0, requires_grad=True, dtype=torch.float64)
    (x1**2 + 2 * x2 + 7).backward()
    facts = lesson.facts()
    assert (facts["x1.grad"], facts["x2.grad"]) == (float(x1.grad), float(x2.grad))


def test_detach_facts_say_x_changed_too(lesson):
    load(lesson, "detach")
    x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
    x_d = x.detach()
    x_d += 1
    facts = lesson.facts()
    assert [facts[f"x[{i}]"] for i in range(3)] == flat(x) == [2.0, 3.0, 4.0]
    assert facts["requires_grad_x_d"] is False and facts["is_leaf_x_d"] is True
    assert facts["requires_grad_x"] is True


@pytest.mark.parametrize("key", ["no_grad", "decorator", "set_grad_enabled"])
def test_no_grad_facts(lesson, key):
    load(lesson, key)
    facts = lesson.facts()
    x = torch.tensor(10.5, requires_grad=True)
    with torch.no_grad():
        y = x**2 + 2 * x + 3
    assert facts["requires_grad_y"] is y.requires_grad is False
    assert facts["requires_grad_x"] is True and facts["y"] == float(y)


def test_accumulated_and_zeroed_grads_are_torchs(lesson):
    x = torch.tensor([1.0, 2.0, 5.3], requires_grad=True)
    for _ in range(3):
        (x**2 + 2 * x + 7).mean().backward()
    load(lesson, "accumulate")
    assert [lesson.facts()[f"x.grad[{i}]"] for i in range(3)] == flat(x.grad)
    x.grad.zero_()
    (x**2 + 2 * x + 7).mean().backward()
    load(lesson, "zero_grad")
    assert [lesson.facts()[f"x.grad[{i}]"] for i in range(3)] == flat(x.grad)
    load(lesson, "freed")
    assert lesson.facts()["raises"].type_name == "RuntimeError"


def test_a_tensor_named_output_does_not_hide_the_printed_output(lesson, qtbot):
    lesson.set_state(lesson.state.with_definition(program="output = (x * y).sum()"))
    lesson.settle()
    facts = lesson.facts()
    assert facts["output"] == lesson.snippet().output
    assert facts["is_leaf_output"] is False
