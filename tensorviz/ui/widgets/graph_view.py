"""Draws an autograd graph: leaf tensors, torch's grad_fn nodes, the output, detached copies.

The picture is laid out in layers automatically (a small Sugiyama-style layout: ranks by
longest path to the output, dummy points for long edges, barycentre ordering, then x
positions pulled towards neighbours without overlaps), so graphs of 2 to about 40 nodes read
top to bottom in the direction the forward pass ran: leaves at the top, the output at the
bottom. Bigger graphs scroll; Ctrl + wheel (or :meth:`zoom_by`) zooms.

Hovering an edge highlights it, shows the chain rule for it in a tool tip and emits
:attr:`GraphView.edge_hovered` so a lesson can show the same text in large type.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QWidget,
)

from tensorviz.core.graph import AutogradResult, GraphEdge, GraphNode, TensorView
from tensorviz.core.values import TensorSnapshot
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.paint import blend

translate = QCoreApplication.translate

#: Most elements written out in a box; bigger tensors show their shape.
SHOW_ELEMENTS = 8
#: The least height of the view (logical px): two rows of boxes, their text readable. At
#: 1024x768 zoom 150 in the lecture the texts around the graph left it 82 px, its boxes'
#: text 7 px high; the lesson's picture scrolls before the graph gets less.
MIN_HEIGHT = 160
#: Above this many nodes the grad_fn boxes leave out their is_leaf/requires_grad line.
COMPACT_NODES = 16
#: The least scale a fitted graph is drawn at (its smallest text about 10 px at zoom 150).
MIN_FIT = 0.55


# -- layout (pure Python, tested without painting) -----------------------------------------
@dataclass(frozen=True)
class Placed:
    """Where the layout put things: item centres and, per edge, the points it runs through."""

    centers: tuple[tuple[float, float], ...]
    routes: tuple[tuple[tuple[float, float], ...], ...]
    width: float
    height: float
    ranks: tuple[int, ...]


def layered_layout(
    sizes: list[tuple[float, float]],
    edges: list[tuple[int, int]],
    *,
    hgap: float = 40.0,
    vgap: float = 60.0,
    top: set[int] | None = None,
    beside: dict[int, int] | None = None,
) -> Placed:
    """Lay out a DAG whose ``edges`` ``(a, b)`` point downwards (a above b).

    ``top``: items to put in the top row whatever their edges; ``beside``: item -> item it
    is drawn next to (same row, right after it); such items must have no edges.
    """
    n = len(sizes)
    top = top or set()
    beside = beside or {}
    succ: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        succ[a].append(b)
    # rank: longest path down to a sink (sinks at rank 0)
    rank = [-1] * n
    for start in range(n):
        if rank[start] >= 0:
            continue
        stack = [(start, 0)]
        while stack:
            v, i = stack.pop()
            if i < len(succ[v]):
                stack.append((v, i + 1))
                w = succ[v][i]
                if rank[w] < 0:
                    stack.append((w, 0))
            else:
                rank[v] = max((rank[w] + 1 for w in succ[v]), default=0)
    max_rank = max([rank[v] for v in range(n) if v not in beside and v not in top] or [0])
    if top and edges:
        max_rank = max(max_rank, 1)
    for v in top:
        rank[v] = max_rank
    for v, anchor in beside.items():
        rank[v] = rank[anchor]
    max_rank = max(rank) if n else 0
    row_of = [max_rank - r for r in rank]  # row 0 at the top
    rows: list[list[object]] = [[] for _ in range(max_rank + 1)]
    # nodes (ints) and dummies (tuples (edge, k)) per row, in first-seen order
    for v in range(n):
        if v not in beside:
            rows[row_of[v]].append(v)
    chains: list[list[object]] = []
    for e, (a, b) in enumerate(edges):
        chain: list[object] = [a]
        for r in range(row_of[a] + 1, row_of[b]):
            d = (e, r)
            rows[r].append(d)
            chain.append(d)
        chain.append(b)
        chains.append(chain)
    up: dict[object, list[object]] = {}
    down: dict[object, list[object]] = {}
    for chain in chains:
        for u, w in itertools.pairwise(chain):
            down.setdefault(u, []).append(w)
            up.setdefault(w, []).append(u)
    # barycentre ordering, a few sweeps down and up
    pos = {item: i for row in rows for i, item in enumerate(row)}
    for sweep in range(6):
        rng = range(1, len(rows)) if sweep % 2 == 0 else range(len(rows) - 2, -1, -1)
        nbrs = up if sweep % 2 == 0 else down
        for r in rng:
            row = rows[r]

            def key(item, nbrs=nbrs):
                ns = nbrs.get(item, [])
                return sum(pos[x] for x in ns) / len(ns) if ns else pos[item]

            row.sort(key=key)
            for i, item in enumerate(row):
                pos[item] = i
    # put each 'beside' item right after its anchor
    for v, anchor in beside.items():
        row = rows[row_of[v]]
        row.insert(row.index(anchor) + 1, v)

    # x: pack left to right, then pull towards neighbours while keeping order and gaps.
    # The sweeps run on plain lists: items (nodes and dummies) are numbered row by row,
    # and each row keeps its widths, gaps and neighbour numbers (the row order is final)
    ids: dict[object, int] = {}
    for row in rows:
        for item in row:
            ids[item] = len(ids)
    widths = [sizes[item][0] if isinstance(item, int) else 2.0 for item in ids]
    is_box = [isinstance(item, int) for item in ids]
    gaps = (hgap / 8, hgap / 2, hgap)  # boxes keep hgap apart; edges may run closer
    x = [0.0] * len(ids)
    row_ids: list[list[int]] = []
    for row in rows:
        cursor = 0.0
        members = [ids[item] for item in row]
        for k in members:
            w = widths[k]
            x[k] = cursor + w / 2
            cursor += w + hgap / 2
        row_ids.append(members)

    def neighbours(links: dict[object, list[object]]) -> list[list[list[int]]]:
        """Per row, per item: the numbers of its neighbours (and of its anchor)."""
        out = []
        for row in rows:
            lists = []
            for item in row:
                ns = [ids[t] for t in links.get(item, [])]
                anchor = _anchor(item, beside)
                if anchor is not None:
                    ns.append(ids[anchor])
                lists.append(ns)
            out.append(lists)
        return out

    halves = [
        [0.0] + [(widths[a] + widths[b]) / 2 for a, b in itertools.pairwise(members)]
        for members in row_ids
    ]
    seps = [
        [0.0] + [gaps[is_box[a] + is_box[b]] for a, b in itertools.pairwise(members)]
        for members in row_ids
    ]
    nbrs_up, nbrs_down = neighbours(up), neighbours(down)
    for sweep in range(8):
        nbrs = nbrs_up if sweep % 2 == 0 else nbrs_down
        order = range(len(rows)) if sweep % 2 == 0 else range(len(rows) - 1, -1, -1)
        for r in order:
            members = row_ids[r]
            half, sep = halves[r], seps[r]
            placed = [
                sum(x[t] for t in ns) / len(ns) if ns else x[k]
                for k, ns in zip(members, nbrs[r], strict=True)
            ]
            # keep order: sweep right then left to resolve overlaps around the wishes
            for i in range(1, len(members)):
                placed[i] = max(placed[i], placed[i - 1] + half[i] + sep[i])
            for i in range(len(members) - 2, -1, -1):
                max_x = placed[i + 1] - half[i + 1]
                max_x -= sep[i + 1]
                placed[i] = min(placed[i], max_x)
            for i in range(1, len(members)):  # a final pass guarantees the gaps
                placed[i] = max(placed[i], placed[i - 1] + half[i] + sep[i])
            for k, px in zip(members, placed, strict=True):
                x[k] = px
    left = min((x[k] - widths[k] / 2 for k in range(len(x))), default=0.0)
    row_h = [max((sizes[i][1] for i in row if isinstance(i, int)), default=10.0) for row in rows]
    y_row = []
    cursor = 0.0
    for h in row_h:
        y_row.append(cursor + h / 2)
        cursor += h + vgap
    height = cursor - vgap if rows else 0.0
    centers = []
    for v in range(n):
        centers.append((x[ids[v]] - left, y_row[row_of[v]]))
    routes = []
    for chain in chains:
        pts = [
            (
                x[ids[item]] - left,
                y_row[row_of[item]] if isinstance(item, int) else y_row[item[1]],
            )
            for item in chain
        ]
        routes.append(tuple(pts))
    width = max((x[k] + widths[k] / 2 - left for k in range(len(x))), default=0.0)
    return Placed(tuple(centers), tuple(routes), width, height, tuple(row_of))


def _anchor(item: object, beside: dict[int, int]) -> int | None:
    if isinstance(item, int):
        return beside.get(item)
    return None


# -- text of boxes and tool tips -----------------------------------------------------------
def short_value(snap: TensorSnapshot | None, limit: int = SHOW_ELEMENTS) -> str:
    """A tensor's values as a short nested list (``[1., 2.]``), or its shape when large."""
    if snap is None:
        return "None"
    if snap.text is None or snap.numel > limit:
        shape = "×".join(str(s) for s in snap.shape)
        return translate("GraphView", "{0} values, shape ({1})").format(snap.numel, shape)
    if not snap.shape:
        return snap.text[0]
    items = list(snap.text)

    def nest(dims: tuple[int, ...], start: int) -> str:
        if len(dims) == 1:
            return "[" + ", ".join(items[start : start + dims[0]]) + "]"
        step = 1
        for d in dims[1:]:
            step *= d
        return "[" + ", ".join(nest(dims[1:], start + i * step) for i in range(dims[0])) + "]"

    return nest(snap.shape, 0)


