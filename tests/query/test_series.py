"""series: periods, zero-filling, ISO weeks, the three measures, CSV; plot_series."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import InputError
from eventwire.query import (
    Filters,
    TooManyPeriods,
    count_periods,
    plot_series,
    series,
    series_csv,
    write_series_csv,
)

MARCH = Filters(date_from="2014-03-01", date_to="2014-03-31")


def test_series_weeks_start_on_monday_and_empty_weeks_are_zero(store: Path) -> None:
    rows = series(store, dyad=("RUS", "UKR"), by="week", filters=MARCH)
    assert [r["period"] for r in rows] == [
        date(2014, 2, 24),  # the week of Saturday 1 March
        date(2014, 3, 3),
        date(2014, 3, 10),
        date(2014, 3, 17),
        date(2014, 3, 24),
        date(2014, 3, 31),
    ]
    assert all(r["period"].weekday() == 0 for r in rows)
    # Monday 3 March and Sunday 9 March are one ISO week; Monday 10 March the next
    assert [r["count"] for r in rows] == [0, 2, 1, 0, 0, 0]


def test_series_days_cover_the_range(store: Path) -> None:
    rows = series(
        store,
        dyad="RUS:UKR",
        by="day",
        filters=Filters(date_from="2014-03-01", date_to="2014-03-10"),
    )
    assert len(rows) == 10
    counts = {r["period"]: r["count"] for r in rows}
    assert counts[date(2014, 3, 3)] == 1 and counts[date(2014, 3, 9)] == 1
    assert counts[date(2014, 3, 10)] == 1 and sum(counts.values()) == 3


def test_series_without_a_range_runs_from_first_to_last_event(store: Path) -> None:
    rows = series(store, country="SYR", by="month")
    periods = [r["period"] for r in rows]
    assert periods[0] == date(2014, 5, 1) and periods[-1] == date(2015, 10, 1)
    assert len(periods) == 18 and all(p.day == 1 for p in periods)
    assert [r["count"] for r in rows if r["count"]] == [4, 1, 3]
    assert sum(1 for r in rows if r["count"] == 0) == 15


def test_series_goldstein_sum_and_mean(store: Path) -> None:
    rows = series(store, country="SYR", by="month", measure="goldstein")
    may = rows[0]
    # 195 (-10), 190 (-10), 111 (-2), 020 (+3)
    assert (may["count"], may["goldstein_sum"], may["goldstein_mean"]) == (
        4,
        -19.0,
        -4.75,
    )
    empty = rows[1]
    assert (empty["count"], empty["goldstein_sum"], empty["goldstein_mean"]) == (
        0,
        0.0,
        None,
    )
    assert rows.columns == ("period", "count", "goldstein_sum", "goldstein_mean")


def test_series_quad_counts_each_quadclass(store: Path) -> None:
    rows = series(store, actor="SYR", by="month", measure="quad")
    by_month = {r["period"]: r for r in rows}
    may = by_month[date(2014, 5, 1)]
    assert (may["quad1"], may["quad2"], may["quad3"], may["quad4"]) == (0, 0, 0, 2)
    october = by_month[date(2015, 10, 1)]
    # 138 threaten (3), 0874 retreat (2)
    assert (october["quad1"], october["quad2"], october["quad3"], october["quad4"]) == (
        0,
        1,
        1,
        0,
    )
    assert all(
        r["count"] == r["quad1"] + r["quad2"] + r["quad3"] + r["quad4"] for r in rows
    )


@pytest.mark.parametrize(
    ("filters", "week_of_24_march"),
    [
        (MARCH, 0),
        (
            Filters(
                date_from="2014-03-01", date_to="2014-03-31", include_hypothetical=True
            ),
            1,
        ),
        (
            Filters(date_from="2014-03-01", date_to="2014-03-31", include_negated=True),
            1,
        ),
        (Filters.every_event(date_from="2014-03-01", date_to="2014-03-31"), 2),
    ],
)
def test_series_leaves_out_modalities_unless_asked(
    store: Path, filters: Filters, week_of_24_march: int
) -> None:
    rows = series(store, dyad=("RUS", "UKR"), by="week", filters=filters)
    counts = {r["period"]: r["count"] for r in rows}
    assert counts[date(2014, 3, 24)] == week_of_24_march


def test_series_historical_switch_counts_the_background_event(store: Path) -> None:
    rows = series(
        store,
        dyad=("RUS", "UKR"),
        by="week",
        filters=Filters(
            date_from="2014-03-01", date_to="2014-03-31", include_historical=True
        ),
    )
    assert {r["period"]: r["count"] for r in rows}[date(2014, 3, 17)] == 1


def test_series_ignores_undated_events(store: Path) -> None:
    rows = series(store, dyad=("RUS", "UKR"), by="month", filters=Filters.every_event())
    assert sum(r["count"] for r in rows) == 6  # of 7 RUS→UKR events, one has no date


def test_series_with_no_events_is_empty_or_zeros(store: Path) -> None:
    assert series(store, actor="ZZZ") == []
    rows = series(
        store,
        actor="ZZZ",
        by="month",
        filters=Filters(date_from="2014-01-15", date_to="2014-03-02"),
    )
    assert [(r["period"], r["count"]) for r in rows] == [
        (date(2014, 1, 1), 0),
        (date(2014, 2, 1), 0),
        (date(2014, 3, 1), 0),
    ]


@pytest.mark.parametrize(
    ("kwargs", "title"),
    [
        ({"dyad": ("RUS", "UKR")}, "Events RUS → UKR per week, count"),
        (
            {"actor": "syr", "measure": "quad"},
            "Events by SYR per week, count by QuadClass",
        ),
        (
            {"country": "SYR", "by": "month", "measure": "goldstein"},
            "Events involving SYR per month, Goldstein sum and mean",
        ),
        ({"by": "day"}, "Events per day, count"),
    ],
)
def test_series_title_says_what_it_shows(
    store: Path, kwargs: dict[str, Any], title: str
) -> None:
    assert series(store, **kwargs).title == title


def test_series_combines_with_filters(store: Path) -> None:
    rows = series(store, actor="RUS", by="month", filters=Filters(codes=["19"]))
    assert sum(r["count"] for r in rows) == 3  # 190 and 193 in March 2014, 195 in 2015


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"by": "year"}, "by is"),
        ({"measure": "tone"}, "measure is"),
        ({"dyad": "RUSUKR"}, "dyad is"),
        ({"dyad": ("RUS", "")}, "dyad is"),
        ({"dyad": ("RUS", "UKR"), "actor": "RUS"}, "not dyad and actor"),
        ({"country": "Russia"}, "ISO3"),
    ],
)
def test_series_rejects_bad_arguments(
    store: Path, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        series(store, **kwargs)


def test_series_csv_has_a_header_and_iso_dates(store: Path, tmp_path: Path) -> None:
    rows = series(store, country="SYR", by="month", measure="goldstein")
    out = tmp_path / "s.csv"
    write_series_csv(rows, out)
    table = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert table[0] == ["period", "count", "goldstein_sum", "goldstein_mean"]
    assert table[1] == ["2014-05-01", "4", "-19.0", "-4.75"]
    assert table[2] == ["2014-06-01", "0", "0.0", ""]
    assert len(table) == len(rows) + 1
    assert series_csv(rows) == out.read_text(encoding="utf-8")


def test_series_csv_of_an_empty_series_is_its_header(store: Path) -> None:
    assert series_csv(series(store, actor="ZZZ", measure="quad")).splitlines() == [
        "period,count,quad1,quad2,quad3,quad4"
    ]


@pytest.mark.parametrize(
    ("measure", "lines"),
    [
        ("count", ["events"]),
        ("goldstein", ["Goldstein sum per week", "Goldstein mean per event"]),
        ("quad", 4),
    ],
)
def test_plot_series_writes_a_titled_png(
    store: Path, tmp_path: Path, measure: str, lines: Any
) -> None:
    rows = series(store, dyad=("RUS", "UKR"), by="week", measure=measure, filters=MARCH)  # type: ignore[arg-type]
    path = tmp_path / f"{measure}.png"
    fig = plot_series(rows, path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000
    ax = fig.axes[0]
    assert ax.get_title().startswith(rows.title)
    assert "2014-02-24 to 2014-03-31" in ax.get_title()
    assert ax.get_xlabel() == "Week (ISO, starting Monday)"
    assert "per week" in ax.get_ylabel()
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    if isinstance(lines, int):
        assert len(labels) == lines and labels[0] == "QuadClass 1: verbal cooperation"
    else:
        assert labels == lines


def test_plot_series_takes_a_title_and_plain_rows(store: Path, tmp_path: Path) -> None:
    rows = list(series(store, country="SYR", by="month"))
    fig = plot_series(rows, tmp_path / "p.png", title="Syria, monthly")
    assert fig.axes[0].get_title().startswith("Syria, monthly")
    assert fig.axes[0].get_xlabel() == "Month"


def test_plot_series_of_no_events_still_draws(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    fig = plot_series(series(store, actor="ZZZ"), path)
    assert path.stat().st_size > 1000
    assert "no events" in [t.get_text() for t in fig.axes[0].texts]


@pytest.mark.parametrize(
    ("by", "first", "last", "periods"),
    [
        ("day", date(2014, 3, 1), date(2014, 3, 1), 1),
        ("day", date(2014, 2, 27), date(2014, 3, 2), 4),
        ("week", date(2014, 3, 2), date(2014, 3, 3), 2),  # Sunday, then Monday
        ("week", date(2014, 3, 3), date(2014, 3, 9), 1),  # one ISO week
        ("month", date(2013, 12, 31), date(2014, 1, 1), 2),
        ("month", date(2014, 1, 1), date(2014, 12, 31), 12),
        ("day", date(2014, 3, 2), date(2014, 3, 1), 0),
    ],
)
def test_series_count_periods(by: str, first: date, last: date, periods: int) -> None:
    assert count_periods(by, first, last) == periods


def test_series_longer_than_its_cap_is_refused(store: Path) -> None:
    with pytest.raises(TooManyPeriods) as caught:
        series(
            store,
            actor="RUS",
            by="day",
            filters=Filters(date_from="0001-01-01", date_to="9999-12-31"),
        )
    assert str(caught.value) == (
        "the series would have 3,652,059 days (0001-01-01 to 9999-12-31), more than "
        "the 100,000 periods a series may have; give a shorter date range or a "
        "longer period (week or month)."
    )
    assert isinstance(caught.value, InputError)
    # the range the events span counts when no range is given: March 2014 to
    # October 2015 is 18 months
    with pytest.raises(TooManyPeriods) as caught:
        series(store, country="SYR", by="month", max_periods=17)
    assert (caught.value.periods, caught.value.limit) == (18, 17)
    assert len(series(store, country="SYR", by="month", max_periods=18)) == 18
    assert len(series(store, country="SYR", by="day", max_periods=None)) > 500


def test_series_cap_on_the_command_line(store: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    result = CliRunner().invoke(
        main,
        [
            "series", "--db", str(store), "--actor", "RUS", "--by", "day",
            "--from", "0001-01-01", "--to", "9999-12-31",
        ],
    )  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: the series would have 3,652,059 days (0001-01-01 to 9999-12-31), more "
        "than the 100,000 periods a series may have; give a shorter date range or a "
        "longer period (week or month)."
    )
