"""Resolve an event's date against the article's publication date.

The date comes from the time expressions of the event's own clause ("said Tuesday",
"in November", "early next year", "in 2011"); without one, a news event takes the
publication date. An article without a date gives events without a date, except
from absolute expressions that name their year ("in November 2013", "in 2011").

The date is the best estimate of the day; the precision says how far off it may be:
"day", "month" or "year" (the vocabulary of the event record). A named month ("in
March") is its first day at "month" precision, a year ("in 2011") its January 1st at
"year" precision. Expressions coarser than a day but finer than a month are the day
they most likely mean, at "month" precision: "last week" and "a week ago" seven days
before publication, "next week" seven days after, "earlier this week" the middle of the
week's days before publication, "three weeks ago" 21 days before. "At the weekend" is
its Saturday at "day" precision (the event is on it or the day after, within the one-day
window that merges reports of a happening). An ambiguous month or weekday ("in
February", "on Tuesday") is read back from the publication date, or forward for a
future event ("will meet on Tuesday").

Anaphoric expressions ("the previous day", "a day later", "the following week") count
from the story's last day date before them (``Anchors``: "stormed a hotel on Friday
night ... ended the siege the following day" is Saturday), else from publication.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Final

from spacy.tokens import Span, Token

from ._spans import entities, kept, paragraph_ends, sentence_of

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
NUMBERS = {
    w: i
    for i, w in enumerate(
        (
            "zero one two three four five six seven eight nine ten eleven twelve "
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        ).split()
    )
} | {"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
VAGUE = {"few": 3, "several": 3, "couple": 2, "some": 3}
BACK = {"last", "past", "previous"}
FORWARD = {"next", "coming"}
ORDINAL = {"st", "nd", "rd", "th"}

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASH = re.compile(r"\d\s*/\s*\d")  # 12/11/2014: day or month first? not ours to guess
# ... unless one reading is no date ("24/11/2024", "on 11/24"), or only one is near the
# publication ("on 3/4" in a paper of March 5th: March 4, not April 3 to come)
_SLASH_DATE = re.compile(
    r"^(on\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?$"
)
_SLASH_NEAR_DAYS = 45
_DECADE = re.compile(r"(\b\d{3}0|'\d0)s\b")  # the 1990s, the '80s: no single year
_NUMERIC = re.compile(  # 16.12.2014, 2014.12.16: for the dateparser fallback
    r"\b(?:(\d{1,2})[.-](\d{1,2})[.-]\d{4}|\d{4}[.-]\d{1,2}[.-]\d{1,2})\b"
)
_SHORT_YEAR = re.compile(r"'(\d\d)\b")  # Dec 16 '14

_MISS: Final = "miss"  # no rule read it; the dateparser fallback may
Parsed = tuple[str, str]


def _day(d: date) -> Parsed:
    return d.isoformat(), "day"


def _month(d: date) -> Parsed:
    return f"{d.year:04d}-{d.month:02d}-01", "month"


def _about(d: date) -> Parsed:
    """A day that the text gives only to within a week or so."""
    return d.isoformat(), "month"


def _year(y: int) -> Parsed | None:
    return (f"{y:04d}-01-01", "year") if 1 <= y <= 9999 else None


def _checked(y: int, m: int, d: int) -> Parsed | None:
    """A day date, or None when the calendar has no such day (February 30)."""
    try:
        return _day(date(y, m, d))
    except ValueError:
        return None


def _add_months(d: date, n: int) -> date:
    """The first of the month ``n`` months from ``d``'s."""
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, 1)


def _count(words: list[str], j: int) -> tuple[int | None, bool]:
    """The count ending at ``words[j]`` ("two", "25", "twenty-five", "a few") and
    whether it is vague."""
    if j >= 0 and words[j] == "of":  # a couple of days
        j -= 1
    if j < 0:
        return None, False
    w = words[j]
    if w.isdigit():
        return int(w), False
    if w in VAGUE:
        return VAGUE[w], True
    if w in NUMBERS:
        n = NUMBERS[w]
        if 0 < n < 10 and j >= 1 and words[j - 1] in TENS:
            n += TENS[words[j - 1]]
        return n, False
    return None, False


