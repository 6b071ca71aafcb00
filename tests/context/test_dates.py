"""Event dates resolved against the publication date."""

from __future__ import annotations

import pytest

from eventwire.context.dates import _parse, resolve_date
from eventwire.pipeline import Coder


@pytest.mark.parametrize(
    ("expr", "published", "expected"),
    [
        ("Tuesday", "2014-12-16", ("2014-12-16", "day")),
        ("Monday", "2014-12-16", ("2014-12-15", "day")),
        ("Wednesday", "2014-12-16", ("2014-12-10", "day")),
        ("yesterday", "2014-12-16", ("2014-12-15", "day")),
        ("November", "2014-12-16", ("2014-11-01", "month")),
        ("February", "2014-12-16", ("2014-02-01", "month")),
        ("December", "2015-03-02", ("2014-12-01", "month")),
        ("early next year", "2014-12-16", ("2015-01-01", "year")),
        ("2011", "2014-12-16", ("2011-01-01", "year")),
        ("March 3", "2014-12-16", ("2014-03-03", "day")),
        ("Dec. 12, 2013", "2014-12-16", ("2013-12-12", "day")),
        ("last month", "2014-12-16", ("2014-11-01", "month")),
    ],
)
def test_dates_parse_expressions_against_publication(
    expr: str, published: str, expected: tuple[str, str]
) -> None:
    from datetime import date

    assert _parse(expr, date.fromisoformat(published)) == expected


@pytest.mark.parametrize(("expr",), [("Tuesday",), ("last month",)])
def test_dates_relative_expressions_need_a_publication_date(expr: str) -> None:
    assert _parse(expr, None) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Chile recalled its ambassador from Peru on Monday.",
            "2020-05-13",
            ("2020-05-11", "day"),
        ),
        (
            "Chile recalled its ambassador from Peru.",
            "2020-05-13",
            ("2020-05-13", "day"),
        ),
        ("Chile recalled its ambassador from Peru.", None, (None, None)),
    ],
)
def test_dates_events_take_their_clause_date_or_the_publication(
    coder: Coder,
    text: str,
    published: str | None,
    expected: tuple[str | None, str | None],
) -> None:
    events = coder.code_text(text, published)
    assert events, "expected an event"
    assert (events[0].date, events[0].date_precision) == expected


def test_dates_resolve_date_without_clause_uses_publication(coder: Coder) -> None:
    doc = coder.nlp("Nothing happened.")
    assert resolve_date(None, next(iter(doc.sents)), "2020-01-02") == (
        "2020-01-02",
        "day",
    )
