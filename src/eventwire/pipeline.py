"""The whole flow for a batch of articles: nlp -> actors -> events -> context -> records.

``Coder`` holds everything costly (the spaCy model, the dictionaries) and is built once per
process. ``code_articles`` streams articles through it, in this process or in ``workers``
processes, and yields each article with its events.
"""

from __future__ import annotations

import multiprocessing as mp
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .actors.base import ActorBase, surface_key
from .actors.resolve import ActorResolver, DocMemory
from .context import find_place, resolve_date, text_date
from .context.history import (
    clause_is_background,
    dated_before_news,
    earlier_years,
    sentence_is_origin,
)
from .dedup import merge_article
from .events.coder import EventCoder, RawEvent, Trace
from .events.ontology import Ontology, load_ontology
from .events.patterns import PatternBook, load_patterns
from .geo import gazetteer
from .nlp import BATCH_SIZE, MAX_CHARS, load_model
from .records import Article, Event, Evidence, Modality, Place

# "northern Iraq", "south Lebanon", "central Kabul": a part of a named place
_PART_WORDS = frozenset(
    {
        f"{p}{s}"
        for p in ("north", "south", "east", "west")
        for s in ("", "ern", "east", "west", "eastern", "western")
    }
    | {"central", "upper", "lower", "greater", "inner", "outer", "rural"}
)


@dataclass
class Result:
    article: Article
    events: list[Event]
    error: str | None = None


