"""Plot views that fit their plot to their size once per zoom or theme switch, not once per
resize (issue 16).

A pyqtgraph view fits its scene to a new size in its ``resizeEvent``: the plot's geometry, its
view box, its axes (their ticks and labels, in Python). A zoom lays the window out in several
passes (the style sheet's fonts, the lesson's arrangement, a scroll bar shown or hidden), and
descent's four plots were resized six times each in one zoom from 140 % to 150 %, ~30 ms of the
switch. Within :func:`fits_deferred` (the window's restyle) a resize only marks the view, and
each marked view fits once, at the end. Anywhere else a view fits at once, as pyqtgraph's do:
what follows a fit (labels that move once the plot has settled) keeps its order.

No pyqtgraph here: the window uses :func:`fits_deferred` whether or not a lesson with plots
was built (importing pyqtgraph takes 0.1 s).
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterator

import shiboken6

_deferring = 0
_marked: weakref.WeakSet[FitsOnce] = weakref.WeakSet()


@contextlib.contextmanager
def fits_deferred() -> Iterator[None]:
    """Within: a plot view resized fits its plot once, when the outermost ``with`` ends."""
    global _deferring
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
        if not _deferring:
            marked = list(_marked)
            _marked.clear()
            failed: BaseException | None = None
            for view in marked:  # each, whatever another raised
                try:
                    if shiboken6.isValid(view):
                        view.fit_to_size()
                except Exception as exc:  # raised below, once the rest are fitted
                    failed = failed or exc
            if failed is not None:
                raise failed


class FitsOnce:
    """For a subclass of a pyqtgraph view (before it in the bases): within
    :func:`fits_deferred`, a resize fits the plot once, at its end (a view painted before that
    fits first, so no frame shows a plot at its old size); elsewhere at once."""

    _unfitted = False

    def resizeEvent(self, event) -> None:
        if not _deferring:
            self._unfitted = False
            super().resizeEvent(event)
            return
        self._unfitted = True
        _marked.add(self)

    def paintEvent(self, event) -> None:
        self.fit_to_size()
        super().paintEvent(event)

    def fit_to_size(self) -> None:
        """Fit the plot to the view's size now, if it changed since the last fit."""
        if self._unfitted:
            self._unfitted = False
            super().resizeEvent(None)  # pyqtgraph's fit reads the view's size, not the event


class FirstSizeHint:
    """For a widget that is or holds graphics views (before the Qt class in the bases): its
    size hint is the one it first gave. A graphics view hints at its scene rect, which follows
    the view's own size: the layout's last answer came back as the next question, so a zoom
    in and out left the plots at the zoomed size (issue 16)."""

    _hint = None

    def sizeHint(self):
        if self._hint is None:
            self._hint = super().sizeHint()
        return self._hint
