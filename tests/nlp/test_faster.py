"""The faster attribute ruler and lemmatizer give the stock components' annotations."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG

from eventwire.nlp import STOCK_ENV
from eventwire.nlp._faster import speed_up
from eventwire.pipeline import Coder

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "wire_articles"

# words the ruler's rarer rules are for: two-token rules ("ai n't", "y' all"), rules
# by pattern ("nothin'"), by dependency ("That" as a subject), on spaces and auxiliaries
ODD = (
    "Y'all ain't seen nothin' yet, the rebel commander told reporters.  It's but a "
    "start.\n\nThat is what they said: nothing ventured. Villagers couldn't leave, and "
    "those who tried were turned back; she'd have gone if she could.\n"
)


def _texts() -> list[str]:
    files = sorted(ARTICLES.glob("*.txt"))[:12]
    assert files, "wire article fixtures expected"
    return [ODD, *(f.read_text(encoding="utf-8") for f in files)]


def _annotations(doc) -> list[list[int]]:
    return doc.to_array([TAG, POS, MORPH, LEMMA]).tolist()


def test_swapped_components_give_the_stock_annotations(coder: Coder) -> None:
    nlp = coder.nlp
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    assert type(ruler).__module__ == "eventwire.nlp._faster"
    assert type(lemmatizer).__module__ == "eventwire.nlp._faster"
    checked = 0
    for text in _texts():
        # one parse, then the two ways of annotating it on two copies
        with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
            parsed = nlp(text)
        ours, stock = parsed.copy(), parsed.copy()
        lemmatizer(ruler(ours))
        lemmatizer.stock(ruler.stock(stock))
        assert _annotations(ours) == _annotations(stock), text[:60]
        checked += len(parsed)
    assert checked > 3000


def test_odd_words_get_what_the_stock_rules_give(coder: Coder) -> None:
    doc = coder.nlp(ODD)
    by_text = {t.text: t for t in doc}
    # the two-token rule "ai n't" and the rule by pattern ("nothin'") set lemmas
    assert by_text["ai"].lemma_ == "be"
    assert by_text["n't"].lemma_ == "not"
    assert by_text["nothin'"].lemma_ == "nothing"
    assert by_text["nothing"].pos_ == "PRON"  # a rule by word and tag
    assert (
        by_text["That"].pos_ == "PRON"
    )  # a determiner that is no "det": by dependency
    assert by_text["'d"].lemma_ == "would"
    assert by_text["tried"].lemma_ == "try"  # the lemmatizer's own rules


def test_a_model_without_the_stock_components_is_left_as_it_is() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert speed_up(nlp) == []
    assert nlp.pipe_names == ["sentencizer"]


def test_the_stock_components_are_kept_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import eventwire.nlp as nlp_module

    swapped: list[object] = []
    monkeypatch.setattr(nlp_module, "speed_up", swapped.append)
    model = spacy.blank("en")
    nlp_module._prepared(model)
    assert swapped == [model]
    monkeypatch.setenv(STOCK_ENV, "1")
    nlp_module._prepared(spacy.blank("en"))
    assert swapped == [model]
