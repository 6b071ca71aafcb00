"""Bodies and people named in wire copy get the actor their own words say: central
banks, election bodies, company kinds, a country's party that shares a word with
another country's, a campaign owned through "of", a surname the tagger took for a
place. Each sentence is written for this test."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder


def _codes(coder: Coder, text: str, day: str | None) -> set[str]:
    events = coder.code_text(text, day)
    return {e.actor.code for e in events} | {
        e.recipient.code for e in events if e.recipient is not None
    }


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        # a central bank named without "central bank" is its state's
        (
            "The Bank of England criticised the Treasury's plan.",
            "2023-05-02",
            "GBRGOVBOE",
        ),
        (
            "The Federal Reserve criticised the Treasury's plan.",
            "2023-05-02",
            "USAGOVFED",
        ),
        # the treasury is a ministry
        ("The Federal Reserve criticised the Treasury's plan.", "2023-05-02", "USAGOV"),
        (
            "The U.S. Treasury imposed sanctions on two Iranian shipping firms.",
            "2023-05-02",
            "USAGOV",
        ),
        # an election body by its own words, whatever its head word
        (
            "Mexico's National Electoral Institute fined the main opposition party.",
            "2023-05-02",
            "MEXGOV",
        ),
        # a labour federation is labour
        (
            "Ghana's biggest labour federation threatened a nationwide strike.",
            "2023-05-02",
            "GHALAB",
        ),
        # the kind of company before a company's name
        (
            "Kenyan telecom giant Telvika sued the Communications Authority.",
            "2023-05-02",
            "KENBUS",
        ),
        # a body named "... Service" is the state's
        (
            "The Kenya Wildlife Service arrested four poachers near Tsavo.",
            "2023-05-02",
            "KENGOV",
        ),
        # the creditor nations' club is no French body
        (
            "The Paris Club agreed to cancel most of Iraq's debt.",
            "2004-11-21",
            "IGOBUSPAR",
        ),
        # another country's namesake: "Congress Party" is India's, not Malawi's
        (
            "The Malawi Congress Party accused the electoral commission of fraud.",
            "2023-05-02",
            "MWIPTY",
        ),
        # a campaign owned through "of" by a named person
        (
            "The reelection campaign of President Ruto accused the opposition of "
            "spreading lies.",
            "2023-05-02",
            "KENPTY",
        ),
        # a body of the base whose name the parse split at a preposition or a clause
        (
            "Reporters Without Borders condemned the jailing of the editor.",
            "2023-05-02",
            "NGORWB",
        ),
        (
            "The Committee to Protect Journalists urged Ethiopia to free the "
            "reporters.",
            "2023-05-02",
            "NGOCPJ",
        ),
        # a body named for people is of the kind its head word says
        (
            "The Residents Association sued the city council over the demolitions.",
            "2023-05-02",
            "---NGO",
        ),
        # the body's own name, said with its country or as an acronym, is still it
        (
            "The U.S. Democratic Party accused the governor of lying.",
            "2023-05-02",
            "USAPTYDEM",
        ),
        (
            "Kurdish YPG forces attacked a Turkish army post near Afrin.",
            "2018-01-20",
            "SYRREBYPG",
        ),
        # who controls or appointed a body is not what the body is
        (
            "The opposition-controlled parliament rejected the president's nominee "
            "for prime minister.",
            "2023-05-02",
            "---LEG",
        ),
        # a commander of an armed group is of the group
        (
            "The militia's commander threatened to shell the airport.",
            "2023-05-02",
            "---REB",
        ),
        # a force, a detective, a branch of a group
        (
            "Syrian military force shelled the village overnight.",
            "2023-05-02",
            "SYRMIL",
        ),
        (
            "A police detective arrested the deputy mayor in Lima.",
            "2023-05-02",
            "PERCOP",
        ),
        (
            "Al Qaeda's West Africa branch claimed responsibility for the bombing.",
            "2023-05-02",
            "IMGMOSALQ",
        ),
        # a number of a group is of the group
        (
            "Thirty of the rebels surrendered to the army in Goma.",
            "2023-05-02",
            "CODREB",
        ),
        # a photo credit run into the next sentence does not hide its actor
        (
            "AFP Kenyan police fired tear gas at the protesters.",
            "2023-05-02",
            "KENCOP",
        ),
        # a body of the people its words name
        (
            "A jihadist movement claimed responsibility for the ambush.",
            "2023-05-02",
            "---REB",
        ),
        (
            "A farmers' organisation blocked the main highway into Lahore.",
            "2023-05-02",
            "PAKAGR",
        ),
        (
            "An opposition movement accused the electoral commission of fraud.",
            "2023-05-02",
            "---OPP",
        ),
        # a legislature named by its own name is the legislature, not the government
        (
            "Ukraine's president urged the Verkhovna Rada to approve the "
            "mobilisation law.",
            "2024-02-02",
            "UKRLEG",
        ),
        ("The Knesset condemned the attack on the embassy.", "2024-02-02", "ISRLEG"),
        (
            "Police in Minsk arrested a prominent government critic.",
            "2023-05-02",
            "BLROPP",
        ),
        # an acronym the story gave a body known by its own words alone
        (
            "The Independent Policing Oversight Authority (IPOA) opened an inquiry "
            "on Monday. IPOA accused the police of torturing detainees.",
            "2023-05-02",
            "---GOV",
        ),
        # a caucus is of the legislature
        (
            "The Minority Caucus in Parliament accused the government of corruption.",
            "2023-05-02",
            "---LEG",
        ),
        # a paramilitary force named "... Rangers"
        (
            "Pakistan Rangers arrested six suspects in Karachi.",
            "2023-05-02",
            "PAKMIL",
        ),
        # with no date, a lone surname is the person's latest office (Macky Sall was
        # the speaker of parliament before he was president: not two kinds)
        ("Sall accused the opposition of inciting violence.", None, "SENGOV"),
        # a surname the tagger calls a place, when an office-holder of the day has it
        (
            "Sánchez granted a pardon to nine jailed Catalan separatists, a move "
            "condemned by the right in Spain.",
            "2021-06-22",
            "ESPGOV",
        ),
    ],
)
def test_named_bodies_get_the_actor_their_words_say(
    coder: Coder, text: str, day: str | None, code: str
) -> None:
    assert code in _codes(coder, text, day)


@pytest.mark.parametrize(
    ("text", "day", "wrong"),
    [
        # the country before the name is the party's own
        (
            "The Malawi Congress Party accused the electoral commission of fraud.",
            "2023-05-02",
            "INDPTYINC",
        ),
        # a longer name that ends in another body's name is not that body
        (
            "The Social Democratic Party accused the prime minister of lying.",
            "2023-05-02",
            "USAPTYDEM",
        ),
        (
            "The People's Democratic Party rejected the governor's budget.",
            "2023-05-02",
            "USAPTYDEM",
        ),
        # money from a country is not the country
        (
            "Kuwait sent $1 billion in aid to Jordan and another $500 million from "
            "Qatar will follow.",
            "2023-05-02",
            "QAT",
        ),
        # a faction for the government is not the government
        (
            "A pro-government faction attacked the rebels' positions.",
            "2023-05-02",
            "---GOV",
        ),
        # a critic of the government is not the government
        (
            "Police in Minsk arrested a prominent government critic.",
            "2023-05-02",
            "BLRGOV",
        ),
        # a place held by the government is still the government's
        ("Rebels attacked a government-controlled town.", "2023-05-02", "---CVL"),
        # a telecom regulator is no company
        (
            "Uganda's telecoms regulator fined Airtel for poor service.",
            "2023-05-02",
            "UGABUS",
        ),
    ],
)
def test_named_bodies_are_not_coded_as_another(
    coder: Coder, text: str, day: str | None, wrong: str
) -> None:
    assert wrong not in _codes(coder, text, day)


@pytest.mark.parametrize(
    ("text", "day", "later", "code"),
    [
        # "Obeidi" after "Khaled al-Obeidi": the surname without its article
        (
            "Iraqi Defence Minister Khaled al-Obeidi visited Mosul on Monday. "
            "Obeidi accused Kurdish forces of blocking the road.",
            "2015-08-08",
            "Obeidi",
            "IRQGOV",
        ),
        # the media office of a minister is not the minister: "Obeidi" stays his
        (
            "Militants attacked the convoy of Iraqi Defence Minister Khaled al-Obeidi. "
            "The media office of Obeidi said the minister was unhurt. Obeidi "
            "accused the militants of cowardice.",
            "2015-08-08",
            "Obeidi",
            "IRQGOV",
        ),
    ],
)
def test_named_bodies_a_surname_said_again_is_the_person(
    coder: Coder, text: str, day: str | None, later: str, code: str
) -> None:
    events = coder.code_text(text, day)
    found = {e.actor.code for e in events if e.actor.text == later}
    assert found == {code}, events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The NATO chief criticized Russia on Tuesday.", "IGOWSTNAT"),
        ("The WHO chief criticized Israel on Tuesday.", "IGOUNOWHO"),
        ("The EU foreign policy chief criticized Russia on Tuesday.", "IGOEUREEC"),
    ],
)
def test_a_body_s_chief_is_the_body(coder: Coder, text: str, code: str) -> None:
    # "chief" with a body's name is its head, as "secretary general" is
    events = coder.code_text(text, "2024-03-05")
    assert [e.actor.code for e in events] == [code], events


@pytest.mark.parametrize(
    "text",
    [
        "French cognac makers urged Paris to defend the industry on Monday.",
        "Coffee exporters urged the government to cut taxes on Monday.",
        "Oil producers accused the government of breaking the deal on Monday.",
    ],
)
def test_makers_producers_and_exporters_are_business(coder: Coder, text: str) -> None:
    events = coder.code_text(text, "2024-03-05")
    assert events and all(e.actor.sector == "BUS" for e in events), events
