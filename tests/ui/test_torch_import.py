"""Importing torch off the GUI thread (issue 16): torch's C++ libraries load with the GIL
released, so the GUI thread keeps running Python meanwhile."""

from __future__ import annotations

import sys

import pytest

from tensorviz.ui import lessons
from tests.ui.test_startup import run_fresh


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loaded ahead on Linux only")
def test_torchs_libraries_load_while_the_gui_thread_runs_python(tmp_path):
    out = run_fresh(
        """
        import sys, threading, time
        from tensorviz.ui import torch_import

        loader = threading.Thread(target=torch_import.load_torch_libraries)
        beats = [time.perf_counter()]
        loader.start()
        while loader.is_alive():  # the GUI thread, running Python
            sum(range(200))
            beats.append(time.perf_counter())
        took = beats[-1] - beats[0]
        gap = max(b - a for a, b in zip(beats, beats[1:]))
        maps = open("/proc/self/maps").read()
        print("torch imported:", "torch" in sys.modules)
        print("libtorch_cpu loaded:", "libtorch_cpu.so" in maps)
        print(f"load {took * 1000:.0f} ms, longest wait {gap * 1000:.0f} ms")
        print("GUI thread ran throughout:", gap < took / 2)
        before = {line.split()[-1] for line in maps.splitlines() if "torch/lib/" in line}
        import torch
        print(torch.ones(2, 3).sum().item())
        again = [line.split()[-1] for line in open("/proc/self/maps").read().splitlines()]
        print("loaded once:", all(again.count(p) == maps.count(p + "\\n") for p in before))
        """,
        tmp_path,
    )
    print(out)
    assert "torch imported: False" in out  # the libraries only, not torch's Python
    assert "libtorch_cpu loaded: True" in out
    assert "GUI thread ran throughout: True" in out
    assert "6.0" in out  # torch works, on the libraries loaded ahead
    assert "loaded once: True" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loaded ahead on Linux only")
def test_the_first_lesson_is_built_while_torchs_libraries_load(tmp_path):
    """The window starts loading torch's libraries once its first lesson's own C libraries are
    in and before it builds the lesson, so the loading overlaps the build (the loader loads
    one library at a time: begun earlier, numpy's import waited for torch's)."""
    out = run_fresh(
        """
        import sys, threading, time
        from tensorviz.ui import lessons, torch_import
        from tensorviz.ui.app import MainWindow, make_application

        gate = threading.Event()  # torch's Python is held until the test opens the gate
        real_import = torch_import._import_torch
        def held_import():
            gate.wait()
            real_import()
        torch_import._import_torch = held_import
        order = []  # on the GUI thread: when the loading began, and the lesson was built
        real_begin = torch_import.load_libraries
        def watched_begin():
            order.append(("load", "numpy" in sys.modules))
            real_begin()
        torch_import.load_libraries = watched_begin
        loaders = []  # the thread the libraries load on
        real_load = torch_import.load_torch_libraries
        def watched_load():
            loaders.append(threading.current_thread() is threading.main_thread())
            real_load()
        torch_import.load_torch_libraries = watched_load
        real_build = lessons.build
        def watched_build(key, *args, **kwargs):
            order.append(("build", key))
            return real_build(key, *args, **kwargs)
        lessons.build = watched_build

        app = make_application(["t"])
        win = MainWindow(theme="light", zoom=100, language="en", lesson="broadcast")
        win.resize(1200, 800)
        win.show()
        deadline = time.monotonic() + 60
        while not torch_import.started() and time.monotonic() < deadline:
            app.processEvents()
        while any(t.name == "load torch" for t in threading.enumerate()):
            time.sleep(0.01)
        maps = open("/proc/self/maps").read()
        print("order:", order[:2])
        print("loaded on the GUI thread:", loaders[:1])
        print("libtorch_cpu in, torch not:", "libtorch_cpu.so" in maps, "torch" in sys.modules)
        gate.set()
        lesson = win.current_lesson()
        deadline = time.monotonic() + 120
        while (lesson.waiting_for_torch() or lesson.busy()) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        print("result:", lesson.view.rendered is not None, lesson.banner.isHidden())
        """,
        tmp_path,
    )
    print(out)
    # numpy's libraries in first, then the loading begun, then the lesson built
    assert "order: [('load', True), ('build', 'broadcast')]" in out
    assert "loaded on the GUI thread: [False]" in out
    assert "libtorch_cpu in, torch not: True False" in out
    assert "result: True True" in out


