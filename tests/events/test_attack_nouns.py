"""Whom an attack hit when the attack is a noun ("air strikes hit the city of
Aleppo"), when the place phrase hangs on the verb ("destroyed two houses in the
Lebanese town of ..."), and who is not its maker ("..., the Houthi-run news agency
said"). Issue 10: "an attack on a place has that place's civilians as the recipient";
"unidentified attackers is the last resort".

Sentences written for these tests in wire style; each had no recipient, or the doer's
country for it, or the teller for the attacker, before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

DAY = "2024-05-14"


def _force(coder: Coder, text: str) -> list:
    return [e for e in coder.code_text(text, DAY) if e.cameo[:2] in ("18", "19")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the noun's verb struck the place
        (
            "Turkish air strikes hit the city of Aleppo on Friday, Syrian state media said.",
            "SYRCVL",
        ),
        (
            "Israeli strikes pounded Jabalia overnight, Palestinian medics said.",
            "PSECVL",
        ),
        # the place phrase under the verb says where the houses stand
        (
            "Israeli shelling destroyed two houses in the southern Lebanese town of Bint Jbeil.",
            "LBNCVL",
        ),
    ],
)
def test_an_attack_noun_hits_what_its_verb_hit(
    coder: Coder, text: str, target: str
) -> None:
    events = _force(coder, text)
    assert events and all(
        e.recipient is not None and e.recipient.code == target for e in events
    ), [(e.cameo, e.recipient.code if e.recipient else None) for e in events]


def test_who_tells_of_an_attack_and_its_words_are_not_its_maker(coder: Coder) -> None:
    events = _force(
        coder,
        "Air strikes hit a fuel depot in the port city, Yemen's Houthi-run Saba news "
        "agency said.",
    )
    assert events and all(e.actor.code == "UAF" for e in events), [
        (e.cameo, e.actor.code) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "An army truck was struck by a roadside bomb near Kandahar on Monday, "
            "Afghan officials said.",
            "1833",
        ),
        (
            "A police convoy was hit by a car bomb in Mogadishu, Somali police said.",
            "1832",
        ),
    ],
)
def test_the_weapon_of_a_passive_says_what_kind_of_attack(
    coder: Coder, text: str, code: str
) -> None:
    assert [e.cameo for e in _force(coder, text)] == [code]
