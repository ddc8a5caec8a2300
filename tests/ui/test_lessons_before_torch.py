"""Every lesson can be built before torch is in (issue 16): the window shows the first lesson's
controls while torch loads. Run in a fresh interpreter where torch cannot be imported at all,
so that any torch attribute touched while a core module is imported or a lesson is built
fails here (see ``tensorviz.core._torch``)."""

from __future__ import annotations

from tests.ui.test_startup import run_fresh


def test_every_core_module_and_lesson_is_built_without_torch(tmp_path):
    out = run_fresh(
        """
        import importlib, pkgutil, sys, time

        class NoTorch:
            def find_spec(self, name, path=None, target=None):
                if name == "torch" or name.startswith("torch."):
                    raise ImportError("no torch in this test")
        sys.meta_path.insert(0, NoTorch())

        import tensorviz.core
        for module in pkgutil.iter_modules(tensorviz.core.__path__):
            importlib.import_module(f"tensorviz.core.{module.name}")
        print("core imported:", "torch" in sys.modules)

        from tensorviz.ui import lessons
        from tensorviz.ui.app import make_application
        from tensorviz.ui.theme import make_theme

        app = make_application(["t"])
        built = {}
        for key in lessons.KEYS:
            lesson = built[key] = lessons.build(key, make_theme("light"))
            lesson.resize(1400, 900)
            lesson.show()
            lesson.grab()
            view = lesson.view
            print(
                key,
                lesson.waiting_for_torch(),
                view.waiting_label.isVisible(),
                view.splitter.isEnabled(),
                view.rendered is None,
                lesson.state == lesson.State(),
            )
        from tensorviz.ui import torch_import

        print("import begun by building lessons:", torch_import.started())
        torch_import.start()  # as the window does once it has painted
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
            l.view.waiting_label.text().startswith("torch could") for l in built.values()
        ):
            app.processEvents()
            time.sleep(0.01)
        for key, lesson in built.items():
            print(key, "says:", lesson.view.waiting_label.text())
        """,
        tmp_path,
    )
    lines = out.splitlines()
    assert "core imported: False" in lines
    assert "import begun by building lessons: False" in lines
    for key in ("create", "dtype", "numpy", "ops", "shape", "broadcast", "autograd", "descent"):
        # waiting, its label shown, its controls disabled, nothing computed, its opening state
        assert f"{key} True True False True True" in lines, out
        assert f"{key} says: torch could not be loaded: ImportError: no torch in this test" in (
            lines
        ), out
