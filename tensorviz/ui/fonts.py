"""The bundled Chinese font: a subset of Noto Sans CJK SC, used only where the system has none.

Qt draws Chinese with whatever font the system offers for it. Fresh Linux machines and
containers often have none, and then every Chinese character is a box: the whole zh_CN
interface, with its chapter numbers (三, 七.5). So the app ships a subset of
Noto Sans CJK SC, Regular and Bold (SIL Open Font License 1.1, ``resources/fonts/OFL.txt``),
cut to the characters its texts use, renamed so it never passes for the full font.
:func:`install` registers it at start only when Qt knows no Simplified Chinese font: a system
font (complete, so text the user types is covered too) is still preferred where there is one.

``python -m tensorviz.ui.fonts --subset DIR`` regenerates the subset from the Noto Sans CJK
fonts found under ``DIR`` (Debian's ``fonts-noto-cjk`` ``.ttc`` files or upstream's
``NotoSansCJKsc-*.otf``). It needs fontTools (``pip install fonttools``); the app does not.
Run it after a translation adds a character (``tests/ui/test_fonts.py`` says when).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tokenize
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from tensorviz.assets import RESOURCES

PACKAGE = Path(__file__).resolve().parent.parent
FONT_DIR = RESOURCES / "fonts"
TRANSLATIONS = RESOURCES / "translations" / "zh_CN"
COURSE_TRACK = RESOURCES / "course" / "track.json"

SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Noto Sans CJK SC tensorviz"  # the subset's own name: never mistaken for the full font
STYLES = ("Regular", "Bold")
FILES = {style: FONT_DIR / f"NotoSansCJKsc-tensorviz-{style}.otf" for style in STYLES}

# Symbols the texts use that Noto Sans CJK does not draw. They are not Chinese (a test checks):
# the system's ordinary fonts draw them (DejaVu Sans does), in English as in Chinese.
NOT_IN_NOTO_SANS_CJK = frozenset("▮✗❚")

_DROPPED = {"locl", "valt", "vchw", "vert", "vhal", "vjmo", "vkrn", "vpal", "vrt2"}

_installed: list[str] | None = None  # the families registered, once install() has run


def is_cjk(char: str) -> bool:
    """Wide or full-width: ideographs, kana, hangul, CJK punctuation and full-width forms."""
    return unicodedata.east_asian_width(char) in ("W", "F")


# -- at start -----------------------------------------------------------------------------
def install() -> list[str]:
    """Register the bundled subset if Qt knows no Simplified Chinese font; its families.

    Registering is all it takes: fontconfig (which Qt uses on Linux, offscreen included) lists
    application fonts among the fallbacks it searches for a glyph the chosen font lacks, so
    the subset draws the Chinese characters of every font the app uses: the application font
    and ``Theme.font()``, the monospaced font, style sheets' families, pyqtgraph's titles and
    labels. It is never put in a font's family list: where that list's first family is a
    generic name ("Sans Serif"), Qt would take the subset for the primary font and draw
    Latin text with it. Windows and macOS always have a Chinese font, so the subset is not
    registered there. Needs a QGuiApplication; a second call changes nothing."""
    global _installed
    if _installed is not None:
        return _installed
    from PySide6.QtGui import QFontDatabase

    _installed = []
    # The subset itself never counts as Simplified Chinese (it lacks most of the script), so
    # this asks about the system's fonts only.
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return _installed
    for path in FILES.values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in _installed:
                _installed.append(family)
    return _installed


# -- what the texts use ----------------------------------------------------------------------
def needed_characters() -> dict[str, str]:
    """Every character the subset must draw -> where it is first used.

    The zh_CN translations, the chapter labels, every string literal of the sources that has a
    Chinese character in it (the language menu's "中文（简体）", say), every string of the
    course track when there is one, and what a Chinese input method types (full-width forms,
    its brackets and stops)."""
    found: dict[str, str] = {}

    def add(text: str, where: str) -> None:
        for char in text:
            if char.isprintable() and not char.isspace():
                found.setdefault(char, where)

    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for translation in ET.parse(ts).getroot().iter("translation"):
            for element in translation.iter():  # the translation and its numerus forms
                add(element.text or "", f"{ts.parent.name}/{ts.name}")
    from tensorviz.ui.lessons import ALL_LESSONS  # imports neither Qt nor torch

    for lesson in ALL_LESSONS:
        add(lesson.chapter, f"chapter of lesson {lesson.key}")
    for path in sorted(PACKAGE.rglob("*.py")):
        for literal in _string_literals(path):
            if any(is_cjk(c) for c in literal):
                add(literal, str(path.relative_to(PACKAGE.parent)))
    # what a Chinese input method types into a field: full-width letters, digits and signs
    # (a student's "１８" in an answer field was drawn as two boxes) and its punctuation
    add("".join(map(chr, range(0xFF01, 0xFF5F))), "typed with a Chinese input method")
    add("、。〈〉《》「」『』【】〔〕〖〗", "typed with a Chinese input method")
    if COURSE_TRACK.exists():
        track = json.loads(COURSE_TRACK.read_text(encoding="utf-8"))
        for text in _json_strings(track):
            add(text, "the course track")
    return found


def _string_literals(path: Path) -> list[str]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    return [t.string for t in tokens if t.type in kinds]


def _json_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_json_strings(k), *_json_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


# -- cutting the subset (maintenance; needs fontTools) ---------------------------------------
def subset(source_dir: Path, out_dir: Path = FONT_DIR) -> dict[str, Path]:
    """Cut Regular and Bold from the Noto Sans CJK SC fonts under ``source_dir``."""
    from fontTools import subset as ft_subset

    needed = needed_characters()
    # Printable ASCII too: a run Qt draws with this font may hold a digit or a bracket.
    chars = set(needed) | {chr(c) for c in range(0x20, 0x7F)}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for style in STYLES:
        font = _find_source(source_dir, style)
        cmap = font.getBestCmap()
        lacking = sorted(c for c in chars if ord(c) not in cmap)
        unexpected = [c for c in lacking if c not in NOT_IN_NOTO_SANS_CJK and c in needed]
        if unexpected:
            raise SystemExit(
                f"{SOURCE_FAMILY} {style} does not draw "
                + ", ".join(f"{c!r} (U+{ord(c):04X}, {needed[c]})" for c in unexpected)
                + ". If it is a symbol that isn't Chinese, add it to NOT_IN_NOTO_SANS_CJK."
            )
        options = ft_subset.Options()
        options.name_IDs = ["*"]  # keep the copyright, licence and trademark records
        options.name_languages = [0x0409]
        options.notdef_outline = True
        options.drop_tables += ["vhea", "vmtx", "VORG"]  # Qt lays out horizontally only
        # No vertical forms, and no Japanese, Korean or traditional forms ("locl"): this is
        # Simplified Chinese, and they would double the glyphs.
        options.layout_features = [f for f in options.layout_features if f not in _DROPPED]
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(ord(c) for c in chars if ord(c) in cmap))
        subsetter.subset(font)
        _rename(font, style)
        font.recalcTimestamp = False  # the same texts give the same bytes
        path = out_dir / FILES[style].name
        font.save(path)
        written[style] = path
    return written


def _find_source(source_dir: Path, style: str):
    from fontTools.ttLib import TTCollection, TTFont

    for path in sorted(source_dir.rglob("*")):
        suffix = path.suffix.lower()
        if suffix == ".ttc":
            fonts = TTCollection(path, lazy=False).fonts
        elif suffix in (".otf", ".ttf"):
            fonts = [TTFont(path, lazy=False)]
        else:
            continue
        for font in fonts:
            name = font["name"]
            if name.getDebugName(1) == SOURCE_FAMILY and name.getDebugName(2) == style:
                return font
    raise SystemExit(f"no {SOURCE_FAMILY} {style} (.ttc, .otf) under {source_dir}")


def _rename(font, style: str) -> None:
    """Family ``FAMILY``: the subset lacks most of Chinese and must not pass for the font."""
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    version = font["name"].getDebugName(5) or ""
    names = {1: FAMILY, 3: f"{postscript};{version}", 4: full, 6: postscript}
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (16, 17, 18, 21, 22):  # typographic names would keep the old one
            table.removeNames(nameID=record.nameID)
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x0409)
        if table.getName(name_id, 1, 0, 0) is not None:
            table.setName(text, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        for attr, text in (("FullName", full), ("FamilyName", FAMILY)):
            if hasattr(top, attr):
                setattr(top, attr, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--subset",
        metavar="DIR",
        type=Path,
        required=True,
        help="cut the bundled subset from the Noto Sans CJK SC fonts under DIR",
    )
    args = parser.parse_args(argv)
    for style, path in subset(args.subset).items():
        print(f"{path}: {style}, {path.stat().st_size:,} bytes")
    needed = needed_characters()
    print(
        f"{len(needed)} characters from the texts, {sum(map(is_cjk, needed))} of them Chinese",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
