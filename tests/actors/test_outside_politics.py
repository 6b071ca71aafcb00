"""People and names from outside politics: sport, the arts, entertainment. A club
named after a capital is not its government, a coach or an actor is a private person
of a country, not the country, and a football league is no armed group. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

_DAY = "2024-05-25"


def _events(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, _DAY)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a club named after a capital: no government beat anyone
        "Real Madrid beat Barcelona 3-1 on Sunday to go top of La Liga.",
        "Spartak Moscow fans attacked the referee after the match.",
        # a foreign coach's praise of his players is no country's praise
        "Al Ahly's Swiss coach Marcel Koller praised his players for their patience "
        "in front of a crowd of 50,000.",
    ],
)
def test_sport_makes_no_state_an_actor(coder: Coder, text: str) -> None:
    found = _events(coder, text)
    assert not any(
        code.endswith("GOV") or len(code) == 3 or code.startswith("MEX")
        for _, s, t in found
        for code in (s, t or "")
        if code
    ), found


def test_an_actor_arrested_abroad_is_a_private_person(coder: Coder) -> None:
    found = _events(
        coder, "The Australian actor was arrested in Los Angeles on Tuesday."
    )
    assert ("173", "USACOP", "AUSCVL") in found, found


def test_a_capital_s_part_and_a_city_court_stay_the_state_s(coder: Coder) -> None:
    found = _events(coder, "The Moscow City Court jailed the opposition activist.")
    assert any(s == "RUSJUD" for _, s, _ in found), found
    found = _events(
        coder,
        "Israel threatened to ban voting in East Jerusalem if Hamas ran in the "
        "election.",
    )
    assert any(c.startswith("13") for c, _, _ in found), found
