"""Debounced: the first call of a burst at once, the rest as one call with the latest
arguments once the burst pauses."""

from __future__ import annotations

from tensorviz.ui.widgets.debounce import Debounced


def test_a_burst_is_one_call_now_and_one_after_the_pause(qtbot):
    calls: list[int] = []
    debounced = Debounced(calls.append, 50)
    debounced(1)
    assert calls == [1]  # the first call at once
    for value in range(2, 10):
        debounced(value)
    assert calls == [1] and debounced.pending()
    qtbot.waitUntil(lambda: calls == [1, 9], timeout=2000)
    assert not debounced.pending()


def test_flush_makes_the_kept_call_now_and_the_next_runs_at_once(qtbot):
    calls: list[str] = []
    debounced = Debounced(calls.append, 10_000)
    debounced("a")
    debounced("b")
    debounced("c")
    debounced.flush()
    assert calls == ["a", "c"]
    debounced.flush()  # nothing kept: nothing called
    assert calls == ["a", "c"]
    debounced("d")
    assert calls == ["a", "c", "d"]
