"""What a named actor has done, said in a relative clause set off by commas with no time
("Algeria, WHICH HAS HOSTED TALKS between Bamako and the rebels, condemned the strike"),
is what it is known for, not news of the sentence; with a time said ("Kenya, which has
sent 400 police officers to Haiti this year, ...") it is told. What such a clause asks
is not done either ("which has asked the president TO CALL early elections").

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


def test_what_a_known_for_clause_asks_is_not_done(coder: Coder) -> None:
    events = coded(
        coder,
        "The opposition leader has the backing of the European Union, which has "
        "repeatedly asked the president to call early elections.",
    )
    assert not any(code.startswith("08") for code, _, _ in events), events
