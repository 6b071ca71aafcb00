"""The whole flow for a batch of articles: nlp -> actors -> events -> context -> records.

``Coder`` holds everything costly (the spaCy model, the dictionaries) and is built once per
process. ``code_articles`` streams articles through it, in this process or in ``workers``
processes, and yields each article with its events.

An article is read with its layout (``nlp.read_layout``: paragraphs, headline, datelines,
credits, captions) and parsed in pieces of at most ``nlp.PIECE_CHARS`` characters; a
piece is coded as soon as it is parsed, with what the story said before it (its actors,
its countries, the years it named), and its evidence offsets, sentence and token numbers
are the article's. There is no cap on an article's length: time and memory grow with it
linearly (the readers cap what they read: see ``ingest``).
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .actors.base import ActorBase, surface_key
from .actors.resolve import ActorResolver, DocMemory
from .context import find_place, resolve_date, text_date
from .context._spans import entities
from .context.dates import (
    Anchors,
    dateline_day,
    day_anchors,
    sentence_date,
    story_day,
)
from .context.history import (
    clause_is_background,
    dated_before_news,
    earlier_years,
    sentence_is_origin,
)
from .context.places import PlaceHints
from .dedup import merge_article
from .errors import first_line
from .events.coder import EventCoder, RawEvent, Trace
from .events.ontology import Ontology, load_ontology
from .events.patterns import PatternBook, load_patterns
from .geo import gazetteer
from .ingest._writer import IngestReport, IngestWriter
from .nlp import (
    BATCH_CHARS,
    BATCH_SIZE,
    PIECE_CHARS,
    Dateline,
    load_model,
    pieces,
    prepared_doc,
    read_layout,
)
from .records import Actor, Article, Event, Evidence, Modality, Place

# "northern Iraq", "south Lebanon", "central Kabul": a part of a named place
_PART_WORDS = frozenset(
    {
        f"{p}{s}"
        for p in ("north", "south", "east", "west")
        for s in ("", "ern", "east", "west", "eastern", "western")
    }
    | {"central", "upper", "lower", "greater", "inner", "outer", "rural"}
)
# "Mandera county", "Bryansk region": an area named after its town
_AREA_WORDS = frozenset(
    {"county", "province", "region", "state", "governorate", "district", "oblast"}
)
# a town of the gazetteer outside the story's countries must be this big to be meant
_FOREIGN_TOWN_POPULATION = 100_000
# a dateline places an event whose sentence names no place only when the event is of
# the story's days: an agreement "in mid-January" in a story filed in February is not
_DATELINE_DAYS = 7
# talks, meetings, visits and signings happen where both sides are: either side's
# country places them by the dateline
_TOGETHER_CODES = ("04", "057")
# ... but not talks by telephone ("Biden told Netanyahu in a phone call", in a story
# from Jerusalem)
_CALL_CODES = ("041",)
# assaults, fights, mass violence: what a country's forces do abroad as often as not
_FORCE_ROOTS = ("18", "19", "20")


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
        """The events of an article parsed as one ``doc``."""
        story = _Story(self, article, trace)
        story.add(doc)
        return story.events()

    def dateline_country(self, dateline: Dateline) -> str | None:
        """The country a dateline names: its region ("Afghanistan"), else its town
        ("KABUL", a capital; "PESHAWAR", by GeoNames)."""
        for name in (dateline.region, dateline.place):
            if name:
                country = self._place_country(name.title() if name.isupper() else name)
                if country:
                    return country
        return None

    def _filed_from(
        self,
        r: RawEvent,
        countries: list[str],
        day: str | None = None,
        published: str | None = None,
        visitors: frozenset[str] = frozenset(),
        lead: Dateline | None = None,
    ) -> Place | None:
        """An event whose clause names no place happened where the story was filed
        ("GAO, Mali - Rockets hit a market ...") when the event is of the story's days
        (within ``_DATELINE_DAYS`` of publication) and:

        - a statement, accusation or appeal: its speaker is of the dateline's country
          or has none (a U.N. office in a story from Geneva, the EU in one from
          Brussels), or the story calls the speaker a visitor ("visiting Vietnamese
          Prime Minister Pham Minh Chinh": ``visitors`` holds the names); Qatar
          condemning Israel in a story from Jerusalem is not there;
        - talks, meetings, signings, and what two sides do together: either side is
          (a telephone call is placed by no dateline);
        - a deed: its actors are all of the dateline's country, or its doer is and
          it is no use of force ("Somalia recalled its ambassador to Ethiopia" in a
          story from Mogadishu). A foreign actor's deed against that country
          ("Chinese ships fired water cannon at Philippine boats" in a story from
          Manila) is in the country, not in the town; a strike abroad reported from
          a capital is not there at all.

        A headline is placed by the story's first dateline. Background is never placed
        so. A story with no dateline has ``lead`` instead: the town in the country of
        one of its actors that its opening placed an event in, else the first country
        it names; it stands for a dateline, except for a speaker of no country."""
        dateline = _dateline_of(r.sent)
        inferred = dateline is None and lead is not None
        dateline = dateline or lead
        if dateline is None or not _near(day, published, _DATELINE_DAYS):
            return None
        if r.code.startswith(_CALL_CODES):
            return None  # a call joins two places: neither is known to be the town
        place = self._dateline_place(dateline, countries)
        if place is None:
            return None
        meeting = r.code.startswith(_TOGETHER_CODES) or _joint(r.clause, r.target)
        if self.ontology[r.code].quad_class in (1, 3) and not meeting:
            # what is said is said where the speaker is: Qatar's condemnation of
            # Israel is not made in Jerusalem; a stateless speaker (the EU in a story
            # from Brussels) may be there
            if (not r.source.country and not inferred) or (
                r.source.country == place.country
            ):
                return place
            # the speaker: the source, or who said it ("Pham said Vietnam supports")
            named = set((r.source.name or r.source.text).split())
            if r.speech_verb is not None:
                named.update(
                    t.text
                    for c in r.speech_verb.children
                    if c.dep_ == "nsubj"
                    for t in c.subtree
                )
            if named & visitors or (not inferred and _speaks_at(r, place)):
                return place
            return None
        home = place.country
        own = {a.country for a in (r.source, r.target) if a is not None and a.country}
        if not own or own == {home}:
            return place
        if meeting:
            return place if home in own else None
        if r.source.country == home and not r.code.startswith(_FORCE_ROOTS):
            return place  # "Somalia recalled its ambassador to Ethiopia"
        if r.target is not None and r.target.country == home and home:
            return self._nation(home)
        return None

    def _home_past(self, r: RawEvent, lead: Dateline | None) -> Place | None:
        """A background event whose actors are all of the story's country happened
        in that country, though not in the dateline's town ("Zuma was jailed in July
        2021" in a story from Johannesburg: South Africa)."""
        dateline = _dateline_of(r.sent) or lead
        home = self.dateline_country(dateline) if dateline is not None else None
        own = {a.country for a in (r.source, r.target) if a is not None}
        return self._nation(home) if home and own == {home} else None

    def _hints(
        self,
        r: RawEvent,
        countries: list[str],
        story: list[str],
        seen: list[Place] | None = None,
    ) -> PlaceHints:
        """What find_place needs beyond a name: geocoding by a country the text gives,
        capitals, the words of countries, the country of a bare "the capital" (the
        dateline's, else the event's own: with two countries, the doer's, or for
        force the target's) and of a town the gazetteer lacks (the
        country all the event's actors share, if the text names it: ``story``, not
        only a dateline; an attack needs its target named for that)."""
        dateline = _dateline_of(r.sent)
        home = self.dateline_country(dateline) if dateline is not None else None
        filed = home  # a country the dateline names ("SOMALIA: ...") is the story's
        source, target = r.source, r.target
        # (an actor of no known country does not stop the other's: "El Oro province")
        own = {a.country for a in (source, target) if a is not None and a.country}
        fallback = own.pop() if len(own) == 1 else None
        if target is None and self.ontology[r.code].quad_class == 4:
            fallback = None  # an attacker with no target named may strike abroad
        if (
            home is None
            and source.country
            and (target is None or target.country in (None, source.country))
        ):
            # (a target of no known country leaves the doer's: "stormed the State
            # Palace in the capital")
            home = source.country
        elif home is None and source.country and target is not None and target.country:
            # two countries: force is used in the capital of whom it is used on
            # ("troops entered the capital"); anything else is done in the doer's
            # ("handed a protest note to the Tajik ambassador in the capital")
            home = target.country if r.code.startswith(_FORCE_ROOTS) else source.country
        fallback = fallback if fallback in story or fallback == filed else None
        by_dateline = False
        if (
            filed is not None
            and fallback != filed
            and self._near_the_news(
                dateline,
                filed,
                own | {source.country, getattr(target, "country", None)},
            )
        ):
            # a village the gazetteer lacks in a story filed from a town near the
            # news is in the dateline's country, whoever's forces went there
            # ("DUHOK, Iraq - Turkish troops burned houses in the village of X")
            fallback, by_dateline = filed, True
        return PlaceHints(
            geocode=lambda name, first: self.geocode(name, [*first, *countries]),
            capital=self._capital,
            nation=self._nation,
            country=self._country_word,
            home=home,
            fallback=fallback,
            filed_fallback=by_dateline,
            recent=None if seen is None else (lambda kind: _last_of(seen, kind)),
        )

    def _near_the_news(
        self, dateline: Dateline | None, filed: str, actors: set[str | None]
    ) -> bool:
        """A dateline is near the news it tells when its town is no capital (a
        reporter in Duhok or Cucuta is where things happen), or when the event's
        actors include its country (a story from Washington of Russian troops is
        not about a place in the United States)."""
        if dateline is None:
            return False
        if filed in actors:
            return True
        capital = self.gazetteer.capital(filed)
        town = self._dateline_place(dateline, [filed])
        if town is None or town.precision != "city":
            return False  # a country or a region for a dateline: no town to be near
        return capital is None or town.geonameid != capital.geonameid

    def _capital(self, country: str) -> Place | None:
        geo = self.gazetteer.capital(country)
        if geo is None:
            return None
        lat, lon = round(geo.lat, 5), round(geo.lon, 5)
        return Place(geo.name, geo.country, lat, lon, geo.geonameid, "city")

    def _nation(self, country: str) -> Place | None:
        name = self.base.countries.get(country)
        return Place(name, country, precision="country") if name else None

    def _country_word(self, word: str) -> str | None:
        """The country a word names: "Kenya", "Kenya's", "Kenyan"."""
        term = self.base.terms.get(surface_key(word.removesuffix("'s")))
        if term is not None and term.country and term.kind in ("country", "demonym"):
            return term.country
        return None

    def _place_country(self, name: str, countries: Iterable[str] = ()) -> str | None:
        """The country of a place name: a country, capital or region in the base
        ("Borno" is Nigeria's state, not an alternate name of Borna in Saxony), else
        GeoNames (preferring the countries the story names)."""
        term = self.base.terms.get(surface_key(name))
        if (
            term is not None
            and term.country
            and term.kind in ("country", "capital", "region")
        ):
            return term.country
        place = self.gazetteer.lookup(name, countries)
        return place.country if place is not None else None

    def _dateline_place(self, dateline: Dateline, countries: list[str]) -> Place | None:
        """The dateline's town; a town the gazetteer lacks is still the town, in the
        country the dateline names ("ZALAMBESSA, Ethiopia -")."""
        town = dateline.place.title()
        place = self.geocode(town, countries)
        if place is None and dateline.region:
            region = self.geocode(dateline.region, countries)
            if region is not None and region.precision == "country" and region.country:
                place = Place(town, region.country, precision="city")
        return place

    def geocode(self, name: str, countries: list[str]) -> Place | None:
        """A place name to a GeoNames place, preferring the article's countries.
        "Western Cambodia", "south Lebanon": a part of a place falls back to the place."""
        found = self._geocode_name(name, countries)
        words = name.split()
        if found is None and len(words) > 1 and words[-1].lower() in _AREA_WORDS:
            town = self._geocode_name(" ".join(words[:-1]), countries)
            if (
                town is not None
                and town.precision == "city"
                and town.country in countries
            ):
                return Place(name, town.country, precision="admin1")
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
        if (
            geo.precision == "city"
            and countries
            and geo.country not in countries
            and geo.population < _FOREIGN_TOWN_POPULATION
        ):
            return None  # "Bal'ad" in a story about Somalia is not Balad, Iraq
        if geo.precision == "country":
            return Place(
                geo.name, geo.country, geonameid=geo.geonameid, precision="country"
            )
        lat, lon = round(geo.lat, 5), round(geo.lon, 5)
        if geo.precision == "admin1":  # "the Kurdistan Region": the gazetteer's own
            return Place(geo.name, geo.country, lat, lon, None, "admin1")
        return Place(geo.name, geo.country, lat, lon, geo.geonameid, "city")

    def _when(
        self,
        r: RawEvent,
        published: str | None,
        years: list[int | None],
        anchors: Anchors | None = None,
    ) -> tuple[str | None, str | None, bool, bool]:
        """(date, precision, historical, stated): the text's date, else the publication
        day for news of the day; background is dated by the text or not at all.
        ``stated``: the date is the text's own (its words or its section's dateline),
        not the day the story was filed."""
        info = self.ontology[r.code]
        # a comment or an appeal happens when it is said; what is to come, when it comes
        spoken = (
            r.speech_verb is not None and info.quad_class in (1, 3) and not r.future
        )
        # "agreed on Monday to restore relations": the agreeing is past, whatever is
        # to come; only a clause that is itself future reads its weekday forward
        ahead = r.future and (r.clause is None or r.clause.tag_ not in ("VBD", "VBN"))
        section = _section_day(r.sent, published)
        if section is not None and not r.future and not _dated_in_itself(r.sent):
            # "ABUJA, Oct 14 - ECOWAS condemned ...", a dateline down the story: what
            # its section tells with no date of its own is news of the day it gives,
            # not of the lead's or of a day named above it
            return section, "day", False, True
        found = text_date(
            r.clause,
            r.sent,
            published,
            r.speech_verb,
            spoken,
            future=ahead,
            trigger=r.trigger,
            anchors=anchors,
            done=not r.future,
        )
        if found is None and r.sent._.furniture == "caption":
            found = sentence_date(r.sent, published)
        cues = self.book.history
        if found is not None:
            day, precision = found
            old = not r.future and dated_before_news(day, precision, published)
            return day, precision, old or clause_is_background(r.clause, cues), True
        if sentence_is_origin(r.sent, cues):
            year = years[r.sentence] if r.sentence < len(years) else None
            return (
                (f"{year:04d}-01-01", "year", True, False)
                if year
                else (None, None, True, False)
            )
        if clause_is_background(r.clause, cues):
            return None, None, True, False
        if anchors is not None and anchors.lead is not None and not r.future:
            # news the text does not date is of the story's day ("Li said China is
            # willing ..." after talks "on Wednesday" in Thursday's paper)
            return anchors.lead.isoformat(), "day", False, False
        day, precision = resolve_date(r.clause, r.sent, published)
        return day, precision, False, False

    def _record(
        self,
        r: RawEvent,
        article: Article,
        countries: list[str],
        years: list[int | None],
        at: tuple[int, int, int] = (0, 0, 0),
        anchors: Anchors | None = None,
        story: list[str] | None = None,
        seen: list[Place] | None = None,
        visitors: frozenset[str] = frozenset(),
        lead: Dateline | None = None,
    ) -> Event:
        """The event record of ``r``; ``at`` is (characters, sentences, tokens) before
        the doc in the article, for the article's offsets; ``anchors`` the text's day
        dates (for "the previous day"); ``story`` the countries the text names;
        ``seen`` the towns and regions the story's events were placed in so far (a
        bare "in the city" is the last town), which this event's place joins;
        ``visitors`` the names of those the story says are visiting; ``lead`` the town
        or country that stands for a dateline the story lacks."""
        chars, sentences, tokens = at
        info = self.ontology[r.code]
        day, precision, historical, stated = self._when(
            r, article.published, years, anchors
        )
        hints = self._hints(r, countries, countries if story is None else story, seen)
        said = None
        if r.speech_verb is not None and info.quad_class in (1, 3):
            # a statement reported by a speech verb is made where it is said ("said in
            # Sanaa that the group would continue to target ships")
            said = find_place(
                r.speech_verb,
                r.sent,
                lambda name: self.geocode(name, countries),
                r.code,
                [r.source.text],
                hints=hints,
            )
        place = said or find_place(
            r.clause,
            r.sent,
            lambda name: self.geocode(name, countries),
            r.code,
            [r.source.text],
            trigger=r.trigger,
            hints=hints,
        )
        if (
            place is None or (place.country is None and place.precision is None)
        ) and not historical:
            # a place the gazetteer does not know ("at the Great Hall of the People")
            # gives way to the dateline's town, when the dateline places the event
            place = (
                self._filed_from(r, countries, day, article.published, visitors, lead)
                or place
            )
        elif place is None:
            place = self._home_past(r, lead)
        sent = r.sent
        text = sent.text  # (a span's text is built anew each time it is asked for)
        start = chars + sent.start_char + len(text) - len(text.lstrip())
        end = chars + sent.end_char - len(text) + len(text.rstrip())
        if (
            seen is not None
            and place is not None
            and place.precision in ("city", "admin1")
            and sent._.furniture != "caption"
        ):
            seen.append(place)
        return Event(
            article_id=article.id,
            sentence=sentences + r.sentence,
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
                # the article's own characters (the model read plain quotes)
                article.text[start:end],
                start,
                end,
                r.trigger.text,
                r.rule,
            ),
            date=day,
            date_precision=precision,
            location=place,
            confidence=r.confidence,
            trigger_index=tokens + r.trigger.i,
            dated=stated,
        )

    # -- batches -------------------------------------------------------------------------
    def code(
        self,
        articles: Iterable[Article],
        batch_size: int = BATCH_SIZE,
        *,
        skip_failed: bool = True,
    ) -> Iterator[Result]:
        """Code articles in this process, in spaCy batches (of pieces: one for any
        article up to ``PIECE_CHARS``). An article whose coding raises comes out with
        no events and its ``error`` (one line), and the batch goes on; with
        ``skip_failed=False`` the exception is raised."""

        def docs() -> Iterator[tuple[Any, tuple[Article, bool]]]:
            for article in articles:
                layout = read_layout(article.text)
                spans = pieces(layout, PIECE_CHARS)
                for k, (start, end) in enumerate(spans):
                    doc = prepared_doc(self.nlp, layout, start, end)
                    yield doc, (article, k == len(spans) - 1)

        story: _Story | None = None
        failed: str | None = None  # why the article being coded could not be
        for batch in _batches(docs(), batch_size, BATCH_CHARS):
            for doc, (article, last) in self.nlp.pipe(
                batch, as_tuples=True, batch_size=len(batch)
            ):
                if story is None:
                    story, failed = _Story(self, article), None
                events: list[Event] = []
                try:
                    if failed is None:
                        story.add(doc)
                        if last:
                            events = story.events()
                except Exception as exc:  # a fault in one article's coding
                    if not skip_failed:
                        raise
                    failed = coding_failed(article, exc)
                if last:
                    yield Result(article, [] if failed else events, failed)
                    story = None

    def code_text(
        self, text: str, published: str | None = None, article_id: str = "text"
    ) -> list[Event]:
        article = Article(id=article_id, text=text, published=published)
        [result] = self.code([article], skip_failed=False)
        return result.events


