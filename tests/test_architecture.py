"""The house rules of DESIGN.md, checked on the source (an AST walk, no imports).

- ``core`` imports no Qt, no pyqtgraph and nothing of ``tensorviz.ui``;
- every lesson's ``state.py`` (and the shared ``states.py`` and the lesson registry) imports
  no Qt and no pyqtgraph (a state may take constants from ``core``), and nothing of the UI
  but ``tensorviz.ui.lessons``;
- ``widgets`` never import ``lessons``; lesson packages never import each other;
- only widgets (and the theme that styles them) import pyqtgraph or paint with QPainter;
- a lesson is a package of ``state``, ``texts``, ``view`` and ``controller``; a controller has
  at most 300 lines and no file of a lesson more than 400;
- lessons write no CSS, start no Worker or timer of their own, and never dispatch on a
  worker result's type: the lesson base class does that once.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "tensorviz"
LESSONS = ROOT / "ui" / "lessons"
QT = ("PySide6", "shiboken6", "pyqtgraph")
PACKAGES = sorted(p for p in LESSONS.iterdir() if p.is_dir() and (p / "__init__.py").exists())


def imports(path: Path, top_level_only: bool = False) -> list[str]:
    """Every module ``path`` imports (``from a.b import c`` gives ``a.b`` and ``a.b.c``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
            out += [f"{node.module}.{alias.name}" for alias in node.names]
    return out


def starts(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT.parent))


def test_core_imports_no_qt_and_nothing_of_the_ui():
    bad = [
        f"{rel(p)} imports {name}"
        for p in sorted((ROOT / "core").rglob("*.py"))
        for name in imports(p)
        if starts(name, (*QT, "tensorviz.ui"))
    ]
    assert not bad, "\n".join(bad)


def test_states_and_the_registry_import_no_qt():
    files = [LESSONS / "__init__.py", LESSONS / "states.py"]
    files += [p / "state.py" for p in PACKAGES]
    bad = []
    for path in files:
        # the registry may translate lazily, inside a function
        names = imports(path, top_level_only=path.name == "__init__.py")
        bad += [
            f"{rel(path)} imports {n}"
            for n in names
            if starts(n, QT)
            or (starts(n, ("tensorviz.ui",)) and not starts(n, ("tensorviz.ui.lessons",)))
        ]
    assert not bad, "\n".join(bad)


def test_widgets_never_import_lessons():
    bad = [
        f"{rel(p)} imports {name}"
        for p in sorted((ROOT / "ui" / "widgets").rglob("*.py"))
        for name in imports(p)
        if starts(name, ("tensorviz.ui.lessons", "tensorviz.ui.lesson", "tensorviz.ui.app"))
    ]
    assert not bad, "\n".join(bad)


def test_lesson_packages_never_import_each_other():
    bad = []
    for package in PACKAGES:
        others = tuple(f"tensorviz.ui.lessons.{p.name}" for p in PACKAGES if p != package)
        for path in sorted(package.rglob("*.py")):
            bad += [f"{rel(path)} imports {n}" for n in imports(path) if starts(n, others)]
    assert not bad, "\n".join(bad)


def test_only_widgets_import_pyqtgraph_or_paint():
    allowed = {ROOT / "ui" / "theme.py", ROOT / "ui" / "app.py"}
    bad = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if "widgets" in path.relative_to(ROOT).parts or path in allowed:
            continue
        bad += [
            f"{rel(path)} imports {n}"
            for n in imports(path)
            if starts(n, ("pyqtgraph",)) or re.search(r"\.QPainter\w*$", n)
        ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_a_lesson_is_state_texts_view_and_controller(package):
    for part in ("__init__", "state", "texts", "view", "controller"):
        assert (package / f"{part}.py").exists(), f"{rel(package)} has no {part}.py"


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_lesson_files_stay_small(package):
    sizes = {rel(p): len(p.read_text(encoding="utf-8").splitlines()) for p in package.rglob("*.py")}
    over = {name: n for name, n in sizes.items() if n > 400}
    assert not over, f"files over 400 lines: {over}"
    controller = sizes[rel(package / "controller.py")]
    assert controller <= 300, f"controller.py has {controller} lines (at most 300)"


def test_lessons_write_no_css_and_start_no_workers_or_timers():
    patterns = {
        "setStyleSheet(": re.compile(r"\.setStyleSheet\("),
        "Worker(": re.compile(r"\bWorker\("),
        "QTimer(": re.compile(r"\bQTimer\("),
        "isinstance( on a worker result": re.compile(
            r"isinstance\(\s*\w+\s*,\s*\(?\s*(TorchError|BaseException|Exception)"
        ),
    }
    bad = []
    for path in sorted(LESSONS.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        bad += [f"{rel(path)}: {name}" for name, rx in patterns.items() if rx.search(text)]
    assert not bad, "\n".join(bad)
