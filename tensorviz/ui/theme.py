"""Light, dark and high-contrast palettes and zoom, shared by Qt widgets and pyqtgraph plots.

One :class:`Theme` object is current at a time; the main window hands it to every lesson
through ``Lesson.apply_theme`` when it changes. Widgets paint with its colours and scale their
fonts and pens by :attr:`Theme.zoom`.

The series colours are the Okabe-Ito palette, chosen to stay distinguishable for the common
forms of colour blindness.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # pyqtgraph (and numpy under it) loads with the first plot, not at start-up
    import pyqtgraph as pg

THEMES = ("light", "dark", "contrast")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 300, 10
BASE_POINT_SIZE = 10.0
#: A text box's own margin around its text (``QTextDocument.documentMargin``, unscaled px):
#: the code pane's headings begin where the code's text does.
CODE_MARGIN = 4

# Okabe & Ito, "Color Universal Design" (2008): blue, vermillion, bluish green, orange,
# reddish purple, sky blue, yellow.
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442")


@dataclass(frozen=True)
class Theme:
    name: str
    zoom: int  # percent
    background: str  # window background
    surface: str  # panels, cells
    text: str
    muted: str  # secondary text, grid lines
    border: str
    accent: str  # selection, focus, current item
    highlight: str  # the cell / node a lesson points at
    positive: str  # large values, "ok", shared memory
    negative: str  # small values, errors
    warning: str
    error_bg: str
    code_bg: str
    disabled: str  # text and handles of controls that cannot be used now
    series: tuple[str, ...]  # plot lines, one colour per series

    @property
    def scale(self) -> float:
        return self.zoom / 100.0

    def px(self, value: float) -> int:
        """A length in pixels at 100% zoom, scaled to the current zoom."""
        return max(1, round(value * self.scale))

    def font(self, size: float = BASE_POINT_SIZE, bold: bool = False, mono: bool = False) -> QFont:
        """A font of ``size`` points at 100% zoom, scaled."""
        font = mono_font() if mono else QFont(QGuiApplication.font())
        font.setPointSizeF(size * self.scale)
        font.setBold(bold)
        return font

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def with_zoom(self, zoom: int) -> Theme:
        return replace(self, zoom=clamp_zoom(zoom))


_PALETTES = {
    "light": dict(
        background="#f6f7f9",
        surface="#ffffff",
        text="#1d232b",
        muted="#6b7785",
        border="#c9d0d8",
        accent="#0072B2",
        highlight="#E69F00",
        positive="#0072B2",
        negative="#D55E00",
        warning="#9a6700",
        error_bg="#fde8e1",
        code_bg="#f0f2f5",
        disabled="#6b7785",
        series=OKABE_ITO,
    ),
    "dark": dict(
        background="#1b1f24",
        surface="#252b32",
        text="#e6e9ed",
        muted="#9aa5b1",
        border="#3b444e",
        accent="#56B4E9",
        highlight="#E69F00",
        positive="#56B4E9",
        negative="#E88A5A",
        warning="#f0c674",
        error_bg="#4a2520",
        code_bg="#161a1e",
        disabled="#9aa5b1",
        series=("#56B4E9", "#E69F00", "#2BC49A", "#F0E442", "#E3A0C8", "#0072B2", "#D55E00"),
    ),
    "contrast": dict(
        background="#000000",
        surface="#000000",
        text="#ffffff",
        muted="#ffffff",
        border="#ffffff",
        accent="#ffff00",
        highlight="#00ffff",
        positive="#56B4E9",
        negative="#FF9F40",
        warning="#ffff00",
        error_bg="#5c0000",
        code_bg="#000000",
        # muted is white here, so disabled needs its own colour: Windows' high-contrast
        # black theme says "unavailable" in this green (GrayText), and the border is dashed
        disabled="#3FF23F",
        series=("#ffff00", "#00ffff", "#ff80ff", "#7CFC00", "#ffffff", "#FF9F40", "#56B4E9"),
    ),
}


def clamp_zoom(zoom: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, int(zoom)))


def make_theme(name: str, zoom: int = 100) -> Theme:
    if name not in _PALETTES:
        raise ValueError(f"unknown theme {name!r}")
    return Theme(name=name, zoom=clamp_zoom(zoom), **_PALETTES[name])


def system_theme_name() -> str:
    """``dark`` when the platform says it prefers dark, else ``light``."""
    app = QGuiApplication.instance()
    if app is not None:
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            return "dark"
    return "light"


def qpalette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    pal.setColor(roles.Window, QColor(theme.background))
    pal.setColor(roles.WindowText, QColor(theme.text))
    pal.setColor(roles.Base, QColor(theme.surface))
    pal.setColor(roles.AlternateBase, QColor(theme.code_bg))
    pal.setColor(roles.Text, QColor(theme.text))
    pal.setColor(roles.Button, QColor(theme.surface))
    pal.setColor(roles.ButtonText, QColor(theme.text))
    pal.setColor(roles.Highlight, QColor(theme.accent))
    pal.setColor(roles.HighlightedText, QColor("#000000" if theme.name != "light" else "#ffffff"))
    pal.setColor(roles.ToolTipBase, QColor(theme.surface))
    pal.setColor(roles.ToolTipText, QColor(theme.text))
    pal.setColor(roles.PlaceholderText, QColor(theme.muted))
    pal.setColor(roles.Link, QColor(theme.accent))
    for group in (QPalette.ColorGroup.Disabled,):
        pal.setColor(group, roles.Text, QColor(theme.disabled))
        pal.setColor(group, roles.ButtonText, QColor(theme.disabled))
        pal.setColor(group, roles.WindowText, QColor(theme.disabled))
    return pal


def mono_font() -> QFont:
    """The font of code and of the ``mono`` roles: the system's fixed-width one (a new
    QFont each time: its callers set its size)."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def mono_family() -> str:
    return mono_font().family()


