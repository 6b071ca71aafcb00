"""A sentence's entities, read from its own tokens, are the ones spaCy gives."""

from __future__ import annotations

import pytest

from eventwire.context._spans import entities
from eventwire.pipeline import Coder

TEXT = (
    "Russian Foreign Minister Sergei Lavrov met Syrian President Bashar Assad in "
    "Damascus on Tuesday. The United Nations said on Dec. 16 that talks in Geneva "
    "would resume early next year. Kenyan police arrested six people in Nairobi."
)


def test_spans_every_sentence_has_the_entities_spacy_gives(coder: Coder) -> None:
    doc = coder.nlp(TEXT)
    sentences = list(doc.sents)
    assert len(sentences) == 3
    for sent in sentences:
        assert entities(sent) == list(sent.ents)
        assert entities(sent)


@pytest.mark.parametrize(("start", "end"), [(1, 9), (4, 14), (0, 3), (5, 6)])
def test_spans_an_entity_cut_by_the_span_is_not_inside_it(
    coder: Coder, start: int, end: int
) -> None:
    doc = coder.nlp(TEXT)
    span = doc[start:end]
    assert entities(span) == list(span.ents)
