"""Three titled tensor grids written as an equation: ``a ∘ b = result``.

:class:`EquationGrids` lays the operands and the result out side by side, or stacked, whichever
draws the grids bigger (summaries, which are lines of text, are always stacked). A grid shrinks
at most to :data:`MIN_GRID_SCALE` of its natural size; beyond that the area scrolls, so a big
result (the broadcast lesson's 4-D example has 1,680 cells) stays readable.

Each panel (``panels[name]``) is a title over a :class:`~tensorviz.ui.widgets.tensor_grid.
TensorGrid`, with a note that can stand in for the grid (when there is nothing to draw). The
owner sets snapshots, titles and notes, then calls :meth:`EquationGrids.refit`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.tensor_grid import TensorGrid

#: Grids shrink at most to this scale of their natural size; beyond it the area scrolls.
MIN_GRID_SCALE = 0.4
#: The most height (logical px) the area asks for: taller grids scroll within it.
MAX_MIN_HEIGHT = 360


class GridPanel(QWidget):
    """A title over a tensor grid, and a note that can replace the grid."""

    def __init__(self, theme: Theme, name: str) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName(f"{name}_title")
        self.title.setWordWrap(True)
        self.grid = TensorGrid(theme)
        self.grid.setObjectName(f"{name}_grid")
        self.grid.set_max_scale(2.0)
        self.grid.set_min_scale(MIN_GRID_SCALE)
        self.note = QLabel()
        self.note.setObjectName(f"{name}_note")
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note, 1)

    def show_grid(self, shown: bool) -> None:
        """The grid, or (``shown`` False) the note in its place."""
        self.grid.setVisible(shown)
        self.note.setVisible(not shown)


class EquationGrids(QScrollArea):
    """``left ∘ right = result``: three :class:`GridPanel` and two signs, in a scroll area."""

    def __init__(self, theme: Theme, names: tuple[str, str, str] = ("a", "b", "result")) -> None:
        super().__init__()
        self.setObjectName("grids_scroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.theme = theme
        self.panels = {name: GridPanel(theme, name) for name in names}
        self.signs = (QLabel(), QLabel("="))
        for sign in self.signs:
            sign.setObjectName("op_sign")
        body = QWidget()
        body.setObjectName("equation_grids")
        self._layout = QGridLayout(body)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._horizontal: bool | None = None
        self._arrange(horizontal=True)
        self.setWidget(body)
        body.installEventFilter(self)  # its new minimum is this area's (minimumSizeHint)
        self.apply_theme(theme)

    # -- public ----------------------------------------------------------------------------
    def set_operator(self, op: str) -> None:
        self.signs[0].setText(op)

    def is_horizontal(self) -> bool:
        return bool(self._horizontal)

    def refit(self) -> None:
        """After new snapshots: the better arrangement (each grid's smallest size follows its
        drawing: TensorGrid.set_min_scale)."""
        self._arrange(horizontal=self._fits_side_by_side())

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        for panel in self.panels.values():
            panel.grid.apply_theme(theme)
        for sign in self.signs:
            sign.setFont(theme.font(18, bold=True))

    # -- arrangement -----------------------------------------------------------------------
    def _fits_side_by_side(self) -> bool:
        """Side by side, or stacked: whichever draws the grids bigger (ties: side by side).
        Summaries (too many elements, or more than 4 dims) are lines of text: stacked.
        (Not :class:`~tensorviz.ui.widgets.wide_or_narrow.WideOrNarrow`, which stacks only
        what does not fit: grids that shrink fit either way, and this area scrolls.)"""
        for panel in self.panels.values():
            snap = panel.grid.snapshot()
            if snap is not None and (snap.summarised or snap.ndim > 4):
                return False
        viewport = self.viewport()
        width = max(self.theme.px(300), viewport.width())
        height = max(self.theme.px(200), viewport.height())
        title = next(iter(self.panels.values())).title.sizeHint().height()
        sign = self.signs[0].sizeHint()
        hints = [p.grid.sizeHint() for p in self.panels.values()]

        def scale(w: float, h: float) -> float:
            return min(min(w / max(1, g.width()), h / max(1, g.height())) for g in hints)

        side = scale((width - 2 * sign.width()) / 3, height - title)
        stacked = scale(width, (height - 2 * sign.height()) / 3 - title)
        return side >= stacked * 0.9

    def _arrange(self, horizontal: bool) -> None:
        if self._horizontal == horizontal:
            return
        self._horizontal = horizontal
        layout = self._layout
        left, right, result = self.panels.values()
        order = (left, self.signs[0], right, self.signs[1], result)
        for w in order:
            layout.removeWidget(w)
        for i in range(5):
            layout.setColumnStretch(i, 0)
            layout.setRowStretch(i, 0)
        for i, w in enumerate(order):
            if horizontal:
                layout.addWidget(w, 0, i)
                layout.setColumnStretch(i, 0 if i % 2 else 1)
            else:
                layout.addWidget(w, i, 0)
                layout.setRowStretch(i, 0 if i % 2 else 1)

    def minimumSizeHint(self) -> QSize:
        """As tall as the grids at their smallest (their titles too), up to
        :data:`MAX_MIN_HEIGHT`: a scroll area asks for next to nothing, and in the broadcast
        lesson's picture, with the rules table and the memory strips, it got it: at 1366x768
        a row and a half of the grids showed in a box of its own that scrolled, at 1024x768
        zoom 150 only their titles. Beyond that height (a big 4-D result) it scrolls."""
        hint = super().minimumSizeHint()
        body = self.widget()
        layout = body.layout()
        width = max(1, self.viewport().width())
        need = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        need = max(need, layout.totalMinimumSize().height())
        frame = 2 * self.frameWidth()
        return QSize(
            hint.width(), max(hint.height(), min(need, self.theme.px(MAX_MIN_HEIGHT)) + frame)
        )

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a scroll area keeps its content's requests to itself
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if any(p.grid.snapshot() is not None for p in self.panels.values()):
            self._arrange(horizontal=self._fits_side_by_side())
