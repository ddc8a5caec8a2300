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
