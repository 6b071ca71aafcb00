"""A verbal act joined to a clause that a report or a denial holds is the reporter's own
second act when the grammar says so, though the parser hangs it on the reported clause:
after a denial, which reports the other side's deeds ("denied that its fighters had
attacked the camp and ACCUSED the army of ..."), and when a bare past tense cannot
share the report's auxiliary ("said the militia WAS LOOTING the town and ACCUSED the
governor of ..."). A report's own threats and demands stay the report's ("said the
kidnappers had seized the workers and DEMANDED a ransom"), and so does a verbal act
with an auxiliary of its own ("... would meet and WOULD URGE ...").

Sentences written for these tests in wire style; the first two were silent before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes, coded


def test_an_accusation_after_a_denial_is_the_deniers(coder: Coder) -> None:
    check_codes(
        coder,
        "Sudan's army denied that its soldiers had shelled the market and accused "
        "the RSF of staging the attack.",
        "1123",
        "SDNMIL",
        "SDNREB",
    )


def test_an_appeal_that_cannot_share_the_reports_tense_is_the_speakers(
    coder: Coder,
) -> None:
    check_codes(
        coder,
        "Kenya's interior minister said the gangs were still blocking the highway "
        "and urged Uganda to close its side of the border.",
        "020",
        "KENGOV",
        "UGA",
    )


def test_a_denial_still_denies_the_deed(coder: Coder) -> None:
    events = coded(
        coder,
        "Sudan's army denied that its soldiers had shelled the market and accused "
        "the RSF of staging the attack.",
    )
    assert not any(code.startswith("19") for code, _, _ in events), events


def test_a_demand_joined_to_a_report_stays_the_reports(coder: Coder) -> None:
    events = coded(
        coder,
        "Nigerian police said gunmen were holding the workers in a forest and "
        "demanded a ransom from the company.",
    )
    demands = [source for code, source, _ in events if code.startswith("10")]
    assert demands and all(source.endswith("UAF") for source in demands), events


def test_an_appeal_with_its_own_auxiliary_stays_the_reports(coder: Coder) -> None:
    events = coded(
        coder,
        "Colombia's defence minister said ELN commanders would meet in Havana and "
        "would urge their fighters to lay down their weapons.",
    )
    assert not any(
        code.startswith("02") and source.startswith("COLGOV")
        for code, source, _ in events
    ), events
