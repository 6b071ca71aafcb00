"""Why a sentence gave the events it gave: parse, actors, patterns tried, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .actors.resolve import DocMemory
from .events.coder import Trace
from .pipeline import Coder
from .records import Article, Event


@dataclass
class Explanation:
    text: str
    date: str | None
    tokens: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, str]] = field(default_factory=list)
    trace: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


def explain(coder: Coder, text: str, date: str | None = None) -> Explanation:
    """Code ``text`` as a one-sentence article and keep every step."""
    article = Article(id="explain", text=text, published=date)
    doc = coder.nlp(text)
    out = Explanation(text=text, date=date)
    for tok in doc:
        out.tokens.append(
            {
                "i": tok.i,
                "text": tok.text,
                "lemma": tok.lemma_,
                "pos": tok.pos_,
                "dep": tok.dep_,
                "head": tok.head.i,
                "ent": f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else "",
            }
        )
    memory = DocMemory()
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            m = coder.resolver.resolve(tok, date, memory)
            if m is not None:
                out.actors.append(
                    {"text": m.actor.text, "code": m.actor.code, "why": m.actor.why}
                )
    trace = Trace()
    out.events = coder.events_of(doc, article, trace)
    out.trace = trace.lines
    return out
