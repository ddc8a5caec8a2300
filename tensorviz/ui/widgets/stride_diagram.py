"""A tensor's logical grid above the storage it reads, joined by what the strides say.

:class:`StrideDiagram` stacks a title, a :class:`TensorGrid` (the elements, in their logical
places), a :class:`StorageStrip` (the storage, slot by slot in memory order) and an optional
footer widget, and paints over both:

- for the element in focus, a dashed line from its cell to the slot it reads, and one arc per
  dim over the strip: the jumps ``+i·stride`` that take the storage offset to that slot;
- when it moves to another tensor (``animate=True``), every element glides from its old cell to
  its new one, and, when the memory is another storage (a copy), every slot to its new place.

It is given the model's facts as data (:class:`StridePicture`: the snapshot and layout torch
reported, and where each element came from) and computes every slot, reader, jump and rectangle
itself with ``core.layout``; it never asks anyone back. The same memory has the same colour in
the grid and the strip: elements are coloured by their origin, ``band`` origins to a colour.

Signal ``focus_requested(index)``: the user pointed at an element: a cell, or a slot (its first
reader). The owner decides the focus and shows it with :meth:`StrideDiagram.show_picture`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from tensorviz.core.layout import Hop, Layout, hops, in_shape, readers_of, slot_of
from tensorviz.core.values import TensorSnapshot
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.storage_strip import StorageStrip, tone_colours
from tensorviz.ui.widgets.tensor_grid import TensorGrid

Index = tuple[int, ...]

#: Above this many elements, moving to another tensor swaps the picture instead of animating.
ANIMATE_CAP = 1024
ANIMATION_MS = 700
#: Above this many storage slots the boxes are too small for readable jump arcs.
HOPS_CAP = 256
#: Above this many slots the strip wraps onto rows and gets a share of the height.
ONE_ROW_SLOTS = 48
#: A jump arc (px at zoom 100): its ends this far above the slots, its label this far higher,
#: the label's font size (pt).
ARC_BASE, ARC_RISE, ARC_LABEL_PT = 13, 11, 8.5
#: The smallest the labels shrink to (pt) when a narrow strip cannot hold them side by side.
ARC_LABEL_MIN_PT = 6.5


def arc_room(theme: Theme) -> int:
    """The height the jump arcs take above the slots, their labels included: the strip leaves
    it between its title and its slots (px(20) left the labels over the title)."""
    label = QFontMetricsF(theme.font(ARC_LABEL_PT, bold=True)).height()
    return math.ceil(theme.px(ARC_BASE) + theme.px(ARC_RISE) + label / 2 + theme.px(2))


def hop_base(theme: Theme, a: QRectF, b: QRectF) -> float:
    """The height of a jump arc's ends, from slot ``a`` to slot ``b``: above their numbers."""
    return min(a.top(), b.top()) - theme.px(ARC_BASE)


def spread(
    centres: Sequence[float], widths: Sequence[float], left: float, right: float, gap: float
) -> list[float]:
    """Left edges for boxes of ``widths`` on one line, each wanted centred on its ``centres``
    entry, between ``left`` and ``right``: in the order of their centres, each pushed right
    past the one before (``gap`` between), then, where the last passes ``right``, back left.
    Boxes that cannot fit side by side share the overflow evenly (the caller shrinks them
    first, see :meth:`StrideDiagram.hop_label_rects`)."""
    order = sorted(range(len(centres)), key=lambda i: centres[i])
    x = [centres[i] - widths[i] / 2 for i in order]
    w = [widths[i] for i in order]
    for k in range(len(x)):
        x[k] = max(x[k], left if k == 0 else x[k - 1] + w[k - 1] + gap)
    for k in reversed(range(len(x))):
        x[k] = min(x[k], right - w[k] if k == len(x) - 1 else x[k + 1] - gap - w[k])
    if x and x[0] < left:  # wider than the line: overlap as little as possible, evenly
        over = (sum(w) + gap * (len(w) - 1) - (right - left)) / max(1, len(w) - 1)
        at = left
        for k in range(len(x)):
            x[k] = at
            at += max(0.0, w[k] + gap - over)  # never back left of the one before
    out = [0.0] * len(x)
    for k, i in enumerate(order):
        out[i] = x[k]
    return out


