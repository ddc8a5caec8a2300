"""StrideDiagram: given torch's facts as data, it links the focused element to the slot it reads,
draws the jumps of the slot formula, colours the same memory alike and animates between tensors."""

from __future__ import annotations

import pytest
import torch
from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QFontMetrics

from tensorviz.core.layout import layout_of
from tensorviz.core.shape import Start, Step, compute_chain
from tensorviz.core.values import snapshot
from tensorviz.ui.widgets.stride_diagram import (
    StrideDiagram,
    StridePicture,
    colour_band,
    spread,
)


def pictures(shape, *steps):
    chain = compute_chain(Start(shape), steps)
    band = colour_band(shape)
    return [
        StridePicture(r.snapshot, r.layout, r.origin, r.storage_origin, band) for r in chain.results
    ]


@pytest.fixture
def diagram(qtbot, theme):
    widget = StrideDiagram(theme)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_focused_element_is_linked_to_its_slot_by_the_strides(diagram):
    _x0, x1 = pictures((3, 4), Step("t"))
    diagram.show_picture(x1, focus=(3, 1), grid_title="x1", strip_title="storage")
    assert diagram.grid_title.text() == "x1"
    assert diagram.strip.hovered_slot() == 7  # 0 + 3·1 + 1·4
    arcs = diagram.hop_arcs()
    assert [(label, dim) for *_, label, dim in arcs] == [("+3·1", 0), ("+1·4", 1)]
    # the arcs chain from the offset's slot to the element's slot
    assert arcs[0][0] == diagram.slot_rect(0) and arcs[0][1] == diagram.slot_rect(3)
    assert arcs[1][0] == diagram.slot_rect(3) and arcs[1][1] == diagram.slot_rect(7)
    cell, slot = diagram.link_rects()
    assert cell == diagram.cell_rect((3, 1)) and slot == diagram.slot_rect(7)
    # refocusing the same tensor moves only the link
    diagram.show_picture(x1, focus=(0, 0))
    assert diagram.hop_arcs() == [] and diagram.strip.hovered_slot() == 0
    diagram.show_picture(x1, focus=None)
    assert diagram.link_rects() is None and diagram.strip.hovered_slot() is None


def test_every_element_that_reads_the_slot_is_outlined(diagram):
    # an expanded view: stride 0, both rows read the same three slots
    expanded = torch.tensor([1.0, 2.0, 3.0]).expand(2, 3)
    picture = StridePicture(snapshot(expanded), layout_of(expanded))
    diagram.show_picture(picture, focus=(1, 2))
    assert diagram.grid._highlight == {(0, 2): "highlight", (1, 2): "accent"}
    assert diagram.strip.hovered_slot() == 2


def test_the_same_memory_has_the_same_colour_in_grid_and_strip(diagram):
    _x0, x1 = pictures((3, 4), Step("t"))
    diagram.show_picture(x1, focus=None)
    image = diagram.grab().toImage()
    ratio = diagram.devicePixelRatioF()

    def colour(rect) -> QColor:
        corner = rect.topLeft() + (rect.bottomRight() - rect.topLeft()) * 0.15
        return image.pixelColor(QPoint(round(corner.x() * ratio), round(corner.y() * ratio)))

    seen = set()
    for i in range(4):
        for j in range(3):
            slot = i * 1 + j * 4  # x1 = x0.t(): strides (1, 4)
            cell = colour(diagram.cell_rect((i, j)))
            assert cell == colour(diagram.slot_rect(slot)), (i, j)
            seen.add(cell.name())
    assert len(seen) == 3  # one colour per row of x0, now a column of x1


def test_pointing_at_a_cell_or_a_slot_asks_for_that_element(diagram, qtbot):
    _x0, x1 = pictures((4, 6), Step("index", (slice(1, None), slice(None, None, 2))))
    diagram.show_picture(x1, focus=(0, 0))
    asked = []
    diagram.focus_requested.connect(asked.append)
    qtbot.mouseMove(diagram.grid, diagram.grid.cell_rect((2, 1)).center().toPoint())
    assert asked == [(2, 1)]
    # slot 14 is read by x1[1, 1] (offset 6, strides 6 and 2)
    qtbot.mouseMove(diagram.strip, diagram.strip.slot_rect(14).center().toPoint())
    assert asked == [(2, 1), (1, 1)]
    qtbot.mouseMove(diagram.strip, diagram.strip.slot_rect(0).center().toPoint())
    assert asked == [(2, 1), (1, 1)]  # slot 0 is sliced away: no element to point at


