"""Plain text and the wire-text layout.

The wire layout, as in news archives::

    Lavrov: Russia 'Optimistic' on Syria Peace Talks      <- title (short)
                                                          <- blank lines anywhere
    December 16, 2014                                     <- date, within 3 lines of the title
                                                             (or "Moscow, December 16, 2014":
                                                             the line stays, a dateline; or
                                                             "Updated 14:05 GMT, 16 Dec 2014";
                                                             or up to 7 lines down, past short
                                                             lines of bylines and buttons)
    The  Moscow Times                                     <- outlet (optional, short)
    Anna Petrova in Almaty                                <- writers' lines (optional, dropped)
    Russia is optimistic ...                              <- body paragraphs
    Original url:                                         <- url trailer (optional)
    <https://...>

Anything else is plain text: the whole of it is the body, with no title or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.errors import InputError
from eventwire.records import Article

_TITLE_MAX = 200  # characters in a title or a header line above the date
_OUTLET_MAX = 80
_OUTLET_WORDS = 8
_DATE_WINDOW = 3  # the date line comes within this many non-empty lines after the title
# ... or further down, past short lines of page furniture only ("By Jane Doe", "@jane",
# "Share", "Listen to this article · 5 min")
_FURNITURE_WINDOW = 7
_FURNITURE_MAX = 60
# a release with no date line is dated by a town-and-day line among its last lines
_FOOT_WINDOW = 8
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]*$")

# a hard-wrapped line is at least this long (wire copy wraps at 60 to 80 characters)
_WRAPPED_MIN = 45
# a list item's bullet, or a live page's time stamp, opening a line
_ITEM = re.compile(r"[\u2022\u25aa\u25cf*\-\u2013\u2014]\s+\S|\d{1,2}[:.]\d{2}\s+[A-Z]")
# a line closed by a date: "(03.01.2025)", "(March 2025)", "| Sept. 20, 2025"
_DATED_END = re.compile(r"\b(?:19|20)\d{2}\)?$")
# A paragraph that ends without one of these and runs on in lowercase was broken in two.
_TERMINAL = (".", "!", "?", '"', "”", "'", "’", ":")
_OPENING_QUOTES = "\"“'‘"

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?),?\s+"
)
_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# A clock time and its zone: "10:32 AM", "14.02 GMT", "11:32 AM (GMT)", "3:45 PM EST";
# a zone may give its offset, or the offset stand alone: "GMT+1", "(UTC+05:30)", "+0800"
_OFFSET = r"[+\-\u2212]\d{1,2}(?::?\d{2})?"
_ZONE = (
    r"(?:(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    rf"[a-z]{{2,5}}(?:\s?{_OFFSET})?|{_OFFSET})"
)
# ... or a zone named in words: "(Beijing time)", "local time", "Eastern Time"
_NAMED_ZONE = r"(?:[a-z]+\s+){1,2}time"
_CLOCK = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\d{1,2}h\d{2})"
    rf"(?:\s*(?:{_NAMED_ZONE}|\({_NAMED_ZONE}\)|{_ZONE}|\({_ZONE}\)|\[{_ZONE}\]))?"
)
# An optional time after the date: "December 16, 2014 10:32 AM", "... | 10:32 GMT",
# "... at 10:32 am".
# "... (10:32 IST)", "... @ 10:32"
_TIME = rf"(?:[\s,|·@-]+(?:at\s+)?(?:{_CLOCK}|\(\s*{_CLOCK}\s*\)))?"
# ... or before it, as some pages write it: "Updated 14:05 GMT, 18 July 2024"
_TIME_FIRST = re.compile(rf"{_CLOCK}(?:\s*,\s*|\s+(?:on\s+)?|\s*[|·-]\s*)", re.I)
# "Published: ", "Posted on ", "Posted at ", "Last updated ", "Updated as of ",
# "As of ", "Date: " before a page's date
_DATE_LABEL = re.compile(
    r"(?:(?:(?:first|last)\s+)?(?:published|posted|updated|modified|dated?|issued|"
    r"released)"
    r"(?:\s+(?:on|at|as\s+of))?|as\s+of|on)\s*:?\s+",
    re.I,
)
# "Written by Jane Doe on 16 December 2014", "By Jane Doe on Dec 16, 2014": who
# wrote it, then the date
_WRITTEN_BY = re.compile(
    r"(?:(?:written|posted|reported)\s+)?by\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,4}"
    r"\s+on\s+",
    re.I,
)
# "Mon 15 Dec 2014 23.10 GMT Last modified on Tue 16 Dec 2014 10.02 GMT", "December
# 16, 2014 Updated: December 17, 2014": the later date a label opens, after the first
_LATER_LABEL = re.compile(
    r"\s+(?=(?:(?:last|first)\s+)?(?:updated|modified|edited)\b)", re.I
)
# the parts of a line of page furniture: "By Jane Doe - March 12, 2025 - 0 Comments",
# "By Jane Doe | December 16, 2014", "Politics · 16 Dec 2014"
_PARTS = re.compile(r"\s*\|\s*|\s+[-\u2013\u2014\u00b7/]\s+")
# a date and who last touched it: "May 6, 2025 by Andean Report Staff"
_BY_AFTER = re.compile(r"\s+by\s+(?=[A-Z])")
_DATE_LINES = [
    re.compile(rf"(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}", re.I),
    re.compile(rf"(?:{_WEEKDAY})?{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}", re.I),
    re.compile(
        r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
        r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
        rf"|[ T]\d{{2}}:\d{{2}}:\d{{2}}(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?|{_TIME})",
        re.I,
    ),
    # a European page's "20.05.2024": day first
    re.compile(rf"{_DAY}\.(?P<month>\d{{1,2}})\.{_YEAR}{_TIME}", re.I),
    # "2014/12/16": year first
    re.compile(rf"{_YEAR}/(?P<month>\d{{1,2}})/{_DAY}{_TIME}", re.I),
]
# "16/12/2014" or "12/16/2014": read only when one reading alone is a real day
_SLASHED = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})(?P=sep){_YEAR}{_TIME}", re.I
)  # ... or dashed: "16-12-2014"

_URL = r"<?(?P<url>(?:https?|ftp)://[^\s<>]+)>?"
_URL_LINE = re.compile(_URL)
_URL_LABEL = re.compile(r"(?:original\s+)?url\s*:?", re.I)
_URL_LABELLED = re.compile(rf"(?:original\s+)?url\s*:?\s*{_URL}", re.I)
SPACES = re.compile(r"[^\S\n]+")  # spaces, tabs, no-break spaces ...


class NotADate(ValueError):
    """A line written like a date that names no real day ("February 31, 2014")."""


def parse_date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date, None if it is not one.

    A label ("Published:", "Posted on", "Posted at", "Updated as of") may come
    first, and who updated it after ("May 6, 2025 by Staff"); a line of parts ("By
    Jane Doe | December 16, 2014", "By Jane Doe - March 12, 2025 - 0 Comments") is a
    date line when one part is.
    Raises ``NotADate`` for a line that is written as a date but names no real day.
    """
    line = line.strip()
    later = _LATER_LABEL.split(line, maxsplit=1)
    if len(later) > 1 and later[0]:
        # the first date is the publication's; the label's, its last update
        found = parse_date_line(later[0])
        if found is not None:
            return found
    parts = _PARTS.split(line)
    if len(parts) > 1 and _date_of(line) is None:
        for part in parts:
            found = parse_date_line(part) if part.strip() else None
            if found is not None:
                return found
        return None
    found = _date_of(line)
    if found is None and _BY_AFTER.search(line):
        # "Last Updated on May 6, 2025 by Andean Report Staff"
        found = _date_of(_BY_AFTER.split(line, maxsplit=1)[0])
    return found


