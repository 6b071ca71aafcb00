"""Fighting a thing is no use of force: "help Tonga fight the methamphetamine trade",
"tackle poverty", "combat corruption" are campaigns, not force used on anyone (issue
10: events right). A fight whose object is an actor, a place, a count of people or the
fight itself ("fought a border war") is still force.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _roots(coder: Coder, text: str) -> list[str]:
    return [e.cameo[:2] for e in coder.code_text(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand will help Samoa fight the cocaine trade, its police minister said.",
        "Kenya's army is fighting cattle rustling in the north.",
        "Mexican soldiers fought fuel theft along the pipeline.",
    ],
)
def test_fighting_a_thing_is_no_force(coder: Coder, text: str) -> None:
    assert "19" not in _roots(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a fight with an actor, and the fight itself as the object
        "Kenyan troops fought al-Shabaab militants near Lamu on Monday.",
        "Ethiopia and Eritrea fought a border war from 1998 to 2000.",
        "Pakistani and Afghan forces fought deadly border clashes in October.",
    ],
)
def test_guard_fighting_someone_is_force(coder: Coder, text: str) -> None:
    assert "19" in _roots(coder, text)
