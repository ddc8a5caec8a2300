"""One conversion of the numpy lesson's picture: the tensor, the ndarray and their memory.

A :class:`PairPanel` draws what the view gives it; clicking a cell opens a
:class:`CellEditor` over it, and the view turns what is written there into an intent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from tensorviz.core.numpy_bridge import MODES, conversion_code
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.memory_buffers import MemoryBuffersView
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.widgets.wide_or_narrow import WideOrNarrow


class CellEditor(QLineEdit):
    """A small line edit laid over a clicked cell: Enter writes, Escape cancels."""

    committed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cell_editor")
        self.hide()
        self.returnPressed.connect(self._on_return)

    def _on_return(self) -> None:
        text = self.text()
        self.hide()
        self.committed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.hide()
        super().focusOutEvent(event)


class PairPanel(QFrame):
    """One conversion: the tensor, the ndarray and their memory, side by side."""

    def __init__(self, mode: str, theme: Theme) -> None:
        super().__init__()
        self.mode = mode
        self.setObjectName(f"pair_{mode}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = Badge()
        self.verdict.setObjectName(f"verdict_{mode}")
        self.tensor_grid = TensorGrid(theme)
        self.tensor_grid.setObjectName(f"tensor_grid_{mode}")
        self.array_grid = TensorGrid(theme)
        self.array_grid.setObjectName(f"array_grid_{mode}")
        for grid in (self.tensor_grid, self.array_grid):
            grid.set_color_mode("none")  # only the outlines of the edit should stand out
        self.buffers = MemoryBuffersView(theme)
        self.buffers.setObjectName(f"buffers_{mode}")
        self.tensor_editor = CellEditor(self.tensor_grid)
        self.array_editor = CellEditor(self.array_grid)
        self.tensor_title = QLabel()
        self.array_title = QLabel()
        self.memory_title = QLabel()
        for label in (self.tensor_title, self.array_title, self.memory_title):
            set_role(label, "muted")
        # what the last edit stored where that is not what was typed (7.5 into int64: 7)
        self.note = QLabel(wordWrap=True, objectName=f"note_{mode}")
        set_role(self.note, None, "warn")
        self.note.hide()
        self._grid = QGridLayout(self)
        self._head = QHBoxLayout()
        self.number = QLabel(f"{MODES.index(mode) + 1}. ")
        self.code = QLabel(conversion_code(mode))
        self._head.addWidget(self.number)
        self._head.addWidget(self.code)
        self._head.addStretch(1)
        self._grid.addLayout(self._head, 0, 0, 1, 3)
        self._place(stacked=False)
        self._arrangement = WideOrNarrow(self, self._side_by_side_width, self._place)

    def set_focused(self, focused: bool) -> None:
        """Mark the panel as the pair a course step is about (an outline in the accent)."""
        set_role(self, None, "focus" if focused else None)

    def is_focused(self) -> bool:
        return self.property("tone") == "focus"

    def is_stacked(self) -> bool:
        return self._arrangement.narrow()

    def _place(self, stacked: bool) -> None:
        """The tensor, the ndarray and their memory side by side, the verdict beside the
        code; or, stacked (a panel narrower than that: 1024x768 at zoom 150), the memory under
        the two grids and the verdict under the code."""
        grid = self._grid
        parts = (
            self.verdict,
            self.tensor_title,
            self.array_title,
            self.memory_title,
            self.tensor_grid,
            self.array_grid,
            self.buffers,
            self.note,
        )
        for widget in parts:
            grid.removeWidget(widget)
            self._head.removeWidget(widget)
        left = Qt.AlignmentFlag.AlignLeft
        if stacked:
            grid.addWidget(self.verdict, 1, 0, 1, 2, left)
            grid.addWidget(self.tensor_title, 2, 0)
            grid.addWidget(self.array_title, 2, 1)
            grid.addWidget(self.tensor_grid, 3, 0)
            grid.addWidget(self.array_grid, 3, 1)
            grid.addWidget(self.memory_title, 4, 0, 1, 2)
            grid.addWidget(self.buffers, 5, 0, 1, 2)
            grid.addWidget(self.note, 6, 0, 1, 2)
        else:
            self._head.insertWidget(2, self.verdict)
            grid.addWidget(self.tensor_title, 1, 0)
            grid.addWidget(self.array_title, 1, 1)
            grid.addWidget(self.memory_title, 1, 2)
            grid.addWidget(self.tensor_grid, 2, 0)
            grid.addWidget(self.array_grid, 2, 1)
            grid.addWidget(self.buffers, 2, 2)
            grid.addWidget(self.note, 3, 0, 1, 3)
        for column, stretch in enumerate((1, 1, 0) if stacked else (2, 2, 3)):
            grid.setColumnStretch(column, stretch)

    def _side_by_side_width(self) -> int:
        """What the panel needs for everything side by side, at the parts' own sizes."""
        grid, head = self._grid, self._head
        m = grid.contentsMargins()
        gap = grid.horizontalSpacing()
        columns = (
            (self.tensor_title, self.tensor_grid),
            (self.array_title, self.array_grid),
            (self.memory_title, self.buffers),
        )
        body = sum(max(w.sizeHint().width() for w in column) for column in columns) + 2 * gap
        shown = [w for w in (self.number, self.code, self.verdict) if not w.isHidden()]
        top = sum(w.sizeHint().width() for w in shown) + head.spacing() * (len(shown) - 1)
        frame = 2 * self.frameWidth()
        return max(body, top) + m.left() + m.right() + frame

    def grid(self, side: str) -> TensorGrid:
        return self.tensor_grid if side == "tensor" else self.array_grid

    def editor(self, side: str) -> CellEditor:
        return self.tensor_editor if side == "tensor" else self.array_editor