def _ago(words: list[str], pub: date) -> Parsed | None:
    """ "two days ago", "three weeks ago", "a decade ago"."""
    i = words.index("ago")
    if i < 1:
        return None
    unit = words[i - 1].removesuffix("s")
    n, vague = _count(words, i - 2)
    if unit == "hour" and n is not None and not vague:
        return _day(pub - timedelta(days=n // 24))  # "48 hours ago"
    if unit in ("hour", "minute", "second"):
        return _day(pub)
    if unit == "fortnight":
        unit, n = "week", 2 * (n or 1)
    if n is None:
        return None
    if unit == "day":
        past = pub - timedelta(days=n)
        return _month(past) if vague else _day(past)
    if unit == "week":
        return _about(pub - timedelta(weeks=n))
    if unit == "month":
        past = _add_months(pub, -n)
        return _year(past.year) if vague else _month(past)
    if unit in ("year", "decade") and not vague:
        return _year(pub.year - n * (10 if unit == "decade" else 1))
    return None


def _day_word(words: list[str], pub: date) -> Parsed | None:
    """ "yesterday", "today", "tonight", "tomorrow", "last night", "this morning"."""
    if "yesterday" in words:
        return _day(pub - timedelta(days=2 if "before" in words else 1))
    if "tomorrow" in words:
        return _day(pub + timedelta(days=2 if "after" in words else 1))
    if "today" in words or "tonight" in words:
        return _day(pub)
    if any(a == "last" and b == "night" for a, b in pairwise(words)):
        return _day(pub - timedelta(days=1))
    if "this" in words and {"morning", "afternoon", "evening"} & set(words):
        return _day(pub)
    return None


def _weekday(words: list[str], wd: int, pub: date, future: bool) -> Parsed:
    """ "Tuesday", "last Tuesday", "next Monday", "Tuesday of last week"."""
    if "week" in words:
        shift = _relative(words, "week") or 0
        monday = pub - timedelta(days=pub.weekday())
        return _day(monday + timedelta(days=7 * shift + wd))
    back = (pub.weekday() - wd) % 7
    forward = (wd - pub.weekday()) % 7
    if BACK & set(words):
        return _day(pub - timedelta(days=back or 7))
    if FORWARD & set(words):
        return _day(pub + timedelta(days=forward or 7))
    if future:
        return _day(pub + timedelta(days=forward))
    return _day(pub - timedelta(days=back))


def _week(words: list[str], pub: date, future: bool) -> Parsed | None:
    """ "last week", "this week", "earlier this week", "later this week", "next week",
    "the past week": the day they most likely mean, at month precision."""
    if "week" not in words:
        return None
    k = words.index("week")
    before = words[max(0, k - 3) : k]
    if "past" in before:  # over the past week: the last seven days
        return _about(pub - timedelta(days=3))
    rel = _relative(words, "week")
    if rel is None:
        return None
    if rel:
        return _about(pub + timedelta(weeks=rel))
    monday = pub - timedelta(days=pub.weekday())
    if "later" in before or (future and "earlier" not in before):
        sunday = monday + timedelta(days=6)
        first = min(pub + timedelta(days=1), sunday)
        return _about(first + (sunday - first) / 2)
    last = pub - timedelta(days=1) if "earlier" in before else pub
    last = max(last, monday)
    return _about(monday + (last - monday) // 2)


def _weekend(words: list[str], pub: date, future: bool) -> Parsed | None:
    """ "at the weekend", "over the weekend", "last weekend", "this weekend", "next
    weekend": its Saturday."""
    if "weekend" not in words:
        return None
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)  # the last, maybe today
    if "this" in words and pub.weekday() == 6:
        return _day(saturday)  # "this weekend", said on a Sunday: the one under way
    if FORWARD & set(words) or (future and not BACK & set(words)):
        return _day(saturday if pub.weekday() == 5 else saturday + timedelta(weeks=1))
    if BACK & set(words) and pub.weekday() >= 5:
        return _day(saturday - timedelta(weeks=1))  # "last weekend", said on a Sunday
    return _day(saturday)


# "the previous day", "a day later", "two days earlier", "the following week"
_AFTER_UNIT = {"before": -1, "earlier": -1, "prior": -1, "later": 1, "after": 1}
_BEFORE_UNIT = {
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "following": 1,
    "ensuing": 1,
}


def is_anaphoric(text: str) -> bool:
    """Does the expression count from another day of the story, not from publication
    ("the previous day", "a week later", "that day")?"""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    return _anaphora(words) is not None


def _anaphora(words: list[str]) -> tuple[str, int] | None:
    """(unit, signed count) of an anaphoric expression, or None. "Last week", "next
    week" and "earlier this week" count from publication: they are not anaphoric."""
    units = [w for w in words if w in ("day", "days", "week", "weeks", "night")]
    if len(units) != 1 or "yesterday" in words or "ago" in words:
        return None
    unit = units[0].removesuffix("s")
    k = words.index(units[0])
    before = words[max(0, k - 2) : k]
    after = words[k + 1] if k + 1 < len(words) else ""
    n: int | None = 1
    if after in _AFTER_UNIT:
        sign = _AFTER_UNIT[after]
        n, vague = _count(words, k - 1)
        if n is None and units[0] == unit and (k == 0 or words[k - 1] == "the"):
            n = 1  # "the day before"; "days later" has no count
        if n is None or vague:
            return None
    elif any(w in _BEFORE_UNIT for w in before):
        sign = next(_BEFORE_UNIT[w] for w in before if w in _BEFORE_UNIT)
    elif "next" in before and "the" in before:  # "the next day"; "next week" is not
        sign = 1
    elif {"same", "that"} & set(before) and unit in ("day", "night"):
        sign = 0
    elif (
        unit == "day" and before == ["in", "the"] and {"earlier", "later"} & set(words)
    ):
        sign = 0  # "earlier in the day": the day the story last named
    else:
        return None
    if n is None or n > 60:
        return None
    return ("week" if unit == "week" else "day"), sign * n


def _anaphoric(words: list[str], ref: date) -> Parsed | None:
    found = _anaphora(words)
    if found is None:
        return None
    unit, n = found
    if unit == "week":
        return _about(ref + timedelta(weeks=n))
    return _day(ref + timedelta(days=n))


def _counted_from_period(words: list[str], period: Parsed | None) -> Parsed | None:
    """ "A week later", "two days later", "the next day" when the last date the story
    gave is a month or a year ("Norway expelled 15 diplomats in April 2023. Russia
    expelled 10 a week later"): about that month or year (counted from its middle),
    not a day counted from an older day of the story or from publication."""
    if period is None or period[1] not in ("month", "year"):
        return None
    found = _anaphora(words)
    if found is None:
        return None
    unit, n = found
    shift = timedelta(days=n * 7 if unit == "week" else n)
    ref = date.fromisoformat(period[0])
    if period[1] == "year":
        return _year((ref.replace(month=7, day=1) + shift).year)
    return _month(ref.replace(day=15) + shift)


def _same_day_of_period(words: list[str], period: Parsed | None) -> Parsed | None:
    """ "The same day" or "that day" after a month or a year, the last date the text
    gave ("arrested in February 2025 and released on bail the same day"): a day of
    that month or year, not the last day the story named before it."""
    if period is None or period[1] not in ("month", "year"):
        return None
    if _anaphora(words) != ("day", 0):
        return None
    return period


def _period_shift(words: list[str], unit: str) -> int | None:
    """The signed count of a ``unit`` ("year" or "month") that an expression counts
    from a period the story named before: 0 for "that year", "the same month",
    "later that year"; 1 for "the following year", "a month later", "the year
    after"; -1 for "the previous year", "a year earlier"; 2 for "two years later".
    None when it names none so ("this year", "last month" and "next year" count
    from publication; "over the next year" is to come)."""
    units = [w for w in words if w in (unit, unit + "s")]
    if len(units) != 1:
        return None
    k = words.index(units[0])
    before = words[max(0, k - 2) : k]
    after = words[k + 1] if k + 1 < len(words) else ""
    if after in _AFTER_UNIT:
        n, vague = _count(words, k - 1)
        if n is None and units[0] == unit and (k == 0 or words[k - 1] in ("the", "a")):
            n = 1  # "the year before", "a year later"
        if n is None or vague or n > 50:
            return None
        return _AFTER_UNIT[after] * n
    if units[0] != unit:
        return None
    if any(w in _BEFORE_UNIT for w in before):
        return next(_BEFORE_UNIT[w] for w in before if w in _BEFORE_UNIT)
    if {"same", "that"} & set(before):
        return 0
    return None


def _period_anaphoric(words: list[str], period: Parsed | None) -> Parsed | None:
    """A date counted from ``period``, the last date (of any precision) the story
    gave before: "later that year" after "In 2022" is 2022, "the same month" after
    "In May 2025" May 2025, "a year later" after "in March 2019" 2020; "weeks
    earlier" or "days later" (no count) is about the same month as a day or month
    it follows."""
    if period is None:
        return None
    ref, precision = date.fromisoformat(period[0]), period[1]
    shift = _period_shift(words, "year")
    if shift is not None:
        return _year(ref.year + shift)
    shift = _period_shift(words, "month")
    if shift is not None:
        if precision == "year":
            return _year(ref.year) if shift == 0 else None
        return _month(_add_months(ref, shift))
    vague = [w for w in words if w in ("days", "weeks")]
    if (
        len(vague) == 1
        and words.index(vague[0]) + 1 < len(words)
        and words[words.index(vague[0]) + 1] in ("earlier", "later")
        and set(words[: words.index(vague[0])]) <= {"a", "few", "some", "several"}
    ):
        # "weeks earlier", "a few days later": near the period named, not a day
        return _year(ref.year) if precision == "year" else _month(ref)
    return None


def _relative(words: list[str], unit: str) -> int | None:
    """-1, 0 or +1 for "last/this/next ``unit``", None when ``unit`` is not so placed."""
    if unit not in words:
        return None
    k = words.index(unit)
    before = set(words[max(0, k - 3) : k])
    if before & {"last", "previous"}:
        return -1
    if before & FORWARD:
        return 1
    if before & {"this", "current"}:
        return 0
    if "the" in before and before & {"end", "start", "beginning", "middle", "rest"}:
        return 0  # by the end of the year
    return None


def _nearest(
    pub: date, month: int, day: int, forward: bool, weekday: int | None = None
) -> Parsed | None:
    """The (month, day) nearest the publication, back or forward, one day's slack;
    a weekday named with it ("Tuesday, Dec. 9") picks the year it falls on."""
    days = []
    for y in range(pub.year - 4, pub.year + 5):  # February 29 needs a leap year
        try:
            days.append(date(y, month, day))
        except ValueError:
            continue
    near = [d for d in days if abs(d.year - pub.year) <= 1 and d.weekday() == weekday]
    if near:
        return _day(min(near, key=lambda d: abs(d - pub)))
    if forward:
        days = [d for d in days if d >= pub - timedelta(days=1)]
        return _day(min(days)) if days else None
    days = [d for d in days if d <= pub + timedelta(days=1)]
    return _day(max(days)) if days else None


def _day_of(words: list[str], k: int) -> int | None:
    """The day number beside the month name at ``words[k]`` ("Nov 3", "3rd of Nov")."""
    j = k + 1
    if j < len(words) and words[j] == "the":
        j += 1
    if (
        j < len(words)
        and words[j].isdigit()
        and len(words[j]) <= 2
        and not _days_first(words, j)
    ):
        return int(words[j])
    j = k - 1
    if j >= 0 and words[j] == "of":
        j -= 1
    if j >= 0 and words[j] in ORDINAL:
        j -= 1
    if j >= 0 and words[j].isdigit() and len(words[j]) <= 2:
        return int(words[j])
    return None


def _days_first(words: list[str], j: int) -> bool:
    """Is the number at ``words[j]`` the day of the month named after it, days
    written first ("29 November - 1 December 2026": the 1st is December's; not "Nov.
    30 - Dec. 1", where each month's day follows it)?"""
    after = words[j + 1 : j + 3]
    return (
        bool(after)
        and after[0] in MONTHS
        and not (len(after) > 1 and after[1].isdigit() and len(after[1]) <= 2)
    )


def _absolute(
    words: list[str],
    year: int | None,
    pub: date | None,
    future: bool,
    period: Parsed | None = None,
) -> Parsed | None:
    """Expressions with a month name or a year: "in late March", "Nov. 3, 2014";
    "in October that year" is of the year of ``period``, the last date the story
    gave before."""
    k = next((i for i, w in enumerate(words) if w in MONTHS), None)
    if k is None:
        return _year(year) if year is not None else None
    month = MONTHS[words[k]]
    day = _day_of(words, k)
    if year is None and period is not None:
        shift = _period_shift(words, "year")
        if shift is not None:
            year = date.fromisoformat(period[0]).year + shift
    if year is None and (rel := _relative(words, "year")) is not None:
        if pub is None:
            return None
        year = pub.year + rel  # November last year
    if year is not None:
        return _checked(year, month, day) if day else _month(date(year, month, 1))
    if pub is None:
        return None
    back = words[k - 1] in BACK if k else False  # last December
    forward = words[k - 1] in FORWARD if k else False  # next February
    if day:
        weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
        if not (back or forward or future) and (
            found := _narrative_day(month, day, weekday, period, pub)
        ):
            return found
        return _nearest(pub, month, day, forward or (future and not back), weekday)
    if back:
        year = pub.year if month < pub.month else pub.year - 1
    elif forward:
        year = pub.year if month > pub.month else pub.year + 1
    elif future:
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return _month(date(year, month, 1))


# a bare day ("On May 20") this close after a day of an earlier year the story told
# ("On May 13 last year", "on May 13, 2025") goes on in that year's narrative
NARRATIVE_DAYS = 45


def _narrative_day(
    month: int, day: int, weekday: int | None, period: Parsed | None, pub: date
) -> Parsed | None:
    """The day of a month and day with no year that the story's narrative goes on
    with: the last date the story gave (``period``) is a day of a year before the
    publication's, and this month and day in that year come after it, by no more
    than ``NARRATIVE_DAYS`` ("On May 13 last year, Trump ... On May 20, EU ministers
    agreed": May 20 of last year, not of this one); else None."""
    if period is None or period[1] != "day":
        return None
    before = date.fromisoformat(period[0])
    if before.year >= pub.year:
        return None
    try:
        then = date(before.year, month, day)
    except ValueError:
        return None
    if not before < then <= before + timedelta(days=NARRATIVE_DAYS):
        return None
    if weekday is not None and then.weekday() != weekday:
        return None
    return _day(then)


def _full_year(yy: int, pub: date | None) -> int:
    """'14 -> 2014: the year of that century nearest the publication, not after it by
    more than ten years; without one, strptime's pivot (69-99 -> 19xx)."""
    if pub is None:
        return 2000 + yy if yy < 69 else 1900 + yy
    year = pub.year // 100 * 100 + yy
    return year - 100 if year > pub.year + 10 else year


def _rules(
    text: str,
    pub: date | None,
    future: bool,
    ref: date | None = None,
    period: Parsed | None = None,
) -> Parsed | str | None:
    """(ISO date, precision); None when the text gives no date; _MISS when it may hold
    an absolute day date these rules do not read. ``ref`` is the day anaphoric
    expressions count from (the publication day when None); ``period`` the last date
    of any precision the story gave before ("later that year" counts from it)."""
    low = text.lower().replace("\u2019", "'").strip()
    if (slash := _SLASH_DATE.match(low)) is not None:
        return _slash_date(slash, pub, future)
    if _SLASH.search(low) or _DECADE.search(low):
        return None
    if iso := _ISO.search(low):
        return _checked(int(iso[1]), int(iso[2]), int(iso[3]))
    if num := _NUMERIC.search(low):
        if num[1] and int(num[1]) <= 12 and int(num[2]) <= 12 and num[1] != num[2]:
            return None  # 03.04.2014: March 4 or April 3?
        return _MISS
    low = _SHORT_YEAR.sub(lambda m: str(_full_year(int(m[1]), pub)), low)
    words = re.findall(r"[a-z]+|\d+", low)
    if not words:
        return None
    year_match = _YEAR.search(low)
    year = int(year_match[1]) if year_match else None
    has_month = any(w in MONTHS for w in words)
    if pub is not None:
        if "ago" in words:
            return _ago(words, pub)
        if found := _day_word(words, pub):
            return found
        anaphoric = not has_month and year is None
        if anaphoric and (found := _same_day_of_period(words, period)):
            return found
        if anaphoric and (found := _counted_from_period(words, period)):
            return found
        if anaphoric and (found := _anaphoric(words, ref or pub)):
            return found
        if anaphoric and (found := _period_anaphoric(words, period)):
            return found
        wd = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
        if wd is not None and not has_month and year is None:
            return _weekday(words, wd, pub, future)
    if has_month or year is not None:
        return _absolute(words, year, pub, future, period)
    if pub is None:
        return None
    if found := _weekend(words, pub, future):
        return found
    if found := _week(words, pub, future):
        return found
    rel = _relative(words, "month")
    if rel is not None:
        return _month(_add_months(pub, rel))
    rel = _relative(words, "year")
    if rel is not None:
        return _year(pub.year + rel)
    if set(words) <= {"on", "the", "of", *ORDINAL} | {w for w in words if w.isdigit()}:
        day = next((w for w, nxt in pairwise(words) if nxt in ORDINAL), None)
        if day is not None and day.isdigit():  # on the 16th: of this month or the next
            return _ordinal_day(pub, int(day), future)
    return None


def _slash_date(m: re.Match[str], pub: date | None, future: bool) -> Parsed | None:
    """ "24/11/2024", "on 3/4": the reading that is a date, or the one near publication
    (a bare pair needs "on": "24/7" is no day)."""
    a, b = int(m[2]), int(m[3])
    if m[4] is None and not m[1]:
        return None
    readings = {(b, a), (a, b)} if a != b else {(a, b)}  # (month, day)
    days: set[date] = set()
    for month, day in readings:
        if not 1 <= month <= 12:
            continue
        if m[4] is not None:
            year = int(m[4]) if len(m[4]) == 4 else _full_year(int(m[4]), pub)
            found = _checked(year, month, day)
        else:
            found = _nearest(pub, month, day, future) if pub is not None else None
        if found is not None:
            days.add(date.fromisoformat(found[0]))
    if len(days) > 1 and pub is not None:
        days = {d for d in days if abs((d - pub).days) <= _SLASH_NEAR_DAYS}
    return _day(days.pop()) if len(days) == 1 else None


def _ordinal_day(pub: date, day: int, future: bool) -> Parsed | None:
    """ "on the 16th": the nearest such day of a month, back or forward."""
    months = [_add_months(pub, n) for n in ((0, 1) if future else (0, -1))]
    for first in months:
        try:
            d = first.replace(day=day)
        except ValueError:
            continue
        if (d >= pub) if future else (d <= pub):
            return _day(d)
    return None


def _fallback(text: str, pub: date | None, future: bool) -> Parsed | None:
    """An absolute day date by ``dateparser`` (offline; imported only when needed)."""
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "REQUIRE_PARTS": ["day", "month"] if pub else ["day", "month", "year"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    try:
        import dateparser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # a fallback must never break coding
        return None
    return _day(got.date()) if isinstance(got, datetime) else None


def _parse(
    text: str,
    pub: date | None,
    future: bool = False,
    ref: date | None = None,
    period: Parsed | None = None,
) -> Parsed | None:
    """(ISO date, precision) for one time expression, or None.

    ``future`` reads an ambiguous month or weekday forward from ``pub``, not back;
    ``ref`` is the day that "the previous day" counts from (else ``pub``), ``period``
    the date of any precision that "later that year" counts from.
    """
    found = _rules(text, pub, future, ref, period)
    if found == _MISS:
        return _fallback(text, pub, future)
    return found if isinstance(found, tuple) else None


def _time_spans(sent: Span) -> list[Span]:
    """The DATE and TIME entities of ``sent``, touching ones joined: "Friday" (DATE)
    "evening" (TIME) is one expression, rooted at "evening". Read once per sentence
    (every event of it asks, for each of its heads) and kept in the doc's user data
    as token offsets (a Span there would tie the doc to itself)."""
    return [sent.doc[a:b] for a, b in kept(sent, "time_spans", _time_offsets)]


def _time_offsets(sent: Span) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for ent in entities(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start = ent.start
        if _split_day(ent, sent.start):
            start -= 1  # "29" (a number to the tagger) "November - 1 December 2026"
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], ent.end)
        else:
            spans.append((start, ent.end))
    spans.extend(_untagged_times(sent))
    spans.sort()
    return spans


def _split_day(ent: Span, first: int) -> bool:
    """Does the day of a date that opens with its month stand just before it, left
    out of it by the tagger ("on 29 November - 1 December 2026": "29" is a number and
    the rest the date)?"""
    if ent.start <= first or ent[0].lower_.rstrip(".") not in MONTHS:
        return False
    day = ent.doc[ent.start - 1]
    return (
        day.is_digit
        and len(day.text) <= 2
        and 1 <= int(day.text) <= 31
        and day.ent_type_ not in ("DATE", "TIME")
    )


_TIME_NOUNS = frozenset({"day", "week", "weekend", "night"})
_TIME_PREPS = frozenset({"on", "at", "over", "during", "by", "within"})


def _untagged_times(sent: Span) -> list[tuple[int, int]]:
    """Time phrases the entity tagger left out ("ended the siege the following day",
    "over the weekend"): a day, week or night noun that modifies a verb."""
    out = []
    for tok in sent:
        if tok.ent_type_ or tok.lemma_.lower() not in _TIME_NOUNS:
            continue
        if not (
            tok.dep_ == "npadvmod"
            or (tok.dep_ == "pobj" and tok.head.lower_ in _TIME_PREPS)
        ):
            continue
        words = [t for t in tok.subtree if t.i <= tok.i]
        if any(t.ent_type_ for t in words):
            continue
        out.append((words[0].i, tok.i + 1))
    return out


def _subject_participles(clause: Token) -> list[Token]:
    """The participles set off by commas on the subject of ``clause`` ("X, meeting in
    Abuja last weekend, gave ...")."""
    return [
        a
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass")
        for a in s.children
        if a.dep_ == "acl"
        and a.tag_ in ("VBG", "VBN")
        and a.i > s.i
        and a.doc[a.i - 1].text == ","
    ]


# how far up the parse a time is followed to its verb ("... for the attack in a
# statement sent to journalists on Sunday": eight steps to "claimed")
_HOPS = 9


def _date_ents(target: Token, sent: Span) -> list[tuple[Span, bool]]:
    """``_find_date_ents``, found once per head and kept in the doc's user data as
    token offsets (the events of a sentence ask for the same heads again and again)."""
    doc = sent.doc
    key = ("eventwire.date_ents", target.i, sent.start, sent.end)
    found: list[tuple[int, int, bool]] | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = [
            (ent.start, ent.end, gerund)
            for ent, gerund in _find_date_ents(target, sent)
        ]
    return [(doc[a:b], gerund) for a, b, gerund in found]


def _find_date_ents(target: Token, sent: Span) -> list[tuple[Span, bool]]:
    """DATE entities that modify ``target`` itself, not a noun or another clause in it,
    each with whether it hangs on a gerund in ``target``'s complement.

    A clause of its own stops the search ("said on Monday that ..."), and so does a
    noun in the clause ("a visit in November"), except for a day put after the verb's
    object ("condemned the attack on Sunday"). A gerund's time may be the gerund's
    ("accused them of killing civilians last month") or, as wire copy puts a day last,
    the verb's ("accused Syria of sheltering militants on Monday"): the caller decides
    by how long ago it is. A relative clause or participle of an event noun is that
    event's own description ("air strikes that killed four people earlier this
    week")."""
    out = []
    for ent in _time_spans(sent):
        host = _fronted_host(ent)
        if host is not None:
            # "said on Monday it would ask ...": the parser hangs the day on "ask"
            if host.i == target.i:
                out.append((ent, False))
            continue
        if _for_gathering_invited(ent, target):
            continue
        cur = ent.root
        hops = 0
        gerund = False
        # a day put after the object dates the verb ("condemned the attack on Sunday",
        # "summoned the ambassador on Thursday"), as wire copy writes it
        day = any(w.lower_ in WEEKDAYS or w.lower_ in _DAY_WORDS for w in ent)
        while cur.i != target.i and cur.head is not cur and hops < _HOPS:
            described = cur.head.i == target.i and describes(cur)
            # "in a statement issued late Wednesday": the statement is the act's
            issued = cur.dep_ == "acl" and _medium(cur.head, target)
            # "Ruto, speaking at a church service on Sunday, urged ...": the speaking
            # is the saying
            spoke = (
                cur.dep_ == "advcl"
                and cur.head.i == target.i
                and cur.tag_ == "VBG"
                and cur.lemma_.lower() in _SPEAKING
            )
            if cur.dep_ in ("ccomp", "relcl", "parataxis", "advcl", "acl") and not (
                described or issued or spoke
            ):
                break
            if (
                cur.dep_ == "conj"
                and _tense(cur) != _tense(cur.head)
                and None
                not in (
                    _tense(cur),
                    _tense(cur.head),
                )
            ):
                break  # "said he would arrest Morales ... and was removed on Tuesday"
            if (
                cur.dep_ == "xcomp"
                and cur.head.i == target.i
                and target.tag_ in ("VBD", "VBN")
                and target.lemma_.lower() in _INTENDING
            ):
                break  # "agreed to meet again in May": the meeting's time, to come
            gerund = gerund or (cur.dep_ == "pcomp" and cur.pos_ in ("VERB", "AUX"))
            head = cur.head
            if (
                head.i != target.i
                and head.pos_ in ("NOUN", "PROPN")
                and (
                    cur.dep_
                    in ("pobj", "npadvmod", "compound", "amod", "nmod", "nummod")
                    # "urged voters to boycott next month's elections": the time owns
                    # the noun ("Monday's attack killed five": a subject's is the
                    # verb's, as before)
                    or (cur.dep_ == "poss" and head.dep_ not in _SUBJECTS)
                )
                and (head.dep_ != "pobj" or head.head.i != target.i)
                # ("on the NIGHT of December 12": a time word's own date is its)
                and head.lemma_.lower() not in _TIME_WORDS
                and not _medium(head, target)
                and not (
                    (day or _timeless(head, ent, target)) and _in_object(head, target)
                )
            ):
                break  # "early next year" after "talks" dates the talks
            if (
                head.lower_ == "since"
                and head.dep_ == "prep"
                and head.head.pos_ not in ("VERB", "AUX")
            ):
                # "the first such protest since 2024", "the first (talks) between
                # them since 2022": since when there has been none, not when it was
                break
            if (
                head.i != target.i
                and head.pos_ == "ADP"
                and head.head.pos_ in ("NOUN", "PROPN")
                and head.head.i != target.i
                and head.head.lemma_.lower() not in _TIME_WORDS
                and not (
                    (day or _timeless(head.head, ent, target))
                    and _in_object(head.head, target)
                )
                and not _medium(head.head, target)
                and not _light_object(head.head, target)
                and not _duration(head.head)
            ):
                break  # "a visit ... in November" dates the visit
            cur = head
            hops += 1
        if cur.i == target.i:
            out.append((ent, gerund))
    return out


# a noun of these is the clause's subject: its time is the clause's
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


# places an act is done at, which have no time of their own: a time the parser hangs
# on them is the act's ("met officers at a hotel in Nadi on two occasions in August")
_TIMELESS_PLACES = frozenset(
    "hotel office building house home headquarters residence compound palace embassy "
    "consulate airport port harbour harbor station base camp prison jail court "
    "courthouse square street road village town city district border".split()
)


def _timeless(noun: Token, ent: Span, verb: Token) -> bool:
    """Is ``noun`` (in the verb's object or place phrase) something a time ``ent``
    hung on it cannot be the time of: the place the verb's own preposition puts it
    at ("met officers at a hotel in Nadi on two occasions in August"; not "the
    invasion of Ukraine in 2022", an event's place), or a thing with a date of its
    own already ("ended a 2011 cooperation agreement with China in early 2024")?
    Then the time is the verb's, as a day put after the object is. (A time before
    the noun is its own: "on the 1967 borders".)"""
    if ent.start < noun.i:
        return False
    if (
        noun.dep_ == "pobj"
        and noun.head.head.i == verb.i
        and (
            noun.ent_type_ in ("GPE", "LOC", "FAC")
            or noun.lemma_.lower() in _TIMELESS_PLACES
        )
    ):
        return True
    # a date among the words before it ("a 2015 fisheries cooperation agreement")
    inside = range(ent.start, ent.end)
    return any(
        t.ent_type_ == "DATE" and t.i not in inside
        for t in noun.doc[noun.left_edge.i : noun.i]
    )


_DURATION_UNITS = frozenset({"hour", "day", "night", "week", "month"})


def _duration(noun: Token) -> bool:
    """Is the noun a counted stretch of time ("blocked the highway FOR 18 DAYS in
    2023", "a strike of two weeks in March"): when it was is the act's time."""
    return noun.lemma_.lower() in _DURATION_UNITS and any(
        c.dep_ == "nummod" for c in noun.children
    )


def _for_gathering_invited(ent: Span, target: Token) -> bool:
    """Is the time after the gathering someone is invited to ("invited the farmers'
    leaders to talks at the palace on Friday"), which the parser may hang on the
    verb: the gathering's time, not the invitation's?"""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.lemma_.lower() != "invite" or (verb.i != target.i and verb.dep_ != "conj"):
        return False
    target = verb  # (also for the verb it is joined to: "said ... but invited")
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(
            c.dep_ == "pobj" and c.lemma_.lower() in _GATHERINGS and c.i < ent.start
            for c in prep.children
        )
        for prep in target.children
    )


# "held talks with X in Brussels in September": a verb whose object is the event
_LIGHT_VERBS = frozenset({"hold", "have", "conduct", "stage", "launch", "carry"})


def _light_object(noun: Token, verb: Token) -> bool:
    """Is ``noun`` the object of a light verb, the event itself ("held talks",
    "staged a protest"), so that its time is the verb's?"""
    return (
        noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and verb.lemma_.lower() in _LIGHT_VERBS
    )


def _fronted_host(ent: Span) -> Token | None:
    """The verb a time is said with when the parser hung it on the front of that
    verb's reported clause, before the clause's own words: "the union said on Monday
    it would ask the ILO ..." (the saying is on Monday, the asking to come)."""
    cur = ent.root
    for _ in range(3):
        if cur.dep_ not in ("pobj", "prep", "npadvmod"):
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            break
    verb = cur
    if (
        verb.pos_ not in ("VERB", "AUX")
        or verb.dep_ != "ccomp"
        or verb.head.pos_ not in ("VERB", "AUX")
        or not verb.head.i < ent.start
        or verb.head.lemma_.lower() not in _SAYING
    ):
        return None
    phrase = ent.root.head if ent.root.dep_ == "pobj" else ent.root
    own = {t.i for t in phrase.subtree}
    rest = [t.i for t in verb.subtree if t.i not in own]
    if not rest or min(rest) < ent.start:
        return None  # "said that on Monday it would ...": the clause's own time
    return verb.head


# verbs of saying, whose reported clause may open with the time they were said at
_SAYING = frozenset(
    "say tell announce state add warn report claim insist confirm write declare "
    "tweet post".split()
)
_DAY_WORDS = frozenset({"yesterday", "today", "tonight"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
_PAST_AUX = frozenset({"was", "were", "had", "did"})


def _tense(verb: Token) -> str | None:
    """ "future" ("would arrest", "will meet"), "past" ("was removed", "met") or None
    (anything else) for a verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _FUTURE_AUX:
        return "future"
    if auxes & _PAST_AUX or (verb.tag_ == "VBD" and not auxes):
        return "past"
    return None


_SPEAKING = frozenset({"speak", "talk", "address", "write", "testify"})
# verbs whose complement is still to come when they are done: its time is not theirs
_INTENDING = frozenset(
    "agree plan decide promise pledge vow threaten offer intend hope want expect aim "
    "undertake commit resolve vote".split()
)
# what a statement, a call or a meeting is made in: its time is the verb's ("accused
# them in a statement on Sunday", "told him in a phone call late Wednesday")
MEDIA = frozenset(
    "statement speech interview call letter address message post tweet briefing "
    "conference communique broadcast remarks comment session meeting visit trip "
    "summit hearing rally ceremony service event gathering forum dinner funeral "
    "parade congress convention video recording".split()
)
_MEDIUM_PREPS = frozenset({"in", "during", "at", "on", "via", "through"})


def _medium(noun: Token, verb: Token) -> bool:
    """Is ``noun`` what ``verb``'s act is made in ("said in a statement", "told him
    during a visit")?"""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in MEDIA:
        return False
    if noun.head.lower_ not in _MEDIUM_PREPS:
        return False
    host = noun.head.head
    # "Ruto, SPEAKING at a church service on Sunday, urged ...": where he spoke;
    # "claimed responsibility for the attack in a statement sent ... on Sunday": the
    # parser may hang the medium on the verb's object
    return (
        host.i == verb.i
        or (host.pos_ in ("NOUN", "PROPN") and _in_object(host, verb))
        or (
            host.dep_ == "advcl"
            and host.head.i == verb.i
            and host.tag_ == "VBG"
            and host.lemma_.lower() in _SPEAKING
        )
    )


def _in_object(noun: Token, verb: Token) -> bool:
    """Is ``noun`` the object of ``verb``, or in a phrase the parser hung on it or on
    the verb ("discussed the fighting in a phone call ... late Monday", "fired water
    cannon at protesters near Government House in Bangkok late on Sunday", "kidnapped
    a bishop and his driver on Monday": a conjunct is where its first one is): where
    wire copy puts the day of the verb, last?"""
    cur = noun
    for _ in range(4):
        while cur.dep_ == "conj" and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            cur = cur.head
        if cur.dep_ == "dobj":
            return cur.head.i == verb.i
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return False
        if (
            cur.lemma_.lower() in _GATHERINGS
            and cur.head.lower_ in ("to", "for")
            and (
                cur.head.head.pos_ in ("NOUN", "PROPN")
                or cur.head.head.lemma_.lower() == "invite"
            )
        ):
            # "accepted an invitation to talks on Monday", "backed calls for a vote
            # on Sunday", "invited them to talks on Friday": the day of the gathering
            # asked for, not of the verb
            return False
        if cur.head.head.i == verb.i:
            return True
        cur = cur.head.head
    return False


# gatherings an invitation or a call is to or for, with a day of their own
_GATHERINGS = frozenset(
    "talk meeting negotiation summit vote election referendum hearing session "
    "dialogue conference ceremony rally".split()
)


# a gerund's time this close to publication dates the verb it completes
GERUND_DAYS = 7


def _recent(parsed: Parsed, pub: date | None) -> bool:
    """Is a day date within ``GERUND_DAYS`` of publication?"""
    if pub is None or parsed[1] != "day":
        return False
    return abs((date.fromisoformat(parsed[0]) - pub).days) <= GERUND_DAYS


def describes(clause: Token) -> bool:
    """Is a clause on a noun the description of the noun's own event: a participle
    ("strikes killing four") or a relative clause whose subject is the noun ("strikes
    that killed four"), not one about it ("a strike that Israel blamed on Tehran")?"""
    if clause.dep_ == "acl":
        return True
    if clause.dep_ != "relcl":
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
        for c in clause.children
    )


def _governors(clause: Token) -> list[Token]:
    """The verbs whose time a clause shares when it has none of its own: "voted on
    Sunday to call for ...", "called it a bad idea on Wednesday and urged ..."."""
    out = []
    cur = clause
    while len(out) < 2:
        if _by_means(cur):
            cur = cur.head.head  # "responded by expelling two diplomats": one act
        elif _shares_time(cur):
            cur = cur.head
        else:
            break
        if cur.pos_ not in ("VERB", "AUX"):
            break
        out.append(cur)
    return out


# conjunctions of time that make a clause subordinate, whatever the parser calls it
_TIME_MARKS = frozenset({"after", "before", "since", "until"})


def _subordinate(clause: Token) -> bool:
    """Is a clause the parser joins as a conjunct really an adverbial one, with a
    conjunction of time of its own ("expelled the bishop on Thursday and stripped him
    of his citizenship, a day after police detained him": "detained" is parsed as a
    conjunct of "stripped")? It has its own time, counted from the verb it hangs on."""
    return clause.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children
    )


def _by_means(clause: Token) -> bool:
    """Is a clause the means of the verb it hangs on, one act with it ("France
    responded by expelling two diplomats", "retaliated by closing the border")?"""
    return (
        clause.dep_ == "pcomp"
        and clause.tag_ == "VBG"
        and clause.head.lower_ == "by"
        and clause.head.dep_ == "prep"
        and clause.head.head.pos_ in ("VERB", "AUX")
    )


def _shares_time(clause: Token) -> bool:
    """Does a clause happen when the verb it hangs on does: a complement ("voted to
    call for"), a conjunct ("called ... and urged"), a participle or purpose clause with
    no subject or conjunction of its own ("crossed into Syria, pressing an offensive";
    "will meet in Brussels to discuss aid")?"""
    if clause.dep_ == "xcomp" or (clause.dep_ == "conj" and not _subordinate(clause)):
        return True
    return clause.dep_ == "advcl" and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "csubj") for c in clause.children
    )