def coding_failed(article: Article, exc: Exception) -> str:
    """The one line that says an article could not be coded, and why."""
    where = article.origin or f"article {article.id}"
    return (
        f"{where}: coding failed ({type(exc).__name__}: {first_line(exc)}); the "
        "article was skipped."
    )


def skip_failed(results: Iterable[Result], skipped: list[str]) -> Iterator[Result]:
    """The results of the articles that could be coded; a line in ``skipped`` for
    each of the others."""
    for result in results:
        if result.error is not None:
            skipped.append(result.error)
        else:
            yield result


def _batches(
    items: Iterable[tuple[Any, Any]], size: int, chars: int
) -> Iterator[list[tuple[Any, Any]]]:
    """(doc, context) pairs in batches of at most ``size`` docs and ``chars``
    characters (a doc longer than that is a batch of its own)."""
    batch: list[tuple[Any, Any]] = []
    held = 0
    for item in items:
        length = len(item[0].text)
        if batch and (len(batch) >= size or held + length > chars):
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += length
    if batch:
        yield batch


class _Story:
    """One article being coded, piece by piece: what carries from one to the next."""

    def __init__(
        self, coder: Coder, article: Article, trace: Trace | None = None
    ) -> None:
        self.coder = coder
        self.article = article
        self.trace = trace
        self.memory = DocMemory()
        self.year: int | None = None  # the latest year before publication named so far
        self.filed: dict[str, None] = {}  # countries of the datelines so far, in order
        self.sentences = self.tokens = 0
        self.found: list[Event] = []
        self.last_day: date | None = None  # the text's last day date so far
        self.headline: int | None = None  # the headline's sentence, if there is one
        self.dated = article  # the article with the day its dateline gives, if any
        self.places: list[Place] = []  # the towns and regions events were placed in
        self.visitors: set[str] = set()  # the names of those it says are visiting
        self.lead: date | None = None  # the day the story's lead gives, if recent
        # a story with no dateline: the town its opening places an event in (a town
        # of one of the event's actors' countries)
        self.lead_town: Dateline | None = None

    def add(self, doc: Any) -> None:
        """Code one parsed piece (or the whole article)."""
        coder = self.coder
        if self.sentences == 0:
            self.dated = _dated_by_dateline(self.article, doc)
        article = self.dated
        raw = coder.events.code_doc(doc, article.published, self.trace, self.memory)
        if "isiting" in self.article.text:  # (most stories: no token to look at)
            self.visitors.update(_visitors(doc))
        for dateline in doc._.datelines:
            country = coder.dateline_country(dateline)
            if country:
                self.filed[country] = None
        # a caption's countries are the photo's, not the story's
        named = [
            c
            for pos, c in self.memory.countries
            if pos < 0 or doc[pos]._.furniture != "caption"
        ]
        countries = list(dict.fromkeys([*self.filed, *named]))
        captions = [(f.start, f.end) for f in doc._.furniture if f.kind == "caption"]
        years = earlier_years(doc, article.published, self.year, captions)
        if years:
            self.year = years[-1]
        at = (doc._.offset, self.sentences, self.tokens)
        sents = list(doc.sents)
        anchors = day_anchors(sents, article.published, self.last_day, captions)
        self.last_day = anchors.last
        if self.sentences == 0 and _is_headline(sents, self.article.text, doc._.offset):
            self.headline = 0
        if self.sentences == 0:
            # the lead: the first sentence of the story, past the headline and any
            # photo caption above it
            lead = next(
                (
                    s
                    for s in sents[1 if self.headline == 0 else 0 :]
                    if s.text.strip() and s._.furniture != "caption"
                ),
                None,
            )
            if lead is not None:
                self.lead = story_day(lead, anchors, article.published)
        anchors.lead = self.lead
        # with no dateline, the town the story's opening (past the headline) places
        # an event of one of its actors' countries in stands for one (a story: a text
        # with a headline, not a sentence on its own; or an article whose reader took
        # its title apart, as the wire reader does a scraped page's)
        story = self.headline == 0 or bool(self.article.title)
        opening = (
            range(self.headline == 0, (self.headline == 0) + _OPENING_SENTENCES)
            if self.sentences == 0 and story and not doc._.datelines
            else range(0)
        )
        # ... and until one does, the first country the story names (the headline's
        # subject, most often) stands for its dateline's country
        nation = coder.base.countries.get(named[0]) if opening and named else None
        home = Dateline(-1, -1, nation, None, None) if nation else None
        for r in raw:
            event = coder._record(
                r,
                article,
                countries,
                years,
                at,
                anchors,
                named,
                self.places,
                frozenset(self.visitors),
                self.lead_town or home,
            )
            self.found.append(event)
            place = event.location
            if (
                self.lead_town is None
                and r.sentence in opening
                and place is not None
                and place.precision == "city"
                and place.name
                and not event.modality.historical
                and place.country
                in (
                    event.actor.country,
                    event.recipient.country if event.recipient else None,
                )
                and r.sent._.furniture != "caption"
            ):
                self.lead_town = Dateline(-1, -1, place.name, None, None)
            self._meet_visitors(event, r.sent, _dateline_of(r.sent) or self.lead_town)
        self.sentences += len(years)
        self.tokens += len(doc)

    def _meet_visitors(
        self, event: Event, sent: Any, dateline: Dateline | None
    ) -> None:
        """Those the story's own words put in its dateline's town by name are there
        for the rest of it, as a visitor is: "Lula held talks with Ishiba in Tokyo
        ... Lula urged Japanese companies" (Lula speaks in Tokyo). The dateline alone
        does not put them there: talks may be held by telephone."""
        place = event.location
        if (
            dateline is None
            or not dateline.place
            or place is None
            or place.precision != "city"
            or not place.name
            or place.name.lower() != dateline.place.lower()
            or event.modality.historical
        ):
            return
        start = sent.start_char
        if start <= dateline.start < sent.end_char:
            start = dateline.end  # the words past the dateline's own
        if place.name.lower() not in sent.text[start - sent.start_char :].lower():
            return
        for actor in (event.actor, event.recipient):
            if actor is not None and actor.name:
                self.visitors.update(
                    w for w in actor.name.split() if len(w) > 2 and w[:1].isupper()
                )

    def events(self) -> list[Event]:
        """The article's events, one per happening (its repeats are its mentions)."""
        return merge_article(self.found, headline=self.headline)


