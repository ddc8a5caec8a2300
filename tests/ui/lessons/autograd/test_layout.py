"""The autograd lesson on a laptop: its picture's texts keep clear of the splitters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.test_projector_sizes import open_projector_window, settle


def _where(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_picture_keeps_a_margin_before_the_code_pane(qtbot, lang):
    # zh_CN at 1366x768: the example's note wrapped right up to the splitter handle
    # ("x.grad" touched it) and the fit button beside the status sat against it
    with open_projector_window(lang, zoom=100) as window:
        qtbot.waitExposed(window)
        window.resize(1366, 768)
        window.select_lesson("autograd")
        settle(window)
        view = window.current_lesson().view
        assert not view.narrow()  # the code pane beside the picture, past a handle
        handle = _where(view.splitter.handle(2))
        gap = window.theme.px(4)
        near = {}
        for widget in view.picture.findChildren(QWidget):
            texts = isinstance(widget, QLabel | QAbstractButton) and widget.text()
            if widget.isVisible() and texts:
                room = handle.left() - _where(widget).right() - 1
                if room < gap:
                    near[f"{widget.objectName() or type(widget).__name__} {texts[:30]!r}"] = room
        assert view.preset_note.isVisible()
        assert not near, f"px left before the splitter (want {gap}): {near}"
