"""Withdrawals told with "back" ("pulled back from"): the parser hangs "from" on the
adverb "back", as it hangs it on "out" and "away"; the place it goes under is what the
forces withdrew from (0874). Sentences written for these tests in wire style; each was
silent before."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Azerbaijani forces pulled back from three positions on the border, the "
            "defence ministry said.",
            "AZE",
        ),
        (
            "Rebels pulled back from the outskirts of the town on Sunday, residents "
            "said.",
            None,
        ),
    ],
)
def test_forces_that_pulled_back_from_a_place_withdrew(
    coder: Coder, text: str, source: str | None
) -> None:
    check_codes(coder, text, "0874", source, None)


def test_pulling_back_from_a_pledge_is_no_withdrawal(coder: Coder) -> None:
    events = coder.code_text(
        "The finance minister pulled back from a pledge to cut fuel taxes.",
        "2024-05-14",
    )
    assert all(e.cameo != "0874" for e in events), [e.cameo for e in events]