# the sentences past the headline whose home event's town stands for a dateline
_OPENING_SENTENCES = 3
# a dateline this far into the text (characters) is the story's, not a wrap-up's
_LEAD_CHARS = 600


def _dated_by_dateline(article: Article, doc: Any) -> Article:
    """The article published on the day its first dateline gives, when that is
    within a couple of days of its publication date, or gives a year of its own."""
    first = next(iter(doc._.datelines), None)
    if first is None or not first.day or first.start > _LEAD_CHARS:
        return article
    day = dateline_day(first.day, article.published)
    if day is None or day == (article.published or "")[:10]:
        return article
    return replace(article, published=day)


def _section_day(sent: Any, published: str | None) -> str | None:
    """The day a dateline down the story gives its section ("ABUJA, Oct 14 -"), when
    it is not the story's first dateline (whose day is the story's own)."""
    dateline: Dateline | None = sent._.dateline
    datelines = sent.doc._.datelines
    if (
        dateline is None
        or not dateline.day
        or not datelines
        or dateline == datelines[0]
    ):
        return None
    try:
        pub = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    # (read as a dateline of a day up to a week before publication: a section may be
    # filed days before the story, never after it)
    for back in range(0, _SECTION_DAYS + 1, 2):
        day = dateline_day(dateline.day, (pub - timedelta(days=back)).isoformat())
        if day is not None and (
            pub - timedelta(days=_SECTION_DAYS)
            <= date.fromisoformat(day)
            <= pub + timedelta(days=1)
        ):
            return day
    return None


