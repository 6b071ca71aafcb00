"""A past-tense verb the parser joined to an infinitive inside a claim is the higher
verb's second act: "accused Russia of plotting to overthrow her government AND
CALLED ON the European Union to tighten sanctions" is the accuser's appeal, not part
of the accusation (and not Russia's). A demanded passive ("demanded that its leaders
BE ARRESTED") is what is demanded, not an arrest; a passive ordered by one with
the power to order it ("ordered that the party BE DISSOLVED") is done.

Sentences written for these tests in wire style; each was coded wrongly or not at
all before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_past_tense_joined_to_an_infinitive_is_the_accusers(coder: Coder) -> None:
    events = coded(
        coder,
        "Moldova's president accused Russia on Wednesday of plotting to overthrow "
        "her government and called on the European Union to tighten sanctions.",
    )
    appeals = [(s, r) for c, s, r in events if c.startswith("02")]
    assert appeals and all(s.startswith("MDA") for s, _ in appeals), events
    assert any(r and r.startswith("IGOEU") for _, r in appeals), events


def test_a_report_in_its_own_tense_keeps_its_joined_act(coder: Coder) -> None:
    # guard: "were blocking ... and urged" is the report's own tense; the speaker urges
    events = coded(
        coder,
        "Peru's interior minister said the miners were still blocking the highway "
        "and urged Bolivia to close its side of the border.",
    )
    assert any(c.startswith("02") and s.startswith("PER") for c, s, _ in events), events


def test_a_demanded_passive_is_no_deed(coder: Coder) -> None:
    events = coded(
        coder,
        "The interior minister accused the opposition of trying to stage a coup "
        "and demanded that its leaders be arrested.",
    )
    assert not any(c.startswith("17") for c, _, _ in events), events


def test_a_passive_ordered_by_one_with_the_power_is_done(coder: Coder) -> None:
    events = coded(
        coder,
        "Cambodia's Supreme Court on Friday ordered that the main opposition party "
        "be dissolved.",
    )
    assert any(c == "1722" and s.startswith("KHMJUD") for c, s, _ in events), events
