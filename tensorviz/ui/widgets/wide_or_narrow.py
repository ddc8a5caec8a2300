"""A widget's parts side by side where its width holds them, else one under another.

On a projector at zoom (1024x768 at 150%) pictures whose parts stood side by side were wider
than the picture, and it scrolled sideways: numpy's pair panels (the tensor, the ndarray and
their memory) and mapping tables, dtype's device calls beside their names. Each such widget
knows what its wide arrangement needs and how to place its parts either way;
:class:`WideOrNarrow` decides and re-places, in one way for all: by the widget's width alone
(so a pass of the layouts never flips it back), counted as if the scroll area around it showed
its vertical bar (the narrow arrangement is taller and brings the bar, ~15 px: the same window
was side by side coming from wider and stacked coming from narrower), when the widget is
resized and when its layout asks again (new texts, drawings or fonts change what the wide
arrangement needs). Where the parts' wide arrangement would make their own widget as wide as
it needs, it is decided by the width of the view of the scroll area they are shown in
(``by_view``: ops' matrix product, whose grids keep a least readable size, so the picture
never fell under it).

Not for a choice between two items that a layout can make in the same pass
(``create.arrange.BesideOrBelow``), nor for one made by which arrangement draws bigger
(``equation_grids.EquationGrids``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class WideOrNarrow(QObject):
    """Calls ``place(narrow)`` when ``widget`` turns narrower than ``need()`` (the width its
    wide arrangement needs; None: not known yet, as it is) or wide enough again; and
    ``keep(narrow)``, where given, at every look (sizes that follow the parts' own, such as
    a table held whole under another). ``by_view``: by the width of the view of the scroll
    area the widget is shown in (found when it is), not the widget's own, where the wide
    arrangement would make the widget as wide as it needs."""

    def __init__(
        self,
        widget: QWidget,
        need: Callable[[], int | None],
        place: Callable[[bool], None],
        keep: Callable[[bool], None] | None = None,
        *,
        by_view: bool = False,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._need = need
        self._place = place
        self._keep = keep
        self._narrow = False
        self._by_view = by_view
        self._view: QWidget | None = None  # the view watched (by_view), once found
        widget.installEventFilter(self)

    def narrow(self) -> bool:
        """Whether the parts are now one under another."""
        return self._narrow

    def refit(self, place: bool = False) -> None:
        """Re-place the parts where the width now asks for the other arrangement, or always
        (``place``: new parts, or parts whose sizes changed)."""
        narrow = self._narrow
        width = self._width()
        need = self._need() if width > 0 else None
        if need is not None:
            narrow = need > width
        if place or narrow != self._narrow:
            self._narrow = narrow
            self._place(narrow)
        if self._keep is not None:
            self._keep(narrow)

    def _width(self) -> int:
        """The widget's width (or its view's: by_view) as it would be with its scroll area's
        vertical bar shown."""
        parent = self._widget.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        shown = self._widget
        if self._by_view and parent is not None:
            shown = parent.viewport()
            if shown is not self._view:  # its resizes are the widths that count
                self._view = shown
                shown.installEventFilter(self)
        width = shown.width()
        if parent is not None and width > 0:
            bar = parent.verticalScrollBar()
            off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if parent.verticalScrollBarPolicy() != off and not bar.isVisible():
                width -= bar.sizeHint().width()
        return width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # after the widget's own layout has handled the event (Qt sends it there first)
        if (watched is self._widget or watched is self._view) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self.refit()
        return False
