"""Forces that disperse "them" disperse a crowd (175): the pronoun's antecedent, the
crowd of the sentence before, is the recipient. From helper-54's round-10 report (that
page is not untuned for it); a story written for this test in wire style."""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, coded


def test_forces_that_disperse_them_disperse_the_crowd_named_before(
    coder: Coder,
) -> None:
    events = coder.code_text(
        "ACCRA, Ghana - Hundreds of traders marched on the municipal assembly on "
        "Monday.\n\nSoldiers dispersed them with tear gas.",
        DAY,
    )
    assert any(
        e.cameo == "175" and e.actor.code == "GHAMIL" and e.recipient is not None
        for e in events
    ), [(e.cameo, e.actor.code) for e in events]


def test_police_who_block_a_road_still_arrest(coder: Coder) -> None:
    """What the police do beside a road they block is their own act, not wreckage of
    a protest of theirs: "blocked the road to the prison and arrested four women"."""
    found = coded(
        coder,
        "Riot police blocked the road to Jau prison on Sunday and arrested five women "
        "who had come to visit their sons.",
    )
    assert any(code == "173" and actor.endswith("COP") for code, actor, _ in found), (
        found
    )
