"""Near-duplicate articles: the same wire story in two outlets."""

from __future__ import annotations

import json
import random
from itertools import combinations
from pathlib import Path

import pytest

from eventwire.dedup import duplicate_groups, near_duplicate, shingles, similarity
from eventwire.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dedup"


def _load(name: str) -> list[Article]:
    with (FIXTURES / name).open(encoding="utf-8") as f:
        return [Article(**json.loads(line)) for line in f if line.strip()]


@pytest.fixture(scope="module")
def wire() -> dict[str, Article]:
    return {a.id: a for a in _load("wire_copies.jsonl")}


def test_a_copy_with_a_new_title_and_a_trimmed_end_is_a_duplicate(
    wire: dict[str, Article],
) -> None:
    story, copy = wire["nw-story"], wire["hd-copy"]
    assert story.title != copy.title
    assert len(copy.text) < 0.75 * len(story.text)
    assert near_duplicate(story.text, copy.text)
    assert near_duplicate(copy.text, story.text)


def test_a_different_story_on_the_same_topic_is_not(wire: dict[str, Article]) -> None:
    assert not near_duplicate(wire["nw-story"].text, wire["cp-trade"].text)
    assert not near_duplicate(wire["hd-copy"].text, wire["cp-trade"].text)


def test_case_and_punctuation_do_not_matter() -> None:
    text = "Turkish forces shelled Syrian army posts near the border on Monday, officials said."
    shouted = text.upper().replace(",", " --").replace(".", "!")
    assert shingles(text) == shingles(shouted)
    assert near_duplicate(text, shouted)


def test_a_short_text_inside_a_long_one_is_not_a_duplicate(
    wire: dict[str, Article],
) -> None:
    story = wire["nw-story"].text
    first_paragraph = story.split("\n\n")[0]
    assert not near_duplicate(first_paragraph, story)


def test_empty_texts_are_duplicates_of_nothing() -> None:
    assert not near_duplicate("", "")
    assert not near_duplicate("...", "Turkey and Syria held talks.")
    assert similarity(frozenset(), shingles("Turkey and Syria held talks.")) == 0.0


def test_threshold_decides() -> None:
    a = "one two three four five six seven eight nine ten"
    b = "one two three four five six seven eight nine eleven"  # 5 of 6 shingles shared
    assert near_duplicate(a, b, threshold=0.8)
    assert not near_duplicate(a, b, threshold=0.9)


def test_duplicate_groups_finds_the_copied_story(wire: dict[str, Article]) -> None:
    articles = [*_load("three_reports.jsonl"), *wire.values()]
    assert duplicate_groups(articles) == [["nw-story", "hd-copy"]]


def test_duplicate_groups_are_transitive_and_in_input_order() -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(400)]
    base = [rng.choice(words) for _ in range(120)]
    articles = [
        Article("other", " ".join(rng.choice(words) for _ in range(120))),
        Article("trimmed", " ".join(base[:100])),
        Article("full", " ".join(base)),
        Article("retitled", " ".join(base), title="A new headline"),
    ]
    assert duplicate_groups(articles) == [["trimmed", "full", "retitled"]]


def _brute_force(articles: list[Article], threshold: float) -> set[frozenset[str]]:
    sets = [shingles(a.text) for a in articles]
    parent = {a.id: a.id for a in articles}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j in combinations(range(len(articles)), 2):
        if similarity(sets[i], sets[j]) >= threshold:
            parent[root(articles[j].id)] = root(articles[i].id)
    groups: dict[str, set[str]] = {}
    for a in articles:
        groups.setdefault(root(a.id), set()).add(a.id)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


def test_duplicate_groups_match_comparing_every_pair() -> None:
    # every article ends with the same footer (common shingles); some stories have an
    # exact copy, a trimmed copy or a copy with one word changed; two pages are only the
    # footer, and every article is more than twice as long as the footer
    rng = random.Random(11)
    words = [f"w{i}" for i in range(3000)]
    footer = " ".join(rng.choice(words) for _ in range(40))
    articles = []
    planted = set()
    for i in range(160):
        body = [rng.choice(words) for _ in range(rng.randint(60, 150))]
        copies = [f"s{i}"]
        articles.append(Article(f"s{i}", " ".join(body) + " " + footer))
        if i % 9 == 0:
            cut = len(body) * 3 // 4
            articles.append(Article(f"s{i}-trim", " ".join(body[:cut]) + " " + footer))
            copies.append(f"s{i}-trim")
        if i % 13 == 0:
            articles.append(Article(f"s{i}-copy", " ".join(body) + " " + footer))
            copies.append(f"s{i}-copy")
        if i % 7 == 0:
            edited = [*body[:30], "changed", *body[31:]]
            articles.append(Article(f"s{i}-edit", " ".join(edited) + " " + footer))
            copies.append(f"s{i}-edit")
        if len(copies) > 1:
            planted.add(frozenset(copies))
    articles += [Article("footer-1", footer), Article("footer-2", footer)]
    planted.add(frozenset({"footer-1", "footer-2"}))
    rng.shuffle(articles)
    for threshold in (0.3, 0.5, 0.8, 0.95, 1.0):
        found = {frozenset(g) for g in duplicate_groups(articles, threshold)}
        assert found == _brute_force(articles, threshold), threshold
        if threshold == 0.8:
            # the footer-only pages are copies of each other, not of every article
            assert found == planted


def test_duplicate_groups_rejects_a_bad_threshold() -> None:
    with pytest.raises(ValueError, match="threshold"):
        duplicate_groups([Article("a", "text")], threshold=0)
