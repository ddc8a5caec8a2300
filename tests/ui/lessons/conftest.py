"""What the lesson tests share."""

from __future__ import annotations

import pytest

from tests.ui.test_projector_sizes import LANGS, open_projector_window


@pytest.fixture(params=LANGS)
def projector_window(qtbot, request):
    """A window on the smallest projector lecturers plug into (1024x768) at zoom 150, the
    back row's, once in each language."""
    with open_projector_window(request.param) as window:
        qtbot.waitExposed(window)
        yield window
