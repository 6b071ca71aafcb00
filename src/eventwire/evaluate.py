"""Score the coder against gold records (``shared/gold``'s format).

For each gold sentence the predicted events and the gold events are compared as multisets:
CAMEO root, full CAMEO code, PLOVER category, source actor, target actor, and the
(source, target, root) tuple. Actors match by code where the gold has codes (a 3-letter gold
code is a country and matches any sector of it) and by shared words where it has text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Article

_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]{2,}|\b[A-Z]{2}\b")
_STOP = frozenset({"the", "and", "for", "of", "its", "his", "her", "their", "with"})


@dataclass
class GoldRecord:
    id: str
    text: str
    date: str | None
    events: list[dict[str, Any]]
    meta: dict[str, Any]


def read_gold(path: str | Path) -> Iterator[GoldRecord]:
    """Gold records, one JSON object a line; a bad line is an error naming file:line."""
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory.") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{path}:{n}: not valid JSON ({exc.msg} at column {exc.colno}); expected one gold record per line."
                ) from None
            if (
                not isinstance(obj, dict)
                or not isinstance(obj.get("text"), str)
                or not isinstance(obj.get("events"), list)
            ):
                raise InputError(
                    f'{path}:{n}: expected an object with "id", "text" and an "events" list.'
                )
            yield GoldRecord(
                str(obj.get("id", n)),
                obj["text"],
                obj.get("date"),
                obj["events"],
                obj.get("meta") or {},
            )


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Report:
    path: str
    sentences: int = 0
    events: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    by_root: dict[str, Score] = field(default_factory=dict)
    silent_expected: int = 0
    silent_ok: int = 0
    source_country_checked: int = 0
    source_country_ok: int = 0
    location_records: int = 0  # records whose gold names a place
    location_checked: int = 0  # ... where an event of the gold's kind was found
    location_ok: int = 0  # ... and is located there, in the right country
    by_subtype: dict[str, list[int]] = field(
        default_factory=dict
    )  # subtype -> [records, ok]
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def events_per_sentence(self) -> float:
        return self.events / self.sentences if self.sentences else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "sentences": self.sentences,
            "events": self.events,
            "events_per_sentence": round(self.events_per_sentence, 3),
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "by_root": {k: v.as_dict() for k, v in sorted(self.by_root.items())},
            "silent": {"expected": self.silent_expected, "silent": self.silent_ok},
            "location": {
                "records": self.location_records,
                "checked": self.location_checked,
                "correct": self.location_ok,
            },
            "source_country": {
                "checked": self.source_country_checked,
                "correct": self.source_country_ok,
            },
            "by_subtype": {
                k: {"records": v[0], "ok": v[1]}
                for k, v in sorted(self.by_subtype.items())
            },
        }


def _words(text: str | None) -> set[str]:
    return {w.lower().strip(".'") for w in _WORD.findall(text or "")} - _STOP


def actor_matches(
    pred: dict[str, Any] | None, gold_code: str | None, gold_text: str | None
) -> bool:
    """Does a predicted actor (record dict) match a gold actor (code and/or text)?"""
    if pred is None:
        return False
    if gold_code:
        g = gold_code.upper()
        code = (pred.get("code") or "").upper()
        country = (pred.get("country") or "").upper()
        if len(g) == 3:
            return code[:3] == g or country == g
        return (
            code == g or code.startswith(g) or (len(code) >= 6 and g.startswith(code))
        )
    if gold_text:
        gw = _words(gold_text)
        pw = _words(pred.get("text")) | _words(pred.get("name"))
        return bool(gw & pw)
    return False


def _match_count(
    preds: list[Any], golds: list[Any], same: Callable[[Any, Any], bool]
) -> int:
    """One-to-one greedy matching; the number of matched pairs."""
    used: set[int] = set()
    tp = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and same(p, g):
                used.add(i)
                tp += 1
                break
    return tp


def _self_loop(g: dict[str, Any]) -> bool:
    src = g.get("source_code") or g.get("source")
    return bool(src) and src == (g.get("target_code") or g.get("target"))


def _root(code: str | None) -> str | None:
    return code[:2] if code else None


def evaluate(
    records: Iterable[GoldRecord],
    code_fn: Callable[[list[Article]], list[list[dict[str, Any]]]],
    path: str = "",
    keep_errors: bool = False,
    batch: int = 64,
    place_country: Callable[[str, list[str]], str | None] | None = None,
) -> Report:
    """Score ``code_fn`` (articles -> event records per article) on gold records.

    ``place_country`` (a place name and the countries of the events' actors -> the
    place's country) checks the country of the locations found; without it only the
    place name is compared."""
    report = Report(path)
    for name in ("cameo_root", "cameo_code", "plover", "source", "target", "tuple"):
        report.scores[name] = Score()
    pending: list[GoldRecord] = []

    def flush() -> None:
        articles = [Article(id=r.id, text=r.text, published=r.date) for r in pending]
        for rec, preds in zip(pending, code_fn(articles), strict=True):
            _score_one(report, rec, preds, keep_errors)
            _score_location(report, rec, preds, place_country)
        pending.clear()

    for rec in records:
        pending.append(rec)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return report


def _place_key(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    return " ".join(w for w in words if w != "the")


def _score_location(
    report: Report,
    rec: GoldRecord,
    preds: list[dict[str, Any]],
    place_country: Callable[[str, list[str]], str | None] | None,
) -> None:
    """A record whose gold names a place, where an event of the gold's kind (CAMEO root
    or PLOVER category) was found: is one located there (same name, or one name inside
    the other: "Gorazde" and "the town of Gorazde") and in that place's country?"""
    golds = [g for g in rec.events if isinstance(g.get("location"), str)]
    if not golds:
        return
    report.location_records += 1
    roots = {_root(g.get("code")) for g in golds} - {None}
    plovers = {g.get("plover") for g in golds} - {None}
    preds = [
        p for p in preds if _root(p["cameo"]) in roots or p.get("plover") in plovers
    ]
    if not preds:
        return
    report.location_checked += 1
    names = [g["location"] for g in golds]
    countries = [
        c
        for p in preds
        for end in ("actor", "recipient")
        if p.get(end) and (c := p[end].get("country"))
    ]
    for name in names:
        want = _place_key(name)
        country = place_country(name, countries) if place_country else None
        for p in preds:
            loc = p.get("location") or {}
            got = _place_key(loc.get("name") or "")
            if not got or not (f" {got} " in f" {want} " or f" {want} " in f" {got} "):
                continue
            if country is None or loc.get("country") == country:
                report.location_ok += 1
                return


