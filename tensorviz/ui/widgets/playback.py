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
        self._wrapped: bool | None = None  # "bar": the slider on a row of its own
        self._rows: tuple[QHBoxLayout, QHBoxLayout] | None = None
        if arrangement == "bar":
            column = QVBoxLayout(self)
            column.setContentsMargins(0, 0, 0, 0)
            self._rows = (QHBoxLayout(), QHBoxLayout())
            for row in self._rows:
                column.addLayout(row)
            self._head = [*buttons, *([self.speed_combo] if "speed" in self._parts else [])]
            for widget in self._head:
                self._rows[0].addWidget(widget)
            self._tail = [pieces[n] for n in ("slider", "position") if n in self._parts]
            self._rows[0].addStretch(0)  # the head's room when the tail has its own row
            self._fit_rows()
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

    # -- one row or two ----------------------------------------------------------------------
    def _fit_rows(self) -> None:
        """ "bar": one row where the slider keeps room to drag; else the slider (and position)
        on a row below the buttons. In one row at 1024x768, zoom 150, descent's epoch slider
        was 15 px wide, its handle and nothing else (34 px at 1280x720)."""
        if self._rows is None:  # "panel": a column already
            return
        spacing = self._rows[0].spacing()
        head = [w for w in self._head if not w.isHidden()]

        def width(widget: QWidget) -> int:
            return max(widget.sizeHint().width(), widget.minimumSizeHint().width()) + spacing

        need = sum(width(w) for w in head)
        need += sum(width(w) for w in self._tail if w is not self.slider)
        need += 12 * self.fontMetrics().averageCharWidth()  # the slider's room to drag
        wrapped = self.width() < need
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        top, bottom = self._rows
        for widget in self._tail:
            (bottom if not wrapped else top).removeWidget(widget)
        target = bottom if wrapped else top
        for widget in self._tail:
            if wrapped:
                target.addWidget(widget, 1 if widget is self.slider else 0)
            else:  # after the head, before the stretch that is the head's room when wrapped
                target.insertWidget(target.count() - 1, widget, 1 if widget is self.slider else 0)

    def is_wrapped(self) -> bool:
        """Whether the slider has a row of its own ("bar" only)."""
        return bool(self._wrapped)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_rows()  # the buttons' words and sizes changed

    def hideEvent(self, event) -> None:
        self.pause()  # a lesson left for another stops animating
        super().hideEvent(event)