class Anchors:
    """The day dates a story's text gives, by token position: what "the previous day"
    and "a week later" count from."""

    def __init__(
        self,
        marks: Sequence[tuple[int, date]],
        before: date | None = None,
        periods: Sequence[tuple[int, Parsed]] = (),
    ):
        self.positions = [i for i, _ in marks]
        self.days = [d for _, d in marks]
        self.before = before  # the last day date of the text before these marks
        self.lead: date | None = None  # the story's day, as its lead gives it
        # every date the text gives, of any precision ("in 2022", "in May 2025")
        self.period_positions = [i for i, _ in periods]
        self.periods = [p for _, p in periods]

    def period_at(self, i: int) -> Parsed | None:
        """The last date of any precision the text gives before token ``i``."""
        k = bisect_left(self.period_positions, i)
        return self.periods[k - 1] if k else None

    def last_in(self, start: int, end: int) -> date | None:
        """The last day date the text gives between tokens ``start`` and ``end``."""
        k = bisect_left(self.positions, end)
        if k and self.positions[k - 1] >= start:
            return self.days[k - 1]
        return None

    def at(self, i: int) -> date | None:
        """The last day date the text gives before token ``i``."""
        k = bisect_left(self.positions, i)
        return self.days[k - 1] if k else self.before

    @property
    def last(self) -> date | None:
        return self.days[-1] if self.days else self.before


