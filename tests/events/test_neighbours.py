""" "its neighbour" as the subject of the clause it is an argument of ("help ITS
NEIGHBOUR protect its elections"): looking for the owner through the clause's subject
looked for the phrase itself, without end (a RecursionError that stopped the whole
batch). Sentences written for this test in wire style."""

from __future__ import annotations

from eventwire.pipeline import Coder


def test_a_neighbour_that_is_its_clauses_subject_does_not_loop(coder: Coder) -> None:
    events = coder.code_text(
        "Warsaw offered to help its neighbour secure its border, the Polish foreign "
        "ministry said.",
        "2024-05-14",
    )
    # (it raised RecursionError before)
    assert not any("neighbour" in e.actor.text for e in events), events
