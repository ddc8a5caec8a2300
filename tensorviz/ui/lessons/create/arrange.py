"""How the create lesson's picture gives way where it is narrow (a projector at zoom).

At 1024x768 and zoom 150 the picture is ~580 px wide: the grids at their smallest beside the
whole attribute table needed ~670, and the picture scrolled sideways, the room seeing the
table cut at ".shape torch.Size([". Here the table goes under the grids where both do not fit
(:class:`BesideOrBelow`), a value too long for any width wraps (:class:`ValueLabel`), and a
grid's badge wraps without squeezing the caption above it (:class:`WrappingBadge`).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.list_layout import ListLayout
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.widgets.wrapping_label import NaturalWrappingLabel


class BesideOrBelow(ListLayout):
    """A box layout asks for the sum of its items' widths; this one only for the wider of
    its two. ``main`` (stretching) and ``side`` (at its preferred width) in a row where the width
    holds ``main`` at its minimum beside the whole of ``side``; else ``side`` under ``main``,
    both as wide as the layout. By width alone: a result only moves the table if it widened
    it (a longer value). A layout, not a
    :class:`~tensorviz.ui.widgets.wide_or_narrow.WideOrNarrow` re-placing parts: two items
    whose height follows the arrangement in the same layout pass (the picture's minimum
    height with it); the pieces that one serves stand in grids and rows of many parts."""

    def __init__(
        self,
        main: QWidget,
        side: QWidget,
        grids: tuple[tuple[QWidget, TensorGrid], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._beside = True
        self._side_width = 0  # set_side_width
        # the grids in ``main``, each in its box: beside the table only where each still
        # writes its values (a 2x4 float tensor shrank to a strip of colour 20 px tall,
        # numbers and indices gone: create at 1366x768)
        self._grids = grids
        self.addWidget(main)
        self.addWidget(side)

    # -- QLayout ---------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def minimumSize(self) -> QSize:
        """As narrow as the wider of the two (stacked); as short as the arrangement now."""
        main, side = self._sizes(minimum=True)
        if self._beside:
            return QSize(max(main.width(), side.width()), max(main.height(), side.height()))
        return QSize(max(main.width(), side.width()), main.height() + self.gap() + side.height())

    def sizeHint(self) -> QSize:
        main, side = self._sizes(minimum=False)
        if self._beside:
            side.setWidth(self._width_beside())
            return QSize(
                main.width() + self.gap() + side.width(), max(main.height(), side.height())
            )
        return QSize(max(main.width(), side.width()), main.height() + self.gap() + side.height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        main, side = self._items
        gap = self.gap()
        beside = self.fits_beside(rect.width())
        if beside:
            width = self._width_beside()
            main.setGeometry(QRect(rect.x(), rect.y(), rect.width() - gap - width, rect.height()))
            side.setGeometry(QRect(rect.right() + 1 - width, rect.y(), width, rect.height()))
        else:
            least = side.minimumSize().height()
            room = rect.height() - gap - main.minimumSize().height()
            height = max(least, min(side.sizeHint().height(), room))
            top = rect.height() - gap - height
            main.setGeometry(QRect(rect.x(), rect.y(), rect.width(), top))
            side.setGeometry(QRect(rect.x(), rect.y() + top + gap, rect.width(), height))
        if beside != self._beside:
            # the minimum height follows the arrangement: the picture lays out once more
            self._beside = beside
            self.invalidate()

    # -- arranging -------------------------------------------------------------------------
    def beside(self) -> bool:
        """Whether the side item is beside the main one (else under it)."""
        return self._beside

    def set_side_width(self, width: int) -> None:
        """The width of the side item beside the main one (at least its size hint's)."""
        if width != self._side_width:
            self._side_width = width
            self.invalidate()

    def fits_beside(self, width: int) -> bool:
        main = max(self._items[0].minimumSize().width(), self._readable_width())
        return main + self.gap() + self._width_beside() <= width

    def _readable_width(self) -> int:
        """The least width at which the grids shown write their values, with their boxes."""
        widest = 0
        for box, grid in self._grids:
            if box.isHidden() or grid.isHidden():
                continue
            frame, inner = box.contentsMargins(), box.layout().contentsMargins()
            edges = frame.left() + frame.right() + inner.left() + inner.right()
            widest = max(widest, grid.readable_size().width() + edges)
        return widest

    def gap(self) -> int:
        """The space between the two: the style's, as a box layout's."""
        return self.style_gap()

    def _width_beside(self) -> int:
        side = self._items[1]
        return max(side.sizeHint().width(), side.minimumSize().width(), self._side_width)

    def _sizes(self, minimum: bool) -> tuple[QSize, QSize]:
        main, side = self._items
        if minimum:
            return main.minimumSize(), side.minimumSize()
        return main.sizeHint(), side.sizeHint()


class ValueLabel(NaturalWrappingLabel):
    """An attribute's value: on one line wherever it fits, its words wrapped where not (a
    user's 24-D tensor's shape is wider than any projector)."""


class WrappingBadge(Badge, NaturalWrappingLabel):
    """A badge whose words wrap where it is narrow, as tall as they need at its width: a
    plain word-wrapped label asks its layouts for a height for each width, and the grid's
    box, given only its minimum height, laid the caption over it (create at 1024x768, zoom
    150)."""
