"""Languages: loading Qt translations at run time, and the one command that maintains them.

Every source file with user-visible text has its own ``.ts`` file per language under
``resources/translations/<lang>/<module>.ts`` (so lessons never edit one shared
file). ``python -m tensorviz.ui.i18n`` refreshes the ``.ts`` files from the sources with
``pyside6-lupdate`` and builds the ``.qm`` files with ``pyside6-lrelease``; the built ``.qm``
files are committed and ship in the wheel. ``--check`` fails when a ``.ts`` is out of date, a
``.qm`` is stale, or a Chinese translation is missing. ``--untranslated`` prints the Chinese
messages still to translate as JSON; fill in their ``translation`` and pass the file to
``--fill``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tensorviz.assets import RESOURCES

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []
_TRANSLATABLE = re.compile(r"(\.tr|\btranslate|\bQT_TRANSLATE_NOOP)\(\s*[\"']")


def system_language() -> str:
    """``zh_CN`` when the system locale is Chinese, else ``en``."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def set_language(app: QCoreApplication, lang: str) -> None:
    """Install ``lang``'s translations; open widgets get a LanguageChange event and retranslate."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    candidates = sorted((TRANSLATIONS / lang).glob("*.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = Path(qt_dir) / f"qtbase_{lang}.qm"
    if qtbase.exists():
        candidates.append(qtbase)
    for path in candidates:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(lang))


# -- maintenance (python -m tensorviz.ui.i18n) ---------------------------------------------
def _tool(name: str) -> str:
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    return exe


def sources() -> dict[str, Path]:
    """Module name -> source file, for every file that has translatable text."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "core" in path.relative_to(PACKAGE).parts:
            continue
        if _TRANSLATABLE.search(path.read_text(encoding="utf-8")):
            rel = path.relative_to(PACKAGE.parent).with_suffix("")
            out[".".join(rel.parts)] = path
    return out


def update(ts_dir: Path = TRANSLATIONS, only: Path | None = None) -> None:
    """Refresh the ``.ts`` files from the sources; drop those whose source is gone.

    A string that moved to another file (a lesson split into a package, say) keeps its
    translation: an unfinished message takes the translation that the same context and source
    text has in any of the language's files as they were before this update."""
    for lang in LANGUAGES:
        (ts_dir / lang).mkdir(parents=True, exist_ok=True)
        known = _finished_translations(ts_dir / lang)
        for module, path in sources().items():
            if only is not None and path != only.resolve():
                continue
            ts = ts_dir / lang / f"{module}.ts"
            _lupdate(path, ts, lang)
            if _carry_over(ts, known):
                _lupdate(
                    path, ts, lang
                )  # lupdate's own formatting, so the next run changes nothing
        if only is None:
            expected = {f"{m}.ts" for m in sources()}
            for ts in (ts_dir / lang).glob("*.ts"):
                if ts.name not in expected:
                    ts.unlink()
                    ts.with_suffix(".qm").unlink(missing_ok=True)


def _lupdate(source: Path, ts: Path, lang: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            str(source),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def _finished_translations(lang_dir: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for ts in sorted(lang_dir.glob("*.ts")):
        for key, text in messages(ts).items():
            if text:
                out.setdefault(key, text)
    return out


def _carry_over(ts: Path, known: dict[tuple[str, str], str]) -> bool:
    """Fill ``ts``'s unfinished messages from ``known`` (context, source) -> translation;
    whether anything was filled."""
    tree = ET.parse(ts)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = known.get((name, message.findtext("source", "")))
            if translation is not None and translation.get("type") == "unfinished" and text:
                translation.text = text
                del translation.attrib["type"]
                changed = True
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return changed


def build(
    ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS, only: str | None = None
) -> None:
    for lang in LANGUAGES:
        (qm_dir / lang).mkdir(parents=True, exist_ok=True)
        for ts in sorted((ts_dir / lang).glob(f"{only}.ts" if only else "*.ts")):
            qm = qm_dir / lang / ts.with_suffix(".qm").name
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None where it is unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            text = translation.text if done and translation is not None else None
            out[(name, message.findtext("source", ""))] = text
    return out


def problems() -> list[str]:
    """What is out of date or missing; empty when all is well."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for lang in LANGUAGES:
            (fresh / lang).mkdir()
            for ts in (TRANSLATIONS / lang).glob("*.ts"):
                shutil.copy(ts, fresh / lang / ts.name)
        update(fresh)
        for lang in LANGUAGES:
            for ts in sorted((fresh / lang).glob("*.ts")):
                committed = TRANSLATIONS / lang / ts.name
                new = messages(ts)
                if not committed.exists() or set(messages(committed)) != set(new):
                    found.append(
                        f"{lang}/{ts.name} is out of date: run python -m tensorviz.ui.i18n"
                    )
                    continue
                if lang == "zh_CN":
                    missing = [src for (_, src), text in new.items() if not text]
                    if missing:
                        found.append(
                            f"{lang}/{ts.name}: {len(missing)} untranslated, e.g. {missing[0]!r}"
                        )
        build(TRANSLATIONS, fresh)
        for lang in LANGUAGES:
            for qm in sorted((fresh / lang).glob("*.qm")):
                committed = TRANSLATIONS / lang / qm.name
                if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                    found.append(f"{lang}/{qm.name} is stale: run python -m tensorviz.ui.i18n")
        for lang in LANGUAGES:
            expected = {f"{m}.ts" for m in sources()}
            for ts in (TRANSLATIONS / lang).glob("*.ts"):
                if ts.name not in expected:
                    found.append(f"{lang}/{ts.name} has no source any more")
    return found


def untranslated(lang: str = "zh_CN") -> list[dict[str, str]]:
    """Every unfinished message of ``lang``: ``{"context", "source", "translation": ""}``."""
    out = []
    for ts in sorted((TRANSLATIONS / lang).glob("*.ts")):
        for (context, source), text in messages(ts).items():
            if not text:
                out.append({"context": context, "source": source, "translation": ""})
    return out


def fill(entries: list[dict[str, str]], lang: str = "zh_CN") -> int:
    """Write the given translations (as :func:`untranslated` lists them, filled in) into
    ``lang``'s ``.ts`` files and rebuild the ``.qm`` files; returns how many were used."""
    known = {(e["context"], e["source"]): e["translation"] for e in entries if e["translation"]}
    sources_by_module = {f"{m}.ts": p for m, p in sources().items()}
    for ts in sorted((TRANSLATIONS / lang).glob("*.ts")):
        if _carry_over(ts, known) and ts.name in sources_by_module:
            _lupdate(sources_by_module[ts.name], ts, lang)
    build()
    return len(known)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    parser.add_argument("--only", type=Path, help="refresh and build the files of one source")
    parser.add_argument(
        "--untranslated", action="store_true", help="print zh_CN's unfinished messages as JSON"
    )
    parser.add_argument(
        "--fill", type=Path, help="take zh_CN translations from a JSON file --untranslated made"
    )
    args = parser.parse_args(argv)
    if args.untranslated:
        print(json.dumps(untranslated(), ensure_ascii=False, indent=1))
        return 0
    if args.fill is not None:
        used = fill(json.loads(args.fill.read_text(encoding="utf-8")))
        print(f"{used} translations written")
        return 0
    if args.check:
        found = problems()
        print("\n".join(found) or "translations are up to date")
        return 1 if found else 0
    if args.only is not None:
        module = next((m for m, p in sources().items() if p == args.only.resolve()), None)
        if module is None:
            print(f"{args.only} has no translatable text")
            return 1
        update(only=args.only)
        build(only=module)
        return 0
    update()
    build()
    for line in problems():
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
