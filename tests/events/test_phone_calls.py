"""A leader who "called" another "to discuss" something telephoned (041), however the
parser reads the callee (issue 10: plain wire English). With a title and a full name
before a time phrase, the parser takes the callee for what he was called ("called him
a liar"), and the frame read an appeal to talk (026).

Sentences written for these tests in wire style; each was 026 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Spanish Prime Minister Pedro Sanchez called Moroccan King Mohammed VI on "
            "Friday to discuss migration, his office said.",
            "ESPGOV",
            "MAR",
        ),
        (
            "Italian Prime Minister Giorgia Meloni called Tunisian President Kais Saied "
            "on Tuesday to discuss the fight against people smugglers.",
            "ITAGOV",
            "TUNGOV",
        ),
    ],
)
def test_called_to_discuss_is_a_phone_call(
    coder: Coder, text: str, source: str, target: str
) -> None:
    check_codes(coder, text, "041", source, target)
