"""No one demands of itself: in "Kosovo's prime minister said Serbia was behind the
attack and demanded that BELGRADE hand over the gunmen", the demand joined to the
report is the speaker's, not Serbia's; one asked of another state stays with the
report's subject where the grammar gives it ("said Serbia had demanded that Kosovo
...").

Sentences written for these tests in wire style; the first gave the demand to Serbia
before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_a_demand_of_the_reports_own_subject_is_the_speakers(coder: Coder) -> None:
    events = coded(
        coder,
        "Kosovo's prime minister said Serbia was behind the attack and demanded that "
        "Belgrade hand over the gunmen.",
    )
    demands = [(s, r) for c, s, r in events if c.startswith("10")]
    assert demands and all(s.startswith("XKX") for s, _ in demands), events


def test_a_demand_of_another_state_stays_with_the_report(coder: Coder) -> None:
    events = coded(
        coder,
        "Armenia's foreign minister said Azerbaijan had massed troops on the border "
        "and demanded that Yerevan withdraw its forces.",
    )
    demands = [(s, r) for c, s, r in events if c.startswith("10")]
    assert not any(
        s.startswith("ARM") and (r or "").startswith("ARM") for s, r in demands
    ), events