def flag(value: bool) -> str:
    return "True" if value else "False"


def tensor_lines(t: TensorView, show_memory: bool = False) -> list[tuple[str, str]]:
    """(text, style) lines of a tensor box. Styles: title, value, muted, grad.

    ``show_memory`` adds the data pointer and the version counter (for detach())."""
    if t.role == "leaf":
        title = translate("GraphView", "{0}  (leaf tensor)").format(t.name)
    elif t.role == "detached":
        title = translate("GraphView", "{0} = {1}.detach()").format(t.name, t.shares_with)
    else:
        title = translate("GraphView", "{0}  (result)").format(t.name)
    lines = [(title, "title"), (short_value(t.value), "value")]
    lines.append(
        (
            f"is_leaf={flag(t.is_leaf)}  requires_grad={flag(t.requires_grad)}",
            "muted",
        )
    )
    if t.grad_fn is not None:
        lines.append((f"grad_fn=<{t.grad_fn}>", "muted"))
    if show_memory:
        lines.append((f"data_ptr()={t.data_ptr:#x}  _version={t.version}", "muted"))
    if t.role == "leaf":
        lines.append((f".grad = {short_value(t.grad)}", "grad"))
    if t.role == "detached":
        lines.append((translate("GraphView", "shares {0}'s memory").format(t.shares_with), "grad"))
    return lines


