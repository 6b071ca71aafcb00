"""Every named doer is an actor (issue 10, item 1): the kinds of doer that real wire
copy names and the coder once left silent, each in a sentence written for this test."""

from __future__ import annotations

import pytest

from eventwire.actors.resolve import DocMemory
from eventwire.pipeline import Coder


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        # a civil-liberties union: an NGO, its country from a place in the text
        (
            "A civil liberties union in Kenya accused the police of torturing "
            "detainees.",
            "2019-07-16",
            "KENNGO",
        ),
        # a national police agency, by its name and without one
        (
            "Japan's National Police Agency arrested three men over the cyberattack.",
            "2021-03-02",
            "JPNCOP",
        ),
        (
            "The national police agency said it had arrested two suspects.",
            None,
            "---COP",
        ),
        # a state's wildlife authorities
        (
            "Florida wildlife authorities banned bear hunting after protests by "
            "residents.",
            "2021-03-02",
            "USAGOV",
        ),
        # a reelection campaign
        (
            "President Biden's reelection campaign accused Republicans of lying "
            "about the economy.",
            "2023-10-02",
            "USAPTY",
        ),
        # an upper house
        (
            "The upper house of parliament voted to impeach the president.",
            "2021-03-02",
            "---LEG",
        ),
        # a telecom company and a regulator
        (
            "South African telecom company MTN sued the Nigerian government.",
            "2021-03-02",
            "ZAFBUS",
        ),
        (
            "Nigeria's telecoms regulator fined MTN 5 billion naira.",
            "2021-03-02",
            "NGAGOV",
        ),
        # a prosecutor
        (
            "A prosecutor in Milan charged the former minister with corruption.",
            "2021-03-02",
            "ITAJUD",
        ),
        # a named official with no title in the sentence
        ("Rice urged Congress to lift the embargo.", "2007-03-02", "USAGOV"),
        # an electoral commission and an environmental agency
        (
            "Uganda's electoral commission accused the opposition of inciting "
            "violence.",
            "2021-03-02",
            "UGAGOV",
        ),
        (
            "Brazil's environmental agency fined the mining company.",
            "2021-03-02",
            "BRAGOV",
        ),
    ],
)
def test_a_named_doer_is_the_actor_of_its_event(
    coder: Coder, text: str, day: str | None, source: str
) -> None:
    events = coder.code_text(text, day)
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    "text",
    [
        # a bare name with no sign of office is no actor
        "Smithers accused the neighbours of poisoning his dog.",
        # nor is a common noun that does not say which body it is
        "The same agency accused the ranchers of poisoning wolves.",
    ],
)
def test_a_name_or_noun_without_evidence_is_no_actor(coder: Coder, text: str) -> None:
    assert coder.code_text(text, "2021-03-02") == []


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        # an abbreviated title the tokenizer splits from its dot, or the parse leaves
        # out of the name's phrase (an envoy praising a country is not taken to be of
        # it when it is the only country named: the events coder's rule)
        (
            "Amb. Tunde Okafor praised Ghana's role in the peace talks.",
            "2022-05-10",
            "---GOV",
        ),
        (
            "Lt. Col. Ahmed Saleh accused the rebels of shelling the town.",
            "2022-05-10",
            "---MIL",
        ),
        # a person's office speaks for the person, known or not
        (
            "Ma's office accused the opposition of spreading rumours.",
            "2008-12-12",
            "---GOV",
        ),
        (
            "Putin's office accused Kyiv of sabotaging the talks.",
            "2022-05-10",
            "RUSGOV",
        ),
        # a role set off after a name, of the government's shadow in opposition
        (
            "Theresa Holm, the shadow health secretary, accused the minister of "
            "failing nurses.",
            "2009-06-03",
            "---OPP",
        ),
        # a country's own society of an international movement
        (
            "The Kenya Red Cross Society accused the police of blocking aid to "
            "the camps.",
            "2021-03-02",
            "KENNGO",
        ),
        # bodies named by a head word the base does not know them by
        (
            "Nigeria's National Counter Terrorism Centre signed an agreement with "
            "the African Union.",
            "2023-06-01",
            "NGAGOV",
        ),
        (
            "The Centre for Democracy and Governance accused the police of "
            "beating protesters.",
            "2023-06-01",
            "---NGO",
        ),
        (
            "The National Rescue Coalition accused the government of rigging the vote.",
            "2023-06-01",
            "---PTY",
        ),
        (
            "The Karanja Group signed an agreement with the Kenyan government.",
            "2023-06-01",
            "KENBUS",
        ),
        (
            "The Justice and Development Movement accused the army of killing "
            "civilians.",
            "2023-06-01",
            "---REB",
        ),
    ],
)
def test_a_named_doer_the_base_lacks_is_coded_from_its_words(
    coder: Coder, text: str, day: str | None, source: str
) -> None:
    events = coder.code_text(text, day)
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a role appositive makes a name an actor, with the sentence's country
        (
            "Police detained Freddy Valdez, a senior politician from the opposition, "
            "in Caracas.",
            "VENOPP",
        ),
    ],
)
def test_a_role_appositive_codes_the_named_person(
    coder: Coder, text: str, target: str
) -> None:
    events = coder.code_text(text, "2021-07-13")
    assert target in {e.recipient.code for e in events if e.recipient}, events


