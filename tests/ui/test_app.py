"""The main window as a user meets it: lessons, menus, theme, zoom, language, settings."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

import tensorviz
from tensorviz.ui import lessons
from tensorviz.ui.app import MainWindow
from tensorviz.ui.theme import make_theme


@pytest.fixture
def window(qtbot):
    win = MainWindow(theme="light", zoom=100, language="en")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    yield win
    win._remember = False  # tests that want persistence close explicitly


def test_lessons_are_listed_in_course_order(window):
    keys = window.lesson_keys()
    assert keys, "no lesson is available"
    course = [info.key for info in lessons.ALL_LESSONS]
    assert keys == [k for k in course if k in keys]
    items = [window._list.item(i).text() for i in range(window._list.count())]
    assert items[0].startswith(lessons.section_text(lessons.info(keys[0]).chapter, "en"))


def test_selecting_each_lesson_shows_it(window, qtbot):
    for key in window.lesson_keys():
        lesson = window.select_lesson(key)
        lesson.settle()
        assert window.current_lesson() is lesson
        assert lesson.key == key
        assert lesson.isVisible()
        assert key in window.windowTitle() or lessons.info(key).title() in window.windowTitle()


def test_theme_switch_repaints_app_and_lessons(window):
    key = window.lesson_keys()[0]
    lesson = window.select_lesson(key)
    window.set_theme("dark")
    dark = make_theme("dark")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == (
        dark.background
    )
    assert lesson.theme.name == "dark"
    window.set_theme("contrast")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == "#000000"
    window._actions["theme_light"].trigger()
    assert window.theme.name == "light"


def test_zoom_scales_fonts_and_is_clamped(window):
    window.set_zoom(100)
    base = QApplication.instance().font().pointSizeF()
    window._actions["zoom_in"].trigger()
    assert window.zoom() == 110
    assert QApplication.instance().font().pointSizeF() == pytest.approx(base * 1.1)
    window.set_zoom(1000)
    assert window.zoom() == 300
    window.set_zoom(5)
    assert window.zoom() == 50
    window._actions["zoom_reset"].trigger()
    assert window.zoom() == 100
    for lesson in window._lessons.values():
        assert lesson.theme.zoom == 100


def test_zoom_keys_as_browsers_take_them(window, qtbot):
    """Ctrl++ (the keypad's +, and Ctrl+Shift+= where the platform maps it) did nothing;
    only Ctrl+= zoomed in."""
    window.set_zoom(100)
    window.activateWindow()
    handle = window.windowHandle()
    ctrl, keypad = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.KeypadModifier
    for key, modifiers, zoom in (
        (Qt.Key.Key_Equal, ctrl, 110),
        (Qt.Key.Key_Plus, ctrl, 120),  # Ctrl+Shift+= where the platform maps keys
        (Qt.Key.Key_Plus, ctrl | keypad, 130),
        (Qt.Key.Key_Minus, ctrl, 120),
        (Qt.Key.Key_Minus, ctrl | keypad, 110),
    ):
        qtbot.keyClick(handle, key, modifiers)
        assert window.zoom() == zoom, (key, modifiers)
    window.set_zoom(100)


def test_language_switch_retranslates_open_window(window, qtbot):
    key = window.lesson_keys()[0]
    window.select_lesson(key)
    window.set_language("zh_CN")
    QApplication.processEvents()  # Qt delivers LanguageChange through the event loop
    assert window._menus["file"].title() == "文件(&F)"
    assert (
        window._list.item(0)
        .text()
        .endswith(QApplication.translate("Lessons", lessons.info(key).title()))
    )
    assert "创建张量" in window._list.item(0).text() or key != "create"
    assert window.current_lesson().code_pane._code_label.text() == "代码"
    window.set_language("en")
    QApplication.processEvents()
    assert window._menus["file"].title() == "&File"
    assert window.current_lesson().code_pane._code_label.text() == "Code"


def test_settings_are_remembered(qtbot):
    first = MainWindow(theme="dark", zoom=150, language="zh_CN")
    qtbot.addWidget(first)
    keys = first.lesson_keys()
    first.select_lesson(keys[-1])
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.theme.name == "dark"
    assert second.zoom() == 150
    assert second.language() == "zh_CN"
    assert second.current_lesson().key == keys[-1]
    second._remember = False
    second.set_language("en")


def test_corrupt_values_fall_back_with_a_message(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "bad.ini"
    path.write_text("[view]\nzoom=banana\ntheme=purple\nlanguage=tlh\n[window]\nlesson=nope\n")
    monkeypatch.setenv("TENSORVIZ_SETTINGS", str(path))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.zoom() == 100
    assert win.theme.name in ("light", "dark")
    message = win.statusBar().currentMessage()
    assert "zoom" in message and "theme" in message and "language" in message
    win._remember = False


def test_unreadable_settings_file_is_kept_aside(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "broken.ini"
    path.write_bytes(b"\x00\xff[view\nzoom=\xfe\xfe\n[[[")
    monkeypatch.setenv("TENSORVIZ_SETTINGS", str(path))
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.zoom() == 100
    status = QSettings(str(path), QSettings.Format.IniFormat).status()
    if status != QSettings.Status.NoError:
        assert (tmp_path / "broken.ini.corrupt").read_bytes() == path.read_bytes()
        assert "could not be read" in win.statusBar().currentMessage()
    win.close()  # writing good settings afterwards must work
    assert MainWindow().zoom() == 100


def test_export_png_svg_and_clipboard(window, tmp_path):
    window.select_lesson(window.lesson_keys()[0])
    png = tmp_path / "lesson.png"
    svg = tmp_path / "lesson.svg"
    assert window.export_png(png)
    image = QImage(str(png))
    assert image.width() == window.current_lesson().width()
    assert window.export_svg(svg)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    # each widget clipped to its own rectangle (SVG Tiny had none: parts drew over others)
    assert "<clipPath" in text
    # its size in millimetres is the lesson's in pixels at CSS's 96 to the inch (at Qt's 72
    # a viewer opened it a third larger)
    import re

    width_mm = float(re.search(r'<svg width="([\d.]+)mm"', text).group(1))
    assert abs(width_mm / 25.4 * 96 - window.current_lesson().width()) <= 1
    # a folder is no file: said so, not "Saved"
    assert not window.export_svg(tmp_path)
    window.copy_picture()
    assert not QApplication.clipboard().image().isNull()


def test_about_names_versions_and_cuda(window):
    import torch

    text = window.about_text()
    assert f"tensorviz {tensorviz.__version__}" in text
    assert f"torch {torch.__version__}" in text
    assert ("yes" if torch.cuda.is_available() else "no") in text.splitlines()[-1]


def test_full_screen_toggles(window):
    window._actions["full_screen"].trigger()
    assert window.isFullScreen()
    window._actions["full_screen"].trigger()
    assert not window.isFullScreen()


def test_full_screen_s_check_follows_the_window(window):
    """Started in full screen (a remembered geometry) or left by the window manager, F11's
    check said otherwise, and the first F11 did nothing."""
    action = window._actions["full_screen"]
    window.showFullScreen()
    assert action.isChecked()
    window.showNormal()
    assert not action.isChecked()
    window.showFullScreen()
    action.trigger()  # F11: out of full screen at the first press
    assert not window.isFullScreen() and not action.isChecked()


def test_the_lesson_list_can_be_hidden_for_a_small_projector(window, qtbot):
    lesson = window.select_lesson("shape")
    qtbot.waitUntil(lambda: lesson.width() > 0)
    wide = lesson.width()
    window._actions["lesson_list"].trigger()  # View > Lesson list, Ctrl+L
    qtbot.waitUntil(lambda: not window._list.isVisible())
    qtbot.waitUntil(lambda: lesson.width() > wide + 100)  # the list's width is the lesson's
    window._actions["lecture"].trigger()
    window._actions["lecture"].trigger()  # leaving a lecture keeps the list as it was
    assert not window._list.isVisible()
    window._actions["lesson_list"].trigger()
    assert window._list.isVisible()


def test_a_narrow_window_at_zoom_gives_the_list_s_width_to_the_lesson(window, qtbot):
    lesson = window.select_lesson("descent")
    window.resize(1024, 768)
    assert window._list.isVisible()  # 1024 px at zoom 100 has room for it
    window.set_zoom(150)  # the back row cannot read: the list steps aside on its own
    qtbot.waitUntil(lambda: not window._list.isVisible())
    assert not window._actions["lesson_list"].isChecked()
    qtbot.waitUntil(lambda: lesson.width() >= 1000)
    window._actions["lesson_list"].trigger()  # the lecturer wants it back: it stays
    qtbot.waitUntil(lambda: window._list.isVisible())
    window.resize(1000, 760)
    assert window._list.isVisible()
    window.resize(1600, 1000)  # wide enough again
    window.resize(1024, 768)  # and narrow: hidden again
    qtbot.waitUntil(lambda: not window._list.isVisible())
    window.set_zoom(100)
    qtbot.waitUntil(lambda: window._list.isVisible())
    # while the list is away, the Lesson menu (Ctrl+1..8) reaches every lesson
    window.set_zoom(150)
    menu = window._actions["lesson_create"]
    assert menu.shortcut().toString() == "Ctrl+1"
    menu.trigger()
    assert window.current_lesson().key == "create"
    assert window._actions["lesson_create"].isChecked()
    assert not window._actions["lesson_descent"].isChecked()
    window._list.setCurrentRow(window.lesson_keys().index("ops"))  # the list moves the menu
    assert window._actions["lesson_ops"].isChecked()


def test_the_list_comes_back_as_wide_as_in_a_window_opened_at_that_size(qtbot):
    """Hidden by a narrow window and back when it widens, the list kept the width it had
    in the wide window it hid from (345 px at zoom 150 in a 1400 px window, where a
    window opened so gives it a fifth: 280 px)."""
    widths = []
    for first in (1920, 1400):
        win = MainWindow(theme="light", zoom=150, language="en", lesson="descent")
        qtbot.addWidget(win)
        win._remember = False
        win.resize(first, 1000)
        win.show()
        qtbot.waitExposed(win)
        if first == 1920:
            win.resize(1000, 700)  # below the list's room at zoom 150
            qtbot.waitUntil(lambda w=win: not w._list.isVisible())
            win.resize(1400, 1000)
        qtbot.waitUntil(lambda w=win: w._list.isVisible() and w._list.width() > 0)
        qtbot.wait(20)
        widths.append(win._list.width())
    assert widths[0] == widths[1] == 280


def test_a_window_moved_from_a_wide_screen_to_a_small_projector_fits_it(qtbot):
    """At zoom 150 on a 1920x1080 screen, the list beside the lesson; moved to a 1024x768
    projector (or maximised there) in one step, the window is 1024 px wide. The list's
    minimum counted while it still showed, beside a lesson left narrow in the stack (create,
    opened at 1024 px): the window stayed 1037 px wide, its edge off the screen, once the
    list had stepped aside."""
    window = MainWindow(theme="light", zoom=150, language="en", remember=False)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.select_lesson("create").settle()  # narrow at 1024 px
    lesson = window.select_lesson("dtype")
    lesson.settle()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window._list.isVisible())
    lesson.settle()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: not window._list.isVisible())
    assert (window.width(), window.height()) == (1024, 768)


def test_the_lesson_menu_rests_in_a_lecture(window, qtbot):
    window._actions["lecture"].trigger()
    lesson = window.current_lesson().key
    assert not window._menus["lesson"].isEnabled()
    other = next(k for k in window.lesson_keys() if k != lesson)
    number = window.lesson_keys().index(other) + 1
    qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
    window._actions[f"lesson_{other}"].trigger()  # its shortcut (Ctrl+N) does this
    assert window.current_lesson().key == lesson  # the step's lesson stays
    window._actions["lecture"].trigger()
    assert window._menus["lesson"].isEnabled()
    window._actions[f"lesson_{other}"].trigger()
    assert window.current_lesson().key == other


def test_a_first_start_fits_a_small_screen(qtbot, monkeypatch):
    # the offscreen platform's screen is 800x600; a real one that small (a projector) must
    # not get a 1400x900 window running off its edges
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    win = MainWindow(theme="light", zoom=100, language="en", remember=False)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry().size()
    assert room.width() < 1400
    assert win.width() <= room.width() and win.height() <= room.height()


def test_version_flag_prints_version():
    out = subprocess.run(
        [sys.executable, "-m", "tensorviz", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"tensorviz {tensorviz.__version__}"


def test_unknown_lesson_is_refused(capsys):
    from tensorviz.cli import main

    assert main(["--lesson", "nope", "--screenshot", "/nonexistent"]) == 2
    assert "no lesson 'nope'" in capsys.readouterr().err


def test_screenshot_writes_one_png_per_lesson(qtbot, tmp_path):
    from tensorviz.cli import main

    assert main(["--screenshot", str(tmp_path), "--theme", "dark", "--zoom", "120"]) == 0
    written = sorted(p.stem for p in tmp_path.glob("*.png"))
    assert written == sorted(lessons_keys())
    image = QImage(str(tmp_path / f"{written[0]}.png"))
    assert (image.width(), image.height()) == (1920, 1200)


def lessons_keys() -> list[str]:
    return [info.key for info in lessons.available()]


def test_the_status_bar_names_the_theme_in_the_user_s_language(window, qtbot):
    window.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window._actions["theme_contrast"].text() == "高对比度")
        window.set_theme("contrast")
        message = window.statusBar().currentMessage()
        assert message == "缩放 100% · 主题 高对比度"  # it said "主题 contrast"
    finally:
        window.set_theme("light")  # the application's palette is every later test's
        window.set_language("en")
