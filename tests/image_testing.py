"""Compare a rendered picture with a kept reference image, within a tolerance.

Modelled on pyqtgraph's ``tests/image_testing.py``: a pixel counts as different when one of
its channels differs by more than ``px_threshold``; the images match when at most
``max_fraction`` of the pixels differ. On a mismatch the rendered image and a diff image (the
differing pixels in red over a faded reference) are written next to each other under
``TENSORVIZ_IMAGE_FAILURES`` (default: the system's temp folder) so a human can look.

Regenerate the references on purpose, after looking at the change, with
``python -m tests.image_testing`` (see :func:`main`).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

REFERENCE = Path(__file__).resolve().parent / "ui" / "reference"


def as_array(image: QImage) -> np.ndarray:
    """Height x width x 4 (RGBA) uint8 pixels of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine()
    )
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


@dataclass(frozen=True)
class Comparison:
    size_ok: bool
    differing: int  # pixels over the threshold
    total: int
    largest: int  # the largest channel difference seen

    @property
    def fraction(self) -> float:
        return self.differing / self.total if self.total else 0.0


def compare(rendered: QImage, reference: QImage, px_threshold: int = 48) -> Comparison:
    a, b = as_array(rendered), as_array(reference)
    if a.shape != b.shape:
        return Comparison(False, a.shape[0] * a.shape[1], a.shape[0] * a.shape[1], 255)
    diff = np.abs(a.astype(np.int16) - b.astype(np.int16)).max(axis=2)
    return Comparison(True, int((diff > px_threshold).sum()), diff.size, int(diff.max()))


def diff_image(rendered: QImage, reference: QImage, px_threshold: int = 48) -> QImage:
    a, b = as_array(rendered), as_array(reference)
    if a.shape != b.shape:
        return rendered
    out = (b.astype(np.float32) * 0.35 + 255 * 0.65).astype(np.uint8)
    mask = np.abs(a.astype(np.int16) - b.astype(np.int16)).max(axis=2) > px_threshold
    out[mask] = (220, 0, 0, 255)
    out[..., 3] = 255
    h, w = out.shape[:2]
    return QImage(out.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def assert_matches(
    rendered: QImage, name: str, max_fraction: float = 0.001, px_threshold: int = 48
) -> None:
    """``rendered`` matches ``REFERENCE/name`` (a relative path such as ``en/shape.png``)."""
    path = REFERENCE / name
    assert path.exists(), f"no reference image {path}; make it with python -m tests.image_testing"
    reference = QImage(str(path))
    result = compare(rendered, reference, px_threshold)
    if result.size_ok and result.fraction <= max_fraction:
        return
    out = Path(os.environ.get("TENSORVIZ_IMAGE_FAILURES", tempfile.gettempdir()))
    out = out / "tensorviz-image-failures"
    out.mkdir(parents=True, exist_ok=True)
    stem = name.replace("/", "-").removesuffix(".png")
    rendered.save(str(out / f"{stem}-rendered.png"))
    diff_image(rendered, reference, px_threshold).save(str(out / f"{stem}-diff.png"))
    if not result.size_ok:
        raise AssertionError(
            f"{name}: rendered {rendered.width()}x{rendered.height()}, reference "
            f"{reference.width()}x{reference.height()} (images in {out})"
        )
    raise AssertionError(
        f"{name}: {result.differing} of {result.total} pixels differ "
        f"({result.fraction:.3%} > {max_fraction:.3%}; largest difference {result.largest}); "
        f"rendered and diff images in {out}"
    )


def main() -> int:
    """Rewrite every reference image from the app as it is now (look at them first)."""
    from tensorviz import cli

    for lang in ("en", "zh_CN"):
        code = cli.main(["--screenshot", str(REFERENCE / lang), "--lang", lang, "--theme", "light"])
        if code:
            return code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
