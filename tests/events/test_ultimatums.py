"""A demand with a penalty for refusing it is an ultimatum (139; issue 10: "setting a
deadline 'or risk losing' something"). "Told Hungary to drop the law or risk losing
funds", "gave the envoy 48 hours to leave or face expulsion": the penalty makes the
demand or the order a threat.

Sentences written for these tests in wire style; each was 100 or 161 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY, check_codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The African Union told Mali's junta to set an election date or risk "
            "suspension from the bloc.",
            "IGOAFRAFU",
            "MLI",
        ),
        (
            "Burkina Faso's military government gave the French ambassador 72 hours to "
            "leave the country or face expulsion.",
            "BFA",
            "FRA",
        ),
    ],
)
def test_demand_with_a_penalty_is_an_ultimatum(
    coder: Coder, text: str, source: str, target: str
) -> None:
    check_codes(coder, text, "139", source, target)


def test_a_penalty_with_no_demand_is_no_ultimatum(coder: Coder) -> None:
    text = "The ministry said the company could face fines of up to 5 million euros."
    assert "139" not in [e.cameo for e in coder.code_text(text, DAY)]
