"""Merging events within an article and across articles, on hand-built records."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.dedup import merge_article, merge_corpus, one_a_day, source_of
from eventwire.records import Actor, Event, Place

from ._make import article, event


def _mention(article_id: str, sentence: int) -> dict[str, object]:
    return {
        "article_id": article_id,
        "sentence": sentence,
        "start": sentence * 100,
        "end": sentence * 100 + 90,
    }


# -- merge_article ------------------------------------------------------------------------
def test_merge_article_merges_repeats_and_keeps_every_mention() -> None:
    first, again = event(sentence=0), event(sentence=3, cameo="1941")
    merged = merge_article([again, first])
    assert len(merged) == 1
    (one,) = merged
    assert (one.sentence, one.cameo) == (
        0,
        "194",
    )  # the first sentence's event and code
    assert one.mentions == [_mention("a1", 0), _mention("a1", 3)]
    assert one.counts == {"mentions": 2, "sources": 1, "articles": 1}
    assert one.event_id == first.event_id
    assert first.mentions == [] and first.counts["mentions"] == 1  # inputs untouched


def test_merge_article_counts_a_sentence_once() -> None:
    # two triggers in one sentence saying the same thing: one mention
    merged = merge_article([event(sentence=1), event(sentence=1)])
    assert len(merged) == 1
    assert merged[0].counts["mentions"] == 1


def test_merge_article_merges_dates_a_day_apart_and_no_recipient_with_none() -> None:
    merged = merge_article(
        [
            event(sentence=0, recipient=None, date="2024-03-04"),
            event(sentence=1, recipient=None, date="2024-03-05"),
        ]
    )
    assert [e.counts["mentions"] for e in merged] == [2]


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(event(sentence=2, recipient="IRQ"), id="different recipient"),
        pytest.param(event(sentence=2, recipient=None), id="recipient against none"),
        pytest.param(event(sentence=2, actor="TUR"), id="different actor"),
        pytest.param(event(sentence=2, cameo="190"), id="different base code"),
        pytest.param(event(sentence=2, date="2024-03-06"), id="two days apart"),
        pytest.param(event(sentence=2, date=None), id="no date against a date"),
        pytest.param(
            event(sentence=2, date="2024-03-01", precision="month"),
            id="month against a day",
        ),
        pytest.param(event(sentence=2, negated=True), id="negated against asserted"),
        pytest.param(event(sentence=2, hypothetical=True), id="hypothetical"),
        pytest.param(event(sentence=2, future=True), id="future"),
    ],
)
def test_merge_article_keeps_different_events_apart(other: object) -> None:
    merged = merge_article([event(sentence=0), other])  # type: ignore[list-item]
    assert len(merged) == 2
    assert [e.sentence for e in merged] == [0, 2]
    assert all(e.counts["mentions"] == 1 for e in merged)


def test_merge_article_orders_by_first_sentence() -> None:
    events = [
        event(sentence=4, cameo="112", actor="TUR"),
        event(sentence=1),
        event(sentence=2, cameo="112", actor="TUR"),
        event(sentence=5),
    ]
    merged = merge_article(events)
    assert [(e.sentence, e.cameo, e.counts["mentions"]) for e in merged] == [
        (1, "194", 2),
        (2, "112", 2),
    ]


def test_merge_article_does_not_chain_dates() -> None:
    # days 1, 2, 3: day 3 is two days from the group's first date, so it stays apart
    merged = merge_article(
        [
            event(sentence=0, date="2024-03-01"),
            event(sentence=1, date="2024-03-02"),
            event(sentence=2, date="2024-03-03"),
        ]
    )
    assert [(e.date, e.counts["mentions"]) for e in merged] == [
        ("2024-03-01", 2),
        ("2024-03-03", 1),
    ]


def test_merge_article_never_merges_two_articles() -> None:
    merged = merge_article([event("a1"), event("a2")])
    assert len(merged) == 2


# -- merge_corpus -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("second_date", "window_days", "expected"),
    [
        ("2024-03-05", 1, 1),  # exactly one day: merged
        ("2024-03-06", 1, 2),  # two days: apart
        ("2024-03-06", 2, 1),
        ("2024-03-05", 0, 2),
        ("2024-03-04", 0, 1),
    ],
)
def test_merge_corpus_date_window_edge(
    second_date: str, window_days: int, expected: int
) -> None:
    results = [
        (article("a1", "Northern Wire"), [event("a1", date="2024-03-04")]),
        (article("a2", "Capital Post"), [event("a2", date=second_date)]),
    ]
    assert len(merge_corpus(results, window_days)) == expected


def test_merge_corpus_counts_mentions_sources_and_articles() -> None:
    results = [
        (article("a1", "Northern Wire"), [event("a1", 0), event("a1", 2)]),
        (
            article("a2", "Capital Post"),
            [event("a2", 1, date="2024-03-05"), event("a2", 3, cameo="112")],
        ),
        # a second article from the same outlet adds an article, not a source
        (article("a3", " northern wire "), [event("a3", 0, cameo="1941")]),
    ]
    merged = merge_corpus(results)
    assert len(merged) == 2
    shelling, other = merged
    assert shelling.article_id == "a1" and shelling.sentence == 0
    assert shelling.mentions == [
        _mention("a1", 0),
        _mention("a1", 2),
        _mention("a2", 1),
        _mention("a3", 0),
    ]
    assert shelling.counts == {"mentions": 4, "sources": 2, "articles": 3}
    assert (other.article_id, other.cameo) == ("a2", "112")
    assert other.counts == {"mentions": 1, "sources": 1, "articles": 1}


def test_merge_corpus_representative_is_earliest_dated() -> None:
    results = [
        (article("late", "Harbor Daily"), [event("late", date="2024-03-05")]),
        (article("early", "Capital Post"), [event("early", date="2024-03-04")]),
    ]
    (one,) = merge_corpus(results)
    assert (one.article_id, one.date) == ("early", "2024-03-04")
    assert [m["article_id"] for m in one.mentions] == ["late", "early"]


def test_merge_corpus_anchors_on_the_earliest_date() -> None:
    # articles on days 1, 2 and 3: days 1-2 are one event, day 3 another
    results = [
        (
            article(f"a{day}", f"outlet {day}"),
            [event(f"a{day}", date=f"2024-03-0{day}")],
        )
        for day in (3, 1, 2)
    ]
    merged = merge_corpus(results)
    assert sorted((e.date, e.counts["articles"]) for e in merged) == [
        ("2024-03-01", 2),
        ("2024-03-03", 1),
    ]


def test_merge_corpus_rejects_a_negative_window() -> None:
    with pytest.raises(ValueError, match="window_days"):
        merge_corpus([], window_days=-1)


@pytest.mark.parametrize(
    ("source", "url", "expected"),
    [
        ("Northern Wire", "https://other.example/x", "northern wire"),
        (None, "https://www.harbordaily.example/2024/story", "harbordaily.example"),
        ("  ", None, "a1"),
        (None, "not a url", "a1"),
    ],
)
def test_source_of_falls_back_to_host_then_id(
    source: str | None, url: str | None, expected: str
) -> None:
    assert source_of(article("a1", source, url)) == expected


def test_merge_corpus_counts_sources_by_host_without_names() -> None:
    results = [
        (article("a1", url="https://www.wire.example/1"), [event("a1")]),
        (article("a2", url="https://wire.example/2"), [event("a2")]),
        (article("a3"), [event("a3")]),
    ]
    (one,) = merge_corpus(results)
    assert one.counts == {"mentions": 3, "sources": 2, "articles": 3}


# -- one_a_day ----------------------------------------------------------------------------
def test_one_a_day_keeps_the_first_per_dyad_code_and_day() -> None:
    events = [
        event("a1", 0),
        event("a2", 0),  # same key: dropped
        event("a1", 1, cameo="1941"),  # full code differs: kept
        event("a1", 2, date="2024-03-05"),  # another day: kept
        event("a1", 3, recipient="IRQ"),  # another recipient: kept
        event("a3", 0, date="2024-03-05"),  # same as the day-2 one: dropped
    ]
    kept = one_a_day(events)
    assert kept == [events[0], events[2], events[3], events[4]]
    assert all(e.counts == {"mentions": 1, "sources": 1, "articles": 1} for e in kept)


# -- the headline's event joins the body's report -----------------------------------------
def _agree(
    sentence: int, actor: str, recipient: str | None, future: bool = False
) -> Event:
    """An agreement: the headline's dated by publication, the body's the day before."""
    return event(
        sentence=sentence,
        actor=actor,
        recipient=recipient,
        cameo="030",
        date="2023-03-15" if sentence == 0 else "2023-03-14",
        future=future,
        quad_class=1,
    )


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # "Kenya, Somalia agree ..." and "Kenya's foreign minister and her Somali
        # counterpart agreed on Tuesday ...": the pair in the other order, with sectors
        (("SOM", "KEN"), ("KENGOV", "SOMGOV")),
        (("KEN", "SOM"), ("KENGOV", "SOMGOV")),
        (("KENGOV", "SOMGOV"), ("KENGOV", "SOMGOV")),
        # a headline that names no recipient
        (("KEN", None), ("KENGOV", "SOMGOV")),
    ],
)
def test_merge_article_headline_joins_the_body_report(
    head: tuple[str, str | None], body: tuple[str, str]
) -> None:
    headline, report = _agree(0, *head), _agree(2, *body)
    merged = merge_article([headline, report], headline=0)
    assert len(merged) == 1
    (one,) = merged
    # the body's report stands for it: its dyad and date, the headline a mention
    assert (one.sentence, one.actor.code, one.date) == (2, body[0], "2023-03-14")
    assert [m["sentence"] for m in one.mentions] == [0, 2]
    assert one.counts["mentions"] == 2


def test_merge_article_headline_of_a_general_code_joins_a_specific_report() -> None:
    headline = event(sentence=0, actor="TUR", recipient="SYR", cameo="190")
    report = event(sentence=1, actor="TURMIL", recipient="SYR", cameo="194")
    (one,) = merge_article([headline, report], headline=0)
    assert (one.cameo, [m["sentence"] for m in one.mentions]) == ("194", [0, 1])


@pytest.mark.parametrize(
    ("head", "body", "why"),
    [
        # conflict keeps its direction: Syria shelling Turkey is another attack
        (("TUR", "SYR", "190", 4), ("SYRMIL", "TUR", "194", 4), "direction"),
        # another country
        (("TUR", "IRQ", "190", 4), ("TURMIL", "SYR", "194", 4), "country"),
        # another sector of the same country
        (("KENOPP", "SOM", "030", 1), ("KENGOV", "SOMGOV", "030", 1), "sector"),
        # another kind of event
        (("KEN", "SOM", "036", 1), ("KENGOV", "SOMGOV", "057", 1), "code"),
    ],
)
def test_merge_article_headline_stays_apart_from_other_happenings(
    head: tuple[str, str, str, int], body: tuple[str, str, str, int], why: str
) -> None:
    headline = event(
        sentence=0, actor=head[0], recipient=head[1], cameo=head[2], quad_class=head[3]
    )
    report = event(
        sentence=1, actor=body[0], recipient=body[1], cameo=body[2], quad_class=body[3]
    )
    assert len(merge_article([headline, report], headline=0)) == 2, why


def test_merge_article_headline_keeps_modality_apart() -> None:
    headline = _agree(0, "KEN", "SOM", future=True)
    report = _agree(1, "KENGOV", "SOMGOV")
    assert len(merge_article([headline, report], headline=0)) == 2


def test_merge_article_without_headline_does_not_join_the_first_sentence() -> None:
    # the first sentence of a story with no headline is a report like any other: a
    # day apart from the next one's and with another dyad, it stays its own event
    first, second = _agree(0, "SOM", "KEN"), _agree(2, "KENGOV", "SOMGOV")
    assert len(merge_article([first, second])) == 2


def test_merge_article_headline_joins_a_report_by_a_more_specific_actor() -> None:
    # "U.N. accuses Sudan paramilitaries ..." and "The U.N. human rights office accused
    # the Rapid Support Forces ...": each side's code is the start of the body's
    un = Actor("U.N.", "IGOUNO")
    office = Actor("The U.N. human rights office", "IGOUNOHCH")
    paramilitaries = Actor(
        "Sudan paramilitaries", "SDNREB", country="SDN", sector="REB"
    )
    rsf = Actor("Rapid Support Forces", "SDNREBRSF", country="SDN", sector="REB")
    headline = replace(
        event(sentence=0, cameo="112"), actor=un, recipient=paramilitaries
    )
    report = replace(event(sentence=1, cameo="112"), actor=office, recipient=rsf)
    (one,) = merge_article([headline, report], headline=0)
    assert one.actor.code == "IGOUNOHCH"
    assert [m["sentence"] for m in one.mentions] == [0, 1]


def test_merge_article_headline_with_a_misread_recipient_joins_the_lead() -> None:
    # "Pakistan's Imran Khan arrested outside court": the court read as the one
    # arrested; the lead tells the arrest by the same actor
    court = Actor("court", "TURJUD", country="TUR", sector="JUD")
    headline = replace(event(sentence=0, actor="TUR", cameo="173"), recipient=court)
    report = event(sentence=1, actor="TURMIL", recipient="SYR", cameo="173")
    (one,) = merge_article([headline, report], headline=0)
    assert [m["sentence"] for m in one.mentions] == [0, 1]


def test_merge_article_headline_joins_a_lead_placed_in_its_recipient_country() -> None:
    # "Turkish strikes on Damascus ..." and "Turkish jets struck Iraqi fighters in
    # Syria": Syria is where the report's strike was
    headline = event(sentence=0, actor="TUR", recipient="SYR", cameo="190")
    report = replace(
        event(sentence=1, actor="TURMIL", recipient="IRQ", cameo="195"),
        location=Place("Syria", "SYR", precision="country"),
    )
    (one,) = merge_article([headline, report], headline=0)
    assert [m["sentence"] for m in one.mentions] == [0, 1]
    # not so when the strike was elsewhere, or is past the story's first sentences
    elsewhere = replace(report, location=Place("Iraq", "IRQ", precision="country"))
    assert len(merge_article([headline, elsewhere], headline=0)) == 2
    late = replace(report, sentence=5)
    assert len(merge_article([headline, late], headline=0)) == 2


def test_merge_article_takes_the_date_a_later_report_states() -> None:
    """ "Protesters blocked a bridge" (the filing day), then "... blocked the bridge on
    Saturday": the happening is of the day the text states, at the place it names."""
    city = Place("Ankara", "TUR", precision="city")
    summary = replace(
        event(sentence=1, date="2024-03-05"),
        location=Place("Turkey", "TUR", precision="country"),
    )
    report = replace(event(sentence=2, date="2024-03-04"), location=city, dated=True)
    (one,) = merge_article([summary, report])
    assert (one.sentence, one.date, one.location) == (1, "2024-03-04", city)
    assert len(one.mentions) == 2


def test_merge_article_keeps_a_date_its_first_report_states() -> None:
    """Guard: a representative that states its own date and town keeps them."""
    town = Place("Izmir", "TUR", precision="city")
    first = replace(event(sentence=1, date="2024-03-05"), location=town, dated=True)
    later = replace(
        event(sentence=4, date="2024-03-04"),
        location=Place("Ankara", "TUR", precision="city"),
        dated=True,
    )
    (one,) = merge_article([first, later])
    assert (one.date, one.location) == ("2024-03-05", town)


def test_merge_article_keeps_the_filing_day_of_a_report_from_another_town() -> None:
    """Guard: police fire in one town (the filing day) and, stated, the night before
    in another are not one report's date."""
    here = Place("Izmir", "TUR", precision="city")
    first = replace(event(sentence=1, date="2024-03-05"), location=here)
    later = replace(
        event(sentence=4, date="2024-03-04"),
        location=Place("Ankara", "TUR", precision="city"),
        dated=True,
    )
    (one,) = merge_article([first, later])
    assert (one.date, one.location) == ("2024-03-05", here)
