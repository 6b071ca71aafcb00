"""A habit is no single event: "the ministry rarely criticises Beijing", "herders and
farmers often clash over grazing" state how things usually go, not an act done (issue
10: events right). The grammar's ``habitual`` adverbs leave the act uncoded; CAMEO still
codes "soldiers routinely beat up detainees", so "routinely", "regularly" and
"repeatedly" are not among them.

Sentences written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import DAY


def _codes(coder: Coder, text: str) -> list[str]:
    return [e.cameo for e in coder.code_text(text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's foreign ministry rarely criticises Beijing in public.",
        "Fulani herders and farmers often clash over grazing land in Benue state.",
        "Kenyan police often detain opposition supporters in Kibera.",
    ],
)
def test_a_habit_is_no_event(coder: Coder, text: str) -> None:
    assert _codes(coder, text) == []


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # guards: a single act, and an act CAMEO codes though it recurs
        ("Vietnam's foreign ministry criticised Beijing on Tuesday.", "11"),
        (
            "Israeli soldiers routinely beat Palestinian detainees, the group said.",
            "18",
        ),
    ],
)
def test_guard_acts_stay_coded(coder: Coder, text: str, root: str) -> None:
    assert any(c.startswith(root) for c in _codes(coder, text))
