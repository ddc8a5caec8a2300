"""What the four topic pages share: a page is a column of controls and a picture, both
passive; the pieces they are built of (an Example combo that can say "custom", tensor grids
drawn bigger than the theme's, captions); and :class:`Shown`, what a state shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget

from tensorviz.core.errors import TorchError
from tensorviz.core.snippet import Snippet
from tensorviz.ui.lessons.ops import texts
from tensorviz.ui.lessons.ops.state import CUSTOM, DTYPE_NAMES
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.equation_grids import MIN_GRID_SCALE
from tensorviz.ui.widgets.forms import mark_invalid, set_field_text
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.tensor_grid import TensorGrid

Index = tuple[int, ...]


@dataclass(frozen=True)
class Shown:
    """What a state shows of its topic.

    ``result`` is what ``tensorviz.core.ops`` returned for the state (None when
    ``torch.tensor`` refused a literal: ``creation`` then holds torch's error). ``picture`` is
    the result whose grids are drawn: ``result`` itself, or, where torch refused the call, the
    last result of the topic that torch computed (the previous picture stays). ``error`` is
    torch's refusal the banner shows. For the Hadamard and the matrix product, ``cell`` is
    the cell of C written out (hovered, else picked), ``cells`` how many C has that can be
    stepped through, ``position`` where stepping stands and ``matmul_cell`` the written-out
    dot product."""

    topic: str
    result: Any
    picture: Any
    snippet: Snippet
    error: TorchError | None = None
    creation: Any = None  # core.ops.CreationError
    cell: Index | None = None
    cells: int = 0
    position: int = 0
    matmul_cell: Any = None  # core.ops.MatmulCell

    @property
    def stale(self) -> bool:
        """The grids show an earlier result than the state's (torch refused this one)."""
        return self.picture is not None and self.picture is not self.result


class Page(QObject):
    """One topic: ``controls`` (its column of the left pane) and ``picture`` (the middle).
    Subclasses build both, emit intents and implement :meth:`draw`."""

    preset_chosen = Signal(str)  # a preset's key

    def __init__(self, theme: Theme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.controls: QWidget  # set by the subclass
        self.picture = QWidget()
        self.grids: list[TensorGrid] = []
        self.edits: dict[str, QLineEdit] = {}  # field name -> its line edit
        self._preset_keys: tuple[str, ...] = ()
        self.preset_combo = QComboBox()
        self._rendered: tuple[Any, Shown] | None = None

    # -- building --------------------------------------------------------------------------
    def grid(self, name: str, scale: float = 1.0) -> TensorGrid:
        """A tensor grid drawn ``scale`` times the theme's size (it still shrinks to fit)."""
        grid = TensorGrid(self.theme)
        grid.setObjectName(name)
        grid.setProperty("scale", scale)
        # beside the others in a narrow picture (a projector at zoom) it shrinks to fit
        grid.set_min_scale(MIN_GRID_SCALE)
        # as tall as its drawing wants, so captions sit right under the cells
        grid.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.grids.append(grid)
        return grid

    def edit(self, field: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        self.edits[field] = edit
        return edit

    @staticmethod
    def caption() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        set_role(label, "muted")
        return label

    def presets(self, name: str, keys: tuple[str, ...]) -> QComboBox:
        """The Example combo: one entry per preset, and "custom" while the fields hold none."""
        self._preset_keys = keys
        combo = self.preset_combo
        combo.setObjectName(name)
        combo.addItems([""] * len(keys))
        combo.activated.connect(self._on_preset_activated)
        return combo

    def _on_preset_activated(self, index: int) -> None:
        if index < len(self._preset_keys):
            self.preset_chosen.emit(self._preset_keys[index])

    # -- drawing ---------------------------------------------------------------------------
    def show_preset(self, key: str) -> None:
        # unblocked: a choice is only ``activated``, which no setCurrentIndex emits, and the
        # elider hears of the new text (blocked, step 38 kept step 37's text as tooltip)
        combo, n = self.preset_combo, len(self._preset_keys)
        if key == CUSTOM:
            if combo.count() == n:
                combo.addItem(texts.custom())
            combo.setCurrentIndex(n)
        else:
            if combo.count() > n:
                combo.removeItem(n)
            combo.setCurrentIndex(self._preset_keys.index(key))

    def set_text(self, field: str, text: str) -> None:
        """Show ``text`` in ``field`` unless the field holds text that was refused."""
        edit = self.edits[field]
        if not edit.property("invalid") and edit.text() != text:
            with QSignalBlocker(edit):
                set_field_text(edit, text)

    def mark_invalid(self, field: str | None) -> None:
        """Outline ``field`` as refused (None: no field is)."""
        for name, edit in self.edits.items():
            if bool(edit.property("invalid")) != (name == field):  # restyling is not free
                mark_invalid(edit, name == field)

    def render(self, sub: Any, shown: Shown) -> None:
        """Show ``sub`` with what it shows (kept to draw again in another language)."""
        self._rendered = (sub, shown)
        self.draw(sub, shown)

    def redraw(self) -> None:
        """Draw the last rendered again (texts made from results follow the language)."""
        if self._rendered is not None:
            self.draw(*self._rendered)

    def draw(self, sub: Any, shown: Shown) -> None:
        """Subclasses: put the topic's sub-state and what it shows on screen."""

    def retranslate(self, preset_titles: dict[str, str] | None = None) -> None:
        if preset_titles is not None:
            for i, key in enumerate(self._preset_keys):
                self.preset_combo.setItemText(i, preset_titles[key])
            if self.preset_combo.count() > len(self._preset_keys):
                self.preset_combo.setItemText(len(self._preset_keys), texts.custom())

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        for grid in self.grids:
            # bigger cells than the theme's: these grids are small and a projector is far
            grid.apply_theme(theme.with_zoom(round(theme.zoom * float(grid.property("scale")))))


def dtype_combo(name: str) -> QComboBox:
    """A choice of x's dtype: each entry holds its name (``DTYPE_NAMES``) as data; its words
    are :func:`name_dtypes`'s."""
    combo = QComboBox(objectName=name)
    for dtype in DTYPE_NAMES:
        combo.addItem(dtype, dtype)
    return combo


def name_dtypes(combo: QComboBox) -> None:
    """ "auto" in the current language (zh_CN showed "auto" where the other lessons say
    自动推断); torch's names stay."""
    combo.setItemText(DTYPE_NAMES.index("auto"), texts.inferred_dtype())


def titled(title: str, snap: Any) -> str:
    """A grid title with the tensor's dtype: ``x before · int64``."""
    return f"{title} · {snap.dtype.removeprefix('torch.')}"