def day_anchors(
    sents: Sequence[Span],
    published: str | None,
    before: date | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> Anchors:
    """The day dates of the time expressions of ``sents`` (not of sentences that start
    in a ``skip`` span: a photo caption dates nothing else), in text order."""
    pub = _publication(published)
    marks: list[tuple[int, date]] = []
    periods: list[tuple[int, Parsed]] = []
    if pub is None:
        return Anchors(marks, before)
    last = before
    period: Parsed | None = None
    for sent in sents:
        if any(a <= sent.start_char < b for a, b in skip):
            continue
        for ent in _time_spans(sent):
            parsed = _parse(ent.text, pub, ref=last, period=period)
            if parsed is None:
                continue
            period = parsed
            periods.append((ent.start, parsed))
            if parsed[1] == "day":
                last = date.fromisoformat(parsed[0])
                marks.append((ent.start, last))
    return Anchors(marks, before, periods)


# a dateline's day this close to the publication date is the story's own day
DATELINE_DAYS = 2


def dateline_day(day: str, published: str | None) -> str | None:
    """The publication day a dateline gives ("WASHINGTON, Jan 24 (Reuters) -"): its
    own day when it is within ``DATELINE_DAYS`` of ``published`` (a feed may stamp
    a story in another time zone, and "on Wednesday" counts from the story's day);
    with a year of its own ("Feb 12, 2024"), the day even without ``published``;
    else None."""
    pub = _publication(published)
    words = re.findall(r"[a-z]+|\d+", day.lower())
    k = next((i for i, w in enumerate(words) if w in MONTHS), None)
    number = _day_of(words, k) if k is not None else None
    if k is None or number is None:
        return None
    year = _YEAR.search(day)
    if year is not None:
        found = _checked(int(year[1]), MONTHS[words[k]], number)
    elif pub is not None:
        found = _nearest(pub, MONTHS[words[k]], number, forward=False)
        if found is not None and date.fromisoformat(found[0]) < pub - timedelta(1):
            found = _nearest(pub, MONTHS[words[k]], number, forward=True)
    else:
        return None
    if found is None:
        return None
    if (
        pub is not None
        and abs((date.fromisoformat(found[0]) - pub).days) > DATELINE_DAYS
    ):
        return None
    return found[0]


# a lead's day this many days before publication is the story's day (filed the next
# morning, or stamped in another time zone)
LEAD_DAYS = 2


def story_day(lead: Span, anchors: Anchors, published: str | None) -> date | None:
    """The day a story is about: the last day date of its lead sentence (the day of
    the report: "detained activists on Saturday, their party said on Sunday"), when
    that is publication or up to ``LEAD_DAYS`` before it ("Gunmen on Wednesday night
    stormed a church" in a Friday paper); None otherwise."""
    pub = _publication(published)
    day = anchors.last_in(lead.start, lead.end)
    if day is None and (follow := _restated(lead)) is not None:
        # "A military air strike on a village killed 20 people ... The strike hit the
        # village on Saturday morning": the lead's day is in the next sentence
        day = anchors.last_in(follow.start, follow.end)
    if pub is None or day is None or not 0 <= (pub - day).days <= LEAD_DAYS:
        return None
    return day


def _restated(lead: Span) -> Span | None:
    """The sentence after the lead when its subject takes up a noun of the lead with
    "the" ("The strike", "The attack"): it tells the same event."""
    doc = lead.doc
    if lead.end >= len(doc):
        return None
    follow = sentence_of(doc[lead.end])
    nouns = {t.lemma_.lower() for t in lead if t.pos_ == "NOUN"}
    root = follow.root
    # the clause itself, or the one a report puts it in ("The strike hit ..., a
    # spokesman told reporters")
    clauses = [root, *(c for c in root.children if c.dep_ == "ccomp")]
    return next(
        (
            follow
            for clause in clauses
            for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ == "NOUN"
            and c.lemma_.lower() in nouns
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        ),
        None,
    )


def _publication(published: str | None) -> date | None:
    """The publication day, or None when there is none (or it is not a date)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def text_date(
    clause: Token | None,
    sent: Span,
    published: str | None,
    speech_verb: Token | None = None,
    spoken: bool = False,
    future: bool = False,
    trigger: Token | None = None,
    anchors: Anchors | None = None,
    done: bool = False,
) -> Parsed | None:
    """The (date, precision) a time expression of the text gives the event, or None
    when there is none (the event would just take the publication date).

    ``spoken`` events (comments, appeals, accusations reported by a speech verb) happen
    when they are said: the speech verb's time comes first. ``future`` events read an
    ambiguous month or weekday of their own clause forward; the speech verb's time is
    always read back ("will meet on Friday, he said Tuesday"). An event named by a noun
    (``trigger``: "air strikes that killed four people earlier this week") takes its
    own time first; a clause with none takes the time of the verb it completes or is
    joined to ("voted on Sunday to call for ..."). An event that is ``done`` (not
    future) is never dated after publication ("agreed to reopen the border next month"
    is an agreement of today). ``anchors`` give the day that "the previous day" counts
    from.
    """
    pub = _publication(published)
    noun = (
        trigger
        if trigger is not None
        and trigger.pos_ in ("NOUN", "PROPN")
        and (clause is None or trigger.i != clause.i)
        else None
    )
    own = [t for t in (noun, clause) if t is not None]
    # an event noun is dated by its own words or its clause's, never by the verb
    # that clause hangs on ("running from a crackdown" is not when they ran)
    governors = _governors(clause) if clause is not None and noun is None else []
    # "condemned the attack on Monday, saying ...": a speech verb with no time of its
    # own says it when the verb it hangs on acts
    said = [speech_verb, *_governors(speech_verb)] if speech_verb is not None else []
    # "ECOWAS, meeting in Abuja last weekend, gave the junta a week": a participle
    # set off on the clause's subject tells when the clause acted
    own += _subject_participles(clause) if clause is not None and noun is None else []
    heads = [*said, *own, *governors] if spoken else [*own, *governors, *said]
    latest = pub + timedelta(days=1) if pub is not None and done else None
    event = noun if noun is not None else clause
    if (
        event is not None
        and not _date_ents(event, sent)
        and (found := _dated_by_span_after(event, sent, published, anchors))
    ):
        return found
    own_when_tried = False
    for head in heads:
        if head is None:
            continue
        if head in governors and not own_when_tried and noun is None:
            # "released the ship on Friday, and police arrested eight suspects as
            # they came ashore on Saturday": the clause's own "as" or "when" clause
            # dates it before the verb it is joined to
            own_when_tried = True
            found = _dated_by_when_clause([clause], sent, pub, anchors, latest)
            if found is not None:
                return found
        ahead = future and clause is not None and head.i == clause.i
        for ent, gerund in _date_ents(head, sent):
            ref = anchors.at(ent.start) if anchors is not None else None
            period = anchors.period_at(ent.start) if anchors is not None else None
            parsed = _parse(ent.text, pub, ahead or _set_for(ent), ref, period)
            if parsed is None:
                continue
            if gerund and not _recent(parsed, pub):
                continue  # "accused them of killing civilians last month"
            if (
                latest is not None
                and head in own
                and date.fromisoformat(parsed[0]) > latest
            ):
                continue  # what is to come does not date what is done
            return parsed
    if clause is not None and noun is None:
        found = _dated_by_when_clause([clause, *governors], sent, pub, anchors, latest)
        if found is not None:
            return found
        found = _dated_by_antecedent(clause, sent, pub, anchors)
        if found is not None:
            return found
        found = _dated_during_that(clause, sent, anchors)
        if found is not None:
            return found
        found = _dated_after_relative(clause, sent, pub, anchors)
        if found is not None:
            return found
        found = _dated_after_dated_event(clause, sent, pub, anchors)
        if found is not None:
            return found
        found = _dated_by_governor(clause, sent, published, anchors)
        if found is None and not future:
            found = _dated_by_those_acted_on(clause, sent, pub, anchors)
        if found is None and not future:
            found = _dated_by_sentence_before(clause, sent, anchors)
        if found is None and not future:
            found = _dated_by_scene_before(clause, sent, anchors)
        if found is None and not future:
            found = _dated_by_deed_retold(clause, sent, anchors)
        if found is None and not future:
            found = _dated_by_what_it_answers(clause, sent, anchors)
        if found is None and not future:
            found = _background_carried_on(clause, sent, pub)
        if found is None and speech_verb is not None and not future:
            # "broke down in December 2023, when the ministry said Ethiopia had
            # rejected every compromise": what was said then was so by then
            found = _dated_by_antecedent(speech_verb, sent, pub, anchors)
        return found
    return None


def _dated_by_when_clause(
    verbs: list[Token],
    sent: Span,
    pub: date | None,
    anchors: Anchors | None,
    latest: date | None,
) -> Parsed | None:
    """The time of a "when" clause on a verb with no time of its own: "when it
    approached the beach on Friday morning, residents pushed it back" (Friday), "When
    the war broke out in 2011, he fled" (2011): what happened when it did."""
    for verb in verbs:
        for sub in verb.children:
            if sub.dep_ != "advcl" or not any(
                (c.dep_ in ("mark", "advmod") and c.lower_ == "when")
                or (c.dep_ == "mark" and c.lower_ == "as" and _has_subject(sub))
                for c in sub.children
            ):
                continue
            for ent, _ in _date_ents(sub, sent):
                ref = anchors.at(ent.start) if anchors is not None else None
                period = anchors.period_at(ent.start) if anchors is not None else None
                parsed = _parse(ent.text, pub, False, ref, period)
                if parsed is None:
                    continue
                if latest is not None and date.fromisoformat(parsed[0]) > latest:
                    continue
                return parsed
    return None


def _has_subject(clause: Token) -> bool:
    """Has a clause a subject and a verb of its own: "as they came ashore on Saturday"
    is a time ("arrested eight suspects as they came ashore on Saturday": Saturday);
    "as part of", "as expected" are not, nor a comparison that only repeats the verb
    ("arrested dozens during that vote, as they did again this week")."""
    return clause.lemma_.lower() not in ("do", "be", "have") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


# the pronouns that carry a sentence on from the one before, as its subject or the
# subject's owner ("Its spokesman said ...")
_CARRIED_ON = frozenset({"he", "she", "they", "its", "his", "her", "their"})


def _dated_by_sentence_before(
    clause: Token, sent: Span, anchors: Anchors | None
) -> Parsed | None:
    """The day of the sentence before, for a sentence that carries it on with a
    pronoun and gives no time of its own: "Sheinbaum said at her news conference
    on Wednesday that ... She rejected calls ..." (Wednesday, not the lead's day);
    "The TPNPB claimed responsibility in a statement on Sunday. Its spokesman said
    ..." (Sunday)."""
    first = sent[0]
    subject = first.head if first.dep_ == "poss" else first
    if (
        anchors is None
        or first.lower_ not in _CARRIED_ON
        or subject.dep_ not in ("nsubj", "nsubjpass")
        or subject.head.dep_ != "ROOT"
        # the subject's own verb, or one that shares its time ("said ... and warned")
        or subject.head.i not in {clause.i, *(g.i for g in _governors(clause))}
        or sent.start == 0
    ):
        return None
    before = sentence_of(sent.doc[sent.start - 1])
    if paragraph_ends(before):
        return None
    day = anchors.last_in(before.start, before.end)
    if day is None:
        return None
    if _of_gathering(before, anchors):
        # a gathering to come that the sentence before names is not its day
        # ("accepted an invitation to talks on Monday. They demanded ...")
        return None
    return _day(day)


def _dated_by_scene_before(
    clause: Token, sent: Span, anchors: Anchors | None
) -> Parsed | None:
    """The day the sentence before, in the same paragraph, opens with ("On Friday,
    relatives gathered in Sanabis to demand ...") for a deed in the past that the
    paragraph goes on with and that gives no time of its own ("Riot police blocked
    the road and arrested four women, the group said"): the scene's day."""
    # a deed joined to the one before with no doer of its own is that deed's ("Riot
    # police blocked them ... and fired tear gas, witnesses said")
    first = clause
    while (
        first.dep_ == "conj"
        and first.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        if first.head.tag_ != "VBD":
            return None
        first = first.head
    main = first.dep_ == "ROOT" or (first.dep_ == "ccomp" and first.head.dep_ == "ROOT")
    if anchors is None or not main or clause.tag_ != "VBD" or sent.start == 0:
        return None
    if first.dep_ == "ccomp" and first.head.lemma_.lower() not in _SAID:
        return None
    before = sentence_of(sent.doc[sent.start - 1])
    if paragraph_ends(before):
        return None
    first = before[0]
    if first.lower_ != "on" or first.dep_ != "prep":
        return None
    opening = [t.i for t in first.subtree]
    after = before.doc[max(opening) + 1] if max(opening) + 1 < before.end else None
    if after is None or after.text != ",":
        return None
    k = bisect_left(anchors.positions, max(opening) + 1)
    if not k or anchors.positions[k - 1] < first.i:
        return None
    return _day(anchors.days[k - 1])


def _dated_by_deed_retold(
    clause: Token, sent: Span, anchors: Anchors | None
) -> Parsed | None:
    """The day of the deed the sentence before tells, for a deed in the past whose
    doer is named by that deed's verb with "the" and that gives no time of its own:
    "Fighters attacked a gold mine on Sunday, killing 19 miners, officials said on
    Monday. The attackers arrived before dawn and opened fire on miners ..." (Sunday,
    not the day of the report); kidnappers after "kidnapped", raiders after
    "raided". A doer the sentence before only names ("The police said ...") is not
    enough: its deed may be of any day."""
    first = clause
    while (
        first.dep_ == "conj"
        and first.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
    ):
        first = first.head
    main = first.dep_ == "ROOT" or (
        first.dep_ == "ccomp"
        and first.head.dep_ == "ROOT"
        and first.head.lemma_.lower() in _SAID
    )
    if (
        anchors is None
        or not main
        or clause.tag_ != "VBD"
        or clause.lemma_.lower() in _SAID
        or sent.start == 0
    ):
        return None
    doer = next(
        (
            c
            for c in first.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        ),
        None,
    )
    if doer is None:
        return None
    before = sentence_of(sent.doc[sent.start - 1])
    name = doer.lemma_.lower()
    if not any(
        t.pos_ == "VERB"
        and t.tag_ == "VBD"
        and len(name) > len(t.lemma_) >= 4
        and name.startswith(t.lemma_.lower())
        for t in before
    ):
        return None
    k = bisect_left(anchors.positions, before.start)
    if k >= len(anchors.positions) or anchors.positions[k] >= before.end:
        return None
    return _day(anchors.days[k])


# verbs of saying after which a deed is reported ("..., the group said")
_SAID = frozenset("say tell report confirm add claim".split())


def _of_gathering(sent: Span, anchors: Anchors) -> bool:
    """Is the last day the sentence gives the day of a gathering an invitation or a
    call is to or for ("accepted an invitation to talks on Monday")?"""
    k = bisect_left(anchors.positions, sent.end)
    if not k or anchors.positions[k - 1] < sent.start:
        return False
    tok = sent.doc[anchors.positions[k - 1]]
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            noun = tok.head.head
            return (
                noun.lemma_.lower() in _GATHERINGS
                and noun.dep_ == "pobj"
                and noun.head.lower_ in ("to", "for")
            )
        tok = tok.head
    return False


# a return of fire, a strike back, a retaliation: done when what it answers was
# ("hit back", "fired back", "struck back", "shot back")
_ANSWERED_BACK = frozenset({"hit", "fire", "strike", "shoot"})


def _answers(verb: Token) -> bool:
    """Is the verb a return of fire or a retaliation: "returned fire", "fired back",
    "hit back", "retaliated"?"""
    if verb.lemma_ == "retaliate":
        return True
    if verb.lemma_ == "return":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)
    return verb.lemma_ in _ANSWERED_BACK and any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children
    )


