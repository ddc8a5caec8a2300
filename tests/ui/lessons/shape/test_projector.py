"""Every example and step of the shape lesson on a small projector at zoom: the picture fits.

At 1024x768 and zoom 150 the picture is 578 px wide; the refusal of "Transpose, then view
(fails)" stood its two fix buttons in one 682 px row, so the picture scrolled sideways and the
room saw the badges, torch's reason ("view() can c") and "Fix: use reshape()" cut at the right
edge; the strides of a 4-D step were 24-36 px wider than the view, and the step editor's hint
for squeeze or flatten was cut. Each example is picked and each of its steps clicked here, as
a lecturer does, in zh_CN and en: nothing may scroll sideways, be cut or be overlapped.
"""

from __future__ import annotations

import pytest

from tensorviz.ui.lessons.shape.state import PRESETS
from tests.ui.test_projector_sizes import cut_texts, settle, sideways
from tests.ui.widgets.test_stride_diagram import assert_labels_apart


def test_every_example_and_step_fits_a_small_projector_at_zoom(projector_window):
    lesson = projector_window.select_lesson("shape")
    controls = lesson.view.controls
    controls.animate_check.setChecked(False)  # the step's own picture, not one on its way
    problems: list[str] = []
    shown = 0
    for key in PRESETS:
        index = controls.preset_combo.findData(key)
        controls.preset_combo.setCurrentIndex(index)
        controls.preset_combo.activated.emit(index)  # as a click on the entry
        settle(projector_window)
        assert lesson.state.preset == key
        for step in range(controls.steps_list.count()):
            controls.steps_list.setCurrentRow(step)  # the step a lecturer clicks
            settle(projector_window)
            assert lesson.state.selected == step
            shown += 1
            found, _ = cut_texts(projector_window)
            assert_labels_apart(lesson.view.diagram)  # the jumps of its inner element
            problems += [f"{key}, step {step}: {p}" for p in sideways(projector_window) + found]
    assert shown == 26
    assert not problems, "\n".join(problems)


def test_the_jump_labels_of_course_step_47_stand_apart(projector_window):
    """Course step 47, 'Reshaping with view', at 1024x768 and zoom 150, revealed: x1 =
    x0.view(3, 2) focused on [1, 1] jumps +1·2 then +1·1 over slots a label's width apart;
    each label centred over its arc, "+1·1" hid "+1·2"."""
    window = projector_window
    window.lecture.enter(47)
    try:
        settle(window)
        window.lecture.reveal()
        settle(window)
        diagram = window.current_lesson().view.diagram
        arcs, boxes = diagram.hop_arcs(), diagram.hop_label_rects()
        assert [label for *_, label, _dim in arcs] == ["+1·2", "+1·1"]
        (a0, b0, *_), (a1, b1, *_) = arcs
        middles = [(a.center().x() + b.center().x()) / 2 for a, b in ((a0, b0), (a1, b1))]
        # centred over their arcs, the two would overlap: the case is the room's
        assert middles[1] - middles[0] < (boxes[0].width() + boxes[1].width()) / 2
        assert boxes[0].center().x() == pytest.approx(middles[0])  # the first over its arc
        assert_labels_apart(diagram)
    finally:
        window.lecture.leave()
