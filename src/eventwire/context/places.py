"""Where an event happened: the place named in its own clause.

A first pass: a GPE or LOC entity governed by "in", "at", "near" ... in the event's clause.
``lookup`` tells the country and kind of a place name (the pipeline passes the actor
base's), so this stage stays independent of the others.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..records import Place

_PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "across", "around", "inside", "from"}
)
PlaceLookup = Callable[[str], "tuple[str | None, str | None]"]


def find_place(clause: Token | None, sent: Span, lookup: PlaceLookup) -> Place | None:
    """The first place in the event's clause, with its country when the lookup knows it."""
    if clause is None:
        return None
    scope = {t.i for t in clause.subtree}
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.root.i not in scope:
            continue
        if ent.root.dep_ != "pobj" or ent.root.head.lower_ not in _PLACE_PREPS:
            continue
        country, precision = lookup(ent.text)
        return Place(ent.text, country, precision=precision)
    return None