def _dated_by_what_it_answers(
    clause: Token, sent: Span, anchors: Anchors | None
) -> Parsed | None:
    """The day of the sentence before, for a return of fire or a retaliation that
    gives no time of its own: "The crossing was closed on Sept 9 after Afghan guards
    fired on Pakistani troops. Pakistani forces returned fire and shelled Afghan
    posts" (both on Sept 9, not the day of publication). Only the sentence just
    before in the same paragraph answers: what a new paragraph answers is not told."""
    if (
        anchors is None
        or sent.start == 0
        or not any(_answers(v) for v in (clause, *_governors(clause)))
    ):
        return None
    before = sentence_of(sent.doc[sent.start - 1])
    if paragraph_ends(before):
        return None
    day = anchors.last_in(before.start, before.end)
    return _day(day) if day is not None else None


def _set_for(ent: Span) -> bool:
    """Is the time one something is set for, so still to come: "called a strike for
    Monday", "set the vote for March 3", "a strike from Wednesday"; a deadline, "to end its presence by the end
    of June", "extended the mandate until March"?"""
    root = ent.root
    if root.dep_ != "pobj" or not any(
        w.lower_ in WEEKDAYS or w.lower_ in MONTHS for w in ent
    ):
        return False
    prep = root.head.lower_
    if prep == "from" and root.head.head.pos_ == "NOUN":
        # "declared an indefinite strike from Wednesday": when what is declared
        # starts
        return True
    return prep in ("for", "until", "till") or (
        prep == "by" and any(w.lower_ == "end" for w in ent)
    )