# how many days before publication a section's dateline may date it
_SECTION_DAYS = 7


def _dated_in_itself(sent: Any) -> bool:
    """Does the sentence name a date or time of its own?"""
    return any(e.label_ in ("DATE", "TIME") for e in entities(sent))


def _dateline_of(sent: Any) -> Dateline | None:
    """The dateline in force for a sentence; for a headline above the first dateline,
    that one."""
    dateline: Dateline | None = sent._.dateline
    if dateline is None and sent.start == 0 and sent.doc._.datelines:
        first: Dateline = sent.doc._.datelines[0]
        return first
    return dateline


# a foreign country's mission speaks where it is: in the town the story is filed from
_MISSIONS = frozenset({"embassy", "consulate", "legation"})
_MISSION_COMPOUNDS = frozenset({"high commission"})


def _speaks_at(r: RawEvent, place: Place) -> bool:
    """The speaker of a statement is in the dateline's town: a foreign embassy (high
    commission, consulate) named with no town of its own ("SUVA, Fiji - The Chinese
    embassy rejected the accusation"), or one whose relative clause puts him there
    ("New Zealand's foreign minister, who signed the agreement in Apia, praised ...",
    in a story from Apia)."""
    town = " ".join((place.name or "").lower().replace("-", " ").split())
    for verb in (r.clause, r.speech_verb):
        if verb is None:
            continue
        for subj in verb.children:
            if subj.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if any(
                k.dep_ == "prep" and k.lower_ in ("in", "at") for k in subj.children
            ):
                continue  # "the embassy in Canberra": its own town, not the dateline's
            name = " ".join(
                t.lower_ for t in subj.subtree if t.dep_ == "compound" or t is subj
            )
            if subj.lemma_.lower() in _MISSIONS or any(
                name.endswith(m) for m in _MISSION_COMPOUNDS
            ):
                return True
            for rel in subj.children:
                if rel.dep_ != "relcl":
                    continue
                for t in rel.subtree:
                    if (
                        t.dep_ == "pobj"
                        and t.head.lower_ in ("in", "at")
                        and " ".join(
                            t.doc[t.left_edge.i : t.i + 1].text.lower().split()
                        ).replace("-", " ")
                        == town
                    ):
                        return True
    return False


