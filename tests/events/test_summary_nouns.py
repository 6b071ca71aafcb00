"""An attack noun that sums up the violence its sentence has told is no second attack
(issue 10: every event it states, and no more). Wire copy closes a report with its
measure: "..., the heaviest shelling of the year", "-- the deadliest attack since
2019". The noun names the same act again; coding it gave a second event whose attacker
was guessed from whatever was named nearby (the drones, the city).

Sentences written for these tests in wire style; each summary noun gave an event before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _events(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            e.cameo,
            e.actor.code if e.actor else None,
            e.recipient.code if e.recipient else None,
        )
        for e in coder.code_text(text, DAY)
    ]


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        (
            "Russia fired 300 drones and 40 missiles at Ukraine overnight, the "
            "Ukrainian air force said, the largest aerial attack of the war.",
            "19",
            "RUS",
        ),
        (
            "Sudanese army aircraft bombed a market in Darfur on Sunday, killing 40 "
            "people -- the deadliest air raid in the region this year.",
            "19",
            "SDNMIL",
        ),
    ],
)
def test_summary_noun_is_the_same_attack(
    coder: Coder, text: str, code: str, source: str
) -> None:
    found = _events(coder, text)
    violent = [f for f in found if f[0][:2] in ("18", "19", "20")]
    assert violent, found
    assert all(f[1] and f[1].startswith(source) for f in violent), found


@pytest.mark.parametrize(
    "text",
    [
        # another attack, at another time, told in its own clause: still coded
        # the noun is the subject of its own clause
        "Militants attacked a convoy in Kunduz on Friday, a day after a suicide "
        "bombing at a police post killed three officers.",
    ],
)
def test_another_attack_is_still_coded(coder: Coder, text: str) -> None:
    found = _events(coder, text)
    assert len([f for f in found if f[0][:2] in ("18", "19", "20")]) >= 2, found
