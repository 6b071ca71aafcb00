"""A state body with no country of its own words, dealing with a country's own
opposition, rebels or people, is that country's, not the country named nearest to it
in the sentence (issue 10: "12% of labelled events had the wrong or missing
recipient"). Forces are so only as "government forces": troops abroad fight rebels in
other countries.

Sentences written for these tests in wire style; each gave the state body the
country named nearest before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        (
            "Zambian opposition leader Hakainde Kalaba accused the government of "
            "selling copper mines to Chinese firms.",
            "112",
            "ZMBOPP",
            "ZMBGOV",
        ),
        (
            "Armed opposition fighters in Myanmar said they had ambushed government "
            "troops near the Chinese border.",
            "190",
            "MMR",
            "MMRMIL",
        ),
    ],
)
def test_a_state_body_dealing_with_its_own_people_is_theirs(
    coder: Coder, text: str, code: str, source: str, target: str
) -> None:
    check_codes(coder, text, code, source, target)


def test_troops_named_with_their_country_stay_theirs(coder: Coder) -> None:
    events = coder.code_text(
        "Kenyan troops repelled an attack by al-Shabab militants on their base in "
        "Somalia.",
        "2024-05-14",
    )
    pairs = {(e.actor.code, e.recipient.code if e.recipient else None) for e in events}
    assert ("KENMIL", "SOMREBSHB") in pairs, pairs
    assert not any("SOMMIL" in p for p in pairs), pairs
