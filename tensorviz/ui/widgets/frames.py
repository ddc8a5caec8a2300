"""One repaint for a change that spans several graphics views, or the whole window."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMetaObject, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

#: How often a settling hold puts its release off for what the layouts queued (each round
#: settles the layouts that the round before set going; a zoom or theme switch needed one).
MAX_ROUNDS = 4


class _Held:
    """What a hold keeps, apart from the OneFrame (which may go first: see ``_gone``)."""

    window: QWidget | None = None
    asked = False  # an update request was held
    settle = False  # the layouts are settled before the repaint (settle_layouts)
    rounds = 0  # releases put off for what settled layouts queued


def _gone(held: _Held) -> None:
    """The OneFrame went during a hold (its queued release with it): the window's repaint
    manager posts no request while the held one is outstanding, so it would never be
    repainted again; it gets its request now."""
    window, held.window = held.window, None
    if held.asked and window is not None and shiboken6.isValid(window):
        QCoreApplication.postEvent(window, QEvent(QEvent.Type.UpdateRequest))


class _LayoutRequests(QObject):
    """Counts the layout requests delivered while it filters the application's events."""

    count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def settle_layouts(limit: int = 8) -> int:
    """Deliver the posted layout requests, then those they posted, until a pass posts none
    (at most ``limit`` passes). Returns how many layout requests were delivered.

    A layout that changes a widget's size often asks for another: a wrapped label fits its
    height to its new width, a scroll area refits its content, an item view lays its items
    out. Each pass left to the event loop came after a repaint and asked for one more (a zoom
    of the shape lesson painted its window four times, its error banner settling in three
    passes); settled here, before the one repaint, they are painted once."""
    app = QCoreApplication.instance()
    if app is None:
        return 0
    counter = _LayoutRequests()
    app.installEventFilter(counter)
    delivered = 0
    try:
        for _ in range(limit):
            counter.count = 0
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            delivered += counter.count
            if not counter.count:
                break
    finally:
        app.removeEventFilter(counter)
    return delivered


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

    def hold(self, settle: bool = False) -> None:
        """Hold the window's repaint until what is queued now has run; ``settle``: and until
        the layouts have settled (:func:`settle_layouts`: a change of the whole window, as a
        zoom)."""
        held = self._held
        held.settle = held.settle or settle
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
        if held.window is None:
            return
        if held.settle and settle_layouts() and held.rounds < MAX_ROUNDS:
            # what the layouts moved asked for its repaint, which goes with the held one;
            # a graphics scene among them hands its change on in a queued call: once more,
            # after those
            held.rounds += 1
            QMetaObject.invokeMethod(self, "_release", Qt.ConnectionType.QueuedConnection)
            return
        window, held.window = held.window, None
        held.settle, held.rounds = False, 0
        window.removeEventFilter(self)
        if held.asked:
            held.asked = False
            # the window's repaint manager posts no request while one is outstanding: the
            # one it posted was held, so it gets it now
            QCoreApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))


def follow_native_window(
    widget: QWidget, target: QObject, watched: QWindow | None
) -> QWindow | None:
    """Have ``target`` filter the events of ``widget``'s native window (its QWindow) from now
    on, and no longer those of ``watched``, the one it filtered; returns the native window
    (None before the widget was first shown). Call it again on the widget's Show and
    WinIdChange: Qt makes the native window at the first show and may make it again.

    A window's own events pass there (its keys before they go to the focus widget, its
    exposures), not its widgets': a Python filter there is called a few times a frame, where
    one on the application was called for every event of every widget (thousands a zoom,
    each waiting for the GIL while a lesson computes)."""
    native = widget.windowHandle()
    if native is not watched:
        if watched is not None and shiboken6.isValid(watched):  # Qt deletes one it replaces
            watched.removeEventFilter(target)
        if native is not None:
            native.installEventFilter(target)
    return native


class FrameWatch(QObject):
    """Calls ``after(before())`` once each frame of ``window`` has been painted: ``before``
    when the frame is asked for (what it will show), ``after`` once it is done and flushed.

    For benches and the start-up report. It watches the window alone (its update requests,
    and its native window's exposures, which paint a newly shown window): an application-wide
    Python event filter has every event of every widget call into Python, and while a worker
    thread runs torch each of those calls waits for the GIL (a zoom of descent took 16 ms
    longer idle with one installed, and the figure measured was the filter's)."""

    def __init__(self, window: QWidget, before, after) -> None:
        super().__init__(window)
        self._window = window
        self._before, self._after = before, after
        window.installEventFilter(self)
        self._native = follow_native_window(window, self, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.WinIdChange) and watched is self._window:
            self._native = follow_native_window(self._window, self, self._native)
        elif kind == QEvent.Type.UpdateRequest or (
            kind == QEvent.Type.Expose and watched is self._native
        ):
            seen = self._before()
            # a timer's turn comes once this event is handled: the frame painted and flushed
            QTimer.singleShot(0, lambda: self._after(seen))
        return False
