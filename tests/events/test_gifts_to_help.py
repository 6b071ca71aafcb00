"""Whom a gift is meant to help: "would provide 50 million dollars TO HELP LAOS",
"approved a loan to help Kenya rebuild its roads". The helping infinitive hangs on
the verb or on the gift; its object (or the subject of what it helps do) receives
the aid.

Sentences written for these tests in wire style; each gave no event before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "Japan said on Friday it would provide 50 million dollars to help Laos.",
            "JPN",
            "LAO",
        ),
        (
            "The World Bank approved a 200 million dollar loan to help Kenya rebuild "
            "its roads.",
            "IGOBUSWBK",
            "KEN",
        ),
    ],
)
def test_a_gift_goes_to_whom_it_helps(
    coder: Coder, text: str, actor: str, target: str
) -> None:
    found = coded(coder, text)
    assert any(
        c[:2] in ("03", "07") and a == actor and t == target for c, a, t in found
    ), found
