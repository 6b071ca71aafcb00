"""A plural pronoun in a report is its speaker only where no plural doer of the
report stands nearer: "the rebels released two engineers THEY had kidnapped, the
ministry said" is the rebels' kidnapping, not the ministry's; "the police said,
adding that THEY had arrested 12 people" stays the police's.

Sentences written for these tests in wire style; the first gave the kidnapping to
the ministry before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_they_in_a_clause_on_the_reports_doer_is_that_doer(coder: Coder) -> None:
    events = coded(
        coder,
        "The rebels released two Chinese engineers they had kidnapped in March, "
        "the foreign ministry in Beijing said.",
    )
    kidnappers = {s for c, s, _ in events if c == "181"}
    assert kidnappers and all(s.endswith("REB") for s in kidnappers), events


def test_they_after_the_speakers_own_clause_stays_the_speaker(coder: Coder) -> None:
    events = coded(
        coder,
        "Protesters marched on the embassy, the police said, adding that they had "
        "arrested 12 people.",
    )
    arrests = {s for c, s, _ in events if c == "173"}
    assert arrests and all(s.endswith("COP") for s in arrests), events
