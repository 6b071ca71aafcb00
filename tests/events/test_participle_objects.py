"""A pronoun object of a participle that goes on from its verb is that verb's object
or addressee: "wrote to India's foreign minister asking HIM to secure the release"
appeals to India's minister; "sentenced the opposition leader to 12 years,
convicting HIM of terrorism" convicts the leader.

Sentences written for these tests in wire style; each gave another recipient, or
none, before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_asking_him_is_asking_the_addressee(coder: Coder) -> None:
    found = coded(
        coder,
        "Sri Lanka's fisheries minister wrote to India's foreign minister asking him "
        "to secure the fishermen's release.",
    )
    assert any(c.startswith("02") and t == "INDGOV" for c, _, t in found), found


def test_convicting_him_is_convicting_the_sentenced(coder: Coder) -> None:
    found = coded(
        coder,
        "A court in the Maldives sentenced the main opposition leader to 12 years in "
        "jail on Friday, convicting him of terrorism.",
    )
    assert any(c == "116" and t == "MDVOPP" for c, _, t in found), found
