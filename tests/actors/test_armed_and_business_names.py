"""Names and phrases whose own words say what kind of doer they are:

- an army named for a cause ("the Ambazonia Restoration Army", "the X Liberation
  Army") is armed rebels (REB), and so is the acronym the story gives it; a state's
  army ("the Zambia Army", "Syria's Republican Guard") stays MIL;
- armed men of no side named ("two armed factions") are UAF, and a place they are IN
  ("in the Libyan capital, Tripoli") gives only its country, not the government a
  capital's name stands for as a doer ("officials in Tripoli" are still officials);
- a company named for what it does ("Nordvik Energy", "Baltic Shipping") is BUS.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article


def _sources(coder: Coder, text: str) -> list[str]:
    article = Article(id="t", text=text, published="2026-02-04")
    return [e.actor.code for e in next(iter(coder.code([article]))).events]


def test_an_army_named_for_a_cause_and_its_acronym_are_rebels(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Fighters of the Manyu Restoration Army (MRA) abducted a priest in Cameroon on "
        "Saturday. The MRA later ordered schools in the region to close.",
    )
    assert codes and all(c == "CMRREB" for c in codes), codes


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Zambia Army arrested two smugglers near Chipata.", "ZMBMIL"),
        ("Syria's Republican Guard shelled the town of Douma.", "SYRMIL"),
    ],
)
def test_a_states_army_stays_military(coder: Coder, text: str, source: str) -> None:
    """Guards: a state's army, named by its country or a word of no cause."""
    assert _sources(coder, text)[:1] == [source]


def test_armed_factions_in_a_capital_are_no_government(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Two armed factions in the Libyan capital, Tripoli, attacked each other's "
        "positions overnight.",
    )
    assert codes and all(c == "LBYUAF" for c in codes), codes


def test_officials_in_a_capital_are_still_officials(coder: Coder) -> None:
    """Guard: a role of government in a capital stays the government's."""
    assert _sources(coder, "Officials in Tripoli accused Egypt of meddling.") == [
        "LBYGOV"
    ]


def test_a_company_named_for_its_trade_is_a_business(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Nordvik Energy accused the government of Lithuania of breaking the deal.",
    )
    assert codes == ["LTUBUS"], codes
