"""A group and its rival are two actors even when their codes are one: "gang members
attacked RIVAL inmates" (both ECUCRM) is an attack, not an act of a group on itself.

Sentences written for these tests in wire style; each gave the attack no recipient
before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_rival_group_of_one_code_is_attacked(coder: Coder) -> None:
    found = coded(
        coder,
        "The riot began when members of the Los Lobos gang attacked rival inmates "
        "with knives in the Machala jail, police in Ecuador said.",
    )
    assert any(
        code.startswith("18") and actor == "ECUCRM" and target == "ECUCRM"
        for code, actor, target in found
    ), found


def test_one_phrase_of_rivals_is_not_both_sides(coder: Coder) -> None:
    """Guard: "a clash between two rival gangs" names both sides in one phrase; it is
    not one side against itself."""
    found = coded(
        coder,
        "Shops were looted after a clash between two rival gangs in the market "
        "district of Lagos.",
    )
    assert not any(a == t for _, a, t in found), found
