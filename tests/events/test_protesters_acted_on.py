"""People named by their protest who are the subject of a passive are those something
was done to, and the noun tells no protest of theirs ("at least 14 PROTESTERS were
treated in hospital"); the act done to them is coded where the sentence has one
("dozens of demonstrators were detained"), and protesters who act still protest
("protesters gathered outside parliament").

Sentences written for these tests in wire style; the first gave a 141 before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_protesters_treated_in_hospital_tell_no_protest(coder: Coder) -> None:
    events = coded(
        coder,
        "At least 20 protesters were treated in hospital in Nairobi for tear gas "
        "inhalation, the Kenya Red Cross said.",
    )
    assert not any(code.startswith("14") for code, _, _ in events), events


def test_demonstrators_detained_are_the_arrests_recipients(coder: Coder) -> None:
    events = coded(coder, "Dozens of demonstrators were detained in Minsk on Sunday.")
    assert [code for code, _, _ in events] == ["173"], events


def test_protesters_who_gather_protest(coder: Coder) -> None:
    events = coded(coder, "Protesters gathered outside parliament in Tbilisi.")
    assert any(code.startswith("14") for code, _, _ in events), events
