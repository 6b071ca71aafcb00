"""Who judges, names or looks into an act did not do it (issue 10: every event right).
An attack noun takes the subject of a verb that says nothing of its own ("launched an
attack"); "attributed", "described", "investigated" say something of their own, and
their subjects were coded as the attackers.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _attacks(coder: Coder, text: str) -> list[tuple[str, str]]:
    return [
        (e.cameo, e.actor.code)
        for e in coder.code_text(text, DAY)
        if e.cameo[:2] in ("18", "19", "20")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Estonia on Tuesday attributed a cyber attack on its postal service to a "
        "Russian military intelligence unit.",
        "The Taliban's chief spokesman described Monday's attack on the checkpoint as "
        "an act of cowards.",
    ],
)
def test_who_judges_an_attack_is_not_its_attacker(coder: Coder, text: str) -> None:
    assert _attacks(coder, text) == []


def test_who_launches_an_attack_is_its_attacker(coder: Coder) -> None:
    """Guard: a verb that says nothing of its own still hands its subject over."""
    found = _attacks(
        coder,
        "Al-Shabaab fighters launched an attack on a military base in southern "
        "Somalia on Tuesday.",
    )
    assert found and all(f[1].startswith("SOMREB") for f in found), found