@lru_cache(maxsize=16)
def stylesheet(theme: Theme) -> str:
    """The style sheet: borders, paddings and font size, scaled by zoom.

    Labels take their look from two properties (``widgets.roles.set_role``): ``role`` says
    what the text is (its size, weight and family), ``tone`` its colour. Lessons never write
    CSS of their own."""
    p = theme.px
    mono = mono_family()

    def pt(factor: float) -> str:
        return f"{BASE_POINT_SIZE * factor * theme.scale:.1f}pt"

    return f"""
    QWidget {{ font-size: {BASE_POINT_SIZE * theme.scale:.1f}pt; }}
    QToolTip {{ color: {theme.text}; background: {theme.surface};
                border: {p(1)}px solid {theme.border}; padding: {p(4)}px; }}
    QGroupBox {{ border: {p(1)}px solid {theme.border}; border-radius: {p(6)}px;
                 margin-top: {p(14)}px; padding: {p(8)}px {p(6)}px {p(6)}px {p(6)}px; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: {p(8)}px; padding: 0 {p(4)}px;
                        color: {theme.muted}; }}
    QPushButton, QToolButton {{ padding: {p(4)}px {p(10)}px; border-radius: {p(4)}px;
                  border: {p(1)}px solid {theme.border}; background: {theme.surface}; }}
    QPushButton:hover, QToolButton:hover {{ border-color: {theme.accent}; }}
    QPushButton:checked, QToolButton:checked {{ background: {theme.accent};
                  color: {theme.background}; }}
    QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled,
    QSpinBox:disabled, QDoubleSpinBox:disabled, QCheckBox:disabled, QRadioButton:disabled {{
        color: {theme.disabled}; }}
    QPushButton:checked:disabled, QToolButton:checked:disabled {{ background: {theme.border}; }}
    QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextEdit, QListWidget {{
        border: {p(1)}px solid {theme.border}; border-radius: {p(4)}px;
        padding: {p(2)}px {p(4)}px; background: {theme.surface}; color: {theme.text}; }}
    QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border-color: {theme.accent}; }}
    QLineEdit[invalid="true"] {{ border: {p(2)}px solid {theme.negative}; }}
    QListWidget#lesson_list {{ padding: {p(4)}px; }}
    QListWidget#lesson_list::item {{ padding: {p(8)}px {p(6)}px; border-radius: {p(4)}px; }}
    QListWidget#lesson_list::item:selected {{ background: {theme.accent};
        color: {theme.background}; }}
    QLabel[role="heading"] {{ font-size: {pt(1.5)}; font-weight: bold; }}
    QLabel[role="big"] {{ font-size: {pt(1.8)}; font-weight: bold; }}
    QLabel[role="title"] {{ font-size: {pt(1.2)}; font-weight: bold; }}
    QLabel[role="small"] {{ font-size: {pt(0.9)}; }}
    QLabel[role="caption"] {{ font-size: {pt(0.9)}; color: {theme.muted}; }}
    QLabel[role="muted"] {{ color: {theme.muted}; }}
    QLabel[role="mono"] {{ font-family: "{mono}"; }}
    QLabel[role="mono-small"] {{ font-family: "{mono}"; font-size: {pt(0.95)}; }}
    QLabel[role="formula"] {{ font-family: "{mono}"; font-size: {pt(1.1)}; font-weight: bold; }}
    QLabel[role="mono-title"] {{ font-family: "{mono}"; font-size: {pt(1.3)};
        font-weight: bold; }}
    QLabel[role="badge"] {{ border: {p(1)}px solid {theme.border}; border-radius: {p(8)}px;
        padding: {p(1)}px {p(8)}px; }}
    QLabel[role="badge"][tone="good"] {{ border-color: {theme.positive}; color: {theme.positive}; }}
    QLabel[role="badge"][tone="bad"] {{ border-color: {theme.negative}; color: {theme.negative}; }}
    QLabel[role="badge"][tone="warn"] {{ border-color: {theme.warning}; color: {theme.warning}; }}
    QLabel[tone="good"] {{ color: {theme.positive}; }}
    QLabel[tone="bad"] {{ color: {theme.negative}; }}
    QLabel[tone="warn"] {{ color: {theme.warning}; }}
    QLabel[tone="muted"] {{ color: {theme.muted}; }}
    QLabel[tone="text"] {{ color: {theme.text}; }}
    QLabel[tone="strong"] {{ font-weight: bold; }}
    QLabel[tone="bad-strong"] {{ color: {theme.negative}; font-weight: bold; }}
    QLabel[tone="operand-a"] {{ color: {theme.series[0]}; font-weight: bold; }}
    QLabel[tone="operand-b"] {{ color: {theme.series[2]}; font-weight: bold; }}
    QFrame[role="panel"] {{ border: {p(1)}px solid {theme.border}; border-radius: {p(6)}px;
        background: {theme.surface}; }}
    QFrame[role="panel"][tone="bad"] {{ border-color: {theme.negative};
        background: {theme.error_bg}; }}
    QFrame[role="panel"] QLabel {{ background: transparent; }}
    QFrame[tone="focus"] {{ border: {p(3)}px solid {theme.accent}; border-radius: {p(6)}px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {p(13)}px; height: {p(13)}px;
        border: {p(1)}px solid {theme.muted if theme.name != "contrast" else theme.text};
        background: {theme.surface}; }}
    QCheckBox::indicator {{ border-radius: {p(3)}px; }}
    QRadioButton::indicator {{ border-radius: {p(7)}px; }}
    QCheckBox::indicator:checked, QRadioButton::indicator:checked {{
        background: {theme.accent}; border-color: {theme.accent}; }}
    QCheckBox::indicator:disabled {{ border-color: {theme.border}; }}
    QSlider::groove:horizontal {{ height: {p(6)}px; background: {theme.border};
        border-radius: {p(3)}px; }}
    QSlider::handle:horizontal {{ background: {theme.accent}; width: {p(18)}px;
        margin: -{p(6)}px 0; border-radius: {p(9)}px; }}
    QSlider::handle:horizontal:disabled {{ background: {theme.disabled}; }}
    QSplitter::handle {{ background: {theme.border}; }}
    QPlainTextEdit#code_view, QPlainTextEdit#output_view, QPlainTextEdit#code_view QWidget,
    QPlainTextEdit#output_view QWidget {{ background: {theme.code_bg}; color: {theme.text}; }}
    QLabel#code_heading {{ padding-left: {p(1) + p(4) + CODE_MARGIN}px; }}
    QFrame#error_banner {{ background: {theme.error_bg};
        border: {p(2)}px solid {theme.negative}; border-radius: {p(6)}px; }}
    QFrame#error_banner QLabel {{ background: transparent; }}
    QFrame#error_banner QLabel#error_title {{ color: {theme.negative}; font-weight: bold; }}
    QFrame#error_banner[tone="good"] {{ background: {theme.surface};
        border-color: {theme.positive}; }}
    QFrame#error_banner[tone="good"] QLabel#error_title {{ color: {theme.positive}; }}
    QFrame#error_banner QLabel#lecture_banner_cover {{ background: {theme.surface};
        border: {p(1)}px solid {theme.border}; border-radius: {p(6)}px; }}
    QScrollBar:vertical {{ width: {p(12)}px; }}
    QScrollBar:horizontal {{ height: {p(12)}px; }}
    {_contrast_disabled(theme) if theme.name == "contrast" else ""}
    """