def _visitors(doc: Any) -> set[str]:
    """The proper names of those the text calls visiting: "visiting Vietnamese Prime
    Minister Pham Minh Chinh", "held talks with visiting Chinh" (a visitor speaks
    where the story is filed, whatever the country)."""
    out: set[str] = set()
    for tok in doc:
        if tok.lower_ != "visiting":
            continue
        if tok.dep_ == "amod":
            noun = tok.head
        else:
            noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if noun is None or noun.pos_ != "PROPN":
            continue
        out.update(t.text for t in noun.subtree if t.pos_ == "PROPN" and t.ent_type_)
    return out


def _last_of(places: list[Place], precision: str) -> Place | None:
    """The last of ``places`` with that precision."""
    return next((p for p in reversed(places) if p.precision == precision), None)


def _joint(clause: Any, target: Actor | None = None) -> bool:
    """Do the sides act together, as one coordinated subject ("Kenya and Somalia
    agreed"), with each other (the ``target`` one of them: "the United States and
    Saudi Arabia urged both sides" do not)?"""
    return clause is not None and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(g.dep_ == "conj" for g in c.children)
        and (
            target is None
            or target.text in clause.doc[c.left_edge.i : c.right_edge.i + 1].text
        )
        for c in clause.children
    )


def _near(day: str | None, published: str | None, days: int) -> bool:
    """Is an event's date within ``days`` of publication (or either unknown)?"""
    if not day or not published:
        return True
    try:
        gap = date.fromisoformat(day[:10]) - date.fromisoformat(published[:10])
    except ValueError:
        return True
    return abs(gap.days) <= days


