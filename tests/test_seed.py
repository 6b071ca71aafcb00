"""The seed article: what a careful human coder expects from it (issue "End to end")."""

from __future__ import annotations

from pathlib import Path

import pytest

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
