"""A noun that owns the subject of its relative clause is no object of that clause:
"Eritrea, WHOSE troops fought alongside the federal army" is not a fight of
Eritrea's troops against Eritrea.

Sentence written for these tests in wire style; it gave ERIMIL -> ERI and back
before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder

from .vocabulary_checks import coded


def test_the_owner_of_the_doers_is_not_their_target(coder: Coder) -> None:
    found = coded(
        coder,
        "The TPLF accused Eritrea, whose troops fought alongside the federal army "
        "during the war, of backing the breakaway faction.",
    )
    assert not any(c.startswith("19") and t == "ERI" for c, _, t in found), found
    assert any(c.startswith("112") and t == "ERI" for c, _, t in found), found
