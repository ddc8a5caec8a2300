"""Named results of what the ops lesson shows, for course questions (``Lesson.facts``).

Every fact is read from the result torch computed for the current state, never from an
earlier picture kept on screen where torch refused (then only the base facts say so).
"""

from __future__ import annotations

import numpy as np

from tensorviz.core.op_chain import ChainResult
from tensorviz.ui.lessons.ops.page import Shown


def cell_key(name: str, index: tuple[int, ...]) -> str:
    """``C[0, 1]``; a 0-d tensor's one element is ``C``."""
    return f"{name}[{', '.join(str(i) for i in index)}]" if index else name


def topic_facts(topic: str, shown: Shown) -> dict[str, object]:
    """- item: ``value``, the Python number item() returned;
    - element-wise: ``dtype`` of the out-of-place result and ``same_object`` (the in-place
      call returned x itself); for a chain, ``dtype`` of data after it, ``same_object``
      (every in-place call that ran returned data itself) and ``data[i]`` (flat index);
    - Hadamard and matrix product: ``shape`` of C, ``C[i, j]`` for every cell (as tolist()
      has them: an int C's ints) and, for the matrix product, ``inner``: the inner size M
      that A and B share."""
    r = shown.result
    if r is None:  # torch.tensor refused a literal
        return {}
    if topic == "item":
        return {"value": r.value} if r.error is None else {}
    if isinstance(r, ChainResult):
        facts: dict[str, object] = {"dtype": r.data.dtype}
        ran = [link.same_object for link in r.links if link.in_place and link.error is None]
        if ran:
            facts["same_object"] = all(ran)
        facts |= {f"data[{i}]": v for i, v in enumerate(r.data_values())}
        return facts
    if topic == "elementwise":
        facts = {}
        if r.out_of_place.error is None:
            facts["dtype"] = r.out_of_place.result.dtype
        if r.in_place.error is None:
            facts["same_object"] = r.in_place.same_object
        return facts
    facts = {}
    if topic == "matmul" and r.rule.inner_match:
        facts["inner"] = r.rule.inner_a
    values = r.c_values()
    if r.error is None and r.c is not None and values is not None:
        facts["shape"] = tuple(r.c.shape)
        cells = np.ndindex(*r.c.shape)
        facts |= {cell_key("C", ix): v for ix, v in zip(cells, values, strict=True)}
    return facts
