"""An in-memory index of the events' page order, for keyset pages without a scan.

``GET /v1/events`` pages through the events in (date, event_id) order. In DuckDB every
page is a top-N over the filtered events: a scan of a million rows per page, whatever
its depth. The index holds, per event, only what the order and the filters need (the
date, the event id, dictionary codes of the actor, recipient, CAMEO code, PLOVER
category and countries, the QuadClass and the modality flags: about 40 bytes an event)
in both page orders. A page is then a binary search for the cursor and a filter over
the next few hundred events in that order, in numpy: well under a millisecond, at any
depth; the page's records are then read from DuckDB by id.

The index answers exactly what ``Filters.where`` selects, in exactly the order of
``ORDERS["date"]`` and ``ORDERS["-date"]`` (tests compare the two); a query it cannot
answer (words of the evidence sentence) returns None and is read from DuckDB.
It is built from the file as it is, and rebuilt when the file changes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from ..query import Filters

_NULL_DAY = np.int64(2**40)  # after every date: undated events come last
_EPOCH = date(1970, 1, 1).toordinal()
_MAX_CHUNK = 1 << 18
_STRINGS = (
    "actor_code",
    "recipient_code",
    "cameo",
    "plover",
    "actor_country",
    "recipient_country",
    "location_country",
)


@dataclass
class _Column:
    """Dictionary codes (-1: NULL) and the distinct values they stand for."""

    codes: np.ndarray
    values: list[str]

    def lut(self, test: Any) -> np.ndarray:
        """A lookup table over the codes: ``test(value)`` per value, False for NULL
        (index -1, the last entry)."""
        table = np.zeros(len(self.values) + 1, dtype=bool)
        for i, value in enumerate(self.values):
            table[i] = bool(test(value))
        return table


class PageIndex:
    """The events' page orders and filter columns (see the module's docstring)."""

    def __init__(self, con: Any) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        t0 = time.perf_counter()
        table = con.sql(
            "SELECT event_id, date, quad_class, negated, hypothetical, historical, "
            f"{', '.join(_STRINGS)} FROM events "
            "ORDER BY date ASC NULLS LAST, event_id"
        ).to_arrow_table()
        n = table.num_rows
        self.size = n
        ids = table.column("event_id").combine_chunks()
        raw = pc.cast(ids, pa.binary()).to_numpy(zero_copy_only=False)
        try:
            self.ids: np.ndarray = raw.astype("S") if n else np.array([], dtype="S1")
            self._bytes = True
        except (UnicodeError, ValueError):  # pragma: no cover - ids are ASCII hashes
            self.ids = np.array(ids.to_pylist(), dtype=object)
            self._bytes = False
        days = pc.cast(table.column("date").combine_chunks(), pa.int32())
        day = np.asarray(days.fill_null(0).to_numpy(zero_copy_only=False), np.int64)
        dated = np.asarray(days.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
        self.day = np.where(dated, day, _NULL_DAY)  # ascending, as the rows are
        self.undated_from = int(np.searchsorted(self.day, _NULL_DAY, "left"))
        quad = table.column("quad_class").combine_chunks()
        quads = np.asarray(quad.fill_null(0).to_numpy(zero_copy_only=False), np.int64)
        self.quad = np.where(  # 1 to 4; 0 for NULL (matches no QuadClass)
            np.asarray(quad.is_valid().to_numpy(zero_copy_only=False), dtype=bool),
            quads,
            0,
        ).astype(np.uint8)
        flags = np.zeros(n, dtype=np.uint8)
        for bit, name in enumerate(("negated", "hypothetical", "historical")):
            column = table.column(name).combine_chunks().fill_null(False)
            flags |= np.asarray(column.to_numpy(zero_copy_only=False), np.uint8) << bit
        self.flags = flags
        self.strings: dict[str, _Column] = {}
        for name in _STRINGS:
            encoded = pc.dictionary_encode(table.column(name).combine_chunks())
            codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)
            self.strings[name] = _Column(
                np.asarray(codes, np.int32), encoded.dictionary.to_pylist()
            )
        # newest first: dates descending, event ids ascending within a date, undated
        # events last (ORDERS["-date"])
        descending_key = np.where(dated, -day, _NULL_DAY)
        self.desc = np.lexsort((np.arange(n), descending_key)).astype(np.int64)
        self.desc_key = descending_key[self.desc]
        self.build_s = time.perf_counter() - t0

    # -- one page --------------------------------------------------------------------
    def page(
        self,
        filters: Filters,
        sort: str,
        limit: int,
        after: tuple[date | None, str] | None,
    ) -> tuple[list[str], tuple[date | None, str] | None] | None:
        """The event ids of one page and the sort key of its last event when more
        follow, as ``_store.events_page`` gives them; None when the index cannot
        answer this query (a ``text`` filter)."""
        if filters.text:
            return None
        if sort == "date":
            order, key = None, self.day
        else:
            order, key = self.desc, self.desc_key
        start, end = 0, self.size
        if after is not None:
            start = self._after(order, key, sort, after)
        if filters.date_from is not None or filters.date_to is not None:
            start, end = self._dates(key, sort, filters, start, end)
        test = self._test(filters)
        found: list[np.ndarray] = []
        count = 0
        chunk = max(256, 4 * (limit + 1))
        position = start
        while position < end and count <= limit:
            stop = min(end, position + chunk)
            rows = np.arange(position, stop) if order is None else order[position:stop]
            if test is not None:
                rows = rows[test(rows)]
            if len(rows):
                rows = rows[: limit + 1 - count]
                found.append(rows)
                count += len(rows)
            position = stop
            chunk = min(chunk * 2, _MAX_CHUNK)
        chosen = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        more = len(chosen) > limit
        chosen = chosen[:limit]
        ids = [self._id(i) for i in chosen]
        if not more or not len(chosen):
            return ids, None
        last = int(chosen[-1])
        return ids, (self._day(last), ids[-1])

    def _id(self, row: Any) -> str:
        value = self.ids[row]
        return value.decode("utf-8") if self._bytes else str(value)

    def _day(self, row: int) -> date | None:
        day = int(self.day[row])
        return None if day == _NULL_DAY else date.fromordinal(day + _EPOCH)

    def _after(
        self,
        order: np.ndarray | None,
        key: np.ndarray,
        sort: str,
        after: tuple[date | None, str],
    ) -> int:
        """The position in this order of the first event after the cursor."""
        last_day, last_id = after
        if last_day is None:
            wanted = _NULL_DAY
        else:
            days = last_day.toordinal() - _EPOCH
            wanted = np.int64(days if sort == "date" else -days)
        lo = int(np.searchsorted(key, wanted, "left"))
        hi = int(np.searchsorted(key, wanted, "right"))
        group = self.ids[lo:hi] if order is None else self.ids[order[lo:hi]]
        probe: Any = last_id.encode("utf-8") if self._bytes else last_id
        return lo + int(np.searchsorted(group, probe, "right"))

    def _dates(
        self, key: np.ndarray, sort: str, filters: Filters, start: int, end: int
    ) -> tuple[int, int]:
        """Narrow [start, end) to the date range (which leaves undated events out)."""
        first = _days(filters.date_from)
        last = _days(filters.date_to)
        if sort == "date":
            low, high = first, last
        else:
            low = None if last is None else -last
            high = None if first is None else -first
        if low is not None:
            start = max(start, int(np.searchsorted(key, low, "left")))
        if high is not None:
            end = min(end, int(np.searchsorted(key, high, "right")))
        end = min(end, self.undated_from)
        return start, end

    def _test(self, filters: Filters) -> Any:
        """A function of row numbers to a mask of those that pass, or None."""
        tests: list[tuple[np.ndarray, np.ndarray]] = []

        def prefixes(name: str, values: Any) -> None:
            if values:
                column = self.strings[name]
                wanted = tuple(values)
                tests.append((column.codes, column.lut(lambda v: v.startswith(wanted))))

        def equal(name: str, values: Any) -> None:
            if values:
                column = self.strings[name]
                wanted = set(values)
                tests.append((column.codes, column.lut(lambda v: v in wanted)))

        prefixes("actor_code", filters.actors)
        prefixes("recipient_code", filters.recipients)
        prefixes("cameo", filters.codes)
        equal("plover", filters.plover)
        if filters.quad:
            table = np.zeros(256, dtype=bool)
            for q in filters.quad:
                table[q] = True
            tests.append((self.quad, table))
        allowed = np.ones(8, dtype=bool)
        for bit, included in enumerate(
            (
                filters.include_negated,
                filters.include_hypothetical,
                filters.include_historical,
            )
        ):
            if not included:
                allowed &= (np.arange(8) & (1 << bit)) == 0
        if not allowed.all():
            tests.append((self.flags, allowed))
        countries = set(filters.countries)
        columns = ("actor_country", "recipient_country", "location_country")
        luts = [
            (self.strings[c].codes, self.strings[c].lut(lambda v: v in countries))
            for c in (columns if countries else ())
        ]
        if not tests and not countries:
            return None

        def test(rows: np.ndarray) -> np.ndarray:
            mask = np.ones(len(rows), dtype=bool)
            for codes, table in tests:
                mask &= table[codes[rows]]
            if countries:
                any_country = np.zeros(len(rows), dtype=bool)
                for codes, table in luts:
                    any_country |= table[codes[rows]]
                mask &= any_country
            return mask

        return test


def _days(day: Any) -> int | None:
    return None if day is None else day.toordinal() - _EPOCH