def _date_part(line: str) -> str:
    """A line of one part without its label, writer and leading clock time."""
    written = _WRITTEN_BY.match(line)
    if written is not None:
        line = line[written.end() :]
    label = _DATE_LABEL.match(line)
    if label is not None:
        line = line[label.end() :]
    clock = _TIME_FIRST.match(line)
    if clock is not None and clock.end() < len(line):
        line = line[clock.end() :]
    return line


# a clock written "19h40" (Brazil, France, Spanish America ...): the page writes the
# day before the month
_DAY_FIRST_CLOCK = re.compile(r"\b\d{1,2}h\d{2}\b")


def _two_days(line: str) -> tuple[str, ...]:
    """The days a date line written "02/12/2026" may mean, where either number may
    be the month (both readings real days), else (); of a line of parts ("Posted
    02/12/2026 at 19h40 - Updated 03/12/2026 at 08h15"), its first date's."""
    line = line.strip()
    later = _LATER_LABEL.split(line, maxsplit=1)
    if len(later) > 1 and later[0]:
        line = later[0].rstrip(" -\u2013\u2014|\u00b7")
    parts = [p for p in _PARTS.split(line) if p.strip()]
    for part in parts if len(parts) > 1 else ():
        days = _two_days(part)
        if days:
            return days
    m = _SLASHED.fullmatch(_date_part(line))
    if m is None:
        return ()
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return ()
    return (
        date(year, second, first).isoformat(),  # day first
        date(year, first, second).isoformat(),  # month first
    )


