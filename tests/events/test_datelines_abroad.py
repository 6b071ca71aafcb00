"""A dateline abroad says where the reporter sits, not whose the story's people are
(issue 10: "news agencies ... are never actors, story countries"). Stories on Somalia
are filed from Nairobi, on Sudan from Cairo, on Myanmar from Bangkok; with the
dateline's country taken for every unqualified doer and attacked place, "the
militants" of a Somali story were Kenyan and a camp in Darfur was Egypt's.

Stories written for these tests in wire style.
"""

from __future__ import annotations

from eventwire.pipeline import Coder
from eventwire.records import Article

_SOMALIA = (
    "NAIROBI, Kenya (AP) — Al-Shabab fighters stormed a camp for displaced people in "
    "central Somalia on Saturday, Somalia's government said.\n\n"
    "The militants shelled the camp on Friday before entering it, residents said."
)
_MYANMAR = (
    "BANGKOK (Reuters) — Myanmar's military launched air strikes on villages in the "
    "Sagaing region on Monday, residents said.\n\n"
    "Soldiers burned dozens of houses in the village and police arrested 14 "
    "people, a local aid worker said."
)
_KENYA = (
    "NAIROBI, Kenya (AP) — Police fired tear gas at protesters in the capital on "
    "Tuesday.\n\n"
    "Officers arrested 30 people, a police spokesman said. Somalia's embassy urged "
    "calm."
)


def _events(coder: Coder, text: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, published="2025-03-04")
    (result,) = coder.code([article])
    return [
        (e.cameo, e.actor.code, e.recipient.code if e.recipient else None)
        for e in result.events
    ]


def test_the_doers_and_places_of_a_story_filed_from_abroad_are_its_own(
    coder: Coder,
) -> None:
    shelled = [e for e in _events(coder, _SOMALIA) if e[0] == "194"]
    assert shelled == [("194", "SOMREB", "SOMCVL")]


def test_police_under_a_dateline_abroad_are_the_story_countrys(coder: Coder) -> None:
    arrests = [e for e in _events(coder, _MYANMAR) if e[0].startswith("17")]
    assert arrests and all(a[1].startswith("MMR") for a in arrests), arrests


def test_a_dateline_the_story_names_again_stays_its_country(coder: Coder) -> None:
    """Guard: a story of the dateline's own country, naming another once."""
    arrests = [e for e in _events(coder, _KENYA) if e[0].startswith("17")]
    assert arrests and all(a[1] == "KENCOP" for a in arrests), arrests


def test_a_country_name_in_a_towns_part_is_no_country_of_the_story(
    coder: Coder,
) -> None:
    """ "recaptured 87 prisoners in the Katuba and KENYA communes": a country's name
    as part of a town's is no mention of that country; the police are the story's
    (helper-67's report)."""
    text = (
        "LUBUMBASHI, Congo, Dec 2 (Reuters) - Armed men attacked a prison in "
        "Lubumbashi on Tuesday.\n\n"
        "Police recaptured 87 prisoners in the Katuba and Kenya communes by nightfall."
    )
    arrests = [e for e in _events(coder, text) if e[0].startswith("17")]
    assert arrests and all(a[1] == "CODCOP" for a in arrests), arrests
