"""Command line: ``tensorviz [--lang] [--theme] [--zoom] [--lesson] [--screenshot DIR]``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import tensorviz
from tensorviz.ui import torch_import  # no Qt, no torch: start-up's timing

LANGS = ("zh_CN", "en")
THEMES = ("system", "light", "dark", "contrast")


#: --size bounds: no lesson fits a window smaller than this, and one larger takes more memory
#: than a screenshot is worth. Within them, a lesson that needs more room is refused by name.
SIZE_MIN = (320, 200)
SIZE_MAX = (8192, 8192)


def _zoom(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a zoom: give a whole number of percent, 50 to 300"
        ) from None
    if not 50 <= value <= 300:
        raise argparse.ArgumentTypeError("zoom must be between 50 and 300 (percent)")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(p) for p in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("size is WIDTHxHEIGHT, e.g. 1600x1000") from None
    (w_min, h_min), (w_max, h_max) = SIZE_MIN, SIZE_MAX
    if not (w_min <= w <= w_max and h_min <= h <= h_max):
        raise argparse.ArgumentTypeError(
            f"size {w}x{h} is out of range: from {w_min}x{h_min} to {w_max}x{h_max}"
        )
    return w, h


def _folder(text: str) -> Path:
    """A folder argument; "" is refused here (``Path("")`` would be the current folder)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a folder, e.g. shots")
    return Path(text)


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
        type=_folder,
        help="render every lesson (or --lesson) offscreen to DIR/<key>.png and exit",
    )
    p.add_argument(
        "--size",
        type=_size,
        help="window size: the window's at start (default: the last one's), --screenshot's "
        "(default 1600x1000, scaled up with --zoom) and --export-course's (default 1600x1000)",
    )
    p.add_argument(
        "--state",
        metavar="FILE",
        type=Path,
        help="a lesson state saved as JSON (see --print-state): open or render the lesson in it",
    )
    p.add_argument(
        "--print-state",
        action="store_true",
        help="print --lesson's opening state as JSON (a start for --state) and exit",
    )
    p.add_argument(
        "--step",
        metavar="N",
        help="open lecture mode at course step N; with --screenshot, N or 'all'",
    )
    p.add_argument(
        "--list-steps",
        action="store_true",
        help="print the course's steps (N, lesson, section, title) and exit",
    )
    p.add_argument(
        "--export-course",
        metavar="DIR",
        type=_folder,
        help="write the course handout: DIR/course.ipynb and DIR/step-NN.png, then exit",
    )
    p.add_argument("--version", action="version", version=f"tensorviz {tensorviz.__version__}")
    return p


def _steps(text: str | None, allow_all: bool) -> list[int] | None:
    """The step numbers --step asks for (None: no --step)."""
    if text is None:
        return None
    from tensorviz.ui.lecture.track import TrackError, course

    try:
        total = len(course())
    except TrackError as err:
        raise UsageError(f"the course track is broken: {err}") from None
    if text == "all" and allow_all:
        return list(range(1, total + 1))
    try:
        number = int(text)
    except ValueError:
        wanted = "a step number or 'all'" if allow_all else "a step number"
        raise UsageError(f"--step: {text!r} is not {wanted}") from None
    if not 1 <= number <= total:
        raise UsageError(f"--step: there is no step {number}; the course has steps 1 to {total}")
    return [number]


class UsageError(Exception):
    """A bad argument or file: one line on stderr, exit status 2."""


