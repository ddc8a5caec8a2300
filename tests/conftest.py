"""Shared test set-up: Qt offscreen, settings in a temporary file, modest hypothesis runs."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

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


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with the bundled Chinese font where the system has none, as
    ``make_application`` does: tests see Chinese as users do, not as boxes."""
    from tensorviz.ui import fonts

    fonts.install()
    return qapp


@pytest.fixture
def theme():
    from tensorviz.ui.theme import make_theme

    return make_theme("light", 100)
