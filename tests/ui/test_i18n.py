from tensorviz.ui import i18n


def test_translations_are_complete_and_built():
    """Every .ts matches its source, every Chinese string is translated, every .qm is fresh."""
    assert i18n.problems() == []


def test_sources_with_text_are_found():
    names = set(i18n.sources())
    assert "tensorviz.ui.app" in names
    assert not any(".core." in n for n in names)