def _date_of(line: str) -> str | None:
    """``parse_date_line`` of a line of one part."""
    line = _date_part(line)
    m = _SLASHED.fullmatch(line)
    if m is not None:
        first, second = int(m["a"]), int(m["b"])
        days = {
            (month, day)
            for month, day in ((second, first), (first, second))
            if 1 <= month <= 12 and 1 <= day <= 31
        }
        if len(days) != 1:
            return None  # "03/04/2014": March or April, no telling
        [(month, day)] = days
        try:
            return date(int(m["year"]), month, day).isoformat()
        except ValueError:
            raise NotADate(line) from None
    for pattern in _DATE_LINES:
        m = pattern.fullmatch(line)
        if not m:
            continue
        month_text = m["month"].lower()
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
        if month is None:
            continue
        try:
            return date(int(m["year"]), month, int(m["day"])).isoformat()
        except ValueError:
            raise NotADate(line) from None
    return None


# "Brussels, 20 November 2023": a town (or "Town, Region") before the date; some
# pages set a dot between them ("Jakarta \u25cf Thu, December 3, 2026")
_TOWN_BEFORE = re.compile(
    r"(?P<town>[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,2}(?:, [A-Z][\w'.\-]*"
    r"(?: [A-Z][\w'.\-]*){0,2})?)(?:,|\s+[\u25cf\u2022])\s*(?P<rest>.+)"
)


def parse_town_date_line(line: str) -> str | None:
    """The ISO date of a line that is a town and a date ("Brussels, 20 November
    2023"), None if it is not one; raises ``NotADate`` as ``parse_date_line``."""
    m = _TOWN_BEFORE.fullmatch(line.strip())
    return parse_date_line(m["rest"]) if m else None


@dataclass
class _Header:
    title: str | None = None
    published: str | None = None
    source: str | None = None
    body_start: int = 0  # index of the first body line
    skip: int | None = None  # a line inside the body that is the outlet's
    # the standfirst between the title and the date: the story's summary, kept last
    standfirst: tuple[int, ...] = ()
    # the days a date line such as "02/12/2026" may mean (the url's day tells which)
    readings: tuple[str, ...] = ()


