"""Every lesson's default picture matches its reference image, in English and Chinese.

The references were taken before the lessons became packages (issue "Each lesson a package");
a restructuring must not change what a user sees. A deliberate change of a picture
regenerates them with ``python -m tests.image_testing`` after a human has looked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from tensorviz import cli
from tensorviz.ui import i18n, lessons
from tests.image_testing import assert_matches

KEYS = [info.key for info in lessons.available()]
# numpy's memory view prints the buffers' real addresses, which differ on every run
ALLOWANCE = {"numpy": 0.006}


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def shots(request, qapp, tmp_path_factory):
    lang = request.param
    out = tmp_path_factory.mktemp(f"shots-{lang}")
    try:
        assert cli.main(["--screenshot", str(out), "--lang", lang, "--theme", "light"]) == 0
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")
    return lang, out


@pytest.mark.slow
@pytest.mark.parametrize("key", KEYS)
def test_lesson_matches_its_reference(shots, key):
    lang, out = shots
    image = QImage(str(out / f"{key}.png"))
    assert not image.isNull()
    assert_matches(image, f"{lang}/{key}.png", max_fraction=ALLOWANCE.get(key, 0.001))
