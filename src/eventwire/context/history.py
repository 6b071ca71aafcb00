"""Background: what the text says happened before the news of the day.

An event is historical when its own clause says it is long-standing ("has long backed",
"for years", "since 2011"), when the sentence tells how a conflict began ("the conflict
began with street protests ..."), or when the text dates it well before publication
("in 2011", "last year"). A historical event is dated by the text: its own time
expression, else (for a sentence of origins) the latest earlier year the story named
("since the 2011 Arab Spring protests" ... "The conflict began with ..."), else no date:
never the publication day.

The cue words are data (``history`` in ``dictionaries/events/grammar.yaml``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from spacy.attrs import IS_DIGIT, LENGTH
from spacy.tokens import Doc, Span, Token

_SUBJ = ("nsubj", "nsubjpass")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# an event dated this long before publication is background, not news of the day
BACKGROUND_DAYS = 30


def clause_is_background(
    clause: Token | None, cues: Mapping[str, frozenset[str]]
) -> bool:
    """ "has long backed", "had once ruled", "for years", "since 2011"."""
    if clause is None:
        return False
    # an event noun ("backed Assad, including with arms supplies") takes its verb's time
    for tok in (clause, *clause.ancestors):
        if _long_standing(tok, cues):
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ != "VBG":
            break
    return False


def _long_standing(tok: Token, cues: Mapping[str, frozenset[str]]) -> bool:
    adverbs = cues.get("adverbs", frozenset())
    spans = cues.get("spans", frozenset())
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in adverbs:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(
                g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in spans
                for g in c.children
            )
        ):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "since"
            and any(_YEAR.search(g.text) for g in c.subtree)
        ):
            return True
    return False


def sentence_is_origin(sent: Span, cues: Mapping[str, frozenset[str]]) -> bool:
    """ "The Syrian conflict began with street protests ...": how a conflict started."""
    root = sent.root
    if root.lemma_.lower() not in cues.get("origin_verbs", frozenset()):
        return False
    subjects = cues.get("origin_subjects", frozenset())
    return any(c.dep_ in _SUBJ and c.lemma_.lower() in subjects for c in root.children)


def earlier_years(
    doc: Doc,
    published: str | None,
    since: int | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> list[int | None]:
    """For each sentence, the latest year before publication that the story has named
    so far (that sentence included). ``since`` is the latest such year of the text
    before ``doc`` (an earlier piece of a long article); sentences that start in a
    ``skip`` span (a photo caption: "File photo taken in 2019") name none for the
    story."""
    pub_year = _pub(published).year if _pub(published) else None
    out: list[int | None] = []
    last = since
    # the words of four digits, read from the doc's arrays: most sentences have none,
    # and a loop over a sentence's words makes every Token
    digits, lengths = doc.to_array([IS_DIGIT, LENGTH]).T
    fours = [int(i) for i in ((digits == 1) & (lengths == 4)).nonzero()[0]]
    for sent in doc.sents:
        if not any(a <= sent.start_char < b for a, b in skip):
            for i in fours[
                bisect_left(fours, sent.start) : bisect_left(fours, sent.end)
            ]:
                tok = doc[i]
                if not _is_year(tok):
                    continue
                year = int(tok.text)
                if pub_year is None or year < pub_year:
                    last = year
        out.append(last)
    return out


def _is_year(tok: Token) -> bool:
    """A year in the text: in a date ("in March 2011") or naming a time ("the 2011
    protests", "since 2011"), not a count ("2000 troops")."""
    if not (len(tok.text) == 4 and _YEAR.fullmatch(tok.text)):
        return False
    if tok.ent_type_ == "DATE":
        return True
    prev = tok.nbor(-1).lower_ if tok.i > 0 else ""
    return prev in _BEFORE_YEAR


_BEFORE_YEAR = frozenset(
    {"the", "in", "since", "of", "until", "till", "by", "from", "before", "after", "to"}
)


def dated_before_news(day: str, precision: str, published: str | None) -> bool:
    """Is a date the text gave well before publication (its period ends more than
    ``BACKGROUND_DAYS`` before)?"""
    pub = _pub(published)
    if pub is None:
        return False
    start = date.fromisoformat(day)
    if precision == "year":
        end = date(start.year, 12, 31)
    elif precision == "month":
        nxt = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        end = nxt - timedelta(days=1)
    else:
        end = start
    return (pub - end).days > BACKGROUND_DAYS


def _pub(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None
