"""The dtype lesson's table of dtypes: size, range and precision, in five columns, three or two.

Its own module: choosing the table's form (five columns where they fit, else three, else two,
in the largest font that fits) is most of its code, and none of the other pages' (``panels.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.dtypes import DtypeInfo, DtypeTable
from tensorviz.ui.lessons.dtype import texts
from tensorviz.ui.theme import Theme

SHOWN_ROWS = 3  # the dtype table's rows that stay in sight however short the picture
#: Where the table is narrower than its five columns, the columns that share one, a line each:
#: the name over its size, the smallest over the largest (as always), eps over resolution.
#: On a projector at zoom (1024x768 at 150%) the five columns needed ~870 px of ~550.
NARROW_COLUMNS = ((0, 1), (2,), (3, 4))
WIDE_COLUMNS = ((0,), (1,), (2,), (3,), (4,))
#: Where even three do not fit, two: the numbers in one, a line each (in a lecture at 1024x768
#: and zoom 150 the three needed ~620 px of ~555, and eps and resolution, what the course's
#: precision step is about, stood beyond the table's edge, its scroll bar under the last row).
NARROWEST_COLUMNS = ((0, 1), (2, 3, 4))
#: The forms of the table, by preference: five columns, then three, then two, in the table's
#: font (None) or a smaller one (its cells' font, points at zoom 100). Where none fits, the
#: table scrolls sideways on its own.
Columns = tuple[tuple[int, ...], ...]  # the five columns' indices, as the table shows them
Form = tuple[Columns, float | None]
FORMS: tuple[Form, ...] = (
    (WIDE_COLUMNS, None),
    (NARROW_COLUMNS, None),
    (NARROW_COLUMNS, 9.5),
    (NARROW_COLUMNS, 9),
    (NARROW_COLUMNS, 8.5),
    (NARROWEST_COLUMNS, 9.5),
    (NARROWEST_COLUMNS, 8.5),
)
RIGHT_ALIGNED = (2, 3, 4)  # the numbers


class TablePage(QWidget):
    """Size, range and precision of every dtype the course teaches, read from torch: five
    columns, or three where the page is narrower than the five, or two narrower still.

    Not a :class:`~tensorviz.ui.widgets.wide_or_narrow.WideOrNarrow`: what changes is the
    table's content (columns merged, a smaller font), chosen among several forms as a
    :class:`~tensorviz.ui.widgets.two_form_label.TwoFormLabel` chooses its text's, not where
    its parts stand."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[DtypeInfo, ...] = ()
        self._cells: list[tuple[str, ...]] = []  # the five columns' texts, row by row
        self._kinds: dict[str, str] = {}  # text colour by kind of dtype (theme)
        self._theme: Theme | None = None
        self._form: Form | None = None  # one of FORMS
        self._needs: dict[Form, int] = {}
        self._filled = False  # items made since they were last dressed
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("dtype_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def draw(self, table: DtypeTable, theme: Theme) -> None:
        if table.rows == self._rows:
            return  # the same on every run: filled once
        self._rows = table.rows
        self._cells = [
            (
                row.name + ("".join(f" / {a}" for a in row.aliases)),
                # one block per byte, so the sizes can be compared at a glance
                f"{row.bits:>2} / {row.bytes} " + "▮" * row.bytes,
                f"{row.minimum}\n{row.maximum}",
                row.eps,
                row.resolution,
            )
            for row in table.rows
        ]
        self.apply_theme(theme)

    def is_narrow(self) -> bool:
        """Fewer than five columns."""
        return self._columns() != WIDE_COLUMNS

    def _columns(self) -> Columns:
        return self._form[0] if self._form is not None else WIDE_COLUMNS

    def _fill(self) -> None:
        """The items and headers of the current form."""
        columns = self._columns()
        table = self.table
        size = self._form[1] if self._form is not None else None
        font = None if size is None or self._theme is None else self._theme.font(size, mono=True)
        table.setColumnCount(len(columns))
        table.setRowCount(len(self._cells))
        for r, cells in enumerate(self._cells):
            for c, merged in enumerate(columns):
                lines = [cells[i].strip() if len(merged) > 1 else cells[i] for i in merged]
                item = QTableWidgetItem("\n".join(lines))
                if font is not None:
                    item.setFont(font)
                if merged[0] in RIGHT_ALIGNED:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        self._label_columns()
        self._filled = True

    def _label_columns(self) -> None:
        names, tips = texts.table_headers(), texts.table_header_tips()
        columns = self._columns()
        self.table.setHorizontalHeaderLabels(["\n".join(names[i] for i in m) for m in columns])
        for c, merged in enumerate(columns):
            tip = "\n".join(tips[i] for i in merged if i in tips)
            header = self.table.horizontalHeaderItem(c)
            if header is not None:
                header.setToolTip(tip)

    def _need(self, form: Form) -> int:
        """The width the table asks for in ``form`` (its columns, font size), as Qt sizes
        its columns; measured once a theme and language."""
        if form not in self._needs:
            self._show(form)
            table, header = self.table, self.table.horizontalHeader()
            scroll_bar = 0 if self.is_narrow() else table.verticalScrollBar().sizeHint().width()
            self._needs[form] = (
                sum(
                    max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                    for c in range(table.columnCount())
                )
                + 2 * table.frameWidth()
                + scroll_bar
            )
        return self._needs[form]

    def _show(self, form: Form) -> None:
        if form != self._form:
            self._form = form
            # merged columns as wide as their contents: the last one, stretched to fill the
            # table as the tab was shown, kept that width once the table was narrower (three
            # columns measured 538 px in 556 stood 674 px wide, eps cut at "ep" beyond the
            # edge: the course's precision step at 1024x768, zoom 150)
            self.table.horizontalHeader().setStretchLastSection(not self.is_narrow())
            self._fill()

    def _fit(self) -> bool:
        """Five columns where they fit; else three, in the largest font they fit in; else
        two (a table shrinks a little before it scrolls sideways on its own); True where the
        form changed."""
        if not self._cells or self._theme is None:
            return False
        room = self.table.width() if self.table.width() > 0 else self.width()
        shown = self._form
        chosen = next((f for f in FORMS if self._need(f) <= room), FORMS[-1])
        self._show(chosen)
        self.table.setProperty("scrolls_sideways", self._need(chosen) > room)
        if self._filled:  # new items (the chosen form's, or another's measured)
            self._filled = False
            self._dress()
        return chosen != shown

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def retranslate(self) -> None:
        self.title.setText(texts.table_title())
        self._label_columns()
        self.note.setText(texts.table_note())
        self._needs.clear()
        self._fit()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._form = None
        self._needs.clear()
        self.table.setFont(theme.font(9.5, mono=True))
        self._kinds = {"bool": theme.series[3], "int": theme.series[2], "float": theme.series[0]}
        for label in (self.title, self.note):
            label.setFont(theme.font(10))
        self._fit()
        self._dress()

    def _dress(self) -> None:
        """Colours, row heights and the table's least height, after its items changed."""
        table = self.table
        for r, row in enumerate(self._rows):
            item = table.item(r, 0)
            if item is not None:
                item.setForeground(QColor(self._kinds[row.kind]))
        table.resizeRowsToContents()
        # three rows at least: on a short picture (a lecture at 1024x768, zoom 150) the texts
        # around the table squeezed it to its header, and the picture now scrolls instead;
        # narrow, every row: the picture scrolls, and the table's own scroll bar does not
        # take the width its columns need
        narrow = self.is_narrow()
        shown = table.rowCount() if narrow else min(SHOWN_ROWS, table.rowCount())
        table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if narrow
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        table.setMinimumHeight(
            table.horizontalHeader().sizeHint().height()
            + sum(table.rowHeight(r) for r in range(shown))
            + (0 if narrow else table.horizontalScrollBar().sizeHint().height())
            + 2 * table.frameWidth()
        )
