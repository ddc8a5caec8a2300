"""torch's compiled code read while its libraries load (torch_code, issue 16): the code Python
itself would run, checked as Python checks it, and nothing where Python would compile again."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import py_compile
import sys
from pathlib import Path

import pytest

from tensorviz.ui import importing, torch_code
from tests.ui.test_startup import run_fresh
from tests.ui.test_torch_import import HELD_LIBRARIES

TIMESTAMP = py_compile.PycInvalidationMode.TIMESTAMP  # not hashed, even with SOURCE_DATE_EPOCH


def _module(folder, text: str = "VALUE = 41 + 1\n") -> str:
    folder.mkdir(exist_ok=True)
    source = folder / "mod.py"
    source.write_text(text)
    py_compile.compile(str(source), doraise=True, invalidation_mode=TIMESTAMP)
    return str(source)


def test_the_code_read_is_what_python_runs(tmp_path):
    source = _module(tmp_path)
    found = torch_code.read_code(source)
    assert found is not None
    namespace: dict = {}
    exec(found.code, namespace)
    assert namespace["VALUE"] == 42
    assert found.code.co_filename == source
    with open(source) as f:
        compiled = compile(f.read(), source, "exec")
    assert found.code.co_code == compiled.co_code


def test_no_code_where_python_would_compile_the_source_again(tmp_path):
    grown = _module(tmp_path / "grown")
    stamp = os.stat(grown)
    with open(grown, "a") as f:  # changed after it was compiled: its size no longer matches
        f.write("OTHER = 1\n")
    os.utime(grown, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert torch_code.read_code(grown) is None
    touched = _module(tmp_path / "touched")  # its modification time no longer matches
    os.utime(touched, (os.stat(touched).st_atime, os.stat(touched).st_mtime + 5))
    assert torch_code.read_code(touched) is None
    other = _module(tmp_path / "other")  # compiled by another Python (its magic number)
    compiled = importlib.util.cache_from_source(other)
    with open(compiled, "rb") as f:
        data = bytearray(f.read())
    data[0] ^= 0xFF
    with open(compiled, "wb") as f:
        f.write(data)
    assert torch_code.read_code(other) is None
    hashed = _module(tmp_path / "hashed")
    checked = py_compile.PycInvalidationMode.CHECKED_HASH
    py_compile.compile(hashed, doraise=True, invalidation_mode=checked)
    assert torch_code.read_code(hashed) is None  # checked by hash: Python's to check
    assert torch_code.read_code(str(tmp_path / "missing.py")) is None


def _torch_compiled() -> bool:
    """torch's modules have compiled code checked by time (pip compiles them so)."""
    folder = torch_code.torch_folder()
    return folder is not None and torch_code.read_code(folder + "__init__.py") is not None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libraries loaded ahead on Linux")
@pytest.mark.skipif(not _torch_compiled(), reason="torch's modules have no compiled code")
def test_a_start_reads_torchs_code_while_its_libraries_load_and_torch_takes_it(tmp_path):
    cache = tmp_path / "cache"
    env_code = f"import os; os.environ['TENSORVIZ_CACHE'] = {str(cache)!r}\n"
    run_fresh(  # a first start: no list yet, one kept after
        env_code
        + """
from tensorviz.ui import torch_import
torch_import.load_libraries()
torch_import.start()
torch_import.wait()
import torch
print(torch.ones(2).sum().item())
""",
        tmp_path,
    )
    (kept,) = cache.glob("torch-modules-*.txt")  # one for this torch
    listed = kept.read_text().splitlines()
    assert listed[0].endswith(os.path.join("torch", "__init__.py"))
    assert len(listed) > 300
    assert all(os.sep + "torch" + os.sep in line for line in listed)
    out = run_fresh(
        env_code
        + HELD_LIBRARIES
        + """
deadline = time.monotonic() + 60
while len(torch_code._read) < 300 and time.monotonic() < deadline:
    time.sleep(0.01)
print("read while loading:", len(torch_code._read) >= 300, "torch" in sys.modules)
gate.set()
torch_import.wait()
import torch
taken = [
    m for m in list(sys.modules.values())
    if type(m.__dict__.get("__loader__")).__name__ == "_CodeRead"
]
print("taken:", len(taken) >= 300)
print(torch.arange(6.0).reshape(2, 3).sum(dim=0).tolist())
""",
        tmp_path,
    )
    assert "read while loading: True False" in out, out
    assert "taken: True" in out, out
    assert "[3.0, 5.0, 7.0]" in out, out


def test_a_list_naming_what_is_not_torch_is_not_read(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    other = _module(tmp_path / "other")
    monkeypatch.setenv("TENSORVIZ_CACHE", str(cache))
    with open(torch_code.modules_file(), "w") as f:
        f.write(f"{other}\nnot a path\n\n")
    out = run_fresh(
        f"import os; os.environ['TENSORVIZ_CACHE'] = {str(cache)!r}\n"
        + """
from tensorviz.ui import importing, torch_code
print("read:", torch_code.read_ahead(lambda: True))
import torch
print(torch.ones(3).sum().item())
""",
        tmp_path,
    )
    assert "read: 0" in out and "3.0" in out, out


def test_a_list_that_is_a_pipe_or_huge_is_not_read(tmp_path, monkeypatch):
    """Reading the list must never hold torch's import up: a pipe would block it for good,
    a huge file fill the memory."""
    monkeypatch.setenv("TENSORVIZ_CACHE", str(tmp_path))
    listed = Path(torch_code.modules_file())
    os.mkfifo(listed)
    assert torch_code.read_ahead(lambda: True) == 0
    listed.unlink()
    listed.write_bytes(b"/x.py\n" * (torch_code.LIST_LIMIT // 6 + 1))
    assert torch_code.read_ahead(lambda: True) == 0
    assert torch_code._listed_modules() == []


def test_a_finder_comes_and_goes_without_changing_the_list_in_place():
    """An import on another thread walks the list of finders it took: one removed from under
    it shifted the rest, and the import skipped Python's path finder and failed."""
    taken = sys.meta_path
    before = list(taken)
    finder = importlib.machinery.PathFinder()  # any finder: only its place is looked at
    with importing.finding(finder):
        assert sys.meta_path.index(finder) == before.index(importlib.machinery.PathFinder)
        assert taken == before
    assert taken == before
    assert sys.meta_path == before


def test_each_torch_installed_has_its_own_list(monkeypatch, tmp_path):
    """Two environments, each with its torch, do not overwrite each other's list."""
    monkeypatch.setenv("TENSORVIZ_CACHE", str(tmp_path))
    monkeypatch.setattr(torch_code, "torch_folder", lambda: "/envs/a/site-packages/torch/")
    first = torch_code.modules_file()
    assert torch_code.modules_file() == first
    monkeypatch.setattr(torch_code, "torch_folder", lambda: "/envs/b/site-packages/torch/")
    assert torch_code.modules_file() != first
    assert os.path.dirname(first) == str(tmp_path)