@pytest.mark.parametrize("key", [info.key for info in lessons.ALL_LESSONS])
def test_a_lessons_needs_hold_every_c_library_its_package_loads(key, tmp_path):
    """``LessonInfo.needs``: with them imported (and Qt), importing the lesson's package loads
    no shared library, so torch's libraries may load meanwhile without holding it up."""
    out = run_fresh(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from tensorviz.ui import lessons
        import tensorviz.ui.app
        app = QApplication(["t"])

        def libraries():
            return {{line.split()[-1] for line in open("/proc/self/maps") if ".so" in line}}

        lessons.import_needs({key!r})
        before = libraries()
        lessons.lesson_class({key!r})
        print("loaded by the package:", sorted(p.rsplit("/", 1)[-1] for p in libraries() - before))
        """,
        tmp_path,
    )
    assert "loaded by the package: []" in out, out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loaded ahead on Linux only")
def test_a_process_leaving_as_the_libraries_begin_to_load_leaves_cleanly(tmp_path):
    """The loading thread had not reached dlopen when the process began to leave, and did once
    another exit handler let go of the GIL: torch's static constructors ran on it while the
    process ran the static destructors (abort or segfault, every time)."""
    for _ in range(3):
        run_fresh(  # asserts the exit status is 0
            """
            import atexit, time
            atexit.register(lambda: time.sleep(0.05))  # an exit handler that lets go of the GIL
            from tensorviz.ui import torch_import
            torch_import.load_libraries()
            """,
            tmp_path,
        )


def test_torch_imports_what_is_imported_ahead_for_it(tmp_path):
    """TORCH_IMPORTS(_LAST) and TORCH_EXTENSIONS are what torch imports (a later torch that no
    longer did would have them imported for nothing), and with TORCH_EXTENSIONS in,
    TORCH_IMPORTS load no C library: they do not wait for torch's. Without PySide6 in (it
    loads binascii, not every Python's copy of it)."""
    out = run_fresh(
        """
        import importlib, sys
        import numpy
        from tensorviz.ui import torch_import

        def libraries():
            return {line.split()[-1] for line in open("/proc/self/maps") if ".so" in line}

        for name in torch_import.TORCH_EXTENSIONS:
            importlib.import_module(name)
        before = libraries()
        for name in torch_import.TORCH_IMPORTS:
            importlib.import_module(name)
        print("loaded:", sorted(p.rsplit("/", 1)[-1] for p in libraries() - before))
        """,
        tmp_path,
    )
    assert "loaded: []" in out, out
    out = run_fresh(
        """
        import sys
        from tensorviz.ui import torch_import
        ahead = (
            torch_import.TORCH_IMPORTS
            + torch_import.TORCH_IMPORTS_LAST
            + torch_import.TORCH_EXTENSIONS
        )
        print("in before:", sorted(n for n in ahead if n in sys.modules))
        import torch
        print("not imported by torch:", sorted(n for n in ahead if n not in sys.modules))
        """,
        tmp_path,
    )
    assert "not imported by torch: []" in out, out
    assert "in before: []" in out, out


# A fresh process's start of torch's import with its libraries "loading" until ``gate.set()``
HELD_LIBRARIES = """import sys, threading, time
from tensorviz.ui import torch_code, torch_import
gate = threading.Event()
real_load = torch_import.load_torch_libraries
def held_load():
    gate.wait()
    real_load()
torch_import.load_torch_libraries = held_load
torch_import.load_libraries()
torch_import.start()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="loaded ahead on Linux only")
def test_what_torch_imports_is_imported_while_its_libraries_load(tmp_path):
    """While torch's libraries load (held here), the import thread imports the standard
    library's modules torch will import; an extension module (asyncio's) waits for the
    libraries without the GIL, so the GUI thread runs on; asyncio ends up with its C parts."""
    out = run_fresh(
        """
        import numpy, PySide6.QtWidgets
        HELD_LIBRARIES
        deadline = time.monotonic() + 60
        while "unittest" not in sys.modules and time.monotonic() < deadline:
            time.sleep(0.01)
        beats = [time.perf_counter()]
        while time.perf_counter() - beats[0] < 0.3:  # the GUI thread, running Python
            sum(range(200))
            beats.append(time.perf_counter())
        gap = max(b - a for a, b in zip(beats, beats[1:]))
        ahead = ("unittest", "email.message", "http.client")
        print("imported while loading:", all(n in sys.modules for n in ahead))
        print("_asyncio waits:", "_asyncio" in sys.modules, "torch" in sys.modules)
        print("GUI thread ran throughout:", gap < 0.15)  # held for the load: 0.2 s and more
        gate.set()
        torch_import.wait()
        import asyncio, _asyncio, torch
        print("asyncio's C task:", asyncio.Task is _asyncio.Task, torch.ones(2).sum().item())
        """.replace("HELD_LIBRARIES", HELD_LIBRARIES.replace("\n", "\n        ")),
        tmp_path,
    )
    print(out)
    assert "imported while loading: True" in out
    assert "_asyncio waits: False False" in out
    assert "GUI thread ran throughout: True" in out
    assert "asyncio's C task: True 2.0" in out


def test_torch_is_imported_past_pysides_import_hook_which_is_back_after(tmp_path):
    """PySide6's ``__import__`` (two Python calls around every import statement) is not used
    for torch's import, and is the import again once torch is in."""
    out = run_fresh(
        """
        import builtins, sys
        import PySide6.QtCore
        from tensorviz.ui import torch_import
        hook = builtins.__import__
        torch_import.start()
        torch_import.wait()
        feature = sys.modules["PySide6.support.feature"]
        print("hook back:", builtins.__import__ is hook, hook is not builtins.__orig_import__)
        print("torch.nn seen by the hook:", "torch.nn" in feature.pyside_feature_dict)
        import colorsys
        print("colorsys seen by the hook:", "colorsys" in feature.pyside_feature_dict)
        """,
        tmp_path,
    )
    assert "hook back: True True" in out, out
    assert "torch.nn seen by the hook: False" in out, out
    assert "colorsys seen by the hook: True" in out, out


