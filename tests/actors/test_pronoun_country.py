"""A pronoun for a group the story named with no country of its own ("Crowds ...
Police used tear gas to disperse THEM") is of the country its own sentence is in, as
the group's own mention was coded (issue 10: every actor right). It came out "---".

Story written for this test in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article

_STORY = (
    "HONIARA, Solomon Islands (AP) — Thousands of people took to the streets of the "
    "capital on Wednesday.\n\n"
    "Crowds marched on parliament to demand the prime minister's resignation and set "
    "fire to a police station. Police used tear gas and rubber bullets to disperse "
    "them."
)


def test_them_for_a_crowd_takes_the_country_of_its_sentence(coder: Coder) -> None:
    (result,) = coder.code([Article(id="t", text=_STORY, published="2025-03-05")])
    dispersed = [
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in result.events
        if e.cameo == "175"
    ]
    assert dispersed == [("SLBCOP", "SLBOPP")]
