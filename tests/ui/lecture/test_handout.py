"""The handout: a valid notebook whose cells, replayed in one fresh python, print their outputs;
and the command line's course contracts."""

from __future__ import annotations

import re
import subprocess
import sys

import nbformat
import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage

from tensorviz import cli
from tensorviz.ui import i18n, lessons
from tensorviz.ui.lecture.track import course

SEPARATOR = "\x1e--tensorviz-cell--"


@pytest.fixture(scope="module")
def handout(qapp, tmp_path_factory):
    out = tmp_path_factory.mktemp("handout")
    try:
        # --size, a laptop's: the handout's pictures were 1600x1000 whatever it said
        assert cli.main(["--export-course", str(out), "--lang", "zh_CN", "--size", "1280x800"]) == 0
    finally:
        i18n.set_language(QCoreApplication.instance(), "en")
    return out


def test_the_notebook_is_valid_with_a_picture_per_step(handout):
    notebook = nbformat.read(str(handout / "course.ipynb"), as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert len(code) == len(course())
    for step in course().steps:
        assert (handout / f"step-{step.number:02d}.png").stat().st_size > 10_000
    assert QImage(str(handout / "step-01.png")).size() == QSize(1280, 800)
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    for step in course().steps:
        assert step.title("zh_CN") in markdown and step.talk("zh_CN") in markdown
    # torch's answers in Chinese too: step 78's read "torch 的结果：diverges"
    assert not re.search(r"converges|oscillates|diverges", markdown)
    assert "*torch 的结果：发散*" in markdown


@pytest.mark.slow
def test_the_cells_replayed_top_to_bottom_print_the_stored_outputs(handout):
    notebook = nbformat.read(str(handout / "course.ipynb"), as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    script = "\n".join(f"{c.source}\nprint({SEPARATOR!r})" for c in code)
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, encoding="utf-8", timeout=600
    )
    assert ran.returncode == 0, ran.stderr
    printed = ran.stdout.split(SEPARATOR + "\n")[:-1]
    stored = ["".join(o.get("text", "") for o in c.outputs) for c in code]
    for number, (got, want) in enumerate(zip(printed, stored, strict=True), start=1):
        assert got == want, f"step {number} prints something else when replayed"


def test_list_steps_prints_one_line_per_step(capsys):
    assert cli.main(["--list-steps", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(course())
    for line, step in zip(lines, course().steps, strict=True):
        section = lessons.section_text(step.section, "en")  # 3.1, not 三.1
        assert line.split("\t") == [str(step.number), step.lesson, section, step.title("en")]


@pytest.mark.parametrize("step", ["0", "999", "two", "all"])
def test_a_step_out_of_range_is_one_line_and_exit_2(capsys, step):
    assert cli.main(["--step", step]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--step" in err[0]


@pytest.mark.parametrize("blocked", ["course.ipynb", "step-01.png", "step-02.png"])
def test_a_file_the_handout_cannot_write_is_one_line_and_exit_2(qapp, capsys, tmp_path, blocked):
    """A notebook that could not be written ended a minute's export in a traceback; a
    picture that could not be, was skipped without a word."""
    (tmp_path / blocked).mkdir()
    assert cli.main(["--export-course", str(tmp_path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "--export-course: " in err and blocked in err.strip().splitlines()[-1]
    assert not (tmp_path / "course.ipynb").is_file()


def test_screenshot_of_a_step(qapp, tmp_path):
    assert cli.main(["--screenshot", str(tmp_path), "--step", "1"]) == 0
    assert (tmp_path / "step-01.png").exists()
