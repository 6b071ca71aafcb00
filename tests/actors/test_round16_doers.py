"""Doer faults of held-out round 16 (helper-87, session 19), each tested on texts of
our own in wire style (never the held-out texts):

- "the alliance", "the union" after a gang's or a farmers' body whose head word it
  repeats is that body, not the last body of another kind named ("members of the
  alliance" after "the Gran Grif gang alliance" and "a police post" is the gang);
- an acronym in brackets that spells a common word ("(NUNS)") is the body it follows,
  not the word's sector (nuns, REL);
- a private person named in full with an age ("Kato Ssemwanga, 45,"), whom the tagger
  calls a place, is a person of the story's country, and the surname later is too;
- "the attackers" after the fighters of a named armed group are that group;
- owners of a trade's workplaces ("factory owners") are business.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fighters of the Gran Grif gang alliance stormed a police post in Cabaret "
            "on Tuesday and burned three houses.\n\nHaitian police said officers had "
            "killed six members of the alliance on Wednesday.",
            ("18", "HTICOP", "HTICRM"),
        ),
    ],
)
def test_the_anaphor_repeating_a_private_bodys_head_is_that_body(
    coder: Coder, text: str, expected: tuple[str, str, str]
) -> None:
    got = dyads(coder, text)
    assert expected in got, got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Association of Bhutanese Nurses (NUNS) accused the health ministry of "
            "cutting their pay.",
            "BTN",
        ),
    ],
)
def test_a_bracketed_acronym_spelling_a_word_is_the_body(
    coder: Coder, text: str, source: str
) -> None:
    got = dyads(coder, text)
    assert any(r == "11" and s.startswith(source) for r, s, _ in got), got
    assert not any(s.endswith("REL") for _, s, _ in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ugandan police detained Kato Ssemwanga, 45, in Kampala on Monday. "
            "Ssemwanga accused the police of torturing him.",
            {("17", "UGACOP", "UGA"), ("11", "UGA", "UGACOP")},
        ),
    ],
)
def test_a_person_given_an_age_is_of_the_storys_country(
    coder: Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    got = dyads(coder, text)
    assert expected <= got, got


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's place with a bare number is no person
        "NAIROBI, 12 (Reuters) - Police arrested a man in the city.",
        # a place, a number of people
        "Floods hit Port Harcourt, 40, and more towns were cut off.",
    ],
)
def test_a_place_and_a_number_stay_no_person(coder: Coder, text: str) -> None:
    got = dyads(coder, text)
    assert not any(s in ("KEN", "NGA") and r == "17" for r, s, _ in got), got


def test_the_attackers_are_the_armed_groups_fighters_named_before(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "Fighters of the Lord's Resistance Army (LRA) killed nine farmers near "
        "Obo in the Central African Republic on Sunday.\n\nThe Central African "
        "army said its soldiers had killed two of the attackers.",
    )
    assert any(s == "CAFMIL" and t and t.startswith("UGAREB") for _, s, t in got), got


def test_unknown_gunmen_stay_unknown_attackers(coder: Coder) -> None:
    got = dyads(
        coder,
        "Gunmen shot dead two bus drivers in San Salvador on Monday. Police said "
        "officers had arrested three of the attackers.",
    )
    assert ("17", "SLVCOP", "SLVUAF") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Bangladesh Garment Workers Federation accused factory owners of "
        "withholding three months of pay.",
    ],
)
def test_factory_owners_are_business(coder: Coder, text: str) -> None:
    got = dyads(coder, text)
    assert ("11", "BGDLAB", "BGDBUS") in got, got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The National Council of Bishops accused Nicaragua's government of "
            "persecuting priests.",
            "NICREL",
        ),
        (
            "The National Council of Trade Unions in Brazil called on Congress to "
            "reject the pension reform.",
            "BRALAB",
        ),
    ],
)
def test_a_council_of_a_faiths_or_trades_bodies_is_theirs(
    coder: Coder, text: str, source: str
) -> None:
    got = dyads(coder, text)
    assert any(s == source for _, s, _ in got), got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a council of a legislature or of ministers stays the state's
        (
            "The National Council of Uzbekistan's parliament summoned the energy "
            "minister over the blackouts.",
            "UZBLEG",
        ),
    ],
)
def test_a_council_of_a_state_body_stays_the_states(
    coder: Coder, text: str, source: str
) -> None:
    got = dyads(coder, text)
    assert not any(s.endswith(("REL", "LAB")) for _, s, _ in got), got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Israeli jets struck Beirut's southern suburbs on Sunday. Hezbollah said "
            "two of its commanders were killed, and their fighters fired rockets at "
            "Haifa.",
            "LBNREB",
        ),
    ],
)
def test_their_forces_after_an_armed_bodys_clause_are_its(
    coder: Coder, text: str, source: str
) -> None:
    got = dyads(coder, text)
    assert any(r in ("18", "19") and s.startswith(source) for r, s, _ in got), got
    assert not any(
        r in ("18", "19") and s == "ISRMIL" and t and t.startswith("ISR")
        for r, s, t in got
    ), got


def test_their_people_after_a_states_clause_stay_unresolved_by_it(
    coder: Coder,
) -> None:
    # a government is no armed body: "their forces" here is not the ministry's
    got = dyads(
        coder,
        "Pakistani jets bombed hideouts in Khost province overnight. Afghanistan's "
        "foreign ministry said 46 people were killed, and their relatives buried "
        "them on Monday.",
    )
    assert not any(s.startswith("AFGGOV") and r in ("18", "19") for r, s, _ in got)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Gunmen of the Mara Salvatrucha gang shot dead two bus drivers in San "
            "Salvador on Monday.",
            "SLVCRM",
        ),
    ],
)
def test_gunmen_of_a_named_gang_are_the_gangs(
    coder: Coder, text: str, source: str
) -> None:
    got = dyads(coder, text)
    assert any(s == source for _, s, _ in got), got


def test_gunmen_of_a_village_stay_unknown_gunmen(coder: Coder) -> None:
    got = dyads(
        coder,
        "Gunmen from the village of Kuru attacked a police post in Plateau state, "
        "Nigeria.",
    )
    assert any(s == "NGAUAF" for _, s, _ in got), got