def _contrast_disabled(theme: Theme) -> str:
    """Where every colour is white or yellow, a control that cannot be used now looked like
    one that can (while torch loads, all of a lesson's controls are disabled)."""
    return f"""
    QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled,
    QSpinBox:disabled, QDoubleSpinBox:disabled {{ border-style: dashed;
        border-color: {theme.disabled}; }}
    QPushButton:checked:disabled, QToolButton:checked:disabled {{ border-style: solid;
        background: {theme.surface}; }}
    QSlider::groove:horizontal:disabled {{ background: {theme.surface};
        border: {theme.px(1)}px dashed {theme.disabled}; }}
    """


def set_stylesheet(widget: QWidget, sheet: str) -> None:
    """``widget.setStyleSheet(sheet)``, at about half the cost where it had one: Qt replaces
    a sheet by re-polishing the widget's children and then the widget with its children
    again (QStyleSheetStyle::repolish), every descendant twice; removing the old sheet
    first takes one cheaper pass (a zoom on the create lesson: 45 -> 20 ms)."""
    if widget.styleSheet() == sheet:
        return
    if widget.styleSheet():
        widget.setStyleSheet("")
    widget.setStyleSheet(sheet)


def apply_to_app(app: QApplication, theme: Theme) -> None:
    """Palette, style sheet and font size of the whole application (a lesson on its own:
    tests, benches). The main window puts the style sheet on its parts instead
    (``MainWindow._restyle``): changing the application's sheet re-polishes every widget of
    every lesson built, 0.6 s with all eight, where one lesson's sheet takes 10-20 ms."""
    apply_palette(app, theme)
    app.setStyleSheet(stylesheet(theme))


