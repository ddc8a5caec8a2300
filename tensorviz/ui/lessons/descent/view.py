"""The descent lesson's picture: the regime of the run, its four plots, the epoch cursor and
the update of the epoch under it, with the controls (``panels.py``) beside them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.descent import Pitfall, Sweep, Trace
from tensorviz.core.landscape import Landscape
from tensorviz.core.snippet import Snippet
from tensorviz.ui import theme as theme_mod
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.descent import race_texts, texts
from tensorviz.ui.lessons.descent.panels import DescentControls
from tensorviz.ui.lessons.descent.race_panel import RACER_COLOURS
from tensorviz.ui.lessons.descent.state import State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.badge import Badge
from tensorviz.ui.widgets.debounce import Debounced
from tensorviz.ui.widgets.descent_plots import DescentPlots
from tensorviz.ui.widgets.elide import wrapped_height
from tensorviz.ui.widgets.frames import OneFrame
from tensorviz.ui.widgets.landscape import LandscapePlot, RaceLoss, Runner
from tensorviz.ui.widgets.playback import PlaybackBar
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.steady import SteadyBox, SteadyPair, fix_size
from tensorviz.ui.widgets.wrapping_label import WrappingLabel

SPEEDS = (5, 10, 25, 50, 100, 250)  # epochs per second
#: The code pane is written at once, then at most once per pause of this length while the
#: controls keep moving (a dragged slider): writing it costs more than drawing the plots.
CODE_PAUSE_MS = 120
TONES = {"converging": "good", "oscillating": None, "diverging": "bad"}


def _widest(label: QLabel, candidates: list[str]) -> int:
    """The width ``label`` needs for the longest of ``candidates`` in its font."""
    label.ensurePolished()  # the style sheet's font
    metrics = QFontMetrics(label.font())
    margins = label.contentsMargins()
    extra = margins.left() + margins.right() + 2 * label.margin() + 2
    return max(metrics.horizontalAdvance(text) for text in candidates) + extra


@dataclass(frozen=True)
class Shown:
    """What a state shows: its run (an earlier one while ``busy`` computing it), the pinned
    run when it is of the same experiment, the sweep strip, the code, and a pitfall of the
    course when one is shown."""

    run: Trace
    pinned: Trace | None
    sweep: Sweep | None
    snippet: Snippet
    pitfall: Pitfall | None = None
    busy: bool = False
    race: tuple[tuple[str, Trace], ...] = ()  # the optimizer race's runs known so far
    landscape: Landscape | None = None  # the line fit's loss over (a, b)


class DescentView(LessonView):
    """Emits what the user asks for (the controls' signals and ``cursor_requested``); draws a
    :class:`State` with what was computed for it."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self.controls = DescentControls(theme)
        picture = QWidget()
        layout = QVBoxLayout(picture)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.regime_label = Badge()
        self.regime_label.setObjectName("regime_label")
        # texts that change while the slider moves wrap within fixed heights and never ask
        # for width (Ignored): the plots and the controls keep their places (issue 13)
        self.regime_detail = QLabel(objectName="regime_detail", wordWrap=True)
        self.regime_detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        head.addWidget(self.regime_label, 0, Qt.AlignmentFlag.AlignTop)
        # where a run blew up, below the detail in the same room of fixed height
        # (_fit_heights): their new texts lay nothing out again, and the detail has the
        # note's lines where there is no note
        self.diverged_label = QLabel(objectName="diverged_label", wordWrap=True)
        set_role(self.diverged_label, None, "bad-strong")
        self.regime_texts = SteadyPair(self.regime_detail, self.diverged_label)
        head.addWidget(self.regime_texts, 1)
        self.busy_label = QLabel(objectName="busy_label")
        set_role(self.busy_label, "muted")
        head.addWidget(self.busy_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.plots = DescentPlots(theme)
        # the line fit's landscape beside the plots, in its own view (never repaints them)
        self.landscape = LandscapePlot(theme)
        # as tall as its lines at its width: the split below gives the box its minimum, and
        # a plain wrapped label counted one line there, so the plot drew over its last lines
        # (course step 78, 1024x768 at zoom 150)
        self.landscape_caption = WrappingLabel()
        self.landscape_caption.setObjectName("landscape_caption")
        set_role(self.landscape_caption, "muted")
        self.landscape_box = QWidget()
        side = QVBoxLayout(self.landscape_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.landscape, 1)
        side.addWidget(self.landscape_caption)
        self.landscape_box.hide()
        # below the plots (the middle column is too narrow for it beside them); the lecturer
        # may move the split
        self.plot_split = QSplitter(Qt.Orientation.Vertical, objectName="plot_split")
        self.plot_split.setChildrenCollapsible(False)
        self.plot_split.addWidget(self.plots)
        self.plot_split.addWidget(self.landscape_box)
        self.plot_split.setStretchFactor(0, 5)
        self.plot_split.setStretchFactor(1, 4)
        layout.addWidget(self.plot_split, 1)
        self.race_loss = RaceLoss(self.plots.plot_loss, theme)

        self.epoch_label = QLabel(objectName="epoch_label")
        self.playback = PlaybackBar(
            speeds=SPEEDS,
            default_speed=10,
            speed_text=texts.speed,
            parts=("play", "step", "reset", "speed", "slider"),
            slider_name="epoch_slider",
            arrangement="bar",
            # beside the slider, on its row where the bar wraps (a narrow picture): beside
            # the bar, the buttons and the label made the picture's least width (1024x768 at
            # zoom 150: 626 px in a column of 578, which scrolled sideways)
            tail=self.epoch_label,
        )
        self.cursor_requested = self.playback.position_requested
        layout.addWidget(self.playback)
        self.update_label = QLabel(objectName="update_label")
        # long updates (momentum, Adam) are cut at the right instead of widening the picture
        # and squeezing the controls and the code; the full text is the tooltip
        self.update_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # not selectable: a selectable label lays its text out in its paint and then asks for
        # a second repaint, every value of a drag (torch's printed output, beside, is)
        self.update_label.setTextFormat(Qt.TextFormat.PlainText)
        # a fixed height (apply_theme): text that changes while the slider moves must never
        # resize the plots (a relayout of the plots costs more than the whole update)
        self.update_box = SteadyBox(self.update_label)
        layout.addWidget(self.update_box)

        self.regime_texts.installEventFilter(self)  # its height follows its width
        self._show_code = Debounced(self.code_pane.set_snippet, CODE_PAUSE_MS, self)
        self._output_part: str | None = None  # "last": the output's end in view (draw)
        self._one_frame = OneFrame(self)  # a new lr changes five plots: one repaint
        # the run the regime texts describe, and the epoch a pitfall shown instead raised in
        self._described: tuple[Trace, int | None] | None = None
        self.set_content(self.controls, picture, code_width=28)
        self.picture_area().installEventFilter(self)  # their heights follow its height too
        self.retranslate()
        self.apply_theme(theme)

    def show_busy(self, busy: bool) -> None:
        self.busy_label.setText(texts.computing() if busy else "")

    # -- drawing -----------------------------------------------------------------------------
    def draw_controls(self, state: State) -> None:
        self.controls.draw(state)

    def draw(self, state: State, shown: Shown) -> None:
        self.controls.draw(state)
        run = shown.run
        k = min(state.cursor, run.epochs)
        self.plots.set_data(
            run,
            cursor=k,
            overlays=() if shown.pinned is None else (shown.pinned,),
            sweep=shown.sweep,
            loss_scale=state.loss_scale,
        )
        self._draw_race(state, shown, k)
        self.playback.set_range(run.epochs)
        self.playback.set_position(k)
        self.epoch_label.setText(texts.epoch_of(k, run.epochs))
        update = texts.update(run, k)
        self.update_label.setText(update)
        self.update_label.setToolTip(update)
        failed = shown.pitfall if shown.pitfall is not None and shown.pitfall.error else None
        epoch = None if failed is None else failed.epoch
        if self._described is None or self._described[0] is not run or self._described[1] != epoch:
            self._described = (run, epoch)
            if failed is None:
                verdict, tone = texts.regime(run.regime.kind), TONES[run.regime.kind]
                self.regime_label.set_verdict(verdict, tone)
                self.regime_texts.set_texts(texts.regime_detail(run), texts.diverged(run))
            else:  # the plots are not this update's run: it raised (the banner says why)
                self.regime_label.set_verdict(texts.raised(), "bad")
                self.regime_texts.set_texts(texts.pitfall_detail(epoch), "")
        self.show_busy(shown.busy)
        # the cursor on the last epoch (a course question about x after it): what that epoch
        # printed, at the output's end, in view; moved off it: the top. Only as the cursor
        # comes or goes, so that the user's own scrolling stays
        part = "last" if k == run.epochs else None
        if part != self._output_part:
            self._output_part = part
            self.code_pane.show_section(part)
        self._show_code(shown.snippet)
        self._one_frame.hold()

    def _draw_race(self, state: State, shown: Shown, k: int) -> None:
        """The landscape (line fit) with the lesson's run and the race, and the race's loss."""
        racers = [
            Runner(race_texts.racer_label(name, tr.lr), tr, RACER_COLOURS[name])
            for name, tr in shown.race
        ]
        # the loss plot is small: its legend names the runners only (lr: the landscape's)
        short = [
            Runner(race_texts.racer(name), r.trace, r.colour)
            for (name, _), r in zip(shown.race, racers, strict=True)
        ]
        if self.race_loss.set_runs(short, self.plots.loss_is_log()):
            self.plots.frame_loss_with(self.race_loss.curves[: len(short)])
        scape = shown.landscape
        # shown for the line fit from the start (empty until its first grid comes back), so
        # the plots do not jump
        line = state.experiment == "line"
        if line and self.landscape_box.isHidden():
            self.landscape_box.show()
            # the same split however the lesson came to the line fit (built in it, or moved
            # there from x²): QSplitter shares the height by these weights
            self.plot_split.setSizes([5000, 4000])
        elif not line:
            self.landscape_box.hide()
        if scape is None:
            self.landscape.set_data(None)
            return
        run = shown.run
        lam, flat = scape.hessian.values
        labels = (race_texts.minimum(), race_texts.steep(lam), race_texts.flat(flat))
        mine = Runner(race_texts.this_run(run.lr), run, -1)
        self.landscape.set_data(scape, [mine, *racers], cursor=k, labels=labels)
        caption = texts.thresholds(1 / lam, 2 / lam, lam) if lam > 0 else ""
        if self.landscape_caption.text() != caption:
            self.landscape_caption.setText(caption)

    def settle(self) -> None:
        """Show the code now, and the plots as a screenshot should show them."""
        self._show_code.flush()
        if self.isVisible():
            self.plots.settle()

    # -- texts and theme ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self.controls.retranslate()
        self.playback.slider.setToolTip(texts.epoch_slider_tip())
        self.landscape.set_title(race_texts.landscape_title())
        self.landscape.set_data(None)  # its labels are written again when next drawn
        self.race_loss.set_runs((), False)
        self._described = None  # the regime texts are written again in the new language
        self._fix_widths()
        self._fit_heights()

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        t = theme
        self.controls.apply_theme(t)
        self.plots.apply_theme(t)
        self.landscape.apply_theme(t)
        self.race_loss.apply_theme(t)
        mono = t.font(11, mono=True)
        self.update_label.setFont(mono)
        self.update_box.setFixedHeight(3 * QFontMetrics(mono).lineSpacing() + t.px(4))
        body = t.font(theme_mod.BASE_POINT_SIZE)
        for label in (self.regime_detail, self.diverged_label):
            label.setFont(body)
        self.regime_label.setFont(t.font(12, bold=True))
        self._fix_widths()
        self._fit_heights()  # the new font's lines, even where the width stays

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (
            self.regime_texts,
            self.picture_area(),
        ):
            self._fit_heights()
        return super().eventFilter(watched, event)

    def _fit_heights(self) -> None:
        """The regime texts' room as tall as their longest possible texts at its width: a new
        lr changes the texts but never the room's height, so the plots stay put. On a short
        picture (1024x768 at zoom 150) that room took half the picture's height, most of it
        blank, and the plots scrolled: there the detail keeps a share of the height (three
        lines at least) and the note of a blow-up another (one line at least), and a longer
        text ends in "…" (the whole is the tooltip). The detail has the note's share too
        where there is no note (SteadyPair)."""
        pair = self.regime_texts
        width, room = pair.width(), self.picture_area().height()
        if width <= 0:
            return
        needs = []
        for label, longest, share, lines in (
            (self.regime_detail, texts.regime_details_longest(), 0.18, 3),
            (self.diverged_label, texts.diverged_longest(), 0.08, 1),
        ):
            font = label.font()
            need = max(wrapped_height(font, width, text) for text in longest)
            if room > 0:  # lines as tall as the language's (a Chinese one is taller)
                sample = "\n".join([longest[0][:1] + "Xg"] * lines)
                need = min(need, max(wrapped_height(font, width, sample), round(room * share)))
            needs.append(need)
        pair.reserve = needs[1]
        if pair.minimumHeight() != sum(needs) + 2 or pair.maximumHeight() != sum(needs) + 2:
            pair.setFixedHeight(sum(needs) + 2)  # arranged again when resized
        pair.arrange()

    def _fix_widths(self) -> None:
        """Texts that change with every epoch or run get the width of their longest form."""
        longest = texts.epoch_of(1000, 1000)
        label = self.epoch_label
        height = label.fontMetrics().boundingRect(longest).height()
        margins = label.contentsMargins()
        height += margins.top() + margins.bottom() + 2 * label.margin()
        fix_size(label, QSize(_widest(label, [longest]), max(height, label.sizeHint().height())))
        self.busy_label.setFixedWidth(_widest(self.busy_label, [texts.computing()]))