class Coder:
    """Code articles into events. Build once; call many times."""

    def __init__(
        self,
        model: str | None = None,
        actors_dir: str | Path | None = None,
        patterns_file: str | Path | None = None,
        statements: bool = False,
    ) -> None:
        self.nlp = load_model(model)
        self.ontology: Ontology = load_ontology()
        self.base = ActorBase.load(actors_dir)
        self.book: PatternBook = load_patterns(patterns_file, self.ontology)
        self.resolver = ActorResolver(self.base)
        self.gazetteer = gazetteer()
        self.events = EventCoder(
            self.resolver, self.book, self.ontology, self._place_country, statements
        )

    # -- one parsed document ------------------------------------------------------------
    def events_of(
        self, doc: Any, article: Article, trace: Trace | None = None
    ) -> list[Event]:
        memory = DocMemory()
        raw = self.events.code_doc(doc, article.published, trace, memory)
        countries = [c for _, c in memory.countries]
        years = earlier_years(doc, article.published)
        # one event across its mentions: "optimistic" said twice is one optimism
        return merge_article([self._record(r, article, countries, years) for r in raw])

    def _place_country(self, name: str, countries: Iterable[str] = ()) -> str | None:
        """The country of a place name: a country or capital in the base, else GeoNames
        (preferring the countries the story names)."""
        term = self.base.terms.get(surface_key(name))
        if term is not None and term.country and term.kind in ("country", "capital"):
            return term.country
        place = self.gazetteer.lookup(name, countries)
        return place.country if place is not None else None

    def geocode(self, name: str, countries: list[str]) -> Place | None:
        """A place name to a GeoNames place, preferring the article's countries.
        "Western Cambodia", "south Lebanon": a part of a place falls back to the place."""
        found = self._geocode_name(name, countries)
        words = name.split()
        if found is None and len(words) > 1 and words[0].lower() in _PART_WORDS:
            found = self._geocode_name(" ".join(words[1:]), countries)
        return found

    def _geocode_name(self, name: str, countries: list[str]) -> Place | None:
        term = self.base.terms.get(surface_key(name))
        if term is not None and term.kind == "country" and term.country:
            return Place(name, term.country, precision="country")
        geo = self.gazetteer.lookup(name, countries)
        if geo is None:
            return None
        if geo.precision == "country":
            return Place(
                geo.name, geo.country, geonameid=geo.geonameid, precision="country"
            )
        lat, lon = round(geo.lat, 5), round(geo.lon, 5)
        return Place(geo.name, geo.country, lat, lon, geo.geonameid, "city")

    def _when(
        self, r: RawEvent, published: str | None, years: list[int | None]
    ) -> tuple[str | None, str | None, bool]:
        """(date, precision, historical): the text's date, else the publication day
        for news of the day; background is dated by the text or not at all."""
        info = self.ontology[r.code]
        # a comment or an appeal happens when it is said; what is to come, when it comes
        spoken = (
            r.speech_verb is not None and info.quad_class in (1, 3) and not r.future
        )
        # "agreed on Monday to restore relations": the agreeing is past, whatever is
        # to come; only a clause that is itself future reads its weekday forward
        ahead = r.future and (r.clause is None or r.clause.tag_ not in ("VBD", "VBN"))
        found = text_date(
            r.clause, r.sent, published, r.speech_verb, spoken, future=ahead
        )
        cues = self.book.history
        if found is not None:
            day, precision = found
            old = not r.future and dated_before_news(day, precision, published)
            return day, precision, old or clause_is_background(r.clause, cues)
        if sentence_is_origin(r.sent, cues):
            year = years[r.sentence] if r.sentence < len(years) else None
            return (f"{year:04d}-01-01", "year", True) if year else (None, None, True)
        if clause_is_background(r.clause, cues):
            return None, None, True
        day, precision = resolve_date(r.clause, r.sent, published)
        return day, precision, False

    def _record(
        self,
        r: RawEvent,
        article: Article,
        countries: list[str],
        years: list[int | None],
    ) -> Event:
        info = self.ontology[r.code]
        day, precision, historical = self._when(r, article.published, years)
        place = find_place(
            r.clause,
            r.sent,
            lambda name: self.geocode(name, countries),
            r.code,
            [r.source.text],
        )
        sent = r.sent
        return Event(
            article_id=article.id,
            sentence=r.sentence,
            actor=r.source,
            recipient=r.target,
            cameo=r.code,
            cameo_name=info.name,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover=info.plover,
            modality=Modality(
                negated=r.negated,
                hypothetical=r.hypothetical,
                future=r.future,
                historical=historical,
                reported_by=r.reported_by,
            ),
            evidence=Evidence(
                sent.text.strip(),
                sent.start_char + len(sent.text) - len(sent.text.lstrip()),
                sent.end_char - len(sent.text) + len(sent.text.rstrip()),
                r.trigger.text,
                r.rule,
            ),
            date=day,
            date_precision=precision,
            location=place,
            confidence=r.confidence,
            trigger_index=r.trigger.i,
        )

    # -- batches -------------------------------------------------------------------------
    def code(
        self, articles: Iterable[Article], batch_size: int = BATCH_SIZE
    ) -> Iterator[Result]:
        """Code articles in this process, in spaCy batches."""
        pairs = ((_text_of(a), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield Result(article, self.events_of(doc, article))

    def code_text(
        self, text: str, published: str | None = None, article_id: str = "text"
    ) -> list[Event]:
        article = Article(id=article_id, text=text, published=published)
        return self.events_of(self.nlp(_text_of(article)), article)


def _text_of(article: Article) -> str:
    """The text the model reads: capped, with a leading dateline blanked out (same
    length, so evidence offsets still point into the article)."""
    text = article.text if len(article.text) <= MAX_CHARS else article.text[:MAX_CHARS]
    m = DATELINE.match(text)
    if m:
        text = " " * m.end() + text[m.end() :]
    return text


# "PESHAWAR (Northern Wire) - ", "GAZA CITY, Palestinian Territories: ", "LYON: ",
# "WASHINGTON, Dec 16 (Reuters) - ": where the story was filed, not part of its first
# sentence (the parser would take the town for the subject)
DATELINE = re.compile(
    r"\s*[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}"  # the town, in capitals
    r"(?:,\s*[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3})?"  # its country or region
    r"(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"  # a date
    r"\s*(?:\([^()\n]{1,60}\))?"  # the agency
    r"\s*(?:[-\u2013\u2014]+|:)\s+"
)


_SHARED: dict[tuple[str | None, bool], Coder] = {}


def shared_coder(model: str | None = None, statements: bool = False) -> Coder:
    """One Coder per model and setting in this process (the CLI, the API and tests share it)."""
    key = (model, statements)
    if key not in _SHARED:
        _SHARED[key] = Coder(model, statements=statements)
    return _SHARED[key]


# -- worker processes ---------------------------------------------------------------------
_WORKER: Coder | None = None


def _init_worker(model: str | None, statements: bool) -> None:
    global _WORKER
    _WORKER = Coder(model, statements=statements)


def _work(chunk: list[Article]) -> list[Result]:
    assert _WORKER is not None
    return list(_WORKER.code(chunk))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in articles:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_articles(
    articles: Iterable[Article],
    workers: int = 1,
    model: str | None = None,
    coder: Coder | None = None,
    chunk_size: int = 16,
    statements: bool = False,
) -> Iterator[Result]:
    """Code articles with ``workers`` processes (1: in this process), in input order."""
    if workers <= 1:
        yield from (coder or shared_coder(model, statements)).code(articles)
        return
    # fork shares the loaded model's pages; where there is no fork, each worker loads it
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(
        workers, initializer=_init_worker, initargs=(model, statements)
    ) as pool:
        for results in pool.imap(_work, _chunks(articles, chunk_size)):
            yield from results


# -- ingest: code and store a corpus ------------------------------------------------------
@dataclass
class IngestReport:
    articles: int = 0  # articles read
    coded: int = 0  # articles coded and stored now
    unchanged: int = 0  # already stored with the same content: left as they were
    replaced: int = 0  # stored before with other content
    events: int = 0  # events coded (after each article's own repeats merged)
    new_events: int = 0  # happenings not stored before
    mentions: int = 0


def ingest(
    articles: Iterable[Article],
    store: Any,
    workers: int = 1,
    model: str | None = None,
    statements: bool = False,
    progress: Any = None,
    coder: Coder | None = None,
) -> IngestReport:
    """Code the articles the store does not hold yet and add them (``store`` is an
    ``EventStore``, which writes them in batches, one transaction each).
    ``progress(report)`` is called after each article. Stored articles are not coded again, so a re-run after a crash only codes
    what is missing."""
    report = IngestReport()
    start = (store.totals.new_events, store.totals.mentions)

    def fresh() -> Iterator[Article]:
        for article in articles:
            report.articles += 1
            if store.has(article):
                report.unchanged += 1
                if progress is not None:
                    progress(report)
                continue
            yield article

    for result in code_articles(
        fresh(), workers=workers, model=model, coder=coder, statements=statements
    ):
        added = store.add(result.article, result.events)
        if added.status == "unchanged":  # the same article twice in one input
            report.unchanged += 1
        else:
            report.coded += 1
            report.replaced += added.status == "replaced"
            report.events += added.events
        if progress is not None:
            progress(report)
    store.flush()
    report.new_events = store.totals.new_events - start[0]
    report.mentions = store.totals.mentions - start[1]
    return report
