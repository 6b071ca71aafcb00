"""Resolve an event's date against the article's publication date.

The date comes from the time expressions of the event's own clause ("said Tuesday",
"in November", "early next year", "in 2011"); without one, a news event takes the
publication date. An article without a date gives events without a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _parse(text: str, pub: date | None) -> tuple[str, str] | None:
    """(ISO date, precision) for one time expression, or None."""
    low = text.lower().replace(".", "").strip()
    words = re.findall(r"[a-z]+|\d+", low)
    if not words:
        return None
    if pub is not None:
        if "yesterday" in words:
            return (pub - timedelta(days=1)).isoformat(), "day"
        if "today" in words or "tonight" in words:
            return pub.isoformat(), "day"
        if "tomorrow" in words:
            return (pub + timedelta(days=1)).isoformat(), "day"
        for w in words:
            if w in WEEKDAYS and not any(m in words for m in MONTHS):
                delta = (pub.weekday() - WEEKDAYS[w]) % 7
                if "next" in words:
                    delta = -((WEEKDAYS[w] - pub.weekday()) % 7 or 7)
                return (pub - timedelta(days=delta)).isoformat(), "day"
        if "year" in words and ("next" in words or "coming" in words):
            return f"{pub.year + 1}-01-01", "year"
        if "year" in words and "last" in words:
            return f"{pub.year - 1}-01-01", "year"
        if "year" in words and "this" in words:
            return f"{pub.year}-01-01", "year"
        if "month" in words and ("last" in words or "earlier" in words):
            if "last" in words:
                first = pub.replace(day=1) - timedelta(days=1)
                return first.replace(day=1).isoformat(), "month"
            return pub.replace(day=1).isoformat(), "month"
        if "month" in words and "next" in words:
            nxt = (pub.replace(day=28) + timedelta(days=4)).replace(day=1)
            return nxt.isoformat(), "month"
    year_match = _YEAR.search(low)
    year = int(year_match.group(1)) if year_match else None
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    day = next(
        (int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and len(w) <= 2),
        None,
    )
    if month is not None:
        if year is None:
            if pub is None:
                return None
            year = pub.year
            future = "next" in words
            if (month > pub.month and not future) or (
                day and month == pub.month and day > pub.day + 1 and not future
            ):
                year -= 1
            elif future and month <= pub.month:
                year += 1
        if day is not None:
            try:
                return date(year, month, day).isoformat(), "day"
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}-01", "month"
    if year is not None:
        return f"{year:04d}-01-01", "year"
    return None


def _date_ents(clause: Token, sent: Span) -> list[Span]:
    """DATE entities that modify ``clause`` itself, not a noun or another clause in it."""
    out = []
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        cur = ent.root
        hops = 0
        while cur.i != clause.i and cur.head is not cur and hops < 6:
            if cur.dep_ in ("ccomp", "relcl", "parataxis", "advcl", "acl"):
                break
            head = cur.head
            if (
                head.i != clause.i
                and head.pos_ in ("NOUN", "PROPN")
                and cur.dep_ in ("pobj", "npadvmod", "compound", "amod", "nmod")
                and (head.dep_ != "pobj" or head.head.i != clause.i)
            ):
                break  # "early next year" after "talks" dates the talks
            if (
                head.i != clause.i
                and head.pos_ == "ADP"
                and head.head.pos_ in ("NOUN", "PROPN")
                and head.head.i != clause.i
            ):
                break  # "a visit ... in November" dates the visit
            cur = head
            hops += 1
        if cur.i == clause.i:
            out.append(ent)
    return out


def resolve_date(
    clause: Token | None,
    sent: Span,
    published: str | None,
    speech_verb: Token | None = None,
    spoken: bool = False,
) -> tuple[str | None, str | None]:
    """The event date and its precision (day, month, year).

    ``spoken`` events (comments, appeals, accusations reported by a speech verb) happen
    when they are said: the speech verb's time comes first.
    """
    pub = date.fromisoformat(published) if published else None
    heads = (speech_verb, clause) if spoken else (clause, speech_verb)
    for head in heads:
        if head is None:
            continue
        for ent in _date_ents(head, sent):
            parsed = _parse(ent.text, pub)
            if parsed is not None:
                return parsed
    if pub is None:
        return None, None
    return pub.isoformat(), "day"
