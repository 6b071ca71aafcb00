"""Actor faults other helpers met on fresh news pages, each tested on sentences of
our own in wire style (never the pages' words):

- a capital's or a country's name that starts a person's name is his first name
  ("Cabinet Secretary ADEN Duale" is no Yemeni); a person of the base so named
  ("Israel Katz") keeps his office.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article


def _dyads(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published="2026-02-04")
    return [
        (e.cameo[:2], e.actor.code, e.recipient.code if e.recipient else None)
        for e in next(iter(coder.code([article]))).events
    ]


def test_a_capitals_name_as_a_first_name_is_no_country(coder: Coder) -> None:
    dyads = _dyads(
        coder,
        "NAIROBI, Kenya (Reuters) - Interior Cabinet Secretary Aden Mohamud accused "
        "the hospital owners of fraud on Tuesday.",
    )
    assert [d[1] for d in dyads] == ["KENGOV"], dyads


def test_a_capitals_name_as_a_first_name_with_no_country_named(coder: Coder) -> None:
    dyads = _dyads(
        coder, "Cabinet Secretary Aden Warsame accused the hospital owners of fraud."
    )
    assert dyads and all(not d[1].startswith("YEM") for d in dyads), dyads


def test_a_known_person_named_after_a_country_keeps_his_office(coder: Coder) -> None:
    # (the longer match, the person of the base, is read before the country)
    dyads = _dyads(coder, "Israel Katz accused Iran of lying about its missiles.")
    assert [d[1] for d in dyads] == ["ISRGOV"], dyads
