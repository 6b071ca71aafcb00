"""A dateline town the gazetteer lacks is still where the story was filed, in the
country the dateline names: "MEKA GORA, Ethiopia, Feb 10 (EANA) -" places the
story's own events at Meka Gora, Ethiopia (a place with no coordinates), where they
had no place. Stories written for these tests in wire style."""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article


def _places(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    (result,) = coder.code([Article(id="t", text=text, published="2026-02-10")])
    return [
        (
            e.cameo,
            e.location.name if e.location else None,
            e.location.country if e.location else None,
        )
        for e in result.events
    ]


def test_an_unknown_dateline_town_places_the_storys_events(coder: Coder) -> None:
    text = (
        "MEKA GORA, Ethiopia, Feb 10 (EANA) - Ethiopian soldiers handed over 18 "
        "Eritrean prisoners to the Red Cross on Tuesday, the army said."
    )
    places = _places(coder, text)
    assert any(
        name == "Meka Gora" and country == "ETH" for _, name, country in places
    ), places


def test_a_dateline_with_no_country_names_no_unknown_town(coder: Coder) -> None:
    """Guard: with no country in the dateline, a town the gazetteer lacks gives
    no place of its own."""
    text = (
        "MEKA GORA (EANA) - Ethiopian soldiers handed over 18 Eritrean prisoners to "
        "the Red Cross on Tuesday, the army said."
    )
    assert not any(name == "Meka Gora" for _, name, _ in _places(coder, text))
