"""A decision, plan or bid that names its owner is the owner's act, not that of who
reacts to it: "the European Union regretted the decision BY BEIJING to impose duties"
is no EU sanction (163 by the EU before). From held-out round 13's report.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    "text",
    [
        "The European Union regretted the decision by Beijing to impose "
        "anti-dumping duties on brandy.",
        "The European Union regretted the Chinese decision to impose anti-dumping "
        "duties on brandy.",
    ],
)
def test_a_reaction_to_anothers_decision_is_not_the_decision(
    coder: Coder, text: str
) -> None:
    found = coded(coder, text)
    assert not any(c.startswith("16") and a == "IGOEUREEC" for c, a, _ in found), found


def test_ones_own_decision_is_ones_act(coder: Coder) -> None:
    """Guard: "announced a decision to impose duties" imposes them."""
    found = coded(
        coder, "The EU announced a decision to impose duties on Chinese electric cars."
    )
    assert any(c.startswith("16") and a == "IGOEUREEC" for c, a, _ in found), found