def test_moving_to_another_tensor_animates_and_ends_in_place(diagram, qtbot):
    x0, x1 = pictures((3, 4), Step("t"))
    diagram.show_picture(x0, focus=(1, 2))
    diagram.show_picture(x1, focus=(1, 2), animate=True)
    assert diagram.is_animating()
    assert diagram.hop_arcs() == [] and diagram.link_rects() is None  # hidden while moving
    cells = [m for m in diagram.movers() if m.end and m.end[0] == "cell"]
    assert len(cells) == 12
    # x1[3, 0] is x0's element 3, which started in x0's cell (0, 3)
    mover = next(m for m in cells if m.end == ("cell", (3, 0)))
    assert mover.origin == 3 and mover.text == "3"
    # a view of the same memory: the slots stay where they are
    assert not [m for m in diagram.movers() if m.end and m.end[0] == "slot"]
    qtbot.waitUntil(lambda: not diagram.is_animating(), timeout=3000)
    assert diagram.link_rects() is not None
    diagram.show_picture(x1, focus=(0, 0), animate=True)  # the same tensor: no animation
    assert not diagram.is_animating()
    diagram.show_picture(x0, focus=(0, 0), animate=False)
    assert not diagram.is_animating()


def test_a_copy_moves_the_memory_too(diagram):
    _x0, x1, x2 = pictures((3, 4), Step("t"), Step("contiguous"))
    diagram.show_picture(x1, focus=None)
    before = diagram.slot_rect(4)
    diagram.show_picture(x2, focus=None, animate=True)
    slots = [m for m in diagram.movers() if m.end and m.end[0] == "slot"]
    assert len(slots) == 12
    # slot 1 of the copy holds x0's element 4, which sat in slot 4 of the old storage
    mover = next(m for m in slots if m.end == ("slot", 1))
    assert mover.origin == 4 and mover.text == "4" and mover.start == before
    diagram.finish_animation()
    assert not diagram.is_animating()


def test_big_storages_keep_the_focus_without_arcs(diagram):
    _x0, x1 = pictures((64, 128), Step("index", (slice(1, 3), slice(None, None, 32))))
    assert x1.layout.slots is None and x1.snapshot.text is not None
    diagram.show_picture(x1, focus=(1, 2))
    assert diagram.grid._highlight == {(1, 2): "accent"}
    assert diagram.hop_arcs() == [] and diagram.link_rects() is None
    _x0, p = pictures((8, 8, 8, 8), Step("permute", (3, 2, 1, 0)))
    diagram.show_picture(p, focus=(1, 2, 3, 4))
    assert diagram.strip.hovered_slot() == 1 + 2 * 8 + 3 * 64 + 4 * 512
    assert diagram.link_rects() is not None
    assert diagram.hop_arcs() == []  # 4,096 slots: arcs would be unreadable


def test_an_element_of_another_tensor_is_no_focus(diagram):
    x0, _x1 = pictures((3, 4), Step("t"))
    diagram.show_picture(x0, focus=(3, 1))  # (3, 1) is an element of x1, not of x0
    assert diagram.link_rects() is None and diagram.grid._highlight == {}


def test_colour_band():
    assert colour_band((3, 4)) == 4  # a row of x0
    assert colour_band((12,)) == 2  # a sixth of a vector
    assert colour_band((4,)) == 1
    assert colour_band(()) == 1


def test_theme_switch_repaints(diagram):
    from tensorviz.ui.theme import make_theme

    _x0, x1 = pictures((3, 4), Step("t"))
    diagram.show_picture(x1, focus=(1, 2))
    diagram.apply_theme(make_theme("dark", 150))
    assert not diagram.grab().isNull()
    assert diagram.strip.hovered_slot() == 9


