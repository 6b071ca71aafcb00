"""Which of two acts of the same doers in one sentence stand: the main clause's act
over a relative clause's on its doer ("Gunmen, WHO STORMED a school, abducted 100
pupils": the abduction is what the sentence tells, the storming says who the gunmen
are), a killing beside an attack that only says who the killers are ("rebels who had
attacked the town killed 20 soldiers": both), and an abduction beside a killing ("abducted
six engineers and killed two police officers": two acts on two parties, not one attack
on the police).

Sentences written for these tests in wire style; each of the first three gave the other
act before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes, coded


def test_the_main_act_wins_over_the_doers_relative_clause(coder: Coder) -> None:
    check_codes(
        coder,
        "Gunmen, who stormed a boarding school in Nigeria's Niger state on Friday, "
        "abducted more than 200 pupils.",
        "181",
        "NGA",
        None,
    )


def test_a_killing_after_a_doers_attack_is_kept(coder: Coder) -> None:
    events = coder.code_text(
        "Al Shabaab fighters who had attacked the town on Monday killed 11 Somali "
        "soldiers on Tuesday.",
        DAY,
    )
    assert any(
        e.evidence.trigger == "killed" and e.recipient and e.recipient.sector == "MIL"
        for e in events
    ), [(e.cameo, e.evidence.trigger) for e in events]


def test_an_abduction_keeps_its_own_victims_beside_a_killing(coder: Coder) -> None:
    check_codes(
        coder,
        "Gunmen abducted four Turkish engineers and killed a police guard in Niger's "
        "Tillaberi region.",
        "181",
        None,
        "TUR",
    )


def test_an_attack_and_its_killing_stay_one_event(coder: Coder) -> None:
    events = coded(
        coder, "Boko Haram fighters attacked a village in Borno and killed 12 farmers."
    )
    assert len([e for e in events if e[0][:2] in ("18", "19")]) == 1, events
