""" "Both governments", "both sides" addressed by a verb joined to another are the two
sides of the story's last event between two actors, as when the verb has its own
subject: the subject the joined verb shares is the doer, not one of "the others" the
sentence names ("a spokesperson said the United States supported orderly border
management and URGED BOTH GOVERNMENTS to keep talking").

Texts written for these tests in wire style; the first gave no appeal before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _appeals(coder: Coder, text: str) -> list[tuple[str, str | None]]:
    return [
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, DAY)
        if e.cameo.startswith("02")
    ]


def test_both_governments_after_a_joined_verb_are_the_pair(coder: Coder) -> None:
    appeals = _appeals(
        coder,
        "Ecuador and Peru accused each other of violating the border accord. In "
        "Washington, a State Department spokesperson said the United States supported "
        "orderly border management and urged both governments to keep talking.",
    )
    assert {r for _, r in appeals} >= {"ECUGOV", "PERGOV"}, appeals


def test_both_governments_with_its_own_subject_are_the_pair(coder: Coder) -> None:
    appeals = _appeals(
        coder,
        "Ecuador and Peru accused each other of violating the border accord. A State "
        "Department spokesperson said the United States urged both governments to "
        "return to talks.",
    )
    assert {r for _, r in appeals} >= {"ECUGOV", "PERGOV"}, appeals