def node_lines(node: GraphNode, compact: bool = False) -> list[tuple[str, str]]:
    """Lines of a grad_fn box; ``compact`` (big graphs) leaves out is_leaf/requires_grad."""
    lines = [(node.name, "title")]
    if node.name == "AccumulateGrad":
        if node.tensor:
            lines.append(
                (translate("GraphView", "adds into {0}.grad").format(node.tensor), "muted")
            )
    elif node.tensor:
        lines.append(
            (
                translate("GraphView", "made {0} = {1}").format(
                    node.tensor, short_value(node.produced)
                ),
                "value",
            )
        )
    elif node.produced is not None:
        lines.append(
            (translate("GraphView", "made {0}").format(short_value(node.produced)), "value")
        )
    if node.produced_is_leaf is not None and not compact:
        lines.append(
            (
                f"is_leaf={flag(node.produced_is_leaf)}  "
                f"requires_grad={flag(bool(node.produced_requires_grad))}",
                "muted",
            )
        )
    if node.grad_out is not None:
        lines.append(
            (translate("GraphView", "grad arrived: {0}").format(short_value(node.grad_out)), "grad")
        )
    return lines


def edge_text(result: AutogradResult, edge: GraphEdge) -> str:
    """The chain rule along one edge, in the current language (plain text, several lines)."""
    src = result.nodes[edge.source]
    dst = result.nodes[edge.target]
    dst_name = dst.name + (f" ({dst.tensor})" if dst.tensor else "")
    lines = [
        translate("GraphView", "{0}.next_functions[{1}] = {2}").format(
            src.name, edge.input_nr, dst_name
        ),
        translate(
            "GraphView", "Local derivative ∂out/∂input {0} ({1} applied to ones): {2}"
        ).format(edge.input_nr, src.name, short_value(edge.local)),
    ]
    if edge.passed is None and edge.incoming is None:
        lines.append(
            translate(
                "GraphView",
                "No backward has run through this graph yet: press Backward to see the "
                "gradient that flows along this edge.",
            )
        )
    else:
        lines.append(
            translate("GraphView", "Gradient arriving at {0}: {1}").format(
                src.name, short_value(edge.incoming)
            )
        )
        lines.append(
            translate("GraphView", "Gradient passed along this edge to {0}: {1}").format(
                dst.name, short_value(edge.passed)
            )
        )
        lines.append(
            translate(
                "GraphView",
                "Chain rule: passed = arriving gradient times the local derivative "
                "(element by element for element-wise steps).",
            )
        )
    return "\n".join(lines)