def test_the_collector_rests_from_start_up_until_torch_is_in(tmp_path):
    """``tensorviz`` switches the garbage collector off before it imports Qt and builds the
    window, and on again, with what was made until then frozen, once torch is in."""
    out = run_fresh(
        """
        import gc, sys
        from tensorviz.ui import torch_import
        seen, frozen = [], []
        real_build = __import__("tensorviz.ui.app", fromlist=["MainWindow"]).MainWindow
        import tensorviz.ui.app as app_module
        class Watched(real_build):
            def __init__(self, *args, **kwargs):
                seen.append(("building", gc.isenabled()))
                frozen.append(gc.get_freeze_count())
                super().__init__(*args, **kwargs)
        app_module.MainWindow = Watched
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        def leave():
            if not torch_import.done():  # the window starts the import once it has painted
                QTimer.singleShot(10, leave)
                return
            frozen.append(gc.get_freeze_count())
            seen.append(("torch in", gc.isenabled(), frozen[1] - frozen[0] > 100_000))
            QApplication.instance().exit(0)
        QTimer.singleShot(0, leave)
        from tensorviz.cli import main
        main(["--lesson", "create", "--theme", "light", "--zoom", "100"])
        print(seen)
        """,
        tmp_path,
    )
    assert "[('building', False), ('torch in', True, True)]" in out, out


def test_a_command_that_shows_no_window_leaves_the_collector_on(tmp_path):
    out = run_fresh(
        """
        import gc
        from tensorviz.cli import main
        main(["--list-steps"])
        main(["--print-state", "--lesson", "shape"])
        main(["--lesson", "nothing"])  # refused
        print("collector on:", gc.isenabled(), "frozen:", gc.get_freeze_count())
        """,
        tmp_path,
    )
    assert "collector on: True frozen: 0" in out, out
