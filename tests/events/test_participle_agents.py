"""A participle on a noun with its agent named is a passive: "the referendum,
BOYCOTTED BY the main opposition parties" is the parties' boycott; "homes
torched by the militia" are the militia's arson. Two who broker or host do not do it to
each other ("a swap brokered by Turkey and Saudi Arabia"), and "a strike called by
separatist groups to protest ..." is the groups' strike, no appeal to protest.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "root", "actor"),
    [
        (
            "The referendum, boycotted by the main opposition parties in Mauritania, "
            "passed with 98 percent of the vote.",
            "14",
            "MRTOPP",
        ),
        (
            "Hundreds of homes torched by the militia in the village lay in ruins on "
            "Sunday.",
            "17",
            "---REB",
        ),
    ],
)
def test_the_agent_of_a_participle_does_it(
    coder: Coder, text: str, root: str, actor: str
) -> None:
    found = coded(coder, text)
    assert any(c.startswith(root) and a == actor for c, a, _ in found), found
    assert not any(c.startswith("02") for c, _, _ in found), found


def test_a_strike_called_by_groups_is_their_strike(coder: Coder) -> None:
    """Guard: a thing called, with its purpose, is no appeal."""
    found = coded(
        coder,
        "Shops were shut across the region on Friday in a general strike called by "
        "opposition parties to protest the arrest of their leader.",
    )
    assert any(c.startswith("14") for c, _, _ in found), found
    assert not any(c.startswith("02") for c, _, _ in found), found


def test_two_brokers_do_not_broker_each_other(coder: Coder) -> None:
    """Guard (the mediation of two brokers is no act of one on the other)."""
    found = coded(
        coder,
        "Russia released 215 Ukrainian fighters in a swap brokered by Turkey and "
        "Saudi Arabia.",
    )
    assert not any(c == "045" and {a, t} == {"TUR", "SAU"} for c, a, t in found), found


def test_who_sponsored_the_talks_did_not_hold_them(coder: Coder) -> None:
    found = coded(
        coder,
        "Talks between the two sides in Jeddah, sponsored by Saudi Arabia and the "
        "United States, collapsed in December.",
    )
    assert not any(
        {a, t} == {"SAU", "USA"} for c, a, t in found if not c.startswith("045")
    ), found
