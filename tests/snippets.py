"""Run lesson code the way a reader does: each code by its own fresh ``python`` process.

The project's contract (DESIGN.md): every lesson's code pane shows code that, run with plain
``python``, prints exactly the output shown. Tests check it with the helpers here.

Each code gets a fresh interpreter (``python -c code``), never a shared one: torch's global
state (print options, RNG, grad mode, default dtype) would otherwise leak from one snippet into
the next and hide real bugs. The processes run concurrently, at most :data:`MAX_PROCESSES` at a
time to keep memory sane.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from tensorviz.core.snippet import Snippet

MAX_PROCESSES = 4


@dataclass(frozen=True)
class Ran:
    """What one plain ``python -c code`` did."""

    code: str
    stdout: str
    stderr: str
    returncode: int

    def failure(self) -> str:
        """A readable report of a run that exited non-zero."""
        return (
            f"python exited with status {self.returncode} running:\n{_indent(self.code)}\n"
            f"stderr:\n{_indent(self.stderr)}"
        )


def python_runs(codes: Sequence[str], timeout: float = 300) -> list[Ran]:
    """Each code run by a fresh ``python`` process, in order; exit statuses are not checked.

    ``timeout`` is per process (seconds); a process that runs longer is killed and the test
    fails.
    """
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def run(code: str) -> Ran:
        try:
            done = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                encoding="utf-8",
                env=env,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise AssertionError(
                f"python ran longer than {timeout}s running:\n{_indent(code)}"
            ) from None
        return Ran(code, done.stdout, done.stderr, done.returncode)

    codes = list(codes)
    if not codes:
        return []
    with ThreadPoolExecutor(max_workers=min(MAX_PROCESSES, len(codes))) as pool:
        return list(pool.map(run, codes))


def python_prints(codes: Sequence[str], timeout: float = 300) -> list[str]:
    """What each code prints (stdout) when run by a fresh ``python`` process, in order.

    The processes run concurrently; the test fails (AssertionError with the code and its
    stderr) if one exits non-zero.
    """
    runs = python_runs(codes, timeout)
    failures = [ran.failure() for ran in runs if ran.returncode != 0]
    if failures:
        raise AssertionError("\n\n".join(failures))
    return [ran.stdout for ran in runs]


def assert_prints_output(snippets: Sequence[Snippet], timeout: float = 300) -> None:
    """Each snippet's code, run by a fresh ``python`` process, prints exactly its output.

    On failure the message shows every snippet that differs: its code and a diff from the
    output shown to what python printed.
    """
    printed = python_prints([s.code for s in snippets], timeout)
    problems = [
        output_mismatch(i, snippet, got)
        for i, (snippet, got) in enumerate(zip(snippets, printed, strict=True))
        if got != snippet.output
    ]
    if problems:
        raise AssertionError("\n\n".join(problems))


def output_mismatch(index: int, snippet: Snippet, printed: str) -> str:
    """Why ``printed`` is not ``snippet.output``, for a failure message."""
    diff = list(
        difflib.unified_diff(
            snippet.output.splitlines(),
            printed.splitlines(),
            "output shown",
            "python printed",
            lineterm="",
        )
    )
    if not diff:  # the lines agree: line endings or a final newline differ
        diff = [f"output shown:   {snippet.output!r}", f"python printed: {printed!r}"]
    return (
        f"snippet {index}: python prints something other than the output shown\n"
        f"code:\n{_indent(snippet.code)}\n" + "\n".join(diff)
    )


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").splitlines())