def test_a_capitalised_title_set_off_after_a_name_codes_the_person(
    coder: Coder,
) -> None:
    # "Mr. X, Joint Secretary, ..., Government of India": the title, then the
    # bodies it belongs to
    events = coder.code_text(
        "Notes were exchanged on Friday between Mr. Ravi Menon, Joint Secretary, "
        "Ministry of Finance, Government of India and Mr. Kenji Sato, Ambassador "
        "of Japan to India.",
        "2016-03-04",
    )
    pairs = {(e.actor.code, e.recipient.code if e.recipient else None) for e in events}
    assert ("INDGOV", "JPNGOV") in pairs, events


@pytest.mark.parametrize(
    "text",
    [
        # a role of private life after a name does not make an actor of it
        "Maria Lopez, a nurse from Quito, accused the neighbours of poisoning her dog.",
        "Maria Lopez, a resident of the town, accused the neighbours of poisoning "
        "her dog.",
        # a bare name, an age, a witness: no sign of office
        "John Smith, 45, accused the neighbours of poisoning his dog.",
        # a part of a name joined by "and" is not a body of its own
        "The Justice and Development Movement accused the army of killing civilians.",
    ],
)
def test_a_private_person_or_part_of_a_name_is_no_political_actor(
    coder: Coder, text: str
) -> None:
    codes = {e.actor.code for e in coder.code_text(text, "2021-03-02")}
    assert not codes & {"---", "---HLH", "---CVL", "ECUHLH", "ECUCVL"}, codes


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a title word that is not before a name is no title
        ("The general strike paralysed the capital on Monday.", "strike"),
        ("A major road was closed after the floods.", "road"),
        # a dot ending a sentence is not an abbreviation's
        ("The talks ended without a deal in Col.", "Col"),
    ],
)
def test_a_title_word_that_is_not_a_title_names_no_one(
    coder: Coder, text: str, head: str
) -> None:
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == head)
    assert coder.resolver.resolve(tok, "2021-03-02", DocMemory()) is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # the people or units of a body or force named before them, or after them
        (
            "UN inspectors accused Baghdad of hiding the warheads.",
            "inspectors",
            "IGOUNO",
        ),
        ("EU observers said the count was marred by fraud.", "observers", "IGOEU"),
        (
            "Indian Army personnel clashed with Chinese troops in the valley.",
            "personnel",
            "INDMIL",
        ),
        (
            "Monitors from the OSCE reported shelling near the town.",
            "Monitors",
            "IGOEUROSC",
        ),
        ("The Sudanese security service arrested the activist.", "service", "SDNCOP"),
        # relief groups of no country said are international: CAMEO's NGO
        ("Several relief groups asked for access to the camps.", "groups", "NGO"),
    ],
)
def test_the_people_of_a_named_body_are_that_body(
    coder: Coder, text: str, word: str, code: str
) -> None:
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    m = coder.resolver.resolve(tok, "2021-03-02", DocMemory())
    assert m is not None and m.actor.code.startswith(code), m


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a country alone, or nothing at all, does not make experts actors
        ("Chinese experts praised the plan.", "experts"),
        ("Experts accused the ministry of hiding data.", "Experts"),
        ("Investigators said the fire was an accident.", "Investigators"),
    ],
)
def test_people_of_no_named_body_are_no_actor(
    coder: Coder, text: str, word: str
) -> None:
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert coder.resolver.resolve(tok, "2021-03-02", DocMemory()) is None


