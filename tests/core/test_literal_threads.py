"""Literals read on two threads at once: the GUI thread checks a field while a worker reads
one. Python 3.11's AST converter counted depth per interpreter and raised SystemError."""

from __future__ import annotations

import threading
import time

from tensorviz.core.literal import parse_source

SOURCE = "[" + ", ".join(f"[{i}, {i}.5, -{i}]" for i in range(300)) + "]"


class _Garbage:
    """A cycle whose finalizer runs Python, so a collection in the middle of a conversion
    lets the other thread in."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        sum(range(50))


def test_two_threads_reading_literals_at_once_both_get_trees():
    errors: list[BaseException] = []
    parsed = [0, 0]
    stop = time.monotonic() + 1.5

    def read(n: int) -> None:
        while time.monotonic() < stop:
            try:
                tree = parse_source(SOURCE)
            except BaseException as exc:
                errors.append(exc)
            else:
                assert len(tree.body.elts) == 300
                parsed[n] += 1
            _Garbage()

    threads = [threading.Thread(target=read, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, f"{len(errors)} failed, e.g. {errors[0]!r}"
    assert min(parsed) > 10
