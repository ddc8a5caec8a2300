"""Importing torch off the GUI thread (issue 16): torch's C++ libraries load with the GIL
released, so the GUI thread keeps running Python meanwhile."""

from __future__ import annotations

import sys

import pytest

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
