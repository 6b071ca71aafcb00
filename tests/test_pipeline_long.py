"""Long articles: coded whole, in pieces that keep the article's offsets, in linear time.

Parsing is the model's work and is linear in the text (each piece is a Doc of at most
``PIECE_CHARS``); what grew faster than the text was eventwire's own coding (every
sentence asked spaCy for the whole article's entities). These tests build long articles
by repeating a paragraph, so that their pieces repeat too: ``_ParseOnce`` runs the model
once per distinct piece and hands out copies, which keeps the tests fast and times the
coding alone.
"""

from __future__ import annotations

import copy
import cProfile
import pstats
from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from eventwire.actors.resolve import DocMemory
from eventwire.nlp import article_docs
from eventwire.pipeline import Coder
from eventwire.records import Article

PUB = "2024-06-12"
PARAGRAPH = (
    "The Ugandan foreign minister met his Tanzanian counterpart in Dar es Salaam on "
    "Monday to discuss a new rail link. Rwanda criticised Burundi over the closure "
    "of their border. The European Union offered emergency aid to Somalia after "
    "floods in the south. Ethiopian troops clashed with rebels near the town of "
    "Gondar, officials said.\n\n"
)
# a paragraph with no event: cheap to code, for articles that are long, not busy
FILLER = (
    "Share prices in Nairobi were little changed on Tuesday as traders waited for "
    "new figures on inflation. The weather stayed dry across most of the region, "
    "and traffic on the main roads into the city was lighter than usual.\n\n"
)
ARREST = "Kenyan police arrested dozens of opposition supporters in Nairobi on Tuesday."


class _ParseOnce:
    """The model, run once per distinct piece (text and preset sentence starts)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.parsed: dict[tuple[str, tuple[Any, ...]], Any] = {}

    def make_doc(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def pipe(
        self, items: Iterable[tuple[Any, Any]], as_tuples: bool, batch_size: int
    ) -> Iterator[tuple[Any, Any]]:
        for doc, context in items:
            if isinstance(doc, str):
                doc = self.nlp.make_doc(doc)
            key = (doc.text, tuple(t.is_sent_start for t in doc))
            if key not in self.parsed:
                self.parsed[key] = self.nlp(doc.copy())
            parsed = self.parsed[key].copy()
            for name in ("offset", "datelines", "furniture"):
                if doc.has_extension(name):
                    setattr(parsed._, name, getattr(doc._, name))
            yield parsed, context


@pytest.fixture(scope="module")
def fast(coder: Coder) -> Coder:
    twin = copy.copy(coder)
    twin.nlp = _ParseOnce(coder.nlp)
    return twin


def _story(chars: int) -> str:
    return (PARAGRAPH * (chars // len(PARAGRAPH) + 1))[:chars]


def _filler(chars: int) -> str:
    return FILLER * (chars // len(FILLER))


def _coded(coder: Coder, text: str) -> list[Any]:
    [result] = coder.code([Article(id="long", text=text, published=PUB)])
    return result.events


def test_pipeline_codes_an_event_past_character_250000(fast: Coder) -> None:
    text = _filler(260_000) + ARREST + "\n\n" + _filler(40_000)
    assert len(text) >= 300_000
    [arrest] = _coded(fast, text)
    start = text.index(ARREST)
    assert start > 250_000
    assert (arrest.evidence.start, arrest.evidence.end) == (start, start + len(ARREST))
    assert text[arrest.evidence.start : arrest.evidence.end] == arrest.evidence.text
    assert arrest.evidence.trigger == "arrested"
    assert (arrest.actor.code, arrest.recipient and arrest.recipient.code) == (
        "KENCOP",
        "KENOPP",
    )
    assert arrest.location and arrest.location.name == "Nairobi"
    assert arrest.date == "2024-06-11"


def test_pipeline_every_piece_of_a_long_article_is_coded(fast: Coder) -> None:
    paragraphs = 100_000 // len(PARAGRAPH) + 1
    text = PARAGRAPH * paragraphs
    events = _coded(fast, text)
    # the talks and the clash (each both ways), the criticism and the offer of every
    # paragraph, however far into the article: one event each, a mention in every
    # paragraph
    assert len(events) == 6
    for event in events:
        assert event.counts["mentions"] == paragraphs
        starts = [m["start"] for m in event.mentions]
        assert starts == [starts[0] + k * len(PARAGRAPH) for k in range(paragraphs)]
        for m in event.mentions:
            assert text[m["start"] : m["end"]] == event.evidence.text


def test_pipeline_what_the_story_said_carries_across_pieces(fast: Coder) -> None:
    text = (
        "Kenyan Foreign Minister Amani Wekesa arrived in Kampala on Monday.\n\n"
        + _filler(45_000)
        + "\n\nWekesa criticised the Ugandan government on Tuesday.\n"
    )
    [criticism] = [
        e for e in _coded(fast, text) if e.evidence.text.startswith("Wekesa")
    ]
    assert criticism.actor.name == "Amani Wekesa"
    assert criticism.actor.code == "KENGOV"


def test_pipeline_coding_work_grows_linearly_with_the_text(fast: Coder) -> None:
    # the work is counted, not timed (a timed test fails on a busy machine): the
    # function calls made while coding, spaCy's compiled ones included
    sizes = (12_500, 25_000, 50_000, 100_000)
    for size in sizes:  # the model's parse of each distinct piece, not counted
        docs = article_docs(fast.nlp, _story(size))
        for _ in fast.nlp.pipe(((d, None) for d in docs), as_tuples=True, batch_size=8):
            pass
    calls: dict[int, int] = {}
    for size in sizes:
        text = _story(size)
        profile = cProfile.Profile()
        profile.enable()
        _coded(fast, text)
        profile.disable()
        calls[size] = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    # 8 times the text may make at most 8 times the calls (linear coding makes about
    # 7: an article's fixed work is shared); the whole doc's entities looked up for
    # every event, as places once did, made about 10
    assert calls[100_000] / calls[12_500] < 8, calls
    assert calls[50_000] / calls[12_500] < 4, calls


@pytest.mark.parametrize(
    ("pieces", "countries", "main"),
    [
        (
            [[(3, "KEN"), (9, "KEN"), (12, "UGA")]],
            [(3, "KEN"), (9, "KEN"), (12, "UGA")],
            "KEN",
        ),
        (
            [[(3, "KEN"), (12, "UGA")], [(2, "UGA"), (5, "TZA")]],
            [(-1, "KEN"), (-1, "UGA"), (2, "UGA"), (5, "TZA")],
            "UGA",
        ),
        ([[(3, "KEN")], [(2, "UGA")], []], [(-1, "KEN"), (-1, "UGA")], "KEN"),
    ],
)
def test_pipeline_memory_keeps_the_countries_of_earlier_pieces(
    pieces: list[list[tuple[int, str]]], countries: list[tuple[int, str]], main: str
) -> None:
    memory = DocMemory()
    for mentions in pieces:
        memory.set_countries(mentions)
    assert memory.countries == countries
    assert memory.main_country == main