def parse_text(text: str, name: str) -> Article:
    """One article from text in the wire layout, or plain text."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    if not any(lines):
        raise InputError(f"{name}: the text is empty; expected the text of an article.")
    url, body_end = _find_url(lines)
    header = _find_header(lines[:body_end], name, url)
    if header.title is not None:
        _skip_writers(lines, header, body_end)
    body = join_body(
        [
            *(
                line
                for i, line in enumerate(lines[header.body_start : body_end])
                if i + header.body_start != header.skip
            ),
            # the standfirst closes the body: the lead stays the story's first
            # sentence (its day is the story's), and what the standfirst sums up
            # merges with the story's own report of it
            *(part for i in header.standfirst for part in ("", lines[i])),
        ]
    )
    if not body:
        raise InputError(
            f"{name}: no article text, only a header (title, date, outlet or url); "
            "expected paragraphs of text."
        )
    return Article(
        id=Article.make_id(body, header.title, url),
        text=body,
        title=header.title,
        published=header.published or _url_day(url, header.readings),
        source=header.source,
        url=url,
        language=None,  # read_paths and read_text tell it from the text
        origin=name,
    )


# a page's url that files it by day: ".../2014/12/16/lavrov-russia-...",
# ".../2014-12-16/...", ".../news/2014/12/16"
_URL_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d{2})([/-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?=[/\-_.]|$)"
)


# "05/12 - 11:20": a page's day and month with no year, and the time
_YEARLESS = re.compile(rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}}){_TIME}", re.I)


def _yearless_day(line: str, url: str | None) -> str | None:
    """The day of a date line with no year ("05/12 - 11:20"), where the page's url
    files it under a day that is one reading of it (day first or month first);
    else None."""
    m = _YEARLESS.fullmatch(_date_part(line.strip()))
    day = _url_date(url) if m is not None else None
    if m is None or day is None:
        return None
    first, second = int(m["a"]), int(m["b"])
    month_day = (int(day[5:7]), int(day[8:10]))
    return day if month_day in ((second, first), (first, second)) else None


def _url_date(url: str | None) -> str | None:
    """The day a page's url files it under, for a page with no date line."""
    m = _URL_DAY.search(url or "")
    if m is None:
        return None
    try:
        return date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat()
    except ValueError:
        return None


def _url_day(url: str | None, readings: tuple[str, ...]) -> str | None:
    """The day a page's url files it under; where its date line may be read two
    ways ("02/12/2026"), only one of them."""
    day = _url_date(url)
    return day if not readings or day in readings else None


def _nonempty(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line]


def _find_url(lines: list[str]) -> tuple[str | None, int]:
    """The url of an "Original url:" trailer, and where the body ends."""
    filled = _nonempty(lines)
    last = filled[-1]
    m = _URL_LABELLED.fullmatch(lines[last])
    if m:
        return m["url"], last
    m = _URL_LINE.fullmatch(lines[last])
    if m and len(filled) >= 2 and _URL_LABEL.fullmatch(lines[filled[-2]]):
        return m["url"], filled[-2]
    return None, len(lines)


def _find_header(lines: list[str], name: str, url: str | None = None) -> _Header:
    """Title, date and outlet when the text opens in the wire layout (``url``: the
    page's, whose day may tell the year of a date line with none)."""
    filled = _nonempty(lines)
    if len(filled) < 2 or len(lines[filled[0]]) > _TITLE_MAX:
        return _Header()
    first = _date_first(lines, filled)
    if first is not None:
        return first
    for k in range(1, min(_FURNITURE_WINDOW, len(filled) - 1) + 1):
        line = lines[filled[k]]
        if k > _DATE_WINDOW and any(
            len(lines[filled[j]]) > _FURNITURE_MAX
            or lines[filled[j]].endswith((".", "!", "?"))
            for j in range(1, k)
        ):
            break
        town = False  # "Brussels, 20 November 2023": the line is the story's dateline
        try:
            published = parse_date_line(line)
            if published is None:
                published = parse_town_date_line(line)
                town = published is not None
        except NotADate:
            raise InputError(
                f'{name}:{filled[k] + 1}: the date line "{line}" is not a real date; '
                'expected a date like "December 16, 2014".'
            ) from None
        readings = () if published else _two_days(line)
        if not published and not readings:
            published = _yearless_day(line, url)
        if readings and _DAY_FIRST_CLOCK.search(line):
            # "Posted 02/12/2026 at 19h40": a day-first page's 2 December
            published, readings = readings[0], ()
        if published or readings:
            # (a date line "02/12/2026" is one, though it does not say which day)
            header = _Header(lines[filled[0]], published, None, filled[k] + 1)
            header.readings = readings
            header.standfirst = tuple(
                filled[j] for j in range(1, k) if _is_standfirst(lines[filled[j]])
            )
            rest = filled[k + 1 :]
            _take_outlet(header, lines, rest)
            if header.source is None and k >= 2 and _is_masthead(lines[filled[1]]):
                # no outlet under the date ("By Mariana Quispe", "Summary", "Baku /
                # Paris" are the story's): the outlet's name is the line under the
                # title, above the date ("Andes Post - English edition")
                header.source = lines[filled[1]]
            if town:
                # the town stays with the story (its layout reads it as a dateline)
                taken = header.source is not None and header.body_start > filled[k] + 1
                header.skip = rest[0] if taken else None
                header.body_start = filled[k]
            return header
        if len(line) > _TITLE_MAX:
            break
    return _foot_dated(lines, filled)


