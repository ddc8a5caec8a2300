"""Languages: loading Qt translations at run time, and the one command that maintains them.

Every source file with user-visible text has its own ``.ts`` file per language under
``tensorviz/resources/translations/<lang>/<module>.ts`` (so lessons never edit one shared
file). ``python -m tensorviz.ui.i18n`` refreshes the ``.ts`` files from the sources with
``pyside6-lupdate`` and builds the ``.qm`` files with ``pyside6-lrelease``; the built ``.qm``
files are committed and ship in the wheel. ``--check`` fails when a ``.ts`` is out of date, a
``.qm`` is stale, or a Chinese translation is missing.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []
_TRANSLATABLE = re.compile(r"(\.tr|\btranslate)\(\s*[\"']")


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
    for lang in LANGUAGES:
        (ts_dir / lang).mkdir(parents=True, exist_ok=True)
        for module, path in sources().items():
            if only is not None and path != only.resolve():
                continue
            ts = ts_dir / lang / f"{module}.ts"
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
                    str(path),
                    "-ts",
                    str(ts),
                ],
                check=True,
            )


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    parser.add_argument("--only", type=Path, help="refresh and build the files of one source")
    args = parser.parse_args(argv)
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
