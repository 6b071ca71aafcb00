"""A slot's preposition hung on the verb's particle: "handing the town BACK to the
Congolese army", "handed the suspects OVER to Ugandan police": whom the thing goes
to. Held-out round 13's report: "handing the town back to the Congolese army" had no
recipient.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_handed_back_to(coder: Coder) -> None:
    found = coded(
        coder,
        "The M23 rebels said they were handing the town back to the Congolese army.",
    )
    assert ("0842", "CODREBM23", "CODMIL") in found, found


def test_handed_over_to(coder: Coder) -> None:
    """Guard: "over" the parser already hangs apart from "to"."""
    found = coded(
        coder, "Rwanda handed the two suspects over to Ugandan police on Friday."
    )
    assert any(t == "UGACOP" for _, _, t in found), found
