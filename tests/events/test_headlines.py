"""Headlines in the present tense that the tagger reads as noun phrases (issue 10: articles
as they come): "Chad junta expels Danish envoy" has "expels" tagged as a plural noun
inside one compound; "US sanctions ..." has "sanctions" as the noun at the root;
"Journalist arrested in Ethiopia" has the participle on the noun. ``events/headline.py``
parses such a line again as subject - verb - object.

Headlines written for these tests in wire style; each case fails on the parse as the
model gives it (checked against the code before the mending).
"""

from __future__ import annotations

import pytest

from eventwire.events.headline import mend_headline
from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes, check_near_miss

HEADLINES = [
    # a verb tagged as a plural noun inside the compound that ends in its object
    ("Niger junta expels EU envoy", "161", "NERMIL", "IGOEUR"),
    # a verb the parser hung inside the noun phrase of its object
    ("North Korea fires missiles into sea", "150", "PRK", None),
    # a verb tagged as the noun at the root, its object an apposition
    ("US sanctions Venezuelan oil minister over election", "163", "USA", "VENGOV"),
    ("UK sanctions Russian generals over Bucha", "163", "GBR", "RUSMIL"),
    # the participle of a passive with "was" left out, on its subject
    ("Journalist arrested in Ethiopia", "173", "ETH", "ETHMED"),
    ("Opposition activist detained in Zimbabwe", "173", "ZWE", "ZWEOPP"),
    # ... with its doer after "by"
    ("Chinese diplomats expelled by Lithuania after spy row", "161", "LTU", "CHNGOV"),
    # a verb in the present read as the subject of a participle that describes its
    # object ("looted", "stolen"), or with the participle taking the object
    ("Britain returns looted bronze heads to Nigeria", "0842", "GBR", "NGA"),
    ("Germany returns stolen manuscripts to Mali", "0842", "DEU", "MLI"),
    # a verb read as the subject of what its object is told to do ("to leave")
    ("Mali junta orders French ambassador to leave", "161", "MLIMIL", "FRAGOV"),
    ("Chad orders German ambassador to leave", "161", "TCD", "DEUGOV"),
]


@pytest.mark.parametrize(("text", "code", "source", "target"), HEADLINES)
def test_headline_verb(
    coder: Coder, text: str, code: str, source: str, target: str | None
) -> None:
    check_codes(coder, text, code, source, target)


NEAR_MISSES = [
    # no verb the book codes between two noun phrases
    ("Oil prices rise as OPEC cuts output", "163"),
    ("Sanctions on Iran", "163"),
    ("UN sanctions committee", "163"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_not_a_headline_verb(coder: Coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


def _parse(coder: Coder, text: str):  # type: ignore[no-untyped-def]
    from eventwire.nlp import prepared_doc, read_layout

    layout = read_layout(text)
    return coder.nlp(prepared_doc(coder.nlp, layout, 0, len(layout.text)))


def test_mended_line_is_one_tree_and_keeps_the_story(coder: Coder) -> None:
    """The headline becomes subject - verb - object; the sentences of the story stay as
    they were, and a body sentence with a stop is never mended."""
    text = (
        "Niger junta expels EU envoy\n\n"
        "NIAMEY (Reuters) - Niger's military government on Monday ordered the "
        "European Union's ambassador to leave the country within 72 hours.\n\n"
        "Niger junta expels EU envoy."
    )
    doc = _parse(coder, text)
    sents = list(doc.sents)
    bounds = [(s.start, s.end) for s in sents]
    is_verb = coder.events._is_verb
    assert mend_headline(sents[0], is_verb)
    assert [(s.start, s.end) for s in doc.sents] == bounds
    head = next(iter(doc.sents))
    verb = next(t for t in head if t.lower_ == "expels")
    assert verb.dep_ == "ROOT" and verb.pos_ == "VERB" and verb.lemma_ == "expel"
    kids = {c.dep_: c.lower_ for c in verb.children}
    assert kids.get("nsubj") == "junta" and kids.get("dobj") == "envoy"
    assert all(t.head.i == verb.i or verb in t.ancestors for t in head if t != verb)
    # a sentence with a stop at its end is the parser's
    assert not any(mend_headline(s, is_verb) for s in list(doc.sents)[1:])


def test_headline_event_in_an_article(coder: Coder) -> None:
    """In a whole article the headline's expulsion is coded from the headline line."""
    text = (
        "Mali junta expels French ambassador\n\n"
        "BAMAKO, May 3 (Reuters) - The French embassy said it had been told of "
        "the decision on Friday and had no further comment.\n"
    )
    events = coder.code_text(text, DAY)
    assert any(
        e.cameo == "161" and e.actor.code.startswith("MLI") and e.sentence == 0
        for e in events
    ), [(e.cameo, e.actor.code, e.sentence) for e in events]


@pytest.mark.parametrize(
    ("text", "code", "first", "second"),
    [
        # a comma for "and": both are the subjects, each the other's recipient
        ("Armenia, Azerbaijan sign peace treaty in Washington", "057", "ARM", "AZE"),
        ("Modi, Xi meet on sidelines of BRICS summit in Kazan", "044", "IND", "CHN"),
    ],
)
def test_headline_subjects_listed_with_a_comma(
    coder: Coder, text: str, code: str, first: str, second: str
) -> None:
    pairs = {
        (e.actor.code[:3], e.recipient.code[:3] if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo == code
    }
    assert {(first, second), (second, first)} <= pairs, pairs
