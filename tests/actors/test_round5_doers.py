"""Doers and recipients of the kinds the held-out doers set's fifth round found coded
wrong or not at all (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids
'r5-'): the mechanisms behind them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


# a lone surname is the person the story named with it, not a namesake of the base
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Peru's interior minister, Rafael Pardo, visited police stations in Cusco "
            "on Monday. Pardo criticised Bolivia for failing to stop smugglers.",
            ("11", "PERGOV", "BOL"),
        ),
        (
            # tagged a person here: read as before
            "Chile's finance minister, Andres Kerry, arrived in Lima on Tuesday. "
            "Kerry accused Peru of blocking copper exports.",
            ("11", "CHLGOV", "PER"),
        ),
    ],
)
def test_a_surname_is_the_person_the_story_named(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a party's name owned by another country is that country's party ("Kenya's Labour
# Party" is not Britain's); a party of its own country stays the base's
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Kenya's Labour Party accused the police of beating its supporters.",
            ("11", "KENPTY", "KENCOP"),
        ),
        (
            "Britain's Labour Party criticised the Israeli government over the "
            "settlements.",
            ("11", "GBRPTYLAB", "ISRGOV"),
        ),
    ],
)
def test_another_countrys_party_of_the_same_name(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a mining company named by its ore, a state firm, and a state's customs service
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Peruvian copper miner Andina Cobre accused the government of delaying "
            "its permits.",
            ("11", "PERBUS", "PERGOV"),
        ),
        (
            "Ghana's state-owned miner GoldCo sued a Chinese construction firm over "
            "unpaid bills.",
            ("11", "GHABUS", "CHNBUS"),
        ),
        (
            "Kenyan customs accused a Chinese firm of smuggling cigarettes.",
            ("11", "KENGOV", "CHNBUS"),
        ),
    ],
)
def test_miners_state_firms_and_customs(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a country's name with "and" inside it, split by the parse into two doers, is the
# owner of the phrase it ends in
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Antigua and Barbuda's prime minister criticised the U.S. embassy.",
            ("11", "ATGGOV", "USAGOV"),
        ),
        (
            "Trinidad and Tobago's foreign minister met his Guyanese counterpart in "
            "Georgetown.",
            ("04", "TTOGOV", "GUYGOV"),
        ),
        (
            "Bosnia and Herzegovina condemned Russia's veto of the resolution.",
            ("11", "BIH", "RUS"),
        ),
    ],
)
def test_a_country_name_with_and_inside(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_the_first_words_of_such_a_name_are_no_doer(coder: Coder) -> None:
    text = "Antigua and Barbuda's prime minister criticised the U.S. embassy."
    codes = {d[1] for d in _dyads(coder, text)}
    assert "ATG" not in codes


# the second of two bodies whose name the parse hung on the first ("Human Rights Watch
# and Reporters Without Borders": "Without Borders" on Watch) is the whole name
def test_a_conjoined_body_name_split_by_the_parse(coder: Coder) -> None:
    text = "Human Rights Watch and Reporters Without Borders urged Egypt to free the "
    text += "blogger."
    assert ("02", "NGORWB", "EGY") in _dyads(coder, text)


# an office of a large city the base does not know is of the city's country; a name
# no city of that size has says nothing
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The mayor of Karachi criticised India over the visa ban.",
            ("11", "PAKGOV", "IND"),
        ),
        (
            "Kano's police commissioner accused Niger of harbouring bandits.",
            ("11", "NGACOP", "NER"),
        ),
        (
            "The mayor of Lake Tarvo criticised Russia over the border closure.",
            ("11", "---GOV", "RUS"),
        ),
    ],
)
def test_an_office_of_a_city(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# "the government" is not the government of an ambassador or envoy named before: a
# go-between stands for its government abroad
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Zambian opposition leader Hakainde Mumba met the British envoy in Lusaka. "
            "Mumba accused the government of rigging the vote.",
            ("11", "ZMBOPP", "ZMBGOV"),
        ),
        (
            "Kenyan protest leader Joseph Otieno met the French ambassador on Monday. "
            "Otieno later urged the government to release detained students.",
            ("02", "KENOPP", "KENGOV"),
        ),
    ],
)
def test_the_government_is_not_an_envoys(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# two bodies of the base joined by "and", tagged one name, are two doers
@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International and Human Rights Watch urged Bahrain to free the "
        "jailed activist.",
        "Human Rights Watch and Amnesty International urged Bahrain to free the "
        "jailed activist.",
    ],
)
def test_two_body_names_joined_by_and(coder: Coder, text: str) -> None:
    found = {d[:2] for d in _dyads(coder, text)}
    assert {("02", "NGOAMN"), ("02", "NGOHRW")} <= found


# a pronoun in a later sentence may point to a person the story named by office alone:
# the subject of the sentence before first, else the last such person ("she" is not a
# man the story named)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Chad's army chief met Libya's prime minister in Tripoli. He asked Libya "
            "to close its southern border.",
            ("02", "TCDMIL", "LBY"),
        ),
        (
            "Zambian President Daniel Banda met Malawi's president in Lilongwe. She "
            "urged him to reopen the border crossing.",
            ("02", "MWIGOV", "ZMBGOV"),
        ),
        (
            "Guinea's junta leader met African Union envoys in Conakry. The African "
            "Union urged him to set an election date.",
            ("02", "IGOAFRAFU", "GINMIL"),
        ),
    ],
)
def test_a_pronoun_for_a_person_named_by_office(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_no_pronoun_points_to_an_office_in_its_own_sentence(coder: Coder) -> None:
    # (a control: the bomber is no recipient of his own blast)
    text = "A suicide bomber blew himself up near a checkpoint in Benghazi."
    assert all(d[2] != "LBYREB" for d in _dyads(coder, text))


# "the regime" or "the government" after a junta is the junta's government
def test_the_regime_after_a_junta(coder: Coder) -> None:
    text = "Guinea's junta expelled the French ambassador. The regime accused Paris "
    text += "of meddling."
    assert ("11", "GINGOV", "FRAGOV") in _dyads(coder, text)


# the pope heads the Holy See: not a cleric of the country he speaks of
@pytest.mark.parametrize(
    "text",
    [
        "Pope Leo called on Congo's warring parties to lay down their arms.",
        "The pope urged Congo to free jailed priests.",
    ],
)
def test_the_pope_is_the_holy_sees(coder: Coder, text: str) -> None:
    sources = {d[1] for d in _dyads(coder, text)}
    assert sources and all(s.startswith("VAT") for s in sources)


# "the foreign ministers of Brazil and Mexico", parsed with Mexico a conjunct of the
# ministers: Mexico's foreign minister, not Mexico
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The foreign ministers of Chile and Peru met their Bolivian counterpart "
            "in La Paz.",
            ("04", "PERGOV", "BOLGOV"),
        ),
        (
            # (a control: parsed with Tunisia a conjunct of Italy, read as before)
            "The interior ministers of Italy and Tunisia criticised the smugglers' "
            "networks in Libya.",
            ("11", "TUNGOV", "LBYCRM"),
        ),
    ],
)
def test_an_of_phrase_with_two_owners(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# "Kenya's and Uganda's police chiefs": the first possessive owns what the second does
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Kenya's and Uganda's police chiefs agreed to share intelligence.",
            ("03", "KENCOP", "UGACOP"),
        ),
        (
            "Egypt's and Sudan's foreign ministers criticised Ethiopia over the dam.",
            ("11", "EGYGOV", "ETH"),
        ),
    ],
)
def test_two_possessives_share_one_head(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a former office-holder whom the state prosecutes is the opposition, by pronoun as
# by name
def test_a_prosecuted_former_president_by_pronoun(coder: Coder) -> None:
    text = "Former Chilean president Ana Vidal flew home on Sunday. A judge ordered "
    text += "her arrest on Monday."
    assert ("17", "CHLJUD", "CHLOPP") in _dyads(coder, text)


def test_a_former_president_by_pronoun_who_acts_stays_elite(coder: Coder) -> None:
    # (a control)
    text = "Former Chilean president Ana Vidal flew home on Sunday. She criticised "
    text += "the government's pension reform."
    assert ("11", "CHLELI", "CHLGOV") in _dyads(coder, text)


# a people's name before "-speaking" or "-language" names a language, not a country
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Russian-speaking residents of Narva protested against the Estonian "
            "government.",
            ("14", "ESTCVL", "ESTGOV"),
        ),
        (
            # (a control: "English" names no country of the base)
            "English-speaking lawyers in Cameroon accused the government of "
            "sidelining them.",
            ("11", "CMRJUD", "CMRGOV"),
        ),
    ],
)
def test_a_language_is_no_country(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a regent (an Indonesian regency's head) is a government office; a city that has a
# city's name as another name is not that city ("Jayapura" is not Jaipur)
def test_a_regent_of_a_city(coder: Coder) -> None:
    text = "The acting regent of Jayapura criticised Australia over the visa ban."
    assert ("11", "IDNGOV", "AUS") in _dyads(coder, text)


# a doer with no country of its own takes neither its victim's nationality nor a
# dateline's country filed from abroad, when its sentence names the town it acted in
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Gunmen abducted a German engineer in Mopti, Mali's security ministry "
            "said.",
            ("18", "MLIUAF"),
        ),
        (
            "VIENNA (AFP) - The family thanked the mediators. In March, gunmen "
            "kidnapped an Italian priest in Zinder.",
            ("18", "NERUAF"),
        ),
        (
            # (a control: the town of another act says nothing of the doer's)
            "WASHINGTON (Reuters) - Officials accused Russia of shelling Kharkiv.",
            ("11", "USAGOV"),
        ),
    ],
)
def test_a_doer_in_the_town_it_acted_in(
    coder: Coder, text: str, doer: tuple[str, str]
) -> None:
    assert doer in {d[:2] for d in _dyads(coder, text)}


# a city's bishop, and its mayor with the title capitalised, are of its country
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Bishop of Karachi condemned the attack on the church by gunmen.",
            ("11", "PAKREL", "PAKUAF"),
        ),
        (
            "The Mayor of Lagos criticised the federal police.",
            ("11", "NGAGOV", "NGACOP"),
        ),
    ],
)
def test_a_capitalised_office_of_a_city(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# a force's own spokesman tells of its members by a bare "officers"; alone, the word
# names no one
def test_officers_in_a_forces_report(coder: Coder) -> None:
    text = "A Ghanaian police spokesman said officers had arrested 12 Togolese "
    text += "smugglers near Aflao."
    assert ("17", "GHACOP") in {d[:2] for d in _dyads(coder, text)}


def test_officers_alone_name_no_one(coder: Coder) -> None:
    # (a control)
    assert not _dyads(coder, "Officers arrested 12 fishermen off the coast.")