def _score_one(
    report: Report, rec: GoldRecord, preds: list[dict[str, Any]], keep_errors: bool
) -> None:
    report.sentences += 1
    report.events += len(preds)
    golds = rec.events
    s = report.scores
    if not golds:
        report.silent_expected += 1
        if not preds:
            report.silent_ok += 1
    # roots and codes: only gold events that have a code
    gold_codes = [g["code"] for g in golds if g.get("code")]
    if gold_codes or not golds:
        pred_codes = [p["cameo"] for p in preds]
        s["cameo_root"].add(
            sum(
                (
                    Counter(map(_root, pred_codes)) & Counter(map(_root, gold_codes))
                ).values()
            ),
            len(pred_codes),
            len(gold_codes),
        )
        s["cameo_code"].add(
            sum((Counter(pred_codes) & Counter(gold_codes)).values()),
            len(pred_codes),
            len(gold_codes),
        )
        for root in {*map(_root, pred_codes), *map(_root, gold_codes)}:
            if root is None:
                continue
            sc = report.by_root.setdefault(root, Score())
            pc = sum(1 for c in pred_codes if c[:2] == root)
            gc = sum(1 for c in gold_codes if c[:2] == root)
            sc.add(min(pc, gc), pc, gc)
    gold_plover = [g["plover"] for g in golds if g.get("plover")]
    if gold_plover or not golds:
        pred_plover = [p["plover"] for p in preds if p.get("plover")]
        s["plover"].add(
            sum((Counter(pred_plover) & Counter(gold_plover)).values()),
            len(pred_plover),
            len(gold_plover),
        )
    for end, rec_key in (("source", "actor"), ("target", "recipient")):
        gold_end = [g for g in golds if g.get(f"{end}_code") or g.get(end)]
        if gold_end or not golds:
            matched = _match_count(
                preds,
                gold_end,
                lambda p, g, e=end, k=rec_key: actor_matches(
                    p[k], g.get(f"{e}_code"), g.get(e)
                ),
            )
            s[end].add(matched, len(preds), len(gold_end))
    gold_tuple = [
        g for g in golds if g.get("code") and (g.get("source_code") or g.get("source"))
    ]
    if gold_tuple or not golds:

        def same_tuple(p: dict[str, Any], g: dict[str, Any]) -> bool:
            if _root(p["cameo"]) != _root(g["code"]):
                return False
            if _self_loop(g):
                # a participant listed as both ends (reciprocal meetings in the
                # ConfliBERT spans): it must take part, on either end
                return actor_matches(
                    p["actor"], g.get("source_code"), g.get("source")
                ) or (
                    actor_matches(p["recipient"], g.get("target_code"), g.get("target"))
                )
            if not actor_matches(p["actor"], g.get("source_code"), g.get("source")):
                return False
            if g.get("target_code") or g.get("target"):
                return actor_matches(
                    p["recipient"], g.get("target_code"), g.get("target")
                )
            return True

        s["tuple"].add(
            _match_count(preds, gold_tuple, same_tuple), len(preds), len(gold_tuple)
        )
    # source country of the events found (gold with codes)
    for g in golds:
        code = g.get("source_code")
        if not code or not preds:
            continue
        found = [p for p in preds if _root(p["cameo"]) == _root(g.get("code"))] or [
            p for p in preds if p.get("plover") and p.get("plover") == g.get("plover")
        ]
        if not found:
            continue
        # of the events of this kind, the one whose actor fits best (reciprocal pairs)
        hit = next(
            (p for p in found if actor_matches(p["actor"], code, None)), found[0]
        )
        report.source_country_checked += 1
        country = hit["actor"].get("country") or hit["actor"]["code"][:3]
        if country == code[:3] or hit["actor"]["code"].startswith(code[:6]):
            report.source_country_ok += 1
    # per subtype (CASE 2021 style records)
    subtype = (golds[0].get("meta") or {}).get("acled_style_subtype") if golds else None
    if subtype:
        expected = golds[0].get("plover")
        ok = any(p.get("plover") == expected for p in preds) if expected else not preds
        row = report.by_subtype.setdefault(subtype, [0, 0])
        row[0] += 1
        row[1] += int(ok)
    if keep_errors:
        _collect_errors(report, rec, preds)