def apply_palette(app: QApplication, theme: Theme) -> None:
    """The application's palette and font size (cheap: no style sheet re-polish)."""
    app.setPalette(qpalette(theme))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * theme.scale)
    app.setFont(font)
    global _plot_colours
    _plot_colours = theme
    if "pyqtgraph" in sys.modules:  # else configure_pyqtgraph, when a plot module imports it
        configure_pyqtgraph()


_plot_colours: Theme | None = None


def configure_pyqtgraph() -> None:
    """pyqtgraph's defaults: antialiased curves (read when a curve is made, so this runs when
    a plot module is imported, before any curve) and the current theme's colours."""
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True)
    if _plot_colours is not None:
        pg.setConfigOptions(background=_plot_colours.surface, foreground=_plot_colours.text)


#: The room pyqtgraph's axes start with for their tick labels (width, height in px).
AXIS_TEXT_SIZE = (30, 18)


def style_plot(plot: pg.PlotItem, theme: Theme) -> None:
    """Axis pens, tick fonts and label sizes of a pyqtgraph plot, from the theme and zoom.

    Only what changed since the plot was last styled: a theme switch keeps the fonts and a
    zoom the colours. Every setter lays out an axis label again (a zoom restyled descent's
    five plots in 20 ms, most of it for nothing)."""
    import pyqtgraph as pg

    before: Theme | None = getattr(plot, "_tensorviz_theme", None)
    if before == theme:
        return
    plot._tensorviz_theme = theme
    colours = before is None or (before.text, before.muted) != (theme.text, theme.muted)
    sizes = before is None or before.zoom != theme.zoom
    font = theme.font(BASE_POINT_SIZE * 0.9)
    pen = pg.mkPen(theme.muted, width=max(1, theme.px(1)))
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        if colours or pen.widthF() != axis.pen().widthF():
            axis.setPen(pen)
        if colours:
            axis.setTextPen(pg.mkPen(theme.text))
        if not sizes:
            continue
        axis.setTickFont(font)
        axis.setStyle(tickLength=theme.px(6), tickTextOffset=theme.px(4))
        _scale_text_room(axis, before, theme)
        if axis.label is not None:
            axis.label.setFont(font)
    if plot.titleLabel is not None:
        if sizes:
            plot.titleLabel.item.setFont(theme.font(BASE_POINT_SIZE, bold=True))
        plot.titleLabel.item.setDefaultTextColor(QColor(theme.text))
    if plot.legend is not None:
        plot.legend.setLabelTextColor(theme.text)
        plot.legend.setLabelTextSize(f"{BASE_POINT_SIZE * 0.9 * theme.scale:.1f}pt")


