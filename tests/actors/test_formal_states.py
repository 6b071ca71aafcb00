"""A state named by its formal name is the state that acts, its government: "The
State of Kuwait expelled ...", "the Kingdom of Lesotho protested ...", "the Republic of
Malawi signed ..." (as "the Kremlin" is), whether the base lists the formal name or
not. The name a country is usually called by stays the country ("the Czech Republic",
"the Democratic Republic of Congo"), and "the Islamic State" is the group.

Sentences written for these tests in wire style; the first three gave a bare country
(or, unlisted, no doer at all) before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article


def _dyads(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", text=text, published="2026-02-04")
    return [
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in next(iter(coder.code([article]))).events
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a formal name the base lists
        ("The State of Kuwait expelled two Iraqi diplomats on Sunday.", "KWTGOV"),
        # one it does not list: the country's name after "Kingdom of", "Republic of"
        (
            "The Kingdom of Lesotho accused South Africa of closing the border.",
            "LSOGOV",
        ),
        (
            "The Republic of Malawi signed a trade agreement with Zambia on Friday.",
            "MWIGOV",
        ),
    ],
)
def test_a_state_named_formally_is_its_government(
    coder: Coder, text: str, source: str
) -> None:
    dyads = _dyads(coder, text)
    assert dyads and dyads[0][0] == source, dyads


def test_a_formal_name_as_recipient(coder: Coder) -> None:
    dyads = _dyads(coder, "Bolivia accused the Republic of Chile of spying.")
    assert ("BOL", "CHLGOV") in dyads, dyads


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # guards: names a country is usually called by, and the group
        ("The Czech Republic expelled two Russian diplomats on Sunday.", "CZE"),
        (
            "The Democratic Republic of Congo accused Rwanda of backing the rebels.",
            "COD",
        ),
        ("The United States of America accused Iran of backing the rebels.", "USA"),
    ],
)
def test_a_usual_name_stays_the_country(coder: Coder, text: str, source: str) -> None:
    dyads = _dyads(coder, text)
    assert dyads and dyads[0][0] == source, dyads


def test_the_islamic_state_is_no_government(coder: Coder) -> None:
    """Guard: "the Islamic State of Iraq" is the group, not Iraq's government."""
    dyads = _dyads(
        coder, "Fighters of the Islamic State of Iraq attacked a village near Mosul."
    )
    assert all(not s.startswith("IRQGOV") for s, _ in dyads), dyads


def test_a_state_named_formally_is_no_body_a_later_council_is(coder: Coder) -> None:
    """Guard: "the council" after "recognised the State of Palestine" is still the
    council named before, not the state (a state is no body an anaphor points to)."""
    dyads = _dyads(
        coder,
        "The Supreme Council of the Gulf Cooperation Council met in Riyadh on "
        "Thursday. The council welcomed the countries that recognised the State of "
        "Palestine during the year. On Iran, the council called on Tehran to respond "
        "to the UAE's efforts.",
    )
    assert dyads and all(s.startswith("IGO") for s, _ in dyads), dyads
