"""Doers and recipients of the kinds the held-out doers set's sixth round found coded
wrong or not at all (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids
'r6-'): the mechanisms behind them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


# a region's name that the tagger calls a person is still the region, unless the
# person's name runs on past it ("Virginia Smith")
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Tamil Nadu's chief minister accused Sri Lanka's navy of arresting Indian "
            "fishermen.",
            ("11", "INDGOV", "LKAMIL"),
        ),
    ],
)
def test_a_region_the_tagger_calls_a_person(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# an acronym the story gives a body of its own is that body later, even where the
# base knows it as a news agency; the agency alone is still only cited
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Armed Forces of the Philippines (AFP) said troops killed four "
            "guerrillas in Sulu. The AFP accused China of arming the rebels.",
            ("11", "PHLMIL", "CHN"),
        ),
    ],
)
def test_an_acronym_the_story_defines_over_a_news_agency(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_a_news_agency_alone_is_still_cited(coder: Coder) -> None:
    found = _dyads(
        coder,
        "Somali troops killed 12 militants near the border, AFP said. AFP "
        "criticised Somalia for barring its reporters from the town.",
    )
    assert not any(source.startswith("FRA") for _, source, _ in found)


# an organ of a state body is that body ("the defence committee of Kenya's National
# Assembly"); a body its own words give a sector takes the country of the region or
# city its "of" phrase names ("the regional council of Corsica")
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The foreign affairs committee of Ghana's parliament accused Togo of "
            "harbouring gunmen.",
            ("11", "GHALEG", "TGO"),
        ),
        (
            "The regional council of Sardinia accused Tunisia of ignoring migrant "
            "boats.",
            ("11", "ITAGOV", "TUN"),
        ),
        (
            # (a city's council: as before)
            "The city council of Mombasa accused Tanzania of blocking fishing boats.",
            ("11", "KENGOV", "TZA"),
        ),
    ],
)
def test_an_organ_of_a_state_body_or_a_regions_council(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a leader's close relative is an elite of the leader's country; a relative of no one
# political is no actor
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The daughter of Angola's president met Chinese bankers in Beijing on "
            "Friday.",
            ("04", "AGOELI", "CHNBUS"),
        ),
        (
            "The Togolese president's brother accused Ghana of sheltering dissidents.",
            ("11", "TGOELI", "GHA"),
        ),
        (
            "The wife of jailed Cambodian opposition leader Sam Vanna urged the "
            "European Union to sanction the generals.",
            ("02", "KHMELI", "IGOEUREEC"),
        ),
    ],
)
def test_a_leaders_relative_is_an_elite(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_a_relative_of_no_one_political_is_no_actor(coder: Coder) -> None:
    found = _dyads(
        coder, "The son of a Kenyan farmer accused Tanzania of stealing his cattle."
    )
    assert not any(source.startswith("KEN") for _, source, _ in found)


# whom a federation, confederation or council is of says its kind: industry and
# employers make a business lobby, Islamic or religious affairs a religious body (a
# state's ministry of religious affairs stays the government)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Confederation of Indian Industry criticised China over new export "
            "curbs.",
            ("11", "INDBUS", "CHN"),
        ),
        (
            "Nigeria's Supreme Council for Islamic Affairs condemned Niger's junta "
            "over the killings.",
            ("11", "NGAREL", "NERMIL"),
        ),
        (
            # (a state's ministry: as before)
            "Pakistan's Ministry of Religious Affairs accused India of restricting "
            "pilgrims.",
            ("11", "PAKGOV", "IND"),
        ),
    ],
)
def test_whom_a_federation_or_council_is_of(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# an acronym the story gives in brackets after a body's name is the whole body's, even
# where the parse hangs the bracket on a country of the name, and over the base's
# namesake; a country the name itself holds is the body's, over an appositive's
# "based in"
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Movement for Democracy in Chad (MDC) said it attacked an army post. "
            "The MDC threatened to attack N'Djamena.",
            ("13", "TCDREB", "TCDGOV"),
        ),
        (
            "The Patriotic Front for Liberation in Mali (PFLM), a rebel group based in "
            "Algeria, said it had shot down a drone. The PFLM threatened to attack "
            "Bamako.",
            ("13", "MLIREB", "MLIGOV"),
        ),
        (
            # (the base's own body, named so: as before)
            "Zimbabwe's Movement for Democratic Change (MDC) accused police of beating "
            "its supporters. The MDC accused the army of intimidating voters.",
            ("11", "ZWEOPPMDC", "ZWEMIL"),
        ),
    ],
)
def test_a_bracketed_acronym_is_the_whole_bodys(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# states and regions the base lacked, named so that no town or person shares the name
# ("Lagos State", "Shan State"), and a junta's "military rulers"
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Kano State House of Assembly accused Niger of letting smugglers "
            "cross the border.",
            ("11", "NGALEG", "NER"),
        ),
        (
            "Rebels said the junta's jets bombed a monastery in Shan State.",
            ("19", "MMRMIL", None),
        ),
        (
            "Mali's military rulers expelled the Swedish ambassador.",
            ("16", "MLIMIL", "SWEGOV"),
        ),
    ],
)
def test_states_regions_and_military_rulers(
    coder: Coder, text: str, dyad: tuple[str, str, str | None]
) -> None:
    found = _dyads(coder, text)
    root, source, target = dyad
    assert any(r == root and s == source for r, s, _ in found), found
    if target is not None:
        assert dyad in found


# a former office-holder named by the region he governed is an elite, not the
# government, and the region's name (tagged a person) is no one "him" points back to
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Police in Abuja arrested a former governor of Kano State on Friday. "
            "Prosecutors accused him of laundering state funds.",
            ("11", "NGAJUD", "NGAELI|NGAOPP"),
        ),
        (
            "The FBI arrested a former governor of Arizona on Monday.",
            ("17", "USACOP", "USAELI|USAOPP"),
        ),
    ],
)
def test_a_former_governor_of_a_region(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    root, source, targets = dyad
    found = _dyads(coder, text)
    assert any(
        r == root and s.startswith(source) and t in targets.split("|")
        for r, s, t in found
        if t
    ), found


def test_an_acronym_inside_an_of_phrase_is_not_the_heads(coder: Coder) -> None:
    # "supporters of the opposition Democratic Front (DF)": "the DF" later is the
    # party, not its supporters (nor the ruling party's supporters of the same clause)
    found = _dyads(
        coder,
        "Supporters of the ruling National Unity Party (NUP) and the opposition "
        "Democratic Front (DF) clashed in Blantyre on Sunday. The DF accused Malawi's "
        "police of siding with the NUP.",
    )
    assert ("11", "MWIOPP", "MWICOP") in found


# the armed forces' media wing speaks for the military
def test_a_military_media_wing(coder: Coder) -> None:
    found = _dyads(
        coder, "The ISPR accused India of sponsoring attacks in Balochistan."
    )
    assert any(r == "11" and s.startswith("PAKMIL") for r, s, _ in found), found


# Brazil's state "military police" are police; a teenager is a civilian
def test_state_military_police_and_a_teenager(coder: Coder) -> None:
    found = _dyads(
        coder,
        "Rio de Janeiro state military police shot dead a teenager during a raid on "
        "a favela.",
    )
    assert ("19", "BRACOP", "BRACVL") in found, found


def test_a_bodys_own_name_holds_its_country(coder: Coder) -> None:
    # "... in Mali", an armed group "based in Mauritania": the name's country is the
    # group's (the doer of what it said it did)
    found = _dyads(
        coder,
        "The Popular Front for Freedom in Mali, a rebel group based in Mauritania, "
        "said it attacked an army post near Nara.",
    )
    assert any(r == "19" and s == "MLIREB" for r, s, _ in found), found


# bare "officers" in a story of the police alone are the police's; with an army in
# the same sentences they stay no one
def test_officers_in_a_police_story(coder: Coder) -> None:
    found = _dyads(
        coder,
        "Tanzanian police arrested 30 opposition supporters in Arusha on Monday. "
        "Officers beat several of them with batons, witnesses said.",
    )
    assert any(r == "18" and s == "TZACOP" for r, s, _ in found), found


def test_officers_beside_an_army_stay_no_one(coder: Coder) -> None:
    found = _dyads(
        coder,
        "Soldiers and police were deployed in Arusha on Monday. Officers beat several "
        "protesters with batons, witnesses said.",
    )
    assert not any(r == "18" and s.endswith("COP") for r, s, _ in found), found
