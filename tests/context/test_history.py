"""Background events: flagged historical and dated by the text, never the publication day."""

from __future__ import annotations

import pytest

from eventwire.context.history import dated_before_news, earlier_years
from eventwire.pipeline import Coder

PUB = "2023-06-14"


def _events(coder: Coder, text: str):
    return coder.code_text(text, PUB)


@pytest.mark.parametrize(
    "text",
    [
        "Iran has long backed Hezbollah with weapons and money.",
        "Qatar has funded Hamas for years.",
        "Russia has supplied weapons to Syria since 2011.",
    ],
)
def test_long_standing_acts_are_historical_and_undated(coder: Coder, text: str) -> None:
    events = _events(coder, text)
    assert events, text
    for e in events:
        assert e.modality.historical, e
        assert e.date != PUB


def test_act_the_text_dates_years_back_is_historical(coder: Coder) -> None:
    [e] = [e for e in _events(coder, "Ethiopian troops attacked Eritrea in 1998.")]
    assert e.modality.historical
    assert (e.date, e.date_precision) == ("1998-01-01", "year")


def test_origin_sentence_takes_the_year_the_story_named_before(coder: Coder) -> None:
    text = (
        "Ukraine has fought Russian forces since the 2014 annexation of Crimea. "
        "The conflict began with street protests against Ukrainian President Viktor "
        "Yanukovych, and police fired on the protesters."
    )
    background = [e for e in _events(coder, text) if e.sentence == 1]
    assert background
    for e in background:
        assert e.modality.historical
        assert (e.date, e.date_precision) == ("2014-01-01", "year")


def test_news_of_the_day_is_not_historical(coder: Coder) -> None:
    events = _events(coder, "Kenyan police arrested opposition leaders on Tuesday.")
    assert events and not any(e.modality.historical for e in events)
    assert events[0].date == "2023-06-13"


def test_a_plan_for_next_year_is_future_not_historical(coder: Coder) -> None:
    events = _events(
        coder, "Chile plans to sign a trade deal with Peru early next year."
    )
    assert events
    for e in events:
        assert e.modality.future and not e.modality.historical
        assert (e.date, e.date_precision) == ("2024-01-01", "year")


@pytest.mark.parametrize(
    ("day", "precision", "old"),
    [
        ("2023-06-10", "day", False),
        ("2023-05-01", "day", True),
        ("2023-05-01", "month", False),  # May ended 14 days before publication
        ("2023-04-01", "month", True),
        ("2022-01-01", "year", True),
        ("2023-01-01", "year", False),
    ],
)
def test_dated_before_news_uses_the_end_of_the_period(
    day: str, precision: str, old: bool
) -> None:
    assert dated_before_news(day, precision, PUB) is old


@pytest.mark.parametrize(
    ("since", "skip", "expected"),
    [
        (None, (), [2014, 2014, 2017]),
        (2009, (), [2014, 2014, 2017]),
        (2009, ((0, 10),), [2009, 2009, 2017]),
        (None, ((0, 10),), [None, None, 2017]),
    ],
)
def test_history_earlier_years_carry_across_pieces_and_skip_captions(
    coder: Coder,
    since: int | None,
    skip: tuple[tuple[int, int], ...],
    expected: list[int | None],
) -> None:
    doc = coder.nlp(
        "Troops first crossed the border in 2014. Talks stalled. "
        "Fighting resumed in 2017."
    )
    assert earlier_years(doc, PUB, since, skip) == expected
