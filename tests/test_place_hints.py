"""The country of a bare "the capital" when the event's target has no known country:
the doer's, as when there is no target (the place hints of ``pipeline``). Sentences
written for these tests in wire style; each placed its event nowhere before."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Thousands of Mongolian protesters stormed the gates of the Great Hural "
            "building in the capital over a corruption scandal.",
            "Ulan Bator",
        ),
        (
            "Bolivian miners attacked the headquarters of Minera Andina in the "
            "capital on Tuesday.",
            "Sucre",
        ),
    ],
)
def test_a_target_of_no_country_leaves_the_capital_the_doers(
    coder: Coder, text: str, place: str
) -> None:
    events = [e for e in coder.code_text(text, "2025-01-09") if e.cameo[:2] >= "14"]
    assert events, events
    assert all(e.location and e.location.name == place for e in events), [
        (e.cameo, e.recipient.code if e.recipient else None, e.location) for e in events
    ]
