"""Import torch on a thread of its own (issue 16).

No Qt here and no torch at import: the window starts it once it has painted, and
:class:`~tensorviz.ui.torch_loader.TorchLoader` tells the lessons when it is done (or starts it
itself when one must wait for torch); anything Qt-free (a script, the command line) may start
it too.

When it starts matters for what the lecturer sees, not for when torch is in: the import holds
the GIL nearly all the time (but while its C++ libraries load, :func:`load_torch_libraries`),
and so does
PySide6 (it does not release the GIL around Qt calls), so the GUI thread's work and torch's
import share one core however the machine is. Started before the window was made, the import
took the GIL from it: the first lesson took four times its CPU time to build and the window
showed at 0.6-1.1 x the import floor; started after the window and then its lesson have
painted, the window shows at 0.2 x and the lesson at 0.35-0.45 x, and torch is in no later.
What counts is the CPU time of all the work, below.

The garbage collector is off while torch is imported. Importing torch creates ~200,000
objects; with the collector on, every few thousand of them a collection walks those already
made, 15-25 % of the import's CPU time, with the GIL held, so it slows the GUI thread too (and
the start-up figure with it, issue 16). When torch is in, what the import made is moved to the
permanent generation (``gc.freeze``), where later full collections no longer walk it, and the
collector is switched back on.

torch computes with one thread fewer than the CPUs the app may use (:func:`spare_a_core`):
its threads spin a while after each parallel piece of work, so with as many as there are
CPUs a lesson computing in the background took the GUI thread's core too; on a 2-core
machine a zoom took 125 ms to its last frame while a worker ran, 87 ms with one torch thread
(idle: 84). The lessons' tensors are small: a thread fewer costs them next to nothing.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable

_lock = threading.Lock()
_loading = threading.Lock()  # held while torch's libraries load: a leaving process waits
_leaving = False  # the process is leaving: no library begins to load (under _loading)
_thread: threading.Thread | None = None
_libraries: threading.Thread | None = None  # load_libraries(), begun before the import
_finished = threading.Event()
_error: BaseException | None = None
_listeners: list[Callable[[], None]] = []
_gc_was_enabled = False


def _import_torch() -> None:
    import numpy  # noqa: F401  (torch imports it; the lessons' pictures use it)

    if _libraries is not None:
        _libraries.join()  # loaded by load_libraries
    else:
        load_torch_libraries()
    import torch  # noqa: F401

    spare_a_core()


def load_libraries() -> None:
    """Begin loading torch's C++ libraries (:func:`load_torch_libraries`) on a thread of their
    own, now, while the GUI thread goes on building; :func:`start` then waits for them rather
    than loading them itself. Nothing to do once the import has begun (or torch is in).

    Call it only when the GUI thread has loaded the extension modules it needs until torch is
    in (the first lesson's ``LessonInfo.needs``): the dynamic loader runs one ``dlopen`` at a
    time, so an extension module imported meanwhile waits until torch's libraries are in
    (0.15-0.3 s). The window starts it when its first lesson's needs are in, before it builds
    the lesson: the loading then overlaps the lesson's build and first paint instead of
    following them, with PySide's source scan skipped too (skip_pysides_source_scan): the
    first result of create came 20 ms sooner, ops' 40 ms, descent's 180 ms (startup.py, 4
    interleaved runs, floor 884 ms; the libraries take 0.19 s, the lesson's build and paint
    ~0.1 s of it)."""
    global _libraries
    with _lock:
        if _libraries is not None or _thread is not None or done():
            return
        _libraries = threading.Thread(target=load_torch_libraries, name="load torch", daemon=True)
        _libraries.start()


# torch's own CPU libraries, in the order they depend on each other; libtorch.so is left to
# torch: in a CUDA or ROCm build it pulls in the GPU libraries, which torch loads in an order
# of its own (its wheel's copies before any other on the system)
TORCH_LIBRARIES = ("libc10.so", "libtorch_cpu.so")
GPU_LIBRARIES = ("libtorch_cuda.so", "libtorch_hip.so")


def load_torch_libraries() -> None:
    """Load torch's C++ libraries with the GIL released, before ``import torch``.

    Python's import loads an extension's libraries (``dlopen``: reading, relocating and running
    their static initialisers, torch's thousands of operator registrations among them) with the
    GIL held: 0.2-0.3 s of torch's import here, during which the GUI thread could not run any
    Python. ctypes calls a C function with the GIL released, so ``dlopen`` called through it
    loads them while the GUI thread goes on; ``import torch`` then finds them loaded. With
    0.5 s of Python work on the main thread meanwhile, torch was in 0.53 s later than alone
    without this and 0.21 s later with it (medians of 6 runs, this 2-core machine); the
    first result of create and descent came 60-140 ms sooner (tests/bench/startup.py).

    The dynamic loader runs one ``dlopen`` at a time, constructors included: begun while the
    GUI thread still imports an extension module (``_hashlib`` for create, numpy's for every
    lesson), that import waits for torch's libraries (descent's controls painted 0.3 s
    later), hence :func:`load_libraries` and the lessons' ``needs``.

    Only libraries that torch's extension links anyway, loaded with the default local scope, so
    nothing else sees their symbols; on Linux only. A library that does not load (another
    build, another layout) is skipped: ``import torch`` then loads it as it always does.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import importlib.util

    try:
        spec = importlib.util.find_spec("torch")
    except (ImportError, ValueError):
        return
    if spec is None or spec.origin is None:
        return
    folder = os.path.join(os.path.dirname(spec.origin), "lib")
    if any(os.path.exists(os.path.join(folder, name)) for name in GPU_LIBRARIES):
        return  # a GPU build: its libraries load as torch orders them
    try:
        dlopen = ctypes.CDLL(None).dlopen  # a CDLL function: called with the GIL released
    except (OSError, AttributeError):
        return
    dlopen.restype = ctypes.c_void_p
    dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
    with _loading:
        for name in TORCH_LIBRARIES:
            path = os.path.join(folder, name)
            if _leaving or not os.path.exists(path) or not dlopen(os.fsencode(path), os.RTLD_NOW):
                return


@atexit.register
def _let_libraries_load() -> None:
    """A process that leaves while torch's libraries load waits until they are in, and none
    begins to load after: leaving runs the static destructors of what they have made so far
    while their constructors still run on the loading thread, and the process aborted
    ("terminate called after throwing an instance of 'std::runtime_error'", a script that
    ended right after showing the window; a loading thread that had not yet reached dlopen
    when the process began to leave, and did once another exit handler let go of the GIL)."""
    global _leaving
    with _loading:
        _leaving = True


_spare: int | None = None  # torch's threads per computation, chosen once torch is in
_spared = threading.local()  # whether this thread has been told


def spare_a_core() -> None:
    """torch's threads for the work begun on the calling thread: one fewer than this
    process's CPUs, so the window keeps one while a lesson computes (never more than torch
    chose itself: OMP_NUM_THREADS and the like stand). OpenMP and MKL keep that number per
    calling thread (told on the import thread only, a worker's matrix product still took
    both cores of two): each worker thread tells itself before its first task (worker.py).
    Nothing to do before torch is in."""
    global _spare
    torch = sys.modules.get("torch")
    if torch is None or getattr(_spared, "done", False):
        return
    if _spare is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cpus = os.cpu_count() or 1
        chosen = torch.get_num_threads()
        _spare = cpus - 1 if cpus > 1 and chosen >= cpus else chosen
    torch.set_num_threads(_spare)
    _spared.done = True


def start() -> None:
    """Begin importing torch on a thread of its own; nothing to do when it is in or under
    way."""
    global _thread, _gc_was_enabled
    with _lock:
        if _thread is not None or _finished.is_set():
            return
        if not done():
            _gc_was_enabled = gc.isenabled()
            gc.disable()
            skip_pysides_source_scan()
            _thread = threading.Thread(target=_run, name="import torch", daemon=True)
            _thread.start()
            return
        # torch came in some other way before anyone started the import: tell those waiting
        spare_a_core()
        _finished.set()
        listeners = list(_listeners)
        _listeners.clear()
    for listener in listeners:
        with contextlib.suppress(RuntimeError):
            listener()


def skip_pysides_source_scan() -> None:
    """PySide6 no longer reads the source of every module imported after it (once it is in).

    PySide6 hooks ``__import__`` (for its ``from __feature__ import snake_case``): every module
    imported after PySide6 is checked for the word "PySide6" in its source, read with
    ``inspect.getsource``. For torch's ~850 modules that was 0.2-0.3 s of CPU with the GIL
    held, a quarter of the import's own time; torch imports more on first use, on the lessons'
    workers (sympy's ~500 modules for broadcast_shapes, torch._dynamo's for a meta-device op);
    on the GUI thread, the app's own modules, numpy's and pyqtgraph's (23 ms of pyqtgraph's
    import).

    What the scan decides is a module's entry in PySide's feature table: 0, "uses Qt, with no
    feature" (PySide switches to plain names whenever the module's code touches a Qt class), or
    -1, "ignore" (whatever another module selected stays). A module that selects a feature
    (``from __feature__ import ...``) sets its own entry, scan or not. So the answer is given
    without reading: a module imported on the GUI thread, where the Qt code is, uses Qt; one
    imported off it is torch's or its helpers', which never touch Qt. A PySide6 without this
    private hook is left alone (imports are then only slower).
    """
    feature = sys.modules.get("PySide6.support.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if not callable(scan) or getattr(scan, "skipped", False):
        return
    gui = threading.main_thread()

    def uses_pyside(module: object) -> bool:
        return threading.current_thread() is gui

    uses_pyside.skipped = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def _run() -> None:
    global _error
    try:
        _import_torch()
    except BaseException as exc:  # raised on the GUI thread by TorchLoader
        _error = exc
    finally:
        gc.freeze()
        if _gc_was_enabled:
            gc.enable()
        with _lock:
            _finished.set()
            listeners = list(_listeners)
            _listeners.clear()
    for listener in listeners:
        with contextlib.suppress(RuntimeError):  # its window has gone: nobody to tell
            listener()


def started() -> bool:
    """Whether the import has begun (or ended), or torch came in some other way."""
    return _thread is not None or done()


def done() -> bool:
    """Whether the import has ended (well or not), or torch came in some other way."""
    return _finished.is_set() or (_thread is None and "torch" in sys.modules)


def when_done(listener: Callable[[], None]) -> bool:
    """Call ``listener`` (on the loading thread) when the import ends. False, and no call,
    when it has ended already."""
    with _lock:
        if done():
            return False
        _listeners.append(listener)
        return True


def wait() -> None:
    """Block until the import has ended."""
    thread = _thread
    if thread is not None:
        thread.join()


def error() -> BaseException | None:
    """What importing torch raised, if it did."""
    return _error
