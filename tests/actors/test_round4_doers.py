"""Doers and recipients of the kinds the held-out doers set's fourth round found
coded wrong or not at all (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids
'r4-'): the mechanisms behind them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

_DAY = "2024-03-12"


def _dyads(coder: Coder, text: str) -> set[tuple[str, str, str | None]]:
    return {
        (e.cameo[:2], e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, _DAY)
    }


# everyday people are actors when they act politically: drivers who strike or block
# roads are workers, shoppers who boycott and fans who riot are civilians, a diaspora
# is its country's people, exiles are the opposition abroad
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Bus drivers in Lagos walked off the job to protest against the state "
            "government.",
            ("14", "NGALAB", "NGAGOV"),
        ),
        (
            "Polish lorry drivers protested against the government's new road tolls.",
            ("14", "POLLAB", "POLGOV"),
        ),
        (
            "Shoppers in Jakarta boycotted French products after the remarks.",
            ("14", "IDNCVL", "FRA"),
        ),
        (
            "Soccer fans in Cairo clashed with riot police after the final.",
            ("19", "EGYCVL", "EGYCOP"),
        ),
        (
            "The Lebanese diaspora in Brazil urged Brasilia to send aid to Beirut.",
            ("02", "LBNCVL", "BRAGOV"),
        ),
        (
            "Syrian exiles in Berlin urged Germany to stop deporting refugees.",
            ("02", "SYROPP", "DEU"),
        ),
    ],
)
def test_everyday_people_who_act_politically(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# ... and nobody when they do nothing political
@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Lagos waited for hours as floods closed the main road.",
        "Soccer fans in Cairo celebrated late into the night after the final.",
        "Shoppers in Jakarta bought more cars this year than last.",
    ],
)
def test_everyday_people_who_do_nothing_political(coder: Coder, text: str) -> None:
    assert not coder.code_text(text, _DAY)


# the envoy who stands in for an ambassador is the government's
def test_the_charge_d_affaires_is_the_government(coder: Coder) -> None:
    dyads = _dyads(coder, "Spain summoned Israel's charge d'affaires on Tuesday.")
    assert any(target == "ISRGOV" for _, _, target in dyads), dyads


# the leaders and groups of a faith are religious, not the government ("leaders")
# or the opposition ("protesters")
def test_leaders_of_a_faith_are_religious(coder: Coder) -> None:
    dyads = _dyads(coder, "Muslim leaders in Kenya criticised the police on Friday.")
    assert ("11", "KENREL", "KENCOP") in dyads


# the peoples of a country's own regions are its people, wherever they are
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Tibetan exiles in Delhi accused Beijing of jailing monks.", "CHNOPP"),
        (
            "Uighur activists in Munich urged Germany to stop buying Chinese cotton.",
            "CHNOPP",
        ),
        ("Rohingya refugees in Malaysia urged Thailand to take in boats.", "MMRREF"),
    ],
)
def test_a_people_of_a_country_is_that_country(
    coder: Coder, text: str, source: str
) -> None:
    assert any(s == source for _, s, _ in _dyads(coder, text))
