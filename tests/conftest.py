"""Shared test set-up: Qt offscreen, settings in a temporary file, modest hypothesis runs."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the list of torch's modules (torch_code) in a folder of the run's own, not the user's cache;
# the app's processes the tests start take it too
if not os.environ.get("TENSORVIZ_CACHE"):
    os.environ["TENSORVIZ_CACHE"] = tempfile.mkdtemp(prefix="tensorviz-cache-")
    atexit.register(shutil.rmtree, os.environ["TENSORVIZ_CACHE"], ignore_errors=True)

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "tensorviz",
    deadline=None,  # CI machines are small; timing is measured by tests/bench, not here
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
# CI replays the same examples every run (a landing must not hang on a lucky draw); local runs
# keep exploring new ones, and what they find is fixed and kept as a test.
settings.register_profile("ci", settings.get_profile("tensorviz"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "tensorviz")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """No test reads or writes the user's real settings."""
    monkeypatch.setenv("TENSORVIZ_SETTINGS", str(tmp_path / "tensorviz.ini"))


@pytest.fixture(autouse=True, scope="module")
def _app_style_restored():
    """After each test module, the application's font size and palette as a light window at
    zoom 100 sets them, and its language English: a MainWindow at zoom 150 left every later
    module's widgets 1.5 times as large, one in Chinese left a later module's English
    explanation Chinese. (Per module: a module's own windows, kept for its tests, keep
    theirs.)"""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return
    from PySide6.QtCore import QLocale

    from tensorviz.ui import i18n
    from tensorviz.ui.theme import BASE_POINT_SIZE, apply_palette, make_theme, qpalette

    plain = make_theme("light", 100)
    if app.font().pointSizeF() != BASE_POINT_SIZE or app.palette() != qpalette(plain):
        apply_palette(app, plain)
    if QLocale().language() != QLocale.Language.English:
        i18n.set_language(app, "en")


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with the bundled Chinese font where the system has none, as
    ``make_application`` does: tests see Chinese as users do, not as boxes; and cyclic
    garbage collected on the GUI thread only (``tensorviz.ui.collector``)."""
    from tensorviz.ui import collector, fonts

    fonts.install()
    collector.install(qapp)  # as make_application: no Qt object freed on a worker thread
    return qapp


@pytest.fixture
def theme():
    from tensorviz.ui.theme import make_theme

    return make_theme("light", 100)


@pytest.hookimpl(wrapper=True, tryfirst=True, specname="pytest_runtest_teardown")
def pytest_runtest_teardown_notes(item):
    """The widgets a test gave to ``qtbot.addWidget``, noted before pytest-qt closes them and
    forgets them (see :func:`pytest_runtest_teardown_stops`)."""
    item.stash[_GIVEN] = [ref for ref, _ in getattr(item, "qt_widgets", ())]
    return (yield)


_GIVEN = pytest.StashKey[list]()


@pytest.hookimpl(wrapper=True, trylast=True, specname="pytest_runtest_teardown")
def pytest_runtest_teardown_stops(item):
    """After the fixtures' teardown (also where one raised), within pytest-qt's and pytest's
    own checks (which report what a deletion or a finalizer raises, for this test): what the
    test's widgets, and the windows closed meanwhile, compute stops; the collector runs; the
    widgets pytest-qt or a test asked to delete are deleted.

    pytest-qt closes the widgets a test gave to ``qtbot.addWidget`` and deletes them later
    (``deleteLater``), which needs an event loop: the tests run none at top level, so those
    windows lived on, and their lessons' background work (descent's tables, up to seconds of
    torch) went on computing, beside later tests, until some test's ``qtbot.wait`` ran a loop
    and they were all deleted there, while their workers still ran. A CI run crashed (a
    segfault, in a later test's ``processEvents``) with such a sweep running. Now what their
    workers have queued is dropped and what runs is finished (the descent tests: 0.1-0.7 s
    at most, and no slower overall), and then what was to be deleted is. A window closed and
    not deleted (a module's, for its later tests) stays, not computing."""
    try:
        return (yield)
    finally:
        _stop_workers(item.stash.get(_GIVEN, []))
        core = sys.modules.get("PySide6.QtCore")
        app = core.QCoreApplication.instance() if core is not None else None
        collector = sys.modules.get("tensorviz.ui.collector")
        if app is not None and collector is not None:  # what its timer would, had a loop run
            collector.install(app).collect()
        if app is not None:
            core.QCoreApplication.sendPostedEvents(None, core.QEvent.Type.DeferredDelete)


_STOPPED: weakref.WeakSet = weakref.WeakSet()  # a closed window is stopped once, not each time


def _stop_workers(given: list) -> None:
    worker = sys.modules.get("tensorviz.ui.worker")  # no Qt imported for core's tests
    if worker is None:
        return
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    # and the windows closed (open_projector_window, a module's fixture), not those never shown
    closed = [
        w
        for w in QApplication.topLevelWidgets()
        if not w.isVisible() and w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    ]
    widgets = [w for w in (*(ref() for ref in given), *closed) if w is not None]
    found = [
        each
        for w in widgets
        if shiboken6.isValid(w)
        for each in w.findChildren(worker.Worker)
        if each not in _STOPPED
    ]
    worker.shutdown_all(found)
    _STOPPED.update(found)
