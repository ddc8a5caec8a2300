"""Lesson ``descent`` (course 八.3.4-3.5): live gradient descent with a learning-rate slider.

Every number painted comes from a :class:`tensorviz.core.descent.Trace`, computed by real
torch autograd. For the course's plain update, one background batch (``descent.table``)
computes the runs of every slider position at once, up to 1,000 epochs, so dragging the lr
or epochs slider only slices arrays and repaints (bit-for-bit the single runs: tested).
Anything not in a table (a typed lr, an optimizer's run) is computed on a worker thread; a
stale answer is dropped. Three workers: ``worker`` (the run the user waits for),
``table_worker`` (the table of the current setup: the sweep strip), ``fill_worker``
(background: the other experiment's table, and the rest of an optimizer's slider, chunk by
chunk around the current lr). ``settle()`` waits for the first two.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGraphicsItem,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core import descent
from tensorviz.core.errors import TorchError
from tensorviz.core.literal import LiteralError, parse_float, parse_literal
from tensorviz.ui import theme as theme_mod
from tensorviz.ui.lessons.legacy_base import Lesson
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.forms import mark_invalid
from tensorviz.ui.worker import Worker

#: Plotted values are clipped to this magnitude. float32 stops at 3.4e38, so finite values
#: are drawn as they are; only float64 products drawn from them (x**2 of the path) are capped.
CLIP = 1e300
#: Smallest loss drawn on a log axis (0 and subnormals sit on this floor).
LOG_FLOOR = 1e-30
#: The most path markers drawn on the parabola (the joining line still has every epoch).
MAX_MARKERS = 120
#: Slider positions per background chunk of an optimizer's table.
FILL_CHUNK = 24
SPEEDS = (5, 10, 25, 50, 100, 250)  # epochs per second
FRAME_MS = 40


def num(v: float) -> str:
    """A float32 value as its shortest exact text (``2.4``, ``1e+20``, ``inf``)."""
    return str(np.float32(v))


def finite_prefix(n: int, trace: descent.Trace) -> int:
    """How many leading epochs (of ``n`` + 1 points) are finite, to plot."""
    k = trace.diverged_at
    return n + 1 if k is None else k


def clip(values: np.ndarray) -> np.ndarray:
    """Finite float64 values clipped to +-CLIP (callers pass only finite values)."""
    return np.clip(values.astype(np.float64), -CLIP, CLIP)


#: Curves with more points than this are drawn without antialiasing: hundreds of
#: antialiased full-height segments (an oscillating run) cost ~6 ms each curve, aliased ~1 ms,
#: and at that density the difference does not show.
AA_MAX_POINTS = 150


def set_curve(item: pg.PlotDataItem, x, y, smooth: bool = True) -> None:
    """setData, antialiased only where it is cheap: few points and no blow-up (a diverging
    run zigzags over many decades; aliased, it costs a tenth and looks the same)."""
    item.opts["antialias"] = smooth and len(x) <= AA_MAX_POINTS
    item.setData(x, y)


def log10_of(values: np.ndarray) -> np.ndarray:
    """log10 of non-negative finite values, with 0 on the floor (no warnings)."""
    v = np.clip(values.astype(np.float64), LOG_FLOOR, CLIP)
    return np.log10(v)


class Log10Axis(pg.AxisItem):
    """An axis whose data are log10 values when ``log`` is set: ticks read 10**v."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.log = False

    def tickStrings(self, values, scale, spacing):
        if not self.log:
            return super().tickStrings(values, scale, spacing)
        return [f"{10.0**v:.3g}" if -300 < v < 300 else "" for v in values]


