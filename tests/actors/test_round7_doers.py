"""Doers and recipients of the kinds the held-out doers set's seventh round found coded
wrong or not at all (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids
'r7-'): the mechanisms behind them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.resolve import DocMemory
from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


# a craft said to fly a state's flag is that state's, whatever the demonym's place in
# the parse ("Maltese" hangs on "flagged", not on the craft)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Iran's navy seized a Maltese-flagged tanker off Bandar Abbas.",
            ("17", "IRNMIL", "MLT"),
        ),
        (
            "Houthi rebels struck a Liberian-flagged bulk carrier off Mokha with a "
            "drone.",
            ("19", "YEMREBHOU", "LBR"),
        ),
        (
            "Guinea-Bissau's navy detained a Portuguese-registered trawler fishing "
            "without a licence.",
            ("17", "GNBMIL", "PRT"),
        ),
    ],
)
def test_a_flagged_craft_is_its_flags_state(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_a_flagged_craft_on_its_own_is_no_doer(coder: Coder) -> None:
    # a ship that runs aground does nothing to anyone
    assert not _dyads(
        coder, "A Maltese-flagged tanker ran aground in a storm off the Turkish coast."
    )


# "them" is never its own clause's subject: it is the subject of the clause next above
# when that is a plural doer named before it ("who refused to feed THEM")
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Villagers in Kivu said M23 rebels had killed a chief who refused to feed "
            "them.",
            ("12", "CODGOV", "CODREBM23"),
        ),
        (
            "Two gunmen barricaded themselves in a farmhouse in Turkey's Izmir province "
            "after police called on them to surrender.",
            ("02", "TURCOP", "TURUAF"),
        ),
    ],
)
def test_them_is_the_subject_of_the_clause_above(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_them_is_still_the_speaker_below_its_own_clauses_subject(coder: Coder) -> None:
    # the reported clause's subject is "them"'s own clause's: the speakers are beaten
    found = _dyads(coder, "Fishermen in Tumaco said marines beat them at sea.")
    assert any(target == "COLCVL" or target == "COLAGR" for _, _, target in found), (
        found
    )


# a sentence's subject "they" carries on the subject of the sentence before, over a
# nearer object
def test_they_is_the_subject_of_the_sentence_before(coder: Coder) -> None:
    found = _dyads(
        coder,
        "Kenyan police detained three men in Mombasa. They charged them with "
        "smuggling ivory.",
    )
    assert ("11", "KENCOP", "KENCVL") in found


# the country a body backs or opposes ("pro-Russian", "anti-American") is not the
# body's own: its words give it none (the sentence's other countries may)
@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        (
            "Pro-Serbian protesters blocked the road to Mitrovica.",
            "protesters",
            "---OPP",
        ),
        ("Anti-French demonstrators marched in Bamako.", "demonstrators", "---OPP"),
        # a control: a body's own demonym still gives its country
        ("Serbian protesters blocked the road to Mitrovica.", "protesters", "SRBOPP"),
    ],
)
def test_the_country_a_body_backs_or_opposes_is_not_its_own(
    coder: Coder, text: str, head: str, code: str
) -> None:
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == head)
    coder.resolver.reading(doc)
    found = coder.resolver.resolve(tok, "2024-03-12", DocMemory())
    assert found is not None and found.actor.code == code


# a country's air defences are its forces ("Russian air defences shot down ..."); the
# missiles or drone they shoot down are the other side's forces' (since round 12: a
# nationality on arms is the forces', as round 9's held-out labels have it)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Syrian air defences shot down two Israeli missiles over Homs, state media "
            "said.",
            ("19", "SYRMIL", "ISRMIL"),
        ),
        (
            "Polish air defense units shot down a Belarusian drone near Bialystok.",
            ("19", "POLMIL", "BLRMIL"),
        ),
    ],
)
def test_air_defences_are_the_countrys_forces(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)
