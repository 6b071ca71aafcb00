"""A small hand-made event store for the query, export and CLI tests.

The database is built from ``store/schema.sql`` and plain INSERTs, so these tests do not
depend on the store writer. Events span several countries, dyads, dates, codes,
modality flags and locations; some are reported by several articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

import eventwire.query
from eventwire.events.ontology import load_ontology

SCHEMA = Path(eventwire.query.__file__).resolve().parents[1] / "store" / "schema.sql"

ARTICLES = [
    # id, title, published, source, url
    ("a1", "Fighting in Crimea", "2014-03-03", "Wire One", "https://one.example/a1"),
    ("a2", "Crimea clashes", "2014-03-04", "Daily Two", "https://two.example/a2"),
    ("a3", "Crimea, day two", "2014-03-04", "Wire One", "https://one.example/a3"),
    ("a4", "Aleppo under fire", "2014-05-13", "Daily Two", "https://two.example/a4"),
    ("a5", "Talks in Vienna", "2014-06-30", "Wire One", None),
    ("a6", "Summer round-up", "2015-10-02", "Third Post", "https://three.example/a6"),
]

_PLACES = {
    # name: (country, lat, lon, geonameid, precision)
    "Simferopol": ("UKR", 44.95, 34.1, 693805, "city"),
    "Donetsk": ("UKR", 48.0, 37.8, 709717, "city"),
    "Aleppo": ("SYR", 36.2, 37.16, 170063, "city"),
    "Ankara": ("TUR", 39.92, 32.85, 323786, "city"),
    "Geneva": ("CHE", 46.2, 6.14, 2660646, "city"),
    "Vienna": ("AUT", 48.21, 16.37, 2761369, "city"),
    "Gaza": ("PSE", 31.5, 34.47, 281133, "city"),
    "Cairo": ("EGY", 30.06, 31.25, 360630, "city"),
    "Kyiv": ("UKR", 50.45, 30.52, 703448, "city"),
    "Texas": ("USA", 31.25, -99.25, 4736286, "admin1"),
    "Ferguson": ("USA", 38.74, -90.31, 4390700, "city"),
    "Syria": ("SYR", 35.0, 38.0, 163843, "country"),
}


@dataclass
class Ev:
    event_id: str
    actor: str
    recipient: str | None
    cameo: str
    date: str | None
    text: str
    place: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    article_id: str = "a1"
    sentence: int = 0
    mentions: list[tuple[str, int]] = field(default_factory=list)
    keep_record: bool = True


def eid(n: int) -> str:
    return f"{n:04x}abcdef0123456789"  # 20 hex digits, like the coder's ids


EVENTS = [
    Ev(
        eid(1),
        "RUSGOV",
        "UKRGOV",
        "190",
        "2014-03-03",
        "Russian troops fired on Ukrainian positions near Simferopol.",
        "Simferopol",
        mentions=[("a1", 0), ("a2", 3), ("a3", 1)],
    ),
    Ev(
        eid(2),
        "RUSMIL",
        "UKRMIL",
        "193",
        "2014-03-09",
        "Russian soldiers exchanged gunfire with Ukrainian marines in Donetsk.",
        "Donetsk",
        sentence=2,
        mentions=[("a1", 2), ("a1", 4)],
    ),
    Ev(
        eid(3),
        "RUSGOV",
        "UKRGOV",
        "036",
        "2014-03-10",
        "Moscow said it was ready to meet Kiev for talks.",
        article_id="a2",
        sentence=1,
    ),
    Ev(
        eid(4),
        "UKRGOV",
        "RUSGOV",
        "112",
        "2014-03-24",
        "Kiev accused Moscow of sending troops into Crimea.",
        article_id="a2",
        sentence=5,
    ),
    Ev(
        eid(5),
        "RUSGOV",
        "UKRGOV",
        "190",
        "2014-03-25",
        "Russia could strike Ukrainian bases if provoked, an analyst said.",
        hypothetical=True,
        article_id="a2",
        sentence=6,
    ),
    Ev(
        eid(6),
        "RUSGOV",
        "UKRGOV",
        "190",
        "2014-03-20",
        "Russia had attacked Ukrainian posts in earlier years.",
        historical=True,
        article_id="a3",
        sentence=2,
    ),
    Ev(
        eid(7),
        "RUSGOV",
        "UKRGOV",
        "042",
        "2014-03-26",
        "The Russian envoy did not visit Kiev.",
        negated=True,
        article_id="a3",
        sentence=3,
    ),
    Ev(
        eid(8),
        "USAGOV",
        "RUSGOV",
        "163",
        "2014-04-02",
        "Washington imposed sanctions on Moscow.",
        article_id="a3",
        sentence=4,
    ),
    Ev(
        eid(9),
        "SYRGOV",
        "SYRREB",
        "195",
        "2014-05-12",
        "Syrian government aircraft bombed rebel districts of Aleppo.",
        "Aleppo",
        article_id="a4",
        mentions=[("a4", 0), ("a2", 9)],
    ),
    Ev(
        eid(10),
        "SYRREB",
        "SYRGOV",
        "190",
        "2014-05-13",
        "Rebels shelled army positions in Aleppo.",
        "Aleppo",
        article_id="a4",
        sentence=1,
    ),
    Ev(
        eid(11),
        "TURGOV",
        "SYRGOV",
        "111",
        "2014-05-14",
        "Turkey denounced the Syrian regime in a statement from Ankara.",
        "Ankara",
        article_id="a4",
        sentence=2,
    ),
    Ev(
        eid(12),
        "IGOUNO",
        "SYRGOV",
        "020",
        "2014-05-20",
        "The United Nations appealed to Damascus from Geneva.",
        "Geneva",
        article_id="a4",
        sentence=3,
    ),
    Ev(
        eid(13),
        "USAGOV",
        "IRNGOV",
        "046",
        "2014-06-02",
        "American and Iranian negotiators held talks in Vienna.",
        "Vienna",
        article_id="a5",
    ),
    Ev(
        eid(14),
        "IRNGOV",
        "USAGOV",
        "057",
        "2014-06-30",
        "Iran signed an agreement with the United States in Vienna.",
        "Vienna",
        article_id="a5",
        sentence=1,
        keep_record=False,
    ),
    Ev(
        eid(15),
        "CHNGOV",
        "USAGOV",
        "013",
        "2014-07-01",
        "Beijing was optimistic about ties with Washington.",
        article_id="a5",
        sentence=2,
    ),
    Ev(
        eid(16),
        "USAGOV",
        "CHNGOV",
        "061",
        "2014-07-15",
        "Washington and Beijing agreed to expand trade.",
        article_id="a5",
        sentence=3,
        future=True,
    ),
    Ev(
        eid(17),
        "ISRMIL",
        "PSEREB",
        "190",
        "2014-07-20",
        "Israeli forces struck militants in Gaza.",
        "Gaza",
        article_id="a5",
        sentence=4,
    ),
    Ev(
        eid(18),
        "PSEREB",
        "ISRMIL",
        "190",
        "2014-07-21",
        "Militants fired rockets at Israeli troops.",
        article_id="a5",
        sentence=5,
    ),
    Ev(
        eid(19),
        "EGYGOV",
        "ISRGOV",
        "043",
        "2014-07-22",
        "Egypt hosted Israeli envoys in Cairo.",
        "Cairo",
        article_id="a5",
        sentence=6,
    ),
    Ev(
        eid(20),
        "UKRGOV",
        "IGOEUR",
        "0211",
        "2014-08-01",
        "Kiev asked the European Union for economic help.",
        article_id="a5",
        sentence=7,
    ),
    Ev(
        eid(21),
        "UKROPP",
        None,
        "141",
        "2014-08-05",
        "Opposition supporters rallied in Kyiv.",
        "Kyiv",
        article_id="a5",
        sentence=8,
    ),
    Ev(
        eid(22),
        "UKRGOV",
        "RUSGOV",
        "112",
        "2014-08-06",
        "Kiev said Moscow controls 40% of the border_zone.",
        article_id="a5",
        sentence=9,
    ),
    Ev(
        eid(23),
        "RUSGOV",
        "UKRGOV",
        "190",
        None,
        "Russian forces shelled Ukrainian lines at some point.",
        article_id="a5",
        sentence=10,
    ),
    Ev(
        eid(24),
        "FRAGOV",
        "DEUGOV",
        "040",
        "2015-01-05",
        "France consulted Germany.",
        article_id="a6",
    ),
    Ev(
        eid(25),
        "GBRGOV",
        "FRAGOV",
        "051",
        "2015-02-10",
        "Britain praised France.",
        article_id="a6",
        sentence=1,
    ),
    Ev(
        eid(26),
        "USAOPP",
        "USAGOV",
        "141",
        "2015-03-01",
        "Protesters rallied against the government across Texas.",
        "Texas",
        article_id="a6",
        sentence=2,
    ),
    Ev(
        eid(27),
        "USACVL",
        "USACOP",
        "145",
        "2015-03-02",
        "Residents rioted against police in Ferguson.",
        "Ferguson",
        article_id="a6",
        sentence=3,
    ),
    Ev(
        eid(28),
        "RUSGOV",
        "SYRGOV",
        "0332",
        "2015-09-30",
        "Moscow pledged military aid to Damascus.",
        article_id="a6",
        sentence=4,
    ),
    Ev(
        eid(29),
        "SYRGOV",
        "TURGOV",
        "138",
        "2015-10-01",
        "Damascus threatened Ankara with force.",
        article_id="a6",
        sentence=5,
    ),
    Ev(
        eid(30),
        "RUSMIL",
        "SYRREB",
        "195",
        "2015-10-02",
        "Russian jets bombed rebel positions in Syria.",
        "Syria",
        article_id="a6",
        sentence=6,
    ),
    Ev(
        eid(31),
        "SYRREB",
        "SYRGOV",
        "0874",
        "2015-10-02",
        "The rebels surrendered to the army.",
        article_id="a6",
        sentence=7,
    ),
]

# Expected by the tests: the ids of the events a default query keeps.
HIDDEN = {e.event_id for e in EVENTS if e.negated or e.hypothetical or e.historical}
VISIBLE = [e for e in EVENTS if e.event_id not in HIDDEN]

_SOURCES = {a[0]: a[3] for a in ARTICLES}


def _split(code: str | None) -> tuple[str | None, str | None]:
    if not code:
        return None, None
    if code.startswith("IGO"):
        return None, "IGO"
    return code[:3], code[3:] or None


def record(ev: Ev) -> dict[str, Any]:
    """The design.md event record of ``ev``, as the writer would store it."""
    ont = load_ontology()[ev.cameo]

    def actor(code: str | None) -> dict[str, Any] | None:
        if code is None:
            return None
        country, sector = _split(code)
        return {
            "text": f"text of {code}",
            "code": code,
            "country": country,
            "sector": sector,
            "name": None,
        }

    place = None
    if ev.place:
        country, lat, lon, gid, precision = _PLACES[ev.place]
        place = {
            "name": ev.place,
            "country": country,
            "lat": lat,
            "lon": lon,
            "geonameid": gid,
            "precision": precision,
        }
    return {
        "event_id": ev.event_id,
        "article_id": ev.article_id,
        "sentence": ev.sentence,
        "actor": actor(ev.actor),
        "recipient": actor(ev.recipient),
        "cameo": ev.cameo,
        "cameo_root": ev.cameo[:2],
        "cameo_name": ont.name,
        "goldstein": ont.goldstein,
        "quad_class": ont.quad_class,
        "plover": ont.plover,
        "modality": {
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
            "future": ev.future,
            "historical": ev.historical,
            "reported_by": None,
        },
        "date": ev.date,
        "date_precision": "day" if ev.date else None,
        "location": place,
        "evidence": {
            "text": ev.text,
            "start": 0,
            "end": len(ev.text),
            "trigger": ev.text.split()[1],
            "rule": f"test.{ev.cameo}",
        },
        "mentions": [
            {
                "article_id": ev.article_id,
                "sentence": ev.sentence,
                "start": 0,
                "end": len(ev.text),
            }
        ],
        "counts": {"mentions": 1, "sources": 1, "articles": 1},
        "confidence": 0.8,
    }


def build_store(path: str | Path, events: list[Ev] | None = None) -> Path:
    """A store at ``path`` holding ``events`` (default: ``EVENTS``); closed on return."""
    events = EVENTS if events is None else events
    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA.read_text(encoding="utf-8"))
        for seq, (aid, title, published, source, url) in enumerate(ARTICLES, 1):
            con.execute(
                "INSERT INTO articles (article_id, title, published, source, url, language,"
                " text, content_hash, n_events, ingested_seq) VALUES (?, ?, ?, ?, ?, 'en', ?, ?, 0, ?)",
                [
                    aid,
                    title,
                    published,
                    source,
                    url,
                    f"body of {aid}",
                    f"hash-{aid}",
                    seq,
                ],
            )
        for ev in events:
            rec = record(ev)
            flat = {
                "event_id": ev.event_id,
                "article_id": ev.article_id,
                "sentence": ev.sentence,
                "cameo": ev.cameo,
                "cameo_root": ev.cameo[:2],
                "goldstein": rec["goldstein"],
                "quad_class": rec["quad_class"],
                "plover": rec["plover"],
                "negated": ev.negated,
                "hypothetical": ev.hypothetical,
                "future": ev.future,
                "historical": ev.historical,
                "reported_by": None,
                "date": ev.date,
                "date_precision": rec["date_precision"],
                "evidence_text": ev.text,
                "evidence_trigger": rec["evidence"]["trigger"],
                "evidence_rule": rec["evidence"]["rule"],
                "confidence": 0.8,
                "first_seq": 1,
                "match_key": f"key-{ev.event_id}",
                "record": json.dumps(rec) if ev.keep_record else None,
            }
            for who in ("actor", "recipient"):
                part = rec[who] or {}
                for key in ("code", "country", "sector", "name"):
                    flat[f"{who}_{key}"] = part.get(key)
            loc = rec["location"] or {}
            for key in ("name", "country", "lat", "lon", "geonameid", "precision"):
                flat[f"location_{key}"] = loc.get(key)
            names = list(flat)
            con.execute(
                f"INSERT INTO events ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                [flat[n] for n in names],
            )
            for aid, sentence in ev.mentions or [(ev.article_id, ev.sentence)]:
                con.execute(
                    "INSERT INTO mentions VALUES (?, ?, ?, 0, ?, ?)",
                    [ev.event_id, aid, sentence, len(ev.text), _SOURCES[aid]],
                )
    finally:
        con.close()
    return Path(path)


def by_id(event_id: str) -> Ev:
    return next(e for e in EVENTS if e.event_id == event_id)
