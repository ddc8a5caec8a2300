"""OneFrame: a change to several graphics views repaints their window once."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QWidget,
)

from tensorviz.ui.widgets.frames import OneFrame


class Syncs(QObject):
    """Counts the update requests the window gets (after any filter that holds them) and
    the paints of each view."""

    def __init__(self, window: QWidget, views: list[QGraphicsView]) -> None:
        super().__init__()
        self.requests = 0
        self.paints = dict.fromkeys(v.viewport() for v in views)
        for viewport in self.paints:
            self.paints[viewport] = 0
            viewport.installEventFilter(self)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.UpdateRequest:
            self.requests += 1
        elif watched in self.paints and event.type() == QEvent.Type.Paint:
            self.paints[watched] += 1
        return False


def _window(qtbot, count: int):
    window = QWidget()
    row = QHBoxLayout(window)
    views, items = [], []
    for _ in range(count):
        scene = QGraphicsScene(0, 0, 100, 100, window)
        item = QGraphicsRectItem(QRectF(10, 10, 20, 20))
        scene.addItem(item)
        view = QGraphicsView(scene)
        row.addWidget(view)
        views.append(view)
        items.append(item)
    qtbot.addWidget(window)
    window.resize(600, 200)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the first paints are done
    return window, views, items


def _move_all(items, dx: float) -> None:
    for item in items:
        item.setPos(item.pos().x() + dx, 0)


def test_changes_to_five_views_repaint_the_window_once(qtbot):
    window, views, items = _window(qtbot, 5)
    frame = OneFrame(window)
    syncs = Syncs(window, views)
    _move_all(items, 5)
    frame.hold()
    qtbot.waitUntil(lambda: all(syncs.paints.values()))
    QApplication.processEvents()
    # one repaint (without the hold, Qt 6.11 sends one as each scene hands its change on: 5)
    assert syncs.requests == 1
    assert set(syncs.paints.values()) == {1}


def test_a_hold_with_nothing_changed_leaves_the_window_working(qtbot):
    window, views, items = _window(qtbot, 2)
    frame = OneFrame(window)
    syncs = Syncs(window, views)
    frame.hold()
    frame.hold()  # twice in one pass: one release
    QApplication.processEvents()
    assert syncs.requests == 0
    _move_all(items, 5)  # after the hold: repainted as always
    qtbot.waitUntil(lambda: all(syncs.paints.values()))


def test_the_window_repaints_after_a_hold_and_when_its_owner_goes_during_one(qtbot):
    """After a hold the window repaints as always; and where the widget that held goes before
    its release (its queued release goes with it), the window still gets its repaint: its
    repaint manager asks for none while the held one is outstanding."""
    window, views, items = _window(qtbot, 3)
    owner = QWidget(window)
    frame = OneFrame(owner)
    syncs = Syncs(window, views)
    _move_all(items, 5)
    frame.hold()
    qtbot.waitUntil(lambda: all(syncs.paints.values()))
    _move_all(items, 5)  # after the release: painted again
    qtbot.waitUntil(lambda: min(syncs.paints.values()) == 2)

    _move_all(items, 5)
    frame.hold()
    for view in views:  # the scenes' queued calls, not the release: the repaint is held
        QApplication.sendPostedEvents(view.scene(), QEvent.Type.MetaCall)
    assert min(syncs.paints.values()) == 2
    shiboken6.delete(owner)  # at once: its queued release is dropped with it
    qtbot.waitUntil(lambda: min(syncs.paints.values()) == 3)
    _move_all(items, 5)
    qtbot.waitUntil(lambda: min(syncs.paints.values()) == 4)


class _Refitting(QWidget):
    """A widget whose every layout pass asks for another, ``left`` times, and changes what
    it shows (as a wrapped text refitting to the width its last pass gave it)."""

    left = 0

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.left:
            self.left -= 1
            self.update()
            QApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().event(event)


def test_a_settling_hold_repaints_once_the_layouts_have_settled(qtbot):
    """hold(settle=True) (a zoom): layouts that ask for more layouts run to the end before
    the one repaint; left to the event loop, each came after a repaint and asked for another
    (a plain hold: the window was repainted twice)."""
    window, views, items = _window(qtbot, 2)
    refitting = _Refitting(window)
    refitting.resize(50, 50)
    refitting.show()
    qtbot.wait(50)
    syncs = Syncs(window, views)
    frame = OneFrame(window)
    refitting.left = 3
    QApplication.postEvent(refitting, QEvent(QEvent.Type.LayoutRequest))
    refitting.update()
    _move_all(items, 5)
    frame.hold(settle=True)
    qtbot.waitUntil(lambda: all(syncs.paints.values()))
    qtbot.wait(100)
    assert refitting.left == 0
    assert syncs.requests == 1


def test_frame_watch_reports_each_frame_once_it_is_painted(qtbot):
    """FrameWatch (the benches' and start-up report's clock): ``before`` when a frame is
    asked for, ``after`` with its answer once the frame's paints are done; a frame held by
    OneFrame is reported once, when it is painted."""
    from PySide6.QtWidgets import QLabel

    from tensorviz.ui.widgets.frames import FrameWatch

    window, _views, items = _window(qtbot, 2)
    label = QLabel("before", window)
    window.layout().addWidget(label)
    painted: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(label.text())
            return False

    paints = Paints()
    label.installEventFilter(paints)
    frames: list[tuple[str, list[str]]] = []
    watch = FrameWatch(window, lambda: label.text(), lambda t: frames.append((t, list(painted))))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(frames))  # the first frame: shown, then reported
    assert frames[0][1] == ["before"]  # reported after the label was painted
    frames.clear()
    label.setText("after")
    qtbot.waitUntil(lambda: bool(frames))
    qtbot.wait(50)
    assert frames == [("after", ["before", "after"])]
    frames.clear()
    hold = OneFrame(window)
    for item in items:
        item.setPos(5, 5)
    hold.hold()
    qtbot.wait(100)
    assert len(frames) == 1  # two scenes changed, one frame
    assert shiboken6.isValid(watch)


def test_frames_are_watched_on_a_native_window_made_again(tmp_path):
    """Qt makes a window's native window again when it is reparented and shown anew, deleting
    the one watched: asking the deleted one to drop the watch crashed the process."""
    from tests.ui.test_startup import run_fresh

    out = run_fresh(
        """
        from PySide6.QtWidgets import QApplication, QWidget
        from tensorviz.ui.widgets.frames import FrameWatch
        app = QApplication([])
        window, other = QWidget(), QWidget()
        frames = []
        watch = FrameWatch(window, lambda: None, frames.append)
        window.show()
        app.processEvents()
        first = window.windowHandle()
        window.setParent(other)
        window.setParent(None)
        window.show()
        for _ in range(5):
            app.processEvents()
        print("a new native window:", window.windowHandle() is not first)
        print("watched:", watch._native is window.windowHandle())
        """,
        tmp_path,
    )
    assert "a new native window: True" in out
    assert "watched: True" in out
