"""Homes, shops and villages burned or demolished are their people's (issue 10: "an
attack on a place has that place's civilians as the recipient"). The rule held for
attacks (18, 19, 20); property destroyed (1712) named no one it was done to unless the
property had a named owner.

Sentences written for these tests in wire style; each had no recipient before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Militants burned dozens of homes in a village in Borno state.",
            "NGA",
            "NGACVL",
        ),
        (
            "Gunmen torched houses in two villages near Bunia in Ituri province on "
            "Saturday.",
            None,
            "CODCVL",
        ),
    ],
)
def test_property_destroyed_in_a_place_is_its_peoples(
    coder: Coder, text: str, source: str | None, target: str
) -> None:
    check_codes(coder, text, "1712", source, target)
