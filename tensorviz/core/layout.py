"""Where a tensor's elements live: storage, strides, offset, contiguity, shared memory."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch

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
