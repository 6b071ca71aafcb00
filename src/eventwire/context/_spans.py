"""The named entities of one sentence, read from its own tokens.

spaCy's ``Span.ents`` builds every entity of the whole ``Doc`` (``Doc.ents``) and then
keeps those inside the span, so asking it once per event costs the length of the
article: over a long article, coding time grew with the square of its length. What
every event of a sentence asks again (its entities, its nouns, its times) is found once
per sentence and kept with the doc (``kept``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Span, Token

T = TypeVar("T")


def entities(span: Span) -> list[Span]:
    """The entities that lie wholly inside ``span``, as ``span.ents`` gives them."""
    doc = span.doc
    out: list[Span] = []
    start = -1
    label = ""
    kb_id = span_id = 0
    first = span.start
    # an entity that began before the span is not inside it
    while first < span.end and doc[first].ent_iob_ == "I":
        first += 1
    for i in range(first, span.end):
        tok = doc[i]
        iob = tok.ent_iob_
        if iob == "I" and start != -1:
            continue
        if start != -1:
            out.append(Span(doc, start, i, label=label, kb_id=kb_id, span_id=span_id))
            start = -1
        if iob == "B" and tok.ent_type_:
            start, label, kb_id, span_id = i, tok.ent_type_, tok.ent_kb_id, tok.ent_id
    # one that runs on past the span is not inside it either
    if start != -1 and (span.end == len(doc) or doc[span.end].ent_iob_ != "I"):
        out.append(
            Span(doc, start, span.end, label=label, kb_id=kb_id, span_id=span_id)
        )
    return out


def paragraph_ends(sent: Span) -> bool:
    """Does a new paragraph start after the sentence ``sent``? (From its own tokens:
    the doc's whole text is not built for it.)"""
    tail = "".join(t.text_with_ws for t in sent)
    return "\n\n" in tail[len(tail.rstrip()) :]


def kept(span: Span, name: str, compute: Callable[[Span], T]) -> T:
    """``compute(span)``, found once per span and kept in the doc's user data; what it
    gives must be plain values such as token offsets (a Span or Token kept there would
    tie the doc to itself)."""
    key = (f"eventwire.{name}", span.start, span.end)
    found: T | None = span.doc.user_data.get(key)
    if found is None:
        found = span.doc.user_data[key] = compute(span)
    return found


_SENTENCES = "eventwire.sentences"


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, found from the doc's sentence starts, read once per doc (spaCy's
    own looks over the whole doc each time it is asked)."""
    doc = tok.doc
    starts: list[int] | None = doc.user_data.get(_SENTENCES)
    if starts is None:
        starts = doc.user_data[_SENTENCES] = [s.start for s in doc.sents]
    k = bisect_right(starts, tok.i)
    return Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))


def cached_entities(span: Span) -> list[Span]:
    """``entities(span)``, found once per span (see ``kept``)."""
    doc = span.doc
    return [
        Span(doc, a, b, label=label, kb_id=kb, span_id=sid)
        for a, b, label, kb, sid in kept(span, "entities", _entity_offsets)
    ]


def _entity_offsets(span: Span) -> list[tuple[int, int, int, int, int]]:
    return [(e.start, e.end, e.label, e.kb_id, e.id) for e in entities(span)]


def nominals(span: Span) -> list[Token]:
    """The nouns and proper nouns of ``span``, in order, found once per span (see
    ``kept``): most words are neither, and a loop over every word makes every Token."""
    doc = span.doc
    return [doc[i] for i in kept(span, "nominals", _nominal_offsets)]


def _nominal_offsets(span: Span) -> list[int]:
    return [t.i for t in span if t.pos_ in ("NOUN", "PROPN")]
