"""The head of a body "its" points back to: "The opposition Citizen Revolution party
criticised the decree. ITS LEADER, Luisa Gonzalez, called for ..." is the party's
leader (OPP), not a government's, what "leader" alone is.

Stories written for these tests in wire style; the first gave ECUGOV before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article


def _sources(coder: Coder, text: str) -> list[str]:
    article = Article(id="t", text=text, published="2026-02-04")
    return [e.actor.code for e in next(iter(coder.code([article]))).events]


def test_its_leader_leads_the_party_named_before(coder: Coder) -> None:
    codes = _sources(
        coder,
        "Ecuador's opposition Citizen Revolution party criticised the decree on "
        "Tuesday.\n\nIts leader, Luisa Gonzalez, called for the interior minister "
        "to resign.",
    )
    assert "ECUOPP" in codes and "ECUGOV" not in codes[1:], codes


def test_a_countrys_leader_is_no_partys(coder: Coder) -> None:
    """Guard: "its leader" after a country is not made a party's."""
    codes = _sources(
        coder,
        "Kenya closed its border with Somalia on Tuesday.\n\nIts leader, President "
        "William Ruto, called for calm.",
    )
    assert not any(c.endswith(("OPP", "PTY")) for c in codes), codes
