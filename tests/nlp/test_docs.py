"""Docs made for the model: the layout's sentence starts kept, the layout attached."""

from __future__ import annotations

import pytest

from eventwire.nlp import Dateline, article_docs, read_layout
from eventwire.pipeline import Coder

STORY = (
    "Kenyan police arrest opposition supporters after Nairobi rally\n"
    "\n"
    "NAIROBI, Kenya (AP) \u2014 Kenyan police arrested dozens of opposition supporters "
    "in Nairobi on Tuesday, officials said.\n"
    "The interior minister defended the arrests.\n"
    "\n"
    "A file photo taken on March 3, 2019 shows riot police in Mombasa. "
    "(AP Photo/Jane Doe)\n"
    "\n"
    "KAMPALA, Uganda (AP) \u2014 Uganda's foreign ministry criticised the Kenyan "
    "government on Wednesday.\n"
    "\n"
    "Reporting by John Smith in Nairobi; Editing by Peter Poe\n"
)


def _parsed(coder: Coder, text: str, size: int = 20_000) -> list:
    return list(coder.nlp.pipe(article_docs(coder.nlp, text, size)))


def test_docs_headline_dateline_and_lead_are_separate_sentences(coder: Coder) -> None:
    [doc] = _parsed(coder, STORY)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert (
        sentences[0] == "Kenyan police arrest opposition supporters after Nairobi rally"
    )
    assert sentences[1] == (
        "Kenyan police arrested dozens of opposition supporters in Nairobi on "
        "Tuesday, officials said."
    )
    assert "The interior minister defended the arrests." in sentences
    assert not any(
        "NAIROBI" in s or "KAMPALA" in s or "Reporting" in s for s in sentences
    )
    # the parser alone runs the headline into the lead
    plain = [s.text for s in coder.nlp(STORY).sents]
    assert not any(s.strip().startswith("Kenyan police arrested") for s in plain)


def test_docs_record_datelines_with_the_article_offsets(coder: Coder) -> None:
    [doc] = _parsed(coder, STORY)
    nairobi = STORY.index("NAIROBI")
    kampala = STORY.index("KAMPALA")
    assert doc._.offset == 0
    assert doc._.datelines == (
        Dateline(
            nairobi, STORY.index("Kenyan police arrested"), "NAIROBI", "Kenya", "AP"
        ),
        Dateline(kampala, STORY.index("Uganda's"), "KAMPALA", "Uganda", "AP"),
    )
    lead = next(s for s in doc.sents if s.text.startswith("Kenyan police arrested"))
    last = next(s for s in doc.sents if s.text.startswith("Uganda's"))
    assert lead._.dateline.place == "NAIROBI"
    assert last._.dateline.place == "KAMPALA"


def test_docs_mark_captions_and_blank_credits(coder: Coder) -> None:
    [doc] = _parsed(coder, STORY)
    caption = next(s for s in doc.sents if s.text.startswith("A file photo"))
    assert caption._.furniture == "caption"
    assert {t._.furniture for t in caption if not t.is_space} == {"caption"}
    lead = next(s for s in doc.sents if s.text.startswith("Kenyan police arrested"))
    assert lead._.furniture is None
    assert "Reporting" not in doc.text and "AP Photo" not in doc.text
    kinds = [f.kind for f in doc._.furniture]
    assert kinds == ["caption", "credit", "credit"]


@pytest.mark.parametrize("size", [200, 400])
def test_docs_of_a_long_article_keep_the_article_offsets(
    coder: Coder, size: int
) -> None:
    docs = _parsed(coder, STORY, size)
    assert len(docs) > 1
    layout = read_layout(STORY)
    assert "".join(d.text for d in docs) == layout.text
    for doc in docs:
        for tok in doc:
            start = doc._.offset + tok.idx
            assert layout.text[start : start + len(tok.text)] == tok.text
        # its own datelines, after the one in force where it starts
        held = [
            d._replace(start=d.start - doc._.offset, end=d.end - doc._.offset)
            for d in layout.datelines
            if d.start < doc._.offset + len(doc.text)
        ]
        own = [d for d in held if d.start >= 0]
        assert list(doc._.datelines) == held[max(len(held) - len(own) - 1, 0) :]
    assert any(d.start < 0 for doc in docs for d in doc._.datelines)
