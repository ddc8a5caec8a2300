"""Play, pause and step through positions 0..n: the cells of a matrix product, the epochs of a
descent. One clock and one set of buttons for every lesson that animates.

The bar never changes what a lesson shows by itself: every button, the position slider and the
running clock ask for a position with :attr:`PlaybackBar.position_requested`; the lesson makes
that its new state and calls :meth:`PlaybackBar.set_position` when it renders it. Playing is
not part of a lesson's state: a state shown from data starts paused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, QEvent, QRect, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

FRAME_MS = 40
PARTS = ("back", "play", "step", "reset", "speed", "slider", "position")


class PlaybackBar(QWidget):
    """Buttons (back, play/pause, step, reset), a speed menu, a position slider and label.

    ``speeds`` are positions per second; ``speed_text(rate)`` and ``position_text(k, n)``
    give their words in the lesson's language (asked again on a language change).
    ``arrangement`` is ``"bar"`` (one row) or ``"panel"`` (buttons, then speed, then the
    position: for a narrow column of controls). ``parts`` chooses which pieces exist.
    ``tail``: a widget of the caller's that goes with the slider, last (descent's epoch and
    loss), on the slider's own row where the bar wraps.
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
        tail: QWidget | None = None,
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
            # parented first: a parentless widget shown is a window of its own (each of
            # ops' and descent's playback parts flashed up at the screen's corner)
            widget.setParent(self)
            widget.setVisible(name in self._parts)
        buttons = [pieces[n] for n in ("back", "play", "step", "reset") if n in self._parts]
        self._bar: _BarLayout | None = None
        if arrangement == "bar":
            head = [*buttons, *([self.speed_combo] if "speed" in self._parts else [])]
            after = [pieces[n] for n in ("slider", "position") if n in self._parts]
            if tail is not None:
                after.append(tail)
            self._bar = _BarLayout(self, head, after, self.slider)
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
            if tail is not None:
                column.addWidget(tail)
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
    def is_wrapped(self) -> bool:
        """Whether the slider has a row of its own ("bar" only)."""
        return self._bar is not None and self._bar.wrapped

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        self.pause()  # a lesson left for another stops animating
        super().hideEvent(event)


class _BarLayout(QLayout):
    """The "bar": its head (the buttons, the speed menu) and its tail (the slider, the position,
    the caller's tail) in one row where the slider keeps room to drag (12 average characters);
    else the tail on a row of its own below the head, the slider taking the room left. In one
    row at 1024x768, zoom 150, descent's epoch slider was 15 px wide, its handle and nothing
    else.

    A layout with a height for each width, so that the layout above gives the bar the height
    of the width it gives it, in the same pass. Moving the tail between two row layouts when
    the bar was resized changed the bar's height one layout pass later: a zoom that crossed
    the width where it wraps laid descent's picture out twice, and its plots were painted
    twice. What it measures is kept until Qt invalidates the layout (a child's size hint or
    visibility changed): the layout above asks its height for a width dozens of times a
    zoom."""

    def __init__(
        self, parent: QWidget, head: list[QWidget], tail: list[QWidget], slider: QWidget
    ) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)  # none: the sizes and places below count none
        self._items: list[QWidgetItem] = []
        self._head = len(head)
        self._slider = slider
        self._measure: _Measure | None = None
        self.wrapped = False
        for widget in (*head, *tail):
            self.addChildWidget(widget)
            self._items.append(QWidgetItem(widget))

    # QLayout's items
    def addItem(self, item) -> None:  # only the widgets given above
        raise TypeError("the playback bar's layout takes its widgets when made")

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        if not 0 <= index < len(self._items):
            return None
        self._measure = None
        if index < self._head:
            self._head -= 1
        return self._items.pop(index)

    def invalidate(self) -> None:
        self._measure = None
        super().invalidate()

    # sizes
    def _measured(self) -> _Measure:
        if self._measure is None:
            self._measure = _Measure(self._items, self._head, self._slider, self.spacing())
        return self._measure

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self._measured()
        return m.two_rows if m.wraps(width) else m.one_row

    def sizeHint(self) -> QSize:
        m = self._measured()
        return QSize(m.one_row_width, m.one_row)

    def minimumSize(self) -> QSize:
        m = self._measured()
        return QSize(m.least_width, self.heightForWidth(m.least_width))

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    # placing
    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        m = self._measured()
        self.wrapped = m.wraps(rect.width())
        if self.wrapped:
            self._place(m.head, rect.x(), rect.y(), m.head_height, None)
            below = rect.y() + m.head_height + m.spacing
            self._place(m.tail, rect.x(), below, m.tail_height, rect.right())
        else:
            self._place([*m.head, *m.tail], rect.x(), rect.y(), rect.height(), rect.right())

    def _place(self, items: list[QWidgetItem], x: int, y: int, height: int, right) -> None:
        """``items`` left to right from ``x``, each its width, centred in ``height``; the
        slider takes what is left up to ``right`` (None: the row keeps its room)."""
        m = self._measured()
        widths = [m.widths[id(item)] for item in items]
        if right is not None:
            for i, item in enumerate(items):
                if item.widget() is self._slider:
                    others = sum(w for j, w in enumerate(widths) if j != i)
                    spacing = m.spacing * max(0, len(items) - 1)
                    widths[i] = max(m.room, right - x + 1 - others - spacing)
        direction = self.parentWidget().layoutDirection()  # mirrored right to left
        for item, width in zip(items, widths, strict=True):
            own = min(m.heights[id(item)], height)
            place = QRect(x, y + (height - own) // 2, width, own)
            item.setGeometry(QStyle.visualRect(direction, self.geometry(), place))
            x += width + m.spacing


class _Measure:
    """The bar's pieces as measured once: which show, in which row, their widths and heights,
    and the widths where it wraps."""

    def __init__(self, items: list[QWidgetItem], head: int, slider: QWidget, spacing: int) -> None:
        self.spacing = spacing = max(0, spacing)
        shown = [item for item in items if not item.isEmpty()]
        self.head = [item for item in items[:head] if item in shown]
        self.tail = [item for item in shown if item not in self.head]
        self.widths: dict[int, int] = {}
        self.heights: dict[int, int] = {}
        for item in shown:
            hint = item.sizeHint()
            self.widths[id(item)] = max(hint.width(), item.minimumSize().width())
            self.heights[id(item)] = hint.height()
        self.room = 12 * slider.fontMetrics().averageCharWidth()  # the slider's, to drag

        def width(row: list[QWidgetItem], room: bool) -> int:
            widths = [
                self.room if room and item.widget() is slider else self.widths[id(item)]
                for item in row
            ]
            return sum(widths) + spacing * max(0, len(widths) - 1)

        both = self.head and self.tail
        self.one_row_width = width([*self.head, *self.tail], room=True)
        self.least_width = max(width(self.head, False), width(self.tail, True))
        self.head_height = max((self.heights[id(i)] for i in self.head), default=0)
        self.tail_height = max((self.heights[id(i)] for i in self.tail), default=0)
        self.one_row = max(self.head_height, self.tail_height)
        self.two_rows = self.head_height + spacing + self.tail_height if both else self.one_row
        self._wrap_below = self.one_row_width if both else 0

    def wraps(self, width: int) -> bool:
        return width < self._wrap_below
