"""Doers and recipients of the kinds the held-out doers set's ninth round found coded
wrong (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids 'r9-'): stories
that name several countries, whose later doers are unqualified. The mechanisms behind
them, on stories written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


# a body named by its role alone ("the caretaker government") that acts on a country
# is not that country's own, though the story named that country's government last
# ("New Delhi"): it is the same body of another country of the story
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Heavy monsoon rains flooded eastern Nepal on Sunday after rivers rose in "
            "India's Bihar state. New Delhi said it had opened the sluice gates of a "
            "dam on the Kosi river. The caretaker government accused India of failing "
            "to warn villages downstream.",
            ("11", "NPLGOV", "IND"),
        ),
        (
            "Fishermen from Guinea-Bissau were stranded in Senegal's Casamance region "
            "this week. Dakar said the boats had entered its waters illegally. The "
            "interim government urged Senegal to free the crews.",
            ("02", "GNBGOV", "SEN"),
        ),
    ],
)
def test_a_role_word_acting_on_the_country_named_last_is_another_countrys(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_a_role_word_of_its_own_country_keeps_it(coder: Coder) -> None:
    # the government named last acts on another country: "the government" is it
    text = (
        "Kenya's government summoned Uganda's envoy on Monday. The government "
        "accused Uganda of seizing Kenyan fishing boats on Lake Victoria."
    )
    assert ("11", "KENGOV", "UGA") in _dyads(coder, text)


# a foreigner acted on in a town or country of another country says nothing of the
# doer's country, even in a story that names the foreigner's country most; a capital
# the tagger reads as a person is still a town
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Mali's junta accused Senegal of blocking fuel lorries at the border on "
            "Monday. Bamako recalled its envoy. Police detained four Malian traders "
            "in Dakar.",
            ("17", "SENCOP", "MLIBUS"),
        ),
        (
            "Gunmen kidnapped an Italian priest, Marco Ferri, in Cameroon's Far North "
            "region on Sunday.",
            ("18", "CMRUAF", "ITAREL"),
        ),
        (
            "Gunmen abducted a British engineer in Nigeria on Sunday.",
            ("18", "NGAUAF", "GBR"),
        ),
    ],
)
def test_a_foreigner_acted_on_abroad_gives_the_doer_the_place_country(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_a_national_acted_on_at_home_gives_the_doer_that_country(coder: Coder) -> None:
    # no place of another country: the police are the country's own
    text = "Police detained four Malian traders on Monday."
    assert ("17", "MLICOP", "MLIBUS") in _dyads(coder, text)


# rebels with no country of their own words that a country's side acts on, in a
# sentence naming that country only on the doers' side, are of the armed group the
# story named last in another country
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Al-Shabaab fighters raided a Kenyan army camp in southern Somalia on "
            "Friday. Kenya's military said its troops had repelled the raid and "
            "killed 30 militants.",
            ("19", "KENMIL", "SOMREB"),
        ),
        (
            "ELN guerrillas ambushed a Colombian patrol near the border on Tuesday. "
            "Bogota accused Caracas of sheltering them. The Venezuelan government "
            "denied it and said its troops had destroyed two rebel camps.",
            ("19", "VENMIL", "COLREB"),
        ),
    ],
)
def test_rebels_a_foreign_side_acts_on_are_of_the_group_named_before(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_rebels_of_the_doers_own_country_stay_its(coder: Coder) -> None:
    text = (
        "Boko Haram fighters raided a village in Borno state. Nigeria's army said its "
        "troops had killed 30 militants."
    )
    assert ("19", "NGAMIL", "NGAREB") in _dyads(coder, text)


# a country's name inside the name of a place or a work ("the Niger Delta", "the
# Trans Niger pipeline") is no mention of that country; the Niger
# Delta is Nigeria's
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Militants in the Niger Delta kidnapped four oil workers on Sunday.",
            ("18", "NGAREB", "NGALAB"),
        ),
        (
            "Gunmen blew up a section of the Trans Niger pipeline near Bonny, the "
            "Nigerian company said.",
            ("17", "NGAUAF", None),
        ),
    ],
)
def test_a_country_name_inside_a_place_name_is_no_country(
    coder: Coder, text: str, dyad: tuple[str, str, str | None]
) -> None:
    assert dyad in _dyads(coder, text)


# the notables of a place ("community leaders", "youth leaders", "traditional
# rulers") are not its government
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Community leaders in Bayelsa accused the army of burning fishing camps.",
            ("11", "NGAELI", "NGAMIL"),
        ),
        (
            "Traditional rulers in northern Ghana urged the police to free the "
            "detained students.",
            ("02", "GHAELI", "GHACOP"),
        ),
    ],
)
def test_the_notables_of_a_place_are_elites(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a state does not call its own rulers "the junta" or "the regime": named alone as the
# object of a doer of the country whose forces the story named last, it is the
# story's other country's
def test_the_junta_a_state_acts_on_is_another_countrys(coder: Coder) -> None:
    text = (
        "Villagers fleeing air strikes in Myanmar's Shan state crossed into China's "
        "Yunnan province. The Chinese army closed two border crossings. Beijing urged "
        "the junta to stop bombing near the frontier."
    )
    assert ("02", "CHNGOV", "MMRMIL") in _dyads(coder, text)


def test_the_army_a_state_acts_on_stays_its_own(coder: Coder) -> None:
    text = (
        "Floods cut roads across northern Thailand. The Thai army sent boats to Chiang "
        "Rai. The government ordered the army to evacuate three villages."
    )
    assert any(d[1] == "THAGOV" and d[2] == "THAMIL" for d in _dyads(coder, text)), (
        _dyads(coder, text)
    )


def test_the_junta_its_own_opposition_acts_on_stays_its_own(coder: Coder) -> None:
    text = (
        "Soldiers detained two activists in Conakry last week. The exiled opposition "
        "leader Amadou Barry, who lives in Dakar, urged the junta to free them."
    )
    # (the exile's own country is another matter: the junta is Guinea's)
    assert any(d[0] == "02" and d[2] == "GINMIL" for d in _dyads(coder, text))


def test_the_country_of_the_place_of_its_act_is_no_borrowed_one(coder: Coder) -> None:
    # the place gives the police their country; the people they deal with do not
    # take it back
    text = (
        "Syria's foreign ministry protested to Ankara on Monday. Damascus said Syrian "
        "refugees were being mistreated. Police detained 40 Syrian nationals in Istanbul."
    )
    assert ("17", "TURCOP", "SYRCVL") in _dyads(coder, text), _dyads(coder, text)


# officials or diplomats in a town that seats the world's bodies (Geneva, The Hague)
# are not that town's country's; its own words or its police still are
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Diplomats in Geneva urged Russia to free the detained aid workers.",
            ("02", "---GOV", "RUS"),
        ),
        (
            "Swiss officials in Geneva accused Israel of blocking aid to Gaza.",
            ("11", "CHEGOV", "ISR"),
        ),
        (
            "Officials in Zurich accused the bank of hiding accounts.",
            ("11", "CHEGOV", "CHEBUS"),
        ),
    ],
)
def test_envoys_in_a_seat_of_world_bodies_are_of_no_country(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# "the host" alone is who the story last told hosting a visit or a meeting
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Senegal's president hosted his Gambian counterpart in Dakar on Tuesday. "
            "The host also accused Mauritania of blocking fishing boats.",
            ("11", "SENGOV", "MRT"),
        ),
        (
            "Ghana hosted leaders from Togo and Benin at a security summit in Accra on "
            "Monday. The host urged Togo to share intelligence on militants.",
            ("02", "GHA", "TGO"),
        ),
    ],
)
def test_the_host_is_who_hosted(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)
