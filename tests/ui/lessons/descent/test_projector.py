"""The line fit's landscape on a small projector at zoom: its caption whole, under the plot."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.ui.test_projector_sizes import cut_texts, settle, sideways


def test_the_landscape_caption_is_not_drawn_over_by_its_plot(projector_window):
    """The split under the plots gives the landscape its least height, which counted one
    line of its wrapped caption: at 1024x768 zoom 150 the plot drew over the caption's last
    lines ("Overshooting starts above lr = 0.04226, divergence above…", course step 78)."""
    window = projector_window
    lesson = window.select_lesson("descent")
    lesson.findChild(QPushButton, "experiment_line").click()
    settle(window)
    view = lesson.view
    assert view.landscape_box.isVisible() and view.landscape_caption.text()
    caption, plot = view.landscape_caption.geometry(), view.landscape.geometry()
    assert plot.bottom() < caption.top(), (plot, caption)
    found, _ = cut_texts(window)
    assert not [p for p in found + sideways(window) if "landscape" in p], found
