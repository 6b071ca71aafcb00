"""Score the coder against gold records (``shared/gold``'s format).

For each gold sentence the predicted events and the gold events are compared: CAMEO root,
full CAMEO code and PLOVER category as multisets; source actor, target actor, the
(source, target, root) tuple and the (source, target, PLOVER) dyad by one-to-one matching.

Actors match in one of two ways (``matching``):

- ``strict`` (the default). Where the gold has a code, the codes must agree: a 3-letter
  gold code is a country (or a type such as ``IGO``) and matches any sector of it; a
  longer one matches the same code, a more specific one (``IGOUNO`` takes ``IGOUNOSML``)
  or a less specific one that still names more than a country (``IGOUNOSML`` takes
  ``IGOUNO``, never ``USA``); the gold's own spellings of some codes (``IGOEU``,
  ``IGOAFU``, ``JAP``, a sector ``***`` left open) are read as the coder's codes. Where
  the gold has only text, the predicted text or name must hold the gold phrase's head
  word ("troops" in "Serbian troops in Kosovo", "government" in "the government of
  Liberia", "diplomats" in "a group of diplomats"), not with another name before it
  ("North Korea" is not "South Korea"), or more than half of its content words.
- ``lenient``: the matcher used before, kept to compare with: codes as above without the
  gold's code spellings, and text that shares any one word of three letters or more.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import InputError
from .records import Article

Matching = Literal["strict", "lenient"]
MATCHINGS: tuple[Matching, ...] = ("strict", "lenient")

_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]{2,}|\b[A-Z]{2}\b")
_STOP = frozenset({"the", "and", "for", "of", "its", "his", "her", "their", "with"})

# How the gold files spell some actors, and the codes the coder gives the same actors.
# wire_sentences writes the EU, the AU, the IMF, the ICC and NATO in short forms; the
# PLOVER GSR uses CAMEO's old country codes for Italy and Japan; both write bodies of no
# country as CAMEO does.
_GOLD_CODE_ALIASES: dict[str, tuple[str, ...]] = {
    "IGOEU": (  # the EU's institutions, not the Council of Europe, the OSCE or the OHR
        "IGOEUREEC",
        "IGOEURCOM",
        "IGOEURPAR",
        "IGOEURECL",
        "IGOEURCEU",
        "IGOEUREAS",
        "IGOEURECB",
        "IGOEURCJE",
        "IGOEURFRX",
        "IGOEURPOL",
        "IGOEURFOR",
        "IGOEURLEX",
    ),
    "IGOAFU": ("IGOAFRAFU",),
    "IGOIMF": ("IGOBUSIMF",),
    "IGOICC": ("IGOINTICC",),
    "IGONAT": ("IGOWSTNAT",),
    # a non-governmental or intergovernmental body of no one country: CAMEO writes
    # "NGO"/"IGO", the coder "---" plus the sector
    "NGO": ("NGO", "---NGO"),
    "IGO": ("IGO", "---IGO"),
    "ITL": ("ITA",),
    "JAP": ("JPN",),
}

# Words of a gold actor phrase that are not its content.
_FUNCTION = frozenset(
    (
        "the a an and or of in on at for from to by with near throughout its his her "
        "their our this that these those who which whose as into about around up nearly "
        "along "
        "some s"
    ).split()
)
# A preposition, relative pronoun or post-modifying adjective ends a phrase's head part:
# "troops in Kosovo", "militiamen armed with machetes", "rebels loyal to ...".
_BOUNDARY = frozenset(
    (
        "in from near at throughout with for on to by under against between among "
        "across inside outside within into during including over who which that whose "
        "loyal close opposed"
    ).split()
)
# Words before a name that do not tell one actor from another ("President Bush").
_NAME_TITLES = frozenset(
    (
        "president vice prime minister foreign defence defense secretary general "
        "premier chancellor king queen prince sheikh emir ayatollah pope lord sir mr "
        "mrs ms dr gen col colonel senator sen rep judge governor mayor chairman chief "
        "commander ambassador envoy spokesman spokeswoman leader former deputy acting "
        "new"
    ).split()
)
# "X of Y" whose X counts or groups Y: the head is in Y ("thousands of students").
_PARTITIVE = frozenset(
    (
        "group groups number numbers dozen dozens hundreds thousands tens millions "
        "score scores handful some many most all several one two three half third part "
        "rest couple patch batch band crowd crowds"
    ).split()
)
# "Secretary of State Warren Christopher": a title "of" an office, then a name.
_TITLES = frozenset(
    (
        "secretary minister president chairman chairwoman chair head chief governor "
        "director commander ambassador envoy speaker premier mayor general"
    ).split()
)
_OFFICES = frozenset(
    (
        "state affairs defense defence interior justice finance health commerce trade "
        "foreign home energy education agriculture labour labor economy information "
        "security staff police"
    ).split()
)
# "the town of Gorazde", "the republic of Slovenia": the name after "of" heads it too.
_PLACE_NOUNS = frozenset(
    (
        "town city village province region enclave republic state island capital "
        "district county"
    ).split()
)
# a head so general that the name before it carries the phrase ("the Hizbollah group")
_GENERIC_HEADS = frozenset({"group", "groups", "movement", "faction", "militia"})


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
class SubtypeRow:
    """CASE 2021 style records of one subtype: how many, and how many came out right
    (the suggested PLOVER category found, or no event where none is suggested)."""

    records: int = 0
    ok: int = 0
    plover: str | None = None

    @property
    def share(self) -> float:
        return self.ok / self.records if self.records else 0.0


# The two CASE 2021 groups that earlier figures quoted, then the whole file split the
# same way, so that no chosen subset stands alone.
SUBTYPE_GROUPS: tuple[tuple[str, frozenset[str] | None, bool], ...] = (
    (
        "crime and disaster: silent",
        frozenset({"ORG_CRIME", "MAN_MADE_DISASTER", "NATURAL_DISASTER"}),
        False,
    ),
    (
        "protest, riot, battle, explosion, air strike: right PLOVER",
        frozenset(
            {
                "PEACE_PROTEST",
                "PROTEST_WITH_INTER",
                "VIOL_DEMONSTR",
                "MOB_VIOL",
                "ARMED_CLASH",
                "AIR_STRIKE",
                "ART_MISS_ATTACK",
                "GRENADE",
                "REM_EXPLOS",
                "SUIC_BOMB",
            }
        ),
        True,
    ),
    ("every subtype with a suggested PLOVER: right PLOVER", None, True),
    ("every subtype without one: silent", None, False),
)


@dataclass
class Report:
    path: str
    matching: Matching = "strict"
    sentences: int = 0
    events: int = 0  # predicted
    gold_events: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    by_root: dict[str, Score] = field(default_factory=dict)
    silent_expected: int = 0  # sentences whose gold is an empty list
    silent_ok: int = 0  # ... that got no event
    event_sentences: int = 0  # sentences whose gold holds an event
    event_sentences_silent: int = 0  # ... that got no event at all
    dyad_gold: int = 0  # gold events with a PLOVER category and a source
    dyad_typed_found: int = 0  # ... matched one-to-one: both ends and the category
    dyad_found: int = 0  # ... whose ends some predicted event has
    dyad_type_right: int = 0  # ... where one such event has the category too
    source_country_checked: int = 0
    source_country_ok: int = 0
    location_records: int = 0  # records whose gold names a place
    location_events: int = 0  # gold events that name a place
    location_checked: int = 0  # ... with a predicted event of their kind
    location_ok: int = 0  # ... whose best match is located there, in the right country
    by_subtype: dict[str, SubtypeRow] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def events_per_sentence(self) -> float:
        return self.events / self.sentences if self.sentences else 0.0

    @property
    def silent_share(self) -> float:
        """Of the sentences whose gold holds an event, the share with no event at all."""
        return _share(self.event_sentences_silent, self.event_sentences)

    @property
    def typed_dyad_recall(self) -> float:
        return _share(self.dyad_typed_found, self.dyad_gold)

    @property
    def type_given_dyad(self) -> float:
        return _share(self.dyad_type_right, self.dyad_found)

    def subtype_groups(self) -> list[tuple[str, int, int]]:
        """(group, records, ok) for each of ``SUBTYPE_GROUPS`` present in the file."""
        out = []
        for name, members, with_plover in SUBTYPE_GROUPS:
            rows = [
                row
                for subtype, row in self.by_subtype.items()
                if (subtype in members if members else True)
                and (row.plover is not None) == with_plover
            ]
            if rows:
                out.append(
                    (name, sum(r.records for r in rows), sum(r.ok for r in rows))
                )
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "matching": self.matching,
            "sentences": self.sentences,
            "events": self.events,
            "gold_events": self.gold_events,
            "events_per_sentence": round(self.events_per_sentence, 3),
            "scores": {k: v.as_dict() for k, v in self.scores.items()},
            "by_root": {k: v.as_dict() for k, v in sorted(self.by_root.items())},
            "silent": {"expected": self.silent_expected, "silent": self.silent_ok},
            "silent_share": {
                "event_sentences": self.event_sentences,
                "silent": self.event_sentences_silent,
                "share": round(self.silent_share, 4),
            },
            "typed_dyad": {
                "gold": self.dyad_gold,
                "found": self.dyad_typed_found,
                "recall": round(self.typed_dyad_recall, 4),
            },
            "type_given_dyad": {
                "dyads_found": self.dyad_found,
                "type_right": self.dyad_type_right,
                "share": round(self.type_given_dyad, 4),
            },
            "location": {
                "records": self.location_records,
                "events": self.location_events,
                "checked": self.location_checked,
                "correct": self.location_ok,
            },
            "source_country": {
                "checked": self.source_country_checked,
                "correct": self.source_country_ok,
            },
            "by_subtype": {
                k: {
                    "records": v.records,
                    "ok": v.ok,
                    "share": round(v.share, 4),
                    "plover": v.plover,
                }
                for k, v in sorted(self.by_subtype.items())
            },
            "subtype_groups": {
                name: {"records": n, "ok": ok, "share": round(_share(ok, n), 4)}
                for name, n, ok in self.subtype_groups()
            },
        }


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# -- actors -------------------------------------------------------------------------------


def actor_matches(
    pred: dict[str, Any] | None,
    gold_code: str | None,
    gold_text: str | None,
    matching: Matching = "strict",
) -> bool:
    """Does a predicted actor (record dict) match a gold actor (code and/or text)?

    >>> actor_matches({"code": "RUSGOV", "country": "RUS", "text": "Moscow"}, "RUS", None)
    True
    """
    if pred is None:
        return False
    if matching == "lenient":
        return _lenient_matches(pred, gold_code, gold_text)
    if gold_code:
        return _code_matches(pred, gold_code)
    if gold_text:
        return _text_matches(pred, gold_text)
    return False


# Countries the gold spells with other codes than the coder, in any actor code:
# CAMEO's KSV for Kosovo, which the coder writes XKX (the common ISO convention)
_GOLD_COUNTRY_ALIASES = {"KSV": "XKX"}


def _gold_codes(gold_code: str) -> tuple[str, ...]:
    # "BGD***": the PLOVER GSR's country with no sector
    code = gold_code.upper().rstrip("*")
    if code[:3] in _GOLD_COUNTRY_ALIASES:
        code = _GOLD_COUNTRY_ALIASES[code[:3]] + code[3:]
    return _GOLD_CODE_ALIASES.get(code, (code,)) if code else ()


def _code_matches(pred: dict[str, Any], gold_code: str) -> bool:
    code = (pred.get("code") or "").upper()
    country = (pred.get("country") or "").upper()
    for g in _gold_codes(gold_code):
        if len(g) == 3:
            if code[:3] == g or country == g:
                return True
        # a predicted code that is only a country ("USA") never takes "IGOUNO" or
        # "USAGOV": below six letters it says nothing of the sector
        elif code == g or code.startswith(g) or (len(code) >= 6 and g.startswith(code)):
            return True
    return False


def _tokens(text: str | None) -> list[str]:
    # "U.S." and "US", "U.N." and "UN" are the same word
    return re.findall(r"[^\W_]+", (text or "").replace(".", ""))


def _forms(token: str) -> set[str]:
    """A word's lower case, and its singular where it is a common noun ("rebels"):
    "States" in "United States" is not "state"."""
    low = token.lower()
    if (
        token.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith("ss")
    ):
        return {low, low[:-1]}
    return {low}


def _is_content(token: str) -> bool:
    return token.lower() not in _FUNCTION and not token.isdigit()


def head_words(text: str | None) -> set[str]:
    """The head word of an actor phrase, or of each of its parts (coordinated,
    appositive, an acronym in brackets), in lower case.

    >>> sorted(head_words("Thousands of Nigerians from the north"))
    ['nigerians']
    """
    return {head.lower() for head, _ in _heads(text)}


# A head with the proper-name word just before it ("South" in "South Korea", "Sudanese"
# in "the Sudanese government"); a predicted phrase with another name word there
# ("North Korea", "Israeli government") is another actor.
_Head = tuple[str, str | None]


def _modifier(tokens: list[str], i: int) -> str | None:
    if i == 0:
        return None
    before = tokens[i - 1]
    if not before[0].isupper() or not _is_content(before):
        return None
    return None if before.lower() in _NAME_TITLES else before


def _heads(text: str | None) -> set[_Head]:
    text = text or ""
    heads: set[_Head] = set()
    for inner in re.findall(r"\(([^()]*)\)", text):
        heads |= {(t, None) for t in _tokens(inner) if len(t) >= 2 and t.isupper()}
    text = re.sub(r"\([^()]*\)", " ", text)
    for part in re.split(r"[,;]|\s(?:and|or|&)\s", text, flags=re.IGNORECASE):
        heads |= _part_heads(_tokens(part))
    return heads


def _last_content(tokens: list[str], start: int, end: int) -> int | None:
    return next(
        (i for i in range(end - 1, start - 1, -1) if _is_content(tokens[i])), None
    )


def _part_heads(tokens: list[str]) -> set[_Head]:
    heads: set[_Head] = set()
    start, end = 0, len(tokens)
    for k, tok in enumerate(tokens):
        low = tok.lower()
        last = _last_content(tokens, start, k)
        if last is None:
            continue
        if low == "of":
            if tokens[last].lower() in _PARTITIVE:  # "thousands of students"
                start = k + 1
                continue
            rest = [i for i in range(k + 1, len(tokens)) if _is_content(tokens[i])]
            if (  # "Secretary of State Warren Christopher"
                tokens[last].lower() in _TITLES
                and len(rest) >= 2
                and all(tokens[i][0].isupper() for i in rest)
                and tokens[rest[-1]].lower() not in _OFFICES
            ):
                heads.add((tokens[rest[-1]], _modifier(tokens, rest[-1])))
            if tokens[last].lower() in _PLACE_NOUNS and rest:  # "the town of Gorazde"
                heads |= _part_heads(tokens[k + 1 :])
            end = k
            break
        if low in _BOUNDARY:
            end = k
            # a participle before the preposition is not the head: "armed with"
            while tokens[end - 1].lower().endswith(("ed", "ing")) and (
                sum(map(_is_content, tokens[start : end - 1])) > 0
            ):
                end -= 1
            break
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if (  # a clause after the head: "refugees fleeing the war"
            tok.islower()
            and len(tok) > 4
            and tok.endswith("ing")
            and following.lower() in _FUNCTION
        ):
            end = k
            break
    last = _last_content(tokens, start, end)
    if last is not None:
        heads.add((tokens[last], _modifier(tokens, last)))
        if tokens[last].lower() in _GENERIC_HEADS:  # "the Hizbollah group"
            before = _last_content(tokens, start, last)
            if before is not None and tokens[before][0].isupper():
                heads.add((tokens[before], _modifier(tokens, before)))
    return heads


def _head_found(head: _Head, phrases: list[list[str]]) -> bool:
    word, modifier = head
    for tokens in phrases:
        for i, t in enumerate(tokens):
            if not _forms(t) & _forms(word):
                continue
            other = _modifier(tokens, i)
            if modifier is None or other is None or other.lower() == modifier.lower():
                return True
    return False


def _text_matches(pred: dict[str, Any], gold_text: str) -> bool:
    phrases = [_tokens(pred.get("text")), _tokens(pred.get("name"))]
    if any(_head_found(h, phrases) for h in _heads(gold_text)):
        return True
    got: set[str] = set()
    for t in phrases[0] + phrases[1]:
        got |= _forms(t)
    want = {t.lower(): t for t in _tokens(gold_text) if _is_content(t)}
    found = sum(bool(_forms(t) & got) for t in want.values())
    return found * 2 > len(want)


def _words(text: str | None) -> set[str]:
    return {w.lower().strip(".'") for w in _WORD.findall(text or "")} - _STOP


def _lenient_matches(
    pred: dict[str, Any], gold_code: str | None, gold_text: str | None
) -> bool:
    """The matcher used before the strict one: any shared word of three letters."""
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


# -- matching events ----------------------------------------------------------------------


def _match_count(
    preds: list[Any], golds: list[Any], same: Callable[[Any, Any], bool]
) -> int:
    """One-to-one matching with as many pairs as there can be (augmenting paths: a
    first-fit pass could give a predicted event to the wrong gold event)."""
    fits = [[i for i, p in enumerate(preds) if same(p, g)] for g in golds]
    owner: dict[int, int] = {}

    def place(gi: int, seen: set[int]) -> bool:
        for pi in fits[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or place(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return sum(place(gi, set()) for gi in range(len(golds)))


def _self_loop(g: dict[str, Any]) -> bool:
    src = g.get("source_code") or g.get("source")
    return bool(src) and src == (g.get("target_code") or g.get("target"))


def _root(code: str | None) -> str | None:
    return code[:2] if code else None


def _has_source(g: dict[str, Any]) -> bool:
    return bool(g.get("source_code") or g.get("source"))


def _has_target(g: dict[str, Any]) -> bool:
    return bool(g.get("target_code") or g.get("target"))


def _is_event(g: dict[str, Any]) -> bool:
    """A gold entry that states an event (CASE 2021's crime and disaster entries hold
    only a subtype)."""
    return any(
        g.get(k)
        for k in ("code", "plover", "source", "target", "source_code", "target_code")
    )


def _end_matches(
    p: dict[str, Any], g: dict[str, Any], end: str, matching: Matching
) -> bool:
    key = "actor" if end == "source" else "recipient"
    return actor_matches(p.get(key), g.get(f"{end}_code"), g.get(end), matching)


def _dyad_matches(p: dict[str, Any], g: dict[str, Any], matching: Matching) -> bool:
    """The predicted event has the gold event's source and target (any target where
    the gold has none)."""
    if _self_loop(g):
        # a participant listed as both ends (reciprocal meetings in the ConfliBERT
        # spans): it must take part, on either end
        return _end_matches(p, g, "source", matching) or _end_matches(
            p, g, "target", matching
        )
    if not _end_matches(p, g, "source", matching):
        return False
    return not _has_target(g) or _end_matches(p, g, "target", matching)


def _same_kind(p: dict[str, Any], g: dict[str, Any]) -> bool:
    if g.get("plover") and p.get("plover") == g["plover"]:
        return True
    return bool(g.get("code")) and _root(p.get("cameo")) == _root(g["code"])


# -- scoring ------------------------------------------------------------------------------

CodeFn = Callable[[list[Article]], list[list[dict[str, Any]]]]
PlaceCountry = Callable[[str, list[str]], str | None]


def evaluate(
    records: Iterable[GoldRecord],
    code_fn: CodeFn,
    path: str = "",
    keep_errors: bool = False,
    batch: int = 64,
    place_country: PlaceCountry | None = None,
    matching: Matching = "strict",
) -> Report:
    """Score ``code_fn`` (articles -> event records per article) on gold records.

    ``place_country`` (a place name and the countries of the event's actors -> the
    place's country) checks the country of the locations found; without it only the
    place name is compared. ``matching`` says how actors match (see the module)."""
    if matching not in MATCHINGS:
        raise ValueError(f"matching is {matching!r}; expected one of {MATCHINGS}")
    report = Report(path, matching)
    for name in ("cameo_root", "cameo_code", "plover", "source", "target", "tuple"):
        report.scores[name] = Score()
    pending: list[GoldRecord] = []

    def flush() -> None:
        articles = [Article(id=r.id, text=r.text, published=r.date) for r in pending]
        for rec, preds in zip(pending, code_fn(articles), strict=True):
            _score_one(report, rec, preds, keep_errors)
            _score_dyads(report, rec, preds)
            _score_location(report, rec, preds, place_country)
        pending.clear()

    for rec in records:
        pending.append(rec)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return report


def evaluate_matchings(
    records: Iterable[GoldRecord],
    code_fn: CodeFn,
    path: str = "",
    place_country: PlaceCountry | None = None,
    matchings: Iterable[Matching] = MATCHINGS,
    keep_errors: bool = False,
) -> dict[Matching, Report]:
    """Code the records once and score them with each matching."""
    records = list(records)
    predictions: list[list[dict[str, Any]]] = []
    for start in range(0, len(records), 64):
        chunk = records[start : start + 64]
        predictions.extend(
            code_fn([Article(id=r.id, text=r.text, published=r.date) for r in chunk])
        )
    reports = {}
    for matching in matchings:
        replay = iter(predictions)
        reports[matching] = evaluate(
            records,
            lambda articles, it=replay: [next(it) for _ in articles],
            path,
            keep_errors=keep_errors,
            place_country=place_country,
            matching=matching,
        )
    return reports


def coder_functions(model: str | None = None) -> tuple[CodeFn, PlaceCountry]:
    """The shared coder as ``evaluate`` calls it: articles -> event records, and a
    place name with its events' countries -> the place's country."""
    from .pipeline import shared_coder

    coder = shared_coder(model)

    def code_fn(articles: list[Article]) -> list[list[dict[str, Any]]]:
        return [[e.to_dict() for e in r.events] for r in coder.code(articles)]

    def place_country(name: str, countries: list[str]) -> str | None:
        place = coder.geocode(name, countries)
        return place.country if place else None

    return code_fn, place_country


def _place_key(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    return " ".join(w for w in words if w != "the")


def _score_location(
    report: Report,
    rec: GoldRecord,
    preds: list[dict[str, Any]],
    place_country: PlaceCountry | None,
) -> None:
    """Each gold event that names a place, against its own best match: of the
    predicted events of its kind (PLOVER category or CAMEO root), the one whose actors
    fit it best (the first of equals). Is that one located there (the same name, or one
    inside the other: "Gorazde" and "the town of Gorazde"), in that place's country?"""
    golds = [
        g for g in rec.events if isinstance(g.get("location"), str) and g["location"]
    ]
    if not golds:
        return
    report.location_records += 1
    for g in golds:
        report.location_events += 1
        kind = [p for p in preds if _same_kind(p, g)]
        if not kind:
            continue
        report.location_checked += 1
        best = max(
            kind,
            key=lambda p, g=g: (
                _end_matches(p, g, "source", report.matching)
                + _end_matches(p, g, "target", report.matching)
            ),
        )
        if _located(best, g["location"], place_country):
            report.location_ok += 1


def _located(p: dict[str, Any], name: str, place_country: PlaceCountry | None) -> bool:
    loc = p.get("location") or {}
    got = _place_key(loc.get("name") or "")
    want = _place_key(name)
    if not got or not (f" {got} " in f" {want} " or f" {want} " in f" {got} "):
        return False
    if place_country is None:
        return True
    countries = [
        c
        for end in ("actor", "recipient")
        if p.get(end) and (c := p[end].get("country"))
    ]
    country = place_country(name, countries)
    return country is None or loc.get("country") == country


def _score_dyads(report: Report, rec: GoldRecord, preds: list[dict[str, Any]]) -> None:
    """Silent sentences, typed-dyad recall and the type given the dyad."""
    if any(_is_event(g) for g in rec.events):
        report.event_sentences += 1
        report.event_sentences_silent += not preds
    golds = [g for g in rec.events if g.get("plover") and _has_source(g)]
    if not golds:
        return
    m = report.matching
    report.dyad_gold += len(golds)
    report.dyad_typed_found += _match_count(
        preds,
        golds,
        lambda p, g: p.get("plover") == g["plover"] and _dyad_matches(p, g, m),
    )
    for g in golds:
        with_dyad = [p for p in preds if _dyad_matches(p, g, m)]
        if with_dyad:
            report.dyad_found += 1
            report.dyad_type_right += any(
                p.get("plover") == g["plover"] for p in with_dyad
            )


def _score_one(
    report: Report, rec: GoldRecord, preds: list[dict[str, Any]], keep_errors: bool
) -> None:
    report.sentences += 1
    report.events += len(preds)
    golds = rec.events
    report.gold_events += sum(map(_is_event, golds))
    m = report.matching
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
    for end in ("source", "target"):
        gold_end = [g for g in golds if g.get(f"{end}_code") or g.get(end)]
        if gold_end or not golds:
            matched = _match_count(
                preds, gold_end, lambda p, g, e=end: _end_matches(p, g, e, m)
            )
            s[end].add(matched, len(preds), len(gold_end))
    gold_tuple = [
        g for g in golds if g.get("code") and (g.get("source_code") or g.get("source"))
    ]
    if gold_tuple or not golds:

        def same_tuple(p: dict[str, Any], g: dict[str, Any]) -> bool:
            return _root(p["cameo"]) == _root(g["code"]) and _dyad_matches(p, g, m)

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
            (p for p in found if actor_matches(p["actor"], code, None, m)), found[0]
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
        row = report.by_subtype.setdefault(subtype, SubtypeRow(plover=expected))
        row.records += 1
        row.ok += ok
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


# -- one table for many files -------------------------------------------------------------


def _prf(sc: Score) -> str:
    return f"{sc.precision:.3f} / {sc.recall:.3f} / {sc.f1:.3f}"


def _ratio(part: int, whole: int, percent: bool = False) -> str | None:
    if not whole:
        return None
    share = f"{part / whole:.1%}" if percent else f"{part / whole:.3f}"
    return f"{share} ({part}/{whole})"


# (label, cell of a report or None where the file has no such measure, depends on the
# actor matching)
_Measure = tuple[str, Callable[[Report], str | None], bool]


def _measures(reports: list[Report]) -> list[_Measure]:
    def score(name: str) -> Callable[[Report], str | None]:
        return lambda r: _prf(r.scores[name]) if r.scores[name].gold else None

    out: list[_Measure] = [
        ("sentences", lambda r: str(r.sentences), False),
        ("gold events", lambda r: str(r.gold_events), False),
        ("predicted events", lambda r: str(r.events), False),
        ("events per sentence", lambda r: f"{r.events_per_sentence:.2f}", False),
        ("CAMEO root P / R / F1", score("cameo_root"), False),
        ("CAMEO full code P / R / F1", score("cameo_code"), False),
        ("PLOVER P / R / F1", score("plover"), False),
        ("source P / R / F1", score("source"), True),
        ("target P / R / F1", score("target"), True),
        ("(source, target, root) P / R / F1", score("tuple"), True),
        (
            "silent: sentences with gold events, no event",
            lambda r: _ratio(r.event_sentences_silent, r.event_sentences, True),
            False,
        ),
        (
            "no-event sentences silent",
            lambda r: _ratio(r.silent_ok, r.silent_expected, True),
            False,
        ),
        (
            "typed-dyad recall (source, target, PLOVER)",
            lambda r: _ratio(r.dyad_typed_found, r.dyad_gold),
            True,
        ),
        (
            "PLOVER right given the dyad found",
            lambda r: _ratio(r.dyad_type_right, r.dyad_found),
            True,
        ),
        (
            "source country right on events found",
            lambda r: _ratio(r.source_country_ok, r.source_country_checked, True),
            True,
        ),
        (
            "location right (gold events with a place and a match of their kind)",
            lambda r: (
                f"{_ratio(r.location_ok, r.location_checked, True)}; "
                f"{r.location_events} events in {r.location_records} records name "
                "a place"
                if r.location_events
                else None
            ),
            True,
        ),
    ]
    groups = sorted({g for r in reports for g, _, _ in r.subtype_groups()})
    order = [name for name, _, _ in SUBTYPE_GROUPS if name in groups]
    for name in order:
        out.append(
            (
                f"case2021 {name}",
                lambda r, name=name: next(
                    (
                        _ratio(ok, n, True)
                        for g, n, ok in r.subtype_groups()
                        if g == name
                    ),
                    None,
                ),
                False,
            )
        )
    for subtype in sorted({s for r in reports for s in r.by_subtype}):

        def cell(r: Report, subtype: str = subtype) -> str | None:
            row = r.by_subtype.get(subtype)
            return _ratio(row.ok, row.records, True) if row else None

        want = next(
            r.by_subtype[subtype].plover for r in reports if subtype in r.by_subtype
        )
        out.append((f"case2021 {subtype} ({want or 'silent'})", cell, False))
    for root in sorted({k for r in reports for k in r.by_root}):
        out.append(
            (
                f"CAMEO root {root} F1 (gold events)",
                lambda r, root=root: (
                    f"{r.by_root[root].f1:.3f} ({r.by_root[root].gold})"
                    if root in r.by_root and r.by_root[root].gold
                    else None
                ),
                False,
            )
        )
    return out


def markdown_summary(columns: list[tuple[str, dict[Matching, Report]]]) -> str:
    """One markdown table: a row per measure, a column per file. A measure that
    depends on how actors match has a row for each matching; "–" where a file has no
    such measure.

    ``columns`` holds (file name, {matching: report}) with the same coded events
    scored under each matching."""
    if not columns:
        return ""
    first: list[Report] = [next(iter(reports.values())) for _, reports in columns]
    lines = [
        "| measure | " + " | ".join(name for name, _ in columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    for label, cell, by_matching in _measures(first):
        variants: list[tuple[str, Matching | None]] = (
            [(f"{label}, {m}", m) for m in MATCHINGS if all(m in r for _, r in columns)]
            if by_matching
            else [(label, None)]
        )
        for row_label, matching in variants:
            cells = []
            for (_, reports), default in zip(columns, first, strict=True):
                value = cell(reports[matching] if matching else default)
                cells.append(value if value is not None else "–")
            if any(c != "–" for c in cells):
                lines.append(f"| {row_label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
