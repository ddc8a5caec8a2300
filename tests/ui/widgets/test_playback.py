"""PlaybackBar: its slider keeps room to drag, however narrow the bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tensorviz.ui.widgets.playback import PlaybackBar


def test_the_slider_gets_a_row_of_its_own_where_one_row_leaves_it_no_room(qtbot):
    bar = PlaybackBar(
        speeds=(1, 10), default_speed=10, speed_text=lambda rate: f"{rate:g} epochs/s"
    )
    qtbot.addWidget(bar)
    bar.resize(900, 90)
    bar.show()
    qtbot.waitExposed(bar)
    room = 12 * bar.fontMetrics().averageCharWidth()
    slider, play = bar.slider, bar.play_button
    assert not bar.is_wrapped()  # wide: one row
    assert abs(slider.geometry().center().y() - play.geometry().center().y()) <= 2
    assert slider.width() >= room
    bar.resize(260, 90)  # the buttons and the speed menu fill the row
    QCoreApplication.processEvents()
    assert bar.is_wrapped()
    assert slider.geometry().top() >= play.geometry().bottom()  # below the buttons
    assert slider.width() >= room
    bar.resize(900, 90)
    QCoreApplication.processEvents()
    assert not bar.is_wrapped() and slider.geometry().top() < play.geometry().bottom()


def test_the_callers_tail_goes_with_the_slider(qtbot):
    """``tail`` (descent's epoch): last in the one row; with the slider on its own row when
    the bar wraps, so that the buttons alone set the bar's least width."""
    from PySide6.QtWidgets import QLabel, QWidget

    label = QLabel("epoch 1000 / 1000")
    bar = PlaybackBar(
        speeds=(1, 10),
        default_speed=10,
        speed_text=lambda rate: f"{rate:g} epochs/s",
        tail=label,
    )
    qtbot.addWidget(bar)
    bar.resize(900, 90)
    bar.show()
    qtbot.waitExposed(bar)
    slider, play = bar.slider, bar.play_button
    assert label.parentWidget() is bar and label.isVisible()
    assert label.geometry().left() >= slider.geometry().right()  # after the slider
    assert abs(label.geometry().center().y() - play.geometry().center().y()) <= 2
    bar.resize(300, 90)
    QCoreApplication.processEvents()
    assert bar.is_wrapped()
    assert label.geometry().top() >= play.geometry().bottom()  # on the slider's row
    assert label.geometry().left() >= slider.geometry().right()
    # the buttons alone set the least width: there everything shows whole, nothing overlaps
    least = bar.minimumSizeHint().width()
    assert least < bar.sizeHint().width()
    bar.resize(least, bar.heightForWidth(least))
    QCoreApplication.processEvents()
    pieces = [w for w in bar.findChildren(QWidget) if w.isVisible() and w.parentWidget() is bar]
    assert label in pieces and slider in pieces
    for piece in pieces:
        assert bar.rect().contains(piece.geometry()), piece.objectName()
        for other in pieces:
            assert other is piece or not piece.geometry().intersects(other.geometry())


def test_the_bar_has_the_height_of_its_width_in_one_layout_pass(qtbot):
    """The layout above the bar gives it the height its width needs (two rows or one) in the
    same pass that gives it the width: when the bar moved its slider between rows on being
    resized, its new height came a pass later, and a zoom that crossed the width where it
    wraps laid descent's picture out twice and painted its plots twice."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    page = QWidget()
    column = QVBoxLayout(page)
    bar = PlaybackBar(
        speeds=(1, 10),
        default_speed=10,
        speed_text=lambda rate: f"{rate:g} epochs/s",
        tail=QLabel("epoch 1000 / 1000"),
    )
    below = QLabel("below the bar")
    column.addWidget(bar)
    column.addWidget(below)
    column.addStretch(1)
    qtbot.addWidget(page)
    page.resize(900, 300)
    page.show()
    qtbot.waitExposed(page)
    one_row = bar.height()
    for width, wrapped in ((330, True), (900, False), (330, True)):
        page.resize(width, 300)
        column.activate()  # one pass, no events in between
        assert bar.is_wrapped() == wrapped
        assert bar.height() == bar.heightForWidth(bar.width())
        assert (bar.height() > one_row) == wrapped
        assert below.geometry().top() >= bar.geometry().bottom()
        assert bar.slider.geometry().bottom() < bar.height()


def test_a_bar_without_a_button_still_wraps_its_slider(qtbot):
    """A piece taken out of the bar (deleted) leaves the others in their rows: the head
    counted by position took the slider in when a button went."""
    bar = PlaybackBar(
        speeds=(1, 10), default_speed=10, speed_text=lambda rate: f"{rate:g} epochs/s"
    )
    qtbot.addWidget(bar)
    bar.step_button.setParent(None)
    bar.step_button.deleteLater()
    QCoreApplication.processEvents()
    least = bar.minimumSizeHint().width()
    bar.resize(least, bar.heightForWidth(least))
    bar.show()
    QCoreApplication.processEvents()
    assert bar.is_wrapped()
    assert bar.slider.geometry().top() >= bar.play_button.geometry().bottom()
    assert bar.rect().contains(bar.slider.geometry())


def test_the_bar_is_mirrored_right_to_left(qtbot):
    from PySide6.QtCore import Qt

    bar = PlaybackBar(
        speeds=(1, 10), default_speed=10, speed_text=lambda rate: f"{rate:g} epochs/s"
    )
    qtbot.addWidget(bar)
    bar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    bar.resize(900, 40)
    bar.show()
    QCoreApplication.processEvents()
    assert bar.play_button.geometry().right() == bar.width() - 1  # the first piece, at right
    assert bar.slider.geometry().left() < bar.play_button.geometry().left()
