"""Talks that collapse are negotiations halted: "talks between X and Y collapsed",
"negotiations broke down" are 164 between the sides (they gave no event before, as
failed talks). Talks that were called off or ended are not.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Negotiations between Kyiv and Moscow broke down in March, officials said.",
            {("UKRGOV", "RUSGOV"), ("RUSGOV", "UKRGOV")},
        ),
        (
            "Talks between Sudan's army and the RSF collapsed on Tuesday over the "
            "withdrawal of fighters from Khartoum.",
            {("SDNMILSAF", "SDNREBRSF"), ("SDNREBRSF", "SDNMILSAF")},
        ),
    ],
)
def test_collapsed_talks_are_halted_by_both_sides(
    coder: Coder, text: str, sides: set[tuple[str, str]]
) -> None:
    found = {(a, t) for c, a, t in coded(coder, text) if c == "164"}
    assert found == sides, coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Kyiv and Moscow ended on Friday in Istanbul.",
        "Talks between Kyiv and Moscow were called off on Friday.",
    ],
)
def test_talks_ended_or_called_off_are_not_collapsed(coder: Coder, text: str) -> None:
    """Guards."""
    assert not any(c == "164" for c, _, _ in coded(coder, text)), coded(coder, text)