def _foot_dated(lines: list[str], filled: list[int]) -> _Header:
    """A release whose page gives no date line under its headline but signs off with
    its town and day ("Abuja, Saturday, 21 November 2026", on a line of its own near
    the foot): dated by that line; the headline is its title, and the lines under the
    headline, the town and day among them, its text."""
    title = lines[filled[0]]
    if _ENDS_SENTENCE.search(title) or len(filled) < 3:
        return _Header()
    for i in reversed(filled[-_FOOT_WINDOW:]):
        m = _TOWN_BEFORE.fullmatch(lines[i])
        try:
            # the day alone after the town: not a headline's "- 14 November 2026"
            published = _date_of(m["rest"]) if m else None
        except NotADate:
            return _Header()
        if published is not None:
            return _Header(title, published, None, filled[1])
    return _Header()


def _date_first(lines: list[str], filled: list[int]) -> _Header | None:
    """The header of a page that opens with its date line, then the title ("December
    16, 2014 / Lavrov: Russia optimistic on Syria talks / The Moscow Times / ...") or
    the story."""
    if len(filled) < 2:
        return None
    try:
        published = parse_date_line(lines[filled[0]])
    except NotADate:
        return None
    if published is None:
        return None
    title = lines[filled[1]]
    if len(title) > _TITLE_MAX or title.endswith((".", "!", "?")):
        # no title: the story starts under the date
        return _Header(None, published, None, filled[1])
    header = _Header(title, published, None, filled[1] + 1)
    _take_outlet(header, lines, filled[2:])
    return header


def _take_outlet(header: _Header, lines: list[str], rest: list[int]) -> None:
    """The outlet's name on the line after the header's date (with more after it,
    ``rest``: the non-empty lines left), as the article's source; the body starts
    after it."""
    if len(rest) >= 2 and _is_outlet(lines[rest[0]]):
        header.source = lines[rest[0]]
        header.body_start = rest[0] + 1


# under a page's header, the lines that say who wrote it and where they are, or give
# their handle ("Anna Petrova in Almaty", "Martin Chulov in Beirut and Bethan
# McKernan in Istanbul", "@annapetrova"): where the writers are is not where the news
# is, and the story starts below them (a text with no header may open with a
# headline written like them: "Biden Visits Troops in Kenya")
_NAME = r"[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3}"
_IN_TOWN = r"\s+in\s+[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)?"
_WRITERS_LINE = re.compile(
    rf"{_NAME}{_IN_TOWN}(?:\s*(?:,|\band\b)\s*{_NAME}(?:{_IN_TOWN})?)*"
)
_HANDLE_LINE = re.compile(r"@\w{2,30}")
# ... or a byline of names alone ("By Mariana Quispe", "By Jane Doe and John Roe"; one
# with a town, "By Musa Ibrahim, Kaduna", is left to the layout, which reads the town)
_NAMES_BYLINE = re.compile(rf"(?i:by)\s+{_NAME}(?:,?\s+and\s+{_NAME})*")
_WRITERS_MAX = 100


def _skip_writers(lines: list[str], header: _Header, body_end: int) -> None:
    """Move the body's start past the writers' lines that open it."""
    if header.skip is not None:
        return  # (a dateline line the header keeps opens the body)
    start = header.body_start
    for i in range(header.body_start, body_end):
        line = lines[i]
        if not line:
            continue
        if len(line) > _WRITERS_MAX or not (
            _WRITERS_LINE.fullmatch(line)
            or _HANDLE_LINE.fullmatch(line)
            or _NAMES_BYLINE.fullmatch(line)
        ):
            header.body_start = start
            return
        start = i + 1
    # (nothing but such lines: they are the body)


