"""Lecture mode's words, in the current language (translation context ``Lecture``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def buttons() -> dict[str, tuple[str, str]]:
    """objectName -> (text, tooltip) of the strip's buttons."""
    return {
        "lecture_previous": ("◀", translate("Lecture", "Previous step (PageUp, ←)")),
        "lecture_next": ("▶", translate("Lecture", "Next step (PageDown, →, Space)")),
        "lecture_steps": (
            translate("Lecture", "Steps…"),
            translate("Lecture", "Go to a step (Ctrl+G)"),
        ),
        "lecture_reveal": (
            translate("Lecture", "Reveal"),
            translate("Lecture", "Show torch's answer (R)"),
        ),
        "lecture_practice": (
            translate("Lecture", "Practice"),
            translate("Lecture", "Answer the questions yourself; torch checks them"),
        ),
        "lecture_exit": (
            translate("Lecture", "Leave lecture"),
            translate("Lecture", "Back to the lessons (Esc)"),
        ),
    }


def notes(text: str) -> str:
    """Where the notes are wrong: what they say and what torch does."""
    return translate("Lecture", "The notes differ: {0}").format(text)


def question(prompt: str) -> str:
    return translate("Lecture", "Question: {0}").format(prompt)


def cover(prompt: str) -> str:
    return translate("Lecture", "?\n\n{0}\n\nPress R to reveal torch's answer").format(prompt)


def reveal_hint() -> str:
    """Under the code a question is about, on the picture's cover."""
    return translate("Lecture", "Press R to reveal torch's answer")


def cover_short() -> str:
    """A cover too narrow for the question."""
    return translate("Lecture", "?\n(R)")


def answer(text: str) -> str:
    return translate("Lecture", "torch says: {0}").format(text)


def no_error() -> str:
    return translate("Lecture", "no error: torch accepts it")


def raises_choices() -> list[tuple[str, str]]:
    return [
        ("yes", translate("Lecture", "torch raises an error")),
        ("no", translate("Lecture", "no error")),
    ]


def choice(value: str) -> str:
    """A multiple-choice answer of the track as shown (the track keeps the value torch's fact
    is compared with; words get a translation, ``True``/``False`` stay Python's)."""
    shown = {
        "converges": translate("Lecture", "it converges"),
        "oscillates": translate("Lecture", "it oscillates"),
        "diverges": translate("Lecture", "it diverges"),
    }
    return shown.get(value, value)


def check() -> str:
    return translate("Lecture", "Check")


def answer_placeholder(kind: str) -> str:
    """What form the answer takes, with no example: an example was the answer ("a shape,
    e.g. 2, 3" over step 8's (2, 3), "a word, e.g. float32" over steps 10 and 36)."""
    return {
        "shape": translate("Lecture", "the sizes, separated by commas"),
        "stride": translate("Lecture", "the strides, separated by commas"),
        "value": translate("Lecture", "a number, in digits"),
        "dtype": translate("Lecture", "the dtype's name"),
        "device": translate("Lecture", "the device's name"),
    }.get(kind, "")


def correct() -> str:
    return translate("Lecture", "Right: torch agrees.")


def wrong(kind: str, tries: int) -> str:
    """A wrong answer to a question of ``kind``, where another try can still be right; in
    the words of what it asks (a device is not "what torch computes")."""
    words = {
        "dtype": translate("Lecture", "Not the dtype torch gives. Try again (attempt {0})."),
        "device": translate(
            "Lecture", "The tensor is not on that device. Try again (attempt {0})."
        ),
        "choice": translate("Lecture", "Not what torch does. Try again (attempt {0})."),
    }.get(kind) or translate("Lecture", "Not what torch computes. Try again (attempt {0}).")
    return words.format(tries)


def not_raised(raised: bool) -> str:
    """A wrong answer to "Does it raise?": the other one is torch's, and is shown."""
    if raised:
        return translate("Lecture", "Not what torch does: it raises an error, shown above.")
    return translate("Lecture", "Not what torch does: it raises no error here.")


def other_choice(shown: str) -> str:
    """A wrong answer of two: the other one, as its button says it, is torch's."""
    return translate("Lecture", "Not what torch does: the answer is {0}.").format(shown)


def wrong_revealed() -> str:
    """A wrong answer given once torch's answer is in sight (it is not scored)."""
    return translate("Lecture", "Not torch's answer: it is shown above.")


def problem(key: str) -> str:
    return {
        "empty": translate("Lecture", "Type an answer first."),
        "too_long": translate("Lecture", "That answer is too long (at most 200 characters)."),
        "not_a_shape": translate(
            "Lecture", "A shape is whole numbers separated by commas, one per dim (() for none)."
        ),
        "not_a_number": translate("Lecture", "The answer is a number, e.g. 2.5 or -1e-3."),
        "fraction": translate(
            "Lecture", "torch prints decimals, not fractions: type it as a decimal (1/4 as 0.25)."
        ),
        "not_a_dtype": translate(
            "Lecture", "Not a dtype: the question asks what type the elements have."
        ),
        "not_a_device": translate(
            "Lecture",
            "Not a device: the question asks which device holds the tensor, not its dtype.",
        ),
        "not_a_choice": translate("Lecture", "Choose one of the answers offered."),
        "no_answer": translate(
            "Lecture", "torch gives no answer to this question with what is shown now."
        ),
    }.get(key, translate("Lecture", "That answer cannot be read."))


def score(chapter: str, solved: int, asked: int) -> str:
    return translate("Lecture", "Chapter {0}: {1} of {2} questions answered right").format(
        chapter, solved, asked
    )


def step_list_title() -> str:
    return translate("Lecture", "Go to step")


def filter_placeholder() -> str:
    return translate("Lecture", "Filter: a section (7.5) or a word")
