"""FloatBitsView: a value's real bits in several float dtypes, and what each dtype holds."""

from __future__ import annotations

import math

import torch

from tensorviz.core.dtypes import BIT_DTYPES, float_bits
from tensorviz.core.literal import to_dtype
from tensorviz.ui.widgets.float_bits import FloatBitsView


def _view(qtbot, theme, value):
    view = FloatBitsView(theme)
    qtbot.addWidget(view)
    view.set_bits(tuple(float_bits(value, to_dtype(d)) for d in BIT_DTYPES))
    view.resize(view.sizeHint())
    view.show()
    qtbot.waitExposed(view)
    return view


def test_each_row_says_what_its_dtype_holds(qtbot, theme):
    view = _view(qtbot, theme, 300.5)
    f32, f16, bf16 = view.rows()
    assert [r.dtype for r in view.rows()] == ["float32", "float16", "bfloat16"]
    assert view.describe(f32) == "holds 300.5   exact"
    assert view.describe(f16) == "holds 300.5   exact"
    held = torch.tensor(300.5, dtype=torch.bfloat16).item()
    assert held == 300.0 and view.describe(bf16) == f"holds {held!r}   off by -0.5"
    assert not view.grab().isNull()


def test_values_a_dtype_cannot_hold(qtbot, theme):
    view = _view(qtbot, theme, 70000.0)
    f16 = view.rows()[1]
    assert f16.category == "inf" and math.isinf(f16.stored)
    assert view.describe(f16) == "holds inf   off by ∞"
    nan = _view(qtbot, theme, math.nan)
    assert nan.describe(nan.rows()[0]) == "holds nan   "
    # an infinity typed (1e400 is one to Python) is held exactly, not "off by ∞"
    inf = _view(qtbot, theme, float("1e400"))
    assert [inf.describe(row) for row in inf.rows()] == ["holds inf   exact"] * 3
    minus = _view(qtbot, theme, -math.inf)
    assert minus.describe(minus.rows()[1]) == "holds -inf   exact"


def test_more_rows_need_more_height(qtbot, theme):
    one = FloatBitsView(theme)
    qtbot.addWidget(one)
    one.set_bits((float_bits(1.0, torch.float32),))
    three = _view(qtbot, theme, 1.0)
    assert three.sizeHint().height() > one.sizeHint().height()
    assert three.sizeHint().width() == one.sizeHint().width()  # 32 bits wide either way