def _collect_errors(
    report: Report, rec: GoldRecord, preds: list[dict[str, Any]]
) -> None:
    golds = rec.events
    gold_roots = Counter(_root(g.get("code")) for g in golds if g.get("code"))
    pred_roots = Counter(_root(p["cameo"]) for p in preds)
    for p in preds:
        if (
            pred_roots[_root(p["cameo"])] > gold_roots.get(_root(p["cameo"]), 0)
            or not golds
        ):
            report.errors.append(
                {
                    "kind": "false",
                    "id": rec.id,
                    "text": rec.text,
                    "event": f"{p['actor']['code']} -> {(p['recipient'] or {}).get('code', '-')} {p['cameo']} {p['cameo_name']}",
                    "evidence": f'trigger "{p["evidence"]["trigger"]}", rule {p["evidence"]["rule"]}',
                }
            )
    for g in golds:
        if not g.get("code") and not g.get("plover"):
            continue
        r = _root(g.get("code"))
        if r is not None and pred_roots.get(r, 0) >= gold_roots[r]:
            continue
        if r is None and any(p.get("plover") == g.get("plover") for p in preds):
            continue
        report.errors.append(
            {
                "kind": "missed",
                "id": rec.id,
                "text": rec.text,
                "event": f"{g.get('source_code') or g.get('source') or '?'} -> {g.get('target_code') or g.get('target') or '-'} {g.get('code') or g.get('plover')}",
                "evidence": "",
            }
        )
