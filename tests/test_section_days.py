"""A dateline down the story dates its section (issue 10: datelines anywhere in a
story). A roundup or a long story files a section from another town on another day
("ABUJA, Oct 14 - ..."): what the section tells with no date of its own is news of
that day, not of the lead's.

The article is written for this test, in wire layout.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article

TEXT = """Guinea-Bissau junta detains former ministers

BISSAU, Oct 16 (Wire) - Soldiers in Guinea-Bissau arrested two former ministers on Thursday, their lawyers said.

ABUJA, Oct 14 - The West African bloc ECOWAS condemned the arrests of opposition figures in Guinea-Bissau and called on the junta to free them.
"""


def test_a_section_is_news_of_its_datelines_day(coder: Coder) -> None:
    result = next(
        iter(coder.code([Article(id="t", text=TEXT, published="2026-10-16")]))
    )
    appeals = [e for e in result.events if e.cameo.startswith(("02", "11"))]
    assert appeals, [(e.cameo, e.date) for e in result.events]
    assert all(e.date == "2026-10-14" for e in appeals), [
        (e.cameo, e.date) for e in appeals
    ]