@pytest.mark.parametrize(
    ("text", "day", "source", "target"),
    [
        # a head of government the base knows, by surname; the legislature of the
        # story takes the country of the named office-holder
        (
            "Lukashenko accused parliament of plotting against him.",
            "2021-05-04",
            "BLRGOV",
            "BLRLEG",
        ),
        (
            "Mr Museveni accused Parliament of blocking the budget.",
            "2019-05-04",
            "UGAGOV",
            "UGALEG",
        ),
    ],
)
def test_a_known_office_holder_gives_the_story_its_country(
    coder: Coder, text: str, day: str, source: str, target: str
) -> None:
    pairs = {
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, day)
    }
    assert (source, target) in pairs, pairs


def test_a_leader_out_of_office_is_not_coded_with_the_office(coder: Coder) -> None:
    # Mugabe left office in November 2017
    codes = {
        e.actor.code
        for e in coder.code_text(
            "Mugabe accused the army of betraying him.", "2018-03-15"
        )
    }
    assert "ZWEGOV" not in codes, codes


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # an abbreviation before another name is no title of the head's people
        ("Gen. Z protesters marched on parliament.", "protesters", "---OPP"),
        # a company's office is not a person's ("Ma's office" is): a company the
        # base does not know is no one, one it knows is the company
        ("Vodacom's office said it would appeal.", "office", None),
        ("Google's office said it would appeal.", "office", "USABUSGOO"),
        ("Ma's office said it would not comment.", "office", "---GOV"),
    ],
)
def test_abbreviations_and_owners_that_are_not_titles_or_people(
    coder: Coder, text: str, word: str, code: str | None
) -> None:
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    m = coder.resolver.resolve(tok, "2023-05-02", DocMemory())
    assert (m.actor.code if m else None) == code, m


@pytest.mark.parametrize(
    ("text", "day", "source"),
    [
        # a reigning monarch the base knows
        (
            "King Mohammed VI called for better ties with Algeria.",
            "2021-08-24",
            "MARGOV",
        ),
        # a state's army named "Liberation Army" is no rebel army
        (
            "The People's Liberation Army accused India of provocations on the border.",
            "2020-06-20",
            "CHNMILPLA",
        ),
        # a role in the text and the family name of a well-known office-holder of
        # one country give that country, over a foreign country in the sentence
        (
            "Lawmaker Eduardo Bolsonaro accused China of hiding the outbreak.",
            "2023-04-14",
            "BRALEG",
        ),
    ],
)
def test_the_base_gives_a_titled_person_a_country(
    coder: Coder, text: str, day: str, source: str
) -> None:
    assert source in {e.actor.code for e in coder.code_text(text, day)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the country a doer acts on is not the doer's own
        ("The country's top diplomat accused Russia of lying.", "---GOV"),
        ("Army chief Gen. Asim Malik accused India of shelling villages.", "---MIL"),
        # the dateline's country is
        (
            "KABUL, Afghanistan (AP) - The defence ministry accused Pakistan of "
            "shelling border villages.",
            "AFGGOV",
        ),
        # a country named elsewhere in the sentence still counts
        (
            "In Ankara, opposition parties accused Turkey of jailing reporters.",
            "TUROPP",
        ),
    ],
)
def test_the_country_acted_on_is_not_the_doers(
    coder: Coder, text: str, source: str
) -> None:
    codes = {e.actor.code for e in coder.code_text(text, "2020-12-01")}
    assert source in codes, codes
