"""Where a tensor's elements live: storage, strides, offset, contiguity, shared memory."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tensorviz.core._torch import torch
from tensorviz.core.values import GRID_CAP, TensorSnapshot, snapshot


@dataclass(frozen=True)
class Layout:
    """A tensor's memory layout as torch reports it.

    ``slots`` has the tensor's shape and holds, for every logical element, the index of the
    storage slot it reads: ``storage_offset + sum(i_k * stride_k)``, obtained by viewing an
    index tensor with the same geometry (so it is torch's own answer, not a re-derivation).
    It is ``None`` when the tensor is too big to draw.
    """

    shape: tuple[int, ...]
    stride: tuple[int, ...]
    storage_offset: int
    is_contiguous: bool
    element_size: int
    storage_size: int  # elements in the whole storage
    storage_ptr: int  # address of the storage's first byte
    data_ptr: int  # address of this tensor's first element
    slots: np.ndarray | None
    storage: TensorSnapshot  # the whole storage, flat, in memory order

    @property
    def numel(self) -> int:
        return math.prod(self.shape)


def storage_of(t: torch.Tensor) -> torch.Tensor:
    """The whole storage behind ``t`` as a flat tensor of ``t``'s dtype (shares memory)."""
    n = t.untyped_storage().nbytes() // t.element_size()
    return t.detach().as_strided((n,), (1,), 0)


def layout_of(t: torch.Tensor, cap: int = GRID_CAP, statistics: bool = True) -> Layout:
    """``t``'s layout; the storage is snapshotted with ``cap`` and ``statistics`` (see
    :func:`~tensorviz.core.values.snapshot`)."""
    storage = storage_of(t)
    n = storage.numel()
    slots = None
    if t.numel() <= cap and n <= cap:
        index = torch.arange(n, dtype=torch.int64)
        slots = index.as_strided(tuple(t.shape), t.stride(), t.storage_offset()).numpy().copy()
    return Layout(
        shape=tuple(t.shape),
        stride=tuple(t.stride()),
        storage_offset=t.storage_offset(),
        is_contiguous=t.is_contiguous(),
        element_size=t.element_size(),
        storage_size=n,
        storage_ptr=t.untyped_storage().data_ptr(),
        data_ptr=t.data_ptr(),
        slots=slots,
        storage=snapshot(storage, cap, statistics),
    )


def shares_storage(a: torch.Tensor, b: torch.Tensor) -> bool:
    """True when ``a`` and ``b`` read the same memory (a view), False for a copy."""
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


# -- stride arithmetic: where an element lives, who reads a slot, how the strides get there ---
Index = tuple[int, ...]


def in_shape(index: Index | None, shape: tuple[int, ...]) -> bool:
    """Whether ``index`` names an element of a tensor of ``shape``."""
    if index is None or len(index) != len(shape):
        return False
    return all(0 <= i < n for i, n in zip(index, shape, strict=True))


def slot_of(layout: Layout, index: Index) -> int:
    """The storage slot element ``index`` reads: ``storage_offset + sum(i_k * stride_k)``,
    from torch's own strides and offset (so it holds for storages too big to draw as well).

    Raises :class:`IndexError` when ``index`` is not an element of ``layout``'s tensor."""
    if not in_shape(index, layout.shape):
        raise IndexError(f"{list(index)} is not an element of a tensor of shape {layout.shape}")
    return layout.storage_offset + sum(i * s for i, s in zip(index, layout.stride, strict=True))


def readers_of(layout: Layout, slot: int) -> list[Index]:
    """The elements that read storage slot ``slot``, in row order: none for a slot sliced
    away, several for a stride-0 (expanded) view. Empty when the slots are not drawn."""
    if layout.slots is None or not 0 <= slot < layout.storage_size:
        return []
    slots = np.asarray(layout.slots)
    if slots.ndim == 0:
        return [()] if int(slots) == slot else []
    return [tuple(int(i) for i in found) for found in np.argwhere(slots == slot)]


def reading_order(layout: Layout, count: int) -> tuple[int, ...]:
    """The slots the first ``count`` elements read, taken in row order (as ``view()`` and
    ``flatten()`` read them): evenly spaced exactly when the memory can be regrouped."""
    n = min(count, layout.numel)
    if not layout.shape:
        return (layout.storage_offset,) if n else ()
    indices = np.unravel_index(np.arange(n), layout.shape)
    slots = np.full(n, layout.storage_offset, dtype=np.int64)
    for along, stride in zip(indices, layout.stride, strict=True):
        slots += along * stride
    return tuple(int(s) for s in slots)


@dataclass(frozen=True)
class Hop:
    """One term of the slot formula as a jump through storage: from slot ``start``, ``steps``
    steps along dim ``dim`` of ``stride`` slots each land on slot ``end``."""

    dim: int
    steps: int
    stride: int
    start: int
    end: int


def hops(layout: Layout, index: Index) -> tuple[Hop, ...]:
    """The jumps from the storage offset to the slot ``index`` reads, one per dim, in dim
    order; jumps of zero slots are left out. The last one ends on :func:`slot_of`."""
    slot_of(layout, index)  # refuses an index of another tensor
    here = layout.storage_offset
    out = []
    for dim, (steps, stride) in enumerate(zip(index, layout.stride, strict=True)):
        if steps * stride:
            out.append(Hop(dim, steps, stride, here, here + steps * stride))
            here += steps * stride
    return tuple(out)
