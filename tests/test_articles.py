"""Whole articles in wire layout, written for these tests: what the coder takes from the
story around a sentence (datelines, the sentence before) and what it never takes
(captions, agency credits)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Event

PUB = "2024-03-12"  # a Tuesday

# no country is named in the body: the dateline says where the story happens; the
# caption names France and the credit an agency, and neither may count
RAID = (
    "Militants storm army post, kill four soldiers\n"
    "\n"
    "GAO, Mali (AFP) - Islamist militants stormed an army post near Gao on Monday, "
    "killing four soldiers, the army said.\n"
    "\n"
    "Rockets later hit a crowded market in the town, wounding several people, a "
    "local official told AFP.\n"
    "\n"
    "File photo taken on June 3, 2019 shows French soldiers on patrol in the desert. "
    "(AFP Photo/Jean Martin)\n"
    "\n"
    "Police detained three suspects after the attack.\n"
    "\n"
    "Reporting by Amadou Keita; Editing by Sara Lind\n"
)

# a compound recipient, and a mid-story dateline for a second country
TALKS = (
    "Nigerian minister meets Sahel counterparts\n"
    "\n"
    "ABUJA, Nigeria - Nigeria's foreign minister held talks with the foreign ministers "
    "of Niger, Chad and Benin on Monday, his office said.\n"
    "\n"
    "NIAMEY, Niger - Protesters rallied outside the parliament on Tuesday, and police "
    "fired tear gas at the crowd.\n"
)


def _coded(coder: Coder, text: str) -> list[Event]:
    return coder.code_text(text, PUB)


def _triples(events: list[Event]) -> list[tuple[str, str, str | None]]:
    return [
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in events
    ]


def test_articles_dateline_gives_unnamed_actors_their_country(coder: Coder) -> None:
    found = _triples(_coded(coder, RAID))
    # "the army", "police", the militants: Mali, from the dateline alone
    assert any(c == "190" and s == "MLIREB" for c, s, _ in found), found
    assert any(c.startswith("17") and s == "MLICOP" for c, s, _ in found), found


def test_articles_caption_and_credit_are_not_the_story(coder: Coder) -> None:
    events = _coded(coder, RAID)
    codes = {e.actor.code for e in events} | {
        e.recipient.code for e in events if e.recipient
    }
    assert not any(code.startswith("FRA") for code in codes), _triples(events)
    # no event is dated by the caption's date
    assert not any((e.date or "").startswith("2019") for e in events), [
        (e.cameo, e.date) for e in events
    ]


def test_articles_attacker_from_the_sentence_before(coder: Coder) -> None:
    events = _coded(coder, RAID)
    market = [e for e in events if e.evidence.text.startswith("Rockets")]
    assert market, _triples(events)
    assert {
        (e.actor.code, e.recipient.code if e.recipient else None) for e in market
    } == {("MLIREB", "MLICVL")}
    # placed where the story was filed: the sentence names no place of its own
    assert {e.location.name for e in market if e.location} == {"Gao"}


@pytest.mark.parametrize("country", ["NER", "TCD", "BEN"])
def test_articles_compound_recipient_gives_one_event_per_party(
    coder: Coder, country: str
) -> None:
    found = _triples(_coded(coder, TALKS))
    assert ("046", "NGAGOV", f"{country}GOV") in found, found
    assert ("046", f"{country}GOV", "NGAGOV") in found, found


def test_articles_mid_story_dateline_sets_its_paragraph(coder: Coder) -> None:
    events = _coded(coder, TALKS)
    protest = [e for e in events if e.evidence.text.startswith("Protesters")]
    assert protest, _triples(events)
    assert all(e.actor.country == "NER" for e in protest), _triples(protest)