def _is_standfirst(line: str) -> bool:
    """Is a line between the title and the date a standfirst: a sentence that sums
    the story up ("Students blocked one of Belgrade's main bridges for 24 hours, in
    the largest show of anger ..."), not a byline or a button?"""
    return len(line) > _FURNITURE_MAX and line.endswith((".", "!", "?", '"', "\u201d"))


def _is_outlet(line: str) -> bool:
    return (
        len(line) <= _OUTLET_MAX
        and len(line.split()) <= _OUTLET_WORDS
        and not line.endswith((*_TERMINAL, ";", ","))
        and not _URL_LINE.fullmatch(line)
        and not _NOT_OUTLET.match(line)
    )


# a short line under a page's date that is no outlet: a byline ("By Mariana Quispe"),
# a handle, a heading of the page's own ("Summary", "Key points", "Live updates"),
# the towns the story was filed from ("Baku / Paris")
_NOT_OUTLET = re.compile(
    r"(?:(?i:by)\s+[A-Z]|@\w|(?i:(?:summary|key\s+points|highlights|in\s+brief|"
    r"at\s+a\s+glance|what\s+we\s+know|latest(?:\s+updates)?|"
    r"live(?:\s+updates|\s+blog)?|advertisement|share|listen\b)(?:\W*$|\s+(?:to|this)\b))"
    r"|[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+)?(?:\s*/\s*[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+)?)+$)",
)
# a masthead: a name in capitals ("Maghreb Today", "The Andes Post"), maybe with its
# edition after a dash or a bar ("Caucasus Review - Europe edition")
_MASTHEAD = re.compile(
    r"(?:[A-Z][\w'&.\-]*|of|the|and|de|la|el|al|du|&)"
    r"(?:\s+(?:[A-Z][\w'&.\-]*|of|the|and|de|la|el|al|du|&))*"
    r"(?:\s+[-\u2013\u2014|:]\s+.+)?"
)


def _is_masthead(line: str) -> bool:
    """Is a line between the title and the date line the outlet's name (not a
    byline, a writers' line, a button or a short standfirst)?"""
    return (
        _is_outlet(line)
        and _MASTHEAD.fullmatch(line) is not None
        and line[:1].isupper()
        and not _WRITERS_LINE.fullmatch(line)
        and parse_date_line(line) is None
    )


# a line of the page's own that a label opens ("Read more: ...", "Photo: ...",
# "Related: ..."): never the rest of the line before, whatever that ends with
_PAGE_LABEL = re.compile(
    r"(?i:read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+\w+)?|photo|"
    r"image|caption|pull\s+quote|editor'?s\s+note|correction|advertisement)\s*:\s"
)


def join_body(lines: list[str]) -> str:
    """Paragraphs (split at blank lines) joined by a blank line, broken lines mended."""
    paragraphs: list[str] = []
    current = ""
    last = ""  # the line before, as the text has it
    for line in [*lines, ""]:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
        elif not current:
            current = last = line
        else:
            # A line that ends mid-sentence was wrapped; one that ends a sentence was
            # not, nor one before a list item's bullet ("- Ecuador's Noboa wins ...")
            # or a live page's time stamp ("16:20 Oli resigns"), nor, when the next
            # line does not run on in lowercase, a short one ("Most read", a headline
            # in a list of links) or one closed by a date ("... (03.01.2025)").
            wrapped = not (
                last.endswith(_TERMINAL)
                or _ITEM.match(line)
                or _PAGE_LABEL.match(line)
                or (
                    not line[:1].islower()
                    and (len(last) < _WRAPPED_MIN or _DATED_END.search(last))
                )
            )
            current += (" " if wrapped else "\n") + line
            last = line
    mended: list[str] = []
    for paragraph in paragraphs:
        if mended and not mended[-1].endswith(_TERMINAL) and _runs_on(paragraph):
            mended[-1] += " " + paragraph
        else:
            mended.append(paragraph)
    return "\n\n".join(mended)


def _runs_on(paragraph: str) -> bool:
    """Starts in lowercase, maybe after an opening quote: the rest of a sentence."""
    rest = paragraph[1:] if paragraph[:1] in _OPENING_QUOTES else paragraph
    return rest[:1].islower()
