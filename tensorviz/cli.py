"""Command line: ``tensorviz [--lang] [--theme] [--zoom] [--lesson] [--screenshot DIR]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import tensorviz

LANGS = ("zh_CN", "en")
THEMES = ("system", "light", "dark", "contrast")


def _zoom(text: str) -> int:
    value = int(text)
    if not 50 <= value <= 300:
        raise argparse.ArgumentTypeError("zoom must be between 50 and 300 (percent)")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(p) for p in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("size is WIDTHxHEIGHT, e.g. 1600x1000") from None
    return w, h


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="tensorviz", description="Teach PyTorch basics by showing them live."
    )
    p.add_argument("--lang", choices=LANGS, help="language (default: the system's)")
    p.add_argument("--theme", choices=THEMES, help="colour theme (default: the system's)")
    p.add_argument("--zoom", type=_zoom, help="zoom in percent, 50 to 300")
    p.add_argument("--lesson", help="lesson to open (create, dtype, numpy, ops, shape, ...)")
    p.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help="render every lesson (or --lesson) offscreen to DIR/<key>.png and exit",
    )
    p.add_argument(
        "--size",
        type=_size,
        help="window size for --screenshot (default 1600x1000, scaled up with --zoom)",
    )
    p.add_argument("--version", action="version", version=f"tensorviz {tensorviz.__version__}")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from tensorviz.ui import lessons
    from tensorviz.ui.app import MainWindow, make_application

    keys = [info.key for info in lessons.available()]
    if args.lesson is not None and args.lesson not in keys:
        print(f"tensorviz: no lesson {args.lesson!r}; lessons: {', '.join(keys)}", file=sys.stderr)
        return 2
    app = make_application([sys.argv[0]])
    if args.screenshot is not None:
        return screenshot(app, args, keys)
    window = MainWindow(theme=args.theme, zoom=args.zoom, language=args.lang, lesson=args.lesson)
    window.show()
    if os.environ.get("TENSORVIZ_EXIT_AFTER_PAINT"):
        _exit_after_first_paint(app, window)
    return app.exec()


def _exit_after_first_paint(app, window) -> None:
    """For tests/bench/startup.py: leave as soon as the current lesson has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    lesson = window.current_lesson() or window

    class Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is lesson:
                # after this paint event is handled and flushed, not before
                QTimer.singleShot(0, lambda: os._exit(0))
            return False

    watcher = Watcher(app)
    lesson.installEventFilter(watcher)


def screenshot(app, args: argparse.Namespace, keys: list[str]) -> int:
    from tensorviz.ui.app import MainWindow

    out: Path = args.screenshot
    out.mkdir(parents=True, exist_ok=True)
    zoom = args.zoom or 100
    window = MainWindow(
        theme=args.theme or "light",
        zoom=zoom,
        language=args.lang or "en",
        lesson=args.lesson,
        remember=False,
    )
    scale = max(1.0, zoom / 100)
    w, h = args.size or (round(1600 * scale), round(1000 * scale))
    window.resize(w, h)
    window.show()
    for key in [args.lesson] if args.lesson else keys:
        lesson = window.select_lesson(key)
        app.processEvents()
        lesson.settle()
        app.processEvents()
        path = out / f"{key}.png"
        if not window.grab().save(str(path), "PNG"):
            print(f"tensorviz: could not write {path}", file=sys.stderr)
            return 1
        print(path)
    window.close()
    return 0
