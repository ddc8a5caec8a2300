"""The resources' sources live in the checkout's top-level resources/ and the app reads them
from there when run from a checkout (the wheel's copy is checked by .ci/run)."""

from pathlib import Path

from tensorviz import assets

CHECKOUT = Path(__file__).resolve().parent.parent


def test_a_checkout_reads_its_top_level_resources():
    assert assets.RESOURCES == CHECKOUT / "resources"
    for part in ("translations/zh_CN", "translations/en", "icons", "fonts", "course"):
        assert any((assets.RESOURCES / part).iterdir()), part


def test_no_second_copy_inside_the_package_in_a_checkout():
    # a stale tensorviz/resources/ (from an old layout or a build) would never be read here,
    # but an editor or a reviewer could mistake it for the real one
    assert not (CHECKOUT / "tensorviz" / "resources").exists()