def read_state(path: Path, lesson: str | None):
    """The lesson key and State in ``path`` (for ``lesson`` when given)."""
    import json

    from tensorviz.ui import lessons
    from tensorviz.ui.lessons.states import StateError

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"--state: {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as err:
        raise UsageError(f"--state: cannot read {path} ({err})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise UsageError(
            f"--state: {path} is not valid JSON ({err.msg}, line {err.lineno})"
        ) from None
    except RecursionError:
        raise UsageError(f"--state: {path} nests too deeply to be a lesson's state") from None
    if not isinstance(data, dict):
        raise UsageError(f"--state: {path} must hold a JSON object")
    key = data.get("lesson", lesson)
    if lesson is not None and key != lesson:
        raise UsageError(f"--state: {path} is a state of lesson {key!r}, not {lesson!r}")
    if key not in lessons.KEYS:
        raise UsageError(f'--state: {path} names no lesson (its "lesson" is {key!r})')
    try:
        return key, lessons.state_class(key).from_dict(data)
    except StateError as err:
        raise UsageError(f"--state: {path}: {err}") from None


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return _run(args)
    except UsageError as err:
        print(f"tensorviz: {err}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from tensorviz.ui import lessons

    keys = [info.key for info in lessons.available()]
    if args.lesson is not None and args.lesson not in keys:
        raise UsageError(f"no lesson {args.lesson!r}; lessons: {', '.join(keys)}")
    if args.list_steps:
        from tensorviz.ui.lecture.track import course

        lang = args.lang or "en"
        for step in course().steps:
            section = lessons.section_text(step.section, lang)
            print(f"{step.number}\t{step.lesson}\t{section}\t{step.title(lang)}")
        return 0
    steps = _steps(args.step, allow_all=args.screenshot is not None)
    if steps is not None and (args.state is not None or args.lesson is not None):
        raise UsageError("--step shows a course step; it does not go with --lesson or --state")
    if args.print_state:
        if args.lesson is None:
            raise UsageError("--print-state needs --lesson KEY")
        print(lessons.state_class(args.lesson)().to_json())
        return 0
    state = None
    if args.state is not None:
        args.lesson, state = read_state(args.state, args.lesson)
    if args.screenshot is not None:
        _writable_folder(args.screenshot, "--screenshot")  # before any window is made
    if args.screenshot is not None or args.export_course is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # until torch is in: start-up makes objects by the 100,000, and collections walk them
    with torch_import.collector_paused():
        return _run_app(args, keys, state, steps)


def _run_app(args: argparse.Namespace, keys: list[str], state, steps) -> int:
    import PySide6  # noqa: F401  (in before the app's modules, which it would read: below)

    torch_import.skip_pysides_source_scan()
    from tensorviz.ui import warm_up
    from tensorviz.ui.app import MainWindow, make_application

    app = make_application([sys.argv[0]])
    if args.export_course is not None:
        return export_course(args)
    if args.screenshot is not None:
        return screenshot(app, args, keys, state, steps)
    window = MainWindow(theme=args.theme, zoom=args.zoom, language=args.lang, lesson=args.lesson)
    if state is not None:
        window.lesson(args.lesson).set_state(state)
    if steps is not None:
        window.lecture.enter(steps[0])
    if args.size is not None:  # a projector's size tried on a larger screen
        from PySide6.QtCore import Qt

        window.setWindowState(Qt.WindowState.WindowNoState)  # not the last one's maximised
        window.resize(*args.size)
    window.show()
    warm_up.start_when_idle(window)  # what a lesson imports on first use, ahead
    if os.environ.get("TENSORVIZ_EXIT_AFTER_PAINT"):
        _report_startup(app, window)
    return app.exec()


def _report_startup(app, window) -> None:
    """For tests/bench/startup.py: on stderr, when the window was first painted (the lesson
    list), when its lesson was (its controls, while torch may still load), when it first
    painted a torch result and when it painted with nothing more on its way (descent's first
    run is drawn at once, its sweep table comes after): ``tensorviz-startup visible=T``,
    ``lesson=T``, ``result=T`` and ``complete=T``, seconds since the epoch; then leave at
    once.

    Each frame of the window is watched (FrameWatch), not every paint event of the
    application: a filter on all of them called into Python for every widget while torch
    was imported on another thread, and waited for the GIL at each."""
    import time

    from tensorviz.ui.widgets.frames import FrameWatch

    seen: dict[str, float] = {}

    def shown() -> tuple[str, ...]:
        """What the frame asked for now will show."""
        lesson = window.current_lesson()
        if lesson is None or not lesson.isVisible():
            return ("visible",)
        if lesson.view.rendered is None:
            return ("visible", "lesson")  # its controls, without a result yet
        if not lesson.idle():
            return ("visible", "lesson", "result")  # more of it on its way
        return ("visible", "lesson", "result", "complete")

    def stamp(what: tuple[str, ...]) -> None:
        for name in what:
            if name not in seen:
                seen[name] = time.time()
                print(f"tensorviz-startup {name}={seen[name]:.6f}", file=sys.stderr, flush=True)
        if "complete" in seen:
            os._exit(0)

    window._startup_watch = FrameWatch(window, shown, stamp)


def export_course(args: argparse.Namespace) -> int:
    """The handout, with a line of progress per step on stderr."""
    from tensorviz.ui.app import MainWindow
    from tensorviz.ui.lecture import handout
    from tensorviz.ui.lessons import section_text

    out: Path = args.export_course
    _writable_folder(out, "--export-course")
    for name in (handout.NOTEBOOK, handout.picture_name(1)):  # before a minute's work
        if (out / name).is_dir():
            raise UsageError(f"--export-course: {out / name} is a folder, not a file")
    window = MainWindow(
        theme=args.theme or "light",
        zoom=args.zoom or 100,
        language=args.lang or "en",
        remember=False,
    )
    window.resize(*(args.size or (1600, 1000)))
    window.show()

    def progress(done: int, total: int, step) -> None:
        section = section_text(step.section, args.lang or "en")
        print(f"step {done}/{total}  {section}  {step.lesson}", file=sys.stderr, flush=True)

    try:
        seconds = handout.export(window, out, args.lang or "en", progress)
    except OSError as err:  # a picture or the notebook that cannot be written
        raise UsageError(f"--export-course: {err}") from None
    finally:
        window.close()
    print(out / handout.NOTEBOOK)
    print(f"exported in {seconds:.1f} s", file=sys.stderr)
    return 0


def _writable_folder(out: Path, flag: str) -> None:
    if str(out) == "":
        raise UsageError(f"{flag}: give a folder")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{flag}: {out} exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"{flag}: cannot create {out} ({err.strerror})") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise UsageError(f"{flag}: cannot write into {out}")