def _scale_text_room(axis: pg.AxisItem, before: Theme | None, theme: Theme) -> None:
    """The room for an axis's tick labels at the new zoom. pyqtgraph measures the labels as
    it paints and widens the axis then (descent's axes never narrow: CachedAxis): started
    afresh at each zoom, the axes grew in a second frame and the plots were painted twice;
    left as it was, a zoom in and out kept the zoomed margins. So the room scales with the
    zoom from the one the labels took when last measured (kept while they ask no more, so a
    zoom out and back gives that room back exactly), a pixel over, as text does not scale
    quite evenly."""
    if before is None:
        axis.textWidth, axis.textHeight = AXIS_TEXT_SIZE
        axis._tensorviz_room = None
        return
    now = (axis.textWidth, axis.textHeight)
    kept = getattr(axis, "_tensorviz_room", None)  # (zoom measured at, room then, room set)
    if kept is not None and kept[2] == now:
        measured_at, measured, _ = kept
    else:  # first zoom, or the labels asked for more since
        measured_at, measured = before.scale, now
    if theme.scale == measured_at:
        room = measured
    else:
        room = tuple(
            max(round(least * theme.scale), math.ceil(value / measured_at * theme.scale) + 1)
            for least, value in zip(AXIS_TEXT_SIZE, measured, strict=True)
        )
    axis.textWidth, axis.textHeight = room
    axis._tensorviz_room = (measured_at, measured, room)


def style_plot_widget(widget: pg.PlotWidget, theme: Theme) -> None:
    widget.setBackground(theme.surface)
    style_plot(widget.getPlotItem(), theme)


def series_pen(theme: Theme, index: int, width: float = 2.0) -> object:
    """A plot pen of series ``index``, its width scaled by zoom."""
    import pyqtgraph as pg

    return pg.mkPen(theme.series[index % len(theme.series)], width=width * theme.scale)