class DescentLesson(Lesson):
    key = "descent"

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._grid = descent.lr_grid()
        self._setups = {
            "square": descent.Setup("square"),
            "line": descent.Setup("line"),
        }
        self._experiment = "square"
        self._lr = {"square": 0.1, "line": 0.01}
        self._epochs = {"square": 50, "line": 100}
        self._tables: dict[descent.Setup, descent.Table] = {}
        # optimizers: the rest of the slider, filled in around the current lr, chunk by chunk
        self._fills: dict[descent.Setup, list[descent.Table]] = {}
        self._runs: OrderedDict[tuple[descent.Setup, float], descent.Trace] = OrderedDict()
        self._trace: descent.Trace | None = None
        self._pinned: descent.Trace | None = None
        self._cursor = 1
        self._play_accum = 0.0
        self._pitfall: descent.Pitfall | None = None
        self._loss_log = False
        self._sweep_key: tuple | None = None
        self._paint_count = 0

        # two threads: a slow table (optimizers: seconds) must never hold up the run of the
        # lr the user just picked
        self.worker = Worker(self)
        self.worker.finished.connect(self._on_work_done)
        self.table_worker = Worker(self)
        self.table_worker.finished.connect(self._on_work_done)
        self.fill_worker = Worker(self)  # background, low priority: settle() does not wait
        self.fill_worker.finished.connect(self._on_work_done)
        self._code_timer = QTimer(self, singleShot=True, interval=120)
        self._code_timer.timeout.connect(self._update_code)
        self._play_timer = QTimer(self, interval=FRAME_MS)
        self._play_timer.timeout.connect(self._on_play_tick)

        self._build_controls()
        self._build_picture()
        self.set_content(self._controls, self._picture, code_width=28)
        self.retranslate()
        self.apply_theme(theme)
        self._sync_experiment_controls()
        # The default picture is computed here (the course's run, a few ms); the tables for
        # the slider follow in the background.
        self._refresh()

    # == building ==========================================================================
    def _build_controls(self) -> None:
        c = self._controls = QWidget()
        layout = QVBoxLayout(c)
        layout.setContentsMargins(0, 0, 0, 0)

        self._exp_box = QGroupBox()
        self._square_button = QPushButton(checkable=True, objectName="experiment_square")
        self._line_button = QPushButton(checkable=True, objectName="experiment_line")
        self._square_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self._square_button)
        group.addButton(self._line_button)
        self._square_button.toggled.connect(self._on_experiment_changed)
        row = QVBoxLayout(self._exp_box)
        row.addWidget(self._square_button)
        row.addWidget(self._line_button)
        layout.addWidget(self._exp_box)

        self._run_box = QGroupBox()
        form = QVBoxLayout(self._run_box)
        self._lr_title = QLabel()
        self._lr_slider = QSlider(Qt.Orientation.Horizontal, objectName="lr_slider")
        self._lr_slider.setRange(0, len(self._grid) - 1)
        self._lr_slider.setPageStep(10)
        self._lr_slider.valueChanged.connect(self._on_lr_slider_changed)
        self._lr_edit = QLineEdit(objectName="lr_edit")
        self._lr_edit.editingFinished.connect(self._on_lr_edit_changed)
        lr_row = QHBoxLayout()
        lr_row.addWidget(self._lr_slider, 1)
        lr_row.addWidget(self._lr_edit)
        self._epochs_title = QLabel()
        self._epochs_slider = QSlider(Qt.Orientation.Horizontal, objectName="epochs_slider")
        self._epochs_slider.setRange(1, descent.MAX_EPOCHS)
        self._epochs_slider.setPageStep(50)
        self._epochs_slider.valueChanged.connect(self._on_epochs_changed)
        self._epochs_value = QLabel(objectName="epochs_value")
        self._epochs_value.setMinimumWidth(self.theme.px(40))
        ep_row = QHBoxLayout()
        ep_row.addWidget(self._epochs_slider, 1)
        ep_row.addWidget(self._epochs_value)
        self._opt_title = QLabel()
        self._optimizer_combo = QComboBox(objectName="optimizer_combo")
        for _ in descent.OPTIMIZERS:
            self._optimizer_combo.addItem("")
        self._optimizer_combo.currentIndexChanged.connect(self._on_optimizer_changed)
        self._pin_button = QPushButton(checkable=True, objectName="pin_button")
        self._pin_button.toggled.connect(self._on_pin_toggled)
        for w in (self._lr_title,):
            form.addWidget(w)
        form.addLayout(lr_row)
        form.addWidget(self._epochs_title)
        form.addLayout(ep_row)
        form.addWidget(self._opt_title)
        form.addWidget(self._optimizer_combo)
        form.addWidget(self._pin_button)
        self._pin_label = QLabel(objectName="pin_label", wordWrap=True)
        self._pin_label.setProperty("role", "muted")
        self._pin_label.hide()
        form.addWidget(self._pin_label)
        layout.addWidget(self._run_box)

        self._start_box = QGroupBox()
        sf = QFormLayout(self._start_box)
        self._x0_label = QLabel()
        self._x0_edit = QLineEdit("3.0", objectName="x0_edit")
        self._data_x_label = QLabel()
        self._data_x_edit = QLineEdit("[1, 2, 3, 4, 5]", objectName="data_x_edit")
        self._data_y_label = QLabel()
        self._data_y_edit = QLineEdit("[3, 5, 7, 9, 11]", objectName="data_y_edit")
        self._a0_label = QLabel()
        self._a0_edit = QLineEdit("1", objectName="a0_edit")
        self._b0_label = QLabel()
        self._b0_edit = QLineEdit("1", objectName="b0_edit")
        for label, edit in (
            (self._x0_label, self._x0_edit),
            (self._data_x_label, self._data_x_edit),
            (self._data_y_label, self._data_y_edit),
            (self._a0_label, self._a0_edit),
            (self._b0_label, self._b0_edit),
        ):
            sf.addRow(label, edit)
            edit.editingFinished.connect(self._on_setup_edited)
        layout.addWidget(self._start_box)

        self._view_box = QGroupBox()
        vf = QFormLayout(self._view_box)
        self._scale_label = QLabel()
        self._scale_combo = QComboBox(objectName="loss_scale_combo")
        for _ in range(3):
            self._scale_combo.addItem("")
        self._scale_combo.currentIndexChanged.connect(self._on_scale_changed)
        vf.addRow(self._scale_label, self._scale_combo)
        layout.addWidget(self._view_box)

        self._pit_box = QGroupBox()
        pv = QVBoxLayout(self._pit_box)
        self._pit_text = QLabel(wordWrap=True)
        self._pit_text.setProperty("role", "muted")
        self._pit_inplace = QPushButton(objectName="pitfall_inplace_button")
        self._pit_rebind = QPushButton(objectName="pitfall_rebind_button")
        self._pit_inplace.clicked.connect(lambda: self._on_pitfall_clicked("inplace"))
        self._pit_rebind.clicked.connect(lambda: self._on_pitfall_clicked("rebind"))
        pv.addWidget(self._pit_text)
        pv.addWidget(self._pit_inplace)
        pv.addWidget(self._pit_rebind)
        layout.addWidget(self._pit_box)
        layout.addStretch(1)

        with QSignalBlocker(self._lr_slider):
            self._lr_slider.setValue(self._grid.index(self._lr["square"]))
        with QSignalBlocker(self._epochs_slider):
            self._epochs_slider.setValue(self._epochs["square"])

    def _build_picture(self) -> None:
        p = self._picture = QWidget()
        layout = QVBoxLayout(p)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self._regime_label = QLabel(objectName="regime_label")
        self._regime_label.setProperty("role", "badge")
        self._regime_detail = QLabel(objectName="regime_detail", wordWrap=True)
        self._regime_detail.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        head.addWidget(self._regime_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self._regime_detail, 1)
        self._busy_label = QLabel(objectName="busy_label")
        self._busy_label.setProperty("role", "muted")
        head.addWidget(self._busy_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        # Fixed heights (set in apply_theme): text that changes while the slider moves must
        # never resize the plots (a relayout of the plots costs more than the whole update).
        self._diverged_label = QLabel(objectName="diverged_label")
        layout.addWidget(self._diverged_label)

        self._plots_widget = pg.GraphicsLayoutWidget()
        self._plots_widget.setObjectName("descent_plots")
        self._plot_main = self._plots_widget.addPlot(0, 0, enableMenu=False)
        self._axis_loss = Log10Axis("left")
        self._axis_sweep_x = Log10Axis("bottom")
        self._axis_sweep_y = Log10Axis("left")
        self._axis_sweep_x.log = True
        self._axis_sweep_y.log = True
        self._plot_params = self._plots_widget.addPlot(0, 1, enableMenu=False)
        self._plot_loss = self._plots_widget.addPlot(
            1, 0, axisItems={"left": self._axis_loss}, enableMenu=False
        )
        self._plot_sweep = self._plots_widget.addPlot(
            1,
            1,
            axisItems={"left": self._axis_sweep_y, "bottom": self._axis_sweep_x},
            enableMenu=False,
        )
        self._plots = (self._plot_main, self._plot_params, self._plot_loss, self._plot_sweep)
        for plot in self._plots:
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setMouseEnabled(x=False, y=False)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                # one level of minor ticks/grid lines, and a pixmap cache: while the lr
                # slider moves, unchanged axes are blitted instead of drawn again
                axis.setStyle(maxTickLevel=1)
                axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        layout.addWidget(self._plots_widget, 1)

        # main plot: parabola + path (square), data + current line (line fit)
        # path markers by epoch, dark early and bright late (see _epoch_brushes)
        cmap = pg.colormap.get("viridis")
        self._brush_cache = [pg.mkBrush(cmap.map(i / 255.0, mode="qcolor")) for i in range(256)]
        m = self._plot_main
        self._parabola = m.plot()
        self._pinned_path = m.plot()
        self._path_line = m.plot()
        self._path_points = pg.ScatterPlotItem()
        m.addItem(self._path_points)
        self._data_points = pg.ScatterPlotItem()
        m.addItem(self._data_points)
        # the fitted lines do not set the view: it frames the data, and a line that flew
        # off (large lr) is seen leaving it
        self._pinned_fit = pg.PlotDataItem()
        self._fit_line = pg.PlotDataItem()
        m.addItem(self._pinned_fit, ignoreBounds=True)
        m.addItem(self._fit_line, ignoreBounds=True)
        self._cursor_point = pg.ScatterPlotItem()
        m.addItem(self._cursor_point)
        # parameters per epoch
        self._pinned_param_curves = [self._plot_params.plot() for _ in range(2)]
        self._param_curves = [self._plot_params.plot() for _ in range(2)]
        self._param_cursor = pg.ScatterPlotItem()
        self._plot_params.addItem(self._param_cursor)
        # loss per epoch
        self._pinned_loss_curve = self._plot_loss.plot()
        self._loss_curve = self._plot_loss.plot()
        self._loss_cursor = pg.ScatterPlotItem()
        self._plot_loss.addItem(self._loss_cursor)
        self._vlines = []
        for plot in (self._plot_params, self._plot_loss):
            line = pg.InfiniteLine(angle=90, movable=False)
            plot.addItem(line, ignoreBounds=True)
            self._vlines.append(line)
        # sweep strip: final loss vs lr
        self._sweep_curve = self._plot_sweep.plot()
        self._sweep_blown = pg.ScatterPlotItem()
        self._plot_sweep.addItem(self._sweep_blown)
        self._lr_line = pg.InfiniteLine(angle=90, movable=False)
        self._pinned_lr_line = pg.InfiniteLine(angle=90, movable=False)
        # 1/lam_max ("overshoots") and 2/lam_max ("diverges"): a factor 2 apart on a log
        # axis, so their labels sit at different heights
        self._thr_lines = [
            pg.InfiniteLine(
                angle=90,
                movable=False,
                label="",
                labelOpts={"position": position, "anchors": [(0, 0.5), (0, 0.5)]},
            )
            for position in (0.8, 0.6)
        ]
        for line in (self._lr_line, self._pinned_lr_line, *self._thr_lines):
            self._plot_sweep.addItem(line, ignoreBounds=True)
        self._blown_text = pg.TextItem(anchor=(1, 0))
        self._plot_sweep.addItem(self._blown_text, ignoreBounds=True)
        self._diverge_text = pg.TextItem(anchor=(0, 0))
        self._plot_loss.addItem(self._diverge_text, ignoreBounds=True)
        self._hover = {plot: pg.TextItem(anchor=(0, 1)) for plot in self._plots}
        for plot, item in self._hover.items():
            plot.addItem(item, ignoreBounds=True)
            item.hide()
        self._plots_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        # Runs that oscillate draw hundreds of segments over each other (x -> -x -> x ...);
        # as one antialiased path Qt strokes them all together (about a second at lr = 1).
        # Drawn as separate segments they cost microseconds.
        for plot in self._plots:
            for item in plot.listDataItems():
                if isinstance(item, pg.PlotDataItem):
                    item.curve.setSegmentedLineMode("on")

        # epoch cursor
        cur = QHBoxLayout()
        self._play_button = QPushButton(checkable=True, objectName="play_button")
        self._play_button.toggled.connect(self._on_play_toggled)
        self._step_button = QPushButton(objectName="step_button")
        self._step_button.clicked.connect(self._on_step_clicked)
        self._reset_button = QPushButton(objectName="reset_button")
        self._reset_button.clicked.connect(self._on_reset_clicked)
        self._speed_combo = QComboBox(objectName="speed_combo")
        for _ in SPEEDS:
            self._speed_combo.addItem("")
        self._speed_combo.setCurrentIndex(1)
        self._epoch_slider = QSlider(Qt.Orientation.Horizontal, objectName="epoch_slider")
        self._epoch_slider.valueChanged.connect(self._on_epoch_slider_changed)
        self._epoch_label = QLabel(objectName="epoch_label")
        for w in (self._play_button, self._step_button, self._reset_button, self._speed_combo):
            cur.addWidget(w)
        cur.addWidget(self._epoch_slider, 1)
        cur.addWidget(self._epoch_label)
        layout.addLayout(cur)
        self._update_label = QLabel(objectName="update_label")
        # long updates (momentum, Adam) are cut at the right instead of widening the picture
        # and squeezing the controls and the code; the full text is the tooltip
        self._update_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._update_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._update_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._update_label)

    # == state =============================================================================
    @property
    def experiment(self) -> str:
        return self._experiment

    def setup(self) -> descent.Setup:
        return self._setups[self._experiment]

    def lr(self) -> float:
        return self._lr[self._experiment]

    def epochs(self) -> int:
        return self._epochs[self._experiment]

    def trace(self) -> descent.Trace | None:
        """The run on screen."""
        return self._trace

    def cursor(self) -> int:
        return self._cursor

    def plotted(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The data of a drawn curve (tests): ``x``/``a``/``b`` per epoch, ``loss``,
        ``sweep``, ``path``."""
        if name == "loss":
            item = self._loss_curve
        elif name == "sweep":
            item = self._sweep_curve
        elif name == "path":
            item = self._path_line
        else:
            item = self._param_curves[self.setup().names.index(name)]
        # the data handed to the curve (getData() would give pyqtgraph's display copy,
        # already limited to the current view's dynamic range)
        x, y = item.xData, item.yData
        if x is None:
            return np.empty(0), np.empty(0)
        return np.asarray(x), np.asarray(y)

    def loss_is_log(self) -> bool:
        return self._loss_log

    def paint_count(self) -> int:
        """How many times the run's plots were painted (bench and tests)."""
        return self._paint_count

    # == computing =========================================================================
    def _lookup(self, setup: descent.Setup, lr: float, epochs: int) -> descent.Trace | None:
        table = self._tables.get(setup)
        if table is not None:
            i = table.index(lr)
            if i is not None and epochs <= table.epochs:
                return table.trace(i, epochs)
        for fill in self._fills.get(setup, ()):
            i = fill.index(lr)
            if i is not None and epochs <= fill.epochs:
                return fill.trace(i, epochs)
        run = self._runs.get((setup, lr))
        if run is not None and run.epochs >= epochs:
            self._runs.move_to_end((setup, lr))
            return run.head(epochs)
        return None

    def _refresh(self) -> None:
        """The controls changed: show the run they ask for (now if known, else soon)."""
        self._pitfall = None
        setup, lr, epochs = self.setup(), self.lr(), self.epochs()
        self._ensure_table(setup, epochs)
        trace = self._lookup(setup, lr, epochs)
        if trace is None and self._trace is None:
            trace = descent.run(setup, lr, epochs)  # first picture: computed right here
            self._remember(trace)
        if trace is not None:
            self._show_known(trace)
        else:
            want = max(epochs, 200)
            self.worker.submit("trace", lambda: descent.run(setup, lr, want))
            self._busy_label.setText(self.tr("computing…"))
        self._schedule_fill()

    def _show_known(self, trace: descent.Trace) -> None:
        """Show a run found without the worker: its pending computation is stale now."""
        self.worker.cancel("trace")
        self._busy_label.setText("")
        self._show(trace)

    _table_request: tuple[descent.Setup, int] | None = None

    def _ensure_table(self, setup: descent.Setup, epochs: int) -> None:
        """Ask the worker for the setup's table unless it is there or on its way.

        The plain update's table covers every slider position and 1,000 epochs (one batch).
        Optimizers take one param group per lr, which is slower: their table is the sweep
        strip's coarser grid, only as many epochs as needed (100, 250, 500 or 1,000).
        """
        table = self._tables.get(setup)
        if setup.optimizer == "plain":
            lrs, need = self._grid, descent.MAX_EPOCHS
        else:
            lrs = self._grid[::15]
            need = next(n for n in (100, 250, 500, descent.MAX_EPOCHS) if n >= epochs)
        if table is not None and table.epochs >= epochs:
            return
        if (
            self._table_request is not None
            and self._table_request[0] == setup
            and (self._table_request[1] >= epochs and self.table_worker.busy("table"))
        ):
            return
        self._table_request = (setup, need)
        self.table_worker.submit("table", lambda: descent.table(setup, lrs, need))

    def _remember(self, trace: descent.Trace) -> None:
        self._runs[(trace.setup, trace.lr)] = trace
        while len(self._runs) > 64:
            self._runs.popitem(last=False)

    def _on_work_done(self, channel: str, result: object) -> None:
        if isinstance(result, TorchError):
            self.show_torch_error(result)
            return
        if isinstance(result, BaseException):
            raise result
        if channel == "prewarm":
            if result.setup != self.setup():
                self._tables.setdefault(result.setup, result)
                return
            channel = "table"  # the user switched while it computed: it is the table now
        if channel == "table":
            self._tables[result.setup] = result
            self._prewarm(result.setup)
            if len(self._tables) > 12:
                del self._tables[next(iter(self._tables))]
            current = self._trace
            same = current is not None and (current.setup, current.lr, current.epochs) == (
                self.setup(),
                self.lr(),
                self.epochs(),
            )
            if result.setup == self.setup():
                trace = self._lookup(self.setup(), self.lr(), self.epochs())
                if trace is not None and not same:
                    self._show_known(trace)
                else:
                    self._paint_sweep()
        elif channel == "fill":
            self._fills.setdefault(result.setup, []).append(result)
            while len(self._fills) > 4:
                del self._fills[next(iter(self._fills))]
            if result.setup == self.setup() and self.worker.busy("trace"):
                trace = self._lookup(self.setup(), self.lr(), self.epochs())
                if trace is not None:  # the chunk holds the lr the user is waiting for
                    self._show_known(trace)
        elif channel == "trace":
            self._busy_label.setText("")
            self._remember(result)
            if result.setup == self.setup() and result.lr == self.lr():
                self._show(result.head(min(self.epochs(), result.epochs)))
        self._schedule_fill()

    def _prewarm(self, setup: descent.Setup) -> None:
        """After the first table, the other experiment's course table, in the background:
        switching experiments is then instant too."""
        if setup.optimizer != "plain":
            return
        other = self._setups["line" if setup.experiment == "square" else "square"]
        if other.optimizer == "plain" and other not in self._tables:
            grid = self._grid
            self.fill_worker.submit(
                "prewarm", lambda: descent.table(other, grid, descent.MAX_EPOCHS)
            )

    def _schedule_fill(self) -> None:
        """Optimizers: queue the next chunk of slider positions around the current lr.

        Each lr needs its own param group, so the whole slider takes seconds; it is done in
        the background, nearest positions first, so that a drag soon needs no waiting.
        """
        setup = self.setup()
        main = self._tables.get(setup)
        if setup.optimizer == "plain" or main is None or self.fill_worker.busy():
            return
        if self.worker.busy("trace"):
            return  # the run the user waits for goes first; filling resumes after it
        need = main.epochs
        if need < self.epochs():
            return  # the main table is being rebuilt longer; fill after it
        covered = set(main.lrs)
        for fill in self._fills.get(setup, ()):
            if fill.epochs >= need:
                covered.update(fill.lrs)
        pos = self._slider_pos(self.lr())
        todo = [i for i in range(len(self._grid)) if self._grid[i] not in covered]
        if not todo:
            return
        todo = sorted(sorted(todo, key=lambda i: abs(i - pos))[:FILL_CHUNK])
        lrs = [self._grid[i] for i in todo]
        self.fill_worker.submit("fill", lambda: descent.table(setup, lrs, need))

    def settle(self) -> None:
        for _ in range(4):
            self.worker.wait()
            self.table_worker.wait()
            if not (self.worker.busy() or self.table_worker.busy()):
                break
        if self._code_timer.isActive():
            self._code_timer.stop()
            self._update_code()
        if self.isVisible():
            # axes size themselves to their tick labels while painting: paint, let the
            # layout follow, paint again, so a screenshot shows the settled picture
            for _ in range(2):
                self._plots_widget.viewport().repaint()
                QCoreApplication.processEvents()

    # == painting ==========================================================================
    def _show(self, trace: descent.Trace) -> None:
        at_end = self._trace is not None and self._cursor >= self._trace.epochs
        self._trace = trace
        if self._cursor > trace.epochs or at_end:
            self._cursor = trace.epochs
        with QSignalBlocker(self._epoch_slider):
            self._epoch_slider.setRange(0, trace.epochs)
            self._epoch_slider.setValue(self._cursor)
        self.clear_error()
        self._paint_trace()
        self._paint_sweep()
        self._paint_cursor()
        self._paint_regime()
        self._code_timer.start()

    def _pens(self):
        t = self.theme
        return [theme_mod.series_pen(t, i) for i in range(3)]

    def _paint_trace(self) -> None:
        tr = self._trace
        if tr is None:
            return
        self._paint_count += 1
        square = tr.setup.experiment == "square"
        smooth = tr.regime.kind != "diverging"
        n = tr.epochs
        good = finite_prefix(n, tr)
        epochs = np.arange(good, dtype=np.float64)
        params = clip(tr.params[:good]) if good else np.empty((0, len(tr.names)))
        # loss: finite part only; a scale that fits what there is
        loss = tr.loss[:good].astype(np.float64)
        positive = loss[loss > 0]
        mode = self._scale_combo.currentIndex()  # 0 auto, 1 linear, 2 log
        span = positive.size > 1 and positive.max() > 1e3 * positive.min()
        self._loss_log = mode == 2 or (mode == 0 and bool(span))
        self._axis_loss.log = self._loss_log
        loss_y = log10_of(loss) if self._loss_log else clip(loss)
        set_curve(self._loss_curve, epochs, loss_y, smooth)
        for j, curve in enumerate(self._param_curves):
            if j < len(tr.names):
                set_curve(curve, epochs, params[:, j], smooth)
                curve.show()
            else:
                curve.setData([], [])
                curve.hide()
        if square:
            xs = params[:, 0]
            ys = clip(xs * xs)
            set_curve(self._path_line, xs, ys, smooth)
            step = max(1, math.ceil(good / MAX_MARKERS))
            idx = np.arange(0, good, step)
            self._path_points.setData(xs[idx], ys[idx], brush=self._epoch_brushes(idx, n))
            reach = max(3.0, float(np.abs(xs).max()) if xs.size else 3.0)
            reach = min(reach, 1e6)
            px = np.linspace(-reach * 1.1, reach * 1.1, 121)
            self._parabola.setData(px, px * px)
        else:
            self._path_line.setData([], [])
            self._path_points.setData([], [])
            self._parabola.setData([], [])
            self._data_points.setData(
                np.asarray(tr.setup.data_x, float), np.asarray(tr.setup.data_y, float)
            )
        self._paint_pinned()
        self._paint_diverged()

    def _epoch_brushes(self, idx: np.ndarray, n: int) -> list:
        """One brush per marker, by epoch (dark early, bright late): 256 cached brushes."""
        return [self._brush_cache[min(255, int(255 * i / max(1, n)))] for i in idx]

    def _paint_pinned(self) -> None:
        pin = self._pinned
        same = pin is not None and pin.setup.experiment == self._experiment
        if not same:
            for item in (
                self._pinned_path,
                self._pinned_fit,
                self._pinned_loss_curve,
                *self._pinned_param_curves,
            ):
                item.setData([], [])
            self._pinned_lr_line.hide()
            return
        good = finite_prefix(pin.epochs, pin)
        ep = np.arange(good, dtype=np.float64)
        params = clip(pin.params[:good])
        loss = pin.loss[:good].astype(np.float64)
        set_curve(self._pinned_loss_curve, ep, log10_of(loss) if self._loss_log else clip(loss))
        for j, curve in enumerate(self._pinned_param_curves):
            if j < len(pin.names):
                set_curve(curve, ep, params[:, j])
            else:
                curve.setData([], [])
        if pin.setup.experiment == "square":
            set_curve(self._pinned_path, params[:, 0], clip(params[:, 0] ** 2))
            self._pinned_fit.setData([], [])
        else:
            self._pinned_path.setData([], [])
            if good:
                a, b = params[-1]
                xs = np.asarray(self._fit_range(), float)
                self._pinned_fit.setData(xs, clip(a * xs + b))
        self._pinned_lr_line.setValue(math.log10(pin.lr))
        self._pinned_lr_line.show()

    def _loss_y(self, loss: float) -> float:
        """Where one finite loss value is drawn on the loss axis (log10 on a log axis)."""
        return math.log10(max(loss, LOG_FLOOR)) if self._loss_log else min(loss, CLIP)

    def _fit_range(self) -> tuple[float, float]:
        xs = self.setup().data_x
        lo, hi = min(xs), max(xs)
        pad = max(0.5, 0.1 * (hi - lo))
        return lo - pad, hi + pad

    def _paint_diverged(self) -> None:
        tr = self._trace
        k = tr.diverged_at if tr is not None else None
        if k is None:
            self._diverged_label.setText("")
            self._diverge_text.hide()
            return
        text = self.tr(
            "Diverged at epoch {0}: the values overflowed float32 (inf/nan), "
            "so the curves stop there."
        ).format(k)
        self._diverged_label.setText(text)
        self._diverge_text.setText(self.tr("diverged at epoch {0}").format(k))
        good = finite_prefix(tr.epochs, tr)
        if good:
            y = self._loss_y(float(tr.loss[good - 1]))
            self._diverge_text.setPos(max(0, good - 1), y)
            self._diverge_text.setAnchor((1, 0))
        self._diverge_text.show()

    def _paint_sweep(self) -> None:
        table = self._tables.get(self.setup())
        epochs = self.epochs()
        key = (id(table), epochs, self._experiment)
        if table is not None and table.epochs < epochs:
            pass  # a longer table is on its way: the strip keeps its last picture until then
        elif table is not None and key != self._sweep_key:
            self._sweep_key = key
            final = table.final_loss(epochs).astype(np.float64)
            lrs = np.log10(np.asarray(table.lrs, dtype=np.float64))
            ok = np.isfinite(final)
            fin = final[ok]
            self._sweep_curve.setData(lrs[ok], log10_of(fin))
            top = math.log10(max(float(fin.max()) if fin.size else 1.0, 1.0)) + 1.0
            top = min(top, 40.0)
            blown = lrs[~ok]
            self._sweep_blown.setData(blown, np.full(blown.shape, top))
            if blown.size:
                self._blown_text.setText(self.tr("inf/nan"))
                self._blown_text.setPos(float(blown.max()), top)
                self._blown_text.show()
            else:
                self._blown_text.hide()
        elif table is None:
            self._sweep_key = None
            self._sweep_curve.setData([], [])
            self._sweep_blown.setData([], [])
            self._blown_text.hide()
        tr = self._trace
        if tr is not None:
            self._lr_line.setValue(math.log10(tr.lr))
            thr = (tr.thresholds.oscillate, tr.thresholds.diverge)
            for line, value in zip(self._thr_lines, thr, strict=True):
                if value is None or value <= 0:
                    line.hide()
                else:
                    # text right of the line, or left of it near the right edge
                    side = (1, 0.5) if value > 0.05 else (0, 0.5)
                    if line.label.anchors[0] != side:
                        line.label.anchors = [side, side]
                        line.label.updatePosition()
                    line.setValue(math.log10(value))
                    line.show()
            self._thr_lines[0].label.setFormat(self.tr("overshoots"))
            self._thr_lines[1].label.setFormat(self.tr("diverges"))

    def _paint_cursor(self) -> None:
        tr = self._trace
        if tr is None:
            return
        k = min(self._cursor, tr.epochs)
        good = finite_prefix(tr.epochs, tr)
        for line in self._vlines:
            line.setValue(k)
        ok = k < good
        t = self.theme
        size = t.px(11)
        hl = pg.mkBrush(t.highlight)
        pen = pg.mkPen(t.text, width=t.px(1))
        if ok:
            p = clip(tr.params[k])
            self._param_cursor.setData([k] * len(p), list(p), brush=hl, size=size, pen=pen)
            ly = self._loss_y(float(tr.loss[k]))
            self._loss_cursor.setData([k], [ly], brush=hl, size=size, pen=pen)
            if tr.setup.experiment == "square":
                x = float(p[0])
                self._cursor_point.setData(
                    [x], [min(x * x, CLIP)], brush=hl, size=size * 1.3, pen=pen
                )
                self._fit_line.setData([], [])
            else:
                self._cursor_point.setData([], [])
                a, b = float(p[0]), float(p[1])
                xs = np.asarray(self._fit_range(), float)
                self._fit_line.setData(xs, clip(a * xs + b))
        else:
            for item in (self._param_cursor, self._loss_cursor, self._cursor_point):
                item.setData([], [])
            self._fit_line.setData([], [])
        self._epoch_label.setText(self.tr("epoch {0} / {1}").format(k, tr.epochs))
        text = self._update_text(tr, k)
        self._update_label.setText(text)
        self._update_label.setToolTip(text)

    def _update_text(self, tr: descent.Trace, k: int) -> str:
        names = tr.names
        if k == 0:
            start = ", ".join(f"{n} = {num(v)}" for n, v in zip(names, tr.params[0], strict=True))
            return self.tr("Epoch 0 (start): {0}, loss = {1}").format(start, num(tr.loss[0]))
        lr = repr(tr.lr)
        lines = [self.tr("Epoch {0}: loss = {1} at the old values").format(k, num(tr.loss[k - 1]))]
        opt = tr.setup.optimizer
        for j, n in enumerate(names):
            old, new = num(tr.params[k - 1, j]), num(tr.params[k, j])
            g = num(tr.grads[k - 1, j])
            if opt in ("plain", "sgd"):
                lines.append(f"{n} ← {n} − lr · grad = {old} − {lr} × {g} = {new}")
            elif opt == "momentum":
                v = num(tr.state[k - 1, j, 0])
                mu = repr(tr.setup.momentum)
                lines.append(
                    f"{n} ← {n} − lr · v = {old} − {lr} × {v} = {new}"
                    f"   (v ← {mu} · v + grad, grad = {g})"
                )
            else:
                m, s = num(tr.state[k - 1, j, 0]), num(tr.state[k - 1, j, 1])
                lines.append(
                    f"{n} ← {n} − lr · m̂ / (√v̂ + ε): {old} → {new}   (m = {m}, v = {s}, grad = {g})"
                )
        return "\n".join(lines)

    def _paint_regime(self) -> None:
        tr = self._trace
        if tr is None:
            return
        r = tr.regime
        names = {
            "converging": self.tr("converging"),
            "oscillating": self.tr("oscillating"),
            "diverging": self.tr("diverging"),
        }
        self._regime_label.setText(names[r.kind])
        tone = {"converging": "good", "oscillating": "", "diverging": "bad"}[r.kind]
        if self._regime_label.property("tone") != tone:
            self._regime_label.setProperty("tone", tone)
            self._regime_label.style().unpolish(self._regime_label)
            self._regime_label.style().polish(self._regime_label)
        th = tr.thresholds
        parts = []
        if r.kind == "oscillating":
            parts.append(
                self.tr("Each step overshoots the minimum, so the sign of the error flips.")
                + " "
                + (
                    self.tr("The swings shrink: it still converges.")
                    if r.settles
                    else self.tr("The swings keep their size: it never settles.")
                )
            )
        elif r.kind == "diverging":
            parts.append(
                self.tr(
                    "Each step overshoots by more than it corrects: the error grows every epoch."
                )
            )
        else:
            parts.append(self.tr("Each step moves toward the minimum without overshooting."))
        if r.basis == "theory" and r.rate is not None:
            parts.append(
                self.tr("Theory: the error is multiplied by up to {0} per epoch.").format(
                    f"{r.rate:.4g}"
                )
            )
        elif r.basis == "observed":
            parts.append(self.tr("Adam has no simple threshold: read off this run."))
        if th.diverge is not None:
            parts.append(
                self.tr(
                    "Overshooting starts above lr = {0}, divergence above lr = {1} "
                    "(2 / largest Hessian eigenvalue {2})."
                ).format(f"{th.oscillate:.4g}", f"{th.diverge:.4g}", f"{max(tr.eigenvalues):.4g}")
            )
        self._regime_detail.setText(" ".join(parts))

    def _update_code(self) -> None:
        if self._pitfall is not None:
            self.code_pane.set_snippet(self._pitfall.snippet)
        elif self._trace is not None:
            self.code_pane.set_snippet(descent.script(self._trace))

    # == handlers ==========================================================================
    def _on_experiment_changed(self, square: bool) -> None:
        self._experiment = "square" if square else "line"
        self._pause()
        self._sync_experiment_controls()
        # A new experiment starts a new picture: computed now if no table has it yet.
        self._cursor = 1
        self._trace = None
        self._refresh()

    def _sync_experiment_controls(self) -> None:
        square = self._experiment == "square"
        with QSignalBlocker(self._lr_slider):
            self._lr_slider.setValue(self._slider_pos(self.lr()))
        self._lr_edit.setText(repr(self.lr()))
        with QSignalBlocker(self._epochs_slider):
            self._epochs_slider.setValue(self.epochs())
        self._epochs_value.setText(str(self.epochs()))
        for w in (self._x0_label, self._x0_edit):
            w.setVisible(square)
        for w in (
            self._data_x_label,
            self._data_x_edit,
            self._data_y_label,
            self._data_y_edit,
            self._a0_label,
            self._a0_edit,
            self._b0_label,
            self._b0_edit,
        ):
            w.setVisible(not square)
        self._apply_titles()

    def _slider_pos(self, lr: float) -> int:
        logs = np.log10(np.asarray(self._grid))
        return int(np.argmin(np.abs(logs - math.log10(lr))))

    def _on_lr_slider_changed(self, pos: int) -> None:
        lr = self._grid[pos]
        self._lr[self._experiment] = lr
        self._lr_edit.setText(repr(lr))
        mark_invalid(self._lr_edit, False)
        self._refresh()

    def _on_lr_edit_changed(self) -> None:
        text = self._lr_edit.text()
        try:
            lr = parse_float(text)
            if not (math.isfinite(lr) and 0 < lr <= 100):
                raise LiteralError("not_a_number", self.tr("a learning rate above 0, up to 100"))
        except LiteralError as err:
            mark_invalid(self._lr_edit, True)
            self.show_input_error(err, self.tr("learning rate"))
            return
        mark_invalid(self._lr_edit, False)
        if lr == self.lr():
            return
        self._lr[self._experiment] = lr
        with QSignalBlocker(self._lr_slider):
            self._lr_slider.setValue(self._slider_pos(lr))
        self._refresh()

    def set_lr(self, lr: float) -> None:
        """Type ``lr`` into the field (tests, bench)."""
        self._lr_edit.setText(repr(float(lr)))
        self._on_lr_edit_changed()

    def _on_epochs_changed(self, value: int) -> None:
        self._epochs[self._experiment] = value
        self._epochs_value.setText(str(value))
        self._refresh()

    def _on_optimizer_changed(self, index: int) -> None:
        opt = descent.OPTIMIZERS[index]
        for key, setup in self._setups.items():
            self._setups[key] = descent.with_optimizer(setup, opt)
        self._refresh()

    def _on_setup_edited(self) -> None:
        current = self._setups["square"], self._setups["line"]
        try:
            x0 = self._parse_number(self._x0_edit.text(), self.tr("start x0"))
            a0 = self._parse_number(self._a0_edit.text(), self.tr("start a"))
            b0 = self._parse_number(self._b0_edit.text(), self.tr("start b"))
            xs = self._parse_data(self._data_x_edit.text(), self.tr("data x"))
            ys = self._parse_data(self._data_y_edit.text(), self.tr("data y"))
        except _FieldError as err:
            self.show_input_error(err.error, err.field)
            return
        square = replace(self._setups["square"], x0=x0)
        line = replace(self._setups["line"], data_x=xs, data_y=ys, a0=a0, b0=b0)
        problem = descent.check_data(line)
        if problem is not None:
            self.show_torch_error(
                problem,
                lambda: self.tr(
                    "x and y must hold the same number of values: the loss compares each "
                    "prediction a * x + b with its y, element by element."
                ),
            )
            return
        if (square, line) == current:
            return
        self._setups["square"], self._setups["line"] = square, line
        self._refresh()

    def _parse_number(self, text: str, field: str) -> float:
        try:
            value = parse_float(text)
        except LiteralError as err:
            raise _FieldError(err, field) from None
        if not math.isfinite(value) or abs(value) > 1e6:
            raise _FieldError(LiteralError("not_a_number", "|value| <= 1e6"), field)
        return value

    def _parse_data(self, text: str, field: str) -> tuple[float, ...]:
        try:
            parsed = parse_literal(text, max_elements=descent.MAX_POINTS)
        except LiteralError as err:
            raise _FieldError(err, field) from None
        if len(parsed.shape) != 1 or parsed.shape[0] == 0:
            raise _FieldError(LiteralError("bad_size", "[x1, x2, ...]"), field)
        values = tuple(float(v) for v in parsed.data)
        if not all(math.isfinite(v) and abs(v) <= 1e6 for v in values):
            raise _FieldError(LiteralError("not_a_number", "|value| <= 1e6"), field)
        return values

    def _on_scale_changed(self, _index: int) -> None:
        self._paint_trace()
        self._paint_cursor()

    def _on_pin_toggled(self, on: bool) -> None:
        self._pinned = self._trace if on else None
        self._paint_pinned()
        self._apply_titles()

    def _on_pitfall_clicked(self, kind: str) -> None:
        self._pause()
        x0 = self._setups["square"].x0
        result = descent.pitfall(kind, x0=x0, lr=self._lr["square"])
        self._pitfall = result
        self._code_timer.stop()
        self.code_pane.set_snippet(result.snippet)
        if result.error is not None:
            if kind == "inplace":
                self.show_torch_error(
                    result.error,
                    lambda: self.tr(
                        "x is a leaf that requires grad: autograd forbids changing it in place "
                        "while it records, because the graph needs its old value. Put the update "
                        "inside torch.no_grad(), as the course does."
                    ),
                )
            else:
                self.show_torch_error(
                    result.error,
                    lambda: self.tr(
                        "x = x - lr * x.grad makes a NEW tensor named x. Made under no_grad it has "
                        "no grad and no grad_fn, so the next backward() has nothing to "
                        "differentiate. Update the leaf in place (x -= lr * x.grad) under "
                        "no_grad instead."
                    ),
                )

    # -- epoch cursor ----------------------------------------------------------------------
    def set_cursor(self, k: int) -> None:
        tr = self._trace
        if tr is None:
            return
        self._cursor = max(0, min(int(k), tr.epochs))
        with QSignalBlocker(self._epoch_slider):
            self._epoch_slider.setValue(self._cursor)
        self._paint_cursor()

    def _on_epoch_slider_changed(self, value: int) -> None:
        self.set_cursor(value)

    def _on_step_clicked(self) -> None:
        self._pause()
        tr = self._trace
        if tr is not None:
            self.set_cursor(self._cursor + 1 if self._cursor < tr.epochs else 0)

    def _on_reset_clicked(self) -> None:
        self._pause()
        self.set_cursor(0)

    def _on_play_toggled(self, on: bool) -> None:
        if on:
            tr = self._trace
            if tr is not None and self._cursor >= tr.epochs:
                self.set_cursor(0)
            self._play_accum = 0.0
            self._play_timer.start()
        else:
            self._play_timer.stop()
        self._apply_titles()

    def _pause(self) -> None:
        if self._play_button.isChecked():
            self._play_button.setChecked(False)

    def _on_play_tick(self) -> None:
        tr = self._trace
        if tr is None:
            self._pause()
            return
        self._play_accum += SPEEDS[self._speed_combo.currentIndex()] * FRAME_MS / 1000.0
        steps = int(self._play_accum)
        if steps:
            self._play_accum -= steps
            self.set_cursor(self._cursor + steps)
        if self._cursor >= tr.epochs:
            self._pause()

    # -- hover -----------------------------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        tr = self._trace
        for plot, item in self._hover.items():
            if tr is None or not plot.sceneBoundingRect().contains(pos):
                item.hide()
                continue
            p = plot.getViewBox().mapSceneToView(pos)
            text, where = self._hover_text(plot, tr, p.x(), p.y())
            if text is None:
                item.hide()
                continue
            item.setText(text)
            item.setPos(*where)
            item.show()

    def _hover_text(self, plot, tr: descent.Trace, x: float, y: float):
        good = finite_prefix(tr.epochs, tr)
        if plot in (self._plot_params, self._plot_loss):
            k = round(x)
            if not 0 <= k < good:
                return None, None
            if plot is self._plot_loss:
                v = float(tr.loss[k])
                shown = self._loss_y(v)
                return self.tr("epoch {0}: loss = {1}").format(k, num(v)), (k, shown)
            j = 0
            if len(tr.names) > 1:
                vals = tr.params[k].astype(np.float64)
                j = int(np.argmin(np.abs(vals - y)))
            v = float(tr.params[k, j])
            return self.tr("epoch {0}: {1} = {2}").format(k, tr.names[j], num(v)), (
                k,
                float(clip(np.array([v]))[0]),
            )
        if plot is self._plot_sweep:
            table = self._tables.get(tr.setup)
            if table is None or table.epochs < tr.epochs:
                return None, None
            lrs = np.log10(np.asarray(table.lrs))
            i = int(np.argmin(np.abs(lrs - x)))
            v = float(table.final_loss(tr.epochs)[i])
            return self.tr("lr = {0}: loss after {1} epochs = {2}").format(
                repr(table.lrs[i]), tr.epochs, num(v)
            ), (lrs[i], y)
        if plot is self._plot_main and tr.setup.experiment == "square":
            xs = tr.params[:good, 0].astype(np.float64)
            if not xs.size:
                return None, None
            k = int(np.argmin(np.abs(xs - x)))
            v = float(xs[k])
            return self.tr("epoch {0}: x = {1}").format(k, num(v)), (v, min(v * v, CLIP))
        return None, None

    # == language and theme ================================================================
    def retranslate(self) -> None:
        self._exp_box.setTitle(self.tr("Experiment"))
        self._square_button.setText(self.tr("Minimise y = x²"))
        self._line_button.setText(self.tr("Fit y = a·x + b"))
        self._run_box.setTitle(self.tr("Run"))
        self._lr_title.setText(self.tr("Learning rate (log scale)"))
        self._lr_slider.setToolTip(self.tr("Drag: every plot follows at once"))
        self._lr_edit.setToolTip(self.tr("Type a learning rate, e.g. 0.05 or 1e-3"))
        self._epochs_title.setText(self.tr("Epochs"))
        self._opt_title.setText(self.tr("Update rule"))
        labels = (
            self.tr("Course: x -= lr * x.grad"),
            self.tr("torch.optim.SGD"),
            self.tr("SGD with momentum 0.9"),
            self.tr("torch.optim.Adam"),
        )
        for i, text in enumerate(labels):
            self._optimizer_combo.setItemText(i, text)
        self._start_box.setTitle(self.tr("Start and data"))
        self._x0_label.setText(self.tr("start x0"))
        self._data_x_label.setText(self.tr("data x"))
        self._data_y_label.setText(self.tr("data y"))
        self._a0_label.setText(self.tr("start a"))
        self._b0_label.setText(self.tr("start b"))
        self._view_box.setTitle(self.tr("View"))
        self._scale_label.setText(self.tr("loss axis"))
        for i, text in enumerate((self.tr("auto"), self.tr("linear"), self.tr("log"))):
            self._scale_combo.setItemText(i, text)
        self._pit_box.setTitle(self.tr("Pitfalls of the course"))
        self._pit_text.setText(self.tr("Run the two wrong updates for real and see torch's error."))
        self._pit_inplace.setText(self.tr("x -= lr * x.grad without no_grad"))
        self._pit_rebind.setText(self.tr("x = x - lr * x.grad"))
        self._step_button.setText(self.tr("Step"))
        self._reset_button.setText(self.tr("Reset"))
        self._speed_combo.setToolTip(self.tr("Animation speed"))
        for i, s in enumerate(SPEEDS):
            self._speed_combo.setItemText(i, self.tr("{0} epochs/s").format(s))
        self._epoch_slider.setToolTip(self.tr("Scrub through the epochs"))
        self._apply_titles()
        if self._trace is not None:
            self._paint_regime()
            self._paint_cursor()
            self._paint_diverged()
            self._paint_sweep()

    def _apply_titles(self) -> None:
        square = self._experiment == "square"
        self._play_button.setText(
            self.tr("Pause") if self._play_button.isChecked() else self.tr("Play")
        )
        self._pin_button.setText(
            self.tr("Unpin the overlaid run")
            if self._pin_button.isChecked()
            else self.tr("Pin this run to compare")
        )
        t = self.theme
        color = t.text
        size = f"{theme_mod.BASE_POINT_SIZE * t.scale:.1f}pt"
        titles = (
            self.tr("Path of x on y = x²")
            if square
            else self.tr("Data and the current epoch's line"),
            self.tr("x per epoch") if square else self.tr("a and b per epoch"),
            self.tr("Loss per epoch"),
            self.tr("Final loss vs learning rate"),
        )
        for plot, title in zip(self._plots, titles, strict=True):
            plot.setTitle(title, color=color, size=size)
        self._plot_params.setLabel("bottom", self.tr("epoch"))
        self._plot_loss.setLabel("bottom", self.tr("epoch"))
        self._plot_sweep.setLabel("bottom", self.tr("learning rate"))
        self._plot_main.setLabel("bottom", "x")
        if self._pinned is not None:
            self._pin_label.setText(
                self.tr("Grey: {0}, lr = {1}, {2} epochs").format(
                    self._optimizer_combo.itemText(
                        descent.OPTIMIZERS.index(self._pinned.setup.optimizer)
                    ),
                    repr(self._pinned.lr),
                    self._pinned.epochs,
                )
            )
        else:
            self._pin_label.setText("")
        self._pin_label.setVisible(self._pinned is not None)

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        t = theme
        self._plots_widget.setBackground(t.surface)
        for plot in self._plots:
            theme_mod.style_plot(plot, t)
        pens = self._pens()
        muted = pg.mkPen(t.muted, width=t.scale * 1.5)
        dashed = pg.mkPen(t.muted, width=t.scale * 2, style=Qt.PenStyle.DashLine)
        self._parabola.setPen(muted)
        self._path_line.setPen(theme_mod.series_pen(t, 0, width=1.5))
        self._path_points.setPen(pg.mkPen(t.text, width=max(1, t.px(0.5))))
        self._path_points.setSize(t.px(8))
        self._data_points.setPen(pg.mkPen(t.text, width=t.px(1)))
        self._data_points.setBrush(pg.mkBrush(t.series[2]))
        self._data_points.setSize(t.px(10))
        self._fit_line.setPen(pens[1])
        self._pinned_fit.setPen(dashed)
        self._pinned_path.setPen(dashed)
        for j, curve in enumerate(self._param_curves):
            curve.setPen(pens[j])
        for curve in (*self._pinned_param_curves, self._pinned_loss_curve):
            curve.setPen(dashed)
        self._loss_curve.setPen(pens[2])
        self._sweep_curve.setPen(theme_mod.series_pen(t, 0))
        self._sweep_curve.setSymbol("o")
        self._sweep_curve.setSymbolSize(t.px(4))
        self._sweep_curve.setSymbolBrush(t.series[0])
        self._sweep_curve.setSymbolPen(None)
        self._sweep_blown.setSymbol("x")
        self._sweep_blown.setSize(t.px(9))
        self._sweep_blown.setPen(pg.mkPen(t.negative, width=t.px(2)))
        self._sweep_blown.setBrush(pg.mkBrush(t.negative))
        self._lr_line.setPen(pg.mkPen(t.highlight, width=t.scale * 3))
        self._pinned_lr_line.setPen(dashed)
        thr_colors = (t.warning, t.negative)
        for line, colour in zip(self._thr_lines, thr_colors, strict=True):
            line.setPen(pg.mkPen(colour, width=t.scale * 1.5, style=Qt.PenStyle.DashLine))
            line.label.setColor(QColor(colour))
            line.label.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.85))
        for line in self._vlines:
            line.setPen(pg.mkPen(t.highlight, width=t.scale * 1.5))
        self._diverge_text.setColor(QColor(t.negative))
        self._blown_text.setColor(QColor(t.negative))
        self._blown_text.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.85))
        self._diverge_text.setFont(t.font(theme_mod.BASE_POINT_SIZE, bold=True))
        for item in self._hover.values():
            item.setColor(QColor(t.text))
            item.fill = pg.mkBrush(QColor(t.surface))
            item.border = pg.mkPen(t.border)
            item.setFont(t.font(theme_mod.BASE_POINT_SIZE * 0.9))
        self._update_label.setFont(t.font(11, mono=True))
        lines = QFontMetrics(t.font(11, mono=True)).lineSpacing()
        self._update_label.setFixedHeight(3 * lines + t.px(4))
        body = t.font(theme_mod.BASE_POINT_SIZE)
        for label in (self._regime_detail, self._diverged_label):
            label.setFont(body)
        lines = QFontMetrics(body).lineSpacing()
        self._regime_detail.setFixedHeight(3 * lines + t.px(4))
        self._diverged_label.setFixedHeight(lines + t.px(2))
        self._regime_label.setFont(t.font(12, bold=True))
        self._diverged_label.setStyleSheet(f"color: {t.negative}; font-weight: bold;")
        self._lr_edit.setMaximumWidth(t.px(90))
        self._plots_widget.setMinimumHeight(t.px(300))
        if self._trace is not None:
            self._apply_titles()
            self._paint_trace()
            self._paint_cursor()
            self._paint_sweep()

    def closeEvent(self, event) -> None:
        self._play_timer.stop()
        self.worker.shutdown()
        self.table_worker.shutdown()
        self.fill_worker.shutdown()
        super().closeEvent(event)


class _FieldError(Exception):
    def __init__(self, error: LiteralError, field: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.field = field


LESSON = DescentLesson
