"""The seed article: what a careful human coder expects from it (issue "End to end")."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.resolve import DocMemory
from eventwire.ingest import read_paths
from eventwire.pipeline import Coder
from eventwire.records import Event


@pytest.fixture(scope="module")
def seed_events(coder: Coder, seed_path: Path) -> list[Event]:
    (article,) = list(read_paths([str(seed_path)]))
    (result,) = list(coder.code([article]))
    return result.events


def test_seed_optimism_is_an_optimistic_comment_by_rusgov_about_syria(
    seed_events: list[Event],
) -> None:
    hits = [e for e in seed_events if e.cameo == "013" and e.actor.code == "RUSGOV"]
    assert hits
    assert all(e.recipient is not None and e.recipient.country == "SYR" for e in hits)
    assert hits[0].date == "2014-12-16"
    assert hits[0].evidence.trigger == "optimistic"


def test_seed_support_for_the_mediator_is_russia_to_un_cooperation(
    seed_events: list[Event],
) -> None:
    hits = [
        e
        for e in seed_events
        if e.actor.country == "RUS"
        and e.recipient is not None
        and e.recipient.code.startswith("IGOUNO")
    ]
    assert hits and all(e.cameo[:2] in ("03", "05") for e in hits)


def test_seed_worth_studying_is_syrgov_considering_the_un_proposal(
    seed_events: list[Event],
) -> None:
    hits = [e for e in seed_events if e.cameo == "014"]
    assert [
        (e.actor.code, e.recipient.code if e.recipient else None) for e in hits
    ] == [("SYRGOV", "IGOUNO")]


def test_seed_ceasefire_plan_is_a_proposal_not_a_ceasefire(
    seed_events: list[Event],
) -> None:
    assert not any(e.cameo.startswith("087") for e in seed_events)
    proposals = [
        e
        for e in seed_events
        if e.actor.code == "IGOUNO" and e.cameo[:2] in ("02", "03")
    ]
    assert proposals and proposals[0].evidence.trigger == "proposed"


def test_seed_arms_supplies_are_military_aid_from_russia_to_syria(
    seed_events: list[Event],
) -> None:
    hits = [e for e in seed_events if e.cameo == "072"]
    assert hits and hits[0].actor.country == "RUS" and hits[0].recipient is not None
    assert hits[0].recipient.country == "SYR"


def test_seed_gives_between_5_and_15_events(seed_events: list[Event]) -> None:
    assert 5 <= len(seed_events) <= 15


# -- document context (issue "Document context") ------------------------------------------


def test_seed_worth_studying_is_dated_november_with_month_precision(
    seed_events: list[Event],
) -> None:
    [hit] = [e for e in seed_events if e.cameo == "014"]
    assert (hit.date, hit.date_precision) == ("2014-11-01", "month")


def test_seed_talks_early_next_year_are_future_and_dated_2015(
    seed_events: list[Event],
) -> None:
    talks = [e for e in seed_events if e.evidence.trigger == "talks"]
    assert talks
    for e in talks:
        assert e.modality.future and e.cameo.startswith("03")
        assert (e.date, e.date_precision) == ("2015-01-01", "year")
        assert {e.actor.country, e.recipient.country if e.recipient else None} == {
            "SYR"
        }


def test_seed_protests_and_their_repression_are_historical_2011(
    seed_events: list[Event],
) -> None:
    background = [e for e in seed_events if e.cameo[:2] in ("14", "17")]
    assert {e.cameo for e in background} >= {"141", "175"}
    for e in background:
        assert e.modality.historical
        assert (e.date, e.date_precision) == ("2011-01-01", "year")


def test_seed_long_standing_backing_is_historical_not_news_of_the_day(
    seed_events: list[Event],
) -> None:
    backing = [e for e in seed_events if e.evidence.trigger in ("backed", "supplies")]
    assert backing
    assert all(e.modality.historical and e.date != "2014-12-16" for e in backing)


def test_seed_ceasefire_proposal_is_located_at_aleppo(seed_events: list[Event]) -> None:
    [proposal] = [e for e in seed_events if e.evidence.trigger == "proposed"]
    place = proposal.location
    assert place is not None and place.country == "SYR"
    assert abs(place.lat - 36.20) <= 0.1 and abs(place.lon - 37.16) <= 0.1
    assert place.precision == "city" and place.geonameid


def test_seed_every_lavrov_mention_is_rusgov(
    coder: Coder, seed_path: Path, seed_events: list[Event]
) -> None:
    lavrov = [e for e in seed_events if e.actor.name == "Sergei Lavrov"]
    assert len(lavrov) >= 2  # the wish for talks ("he"), the support ("we")
    assert all(e.actor.code == "RUSGOV" for e in lavrov)
    # every "Lavrov" in the text, resolved with what the story said before it
    (article,) = list(read_paths([str(seed_path)]))
    doc = coder.nlp(article.text)
    memory = DocMemory()
    coder.events.code_doc(doc, article.published, memory=memory)
    heads = [t for t in doc if t.text == "Lavrov"]
    assert len(heads) == 4
    for tok in heads:
        found = coder.resolver.resolve(tok, article.published, memory)
        assert found is not None and found.actor.code == "RUSGOV", tok.sent


def test_seed_optimism_said_twice_is_one_event_with_two_mentions(
    seed_events: list[Event],
) -> None:
    optimism = [
        e for e in seed_events if e.cameo == "013" and e.recipient.code == "SYRGOV"
    ]
    assert len(optimism) == 1
    [event] = optimism
    assert event.counts["mentions"] == 2
    assert [m["sentence"] for m in event.mentions] == [0, 2]
