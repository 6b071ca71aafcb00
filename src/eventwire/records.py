"""The records that flow between stages: Article in, Event out.

``Event.to_dict()`` is the event record of ``design.md``; its field names are a contract.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article as read by ``ingest``.

    ``published`` is an ISO date (``YYYY-MM-DD``) or ``None`` when the input gives none;
    it is never filled in with today's date.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = "en"
    origin: str | None = None  # where it was read from: "file.jsonl:17"

    @staticmethod
    def make_id(text: str, title: str | None = None, url: str | None = None) -> str:
        """A stable id from the content, for inputs that give none."""
        h = hashlib.sha1()
        for part in (url or "", title or "", text):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:16]


# the country part of an actor code when the text and the story name no country
UNKNOWN_COUNTRY = "---"


def actor_code(country: str | None, sector: str | None) -> str:
    """The CAMEO-style code of a country and sector: "RUSGOV", "---REB" (no country)."""
    return (country or UNKNOWN_COUNTRY) + (sector or "")


@dataclass(frozen=True)
class Actor:
    """Who: the text that names an actor and its CAMEO-style code."""

    text: str
    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    why: str = ""  # how the code was found, for `explain`

    @property
    def identity(self) -> str:
        """What tells two actors apart: the code; for a code with no country (two
        bodies the base does not know are both "---"), the text as well."""
        if self.code.startswith(UNKNOWN_COUNTRY):
            return f"{self.code}|{self.text.lower()}"
        return self.code

    @property
    def is_plain(self) -> bool:
        """Is the code just country and sector (not an organisation's own code)?"""
        return self.code == actor_code(self.country, self.sector)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "name": self.name,
        }


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: str | None = None  # city | admin1 | country

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "precision": self.precision,
        }


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    reported_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "historical": self.historical,
            "reported_by": self.reported_by,
        }


@dataclass
class Evidence:
    text: str
    start: int
    end: int
    trigger: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "rule": self.rule,
        }


@dataclass
class Event:
    """One coded event: the record of ``design.md``."""

    article_id: str
    sentence: int
    actor: Actor
    recipient: Actor | None
    cameo: str
    cameo_name: str
    goldstein: float
    quad_class: int
    plover: str | None
    modality: Modality
    evidence: Evidence
    date: str | None = None
    date_precision: str | None = None
    location: Place | None = None
    confidence: float = 0.5
    mentions: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: {"mentions": 1, "sources": 1, "articles": 1}
    )
    trigger_index: int = -1  # token index of the trigger in the article (not exported)
    # the date is the text's own, not the day the story was filed (not exported: it
    # lets a story's repeats of one happening take the date one of them states)
    dated: bool = False

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @property
    def event_id(self) -> str:
        parts = [
            self.article_id,
            str(self.sentence),
            self.actor.code,
            self.recipient.code if self.recipient else "",
            self.cameo,
            str(self.trigger_index),
        ]
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]

    def to_dict(self) -> dict[str, Any]:
        mentions = self.mentions or [
            {
                "article_id": self.article_id,
                "sentence": self.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
            }
        ]
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "actor": self.actor.to_dict(),
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": self.plover,
            "modality": self.modality.to_dict(),
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "evidence": self.evidence.to_dict(),
            "mentions": mentions,
            "counts": dict(self.counts),
            "confidence": self.confidence,
        }


EVENT_FIELDS = (
    "event_id",
    "article_id",
    "sentence",
    "actor",
    "recipient",
    "cameo",
    "cameo_root",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover",
    "modality",
    "date",
    "date_precision",
    "location",
    "evidence",
    "mentions",
    "counts",
    "confidence",
)


CSV_COLUMNS = (
    "event_id",
    "article_id",
    "sentence",
    "actor_text",
    "actor_code",
    "actor_country",
    "actor_sector",
    "actor_name",
    "recipient_text",
    "recipient_code",
    "recipient_country",
    "recipient_sector",
    "recipient_name",
    "cameo",
    "cameo_root",
    "cameo_name",
    "goldstein",
    "quad_class",
    "plover",
    "negated",
    "hypothetical",
    "future",
    "historical",
    "reported_by",
    "date",
    "date_precision",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "location_geonameid",
    "location_precision",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "evidence_trigger",
    "evidence_rule",
    "mentions",
    "sources",
    "articles",
    "confidence",
)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat row (CSV, tables): nested objects become prefixed columns."""
    row: dict[str, Any] = {}
    for key in (
        "event_id",
        "article_id",
        "sentence",
        "cameo",
        "cameo_root",
        "cameo_name",
        "goldstein",
        "quad_class",
        "plover",
        "date",
        "date_precision",
        "confidence",
    ):
        row[key] = record.get(key)
    for who in ("actor", "recipient"):
        part = record.get(who) or {}
        for key in ("text", "code", "country", "sector", "name"):
            row[f"{who}_{key}"] = part.get(key)
    for key, value in (record.get("modality") or {}).items():
        row[key] = value
    loc = record.get("location") or {}
    row["location_name"] = loc.get("name")
    row["location_country"] = loc.get("country")
    row["location_lat"] = loc.get("lat")
    row["location_lon"] = loc.get("lon")
    row["location_geonameid"] = loc.get("geonameid")
    row["location_precision"] = loc.get("precision")
    ev = record.get("evidence") or {}
    for key in ("text", "start", "end", "trigger", "rule"):
        row[f"evidence_{key}"] = ev.get(key)
    counts = record.get("counts") or {}
    for key in ("mentions", "sources", "articles"):
        row[key] = counts.get(key)
    return {k: row.get(k) for k in CSV_COLUMNS}
