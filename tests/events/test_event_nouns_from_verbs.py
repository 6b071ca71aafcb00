"""An event noun made from a verb stands for the event the story told with that verb
("the suspension" after "suspended", "the withdrawal" after "withdrew"), as "the arrest"
already stood for an arrest (issue 10: reactions to things have the thing's doer as
their recipient). Before, only nouns in the grammar's anaphora list and -ing forms were
looked up, so "welcomed the suspension" had no recipient, or no event at all.

Stories written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.events.arguments import _verbs_of
from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _targets(coder: Coder, text: str, code: str) -> list[str | None]:
    return [
        e.recipient.code if e.recipient else None
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith(code)
    ]


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        (
            "Mali withdrew its ambassador from Algeria on Monday. Algeria criticised "
            "the withdrawal.",
            "111",
            "MLI",
        ),
        (
            "Hungary's parliament suspended the broadcaster's licence on Monday. The "
            "European Commission condemned the suspension.",
            "111",
            "HUNLEG",
        ),
        (
            "Germany and the Netherlands suspended budget support to South Sudan on "
            "Friday. The main opposition SPLM-IO welcomed the suspension.",
            "051",
            "NLD",
        ),
    ],
)
def test_a_noun_from_a_verb_is_that_event_s_doer(
    coder: Coder, text: str, code: str, target: str
) -> None:
    assert target in _targets(coder, text, code)


def test_guard_a_noun_of_another_verb_is_not_the_event() -> None:
    # guard (passes before and after): the forms are the verb's own, not any word
    # that shares its first letters
    assert "sign" not in _verbs_of("signature")
    assert "suspend" in _verbs_of("suspension")
    assert "withdraw" in _verbs_of("withdrawal")
    assert "close" in _verbs_of("closure")
    assert "deport" in _verbs_of("deportation")


def test_guard_no_event_told_with_the_verb_gives_no_recipient(coder: Coder) -> None:
    # guard: the story told no suspending, so "the suspension" names no one
    text = (
        "Germany and the Netherlands met South Sudan's finance minister on Friday. "
        "The main opposition SPLM-IO welcomed the suspension."
    )
    assert "NLD" not in _targets(coder, text, "05")
    assert "DEU" not in _targets(coder, text, "05")


def test_an_event_of_several_doers_is_a_reaction_to_each(coder: Coder) -> None:
    # one word told the suspension of two governments: welcoming it is done to both
    # (before, to the last one named)
    text = (
        "Norway and Denmark froze development aid to Malawi on Thursday, citing "
        "misused funds. The opposition Democratic Progressive Party welcomed the "
        "freezing of aid."
    )
    assert {"NOR", "DNK"} <= set(_targets(coder, text, "05"))


def test_guard_one_doer_s_event_is_a_reaction_to_that_doer_alone(
    coder: Coder,
) -> None:
    # guard: the parties are those of one event, not of every event told with the
    # word ("Norway froze ... Denmark froze ..." are two events)
    text = (
        "Norway froze development aid to Malawi on Thursday. Denmark froze its aid to "
        "Zambia on Friday. The opposition in Lusaka welcomed the freezing of aid."
    )
    assert "NOR" not in _targets(coder, text, "05")
