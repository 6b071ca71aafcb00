"""The part a named actor has played between others, said in a relative clause set off
by commas with no time ("Algeria, WHICH HAS HOSTED TALKS between Bamako and the rebels,
condemned the strike"), is what it is known for, not news of the sentence; with a time said ("Kenya, which has
sent 400 police officers to Haiti this year, ...") it is told, and so is what the
actor has asked or done itself ("the EU, which has repeatedly asked the president to
call early elections": an appeal, as the wire gold codes such a clause).

Sentences written for these tests in wire style; the first gave a mediation (045) before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_what_a_name_is_known_for_is_no_event(coder: Coder) -> None:
    events = coded(
        coder,
        "Oman, which has hosted talks between Iran and the United States, welcomed "
        "the prisoner exchange.",
    )
    assert not any(code.startswith("04") for code, _, _ in events), events


def test_what_a_name_did_at_a_time_is_told(coder: Coder) -> None:
    events = coded(
        coder,
        "Qatar, which has hosted talks between Israel and Hamas this week, said a "
        "deal was close.",
    )
    assert any(code.startswith("04") for code, _, _ in events), events


def test_what_a_name_has_asked_is_still_an_appeal(coder: Coder) -> None:
    events = coded(
        coder,
        "The opposition leader has the backing of the European Union, which has "
        "repeatedly asked the president to call early elections.",
    )
    assert any(
        code.startswith("02") and source.startswith("IGOEU")
        for code, source, _ in events
    ), events