# a background month or year ends this many days before publication, at least
_OLDER_DAYS = 7


def _background_carried_on(
    clause: Token, sent: Span, pub: date | None
) -> Parsed | None:
    """The month or year of a background sentence, for the sentence after it in its
    paragraph that tells, in the simple past and with no time of its own, what
    followed: "In December, Pakistani jets bombed ... The Taliban said 46 people were
    killed, and their forces attacked border posts" (December, not the story's
    day)."""
    # a conjunct is in its head's tense ("closed most crossings and cut power":
    # the tagger may read "cut" as a bare verb)
    verb = (
        clause.head if clause.dep_ == "conj" and clause.head.tag_ == "VBD" else clause
    )
    if pub is None or sent.start == 0 or verb.tag_ != "VBD":
        return None
    if _time_spans(sent):
        return None  # a time of its own, somewhere in the sentence
    before = sentence_of(sent.doc[sent.start - 1])
    if paragraph_ends(before):
        return None
    # the time of the sentence before's own act, not one inside a clause of its own
    # ("South Korea, which has banned seafood SINCE 2013, said ...": no background)
    found = next(
        (
            parsed
            for ent, _ in _date_ents(before.root, before)
            if (parsed := _parse(ent.text, pub)) is not None
        ),
        None,
    )
    if found is None or found[1] not in ("month", "year"):
        return None
    start = date.fromisoformat(found[0])
    if found[1] == "year":
        end = date(start.year, 12, 31)
    else:
        end = _add_months(start, 1) - timedelta(days=1)
    return found if (pub - end).days > _OLDER_DAYS else None