def _check_size(window, size: tuple[int, int] | None, what: str) -> None:
    """A --size the window cannot take (its lesson needs more room) is refused, not shot at
    another size without a word."""
    if size is not None and (window.width(), window.height()) != size:
        window.close()
        raise UsageError(
            f"--size {size[0]}x{size[1]}: {what} needs at least {window.width()}x{window.height()}"
        )


def screenshot(app, args: argparse.Namespace, keys: list[str], state=None, steps=None) -> int:
    from tensorviz.ui.app import MainWindow

    out: Path = args.screenshot
    _writable_folder(out, "--screenshot")
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
    if steps is not None:
        for number in steps:
            window.lecture.enter(number)
            app.processEvents()
            window.current_lesson().settle()
            app.processEvents()
            _check_size(window, args.size, f"step {number}")
            path = out / f"step-{number:02d}.png"
            if not window.grab().save(str(path), "PNG"):
                print(f"tensorviz: could not write {path}", file=sys.stderr)
                return 1
            print(path)
        window.lecture.leave()  # its key filter is the application's: take it away with it
        window.close()
        return 0
    for key in [args.lesson] if args.lesson else keys:
        lesson = window.select_lesson(key)
        if state is not None:
            lesson.set_state(state)
        app.processEvents()
        lesson.settle()
        app.processEvents()
        _check_size(window, args.size, f"lesson {key}")
        path = out / f"{key}.png"
        if not window.grab().save(str(path), "PNG"):
            print(f"tensorviz: could not write {path}", file=sys.stderr)
            return 1
        print(path)
    window.close()
    return 0
