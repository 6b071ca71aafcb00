"""Vocabulary of the event patterns: one wire-style sentence per code family.

The sentences are written for these tests. Each asserts the CAMEO code of an event the
coder finds and, where the sentence names them, the country prefix of its source and
recipient.
"""

from __future__ import annotations

import pytest

DAY = "2021-06-09"

CASES = [
    (
        "The Iranian foreign ministry expressed concern over the deployment of American warships in the Gulf.",
        "012",
        "IRN",
        "USA",
    ),
    (
        "Germany expressed condolences to Turkey after the earthquake on Monday.",
        "018",
        "DEU",
        "TUR",
    ),
    ("China urged restraint on India after the border incident.", "0256", "CHN", "IND"),
    (
        "Egypt called for the withdrawal of Israeli troops from Gaza.",
        "0256",
        "EGY",
        "ISR",
    ),
    (
        "Mali appealed to the United Nations for peacekeepers on Tuesday.",
        "0234",
        "MLI",
        "IGOUNO",
    ),
    (
        "The Pope called for reconciliation between Armenia and Azerbaijan.",
        "027",
        None,
        None,
    ),
    (
        "Kenya offered concessions to Somalia over the maritime border.",
        "035",
        "KEN",
        "SOM",
    ),
    (
        "Brazil pledged troops to the United Nations mission in Haiti.",
        "074",
        "BRA",
        None,
    ),
    (
        "The Turkish foreign minister held a meeting with his Greek counterpart in Ankara on Friday.",
        "040",
        "TUR",
        "GRC",
    ),
    (
        "The Japanese prime minister spoke by telephone with the South Korean president on Monday.",
        "041",
        "JPN",
        "KOR",
    ),
    ("The Indian prime minister paid a visit to Nepal last week.", "042", "IND", "NPL"),
    ("The French president travelled to Algeria on Wednesday.", "042", "FRA", "DZA"),
    (
        "Qatar launched a mediation effort between Sudan and South Sudan.",
        "045",
        "QAT",
        "SDN",
    ),
    ("Canada and Cuba restored diplomatic relations on Tuesday.", "050", "CAN", "CUB"),
    ("Bhutan established diplomatic ties with Germany.", "054", "BTN", "DEU"),
    (
        "Ukraine ratified a trade agreement with Georgia on Tuesday.",
        "057",
        "UKR",
        "GEO",
    ),
    (
        "Russia held joint naval exercises with China in the Sea of Japan.",
        "062",
        "RUS",
        "CHN",
    ),
    ("Norway handed over medicine to the Red Cross in Syria.", "073", "NOR", None),
    ("Sudan lifted a curfew in Khartoum on Sunday.", "0813", "SDN", None),
    (
        "Thailand lifted the state of emergency in Bangkok on Friday.",
        "0814",
        "THA",
        None,
    ),
    ("Israel lifted its blockade on the Gaza Strip.", "0872", "ISR", None),
    (
        "The Nigerian teachers' union called off its strike on Thursday.",
        "082",
        "NGA",
        None,
    ),
    ("The Bolivian president resigned on Sunday.", "0831", "BOL", None),
    (
        "Iraq allowed United Nations inspectors into the country.",
        "0862",
        "IRQ",
        "IGOUNO",
    ),
    ("Colombian rebels laid down their weapons on Friday.", "0873", "COL", None),
    ("Ugandan rebels surrendered to the army on Monday.", "0874", "UGA", None),
    (
        "Spanish prosecutors opened an investigation into the Moroccan consulate.",
        "090",
        "ESP",
        "MAR",
    ),
    (
        "The Kenyan government demanded an apology from Tanzania on Monday.",
        "102",
        "KEN",
        "TZA",
    ),
    ("China protested to Japan over the visit.", "114", "CHN", "JPN"),
    ("Hungary turned down the Austrian request on Tuesday.", "120", "HUN", "AUT"),
    ("Iran violated the United Nations resolution.", "128", "IRN", "IGOUNO"),
    (
        "Venezuelan students staged a protest against the government in Caracas.",
        "141",
        "VEN",
        None,
    ),
    (
        "Iranian activists began a hunger strike in Tehran on Monday.",
        "142",
        "IRN",
        None,
    ),
    ("Greek doctors staged a strike on Wednesday.", "143", "GRC", None),
    (
        "Palestinian youths threw stones at Israeli soldiers in Hebron.",
        "145",
        "PSE",
        None,
    ),
    (
        "Russia is conducting military exercises near the Polish border.",
        "150",
        "RUS",
        None,
    ),
    ("North Korea put its troops on high alert on Friday.", "152", "PRK", None),
    ("Italy suspended flights to Libya on Wednesday.", "160", "ITA", "LBY"),
    (
        "The Chinese foreign minister cancelled his visit to Australia.",
        "161",
        "CHN",
        "AUS",
    ),
    (
        "The Red Cross suspended aid deliveries to Yemen on Wednesday.",
        "162",
        None,
        "YEM",
    ),
    ("Egyptian police fired tear gas at protesters in Cairo.", "175", "EGY", None),
    ("Pakistani police banned protests in Islamabad on Sunday.", "1721", "PAK", None),
    ("The army declared martial law in the capital on Friday.", "1724", None, None),
    ("Indian police confiscated weapons from Maoist rebels.", "1711", "IND", "IND"),
    ("Israeli soldiers blew up a house in the West Bank.", "1712", "ISR", None),
    (
        "Afghan militants detonated a bomb near a police station in Kabul.",
        "183",
        "AFG",
        None,
    ),
    (
        "Two suicide bombers blew themselves up in Baghdad on Monday.",
        "1831",
        "IRQ",
        None,
    ),
    ("Syrian rebels fired rockets into Turkey on Monday.", "194", "SYR", "TUR"),
    (
        "Turkish jets carried out air strikes on Kurdish positions in Iraq.",
        "195",
        "TUR",
        None,
    ),
    ("Saudi warplanes carried out sorties over Yemen on Monday.", "195", "SAU", None),
    ("Somali troops took control of the town on Sunday.", "192", "SOM", None),
    ("Ethiopia imposed a blockade on Tigray.", "191", "ETH", None),
    (
        "Chadian soldiers engaged Libyan rebels in a firefight on Saturday.",
        "193",
        "TCD",
        "LBY",
    ),
    (
        "The Syrian army used chemical weapons against rebels in Idlib.",
        "2041",
        "SYR",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    events = coder.code_text(text, DAY)
    hits = [e for e in events if e.cameo == code]
    found = [(e.cameo, e.actor.code) for e in events]
    assert hits, f"no {code} event in {text!r}; found {found}"
    event = hits[0]
    if source is not None:
        assert event.actor.code.startswith(source), event.actor.code
    if recipient is not None:
        assert event.recipient is not None, f"{code} has no recipient"
        assert event.recipient.code.startswith(recipient), event.recipient.code


@pytest.mark.parametrize(
    "text",
    [
        "Police said a man was found guilty of stealing a car in the city.",
        "Heavy snow closed roads across the north of the country on Monday.",
        "The company held a meeting of its shareholders on Monday.",
    ],
)
def test_vocabulary_stays_silent(coder, text: str) -> None:
    assert coder.code_text(text, DAY) == []