def _dated_by_antecedent(
    clause: Token, sent: Span, pub: date | None, anchors: Anchors | None
) -> Parsed | None:
    """The time a "where", "when" or "in which" clause hangs on: "a trip to
    Ouagadougou on 8 March, where he met ...", "on Friday, when gunmen stormed ...",
    "an attack on February 17, in which armed men fired on a patrol"."""
    if clause.dep_ != "relcl" or not (
        any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when")
            for c in clause.children
        )
        or any(
            c.dep_ == "prep"
            and c.lower_ in _WHICH_PREPS
            and any(w.dep_ == "pobj" and w.lower_ == "which" for w in c.children)
            for c in clause.children
        )
    ):
        return None
    head = clause.head
    inside = {t.i for t in clause.subtree}
    own = {t.i for t in head.subtree} - inside
    for ent in _time_spans(sent):
        # the time is the noun the clause is on, or the noun's own ("an attack on
        # February 17"), not one of the clause's
        if ent.start <= head.i < ent.end or (
            ent.root.i in own and ent.root.head.i in own
        ):
            ref = anchors.at(ent.start) if anchors is not None else None
            period = anchors.period_at(ent.start) if anchors is not None else None
            parsed = _parse(ent.text, pub, False, ref, period)
            if parsed is not None:
                return parsed
    return None


def _dated_during_that(
    clause: Token, sent: Span, anchors: Anchors | None
) -> Parsed | None:
    """The time of an event the clause points back at with "during that" ("In the
    last election, in March 2021, ... The authorities cut the internet during that
    vote"): the last date the text gave before it, in this sentence or the one
    before (one further back may be another's)."""
    if anchors is None:
        return None
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "during":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            if not any(
                d.dep_ == "det" and d.lower_ in ("that", "those") for d in noun.children
            ):
                continue
            k = bisect_left(anchors.period_positions, noun.i)
            if not k:
                return None
            start = sent.doc[sent.start - 1].sent.start if sent.start else sent.start
            if anchors.period_positions[k - 1] < start:
                return None
            return anchors.periods[k - 1]
    return None


# what a deed is done at or to: "fired tear gas at protesters who marched ..."
_AT_PREPS = frozenset({"at", "on", "against", "into"})


