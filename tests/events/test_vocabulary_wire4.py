"""More plain wire English the pattern dictionary codes (issue 10: verb coverage).

Sentences written for these tests in wire style: the CAMEO code and the country-and-sector
prefixes of source and recipient they must give, and near misses that must not give the
code (precision). The earlier files are test_vocabulary_wire.py to
test_vocabulary_wire3.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

CASES = [
    # a letter sent, handed or received (CAMEO.2.0: SEND, PRESENT, RECEIVE LETTER 040)
    (
        "Japan's prime minister sent a letter to the Chinese president.",
        "040",
        "JPNGOV",
        "CHNGOV",
    ),
    (
        "The Egyptian foreign minister handed the Kenyan president a letter from "
        "President Sisi.",
        "040",
        "EGYGOV",
        "KENGOV",
    ),
    (
        "The Indian president received a letter from the Chinese leader.",
        "040",
        "CHNGOV",
        "INDGOV",
    ),
    # a letter of warning is a warning (CAMEO.2.0: LETTER (OF WARNING) 130)
    (
        "North Korea sent a letter of warning to the South Korean president.",
        "130",
        "PRK",
        "KORGOV",
    ),
    # a protest handed to the one it is against, as the indirect object (114)
    ("Iran handed the British ambassador a formal protest.", "114", "IRN", "GBRGOV"),
    # demands presented (CAMEO.2.0: PRESENT (WITH DEMANDS) 100); an ultimatum (139)
    (
        "The rebels presented the Malian government with a list of demands.",
        "100",
        "MLIREB",
        "MLIGOV",
    ),
    (
        "Nigerian unions submitted their demands to the government.",
        "100",
        "NGALAB",
        "NGAGOV",
    ),
    ("Britain presented Iran with an ultimatum.", "139", "GBR", "IRN"),
    # protesters told or urged to go: the end of a protest demanded (1052) or asked (0252)
    ("Police told the protesters to go home.", "1052", "---COP", "---OPP"),
    ("Riot police ordered the crowd to leave the square.", "1052", "---COP", None),
    ("The president urged the protesters to go home.", "0252", "---GOV", "---OPP"),
    (
        "The mayor called on the demonstrators to leave peacefully.",
        "0252",
        "---GOV",
        "---OPP",
    ),
    # a ruling not complied with is defied (128); complied with, accepted (0832)
    (
        "The Kenyan government did not comply with the court ruling.",
        "128",
        "KENGOV",
        "KENJUD",
    ),
    (
        "The Kenyan government complied with the court ruling.",
        "0832",
        "KENGOV",
        "KENJUD",
    ),
    # a proposal handed, of the kind of what it proposes (CAMEO.2.0: PRESENT PROPOSAL,
    # PRESENT PLAN): a truce (0256), peace (027), a draft text (020); an offer of talks (036)
    (
        "The United States presented Israel with a new ceasefire proposal.",
        "0256",
        "USA",
        "ISR",
    ),
    (
        "Egypt submitted a peace plan to the Sudanese army.",
        "027",
        "EGY",
        "SDNMIL",
    ),
    (
        "The Kenyan president handed his Somali counterpart a peace proposal.",
        "027",
        "KENGOV",
        "SOMGOV",
    ),
    ("Turkey put forward a peace plan for Ukraine.", "027", "TUR", "UKR"),
    (
        "Russia presented the United States with a draft treaty on security "
        "guarantees.",
        "020",
        "RUS",
        "USA",
    ),
    (
        "The Egyptian foreign minister made an offer of talks to the Sudanese army.",
        "036",
        "EGYGOV",
        "SDNMIL",
    ),
    # military systems provided "with" (072)
    (
        "The United States provided the Ukrainian army with HIMARS rocket systems.",
        "072",
        "USA",
        "UKRMIL",
    ),
    ("Canada equipped the Ukrainian navy with patrol boats.", "072", "CAN", "UKRMIL"),
    # a nominee confirmed by office (051)
    ("The U.S. Senate confirmed the new CIA director.", "051", "USALEG", "USA"),
    # restrictions lifted between two countries (081), trade restrictions lifted (085,
    # economic sanctions eased)
    (
        "The White House announced the lifting of travel restrictions between the "
        "United States and Cuba.",
        "081",
        "USAGOV",
        "CUB",
    ),
    ("The United States lifted trade restrictions on Cuba.", "085", "USA", "CUB"),
    ("Washington eased export controls against China.", "085", "USA", "CHN"),
    # islands and regions handed back (0842); hostages handed to someone (0841)
    ("Britain handed back the Chagos Islands to Mauritius.", "0842", "GBR", "MUS"),
    (
        "The Russian army handed over the Zaporizhzhia region to Ukraine.",
        "0842",
        "RUSMIL",
        "UKR",
    ),
    ("Hamas handed 13 Israeli hostages to the Red Cross.", "0841", "PSE", "NGOICR"),
    # a visit wrapped up or kicked off is made (042); a policy savaged is criticised (111)
    (
        "The Chinese foreign minister wrapped up a visit to Moscow.",
        "042",
        "CHNGOV",
        "RUS",
    ),
    (
        "The German chancellor kicked off a three-day visit to India.",
        "042",
        "DEUGOV",
        "IND",
    ),
    (
        "The Turkish president savaged Sweden's handling of the protests.",
        "111",
        "TURGOV",
        "SWE",
    ),
    # candidate or observer status granted (CAMEO.2.0: GRANT OBSERVER STATUS 060)
    (
        "EU leaders granted candidate status to Ukraine and Moldova.",
        "060",
        "IGOEU",
        "UKR",
    ),
    (
        "The UN General Assembly gave the Palestinians observer status.",
        "060",
        "IGOUNO",
        "PSE",
    ),
    # aid airdropped into a place (070; humanitarian, 073)
    ("Jordan airdropped aid into Gaza.", "070", "JOR", "PSE"),
    (
        "The United States airdropped humanitarian aid into Gaza.",
        "073",
        "USA",
        "PSE",
    ),
    # power handed over is leadership given up (0831); refused, 1231
    (
        "Sudan's military handed over power to a civilian government.",
        "0831",
        "SDNMIL",
        None,
    ),
    ("The Malian junta refused to hand over power.", "1231", "MLIMIL", None),
    # a no-confidence motion against someone (CAMEO.2.0: SUBMIT NO-CONFIDENCE PROPOSAL 160)
    (
        "Pakistani opposition parties submitted a no-confidence motion against Prime "
        "Minister Imran Khan.",
        "160",
        "PAKOPP",
        "PAKGOV",
    ),
    (
        "The Nepalese opposition filed a motion of no confidence against the "
        "government.",
        "160",
        "NPLOPP",
        "NPLGOV",
    ),
    # banned from leaving the country: a ban on the person (172)
    (
        "The Ugandan government banned the opposition leader from leaving the country.",
        "172",
        "UGAGOV",
        "UGAOPP",
    ),
    # energy sold or supplied is trade (061); promised, 0311
    ("Russia sold discounted oil to India.", "061", "RUS", "IND"),
    ("Qatar will supply liquefied natural gas to Germany.", "0311", "QAT", "DEU"),
    # rape and sexual violence named by a noun, with doer and victim (1821)
    (
        "Rights groups documented the rape of dozens of women by RSF fighters.",
        "1821",
        "SDNREB",
        "SDNCVL",
    ),
    (
        "Sexual violence against Rohingya women by Myanmar's military has left many "
        "with severe injuries.",
        "1821",
        "MMRMIL",
        "MMRCVL",
    ),
    # shelter sought in a country by going there (1033, as refuge; asylum asked is 0233)
    (
        "Thousands of Sudanese refugees sought shelter in Chad.",
        "1033",
        "SDNREF",
        "TCD",
    ),
    # people seized are abducted (181); things seized are property (1711)
    (
        "Gunmen seized two Kenyan aid workers near the Somali border on Monday.",
        "181",
        "KENUAF",
        "KENNGO",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_wire4_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # letters handed out to residents are a mailing, no one consulted
    ("Russian soldiers handed out letters to Ukrainian residents.", "040"),
    # a letter of credence presented is credentials (050), no letter exchanged
    (
        "The new Chinese ambassador presented his letter of credence to the Kenyan "
        "president.",
        "040",
    ),
    # troops sent despite protests protest nothing, with or without an indirect object
    ("The United States sent Mali troops despite protests.", "114"),
    # residents told to leave a town are no protesters told to go home
    ("The Israeli army told residents to leave the town.", "1052"),
    ("The Israeli army ordered civilians to leave northern Gaza.", "1052"),
    # a demand of a policy presented in a speech is no list of demands handed over
    ("The rebels presented the plan with great fanfare.", "100"),
    # a mayor urging residents to leave before a storm appeals to no protest's end
    ("The mayor urged residents to leave before the storm.", "0252"),
    # refusing to comply is a refusal (1232), not defiance coded twice
    ("The Kenyan government refused to comply with the court ruling.", "128"),
    # a plan presented to parliament without peace or a truce in it proposes nothing coded
    ("The Kenyan finance minister presented the budget plan to parliament.", "020"),
    ("The Kenyan finance minister presented the budget plan to parliament.", "027"),
    # a proposal to end a blockade stays the appeal the frame makes of it (0256), not a
    # bare proposal
    ("The EU handed Iran a proposal to end the blockade.", "020"),
    # a talk delivered is a lecture; talks extended are no offer of talks
    ("The professor delivered a talk to the Chinese delegation.", "036"),
    ("Qatar extended the talks with the Sudanese army until Friday.", "036"),
    # restrictions on protests lifted are political freedoms (0811 or 081), no sanctions
    (
        "The Kenyan government lifted restrictions on protests in the capital.",
        "085",
    ),
    # rape named with no victim and no doer, and a conference on sexual violence, are no
    # assault by anyone
    ("The Norwegian police said victims of rape often go unreported.", "1821"),
    (
        "The conference on sexual violence against women opened in London.",
        "1821",
    ),
    # suspects handed to prosecutors are no captives released
    ("Kenyan police handed the suspects to prosecutors.", "0841"),
    # power handed over is no territory returned; special status is left out (autonomy as
    # often as cooperation); refugee status is asylum (075), not this 060
    ("Sudan's military handed over power to a civilian government.", "0842"),
    ("The Indian government gave the company special status.", "060"),
    ("Canada granted refugee status to the Afghan interpreters.", "060"),
    # a signed peace agreement submitted to a legislature proposes no peace to it
    (
        "The Colombian government submitted the peace agreement to Congress for "
        "approval.",
        "027",
    ),
    # a confidence vote won or passed in a government reduces no relations
    ("The Pakistani prime minister won a confidence vote in parliament.", "160"),
    (
        "The Nepalese parliament passed a vote of confidence in the new government.",
        "160",
    ),
    # fuel delivered to hospitals is no energy trade
    ("The UN delivered fuel to hospitals in Gaza.", "061"),
    # a sniper taking aim at soldiers says nothing of them
    ("A sniper took aim at Ukrainian soldiers near Bakhmut.", "111"),
    # water systems supplied to a city are no weapons
    ("The U.S. Army Corps supplied the Iraqi city with water systems.", "072"),
    ("Rebels seized control of the town on Sunday.", "181"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire4_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)
