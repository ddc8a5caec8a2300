"""Every tab of the dtype and numpy lessons on a projector at zoom 150: nothing scrolls sideways.

``test_projector_sizes`` checks each lesson's opening tab. Here every tab of the lessons whose
pictures are tabs of prose, tables and drawings: on a 1024x768 projector at zoom 150 their
pictures scrolled sideways (a wrapped caption spanned the content's width, not the view's, and
was cut mid-word; the conversions' facts, the dtype table's columns, the devices' calls, the
numpy memory strips and the dtype defaults were off to the right). A table or drawing inside
the picture that scrolls on its own (its own scroll bar) counts too, unless it says it holds
data wider than any screen (``scrolls_sideways``). Each window is built once per language.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QTabWidget

from tensorviz.ui.app import MainWindow
from tests.ui.test_projector_sizes import (
    SIZES,
    TOLERANCE,
    cut_texts,
    open_projector_window,
    settle,
    sideways,
)

ZOOM = 150
LESSONS = ("dtype", "numpy")


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def window(request, qapp):
    with open_projector_window(request.param, ZOOM) as built:
        yield built


def _inner_sideways(window: MainWindow) -> list[str]:
    """A table or other scrolling view inside the picture (scroll areas: :func:`sideways`)
    that scrolls sideways."""
    area = window.current_lesson().view.picture_area()
    found = []
    for inner in area.findChildren(QAbstractScrollArea):
        if isinstance(inner, QScrollArea):
            continue
        over = inner.horizontalScrollBar().maximum()
        if inner.isVisible() and over > TOLERANCE and not inner.property("scrolls_sideways"):
            found.append(f"{type(inner).__name__}({inner.objectName()}) scrolls by {over} px")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("key", LESSONS)
def test_no_tab_scrolls_sideways_or_cuts_text(window, key):
    window.select_lesson(key)
    tabs = window.current_lesson().view.findChild(QTabWidget, "picture_tabs")
    problems = []
    for width, height in SIZES:
        window.resize(width, height)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(window)
            where = f"{width}x{height} {tabs.tabText(index)!r}"
            found, _ = cut_texts(window)
            problems += [f"{where}: {p}" for p in found + sideways(window)]
            problems += [f"{where}: {p}" for p in _inner_sideways(window)]
    tabs.setCurrentIndex(0)
    assert not problems, "\n".join(problems)
