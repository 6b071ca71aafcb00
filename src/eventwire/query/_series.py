"""Events per day, week or month: counts, Goldstein sums and means, QuadClass counts.

One GROUP BY in DuckDB over the filtered events, joined to every period of the range so
that a period with no event is a row of zeros.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

from ..errors import InputError
from ._db import ConOrPath, connect
from ._filters import Filters, _actor_prefixes, _countries

By = Literal["day", "week", "month"]
Measure = Literal["count", "goldstein", "quad"]

# The period names and steps are fixed SQL chosen by name, never a user's text.
_PERIODS = {
    "day": ("day", "1 DAY"),
    "week": ("week", "1 WEEK"),
    "month": ("month", "1 MONTH"),
}
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
COLUMNS: dict[str, tuple[str, ...]] = {
    "count": ("period", "count"),
    "goldstein": ("period", "count", "goldstein_sum", "goldstein_mean"),
    "quad": ("period", "count", "quad1", "quad2", "quad3", "quad4"),
}
# The most periods a series returns unless the caller asks for another cap: 100,000 days
# is 273 years. The API caps lower (``create_app(max_periods=...)``).
MAX_PERIODS = 100_000


class TooManyPeriods(InputError):
    """A series would have more periods than its cap: ``periods`` of ``by`` from
    ``first`` to ``last``, more than ``limit``."""

    def __init__(
        self, periods: int, limit: int, by: str, first: date, last: date
    ) -> None:
        super().__init__(
            f"the series would have {periods:,} {by}s ({first} to {last}), more than "
            f"the {limit:,} periods a series may have; give a shorter date range or a "
            "longer period (week or month)."
        )
        self.periods = periods
        self.limit = limit
        self.by = by
        self.first = first
        self.last = last


def count_periods(by: str, first: date, last: date) -> int:
    """How many days, ISO weeks or months a series from ``first`` to ``last`` has."""
    if last < first:
        return 0
    if by == "day":
        return (last - first).days + 1
    if by == "week":
        monday_first = first.toordinal() - first.weekday()
        monday_last = last.toordinal() - last.weekday()
        return (monday_last - monday_first) // 7 + 1
    return (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1


_MEASURE_LABELS = {
    "count": "count",
    "goldstein": "Goldstein sum and mean",
    "quad": "count by QuadClass",
}


class Series(list[dict[str, Any]]):
    """Rows of a series (``period`` first, one per day, week or month), with what they
    measure: ``subject`` ("RUS → UKR"), ``by``, ``measure`` and a ``title``."""

    def __init__(
        self,
        rows: Sequence[dict[str, Any]],
        *,
        subject: str,
        by: str,
        measure: str,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> None:
        super().__init__(rows)
        self.subject = subject
        self.by = by
        self.measure = measure
        self.date_from = date_from
        self.date_to = date_to

    @property
    def columns(self) -> tuple[str, ...]:
        return COLUMNS[self.measure]

    @property
    def title(self) -> str:
        """What the series shows: "Events RUS → UKR per week, count"."""
        subject = f" {self.subject}" if self.subject else ""
        return f"Events{subject} per {self.by}, {_MEASURE_LABELS[self.measure]}"


def series(
    con_or_path: ConOrPath,
    *,
    dyad: tuple[str, str] | str | None = None,
    actor: str | None = None,
    country: str | None = None,
    by: By = "week",
    measure: Measure = "count",
    filters: Filters | None = None,
    max_periods: int | None = MAX_PERIODS,
) -> Series:
    """Events per period for a dyad (actor prefix A to recipient prefix B), an actor
    (prefix), a country (actor's, recipient's or location's) or, with none of them,
    every event that passes ``filters`` (default ``Filters()``: no negated, hypothetical
    or historical events).

    ``by``: ``day``, ``week`` (ISO weeks, starting on Monday; a row's ``period`` is that
    Monday) or ``month`` (the first of the month). ``measure``: ``count`` (events),
    ``goldstein`` (also ``goldstein_sum`` and ``goldstein_mean``; the mean is ``None``
    in a period without events) or ``quad`` (also ``quad1`` to ``quad4``, the events of
    each QuadClass). Every period from ``filters.date_from`` (or the first event) to
    ``filters.date_to`` (or the last event) is a row; a period without events has
    zeros. Undated events are not counted. A series of more than ``max_periods`` rows
    (None: no cap) is refused with ``TooManyPeriods`` before any row is made.

    >>> series("eventwire.duckdb", dyad=("RUS", "UKR"), by="week", measure="quad")
    """
    filters = Filters() if filters is None else filters
    if not isinstance(filters, Filters):
        raise InputError(f"filters is {filters!r}; expected a Filters.")
    if by not in _PERIODS:
        raise InputError(f'by is "{by}"; expected day, week or month.')
    if measure not in COLUMNS:
        raise InputError(f'measure is "{measure}"; expected count, goldstein or quad.')
    chosen = [
        name
        for name, v in (("dyad", dyad), ("actor", actor), ("country", country))
        if v
    ]
    if len(chosen) > 1:
        raise InputError(
            f"give one of dyad, actor and country, not {' and '.join(chosen)}."
        )
    where, params = filters.where("e")
    extra: list[str] = []
    subject = ""
    if dyad:
        a, b = _dyad(dyad)
        extra += ["starts_with(e.actor_code, ?)", "starts_with(e.recipient_code, ?)"]
        params += [a, b]
        subject = f"{a} → {b}"
    elif actor:
        (a,) = _actor_prefixes(actor, "actor")
        extra.append("starts_with(e.actor_code, ?)")
        params.append(a)
        subject = f"by {a}"
    elif country:
        (c,) = _countries(country)
        extra.append(
            "(e.actor_country = ? OR e.recipient_country = ? OR e.location_country = ?)"
        )
        params += [c, c, c]
        subject = f"involving {c}"
    unit, step = _PERIODS[by]
    condition = " AND ".join([where, *extra, "e.date IS NOT NULL"])
    sql = f"""
        WITH agg AS (
            SELECT date_trunc('{unit}', e.date)::DATE AS period,
                   count(*) AS n,
                   sum(e.goldstein) AS g_sum,
                   avg(e.goldstein) AS g_mean,
                   count(*) FILTER (WHERE e.quad_class = 1) AS q1,
                   count(*) FILTER (WHERE e.quad_class = 2) AS q2,
                   count(*) FILTER (WHERE e.quad_class = 3) AS q3,
                   count(*) FILTER (WHERE e.quad_class = 4) AS q4
            FROM events e
            WHERE {condition}
            GROUP BY 1
        ),
        span AS (
            SELECT coalesce(date_trunc('{unit}', ?::DATE)::DATE, min(period)) AS lo,
                   coalesce(date_trunc('{unit}', ?::DATE)::DATE, max(period)) AS hi
            FROM agg
        ),
        periods AS (
            SELECT unnest(generate_series(lo::TIMESTAMP, hi::TIMESTAMP,
                                          INTERVAL {step}))::DATE AS period
            FROM span
            WHERE lo IS NOT NULL AND hi IS NOT NULL
        )
        SELECT p.period, coalesce(a.n, 0), coalesce(a.g_sum, 0), a.g_mean,
               coalesce(a.q1, 0), coalesce(a.q2, 0), coalesce(a.q3, 0), coalesce(a.q4, 0)
        FROM periods p LEFT JOIN agg a ON a.period = p.period
        ORDER BY p.period
    """
    with connect(con_or_path) as con:
        if max_periods is not None:
            _check_span(con, condition, params, by, filters, max_periods)
        found = con.sql(sql, params=[*params, filters.date_from, filters.date_to])
        found = found.fetchall()
    rows = [_row(measure, values) for values in found]
    return Series(
        rows,
        subject=subject,
        by=by,
        measure=measure,
        date_from=filters.date_from,
        date_to=filters.date_to,
    )


def _check_span(
    con: Any,
    condition: str,
    params: list[Any],
    by: str,
    filters: Filters,
    limit: int,
) -> None:
    """Refuse a series longer than ``limit`` periods; the range comes from the filters'
    dates or, where one is missing, from the events themselves."""
    first, last = filters.date_from, filters.date_to
    if first is None or last is None:
        ((low, high),) = con.sql(
            f"SELECT min(e.date), max(e.date) FROM events e WHERE {condition}",
            params=params,
        ).fetchall()
        if low is None:
            return  # no dated event: a series without rows, or only the given bound
        first = first if first is not None else low
        last = last if last is not None else high
    assert isinstance(first, date) and isinstance(last, date)
    periods = count_periods(by, first, last)
    if periods > limit:
        raise TooManyPeriods(periods, limit, by, first, last)


def _row(measure: str, values: tuple[Any, ...]) -> dict[str, Any]:
    period, n, g_sum, g_mean, q1, q2, q3, q4 = values
    row: dict[str, Any] = {"period": period, "count": int(n)}
    if measure == "goldstein":
        row["goldstein_sum"] = round(float(g_sum), 6)
        row["goldstein_mean"] = None if g_mean is None else round(float(g_mean), 6)
    elif measure == "quad":
        row.update(quad1=int(q1), quad2=int(q2), quad3=int(q3), quad4=int(q4))
    return row


def _dyad(dyad: tuple[str, str] | str) -> tuple[str, str]:
    parts = dyad.split(":") if isinstance(dyad, str) else list(dyad)
    if len(parts) != 2 or not all(str(p).strip() for p in parts):
        raise InputError(
            f'dyad is "{dyad}"; expected actor and recipient code prefixes like '
            '"RUS:UKR" or ("RUS", "UKR").'
        )
    (a,) = _actor_prefixes(parts[0], "dyad actor")
    (b,) = _actor_prefixes(parts[1], "dyad recipient")
    return a, b


def write_series_csv(rows: Sequence[dict[str, Any]], out: str | Path | IO[str]) -> None:
    """The rows as CSV with a header (dates as YYYY-MM-DD; an empty mean is blank)."""
    if isinstance(rows, Series):
        columns: Sequence[str] = rows.columns
    elif rows:
        columns = list(rows[0])
    else:
        columns = COLUMNS["count"]
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            _write_csv(rows, columns, fh)
    else:
        _write_csv(rows, columns, out)


def series_csv(rows: Sequence[dict[str, Any]]) -> str:
    """The rows as CSV text."""
    buf = io.StringIO()
    write_series_csv(rows, buf)
    return buf.getvalue()


def _write_csv(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], fh: IO[str]
) -> None:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [
                row[c].isoformat() if isinstance(row.get(c), date) else row.get(c)
                for c in columns
            ]
        )
