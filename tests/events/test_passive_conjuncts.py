"""An active verb joined to a passive shares the passive's subject, not its agent:
"the engineer had been freed by a French court and HAD ARRIVED in Tehran" is the
engineer's arrival, not the court's; "was indicted by the tribunal and WILL RESIGN"
is the indicted man's resignation. Participles that share the passive ("was
convicted and sentenced by a court") keep the agent.

Sentences written for these tests in wire style; the first two gave the agent as
the doer before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "root", "wrong"),
    [
        (
            "Tehran said the Iranian engineer had been freed by a French court on "
            "Wednesday and had arrived in Tehran.",
            "04",
            "FRAJUD",
        ),
        (
            "Kenya's deputy president has been charged by the International Criminal "
            "Court over the violence and will resign.",
            "03",
            "IGOINTICC",
        ),
    ],
)
def test_the_agent_of_a_passive_is_not_the_doer_of_its_active_conjunct(
    coder: Coder, text: str, root: str, wrong: str
) -> None:
    found = coded(coder, text)
    assert not any(c.startswith(root) and a == wrong for c, a, _ in found), found


def test_a_shared_passive_keeps_its_agent(coder: Coder) -> None:
    """Guard: "was convicted and sentenced by a court" are both the court's."""
    found = coded(
        coder,
        "The former minister was convicted and sentenced by a court in Dhaka on "
        "Monday.",
    )
    assert any(c.startswith("17") and a == "BGDJUD" for c, a, _ in found), found
