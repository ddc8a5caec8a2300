"""Play, pause and step through positions 0..n: the cells of a matrix product, the epochs of a
descent. One clock and one set of buttons for every lesson that animates.

The bar never changes what a lesson shows by itself: every button, the position slider and the
running clock ask for a position with :attr:`PlaybackBar.position_requested`; the lesson makes
that its new state and calls :meth:`PlaybackBar.set_position` when it renders it. Playing is
not part of a lesson's state: a state shown from data starts paused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

FRAME_MS = 40
PARTS = ("back", "play", "step", "reset", "speed", "slider", "position")


class PlaybackBar(QWidget):
    """Buttons (back, play/pause, step, reset), a speed menu, a position slider and label.

    ``speeds`` are positions per second; ``speed_text(rate)`` and ``position_text(k, n)``
    give their words in the lesson's language (asked again on a language change).
    ``arrangement`` is ``"bar"`` (one row) or ``"panel"`` (buttons, then speed, then the
    position: for a narrow column of controls). ``parts`` chooses which pieces exist.
    """

    position_requested = Signal(int)
    playing_changed = Signal(bool)

    def __init__(
        self,
        *,
        speeds: Sequence[float],
        default_speed: float,
        speed_text: Callable[[float], str],
        position_text: Callable[[int, int], str] = lambda k, n: f"{k} / {n}",
        parts: Sequence[str] = ("play", "step", "reset", "speed", "slider"),
        slider_name: str = "position_slider",
        arrangement: str = "bar",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown playback parts {sorted(unknown)}")
        self.setObjectName("playback")
        self._speeds = tuple(speeds)
        self._speed_text = speed_text
        self._position_text = position_text
        self._parts = tuple(parts)
        self._position = 0
        self._maximum = 0
        self._accum = 0.0
        self._elapsed = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

        self.back_button = QPushButton("◀", objectName="back_button")
        self.back_button.clicked.connect(self._on_back_clicked)
        self.play_button = QPushButton(objectName="play_button", checkable=True)
        self.play_button.toggled.connect(self._on_play_toggled)
        self.step_button = QPushButton(objectName="step_button")
        self.step_button.clicked.connect(self._on_step_clicked)
        self.reset_button = QPushButton(objectName="reset_button")
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.speed_combo = QComboBox(objectName="speed_combo")
        for _ in self._speeds:
            self.speed_combo.addItem("")
        self.speed_combo.setCurrentIndex(self._speeds.index(default_speed))
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName=slider_name)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._on_slider_changed)
        self.position_label = QLabel(objectName="position_label")

        pieces = {
            "back": self.back_button,
            "play": self.play_button,
            "step": self.step_button,
            "reset": self.reset_button,
            "speed": self.speed_combo,
            "slider": self.slider,
            "position": self.position_label,
        }
        for name, widget in pieces.items():
            widget.setVisible(name in self._parts)
            if name not in self._parts:
                widget.setParent(self)
        buttons = [pieces[n] for n in ("back", "play", "step", "reset") if n in self._parts]
        if arrangement == "bar":
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in buttons:
                row.addWidget(widget)
            for name in ("speed", "slider", "position"):
                if name in self._parts:
                    row.addWidget(pieces[name], 1 if name == "slider" else 0)
        elif arrangement == "panel":
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            for widget in buttons:
                row.addWidget(widget)
            column.addLayout(row)
            for name in ("speed", "slider", "position"):
                if name in self._parts:
                    column.addWidget(pieces[name])
        else:
            raise ValueError(f"unknown arrangement {arrangement!r}")
        self.retranslate()

    # -- the position ----------------------------------------------------------------------
    def set_range(self, maximum: int) -> None:
        """Positions run from 0 to ``maximum``."""
        self._maximum = max(0, int(maximum))
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, self._maximum)
        self.set_position(min(self._position, self._maximum))

    def set_position(self, position: int) -> None:
        """Show ``position`` (what the lesson now shows); asks for nothing."""
        self._position = max(0, min(int(position), self._maximum))
        with QSignalBlocker(self.slider):
            self.slider.setValue(self._position)
        self._show_position()

    def position(self) -> int:
        return self._position

    def maximum(self) -> int:
        return self._maximum

    def speed(self) -> float:
        return self._speeds[self.speed_combo.currentIndex()]

    # -- playing ---------------------------------------------------------------------------
    def is_playing(self) -> bool:
        return self._timer.isActive()

    def play(self) -> None:
        self.play_button.setChecked(True)

    def pause(self) -> None:
        self.play_button.setChecked(False)

    def _on_play_toggled(self, on: bool) -> None:
        if on:
            if self._position >= self._maximum:
                self.position_requested.emit(0)
            self._accum = 0.0
            self._elapsed.start()
            self._timer.start()
        else:
            self._timer.stop()
        self._show_play()
        self.playing_changed.emit(on)

    def _on_timer_timeout(self) -> None:
        # the real time since the last tick, so a slow frame does not slow the animation down
        self._accum += self.speed() * self._elapsed.restart() / 1000.0
        steps = int(self._accum)
        if steps:
            self._accum -= steps
            target = min(self._position + steps, self._maximum)
            self.position_requested.emit(target)
        if self._position >= self._maximum:
            self.pause()

    # -- buttons ---------------------------------------------------------------------------
    def _on_step_clicked(self) -> None:
        self.pause()
        self.position_requested.emit(self._position + 1 if self._position < self._maximum else 0)

    def _on_back_clicked(self) -> None:
        self.pause()
        self.position_requested.emit(self._position - 1 if self._position > 0 else self._maximum)

    def _on_reset_clicked(self) -> None:
        self.pause()
        self.position_requested.emit(0)

    def _on_slider_changed(self, value: int) -> None:
        self.position_requested.emit(value)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("One step forward"))
        self.back_button.setToolTip(self.tr("One step back"))
        self.reset_button.setText(self.tr("Reset"))
        self.speed_combo.setToolTip(self.tr("Animation speed"))
        for i, rate in enumerate(self._speeds):
            self.speed_combo.setItemText(i, self._speed_text(rate))
        self._show_play()
        self._show_position()

    def _show_play(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.is_playing() else self.tr("Play"))

    def _show_position(self) -> None:
        self.position_label.setText(self._position_text(self._position, self._maximum))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        self.pause()  # a lesson left for another stops animating
        super().hideEvent(event)
