"""Unknown attackers do not take their victims' nationality ("gunmen kidnapped six
Chinese nationals in Zamfara state" were coded Chinese): foreigners are attacked
abroad, so attackers who borrowed the victims' country from the sentence are of the
country the act was done in. Attackers of their own country's people keep it.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

DAY = "2024-05-14"


def test_unknown_attackers_of_foreigners_are_of_the_place(coder: Coder) -> None:
    events = coder.code_text(
        "Gunmen abducted four Turkish engineers at a dam site in Kogi state, "
        "Nigerian police said.",
        DAY,
    )
    hits = [e for e in events if e.cameo.startswith("18")]
    assert hits and all(
        e.actor.code == "NGAUAF" and e.recipient and e.recipient.code.startswith("TUR")
        for e in hits
    ), [
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in events
    ]


def test_unknown_attackers_of_their_own_people_keep_the_country(coder: Coder) -> None:
    events = coder.code_text(
        "PESHAWAR, Pakistan - Gunmen killed two Pakistani policemen guarding a polio "
        "team on Tuesday, police said.",
        DAY,
    )
    assert any(e.actor.code == "PAKUAF" for e in events), [
        (e.cameo, e.actor.code) for e in events
    ]
