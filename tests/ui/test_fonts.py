"""The bundled Chinese font: it covers every character the texts use, and Chinese is drawn
with it, not as boxes, on a machine whose only fonts are DejaVu."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QRawFont

from tensorviz.ui import fonts
from tensorviz.ui.lessons import ALL_LESSONS

REGENERATE = "regenerate it: python -m tensorviz.ui.fonts --subset DIR (see README, Translations)"


@pytest.mark.parametrize("style", fonts.STYLES)
def test_subset_draws_every_character_of_the_texts(qapp, style):
    raw = QRawFont(str(fonts.FILES[style]), 12)
    assert raw.isValid(), fonts.FILES[style]
    assert raw.familyName() == fonts.FAMILY
    needed = fonts.needed_characters()
    missing = [
        f"{c!r} (U+{ord(c):04X}, {where})"
        for c, where in needed.items()
        if c not in fonts.NOT_IN_NOTO_SANS_CJK and not raw.supportsCharacter(ord(c))
    ]
    assert not missing, f"the {style} subset lacks {', '.join(missing)}; {REGENERATE}"


def test_symbols_the_subset_leaves_to_other_fonts_are_not_chinese():
    assert not [c for c in fonts.NOT_IN_NOTO_SANS_CJK if fonts.is_cjk(c)]


def test_needed_characters_come_from_translations_chapters_literals_and_track(
    tmp_path, monkeypatch
):
    needed = fonts.needed_characters()
    assert all(c in needed for lesson in ALL_LESSONS for c in lesson.chapter if c != " ")
    assert all(c in needed for c in "中文（简体）")  # the language menu's own name
    assert "梯" in needed  # from a translation (梯度下降, "Gradient descent")
    # what a student types with a Chinese input method: "１８" in an answer was two boxes
    assert all(c in needed for c in "０１２３４５６７８９，（）．－、。")
    track = tmp_path / "track.json"
    track.write_text(json.dumps({"steps": [{"title": "龘", "lines": ["齉"]}]}), "utf-8")
    monkeypatch.setattr(fonts, "COURSE_TRACK", track)
    with_track = fonts.needed_characters()
    assert with_track["龘"] == with_track["齉"] == "the course track"


def test_subset_is_not_registered_where_the_system_has_a_chinese_font(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "_installed", None)
    monkeypatch.setattr(QFontDatabase, "families", lambda *args: ["Some Chinese Font"])
    added = []
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", lambda path: added.append(path))
    assert fonts.install() == []
    assert added == []


def _dejavu_dirs() -> list[Path]:
    found = sorted(Path("/usr/share/fonts").rglob("DejaVuSans*.ttf"))
    return sorted({p.parent for p in found})


def fonts_conf(folder: Path) -> Path:
    """A fontconfig configuration whose only fonts are DejaVu's: no Chinese font at all."""
    dirs = "\n".join(f"  <dir>{d}</dir>" for d in _dejavu_dirs())
    conf = folder / "fonts.conf"
    conf.write_text(
        textwrap.dedent(
            """\
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
            {dirs}
              <cachedir>{cache}</cachedir>
              <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer>
              </alias>
              <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer>
              </alias>
              <match target="pattern">
                <edit name="family" mode="append_last"><string>DejaVu Sans</string></edit>
              </match>
            </fontconfig>
            """
        ).format(dirs=dirs, cache=folder / "cache"),
        encoding="utf-8",
    )
    return conf


# Run with fontconfig pointed at DejaVu only. Prints JSON: what had missing glyphs (glyph 0,
# drawn as a box) before and after the app registered its font.
_RENDER = """
import json
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg

app = QApplication(["t"])
def boxes(font, text):
    layout = QTextLayout(text, font)
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return [c for run in layout.glyphRuns() for c in run.glyphIndexes() if c == 0]

def in_document(document):
    block, out = document.begin(), []
    while block.isValid():
        out += [c for run in block.layout().glyphRuns() for c in run.glyphIndexes() if c == 0]
        block = block.next()
    return out

system_cjk = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
before = len(boxes(app.font(), "中文"))
from tensorviz.ui import fonts, i18n
from tensorviz.ui.app import make_application
from tensorviz.ui.theme import make_theme, apply_to_app, style_plot_widget
make_application(["t"])
theme = make_theme("light", 150)
apply_to_app(app, theme)
mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
texts = ["".join(sorted(fonts.needed_characters()))]
texts += [text for ts in sorted((i18n.TRANSLATIONS / "zh_CN").glob("*.ts"))
          for text in i18n.messages(ts).values() if text]
failures = []
for name, font in [("app", app.font()), ("theme", theme.font()),
                   ("theme bold", theme.font(bold=True)), ("mono", mono)]:
    for text in texts:
        if boxes(font, text):
            failures.append(f"{name}: {text!r}")
i18n.set_language(app, "zh_CN")
plot = pg.PlotWidget()
plot.setTitle("每轮的 loss")
plot.setLabel("bottom", "学习率（对数刻度）")
style_plot_widget(plot, theme)
item = plot.getPlotItem()
for name, label in [("plot title", item.titleLabel), ("plot axis", item.getAxis("bottom").label)]:
    text_item = getattr(label, "item", label)
    if in_document(text_item.document()) or not text_item.toPlainText():
        failures.append(f"{name}: {text_item.toPlainText()!r}")
print(json.dumps({"system_cjk": system_cjk, "before": before, "installed": fonts._installed,
                  "failures": failures}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_chinese_is_drawn_without_a_system_chinese_font(tmp_path):
    if not _dejavu_dirs():
        pytest.skip("no DejaVu fonts under /usr/share/fonts")
    env = dict(os.environ, FONTCONFIG_FILE=str(fonts_conf(tmp_path)), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(fonts.PACKAGE.parent), env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", _RENDER],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    # The test means something only where Chinese would otherwise be boxes:
    assert report["system_cjk"] == [], report
    assert report["before"] == 2, report
    assert report["installed"] == [fonts.FAMILY], report
    assert report["failures"] == [], "\n".join(report["failures"][:20])
