"""Where an event happened: the place named in its own clause.

A GPE, LOC or FAC entity governed by "in", "at", "near" ... inside the event's clause,
geocoded by ``lookup`` (the pipeline passes the gazetteer, with the article's countries
for disambiguation), so this stage stays independent of the others.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..records import Place

_PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "across", "around", "inside", "from"}
)
PlaceLookup = Callable[[str], "Place | None"]


def find_place(clause: Token | None, sent: Span, lookup: PlaceLookup) -> Place | None:
    """The first place named in the event's clause, geocoded when the lookup knows it."""
    if clause is None:
        return None
    scope = {t.i for t in clause.subtree}
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.root.i not in scope:
            continue
        if ent.root.dep_ != "pobj" or ent.root.head.lower_ not in _PLACE_PREPS:
            continue
        return lookup(ent.text) or Place(ent.text)
    return None
