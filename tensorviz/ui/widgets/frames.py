"""One repaint for a change that spans several graphics views."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, Qt, Slot
from PySide6.QtWidgets import QWidget


class _Held:
    """What a hold keeps, apart from the OneFrame (which may go first: see ``_gone``)."""

    window: QWidget | None = None
    asked = False  # an update request was held


def _gone(held: _Held) -> None:
    """The OneFrame went during a hold (its queued release with it): the window's repaint
    manager posts no request while the held one is outstanding, so it would never be
    repainted again; it gets its request now."""
    window, held.window = held.window, None
    if held.asked and window is not None and shiboken6.isValid(window):
        QCoreApplication.postEvent(window, QEvent(QEvent.Type.UpdateRequest))


class OneFrame(QObject):
    """Paints a window once for a change made to several graphics views at once.

    A graphics scene hands its changes to its views in a queued call, and then has the window
    repainted at once (Qt's ``dispatchPendingUpdateRequests``: the window's posted update
    request is sent there and then). Five plots changed by one new lr made five repaints of
    the window, each with its own pass over the changed regions and its own flush to the
    screen. :meth:`hold`, called once the change is made, keeps the window's update requests
    until the queued calls already posted (every scene's) have run, and then sends one."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._held = held = _Held()
        self.destroyed.connect(lambda *_: _gone(held))

    def hold(self) -> None:
        """Hold the window's repaint until what is queued now has run."""
        held = self._held
        if held.window is not None:
            return  # held already: released with the rest
        held.window = self._widget.window()
        held.window.installEventFilter(self)
        # queued after the scenes' calls, which the change posted before this
        QMetaObject.invokeMethod(self, "_release", Qt.ConnectionType.QueuedConnection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        held = self._held
        if watched is held.window and event.type() == QEvent.Type.UpdateRequest:
            held.asked = True
            return True
        return False

    @Slot()
    def _release(self) -> None:
        held = self._held
        window, held.window = held.window, None
        if window is None:
            return
        window.removeEventFilter(self)
        if held.asked:
            held.asked = False
            # the window's repaint manager posts no request while one is outstanding: the
            # one it posted was held, so it gets it now
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
