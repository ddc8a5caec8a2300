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
