"""Which events a query reads: ``Filters``, turned into a SQL condition with bound values.

Every value a user gives travels as a bound parameter (``?``); the SQL text holds only
column names and placeholders.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..errors import InputError
from ..events.ontology import PLOVER_CATEGORIES

_CODE = re.compile(r"\d{1,4}")
_ISO3 = re.compile(r"[A-Z]{3}")
_ACTOR = re.compile(r"[A-Z0-9]{1,30}")


@dataclass(frozen=True)
class Filters:
    """Which events to read. Empty fields filter nothing; several values in one field
    are OR-ed, fields are AND-ed.

    - ``actors``, ``recipients``: actor code prefixes (``"RUS"`` matches ``RUSGOV``,
      ``RUSMIL`` ...; ``"SYRGOV"`` only the Syrian government).
    - ``codes``: CAMEO code prefixes (``"04"`` every consultation, ``"0871"`` one code).
    - ``plover``: PLOVER categories (``"ASSAULT"``); ``quad``: QuadClasses 1 to 4.
    - ``countries``: ISO3 codes; an event matches when its actor, its recipient or its
      location is in one of them.
    - ``date_from``, ``date_to``: the event date, both ends included (``date`` or
      ``"YYYY-MM-DD"``). Undated events are left out when either is given.
    - Negated, hypothetical and historical events are left out unless
      ``include_negated``, ``include_hypothetical`` or ``include_historical`` is set:
      by default a query reads what happened, when the story says it happened.
    - ``text``: words that the evidence sentence contains (case-insensitive; ``%`` and
      ``_`` are plain characters).

    >>> Filters(actors=["RUS"], recipients=["UKR"], codes=["19"], date_from="2014-03-01")
    """

    # Any sequence (or one value) in; tuples, upper-cased and checked, after __post_init__.
    actors: Sequence[str] = ()
    recipients: Sequence[str] = ()
    codes: Sequence[str] = ()
    plover: Sequence[str] = ()
    quad: Sequence[int] | int = ()
    countries: Sequence[str] = ()
    date_from: date | str | None = None  # a date after __post_init__
    date_to: date | str | None = None
    include_negated: bool = False
    include_hypothetical: bool = False
    include_historical: bool = False
    text: str | None = None

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "actors", _actor_prefixes(self.actors, "actor"))
        set_(self, "recipients", _actor_prefixes(self.recipients, "recipient"))
        set_(self, "codes", _codes(self.codes))
        set_(self, "plover", _plover(self.plover))
        set_(self, "quad", _quads(self.quad))
        set_(self, "countries", _countries(self.countries))
        set_(self, "date_from", _date(self.date_from, "date_from"))
        set_(self, "date_to", _date(self.date_to, "date_to"))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputError(
                f"date_from {self.date_from} is after date_to {self.date_to}; "
                "the range would be empty."
            )
        text = self.text.strip() if isinstance(self.text, str) else self.text
        if text is not None and not isinstance(text, str):
            raise InputError(f"text is {text!r}; expected words to search for.")
        set_(self, "text", text or None)

    @classmethod
    def every_event(cls, **kwargs: Any) -> Filters:
        """Filters that keep negated, hypothetical and historical events too."""
        return cls(
            include_negated=True,
            include_hypothetical=True,
            include_historical=True,
            **kwargs,
        )

    def with_all_modalities(self) -> Filters:
        """The same filters, keeping negated, hypothetical and historical events."""
        return replace(
            self,
            include_negated=True,
            include_hypothetical=True,
            include_historical=True,
        )

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """The SQL condition (``TRUE`` when nothing is filtered) and its bound values."""
        col = f"{alias}." if alias else ""
        parts: list[str] = []
        params: list[Any] = []

        def any_of(template: str, values: Iterable[Any]) -> None:
            values = list(values)
            if values:
                parts.append("(" + " OR ".join(template for _ in values) + ")")
                params.extend(values)

        any_of(f"starts_with({col}actor_code, ?)", self.actors)
        any_of(f"starts_with({col}recipient_code, ?)", self.recipients)
        any_of(f"starts_with({col}cameo, ?)", self.codes)
        any_of(f"{col}plover = ?", self.plover)
        any_of(f"{col}quad_class = ?", self.quad)
        if self.countries:
            marks = ", ".join("?" for _ in self.countries)
            parts.append(
                f"({col}actor_country IN ({marks}) OR {col}recipient_country IN ({marks})"
                f" OR {col}location_country IN ({marks}))"
            )
            params.extend(list(self.countries) * 3)
        if self.date_from is not None:
            parts.append(f"{col}date >= ?")
            params.append(self.date_from)
        if self.date_to is not None:
            parts.append(f"{col}date <= ?")
            params.append(self.date_to)
        for flag, included in (
            ("negated", self.include_negated),
            ("hypothetical", self.include_hypothetical),
            ("historical", self.include_historical),
        ):
            if not included:
                parts.append(f"NOT coalesce({col}{flag}, FALSE)")
        if self.text:
            parts.append(f"{col}evidence_text ILIKE ? ESCAPE '\\'")
            params.append(f"%{escape_like(self.text)}%")
        return (" AND ".join(parts) or "TRUE"), params


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern whose escape character is ``\\``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _many(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        return [value]
    return list(value)


def _actor_prefixes(value: Any, name: str) -> tuple[str, ...]:
    out = []
    for item in _many(value):
        code = str(item).strip().upper()
        if not _ACTOR.fullmatch(code):
            raise InputError(
                f'{name} "{item}" is not an actor code prefix; expected letters and '
                'digits like "RUS" or "SYRGOV".'
            )
        out.append(code)
    return tuple(out)


def _codes(value: Any) -> tuple[str, ...]:
    out = []
    for item in _many(value):
        code = str(item).strip()
        if not _CODE.fullmatch(code):
            raise InputError(
                f'code "{item}" is not a CAMEO code prefix; expected 1 to 4 digits like '
                '"04" or "0871" (CAMEO codes keep their leading zero).'
            )
        out.append(code)
    return tuple(out)


def _plover(value: Any) -> tuple[str, ...]:
    out = []
    for item in _many(value):
        cat = str(item).strip().upper()
        if cat not in PLOVER_CATEGORIES:
            close = difflib.get_close_matches(cat, sorted(PLOVER_CATEGORIES), n=1)
            hint = f' Did you mean "{close[0]}"?' if close else ""
            raise InputError(
                f'plover "{item}" is not a PLOVER category; expected one of '
                f"{', '.join(sorted(PLOVER_CATEGORIES))}.{hint}"
            )
        out.append(cat)
    return tuple(out)


def _quads(value: Any) -> tuple[int, ...]:
    out = []
    for item in _many(value):
        try:
            quad = int(item)
        except (TypeError, ValueError):
            quad = 0
        if quad not in (1, 2, 3, 4) or isinstance(item, bool):
            raise InputError(
                f"quad is {item!r}; expected a QuadClass from 1 to 4 (1 verbal "
                "cooperation, 2 material cooperation, 3 verbal conflict, 4 material "
                "conflict)."
            )
        out.append(quad)
    return tuple(out)


def _countries(value: Any) -> tuple[str, ...]:
    out = []
    for item in _many(value):
        code = str(item).strip().upper()
        if not _ISO3.fullmatch(code):
            raise InputError(
                f'country "{item}" is not an ISO3 country code; expected three letters '
                'like "SYR".'
            )
        out.append(code)
    return tuple(out)


def _date(value: Any, name: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.date() if hasattr(value, "hour") else value  # a datetime
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(
            f'{name} is "{value}"; expected an ISO 8601 date like "2014-12-16".'
        ) from None
