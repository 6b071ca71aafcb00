"""A demand told with a that clause in the base form ("demanded that Turkey withdraw
its troops") is the same demand as "demanded Turkey to withdraw" (issue 10: the code
CAMEO gives). It stayed a bare 100, the act demanded unread.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded as _events


@pytest.mark.parametrize(
    "text",
    [
        "Iraq demanded that Turkey withdraw its troops from the Bashiqa camp.",
        "Kenya insisted that Somalia should withdraw its forces from the border.",
    ],
)
def test_a_demand_that_someone_act_is_the_demand_of_that_act(
    coder: Coder, text: str
) -> None:
    found = _events(coder, text)
    assert [f[0] for f in found] == ["1056"], found


def test_a_fact_told_in_a_that_clause_is_no_demand(coder: Coder) -> None:
    """Guard: the past tense tells what was done."""
    found = _events(coder, "Iraq said that Turkey withdrew its troops from the camp.")
    assert all(not f[0].startswith("10") for f in found), found
