"""Where the app's resources are (translations, icons, the CJK font subset, the course track).

Their sources live in the checkout's top-level ``resources/``. A built wheel carries a copy
inside the package, ``tensorviz/resources/`` (``setup.py`` copies it while building), so an
installed app needs nothing outside site-packages. Run from a checkout (an editable install or
``PYTHONPATH``), the app reads the top-level folder itself, so what the maintenance scripts
write (``python -m tensorviz.ui.i18n``, the font subset) is what the app shows.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _root() -> Path:
    checkout = PACKAGE.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        return checkout / "resources"
    return PACKAGE / "resources"


RESOURCES = _root()
