"""The government an opposition acts on is its own country's: "Kenyan opposition
senators accused THE GOVERNMENT of being too timid with Dodoma", after a paragraph
that named Tanzania's government, accuses Kenya's.

Stories written for these tests in wire style; the first gave TZAGOV before.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article

DAY = "2024-12-03"


def _events(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published=DAY)
    return [
        (e.cameo[:3], e.actor.code, e.recipient.code if e.recipient else None)
        for e in next(iter(coder.code([article]))).events
    ]


FIRST = (
    "Tanzania's government spokesman, Gerson Msigwa, said on Monday that the six "
    "activists had broken immigration rules.\n\n"
)


def test_an_opposition_accuses_its_own_government(coder: Coder) -> None:
    found = _events(
        coder,
        FIRST + "Kenyan opposition senators on Tuesday accused the government of "
        "being too timid with Dodoma.",
    )
    assert ("112", "KENOPP", "KENGOV") in found, found


def test_a_government_named_with_its_country_stays_that_countrys(
    coder: Coder,
) -> None:
    """Guard: the phrase names whose government it is."""
    found = _events(
        coder,
        FIRST + "Kenyan opposition senators on Tuesday accused the Tanzanian "
        "government of harassing activists.",
    )
    assert ("112", "KENOPP", "TZAGOV") in found, found
