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


# the headline and the body tell one agreement; the meeting is in another country's
# capital; an attack "last week" in a county the gazetteer lacks; "the following day"
BORDER = (
    "Kenya, Somalia agree to reopen border\n"
    "\n"
    "NAIROBI, March 15 (Reuters) - Kenya and Somalia agreed on Tuesday to reopen their "
    "common border, officials from both countries said.\n"
    "\n"
    "Kenya's foreign minister met her Somali counterpart in the Somali capital on "
    "Monday to settle the last details, the ministry said.\n"
    "\n"
    "Suspected al Shabaab militants attacked a police post in Kenya's Mandera county "
    "last week, killing three officers, police said.\n"
    "\n"
    "Somali traders protested outside the parliament in Mogadishu on Sunday. Police "
    "arrested dozens of traders the following day.\n"
)
BORDER_PUB = "2023-03-15"  # a Wednesday

# filed from Geneva about Sudan: a U.N. office speaks where the story is filed, an old
# agreement is not placed there, "at the weekend", "the previous day"
DARFUR = (
    "U.N. accuses Sudan paramilitaries of killings\n"
    "\n"
    "GENEVA, Sept 8 (Reuters) - The U.N. human rights office on Friday accused Sudan's "
    "paramilitary Rapid Support Forces of killing dozens of civilians in West Darfur "
    "last month.\n"
    "\n"
    "Sudan and Egypt agreed in mid-August to reopen a border crossing.\n"
    "\n"
    "Gunmen killed 20 villagers in a raid on a village near the town of Geneina at "
    "the weekend, witnesses said.\n"
    "\n"
    "The army said militants attacked a checkpoint in Darfur on Wednesday. Troops "
    "killed five of the attackers the previous day.\n"
)
DARFUR_PUB = "2023-09-08"  # a Friday


def _starting(events: list[Event], words: str) -> list[Event]:
    found = [e for e in events if e.evidence.text.startswith(words)]
    assert found, _triples(events)
    return found


def test_articles_headline_joins_the_body_report(coder: Coder) -> None:
    for text, pub, code, body in (
        (BORDER, BORDER_PUB, "030", "2023-03-14"),
        (DARFUR, DARFUR_PUB, "112", "2023-09-08"),
    ):
        events = coder.code_text(text, pub)
        # no event stands on the headline alone: it is a mention of the body's
        assert not any(e.sentence == 0 for e in events), _triples(events)
        joined = [e for e in events if 0 in [m["sentence"] for m in e.mentions]]
        assert [(e.cameo, e.date) for e in joined] == [(code, body)]
        assert joined[0].counts["mentions"] == 2


def test_articles_dates_and_places_of_a_story_filed_in_one_capital(
    coder: Coder,
) -> None:
    events = coder.code_text(BORDER, BORDER_PUB)
    agreed = _starting(events, "Kenya and Somalia agreed")
    # the agreement names no place: the dateline's, as both sides' talks were there
    assert {(e.date, e.location.name if e.location else None) for e in agreed} == {
        ("2023-03-14", "Nairobi")
    }
    met = _starting(events, "Kenya's foreign minister met")
    assert {(e.location.name, e.location.country) for e in met if e.location} == {
        ("Mogadishu", "SOM")
    }
    attack = _starting(events, "Suspected al Shabaab")
    assert {(e.date, e.date_precision) for e in attack} == {("2023-03-08", "month")}
    assert {
        (e.location.name, e.location.country, e.location.precision)
        for e in attack
        if e.location
    } == {("Mandera county", "KEN", "admin1")}
    arrests = _starting(events, "Police arrested")
    assert {e.date for e in arrests} == {"2023-03-13"}  # the day after Sunday


def test_articles_dates_and_places_of_a_story_filed_from_elsewhere(
    coder: Coder,
) -> None:
    events = coder.code_text(DARFUR, DARFUR_PUB)
    accused = _starting(events, "The U.N. human rights office")
    # the killings were last month; the accusation is Friday's, made in Geneva
    assert {(e.date, e.location.name if e.location else None) for e in accused} == {
        ("2023-09-08", "Geneva")
    }
    agreed = _starting(events, "Sudan and Egypt agreed")
    assert {(e.date, e.date_precision, e.location) for e in agreed} == {
        ("2023-08-01", "month", None)
    }
    raid = _starting(events, "Gunmen killed")
    assert {(e.date, e.location.name, e.location.country) for e in raid} == {
        ("2023-09-02", "Geneina", "SDN")  # the weekend's Saturday
    }
    troops = _starting(events, "The army said militants attacked")
    assert {e.date for e in troops} == {"2023-09-06"}
    later = _starting(events, "Troops killed")
    assert {e.date for e in later} == {"2023-09-05"}  # the day before that Wednesday


# the dateline's day is the story's: a feed may stamp it a day later (another time
# zone), and a dateline with its year dates a text that comes with no date at all
STAMPED = (
    "Police arrest suspects in border post attack\n"
    "\n"
    "ISLAMABAD, {day} (Reuters) - Police arrested four suspects today, the army "
    "said.\n"
    "\n"
    "Militants attacked a border post on Friday.\n"
)


@pytest.mark.parametrize(
    ("day", "published", "arrests", "attack"),
    [
        ("Jan 25", "2024-01-25", "2024-01-25", "2024-01-19"),
        # stamped the next day: still Thursday's story, and its Friday is last week's
        ("Jan 25", "2024-01-26", "2024-01-25", "2024-01-19"),
        ("Jan 25, 2024", None, "2024-01-25", "2024-01-19"),
        # no year and no publication date: no day can be known
        ("Jan 25", None, None, None),
        # a dateline far from the publication date is not trusted over it
        ("Jan 5", "2024-01-25", "2024-01-25", "2024-01-19"),
    ],
)
def test_articles_the_datelines_day_is_the_storys(
    coder: Coder, day: str, published: str | None, arrests: str, attack: str
) -> None:
    events = coder.code_text(STAMPED.format(day=day), published)
    arrested = [e for e in events if e.evidence.text.startswith("Police arrested")]
    attacked = [e for e in events if e.evidence.text.startswith("Militants")]
    assert arrested and attacked, events
    assert {e.date for e in arrested} == {arrests}
    assert {e.date for e in attacked} == {attack}
