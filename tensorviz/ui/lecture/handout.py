"""The course as a handout: a Jupyter notebook of every step, and a picture of each.

Per step a markdown cell (section, title, talking point, where the notes differ, the question
and torch's answer) and a code cell holding the code the lesson showed, with what torch printed
stored as its output. Running the code cells top to bottom in a fresh interpreter prints
exactly the stored outputs (a test replays them). ``step-NN.png`` beside it shows each step
with its answer revealed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from tensorviz.ui.code_comments import localised
from tensorviz.ui.lecture import texts
from tensorviz.ui.lecture.mode import format_fact
from tensorviz.ui.lecture.track import Step
from tensorviz.ui.lessons import section_text

NOTEBOOK = "course.ipynb"


def picture_name(number: int) -> str:
    return f"step-{number:02d}.png"


def _markdown(step: Step, lang: str, answer: str | None) -> str:
    section = section_text(step.section, lang)
    lines = [f"## {section} · {step.title(lang)}", "", step.talk(lang)]
    if step.notes_differ is not None:
        lines += ["", f"> {texts.notes(step.notes_differ(lang))}"]
    if step.question is not None:
        lines += ["", f"**{texts.question(step.question.prompt(lang))}**"]
        if answer is not None:
            lines += ["", f"*{texts.answer(answer)}*"]
    lines += ["", f"![{section}]({picture_name(step.number)})"]
    return "\n".join(lines)


#: Appended to a cell that changes how torch prints: the notebook's cells run in one
#: interpreter, and the cells below were printed with torch's defaults.
PRINT_RESET = 'torch.set_printoptions(profile="default")  # torch\'s defaults for the cells below'


def _cell_code(code: str) -> str:
    code = code.rstrip("\n")
    if any(line.startswith("torch.set_printoptions(") for line in code.splitlines()):
        code += "\n" + PRINT_RESET
    return code


def export(
    window,
    out: Path,
    lang: str,
    progress: Callable[[int, int, Step], None] = lambda done, total, step: None,
) -> float:
    """Write ``out/course.ipynb`` and ``out/step-NN.png`` from ``window`` (a MainWindow in
    ``lang``); returns the seconds it took."""
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    lecture = window.lecture
    track = lecture.track
    notebook = new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata["language_info"] = {"name": "python"}
    title = "PyTorch 基础：逐步讲解" if lang == "zh_CN" else "PyTorch basics, step by step"
    count = f"{len(track)} 步" if lang == "zh_CN" else f"{len(track)} steps"
    notebook.cells.append(new_markdown_cell(f"# {title}\n\ntensorviz · {count}"))
    lecture.enter(1)
    for step in track.steps:
        lecture.go(step.number)
        lesson = window.current_lesson()
        lesson.settle()
        answer = None
        if step.question is not None:
            lecture.reveal()
            answer = format_fact(step.question.kind, lecture.answer_value())
        picture = out / picture_name(step.number)
        if not window.grab().save(str(picture), "PNG"):  # said, not skipped
            raise OSError(f"cannot write {picture}")
        snippet = lesson.snippet()
        notebook.cells.append(new_markdown_cell(_markdown(step, lang, answer)))
        notebook.cells.append(
            new_code_cell(
                _cell_code(localised(snippet.code)),  # its comments in the handout's language
                execution_count=step.number,
                outputs=[new_output("stream", name="stdout", text=snippet.output)],
            )
        )
        progress(step.number, len(track), step)
    lecture.leave()
    nbformat.validate(notebook)
    nbformat.write(notebook, str(out / NOTEBOOK))
    return time.perf_counter() - started