def _dated_by_those_acted_on(
    clause: Token, sent: Span, pub: date | None, anchors: Anchors | None
) -> Parsed | None:
    """The day of a clause with no time of its own that the relative clause on
    those it acted on gives, when that clause tells, in the simple past, what they
    were doing these last days ("Police fired tear gas at its supporters who marched
    on the commission's offices on Thursday": Thursday; not "arrested a man who had
    robbed a bank on Monday", nor "who killed two people in March")."""
    nouns = [
        n
        for c in clause.children
        for n in ([c] if c.dep_ == "dobj" else c.children if c.dep_ == "prep" else ())
        if (c.dep_ == "dobj" or (c.lower_ in _AT_PREPS and n.dep_ == "pobj"))
        and n.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    for noun in nouns:
        for rel in noun.children:
            if (
                rel.dep_ != "relcl"
                or not describes(rel)
                or rel.tag_ != "VBD"
                or any(c.dep_ in ("aux", "auxpass") for c in rel.children)
            ):
                continue
            for ent, _ in _date_ents(rel, sent):
                ref = anchors.at(ent.start) if anchors is not None else None
                period = anchors.period_at(ent.start) if anchors is not None else None
                parsed = _parse(ent.text, pub, False, ref, period)
                if parsed is not None and _recent(parsed, pub):
                    return parsed
    return None


def _dated_after_relative(
    clause: Token, sent: Span, pub: date | None, anchors: Anchors | None
) -> Parsed | None:
    """The time the parser hung on the noun a relative clause tells of, after the
    clause and its asides ("the gang, which kidnapped 17 missionaries in Ganthier, a
    few kilometres to the east, in October 2021 and ..."): the clause's, as a noun
    of those who did it has no time of its own."""
    if clause.dep_ != "relcl" or not describes(clause):
        return None
    head = clause.head
    end = max(t.i for t in clause.subtree)
    for ent in _time_spans(sent):
        prep = ent.root.head
        if (
            ent.root.dep_ == "pobj"
            and prep.dep_ == "prep"
            and prep.head.i == head.i
            and prep.i > end
        ):
            ref = anchors.at(ent.start) if anchors is not None else None
            period = anchors.period_at(ent.start) if anchors is not None else None
            parsed = _parse(ent.text, pub, False, ref, period)
            if parsed is not None:
                return parsed
    return None


def _dated_after_dated_event(
    clause: Token, sent: Span, pub: date | None, anchors: Anchors | None
) -> Parsed | None:
    """ "ECOWAS, which suspended Guinea AFTER THE 2021 COUP": a clause with no time
    of its own told as following an event that carries its own ("the 2021 coup",
    "last year's election") happened then, not at publication (a time still to come
    says nothing of a deed done)."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "following"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            for ent in _time_spans(sent):
                if not (noun.left_edge.i <= ent.start and ent.end <= noun.i + 1):
                    continue  # the noun's own time, before it
                ref = anchors.at(ent.start) if anchors is not None else None
                period = anchors.period_at(ent.start) if anchors is not None else None
                parsed = _parse(ent.text, pub, False, ref, period)
                if parsed is not None and (
                    pub is None or date.fromisoformat(parsed[0]) <= pub
                ):
                    return parsed
    return None


# "an attack on February 17, in which ...", "a raid last week during which ..."
_WHICH_PREPS = frozenset({"in", "during", "at"})


_OFFSET_UNITS = {"hour": 0, "minute": 0, "day": 1, "night": 1, "week": 7}
# a clause these introduce happens when the verb it hangs on does ("while" is as
# often a contrast: "..., while journalists planned a sit-in on Saturday")
_AT_THE_TIME = frozenset({"when", "as"})
# nouns of time: a "when" clause on one of them says when that time was, not when the
# verb above it happened ("the day when ...", "in 2013, a year when ...")
_TIME_WORDS = frozenset(
    "time day night morning afternoon evening week weekend month year decade century "
    "hour minute moment period era season date age".split()
)
_LONG_UNITS = {"month": 1, "year": 12}


def _dated_by_governor(
    clause: Token, sent: Span, published: str | None, anchors: Anchors | None
) -> Parsed | None:
    """The date of a clause with no time of its own that the clause it hangs on
    gives: "killed on Sunday when rebels ambushed" is Sunday ("when", "as": the same
    time); "(on Wednesday,) a day after jets hit targets near Sanaa" is the day
    before; "after Addis Ababa signed a deal" is that day or before it; a relative
    clause on the verb's object ("fired tear gas on Wednesday at protesters who
    marched") is of the verb's day."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.lower_ == "after" and head.dep_ == "prep":
        verb, span = head.head, None
        if (
            verb.dep_ == "npadvmod"
            and verb.lemma_.lower() in _OFFSET_UNITS.keys() | _LONG_UNITS.keys()
            and verb.head.pos_ in ("VERB", "AUX")
        ):
            # "held talks on Wednesday, a day after meeting Kagame": the parser
            # hangs "after" on its span
            span, verb = [t.lower_ for t in verb.subtree if t.i < head.i], verb.head
        elif verb.pos_ in ("VERB", "AUX"):
            span = next((c for c in head.children if c.dep_ == "npadvmod"), None)
            span = [t.lower_ for t in span.subtree] if span is not None else []
        if span is not None:
            # "In 2023, it cut the staff of the embassy after accusing Moscow of ...":
            # what was done by then, in the verb's month or year (a day: that day);
            # "two days after raiding his house": that many days before
            found = text_date(verb, sent, published, anchors=anchors, done=True)
            if not span:
                return found
            return _before(found, _span_months(span), _span_days(span), published)
    if _shares_time(clause) and head.pos_ in ("VERB", "AUX") and head.i != clause.i:
        # "after police opened fire ..., killing 19 people": the participle is
        # dated as the clause it hangs on is, by that clause's own governor
        return _dated_by_governor(head, sent, published, anchors)
    if (clause.dep_ == "advcl" or _subordinate(clause)) and head.pos_ in (
        "VERB",
        "AUX",
    ):
        if any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _AT_THE_TIME
            for c in clause.children
        ):
            # "two soldiers were killed on Sunday when rebels ambushed their convoy",
            # "fired tear gas on Monday as protesters marched": the same time
            return text_date(head, sent, published, anchors=anchors, done=True)
        mark = next(
            (c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"),
            None,
        )
        if mark is None:
            return _dated_a_span_before(clause, head, sent, published, anchors)
        found = text_date(head, sent, published, anchors=anchors, done=True)
        return _before(found, _offset_months(clause), _offset_days(clause), published)
    when = _when_of_place(clause)
    # ", an allegation the police denied", ", a charge Doha denied": a relative clause
    # in the simple past on a noun of saying set after a clause answers what that
    # clause said, then
    said = (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBD"
        and clause.head.dep_ in ("npadvmod", "appos")
        and clause.head.lemma_.lower() in _CLAIM_NOUNS
    )
    if clause.dep_ not in ("relcl", "acl") or not (describes(clause) or when or said):
        return None
    # up through objects and prepositions: "at hundreds of protesters who marched";
    # not from a subject ("rebels who seized the town attacked ...": often before)
    verb = clause.head
    # ("gave bases to movements fighting ...": the parser's "dative" is a "to" too;
    # a place's "30 kilometres from Maru town" and "Kadauri, a village" too)
    ups = (
        "dobj",
        "pobj",
        "prep",
        "dative",
        *(("npadvmod", "appos") if when or said else ()),
    )
    while verb.dep_ in ups and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == clause.head.i:
        return None
    return text_date(verb, sent, published, anchors=anchors, done=True)


# nouns that name what someone said: a relative clause on one answers it
_CLAIM_NOUNS = frozenset(
    "allegation accusation charge claim assertion account version".split()
)


def _when_of_place(clause: Token) -> bool:
    """Is a relative clause a "when" clause that the parser hung on a place, not a
    time ("happened on Friday at a camp near Maru town, when gunmen surrounded the
    site": when it happened)?"""
    noun = clause.head
    return (
        clause.dep_ == "relcl"
        and any(
            c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children
        )
        and noun.ent_type_ not in ("DATE", "TIME")
        and noun.lemma_.lower() not in _TIME_WORDS
    )


def _dated_by_span_after(
    event: Token, sent: Span, published: str | None, anchors: Anchors | None
) -> Parsed | None:
    """The date of an event named as what filled a span of time before a deed:
    "seized the town on Monday after two days of fighting" is fighting of the two
    days before Monday (the middle of the span, the day before for two days);
    "after hours of talks" is of the deed's day; None when the event is no such
    noun or the span is not one of hours, days or weeks."""
    of = event.head
    span = of.head
    after = span.head
    if not (
        event.dep_ == "pobj"
        and of.dep_ == "prep"
        and of.lower_ == "of"
        and span.dep_ == "pobj"
        and after.lower_ == "after"
        and after.dep_ == "prep"
        and after.head.pos_ in ("VERB", "AUX")
    ):
        return None
    days = _span_days([t.lower_ for t in span.subtree if t.i < of.i])
    if days is None:
        return None
    found = text_date(after.head, sent, published, anchors=anchors, done=True)
    if found is None:
        return None
    return _before(found, None, (days + 1) // 2, published)


def _dated_a_span_before(
    clause: Token,
    head: Token,
    sent: Span,
    published: str | None,
    anchors: Anchors | None,
) -> Parsed | None:
    """The date of a "before" clause put a span of days before the verb it hangs on:
    "upheld the sentence on September 3, two days before he began a hunger strike" is
    September 5. (A bare "before" says no more than some time later: no date.)"""
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children):
        return None
    span = _offset_span(clause)
    days = _span_days(span) if span else None
    if not days or _span_months(span) is not None:
        return None
    found = text_date(head, sent, published, anchors=anchors, done=True)
    if found is None or found[1] != "day":
        return None
    day = date.fromisoformat(found[0]) + timedelta(days=days)
    return _day(day) if days < 7 else _about(day)


def _offset_span(clause: Token) -> list[str]:
    """The words of the span an "after" clause is put at: "a day", "two weeks"."""
    span = next((c for c in clause.children if c.dep_ == "npadvmod"), None)
    if span is None:
        mark = next(c for c in clause.children if c.dep_ == "mark")
        span = next((c for c in mark.children if c.dep_ == "npadvmod"), None)
    return [t.lower_ for t in span.subtree] if span is not None else []


def _before(
    found: Parsed | None, months: int | None, days: int | None, published: str | None
) -> Parsed | None:
    """The date ``months`` or else ``days`` before ``found`` (the clause an "after"
    clause hangs on; the publication if it has none)."""
    if found is not None and (found[1] != "day" or days == 0):
        return found if days == 0 else None
    pub = _publication(published)
    base = date.fromisoformat(found[0]) if found is not None else pub
    if base is None or (found is None and days == 0):
        return None
    if months is not None:  # "a year after the prime minister appealed"
        then = _add_months(base, -months)
        return _year(then.year) if months >= 12 else _month(then)
    if days is None:
        return None
    day = base - timedelta(days=days)
    return _day(day) if days < 7 else _about(day)


def _offset_months(clause: Token) -> int | None:
    """How many months before the clause it hangs on an "after" clause is: "a year
    after" 12, "three months after" 3; None for a shorter or vaguer span."""
    return _span_months(_offset_span(clause))


def _span_months(words: list[str]) -> int | None:
    unit = words[-1].removesuffix("s") if words else ""
    if unit not in _LONG_UNITS:
        return None
    n, vague = _count(words, len(words) - 2)
    return None if n is None or vague else n * _LONG_UNITS[unit]


def _offset_days(clause: Token) -> int | None:
    """How many days before the clause it hangs on an "after" clause is: "a day
    after" 1, "two weeks after" 14, "hours after" and a bare "after" 0; None for a
    span the rules do not read ("months after")."""
    return _span_days(_offset_span(clause))


def _span_days(words: list[str]) -> int | None:
    if not words:
        return 0
    unit = words[-1].removesuffix("s")
    if unit not in _OFFSET_UNITS:
        return None
    if _OFFSET_UNITS[unit] == 0:
        return 0
    n, vague = _count(words, len(words) - 2)
    if n is None or vague:
        return None
    return n * _OFFSET_UNITS[unit]


def sentence_date(sent: Span, published: str | None) -> Parsed | None:
    """The first date a sentence's time expressions give, wherever they hang: a photo
    caption's day ("File photo taken on June 3, 2019 shows ...") is that of what
    it shows."""
    pub = _publication(published)
    for ent in _time_spans(sent):
        parsed = _parse(ent.text, pub)
        if parsed is not None:
            return parsed
    return None


def resolve_date(
    clause: Token | None,
    sent: Span,
    published: str | None,
    speech_verb: Token | None = None,
    spoken: bool = False,
    future: bool = False,
) -> tuple[str | None, str | None]:
    """The event date and its precision (day, month, year): the text's date
    (:func:`text_date`), else the publication day, else (None, None)."""
    found = text_date(clause, sent, published, speech_verb, spoken, future)
    if found is not None:
        return found
    pub = _publication(published)
    if pub is None:
        return None, None
    return pub.isoformat(), "day"