# -- items ---------------------------------------------------------------------------------
_METRICS: dict[tuple[str, ...], QFontMetricsF] = {}


def _metrics(fonts: dict[str, QFont]) -> dict[str, QFontMetricsF]:
    """Font metrics per style, cached by font (building them is the costly part of a box)."""
    out = {}
    for style, font in fonts.items():
        key = (font.key(),)
        if key not in _METRICS:
            _METRICS[key] = QFontMetricsF(font)
        out[style] = _METRICS[key]
    return out


class _Box(QGraphicsItem):
    """A rounded box with lines of text."""

    def __init__(self, lines, fonts, colours, border, fill, dashed=False) -> None:
        super().__init__()
        self.lines = lines
        self._fonts = fonts
        self._colours = colours
        self._border = border
        self._fill = fill
        self._dashed = dashed
        self._pad = 8.0
        metrics = _metrics(fonts)
        self._heights = [metrics[style].height() for _, style in lines]
        w = max(metrics[style].horizontalAdvance(text) for text, style in lines)
        self._w = w + 2 * self._pad
        self._h = sum(self._heights) + 2 * self._pad

    def size(self) -> tuple[float, float]:
        return self._w, self._h

    def text(self) -> str:
        return "\n".join(t for t, _ in self.lines)

    def boundingRect(self) -> QRectF:
        return QRectF(-self._w / 2 - 2, -self._h / 2 - 2, self._w + 4, self._h + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._border, 2.0)
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(self._fill))
        rect = QRectF(-self._w / 2, -self._h / 2, self._w, self._h)
        painter.drawRoundedRect(rect, 8, 8)
        y = rect.top() + self._pad
        for (text, style), h in zip(self.lines, self._heights, strict=True):
            painter.setFont(self._fonts[style])
            painter.setPen(self._colours[style])
            painter.drawText(
                QRectF(rect.left() + self._pad, y, self._w - 2 * self._pad, h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += h


class _Edge(QGraphicsItem):
    """An edge through route points with an arrow head; hover highlights it."""

    def __init__(self, index, points, colour, hover_colour, width, dashed=False) -> None:
        super().__init__()
        self.index = index
        self._colour = colour
        self._hover_colour = hover_colour
        self._width = width
        self._dashed = dashed
        self.hovered = False
        self.setAcceptHoverEvents(index is not None)
        path = QPainterPath(QPointF(*points[0]))
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            mid = (y0 + y1) / 2
            path.cubicTo(QPointF(x0, mid), QPointF(x1, mid), QPointF(x1, y1))
        self._path = path
        stroker = QPainterPathStroker()
        stroker.setWidth(max(12.0, width * 5))
        self._shape = stroker.createStroke(path)
        self._rect = self._shape.boundingRect().adjusted(-4, -4, 4, 4)  # asked for often
        end = QPointF(*points[-1])
        self._head = QPolygonF(
            [end, end + QPointF(-width * 3, -width * 6), end + QPointF(width * 3, -width * 6)]
        )
        self.on_hover = None
        self.tip: Callable[[], str] | None = None  # the tool tip, built when first needed

    def tooltip_text(self) -> str:
        if self.tip is not None and not self.toolTip():
            self.setToolTip(self.tip())
        return self.toolTip()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self._hover_colour if self.hovered else self._colour
        pen = QPen(colour, self._width * (2 if self.hovered else 1))
        if self._dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(self._head)

    def set_hovered(self, on: bool) -> None:
        if on:
            self.tooltip_text()  # Qt asks for the tool tip after the hover begins
        self.hovered = on
        self.update()
        if self.on_hover is not None:
            self.on_hover(self.index if on else None)

    def hoverEnterEvent(self, event) -> None:
        self.set_hovered(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self.set_hovered(False)
        super().hoverLeaveEvent(event)


# -- the view ------------------------------------------------------------------------------
class GraphView(QGraphicsView):
    """Paints an :class:`~tensorviz.core.graph.AutogradResult`."""

    edge_hovered = Signal(object)  # edge index or None
    zoom_changed = Signal(float)  # the user zoomed (Ctrl + wheel, zoom_by): the new zoom

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graph_view")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMouseTracking(True)
        self._theme = theme
        self._result: AutogradResult | None = None
        self._note = ""
        self.node_items: list[_Box] = []  # per result.nodes
        self.tensor_items: dict[str, _Box] = {}
        self.edge_items: list[_Edge] = []  # per result.edges
        self.placed: Placed | None = None
        self._arrows = 0  # every edge drawn: the graph's, and to the leaves and the output
        self._zoom = 1.0
        self._user_zoomed = False
        self._at_top = True  # not scrolled by the user since the graph was drawn
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._on_scrolled_by_user)

    # -- public ----------------------------------------------------------------------------
    def set_result(self, result: AutogradResult | None, note: str = "") -> None:
        """Draw ``result``; ``note`` (already translated) is written above the picture."""
        self._result = result
        self._note = note
        self._rebuild()

    def result(self) -> AutogradResult | None:
        return self._result

    def node_names(self) -> list[str]:
        return [item.lines[0][0] for item in self.node_items]

    def node_text(self, index: int) -> str:
        return self.node_items[index].text()

    def tensor_text(self, name: str) -> str:
        return self.tensor_items[name].text()

    def edge_tooltip(self, index: int) -> str:
        return self.edge_items[index].tooltip_text()

    def drawn_edges(self) -> list[tuple[str, str, int]]:
        """(source node name, target node name, input_nr) of every drawn graph edge."""
        if self._result is None:
            return []
        names = self.node_names()
        return [(names[e.source], names[e.target], e.input_nr) for e in self._result.edges]

    def note(self) -> str:
        return self._note

    def counts(self) -> tuple[int, int, int]:
        """What the picture draws: grad_fn nodes' boxes, tensors' boxes, arrows."""
        return len(self.node_items), len(self.tensor_items), self._arrows

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.updateGeometry()  # its least height follows the zoom
        self._rebuild()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._theme.px(MIN_HEIGHT)))

    def zoom_by(self, factor: float) -> None:
        """Zoom as the user asked (emits :attr:`zoom_changed`)."""
        self._user_zoomed = True
        self._set_zoom(self._zoom * factor)
        self.zoom_changed.emit(self._zoom)

    def fit(self) -> None:
        self._user_zoomed = False
        self._fit()
        self._at_top = True
        self._show_top()

    def zoom(self) -> float:
        return self._zoom

    def whole_zoom(self) -> float:
        """The zoom that shows the whole graph, for Fit: 0 (the view's own fit, which follows
        resizes) where that shows it whole; else the zoom at which it does, however small.
        The view's own fit keeps a tall graph readable, as wide as the view, and scrolls: at
        1280x720, zoom 125 (course step 61) Fit changed nothing and the graph never fitted."""
        rect, room = self._scene.sceneRect(), self.maximumViewportSize()
        if rect.width() <= 0 or rect.height() <= 0:
            return 0.0
        whole = min(room.width() / rect.width(), room.height() / rect.height())
        return 0.0 if whole >= MIN_FIT else whole

    def set_zoom(self, zoom: float) -> None:
        """Show the graph at ``zoom`` (0: fit it into the view, and again on each resize)."""
        if zoom <= 0:
            if self._user_zoomed:
                self.fit()
        elif not self._user_zoomed or abs(zoom - self._zoom) > 1e-9:
            self._user_zoomed = True
            self._set_zoom(zoom)
            if self._at_top:
                self._show_top()

    def highlight_edge(self, index: int | None) -> None:
        """Draw edge ``index`` as hovered (``None``: no edge) without emitting
        :attr:`edge_hovered`: the lesson says which edge's chain rule it shows."""
        for item in self.edge_items:
            on = item.index == index
            if item.hovered != on:
                item.hovered = on
                item.update()

    # -- building --------------------------------------------------------------------------
    def _fonts(self) -> dict[str, QFont]:
        t = self._theme
        return {
            "title": t.font(10.5, bold=True),
            "value": t.font(10, mono=True),
            "muted": t.font(9, mono=True),
            "grad": t.font(10, mono=True, bold=True),
        }

    def _colours(self) -> dict[str, QColor]:
        t = self._theme
        return {
            "title": QColor(t.text),
            "value": QColor(t.text),
            "muted": QColor(t.muted),
            "grad": QColor(t.negative),
        }

    def _rebuild(self) -> None:
        self._scene.clear()
        self.node_items = []
        self.tensor_items = {}
        self.edge_items = []
        self.placed = None
        self._arrows = 0
        theme = self._theme
        self.setBackgroundBrush(QBrush(QColor(theme.surface)))
        result = self._result
        if result is None or not result.ok:
            self._add_note(0.0)
            return
        fonts, colours = self._fonts(), self._colours()
        surface = QColor(theme.surface)

        def tint(colour: str, amount: float = 0.12) -> QColor:
            return blend(surface, QColor(colour), amount)

        boxes: list[_Box] = []
        compact = len(result.nodes) > COMPACT_NODES
        for node in result.nodes:
            lines = node_lines(node, compact)
            if node.name == "AccumulateGrad":
                border, fill = QColor(theme.series[2]), tint(theme.series[2])
            else:
                border, fill = QColor(theme.accent), tint(theme.accent, 0.08)
            box = _Box(lines, fonts, colours, border, fill)
            boxes.append(box)
            self.node_items.append(box)
        n_nodes = len(boxes)
        tensor_index: dict[str, int] = {}
        sharing = {
            name for t in result.tensors if t.role == "detached" for name in (t.name, t.shares_with)
        }
        for t in result.tensors:
            if t.role == "result" and t.name != result.output:
                continue  # intermediate results are written in their grad_fn's box
            if t.role == "leaf":
                border, dashed = QColor(theme.positive), not t.in_graph
            elif t.role == "detached":
                border, dashed = QColor(theme.warning), True
            else:
                border, dashed = QColor(theme.highlight), False
            lines = tensor_lines(t, show_memory=t.name in sharing)
            box = _Box(lines, fonts, colours, border, tint(border.name()), dashed)
            tensor_index[t.name] = len(boxes)
            boxes.append(box)
            self.tensor_items[t.name] = box
        # also record intermediate results so tests can read them
        edges: list[tuple[int, int]] = []
        kinds: list[str] = []
        for e in result.edges:  # drawn downwards: producer (target) above consumer (source)
            edges.append((e.target, e.source))
            kinds.append("graph")
        top: set[int] = set()
        beside: dict[int, int] = {}
        for i, node in enumerate(result.nodes):
            if node.name == "AccumulateGrad" and node.tensor in tensor_index:
                edges.append((tensor_index[node.tensor], i))
                kinds.append("variable")
        out_index = tensor_index.get(result.output)
        if n_nodes and out_index is not None:
            edges.append((0, out_index))
            kinds.append("grad_fn")
        for t in result.tensors:
            if t.name not in tensor_index:
                continue
            if t.role == "leaf" and not t.in_graph:
                top.add(tensor_index[t.name])
                if not n_nodes and out_index is not None:
                    edges.append((tensor_index[t.name], out_index))
                    kinds.append("untracked")
            elif t.role == "detached" and t.shares_with in tensor_index:
                beside[tensor_index[t.name]] = tensor_index[t.shares_with]
        t_px = theme.px
        placed = layered_layout(
            [b.size() for b in boxes],
            edges,
            hgap=t_px(28),
            vgap=t_px(54),
            top=top - {out_index},
            beside=beside,
        )
        self.placed = placed
        self._arrows = len(edges)
        note_h = self._add_note(placed.width)
        offset = note_h + t_px(12) if note_h else 0.0
        for box, (cx, cy) in zip(boxes, placed.centers, strict=True):
            box.setPos(cx, cy + offset)
            box.setZValue(2)
            self._scene.addItem(box)
        graph_edges = iter(range(len(result.edges)))
        for (a, b), kind, route in zip(edges, kinds, placed.routes, strict=True):
            ha = boxes[a].size()[1] / 2
            hb = boxes[b].size()[1] / 2
            pts = list(route)
            pts[0] = (pts[0][0], pts[0][1] + ha + offset)
            pts[-1] = (pts[-1][0], pts[-1][1] - hb + offset)
            for k in range(1, len(pts) - 1):
                pts[k] = (pts[k][0], pts[k][1] + offset)
            if kind == "graph":
                index = next(graph_edges)
                item = _Edge(
                    index, pts, QColor(theme.muted), QColor(theme.highlight), max(1.5, t_px(1.6))
                )
                item.tip = partial(edge_text, result, result.edges[index])
                item.on_hover = self._on_edge_hover
                self.edge_items.append(item)
            else:
                colour = QColor(theme.series[2] if kind == "variable" else theme.muted)
                item = _Edge(
                    None, pts, colour, colour, max(1.0, t_px(1.2)), dashed=kind in ("untracked",)
                )
            item.setZValue(1)
            self._scene.addItem(item)
        for t in result.tensors:
            leaf_i = tensor_index.get(t.shares_with or "")
            if t.role != "detached" or leaf_i is None or t.name not in tensor_index:
                continue
            a, b = boxes[leaf_i], boxes[tensor_index[t.name]]
            pa, pb = a.pos(), b.pos()
            path = QPainterPath(QPointF(pa.x() + a.size()[0] / 2, pa.y()))
            path.lineTo(QPointF(pb.x() - b.size()[0] / 2, pb.y()))
            link = QGraphicsPathItem(path)
            pen = QPen(QColor(theme.warning), max(1.5, t_px(2)))
            pen.setStyle(Qt.PenStyle.DotLine)
            link.setPen(pen)
            link.setZValue(1)
            link.setToolTip(
                translate("GraphView", "same memory: {0}.data_ptr() == {1}.data_ptr()").format(
                    t.name, t.shares_with
                )
            )
            self._scene.addItem(link)
        rect = self._scene.itemsBoundingRect().adjusted(-t_px(20), -t_px(20), t_px(20), t_px(20))
        self._scene.setSceneRect(rect)
        if not self._user_zoomed:
            self._fit()
        self._at_top = True
        self._show_top()

    def _show_top(self) -> None:
        """A graph bigger than the view opens at its top, where the leaves are (after any
        zoom or resize, until the user scrolls: the same picture however it got there)."""
        top = self._scene.sceneRect()
        self.centerOn(top.center().x(), top.top() + self.viewport().height() / 2 / self._zoom)

    def _on_scrolled_by_user(self, _action: int = 0) -> None:
        self._at_top = False

    def _add_note(self, width: float) -> float:
        if not self._note:
            self._scene.setSceneRect(self._scene.itemsBoundingRect())
            return 0.0
        item = QGraphicsTextItem()
        item.setPlainText(self._note)
        item.setFont(self._theme.font(12, bold=True))
        item.setDefaultTextColor(QColor(self._theme.negative))
        # wrap to the picture's width (at least a readable column), so a long note never
        # makes the scene wide and the boxes tiny
        item.setTextWidth(max(width, self._theme.px(360)))
        self._scene.addItem(item)
        return item.boundingRect().height()

    def _on_edge_hover(self, index: int | None) -> None:
        self.edge_hovered.emit(index)

    # -- zoom ------------------------------------------------------------------------------
    def _fit(self) -> None:
        rect = self._scene.sceneRect()
        if rect.width() <= 0 or rect.height() <= 0:
            return
        view = self.viewport().rect()
        width, height = view.width() / rect.width(), view.height() / rect.height()
        # the whole graph where it fits at a readable scale; where it does not (a tall graph
        # in a short view: 238 px at the projector's 1024x768, zoom 150), its width, and the
        # view scrolls down from the leaves: its text stood at the least scale, 8-10 px,
        # though the view was a fifth wider
        whole = min(width, height)
        factor = whole if whole >= MIN_FIT else min(width, 1.0)
        self._set_zoom(max(MIN_FIT, min(1.5, factor)))

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = max(0.2, min(4.0, zoom))
        self.resetTransform()
        self.scale(self._zoom, self._zoom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_zoomed:
            self._fit()
        if self._at_top:
            self._show_top()

    def mousePressEvent(self, event) -> None:
        self._on_scrolled_by_user()  # the start of a drag with the hand
        super().mousePressEvent(event)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)
