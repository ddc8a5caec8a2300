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

The garbage collector is off from the start (:func:`collector_paused`, by the command line
before it imports Qt) until torch is in. Importing torch creates ~200,000 objects, and
importing Qt and numpy and building the window many more; with the collector on, every few
thousand of them a collection walks those already made, 15-25 % of the import's CPU time, with
the GIL held, so it slows the GUI thread too (and the start-up figure with it, issue 16). When
torch is in, what was made until then is moved to the permanent generation (``gc.freeze``),
where later full collections no longer walk it, and the collector is switched back on.

What runs before torch's Python is on the GIL's critical path too, so the import does what it
can while torch's libraries load without the GIL (:func:`load_libraries`): it imports the
standard library's modules torch will import (TORCH_IMPORTS), reads torch's compiled code
(:mod:`~tensorviz.ui.torch_code`), and it imports torch past PySide6's import hook
(:func:`without_pysides_import_hook`).

torch computes with one thread fewer than the CPUs the app may use (:func:`spare_a_core`):
its threads spin a while after each parallel piece of work, so with as many as there are
CPUs a lesson computing in the background took the GUI thread's core too; on a 2-core
machine a zoom took 125 ms to its last frame while a worker ran, 87 ms with one torch thread
(idle: 84). The lessons' tensors are small: a thread fewer costs them next to nothing.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import gc
import importlib
import importlib.machinery
import os
import sys
import threading
from collections.abc import Callable, Iterator

from tensorviz.ui import importing, torch_code

_lock = threading.Lock()
_loading = threading.Lock()  # held while torch's libraries load: a leaving process waits
_leaving = False  # the process is leaving: no library begins to load (under _loading)
_thread: threading.Thread | None = None
_libraries: threading.Thread | None = None  # load_libraries(), begun before the import
_finished = threading.Event()
_error: BaseException | None = None
_listeners: list[Callable[[], None]] = []
_gc_was_enabled = False
_gc_paused = False  # by collector_paused or start, until torch is in


def _import_torch() -> None:
    with without_pysides_import_hook():
        import numpy  # noqa: F401  (torch imports it; the lessons' pictures use it)

        if _libraries is not None:  # loading (load_libraries): meanwhile, what torch imports
            _import_while_loading(TORCH_IMPORTS)
            with contextlib.suppress(Exception):  # a list that cannot be read: none
                torch_code.read_ahead(_libraries.is_alive)  # and torch's own code, read
            _import_while_loading(TORCH_IMPORTS_LAST)
            _libraries.join()
        else:
            load_torch_libraries()
        with torch_code.taking_code_read():
            import torch  # noqa: F401

    spare_a_core()


@contextlib.contextmanager
def without_pysides_import_hook() -> Iterator[None]:
    """The import PySide6 found (``__orig_import__``) while torch is imported (and what torch
    imports on first use: ``warm_up``), not PySide6's feature hook over it.

    PySide6 replaces ``builtins.__import__`` (for ``from __feature__ import snake_case``):
    every import statement run after PySide6 is in then calls two Python functions of its own
    around Python's import, whether the module is new or not. torch's import runs ~14,000
    import statements: 15-40 ms of its time, with the GIL held (startup.py: create's and
    descent's first result 35-43 ms sooner). What PySide's hook does is record, per module,
    which feature it selected (0: none; -1: "ignore", it uses no Qt), as
    :func:`skip_pysides_source_scan` has it decide; a module missing from that record is
    ignored as a -1 is (PySide's ``getFeatureSelectId``), so torch's modules are as they were,
    and a module of the window imported meanwhile keeps the selection before it, which is
    "none" in an app that selects no feature. PySide6 without this hook (``__orig_import__``)
    is left alone; the hook is back when torch is in, also on failure.
    """
    hook = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    if plain is None or getattr(hook, "__name__", "") != "__feature_import__":
        yield  # no PySide hook, or another hook over it: left alone
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        if builtins.__import__ is plain:  # not replaced meanwhile by someone else
            builtins.__import__ = hook


