"""The create lesson's picture: the tensor x, the same input given to the other of
torch.tensor / torch.Tensor (y), x's attributes, a note on reading it, and the histogram of a
large sample for a random constructor."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.values import TensorSnapshot, format_value
from tensorviz.ui.lessons.create import texts
from tensorviz.ui.lessons.create.arrange import BesideOrBelow, ValueLabel, WrappingBadge
from tensorviz.ui.lessons.create.sharing import SharingPanel
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.elide import elide_title
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.tensor_grid import TensorGrid
from tensorviz.ui.widgets.wrapping_label import WrappingLabel

if TYPE_CHECKING:
    from tensorviz.ui.widgets.sample_histogram import SampleHistogram

ATTRIBUTES = (
    ("shape", "shape"),
    ("ndim", "ndim"),
    ("numel", "numel()"),
    ("dtype", "dtype"),
    ("device", "device"),
    ("element_size", "element_size()"),
    ("nbytes", "nbytes"),
    ("requires_grad", "requires_grad"),
    ("is_leaf", "is_leaf"),
)


def clip(text: str, limit: int = 56) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary_text(snap: TensorSnapshot) -> str:
    """A tensor too big (or with too many dims) to draw cell by cell, in words."""
    lines = [texts.summary_head(snap.ndim, snap.numel), f"shape {snap.shape}   dtype {snap.dtype}"]
    summary = snap.summary
    if summary is not None:
        fmt = lambda v: format_value(v, "float")  # noqa: E731
        lines.append(
            f"min {fmt(summary.minimum)}   max {fmt(summary.maximum)}   mean {fmt(summary.mean)}"
        )
        lines.append(f"NaN {summary.nan_count:,}   Inf {summary.inf_count:,}")
    lines.append(texts.summary_foot())
    return "\n".join(lines)


def cell_text(snap: TensorSnapshot, index: tuple[int, ...]) -> str:
    """The text of element ``index`` as the grid draws it ("" when it has no such cell)."""
    if snap.text is None or len(index) != snap.ndim:
        return ""
    if any(not 0 <= i < s for i, s in zip(index, snap.shape, strict=True)):
        return ""
    return snap.text[int(np.ravel_multi_index(index, snap.shape)) if snap.shape else 0]


class PictureMixin:
    """Builds and draws the picture of :class:`~.view.CreateView`."""

    def _build_picture(self) -> QWidget:
        picture = QWidget()
        picture.setObjectName("create_picture")
        layout = QVBoxLayout(picture)
        layout.setContentsMargins(0, 0, 0, 0)
        # x above y: each grid gets the width the attribute table leaves (a course tensor is
        # wider than tall: np.random.randn(3, 5) side by side was too small to read)
        grids_widget = QWidget()
        grids = QVBoxLayout(grids_widget)
        grids.setContentsMargins(0, 0, 0, 0)
        self.main_box = QGroupBox()
        self.main_box.setObjectName("main_box")
        main_layout = QVBoxLayout(self.main_box)
        self.grid = self._grid("tensor_grid")
        self.grid.cell_hovered.connect(self._on_cell_hovered)
        self.grid.cell_clicked.connect(lambda index: self.cell_selected.emit(tuple(index)))
        self.main_caption = self._label("main_caption")
        main_layout.addWidget(self.main_caption)
        self.main_share = self._badge("main_share")
        main_layout.addWidget(self.main_share, 0, Qt.AlignmentFlag.AlignLeft)
        main_layout.addWidget(self.grid, 1)
        self.summary_label = self._label("summary_label")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        main_layout.addWidget(self.summary_label, 1)
        self.summary_label.hide()
        grids.addWidget(self.main_box, 1)
        # The two grids share what the attribute table leaves; they scale down to fit.
        self.main_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.compare_box = QGroupBox()
        self.compare_box.setObjectName("compare_box")
        compare_layout = QVBoxLayout(self.compare_box)
        self.compare_grid = self._grid("compare_grid")
        self.compare_error = self._label("compare_error")
        self.compare_error.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.compare_error, None, "bad")
        self.compare_caption = self._label("compare_caption")
        compare_layout.addWidget(self.compare_caption)
        self.compare_share = self._badge("compare_share")
        compare_layout.addWidget(self.compare_share, 0, Qt.AlignmentFlag.AlignLeft)
        compare_layout.addWidget(self.compare_grid, 100)
        compare_layout.addWidget(self.compare_error)
        self.compare_summary = self._label("compare_summary")
        self.compare_summary.hide()
        compare_layout.addWidget(self.compare_summary)
        compare_layout.addStretch(1)
        grids.addWidget(self.compare_box, 1)
        self.compare_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.attributes_box = QFrame()
        self.attributes_box.setObjectName("attributes_box")
        set_role(self.attributes_box, "panel")
        attr_layout = QGridLayout(self.attributes_box)
        self._attr_heading = QLabel()
        attr_layout.addWidget(self._attr_heading, 0, 0, 1, 2)
        self.attr_names: dict[str, QLabel] = {}
        self.attr_values: dict[str, QLabel] = {}
        for row, (key, code) in enumerate(ATTRIBUTES, start=1):
            name = QLabel("." + code)
            set_role(name, "muted")
            value = ValueLabel()
            value.setObjectName(f"attr_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            attr_layout.addWidget(name, row, 0)
            attr_layout.addWidget(value, row, 1)
            self.attr_names[key] = name
            self.attr_values[key] = value
        attr_layout.setRowStretch(len(ATTRIBUTES) + 1, 1)
        # never narrower than its text: under the grids where beside it they would not read
        self.attributes_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        grids = ((self.main_box, self.grid), (self.compare_box, self.compare_grid))
        self.grids_and_table = BesideOrBelow(grids_widget, self.attributes_box, grids)
        layout.addLayout(self.grids_and_table, 3)

        self.sharing_box = SharingPanel()  # the data given as a tensor t
        layout.addWidget(self.sharing_box)

        self.note_label = self._label("note_label")
        self.note_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.note_label)

        self.histogram_box = QGroupBox()
        self.histogram_box.setObjectName("histogram_box")
        self._hist_layout = QVBoxLayout(self.histogram_box)
        self.histogram: SampleHistogram | None = None  # make_histogram: half the start-up
        self.histogram_box.hide()
        # never shorter than it asks (the plot's axes, the statistics beside it), as when its
        # wrapped labels made it height-for-width: a short picture scrolls
        self.histogram_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.histogram_box, 3)
        return picture

    def _grid(self, name: str) -> TensorGrid:
        grid = TensorGrid(self.theme, wraps=True)  # linspace's 10 values in rows, as printed
        grid.setObjectName(name)
        grid.set_max_scale(2.0)
        return grid

    @staticmethod
    def _badge(name: str) -> Badge:
        badge = WrappingBadge()
        badge.setObjectName(name)
        badge.hide()
        return badge

    @staticmethod
    def _label(name: str, wrap: bool = True) -> QLabel:
        # a wrapped label as tall as its text at any width (a plain one kept one line's
        # height in a narrow picture and cut the rest)
        label = WrappingLabel() if wrap else QLabel()
        label.setObjectName(name)
        return label

    # -- drawing ---------------------------------------------------------------------------
    def _draw_picture(self, state, shown) -> None:
        """The grids, the attributes, the comparison and the histogram of ``shown.picture``
        (none when torch refused and nothing was made on the way here)."""
        result = shown.picture
        snap = result.tensor if result is not None else None
        self._show_tensor(
            self.grid, self.summary_label, snap, result is not None and result.uninitialised
        )
        code = result.code if result is not None else shown.result.code
        elide_title(self.main_box, "x = " + clip(code, 40))
        self._paint_highlight(state, shown)
        attrs = result.attributes if result is not None else None
        for key, label in self.attr_values.items():
            label.setText(str(getattr(attrs, key)) if attrs is not None else "")
        self._fit_attributes()
        self._show_comparison(result)
        histogram = result.histogram if result is not None else None
        self.histogram_box.setVisible(histogram is not None)
        if histogram is not None and self.make_histogram().histogram() is not histogram:
            self.histogram.set_histogram(histogram)

    def make_histogram(self) -> SampleHistogram:
        """The plot, built on first use or ahead (pyqtgraph: 0.1-0.2 s to import)."""
        if self.histogram is None:
            from tensorviz.ui.widgets.sample_histogram import SampleHistogram

            self.histogram = SampleHistogram(self.theme)
            self._hist_layout.addWidget(self.histogram)
        return self.histogram

    @staticmethod
    def _show_tensor(grid: TensorGrid, summary: QLabel, snap, uninitialised: bool) -> None:
        """``snap`` in ``grid``, or, when summarised, the grid hidden for the ``summary``."""
        if grid.snapshot() is not snap:  # the same tensor keeps its hover and layout
            grid.set_snapshot(snap)
            if uninitialised and snap is not None and not snap.summarised:
                # Hatched like broadcast ghosts: bytes that happen to be there, not chosen values.
                grid.set_ghost(np.ones(snap.shape, dtype=bool))
        summarised = snap is not None and snap.summarised
        grid.setVisible(not summarised)
        summary.setVisible(summarised)

    def _show_comparison(self, result) -> None:
        comparison = result.comparison if result is not None else None
        self.compare_box.setVisible(comparison is not None)
        if comparison is None:
            return
        other = comparison.other
        if other.error is not None or other.refused:
            self.compare_grid.set_snapshot(None)
            self.compare_grid.hide()
            self.compare_summary.hide()
            self.compare_error.setText(str(other.error) if other.error is not None else "")
            self.compare_error.show()
        else:
            self._show_tensor(
                self.compare_grid, self.compare_summary, other.tensor, other.uninitialised
            )
            self.compare_error.hide()

    def _paint_highlight(self, state, shown) -> None:
        cells: dict[tuple[int, ...], str] = {}
        result = shown.picture
        if result is not None and result.conversion is not None:
            mask = result.conversion.mask
            if mask is not None:
                for index in zip(*mask.nonzero(), strict=True):
                    cells[tuple(int(i) for i in index)] = "negative"
        selected = self.selected_cell(state, shown)
        if selected is not None:
            cells[selected] = "highlight"
        self.grid.set_highlight(cells)

    @staticmethod
    def selected_cell(state, shown) -> tuple[int, ...] | None:
        """The cell picked, or by default the last one (none in a summary or empty tensor)."""
        result = shown.picture
        snap = result.tensor if result is not None else None
        if snap is None or snap.summarised:
            return None
        if state.selected is not None:
            return state.selected
        return tuple(s - 1 for s in snap.shape) if all(snap.shape) else None

    def _fit_attributes(self) -> None:
        """Beside the grids, the attribute table is as wide as its longest name and value
        (the layout alone let the grids squeeze it until Chinese and 200% text was clipped);
        under them, a value wider than the picture wraps at its spaces."""

        def widest(labels) -> int:
            return max(label.fontMetrics().horizontalAdvance(label.text()) for label in labels)

        names = widest(self.attr_names.values())
        values = widest(self.attr_values.values())
        # empty labels not counted: Qt says 7 px made so, 0 px emptied (moved != opened)
        shown = [label for label in self.attr_values.values() if label.text()]
        words = max((label.minimumSizeHint().width() for label in shown), default=0)
        heading = widest([self._attr_heading])
        pad = self.theme.px(36)
        self.grids_and_table.set_side_width(max(names + values, heading) + pad)
        self.attributes_box.setMinimumWidth(max(names + words, heading) + pad)

    # -- texts made from the result ----------------------------------------------------------
    def _draw_texts(self, state, shown) -> None:
        result = shown.picture
        if result is not None and result.tensor is not None:
            if result.tensor.summarised:
                self.summary_label.setText(summary_text(result.tensor))
            self.main_caption.setText(texts.dtype_caption(result.tensor.dtype))
        else:
            self.main_caption.setText("")
        comparison = result.comparison if result is not None else None
        if comparison is not None:
            other = comparison.other
            if other.tensor is not None and other.tensor.summarised:
                self.compare_summary.setText(summary_text(other.tensor))
            elide_title(self.compare_box, "y = " + clip(other.code, 40))
            self.compare_caption.setText(
                texts.compare_caption(
                    comparison.other_name,
                    other.dtype,
                    other.refused,
                    other.error is not None,
                    other.uninitialised,
                )
            )
        self._draw_sharing(result)
        self.initial_seed_label.setText(
            texts.initial_seed(result.initial_seed if result is not None else None)
        )
        if shown.rerun is None:
            self.seed_status.set_verdict("", None)
        else:
            self.seed_status.set_verdict(*texts.seed_verdict(*shown.rerun))
        self._draw_note(state, shown)

    def _draw_sharing(self, result) -> None:
        """The data given as a tensor t: whether x and y have t's memory, and why."""
        sharing = result.sharing if result is not None else None
        self.sharing_box.draw(sharing)
        names = {}
        if sharing is not None:
            names[self.main_share] = result.spec.constructor
            if result.comparison is not None:
                names[self.compare_share] = result.comparison.other_name
        for badge in (self.main_share, self.compare_share):
            shares = sharing.shares.get(names.get(badge, "")) if sharing is not None else None
            if shares is None:
                badge.set_verdict("", None)
            elif sharing.source_numel == 0:
                badge.set_verdict(texts.share_badge(shares, empty=True), None)
            else:
                badge.set_verdict(texts.share_badge(shares), "good" if shares else "bad")

    def _draw_note(self, state, shown, hovered: tuple[int, ...] | None = None) -> None:
        """The text under the grid: how to read an index, and what is special here."""
        result = shown.picture
        if result is None or result.tensor is None:
            self.note_label.setText("")
            return
        snap = result.tensor
        parts: list[str] = []
        if result.uninitialised:
            head, body = texts.uninitialised()
            parts.append(
                f"<span style='color:{self.theme.negative}'><b>{html.escape(head)}</b></span> "
                + html.escape(body.format(result.spec.constructor, snap.numel, snap.dtype))
            )
        parts.append(html.escape(texts.dims(snap.ndim)))
        index = hovered if hovered is not None else self.selected_cell(state, shown)
        if index is not None and not snap.summarised and snap.text is not None:
            where = texts.index(tuple(index), cell_text(snap, tuple(index)))
            parts.append(f"<b>{html.escape(where)}</b>")
        conversion = result.conversion
        if conversion is not None:
            head = texts.conversion(
                conversion.source_kind,
                conversion.target_dtype,
                conversion.changed,
                conversion.source_kind == "float" and "int" in conversion.target_dtype,
            )
            if conversion.changed:
                head += " " + ", ".join(f"{a} → {b}" for _i, a, b in conversion.examples)
            parts.append(html.escape(head))
        comparison = result.comparison
        sharing = result.sharing
        if sharing is not None:
            made = {result.spec.constructor: snap.dtype}
            if comparison is not None and comparison.other.tensor is not None:
                made[comparison.other_name] = comparison.other.dtype
            for name, dtype in made.items():
                if name in sharing.shares and sharing.source_numel:  # empty: nothing to share
                    text = texts.tensor_comparison(name, sharing.shares[name], dtype)
                    parts.append(html.escape(text))
        elif comparison is not None:
            other = comparison.other
            text = texts.comparison(
                other.uninitialised, other.error is not None, comparison.other_name, other.dtype
            )
            parts.append(html.escape(text))
        special = texts.constructor_note(result.spec.constructor)
        if special:
            parts.append(html.escape(special))
        self.note_label.setText("<br>".join(parts))

    def _on_cell_hovered(self, index) -> None:
        if self.rendered is not None:
            self._draw_note(*self.rendered, hovered=None if index is None else tuple(index))