def colour_band(shape: tuple[int, ...]) -> int:
    """How many consecutive elements of a tensor of ``shape`` share one colour: a row (or a
    sixth of a vector), so that a transpose is seen as rows turning into columns."""
    n = math.prod(shape)
    if len(shape) >= 2:
        return max(1, shape[-1])
    return max(1, math.ceil(n / min(max(n, 1), 6)))


@dataclass(frozen=True, eq=False)
class StridePicture:
    """One tensor as core reported it. ``origin`` gives, for each element, its position (C
    order) in the tensor the colours are taken from, ``storage_origin`` the same for each
    storage slot; without them elements are coloured by value and nothing animates."""

    snapshot: TensorSnapshot | None
    layout: Layout | None
    origin: np.ndarray | None = None
    storage_origin: np.ndarray | None = None
    band: int = 1


@dataclass
class Mover:
    """One element (or storage slot) on its way from where it was drawn to where it goes.

    ``end`` is a key, ``("cell", index)`` or ``("slot", slot)``, resolved at paint time, so
    the target follows the layout while it settles; None when the element was dropped."""

    origin: int
    start: QRectF | None
    end: tuple | None
    fill: QColor
    text: str


class _Overlay(QWidget):
    """Painted over the grid and the strip: movers while animating; else the jump arcs and
    the line from the focused cell to its slot."""

    def __init__(self, diagram: StrideDiagram) -> None:
        super().__init__(diagram)
        self.setObjectName("stride_overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self._diagram = diagram

    def paintEvent(self, event) -> None:
        d = self._diagram
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if d._movers:
            self._paint_movers(painter)
            return
        arcs = d.hop_arcs()
        for a, b, _label, dim in arcs:
            self._paint_hop(painter, a, b, dim)
        link = d.link_rects()
        if link is not None:
            self._paint_link(painter, *link)
        # the labels over every line (the link crossed "+1·1"), where none hides another
        font, boxes = d._hop_label_layout(arcs)
        for (*_, label, dim), box in zip(arcs, boxes, strict=True):
            self._paint_hop_label(painter, box, font, label, dim)

    def _paint_movers(self, painter: QPainter) -> None:
        d, t = self._diagram, self._diagram._theme
        for name in d._covers:
            painter.fillRect(d._area(name), QColor(t.background))
        p = d._progress
        painter.setFont(t.font(10.5, mono=True))
        border = QPen(QColor(t.border), t.px(1))
        for m in d._movers:
            end = d._resolve(m.end) if m.end is not None else None
            if m.start is not None and end is not None:
                rect = QRectF(
                    m.start.x() + (end.x() - m.start.x()) * p,
                    m.start.y() + (end.y() - m.start.y()) * p,
                    m.start.width() + (end.width() - m.start.width()) * p,
                    m.start.height() + (end.height() - m.start.height()) * p,
                )
                painter.setOpacity(1.0)
            elif m.start is not None:  # dropped by this step (sliced away)
                rect = m.start
                painter.setOpacity(max(0.0, 1.0 - 1.6 * p))
            elif end is not None:  # appears (nothing to come from)
                rect = end
                painter.setOpacity(p)
            else:
                continue
            painter.setPen(border)
            painter.setBrush(m.fill)
            painter.drawRect(rect)
            painter.setPen(QColor(t.text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, m.text)
        painter.setOpacity(1.0)

    def _paint_link(self, painter: QPainter, cell: QRectF, slot: QRectF) -> None:
        t = self._diagram._theme
        pen = QPen(QColor(t.accent), t.px(2))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        a = QPointF(cell.center().x(), cell.bottom())
        # end above the slot's number, so the number stays readable
        b = QPointF(slot.center().x(), slot.top() - t.px(13))
        painter.drawLine(a, b)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.accent))
        r = t.px(3)
        painter.drawEllipse(a, r, r)
        painter.drawEllipse(b, r, r)

    def _hop_colour(self, dim: int) -> QColor:
        t = self._diagram._theme
        # purple, blue, vermillion, green: readable on every theme's background
        pick = (4, 0, 1, 2)[dim % 4]
        return QColor(t.series[pick] if t.name != "contrast" else t.text)

    def _paint_hop(self, painter: QPainter, a: QRectF, b: QRectF, dim: int) -> None:
        """An arc from slot ``a`` to slot ``b`` above their numbers (its label: apart)."""
        t = self._diagram._theme
        colour = self._hop_colour(dim)
        base = hop_base(t, a, b)
        x0, x1 = a.center().x(), b.center().x()
        height = t.px(ARC_RISE)
        path = QPainterPath(QPointF(x0, base))
        path.quadTo(QPointF((x0 + x1) / 2, base - 2 * height), QPointF(x1, base))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, t.px(2)))
        painter.drawPath(path)
        r = t.px(4)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x1, base + r * 0.4),
                    QPointF(x1 - r, base - 1.4 * r),
                    QPointF(x1 + r, base - 1.4 * r),
                ]
            )
        )

    def _paint_hop_label(
        self, painter: QPainter, box: QRectF, font: QFont, label: str, dim: int
    ) -> None:
        """The jump ``+i·stride`` in a box of its arc's colour."""
        t = self._diagram._theme
        colour = self._hop_colour(dim)
        painter.setFont(font)
        painter.setBrush(QColor(t.background))
        painter.setPen(QPen(colour, t.px(1)))
        painter.drawRoundedRect(box, t.px(3), t.px(3))
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


