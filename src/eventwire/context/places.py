"""Where an event happened: the place named in its own clause.

Candidates are the GPE, LOC and FAC entities inside the event's clause (and proper nouns
that a place word introduces: "the town of Gorazde", "the capital Kabul"). A candidate
counts when the text puts the event there:

- governed by a place preposition ("in", "at", "near", "outside" ...), directly or through
  a place word ("in the northern city of Kirkuk", "near the town of Samarra");
- named by a place word anywhere in the clause ("with the second city Aleppo as a
  starting point");
- "to" for meetings, visits and deliveries ("return to Geneva for talks"), "from" for
  withdrawals ("withdrew from Gorazde");
- the object of a physical act ("blocked the Europe Bridge", "shelled Homs").

A place that is one of the event's own actors ("Moscow said", "attacked Syria") is not
its location, and a reported event is placed by its own clause, never by where it was
said. The best candidate is the most direct one; among equals a town beats a country.
Geocoding is the caller's ``lookup`` (the pipeline passes the gazetteer, with the
article's countries for disambiguation), so this stage stays independent of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..records import Place
from ._spans import entities

_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "across",
        "around",
        "inside",
        "throughout",
        "on",
        "into",
    }
)
# words that introduce a place name: "the town of X", "the capital X"
PLACE_WORDS = frozenset(
    {
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "district",
        "county",
        "state",
        "port",
        "enclave",
        "suburb",
        "outskirts",
        "area",
        "border",
        "governorate",
        "municipality",
        "island",
        "peninsula",
        "valley",
        "neighbourhood",
        "neighborhood",
        "camp",
        "stronghold",
        "hometown",
    }
)
# "to" names where meetings, visits and deliveries happen ("sent aid to Gaza")
_TO_ROOTS = ("04", "06", "07")
# a place acted on is where a physical act happens ("blocked the bridge", "shelled Homs")
_ON_PLACE_ROOTS = ("14", "17", "18", "19", "20")
_FROM_CODES = ("087", "0874", "0873", "192")  # withdraw from, retreat from ...
PlaceLookup = Callable[[str], "Place | None"]
_CALENDAR = frozenset(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday".split()
)


def _place_word(tok: Token) -> bool:
    return tok.lemma_.lower() in PLACE_WORDS


def _how_placed(ent: Span, code: str | None) -> int | None:
    """How directly the text places the event at ``ent``: 0 best, None not at all."""
    root = ent.root
    # "the capital Kabul", "the city Aleppo": a place word in apposition or compound
    if root.dep_ in ("appos", "compound") and _place_word(root.head):
        return 1 if _preposition_of(root.head) in _PLACE_PREPS else 2
    if root.dep_ == "dobj" and code and code.startswith(_ON_PLACE_ROOTS):
        return 2
    if root.dep_ != "pobj":
        return None
    prep = root.head.lower_
    if prep in _PLACE_PREPS:
        return 0
    if prep == "of" and _place_word(root.head.head):
        # "(in) the besieged town of Gorazde"
        return 1 if _preposition_of(root.head.head) in _PLACE_PREPS else 2
    if prep == "of" and _preposition_of(root.head.head) in _PLACE_PREPS:
        return 1  # "in a residential sector of eastern Beirut"
    if prep == "to" and code and code.startswith(_TO_ROOTS):
        return 1
    if prep == "from" and code and code.startswith(_FROM_CODES):
        return 1
    return None


def _own_clause(tok: Token) -> bool:
    if tok.dep_ in ("ccomp", "parataxis", "relcl"):
        return True
    return tok.dep_ == "advcl" and any(
        c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children
    )


def _preposition_of(noun: Token) -> str | None:
    return noun.head.lower_ if noun.dep_ == "pobj" else None


def _candidates(scope: set[int], sent: Span) -> Iterable[tuple[Span, bool]]:
    """(span, tagged): entities the tagger called places, then proper nouns that a
    place word or preposition introduces (these count only when geocoded)."""
    seen: set[int] = set()
    for ent in entities(sent):
        if ent.label_ in ("GPE", "LOC", "FAC") and ent.root.i in scope:
            seen.add(ent.root.i)
            yield ent, True
    # a proper noun a place word introduces, whatever the entity tagger made of it
    for tok in sent:
        if tok.i in seen or tok.i not in scope or tok.pos_ != "PROPN":
            continue
        if tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _CALENDAR:
            continue  # "in March", "on Monday": a time, not a town
        head = tok.head
        introduced = (
            (tok.dep_ in ("appos", "compound") and _place_word(head))
            or (tok.dep_ == "pobj" and head.lower_ == "of" and _place_word(head.head))
            or (tok.dep_ == "pobj" and head.lower_ in _PLACE_PREPS)
        )
        if introduced:
            start = min(t.i for t in tok.subtree if t.pos_ == "PROPN")
            yield sent.doc[start : tok.i + 1], False


def find_place(
    clause: Token | None,
    sent: Span,
    lookup: PlaceLookup,
    code: str | None = None,
    actors: Iterable[str] = (),
) -> Place | None:
    """The place where the event of ``clause`` happened, geocoded when ``lookup`` knows it.

    ``actors`` are the texts of the event's doers: a place that names one of them
    ("Moscow" that said) is not where it happened. (A recipient may be a place: "sought
    refuge in Germany".)
    """
    if clause is None:
        return None
    actor_texts = {a.lower() for a in actors if a}
    # nothing in its own clause means no location: a place another clause of the
    # sentence names ("talks that collapsed in Geneva") is often not this event's
    return _best(_scope(clause), sent, lookup, code, actor_texts)


def _scope(clause: Token) -> set[int]:
    scope = {t.i for t in clause.subtree}
    # another event's clause inside this one has its own place: a reported clause
    # ("said in Moscow that ... in Aleppo"), a relative clause, a subordinate clause
    # with its own subject or conjunction ("since protests toppled autocrats in ...")
    for t in clause.subtree:
        if t.i != clause.i and _own_clause(t):
            scope -= {x.i for x in t.subtree}
    return scope


def _best(
    scope: set[int],
    sent: Span,
    lookup: PlaceLookup,
    code: str | None,
    actor_texts: set[str],
) -> Place | None:
    best: tuple[int, int, int, Place] | None = None
    for ent, tagged in _candidates(scope, sent):
        rank = _how_placed(ent, code)
        if rank is None:
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        low = name.lower()
        if any(a == low or a.startswith((low + " ", low + ",")) for a in actor_texts):
            continue
        found = lookup(name)
        if found is None and not tagged:
            continue
        # the name as the text gives it; the geonameid says which place it is
        place = replace(found, name=name) if found else Place(name)
        specific = 0 if place.precision == "city" else 1
        key = (rank, specific, ent.start)
        if best is None or key < best[:3]:
            best = (rank, specific, ent.start, place)
    return best[3] if best else None
