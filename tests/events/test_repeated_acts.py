"""The same act told twice in one sentence is one event (issue 10: every event it
states, and no more). Wire copy adds what a crowd or a force did as a participle
("stormed the embassy, setting fire to part of the building"); the participle gave a
second event of the same code with no one it was done to. And people named by their
protest in another act ("police detained 200 protesters") gave a protest besides.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _events(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    return [
        (e.cameo, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
    ]


def test_the_same_act_again_with_no_recipient_is_no_second_event(
    coder: Coder,
) -> None:
    found = _events(
        coder,
        "Protesters stormed the Danish embassy in Tehran on Sunday, setting fire to "
        "part of the building.",
    )
    assert found == [("145", "DNKGOV")]


def test_another_act_with_no_recipient_stays(coder: Coder) -> None:
    """Guard: a rally and the storming of an embassy are two acts."""
    found = _events(
        coder,
        "Thousands of protesters rallied outside parliament in Dhaka and stormed the "
        "Indian embassy on Sunday.",
    )
    assert ("141", None) in found and ("145", "INDGOV") in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hundreds of protesters set fire to the Turkish consulate in Erbil on Friday.",
            "145",
        ),
        ("Police in Lahore detained 200 protesters on Tuesday.", "173"),
    ],
)
def test_protesters_in_a_coded_act_tell_no_protest_of_their_own(
    coder: Coder, text: str, code: str
) -> None:
    """People named by their protest as the doers of an act the sentence codes, or as
    whom it is done to, give that act, not a second event of protest."""
    found = _events(coder, text)
    assert [f[0] for f in found] == [code], found


def test_protesters_who_do_nothing_else_coded_protest(coder: Coder) -> None:
    """Guard: "protesters gathered" is still their protest."""
    found = _events(
        coder, "Protesters gathered outside parliament in Tbilisi on Sunday."
    )
    assert [f[0] for f in found] == ["141"]
