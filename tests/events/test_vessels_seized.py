"""Boats seized are property seized (issue 10: plain wire English). Fisheries disputes
are told as "the navy seized three Vietnamese fishing boats": the boats' flag is whose
property it is (1711), and a port named nearby is no territory taken (192).

Sentences written for these tests in wire style; each was silent or 192 before.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .vocabulary_checks import check_codes


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Argentina's coast guard seized two Spanish fishing boats off the port of "
            "Puerto Madryn on Friday.",
            "ARGMIL",
            "ESP",
        ),
        (
            "The Sri Lankan navy seized four Indian trawlers and arrested 23 fishermen "
            "near Delft island.",
            "LKAMIL",
            "IND",
        ),
    ],
)
def test_boats_seized_are_property(
    coder: Coder, text: str, source: str, target: str
) -> None:
    check_codes(coder, text, "1711", source, target)
