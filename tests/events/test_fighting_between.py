"""A gerund subject with its two sides is the event noun it names: "FIGHTING between the
army and the Arakan Army has displaced thousands" is fighting of each side with the
other, whatever part of speech the tagger gave "fighting"; a gerund with no "between"
stays the verb it is.

Sentences written for these tests in wire style; the first was silent before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_fighting_between_two_sides_as_subject(coder: Coder) -> None:
    events = coded(
        coder,
        "Fighting between the Sudanese army and the RSF has forced 40,000 people "
        "from their homes in El Obeid.",
    )
    pairs = {(s[:3], r[:3] if r else None) for c, s, r in events if c.startswith("19")}
    assert ("SDN", "SDN") in pairs and len(
        [c for c, _, _ in events if c.startswith("19")]
    ) == 2, events


def test_a_gerund_subject_without_sides_is_no_fight(coder: Coder) -> None:
    events = coded(coder, "Fighting corruption remains the government's priority.")
    assert not any(c.startswith("19") for c, _, _ in events), events
