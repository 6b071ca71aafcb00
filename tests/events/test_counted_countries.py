""" "The three countries" are the last three the story named, also when the phrase says
more of them ("the three countries, all run by military governments,", "the three
neighbouring countries"). From helper-62's report (r12-06): such a phrase gave no
doer.

Stories written for these tests in wire style.
"""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article


def _events(coder: Coder, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published="2025-02-03")
    return {
        (e.cameo[:3], e.actor.code, e.recipient.code if e.recipient else None)
        for e in next(iter(coder.code([article]))).events
    }


FIRST = (
    "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS in "
    "January.\n\n"
)


@pytest.mark.parametrize(
    "second",
    [
        "The three countries, all run by military governments, have accused ECOWAS "
        "of serving foreign interests.",
        "The three Sahel countries have accused ECOWAS of serving foreign interests.",
    ],
)
def test_the_three_countries_said_more_of(coder: Coder, second: str) -> None:
    found = _events(coder, FIRST + second)
    assert {("112", c, "IGOWAFECW") for c in ("MLI", "BFA", "NER")} <= found, found
