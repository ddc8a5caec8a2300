import pkgutil
import subprocess
import sys

import tensorviz.core


def test_core_modules_load_no_qt():
    names = [f"tensorviz.core.{m.name}" for m in pkgutil.iter_modules(tensorviz.core.__path__)]
    assert "tensorviz.core.literal" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
