"""Doer faults of held-out round 15 (helper-77, session 18), each tested on texts of
our own in wire style (never the held-out texts):

- a demonym that names a border ("near the Brazilian border") names the side beyond
  it, not the country of the troops or police the sentence leaves without one; a
  border force's own demonym ("Brazilian border guards") stays theirs;
- people killed by a foreign force's strike who are named by their trade
  ("two paramedics", "three journalists") are not of the strikers' country when the
  sentence names another; with no other country they stay the doers' country's;
- officials who report an act of their own by a pronoun ("officials said THEY had
  arrested 140 Afghan nationals") are not of the country of the foreigners they
  acted on: under a dateline they are the dateline's.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import dyads


@pytest.mark.parametrize(
    "text",
    [
        "Paraguay's army launched an operation against drug gangs in Amambay province "
        "on Thursday. Soldiers killed four smugglers in a gunfight near the Brazilian "
        "border, the army said.",
    ],
)
def test_a_borders_demonym_is_the_side_beyond(coder: Coder, text: str) -> None:
    got = dyads(coder, text)
    assert any(r in ("18", "19") and s == "PRYMIL" for r, s, _ in got), got
    assert not any(s.startswith("BRA") for _, s, _ in got), got


def test_a_border_forces_own_demonym_stays_theirs(coder: Coder) -> None:
    got = dyads(coder, "Brazilian border guards detained four Paraguayan smugglers.")
    assert ("17", "BRACOP", "PRYCRM") in got, got


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "An Israeli drone strike killed two paramedics in a car in Jabalia on "
            "Tuesday, Gaza's civil defence agency said.",
            "PSEHLH",
        ),
    ],
)
def test_a_strikes_victims_by_trade_are_not_the_strikers(
    coder: Coder, text: str, victims: str
) -> None:
    got = dyads(coder, text)
    assert any(s == "ISRMIL" and t == victims for _, s, t in got), got


def test_victims_by_trade_with_no_other_country_stay_the_doers(coder: Coder) -> None:
    got = dyads(coder, "Syrian air strikes killed nine students in Idlib.")
    assert any(s == "SYRMIL" and t == "SYREDU" for _, s, t in got), got


def test_officials_reporting_their_own_arrest_of_foreign_nationals(
    coder: Coder,
) -> None:
    got = dyads(
        coder,
        "ISLAMABAD, May 14 (Reuters) - Officials said on Tuesday they had detained 80 "
        "Afghan nationals at a bus station in the capital. The Taliban administration "
        "in Kabul accused Pakistan of harassing Afghan migrants and urged it to stop "
        "the raids.",
    )
    assert ("17", "PAKGOV", "AFGCVL") in got, got
    assert not any(r == "17" and s.startswith("AFG") for r, s, _ in got), got