def _is_headline(sents: list[Any], article: str, offset: int) -> bool:
    """Is the first sentence a headline: one line of its own, a paragraph apart from
    the story, with no full stop, and a story after it? (``article`` is the text the
    doc is a piece of, from ``offset``: its newlines are the layout's.)"""
    if len(sents) < 2:
        return False
    first = sents[0]
    text = first.text.strip()
    between = article[offset + first.end_char : offset + sents[1].start_char]
    return (
        bool(text)
        and "\n" not in text
        and text[-1] not in ".!?"
        and ("\n\n" in first.text + between or bool(first.doc._.datelines))
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
def ingest(
    articles: Iterable[Article],
    store: Any,
    workers: int = 1,
    model: str | None = None,
    statements: bool = False,
    progress: Any = None,
    coder: Coder | None = None,
    report: Any = None,
) -> IngestReport:
    """Code the articles the store does not hold yet and add them (``store`` is an
    ``EventStore``, which writes them in batches, one transaction each).
    ``progress(report)`` is called after each article. Stored articles are not coded
    again, so a re-run after a crash only codes what is missing. An article whose
    coding fails is left out, with a line in ``report.skipped`` (a ``ReadReport``)."""
    writer = IngestWriter(store, progress)
    fresh = (article for article in articles if writer.read(article))
    results = code_articles(
        fresh, workers=workers, model=model, coder=coder, statements=statements
    )
    # an article that could not be coded is not stored (a later run tries it again)
    for result in skip_failed(results, report.skipped if report is not None else []):
        writer.add(result.article, result.events)
    return writer.finish()