# The standard library's modules that ``import torch`` imports, ~60 ms of its Python: imported
# while torch's libraries load (load_libraries), when the GIL is free, they are not imported
# after (test_torch_import checks that torch imports each). TORCH_IMPORTS_LAST after torch's
# code is read (torch_code): asyncio's extension module is not among TORCH_EXTENSIONS, so it
# waits for the libraries.
TORCH_IMPORTS = (
    "calendar",
    "concurrent.futures",
    "csv",
    "dataclasses",
    "difflib",
    "email.message",
    "glob",
    "gzip",
    "hashlib",
    "http.client",
    "json",
    "locale",
    "multiprocessing",
    "pickletools",
    "pkgutil",
    "pprint",
    "queue",
    "socket",
    "ssl",
    "subprocess",
    "tarfile",
    "typing_extensions",
    "unittest",
    "urllib.request",
    "uuid",
)
TORCH_IMPORTS_LAST = ("asyncio",)
# The extension modules that TORCH_IMPORTS load (the window has loaded some already), each
# under a millisecond (``_ssl`` 3 ms): load_libraries imports them before torch's libraries
# begin to load, so that TORCH_IMPORTS do not wait for those. Not ``_asyncio``: importing it
# imports asyncio, 22 ms.
TORCH_EXTENSIONS = (
    "_blake2",
    "_csv",
    "_hashlib",
    "_heapq",
    "_json",
    "_multiprocessing",
    "_posixshmem",
    "_posixsubprocess",
    "_queue",
    "_socket",
    "_ssl",
    "_uuid",
    "array",
    "binascii",
    "cmath",
    "fcntl",
    "grp",
    "mmap",
    "select",
)


def _import_while_loading(names: tuple[str, ...]) -> None:
    """Import ``names`` while torch's libraries load: a module of Python at once, an extension
    module (a C library: ``_ssl``, ``_asyncio``) once they are in. The dynamic loader loads one
    library at a time and Python's import holds the GIL while it does, so an extension module
    imported meanwhile would hold the GIL, and the window with it, until torch's libraries are
    in (0.2 s); :class:`_AfterLibraries` makes this thread wait for them first, with the GIL
    free. A module that does not import (another Python) is left to torch."""
    with importing.loading_with(importlib.machinery.ExtensionFileLoader, _AfterLibraries):
        for name in names:
            with contextlib.suppress(Exception):
                importlib.import_module(name)


class _AfterLibraries(importlib.machinery.ExtensionFileLoader):
    """Loads an extension module once torch's libraries are in (waiting with the GIL free).
    It waits here, in the loader, not in a finder: Python holds its global import lock while
    it asks a finder, and the libraries' thread imports too (ctypes)."""

    def create_module(self, spec):
        libraries = _libraries
        if libraries is not None:
            libraries.join()
        return super().create_module(spec)


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
        for name in TORCH_EXTENSIONS:
            with contextlib.suppress(ImportError):
                importlib.import_module(name)
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

    package = torch_code.torch_folder()
    if package is None:
        return
    folder = os.path.join(package, "lib")
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


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector off from now until torch is in (see above): start-up builds the
    window and imports Qt, numpy and the app before the import of torch begins, and every
    collection meanwhile walks what they made with the GIL held. Where the ``with`` ends and
    torch's import never began, the collector is back as it was. Nothing to do once torch is
    in."""
    with _lock:
        _pause_collector()
    try:
        yield
    finally:
        with _lock:
            if _thread is None and _gc_paused:
                _resume_collector()


def _pause_collector() -> None:
    global _gc_paused, _gc_was_enabled
    if _gc_paused or done():
        return
    _gc_paused = True
    _gc_was_enabled = gc.isenabled()
    gc.disable()


def _resume_collector() -> None:
    """What was made while the collector rested (start-up, torch's import) goes to the
    permanent generation, and the collector back on if it was (under _lock). Nothing where it
    did not rest. Frozen, cyclic garbage made meanwhile is kept for good, as the objects that
    importing Qt made are (make_application): start-up makes little, and a collection of
    everything now would hold the GIL 0.1 s as the first result is drawn."""
    global _gc_paused
    if not _gc_paused:
        return
    gc.freeze()
    if _gc_was_enabled:
        gc.enable()
    _gc_paused = False


def start() -> None:
    """Begin importing torch on a thread of its own; nothing to do when it is in or under
    way."""
    global _thread
    with _lock:
        if _thread is not None or _finished.is_set():
            return
        if not done():
            _pause_collector()
            skip_pysides_source_scan()
            _thread = threading.Thread(target=_run, name="import torch", daemon=True)
            _thread.start()
            return
        # torch came in some other way before anyone started the import: tell those waiting
        _resume_collector()
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
        with _lock:
            _resume_collector()
            _finished.set()
            listeners = list(_listeners)
            _listeners.clear()
    for listener in listeners:
        with contextlib.suppress(RuntimeError):  # its window has gone: nobody to tell
            listener()
    if _error is None:
        torch_code.remember()  # for the next start: what to read while the libraries load


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
