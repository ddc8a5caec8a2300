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
                bool(view.waiting_text()),
                view.splitter.isEnabled(),
                view.rendered is None,
                lesson.state == lesson.State(),
            )
        from tensorviz.ui import torch_import

        print("import begun by building lessons:", torch_import.started())
        torch_import.start()  # as the window does once it has painted
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
            l.view.waiting_text().startswith("torch could") for l in built.values()
        ):
            app.processEvents()
            time.sleep(0.01)
        for key, lesson in built.items():
            print(key, "says:", lesson.view.waiting_text())
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


def test_a_lesson_kept_waiting_follows_torch_however_it_comes(tmp_path):
    """Torch imported before anyone started the import (a script, a stray use) still wakes
    the lessons waiting for it; a lesson hidden when torch comes computes when shown; a
    state refused once torch is in leaves the opening state current, the refusal said."""
    out = run_fresh(
        """
        import dataclasses, time
        from tensorviz.ui import lessons, torch_import
        from tensorviz.ui.app import make_application
        from tensorviz.ui.theme import make_theme

        app = make_application(["t"])
        theme = make_theme("light")
        shown, hidden = lessons.build("numpy", theme), lessons.build("shape", theme)
        shown.show()
        bad = dataclasses.replace(shown.state, values="[1, 2")
        shown.set_state(bad)
        print("kept while waiting:", shown.state == bad, shown.view.values_edit.text())
        steps = hidden.view.controls.steps_list
        print("shape's steps:", [steps.item(i).text() for i in range(steps.count())])
        import torch  # not through torch_import
        torch_import.start()  # finds torch in: tells the lessons
        deadline = time.monotonic() + 30
        while shown.waiting_for_torch() and time.monotonic() < deadline:
            app.processEvents()
        print("shown lesson began:", not shown.waiting_for_torch())
        shown.settle()
        print("refused:", shown.state == shown.State(), shown.view.banner.isVisible())
        print("hidden lesson still waiting:", hidden.waiting_for_torch())
        hidden.show()
        print("computing once shown:", not hidden.waiting_for_torch())
        hidden.settle()
        print("shape drawn:", hidden.view.rendered is not None)
        """,
        tmp_path,
    )
    lines = out.splitlines()
    assert "kept while waiting: True [1, 2" in lines
    assert (
        "shape's steps: ['–  x0 = torch.arange(12).reshape(3, 4)', '–  x1 = x0.t()',"
        " '–  x2 = x1.view(12)']" in lines
    ), out
    assert "shown lesson began: True" in lines
    assert "refused: True True" in lines
    assert "hidden lesson still waiting: True" in lines
    assert "computing once shown: True" in lines
    assert "shape drawn: True" in lines