class StrideDiagram(QWidget):
    """The grid (with its title line) above the strip, and a footer; see the module docstring."""

    focus_requested = Signal(object)  # Index

    def __init__(
        self, theme: Theme, footer: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stride_diagram")
        self._theme = theme
        self.grid_title = QLabel()
        self.grid_title.setObjectName("grid_title")
        set_role(self.grid_title, "small")
        self.grid_title.setWordWrap(True)
        self.grid_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.grid = TensorGrid(theme)
        # a 3x4 matrix should fill a projector, not hide: the layout gives it room to grow
        self.grid.set_max_scale(1.6, grow_hint=True)
        self.grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.strip = StorageStrip(theme)
        self.strip.set_max_scale(1.6)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.grid_title)
        # Grid and strip sit together (the line between them stays short); spare room goes
        # below, unless thousands of slots need it.
        self._box.addWidget(self.grid, 1)
        self._box.addWidget(self.strip, 0)
        if footer is not None:
            self._box.addWidget(footer, 0)
        self._box.addStretch(1)

        self._picture: StridePicture | None = None
        self._focus: Index | None = None
        self._focus_slot: int | None = None
        self._hops: tuple[Hop, ...] = ()
        self._movers: list[Mover] = []
        self._covers: tuple[str, ...] = ()
        self._progress = 1.0
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._anim.valueChanged.connect(self._on_anim_value)
        self._anim.finished.connect(self._on_anim_finished)
        self.overlay = _Overlay(self)
        self.overlay.raise_()

        self.grid.cell_hovered.connect(self._on_cell_hovered)
        self.strip.slot_hovered.connect(self._on_slot_hovered)
        # the line and the arcs follow the grid and the strip when the layout moves them
        self.grid.installEventFilter(self)
        self.strip.installEventFilter(self)
        self.apply_theme(theme)

    # -- public ----------------------------------------------------------------------------
    def show_picture(
        self,
        picture: StridePicture,
        *,
        focus: Index | None,
        animate: bool = False,
        grid_title: str = "",
        strip_title: str = "",
    ) -> None:
        """Show ``picture`` with element ``focus`` linked to its slot. Another tensor than the
        one shown glides into place with ``animate``; the same one is only refocused."""
        self.grid_title.setText(grid_title)
        previous = self._picture
        same = (
            previous is not None
            and picture.layout is previous.layout
            and picture.snapshot is previous.snapshot
        )
        if same:
            self._picture = picture
            self.strip.set_title(strip_title)
        else:
            old_cells = self._cell_rects_by_origin() if animate else {}
            old_slots = self._slot_rects_by_origin() if animate else {}
            self._anim.stop()
            self._movers = []
            self._picture = picture
            self._load(picture, strip_title)
            drawn = picture.origin
            if old_cells and drawn is not None and drawn.size <= ANIMATE_CAP:
                # memory moves too when the storage is another one (a copy, or back from one)
                same_memory = (
                    previous is not None
                    and previous.layout is not None
                    and picture.layout is not None
                    and previous.layout.storage_ptr == picture.layout.storage_ptr
                )
                self._start_animation(old_cells, {} if same_memory else old_slots)
        self._set_focus(focus)
        self.overlay.update()

    def picture(self) -> StridePicture | None:
        return self._picture

    def is_animating(self) -> bool:
        return bool(self._movers)

    def finish_animation(self) -> None:
        """Jump to the end of a running animation (screenshots, tests)."""
        if self._anim.state() == QVariantAnimation.State.Running:
            self._anim.setCurrentTime(self._anim.duration())

    def movers(self) -> list[Mover]:
        """What is on its way while animating (empty otherwise)."""
        return list(self._movers)

    def cell_rect(self, index: Index) -> QRectF | None:
        """Where the grid draws element ``index``, in this widget's coordinates."""
        rect = self.grid.cell_rect(index)
        if rect is None:
            return None
        return rect.translated(QPointF(self.grid.mapTo(self, QPoint(0, 0))))

    def slot_rect(self, slot: int) -> QRectF | None:
        """Where the strip draws storage slot ``slot``, in this widget's coordinates."""
        rect = self.strip.slot_rect(slot)
        if rect is None:
            return None
        return rect.translated(QPointF(self.strip.mapTo(self, QPoint(0, 0))))

    def hop_arcs(self) -> list[tuple[QRectF, QRectF, str, int]]:
        """The arcs drawn over the strip: (from slot, to slot, ``+i·stride``, dim)."""
        if self._movers:
            return []
        arcs = []
        for hop in self._hops:
            a, b = self.slot_rect(hop.start), self.slot_rect(hop.end)
            if a is not None and b is not None:
                arcs.append((a, b, f"+{hop.steps}·{hop.stride}", hop.dim))
        return arcs

    def hop_label_rects(self) -> list[QRectF]:
        """Where the labels of :meth:`hop_arcs` are drawn, in the same order: each over its
        arc's middle, at its row's height, pushed sideways so that no two overlap and none
        leaves the strip (narrow slots put ``+1·2`` and ``+1·1`` on top of each other)."""
        return self._hop_label_layout(self.hop_arcs())[1]

    def _hop_label_layout(
        self, arcs: list[tuple[QRectF, QRectF, str, int]]
    ) -> tuple[QFont, list[QRectF]]:
        """The labels' font and boxes for ``arcs`` (what :meth:`hop_label_rects` says and the
        overlay paints). Each label is centred over its arc's middle, at its row's height;
        labels whose heights overlap (one row of slots, or rows closer than a label, in a
        wrapped strip) share the line's width, spread out with :func:`spread`; a line that
        cannot hold them at the usual size gets a smaller one."""
        t = self._theme
        strip = QRectF(self.strip.geometry())
        left, right = strip.left() + t.px(2), strip.right() - t.px(2)
        gap = t.px(3)
        middles = [(a.center().x() + b.center().x()) / 2 for a, b, _label, _dim in arcs]
        mids = [hop_base(t, a, b) - t.px(ARC_RISE) for a, b, _label, _dim in arcs]
        size = ARC_LABEL_PT
        while True:
            font = t.font(size, bold=True)
            fm = QFontMetricsF(font)
            height = fm.height()
            widths = [fm.horizontalAdvance(label) + t.px(6) for _a, _b, label, _dim in arcs]
            lines: list[list[int]] = []  # labels that would touch if side by side
            for i in sorted(range(len(arcs)), key=lambda i: mids[i]):
                if lines and mids[i] - mids[lines[-1][-1]] < height + gap:
                    lines[-1].append(i)
                else:
                    lines.append([i])
            need = max(
                (sum(widths[i] for i in line) + gap * (len(line) - 1) for line in lines),
                default=0.0,
            )
            if need <= right - left or size <= ARC_LABEL_MIN_PT:
                break
            size = max(ARC_LABEL_MIN_PT, size - 0.5)
        boxes: list[QRectF] = [QRectF()] * len(arcs)
        for line in lines:
            xs = spread([middles[i] for i in line], [widths[i] for i in line], left, right, gap)
            for i, x in zip(line, xs, strict=True):
                boxes[i] = QRectF(x, mids[i] - height / 2, widths[i], height)
        return font, boxes

    def link_rects(self) -> tuple[QRectF, QRectF] | None:
        """The focused element's cell and its slot, joined by the dashed line."""
        if self._movers or self._focus is None or self._focus_slot is None:
            return None
        cell, slot = self.cell_rect(self._focus), self.slot_rect(self._focus_slot)
        return (cell, slot) if cell is not None and slot is not None else None

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.grid.apply_theme(theme)
        self.strip.apply_theme(theme)
        self.strip.set_headroom(arc_room(theme))
        self.overlay.update()

    # -- showing ---------------------------------------------------------------------------
    def _load(self, picture: StridePicture, strip_title: str) -> None:
        lay = picture.layout
        self.grid.set_snapshot(picture.snapshot)
        self.strip.set_layout(lay, strip_title)
        many = lay is not None and lay.storage_size > ONE_ROW_SLOTS
        # Few slots fit one row: the strip keeps its natural height. Thousands get room.
        self._box.setStretchFactor(self.grid, 3 if many else 0)
        self._box.setStretchFactor(self.strip, 2 if many else 0)
        self._box.setStretch(self._box.count() - 1, 0 if many else 1)
        if picture.origin is not None and picture.storage_origin is not None:
            self.grid.set_cell_tones(picture.origin // picture.band)
            self.strip.set_slot_tones(picture.storage_origin // picture.band)

    def _set_focus(self, focus: Index | None) -> None:
        """Outline ``focus``, the elements that read the same slot, and that slot; keep the
        slot and the jumps for the line and the arcs."""
        picture = self._picture
        lay = picture.layout if picture is not None else None
        self._focus, self._focus_slot, self._hops = None, None, ()
        self.strip.set_hover(None)
        self.strip.set_highlight_slots([])
        if lay is None or not in_shape(focus, lay.shape):
            self.grid.set_highlight({})
            return
        assert focus is not None and picture is not None
        if lay.slots is None:  # storage too big to draw: outline the element only
            drawn = picture.snapshot is not None and picture.snapshot.text is not None
            self.grid.set_highlight({focus: "accent"} if drawn else {})
            return
        slot = slot_of(lay, focus)
        readers = readers_of(lay, slot)
        self.grid.set_highlight({index: "highlight" for index in readers} | {focus: "accent"})
        self.strip.set_hover(focus)
        self.strip.set_highlight_slots([slot])
        self._focus, self._focus_slot = focus, slot
        if lay.storage_size <= HOPS_CAP:
            self._hops = hops(lay, focus)

    # -- animation -------------------------------------------------------------------------
    def _cell_rects_by_origin(self) -> dict[int, tuple[QRectF, str]]:
        p = self._picture
        if p is None or p.origin is None or p.snapshot is None or p.snapshot.text is None:
            return {}
        if p.origin.size > ANIMATE_CAP:
            return {}
        out: dict[int, tuple[QRectF, str]] = {}
        flat = p.origin.reshape(-1)
        for i, index in enumerate(np.ndindex(*p.origin.shape)):
            rect = self.cell_rect(index)
            if rect is not None:
                out[int(flat[i])] = (rect, p.snapshot.text[i])
        return out

    def _slot_rects_by_origin(self) -> dict[int, tuple[QRectF, str]]:
        p = self._picture
        if p is None or p.storage_origin is None or p.layout is None:
            return {}
        texts = p.layout.storage.text
        if texts is None or p.storage_origin.size > ANIMATE_CAP:
            return {}
        out: dict[int, tuple[QRectF, str]] = {}
        for slot, origin in enumerate(p.storage_origin.tolist()):
            rect = self.slot_rect(slot)
            if rect is not None:
                out[int(origin)] = (rect, texts[slot])
        return out

    def _start_animation(
        self, old: dict[int, tuple[QRectF, str]], old_slots: dict[int, tuple[QRectF, str]]
    ) -> None:
        p = self._picture
        assert p is not None and p.origin is not None
        if p.snapshot is None or p.snapshot.text is None:
            return
        palette = tone_colours(self._theme)  # the colours the grid and the strip give them

        def fill(origin: int) -> QColor:
            return palette[(origin // p.band) % len(palette)]

        movers: list[Mover] = []
        seen: set[int] = set()
        flat = p.origin.reshape(-1).tolist()
        for i, index in enumerate(np.ndindex(*p.origin.shape)):
            origin = int(flat[i])
            seen.add(origin)
            start = old.get(origin)
            end = ("cell", tuple(int(k) for k in index))
            text = p.snapshot.text[i]
            movers.append(Mover(origin, start[0] if start else None, end, fill(origin), text))
        for origin, (rect, text) in old.items():
            if origin not in seen:
                movers.append(Mover(origin, rect, None, fill(origin), text))
        covers: tuple[str, ...] = ("grid",)
        texts = p.layout.storage.text if p.layout is not None else None
        if old_slots and p.storage_origin is not None and texts is not None:
            covers = ("grid", "strip")
            for slot, origin in enumerate(p.storage_origin.tolist()):
                start = old_slots.get(int(origin))
                movers.append(
                    Mover(
                        int(origin),
                        start[0] if start else None,
                        ("slot", slot),
                        fill(int(origin)),
                        texts[slot],
                    )
                )
        self._movers, self._covers, self._progress = movers, covers, 0.0
        self._anim.start()
        self.overlay.update()

    def _resolve(self, key: tuple) -> QRectF | None:
        """Where an animated item goes, with the current layout."""
        kind, what = key
        return self.cell_rect(what) if kind == "cell" else self.slot_rect(what)

    def _area(self, name: str) -> QRectF:
        return QRectF((self.grid if name == "grid" else self.strip).geometry())

    def _on_anim_value(self, value) -> None:
        self._progress = float(value)
        self.overlay.update()

    def _on_anim_finished(self) -> None:
        self._movers = []
        self.overlay.update()

    # -- pointing --------------------------------------------------------------------------
    def _on_cell_hovered(self, index) -> None:
        if index is not None:
            self.focus_requested.emit(tuple(int(i) for i in index))

    def _on_slot_hovered(self, slot) -> None:
        lay = self._picture.layout if self._picture is not None else None
        if slot is None or lay is None:
            return
        readers = readers_of(lay, slot)
        if readers:  # a slot no element reads leaves the focus where it is
            self.focus_requested.emit(readers[0])

    # -- Qt --------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self.overlay.update()
        return super().eventFilter(obj, event)

    def resizeEvent(self, event) -> None:
        self.overlay.setGeometry(self.rect())
        self.overlay.raise_()
        super().resizeEvent(event)
