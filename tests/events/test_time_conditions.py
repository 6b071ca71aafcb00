"""The time a future act waits for is its condition, not a deed done: "would release
the hostages WHEN THE ARMY WITHDREW from the town", "will resume the talks ONCE
UKRAINIAN TROOPS WITHDRAW". A time clause of a deed told as done stays told ("the army
withdrew from the town when the rebels attacked"), and so does a past act that a future
one follows ("would impose duties, a month after the EU raised its tariffs").

Sentences written for these tests in wire style; the first two gave the withdrawal as
done before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_withdrawal_a_release_waits_for_is_not_done(coder: Coder) -> None:
    events = coded(
        coder,
        "The kidnappers said they would free the hostages when the army withdrew "
        "from the town.",
    )
    assert not any(code.startswith("087") for code, _, _ in events), events


def test_a_withdrawal_talks_wait_for_is_not_done(coder: Coder) -> None:
    events = coded(
        coder,
        "Moscow will resume the talks once Ukrainian troops withdraw from the town.",
    )
    assert not any(code.startswith("087") for code, _, _ in events), events


def test_the_time_clause_of_a_deed_done_is_told(coder: Coder) -> None:
    events = coded(
        coder, "Malian troops withdrew from the town when the rebels attacked."
    )
    assert any(code.startswith("19") for code, _, _ in events), events
    assert any(code.startswith("087") for code, _, _ in events), events


def test_a_past_act_a_future_one_follows_is_told(coder: Coder) -> None:
    events = coded(
        coder,
        "Beijing said it would impose duties on French cognac from March 1, a month "
        "after the European Union raised its tariffs on Chinese steel.",
    )
    assert any(
        code.startswith("16") and source.startswith("IGOEU")
        for code, source, _ in events
    ), events