@pytest.mark.parametrize("zoom", [100, 150])
def test_the_jump_arcs_leave_the_strip_title_alone(qtbot, zoom):
    """The arcs and their labels rise above the slots, into the room the strip leaves them,
    never over the strip's title (px(20) of room put the labels over it)."""
    from tensorviz.ui.theme import make_theme

    widget = StrideDiagram(make_theme("light", zoom))
    qtbot.addWidget(widget)
    widget.resize(430 * zoom // 100, 300 * zoom // 100)  # no spare height above the slots
    widget.show()
    qtbot.waitExposed(widget)
    _x0, x1 = pictures((3, 4), Step("t"))
    strip = widget.strip

    def title_band(focus):
        widget.show_picture(x1, focus=focus, grid_title="x1", strip_title="x1 reads these slots")
        qtbot.wait(20)
        # the title's own box (the dashed link from the cell crosses the band further right)
        corner = strip.mapTo(widget, QPoint(0, 0))
        text = QFontMetrics(strip._fonts()[2]).horizontalAdvance("x1 reads these slots")
        image = widget.grab().toImage()
        rows = range(corner.y(), corner.y() + int(strip._title_h()))
        return [image.pixel(x, y) for y in rows for x in range(corner.x() + text + 10)]

    without = title_band(None)
    with_arcs = title_band((3, 1))
    assert widget.hop_arcs(), "the focus has jumps to draw"
    assert with_arcs == without


def assert_labels_apart(widget):
    """Every jump's label whole, beside the others: none overlaps another, leaves the strip's
    sides or goes over its title, and they read left to right as their arcs do."""
    arcs, boxes = widget.hop_arcs(), widget.hop_label_rects()
    assert len(boxes) == len(arcs)
    strip = QRectF(widget.strip.geometry())
    title_bottom = strip.top() + widget.strip._title_h()
    for i, box in enumerate(boxes):
        assert box.width() > 0 and box.height() > 0
        assert strip.left() <= box.left() and box.right() <= strip.right(), box
        assert box.top() >= title_bottom, (box, title_bottom)
        for other in boxes[i + 1 :]:
            assert not box.intersects(other), (box, other)
    by_line: dict[float, list[tuple[float, float]]] = {}
    for (a, b, _label, _dim), box in zip(arcs, boxes, strict=True):
        middle = (a.center().x() + b.center().x()) / 2
        by_line.setdefault(round(box.top()), []).append((middle, box.center().x()))
    for line in by_line.values():
        assert sorted(line) == sorted(line, key=lambda pair: pair[1])


# (start shape, steps, focus): the course's view(3, 2) (two labels on neighbouring slots), a
# transpose, 3-D and 4-D tensors (a label per dim), permuted ones (the short jumps first), and
# storages that wrap onto rows (more than ONE_ROW_SLOTS)
JUMPS = {
    "view": ((2, 3), (Step("view", (3, 2)),), (1, 1)),
    "transpose": ((3, 4), (Step("t"),), (3, 1)),
    "3-D": ((2, 3, 4), (), (1, 2, 3)),
    "4-D": ((2, 2, 2, 3), (), (1, 1, 1, 2)),
    "4-D permuted": ((2, 2, 3, 2), (Step("permute", (3, 2, 1, 0)),), (1, 2, 1, 1)),
    "wrapped": ((6, 20), (Step("t"),), (19, 5)),
    "wrapped 4-D": ((2, 3, 4, 5), (Step("permute", (3, 2, 1, 0)),), (4, 3, 2, 1)),
}


@pytest.mark.parametrize("zoom", [100, 150, 200])
@pytest.mark.parametrize("case", JUMPS)
def test_the_jump_labels_never_hide_each_other(qtbot, zoom, case):
    """Course step 47 at 1024x768 and zoom 150: x1 = x0.view(3, 2) focused on [1, 1] drew
    "+1·1" over "+1·2" (each label centred over its arc, the slots narrower than a label)."""
    from tensorviz.ui.theme import make_theme

    shape, steps, focus = JUMPS[case]
    widget = StrideDiagram(make_theme("light", zoom))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    picture = pictures(shape, *steps)[-1]
    widget.show_picture(picture, focus=focus, grid_title="x1", strip_title="storage")
    for width in (578, 400, 900):  # the projector's picture, narrower, wider
        widget.resize(width * zoom // 150, 520 * zoom // 150)
        qtbot.wait(10)
        assert len(widget.hop_arcs()) == sum(1 for i in focus if i)
        assert_labels_apart(widget)


def test_labels_of_a_narrow_strip_shrink_to_fit_side_by_side(qtbot):
    """Four jumps over a strip narrower than their labels side by side (far narrower than the
    shape lesson lets it be): smaller labels, still apart."""
    from PySide6.QtWidgets import QWidget

    from tensorviz.ui.theme import make_theme

    holder = QWidget()  # a child may be narrower than its layout's minimum, a window not
    qtbot.addWidget(holder)
    widget = StrideDiagram(make_theme("light", 200), parent=holder)
    holder.resize(600, 900)
    holder.show()
    qtbot.waitExposed(holder)
    _x0, x1 = pictures((2, 2, 2, 2), Step("permute", (3, 2, 1, 0)))
    widget.show_picture(x1, focus=(1, 1, 1, 1))
    sizes = []
    for width in (560, 220):
        widget.setGeometry(0, 0, width, 900)
        qtbot.wait(10)
        assert len(widget.hop_arcs()) == 4
        assert_labels_apart(widget)
        sizes.append(widget._hop_label_layout(widget.hop_arcs())[0].pointSizeF())
    assert sizes[1] < sizes[0]


def test_spread_pushes_right_then_back_left():
    # apart already: where they are wanted
    assert spread([10, 50], [10, 10], 0, 100, 2) == [5, 45]
    # overlapping: the second pushed right past the first
    assert spread([10, 14], [10, 10], 0, 100, 2) == [5, 17]
    # past the right edge: the last back inside, the others back left before it
    assert spread([90, 95, 97], [10, 10, 10], 0, 100, 2) == [66, 78, 90]
    # past the left edge: the first inside
    assert spread([1, 3], [10, 10], 0, 100, 2) == [0, 12]
    # the order of the centres, whatever the order given
    assert spread([14, 10], [10, 10], 0, 100, 2) == [17, 5]
    # wider than the line: as little overlap as can be, shared evenly
    assert spread([5, 5, 5], [40, 40, 40], 0, 100, 2) == [0, 30, 60]
