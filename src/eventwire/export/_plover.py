"""Events as PLOVER/POLECAT-style JSON objects.

``event_type`` is the event's PLOVER category. ``mode`` and ``context`` come from the
CAMEO-to-PLOVER table in ``dictionaries/ontology/cameo.yaml`` (its 5th and 6th columns):
"193 fight with small arms" is ASSAULT with mode ``firearms`` and context ``military``;
"042 make a visit" is CONSULT with mode ``visit``. A code the table gives no mode has
``mode: null``; ``context`` is a list, empty where the table gives none. Events without
a PLOVER category (CAMEO 01x statements) have no PLOVER form and are not written.
"""

from __future__ import annotations

from typing import Any

PLOVER_FIELDS = (
    "event_id",
    "event_type",
    "mode",
    "context",
    "actor",
    "recipient",
    "date",
    "date_precision",
    "location",
    "quote",
    "article_id",
    "url",
    "cameo",
    "goldstein",
    "quad_class",
    "modality",
    "counts",
    "confidence",
)


def plover_mode_context(cameo: str, event_type: str) -> tuple[str | None, list[str]]:
    """PLOVER mode and contexts of a CAMEO code, where the table gives them for the
    event's own category."""
    from ..events.ontology import load_ontology

    ontology = load_ontology()
    if cameo not in ontology or ontology[cameo].plover != event_type:
        return None, []
    code = ontology[cameo]
    return code.plover_mode, [code.plover_context] if code.plover_context else []


def plover_record(row: dict[str, Any]) -> dict[str, Any] | None:
    """One event row (``iter_events(..., with_record=True)``) as a PLOVER object, or
    ``None`` for an event with no PLOVER category."""
    record = row["record"]
    event_type = record.get("plover")
    if not event_type:
        return None
    mode, context = plover_mode_context(record.get("cameo") or "", event_type)
    location = record.get("location")
    evidence = record.get("evidence") or {}
    out = {
        "event_id": record.get("event_id"),
        "event_type": event_type,
        "mode": mode,
        "context": context,
        "actor": _actor(record.get("actor")),
        "recipient": _actor(record.get("recipient")),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "location": None
        if not location
        else {
            key: location.get(key)
            for key in ("name", "country", "lat", "lon", "geonameid", "precision")
        },
        "quote": (evidence.get("text") or "").strip() or None,
        "article_id": record.get("article_id"),
        "url": row.get("article_url"),
        "cameo": record.get("cameo"),
        "goldstein": record.get("goldstein"),
        "quad_class": record.get("quad_class"),
        "modality": record.get("modality"),
        "counts": record.get("counts"),
        "confidence": record.get("confidence"),
    }
    return {key: out[key] for key in PLOVER_FIELDS}


def _actor(part: dict[str, Any] | None) -> dict[str, Any] | None:
    if not part:
        return None
    return {
        # PLOVER names an actor; where the coder knows no proper name, the words of
        # the text that named it stand in.
        "name": part.get("name") or part.get("text"),
        "country": part.get("country"),
        "sector": part.get("sector"),
        "code": part.get("code"),
        "text": part.get("text"),
    }
