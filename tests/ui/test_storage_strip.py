"""StorageStrip: the slot each logical element reads, as torch reports it, and its painting."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF

from tensorviz.core.layout import layout_of
from tensorviz.ui.theme import make_theme
from tensorviz.ui.widgets.storage_strip import StorageStrip


@pytest.fixture
def strip(qtbot, theme):
    widget = StorageStrip(theme)
    qtbot.addWidget(widget)
    widget.resize(700, 160)
    widget.show()
    return widget


def _torch_slot(t: torch.Tensor, index: tuple[int, ...]) -> int:
    return t.storage_offset() + sum(i * s for i, s in zip(index, t.stride(), strict=True))


def test_transposed_matrix_reads_slots_in_column_order(strip):
    t = torch.arange(12).reshape(3, 4).t()
    strip.set_layout(layout_of(t), "x")
    assert strip.slot_of((1, 0)) == 1
    assert strip.slot_of((0, 1)) == 4
    assert strip.readers_of(4) == [(0, 1)]
    strip.grab()


def test_slice_leaves_unread_slots_and_offset(strip):
    t = torch.arange(12).reshape(3, 4)[1:, ::2]
    strip.set_layout(layout_of(t))
    assert t.storage_offset() == 4
    assert strip.readers_of(0) == []
    assert strip.readers_of(4) == [(0, 0)]
    assert strip.readers_of(6) == [(0, 1)]
    assert strip.readers_of(5) == []
    strip.grab()


def test_stride_zero_expanded_view_has_many_readers(strip):
    t = torch.tensor([10, 20, 30]).expand(4, 3)
    lay = layout_of(t)
    assert lay.stride == (0, 1)
    strip.set_layout(lay)
    assert strip.readers_of(1) == [(0, 1), (1, 1), (2, 1), (3, 1)]
    assert strip.slot_of((3, 2)) == 2
    assert "stride 0" in strip._footer()
    strip.grab()


def test_geometry_hit_test_round_trip(strip):
    strip.set_layout(layout_of(torch.arange(24).reshape(2, 3, 4)))
    for slot in (0, 5, 23):
        rect = strip.slot_rect(slot)
        assert rect is not None
        assert strip.slot_at(rect.center()) == slot
    assert strip.slot_at(QPointF(-5, -5)) is None


def test_hover_outlines_the_slot_of_the_element(strip):
    t = torch.arange(6).reshape(2, 3).t()
    strip.set_layout(layout_of(t))
    strip.set_hover((2, 1))
    assert strip.hovered_slot() == 5
    strip.set_hover(None)
    assert strip.hovered_slot() is None


def test_mouse_over_a_slot_emits_it(strip, qtbot):
    strip.set_layout(layout_of(torch.arange(8)))
    rect = strip.slot_rect(3)
    with qtbot.waitSignal(strip.slot_hovered) as blocker:
        qtbot.mouseMove(strip, rect.center().toPoint())
    assert blocker.args == [3]


def test_big_storage_is_summarised(strip):
    lay = layout_of(torch.zeros(70, 70))
    assert lay.slots is None
    strip.set_layout(lay)
    with pytest.raises(LookupError):
        strip.slot_of((0, 0))
    strip.grab()


def test_tones_and_themes(strip):
    strip.set_layout(layout_of(torch.arange(4)))
    strip.set_slot_tones(np.array([0, 0, 1, 1]))
    assert strip._fill(0) == strip._fill(1)
    assert strip._fill(1) != strip._fill(2)
    for name, zoom in (("dark", 100), ("contrast", 200), ("light", 50)):
        strip.apply_theme(make_theme(name, zoom))
        strip.grab()


def test_4096_slots_fit_the_widget(strip):
    strip.resize(800, 300)
    strip.set_layout(layout_of(torch.arange(4096).reshape(8, 8, 8, 8).permute(3, 1, 2, 0)))
    last = strip.slot_rect(4095)
    assert last is not None and last.bottom() <= strip.height()
    strip.grab()


@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=4),
    data=st.data(),
)
def test_slots_equal_torch_for_permuted_sliced_tensors(qtbot, shape, data):
    strip = StorageStrip(make_theme("light"))
    qtbot.addWidget(strip)
    t = torch.arange(int(np.prod(shape))).reshape(shape)
    perm = data.draw(st.permutations(range(len(shape))))
    t = t.permute(*perm)
    step = data.draw(st.integers(1, 3))
    t = t[..., ::step]
    strip.set_layout(layout_of(t))
    for index in np.ndindex(*t.shape):
        assert strip.slot_of(index) == _torch_slot(t, index)
        assert index in strip.readers_of(_torch_slot(t, index))


def test_headroom_and_growth(strip):
    strip.resize(900, 200)
    strip.set_layout(layout_of(torch.arange(6)))
    before = strip.slot_rect(0)
    strip.set_headroom(30)
    moved = strip.slot_rect(0)
    assert moved.top() == pytest.approx(before.top() + 30)
    strip.resize(900, 300)
    strip.set_max_scale(1.6)
    grown = strip.slot_rect(0)
    assert grown.width() > moved.width()
    assert strip.slot_at(grown.center()) == 0
    assert strip.minimumSizeHint().height() <= strip.sizeHint().height()
