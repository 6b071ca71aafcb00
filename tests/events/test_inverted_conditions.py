"""A condition told by inversion ("Should the rebels attack the city, ...") is no act
(issue 10: negated or hypothetical acts are not coded). "Should" read as an obligation
made the speaker appeal to the rebels to attack.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _codes(coder: Coder, text: str) -> list[str]:
    return [e.cameo for e in coder.code_text(text, DAY)]


def test_a_condition_opened_by_should_codes_no_act(coder: Coder) -> None:
    text = (
        "Should the rebels attack the city, the army will respond with force, the "
        "governor said."
    )
    assert _codes(coder, text) == []


def test_a_plain_clause_after_a_comma_is_still_coded(coder: Coder) -> None:
    """Guard: the same words told as done."""
    text = "The rebels attacked the city on Monday, and the army responded with force."
    assert "190" in _codes(coder, text)
