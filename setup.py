"""Build hook: the wheel carries the checkout's top-level ``resources/`` inside the package.

Everything else is declared in pyproject.toml. The sources of the translations, icons, font
subset and course track live in ``resources/`` at the top of the checkout, where translators
and maintainers find them; an installed app must find them next to its code, in
``tensorviz/resources/`` (see ``tensorviz/assets.py``). An editable install reads the checkout's
folder directly, so nothing is copied then.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "tensorviz" / "resources"
        shutil.rmtree(target, ignore_errors=True)  # nothing left over from an earlier build
        shutil.copytree(RESOURCES, target)


setup(cmdclass={"build_py": BuildPyWithResources})
