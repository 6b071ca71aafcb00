"""Still more plain wire English the pattern dictionary codes (issue 10: verb coverage).

Sentences written for these tests in wire style: the CAMEO code and the country-and-sector
prefixes of source and recipient they must give, and near misses that must not give the
code (precision). The earlier files are test_vocabulary_wire.py and
test_vocabulary_wire2.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

CASES = [
    # a truce called (CAMEO.2.0: CALL TRUCE 0871), with or without a named enemy
    ("The Taliban called a three-day truce for the Eid holiday.", "0871", "AFG", None),
    ("The rebels called a unilateral ceasefire.", "0871", "---REB", None),
    # a member suspended over a coup (161)
    ("ECOWAS suspended Niger after the military coup.", "161", "IGOWAFECW", "NER"),
    (
        "The African Union suspended Mali and Guinea following coups in both countries.",
        "161",
        "IGOAFRAFU",
        "MLI",
    ),
    # a deadline or an ultimatum ignored (120)
    ("The rebels ignored the deadline and kept fighting.", "120", "---REB", None),
    (
        "The junta ignored an ECOWAS ultimatum to restore civilian rule.",
        "120",
        "---MIL",
        "IGOWAFECW",
    ),
    # observers shut out: no international involvement allowed (1245)
    (
        "Russia excluded EU observers from the disputed regions.",
        "1245",
        "RUS",
        "IGOEU",
    ),
    ("The government barred UN monitors from the region.", "1245", "---GOV", "IGOUNO"),
    # protesters told to go: ordered, a demand (1052); urged, an appeal (0252)
    ("Police ordered the crowd to disperse.", "1052", "---COP", "---OPP"),
    ("Police told the protesters to disperse.", "1052", "---COP", "---OPP"),
    ("The president urged the protesters to disperse.", "0252", "---GOV", "---OPP"),
    ("The mayor called on the demonstrators to disperse.", "0252", "---GOV", "---OPP"),
    # a petition filed or lodged with a court is legal action (115)
    (
        "The opposition filed a petition with the Supreme Court over the vote.",
        "115",
        "---OPP",
        None,
    ),
    (
        "The party lodged a petition at the High Court against the ban.",
        "115",
        "---PTY",
        None,
    ),
    # islands and farms given back (0842); weaponry given (072)
    ("China handed back the island to the Philippines.", "0842", "CHN", "PHL"),
    ("Zimbabwe returned the seized farms to white farmers.", "0842", "ZWE", "ZWE"),
    ("Iran supplied weaponry to Hamas.", "072", "IRN", "PSE"),
    # an offensive or air strikes halted (087); refused, no de-escalation (1246)
    ("Israel halted its offensive in the Gaza Strip.", "087", "ISR", "PSE"),
    ("Saudi Arabia suspended its airstrikes on Yemen.", "087", "SAU", "YEM"),
    ("Israel refused to halt its offensive in Gaza.", "1246", "ISR", "PSE"),
    # a protest note handed over (114); jeers, scoffs and insults (CAMEO.2.0: 111)
    (
        "Beijing delivered a protest note to the Japanese ambassador.",
        "114",
        "CHN",
        "JPN",
    ),
    (
        "The prime minister scoffed at the opposition's proposals.",
        "111",
        "---GOV",
        "---OPP",
    ),
    (
        "Lawmakers jeered the finance minister during his budget speech.",
        "111",
        "---LEG",
        "---GOV",
    ),
    ("Opposition supporters booed the president.", "111", "---OPP", "---GOV"),
    (
        "Protesters hurled insults at the visiting Chinese delegation.",
        "111",
        None,
        "CHNGOV",
    ),
    # sanctions dropped (085); a member's block on a bloc's package is a veto (129)
    (
        "The United States dropped sanctions on Venezuela's state oil company.",
        "085",
        "USA",
        "VEN",
    ),
    (
        "Hungary's prime minister blocked a EUR 50bn EU aid package for Ukraine.",
        "129",
        "HUNGOV",
        "IGOEU",
    ),
    # an attack blamed on someone (1123); a rule abided by, urged (0242)
    ("Israel blamed the drone strike on Iran.", "1123", "ISR", "IRN"),
    (
        "The Chinese commerce ministry urged the EU to abide by WTO rules.",
        "0242",
        "CHNGOV",
        "IGOEU",
    ),
    # an electoral tribunal's facilities raided (CAMEO manual: raids 1711)
    (
        "Police raided the facilities of the electoral tribunal.",
        "1711",
        "---COP",
        "---JUD",
    ),
    # a compound breached is attacked (190)
    ("Al-Shabab fighters breached the compound on Thursday.", "190", "SOMREB", None),
    # armies disengaging (087)
    ("The two armies began to disengage from the border area.", "087", "---MIL", None),
    # an attempt or bid blocked, as the direct object (120); a veto naming no one (129)
    ("China blocked a Japanese bid to join the council.", "120", "CHN", "JPN"),
    ("Russia vetoed the resolution on Thursday.", "129", "RUS", None),
    # threats by what is threatened (CAMEO: to imprison is repression, 137; a protest
    # threatened is a non-force threat, 131)
    (
        "Security agents threatened to arrest opposition leader Juan Guaido.",
        "137",
        "VENCOP",
        "VENOPP",
    ),
    (
        "The Philippine foreign minister threatened to lodge a diplomatic protest "
        "against China.",
        "131",
        "PHLGOV",
        "CHN",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_wire3_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a call for a truce is an appeal; a truce called a sham is no truce called
    ("The UN called for an immediate ceasefire in Gaza.", "0871"),
    ("The rebels called the ceasefire a sham.", "0871"),
    ("The opposition called the truce a trick to buy time.", "0871"),
    # officers suspended from duty break no diplomatic relations
    ("The ministry suspended two police officers after the shooting.", "161"),
    # a deadline missed is not defied; roads blocked in a bid to press someone are a
    # protest's, no rejection of the bid
    ("The airline missed the deadline for filing its accounts.", "120"),
    (
        "Farmers blocked roads in a bid to pressure the government to cut fuel prices.",
        "120",
    ),
    # journalists kept out are no observers (1245)
    ("The government barred foreign journalists from the region.", "1245"),
    # a crowd dispersed by force is repression, not a demand; marchers told to gather
    ("Police dispersed the crowd with tear gas.", "1052"),
    ("The president ordered police to disperse the protesters.", "1052"),
    ("The organisers told the marchers to gather at noon.", "1052"),
    # a petition handed to a person is an appeal, not a lawsuit
    ("Rights groups submitted a petition to the president.", "115"),
    # soldiers going back to an island return nothing; a stake sold to a company named
    # Shell is no shell given
    ("The army returned to its barracks on the island.", "0842"),
    ("The company sold its stake to Shell.", "072"),
    # an offensive halted is no attack; an attack stopped is repelled, and a mine's
    # operations halted, or a deal ending years of fighting, stop no one's fighting
    ("Israel halted its offensive in the Gaza Strip.", "190"),
    ("Security forces stopped an attack on a checkpoint.", "087"),
    ("The company halted operations at the mine.", "087"),
    (
        "Ethiopia and Eritrea signed a peace declaration, formally ending 20 years of "
        "hostilities.",
        "087",
    ),
    # agreeing on the importance of aid is a view shared, no agreement; a raid on a
    # military facility from the air stays an air strike
    (
        "Erdogan and Putin said they both agreed on the importance of delivering aid "
        "to Aleppo.",
        "030",
    ),
    (
        "Israeli jets carried out an air raid on a military facility near Damascus.",
        "1711",
    ),
    # a contract breached is no attack
    ("The company breached the terms of its contract with the army.", "190"),
    # an offensive halted needs its place or target: talks halted after shelling are
    # halt.talks's; troops sent despite protests complain of nothing; bombs dropped
    # despite sanctions lift none; a motion filed in parliament is no lawsuit; troops sent
    # after mortar fire are no mortars given
    ("The government halted talks with the rebels after the shelling.", "087"),
    ("The United States sent troops to Mali despite protests.", "114"),
    ("Israeli jets dropped bombs on Gaza despite sanctions.", "085"),
    ("The opposition filed a motion in parliament.", "115"),
    ("Israel sent troops to Gaza after mortar fire.", "072"),
    # a ceasefire agreement called historic is no truce called
    ("The president called the ceasefire agreement historic.", "0871"),
    # a truce called off is no truce called; aid or talks suspended after a coup are
    # cut (162) or halted (164), not a member suspended
    ("The rebels called off the ceasefire.", "0871"),
    ("The EU suspended aid to Mali after the coup.", "161"),
    ("The government suspended talks with the rebels after the coup attempt.", "161"),
    # a bloc's package blocked is vetoed, not aid cut; a law hard to comply with is no
    # rule accepted
    ("Hungary's prime minister blocked a EUR 50bn EU aid package for Ukraine.", "162"),
    ("The minister said the new law was too complex to comply with.", "0832"),
    # a bill named only as what a road blockade was over is not vetoed
    ("Protesters blocked the road to parliament over the bill.", "129"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire3_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)
