"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found by
round 5 of the held-out wire set (heldout_wire5.py CASES_R5, measured by
measure_wire5.py): ceasefire proposals rejected, tariffs threatened, hunger strikes held
(and ended: no hunger strike), aid of a named kind cut, peacekeepers, monitors and aid
agencies ordered to leave, people driven from their homes, killings in a massacre,
thefts and laundering investigated, states of emergency declared in a place, a
government's order defied by its own servants, property nationalised, killings
"butchered", a strait closed or threatened, elections demanded, agency journalists
expelled, deportations and consulate closures ordered, buildings blockaded by students,
pardons, silence kept, prisoners of war handed over, platforms blocked, protesters
gassed (repression), slogans chanted, gunfire exchanged, a general strike observed, a
party's wing banned, mediation ruled out, election results rejected, accusations of
ramming, firing or harassing, forces sent for drills, islands returned; and a losing or
uphill battle is no fight, nor are fans storming a pitch.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire8.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R5, NOT_THE_ACT_R5
from .vocabulary_checks import check_codes, check_near_miss

WIRE9_CASES = [
    # a ceasefire proposal rejected is a refusal to de-escalate (1246), not a peace plan
    (
        "The Houthis rejected a Saudi truce offer on Tuesday, saying it did not end "
        "the blockade.",
        "1246",
        "YEM",
        "SAU",
    ),
    (
        "Israel rejected the Egyptian ceasefire proposal, a senior official said.",
        "1246",
        "ISR",
        "EGY",
    ),
    # tariffs threatened are a threat of sanctions (1312)
    (
        "The U.S. president threatened tariffs on Colombia after Bogota refused "
        "deportation flights.",
        "1312",
        "USA",
        "COL",
    ),
    # "has been on hunger strike" is a hunger strike (142), not a labour strike
    (
        "A Moroccan journalist has been on hunger strike for a month in protest at his "
        "detention.",
        "142",
        "MAR",
        None,
    ),
    # aid of a named kind stopped (1621 economic, 1622 military, 1623 humanitarian)
    (
        "The Dutch government froze development aid to Uganda over the anti-gay law.",
        "1621",
        "NLD",
        "UGA",
    ),
    (
        "The European Union suspended budget support to Mali after the second coup.",
        "1621",
        "IGO",
        "MLI",
    ),
    (
        "The Pentagon froze military aid to Kyiv for a week, officials said.",
        "1622",
        "USA",
        "UKR",
    ),
    (
        "The World Food Programme cut food aid to refugee camps in Kenya, citing a lack "
        "of funds.",
        "1623",
        "IGO",
        "KEN",
    ),
    # peacekeepers, monitors, aid agencies ordered out by the host (1661-1663)
    (
        "The junta told the African Union peacekeeping mission to leave Somalia by "
        "December.",
        "1661",
        None,
        "IGO",
    ),
    (
        "Burundi ordered the U.N. human rights observers to leave the country within a "
        "week.",
        "1662",
        "BDI",
        "IGO",
    ),
    (
        "Eritrea ordered foreign aid agencies to leave the country, the U.N. said.",
        "1663",
        "ERI",
        None,
    ),
    # people driven from their homes are expelled (201)
    (
        "Burmese troops forced thousands of Karen villagers from their homes in a "
        "dry-season offensive.",
        "201",
        "MMR",
        "MMR",
    ),
    # driven from their homes, people need no known country (201)
    (
        "Militiamen drove thousands of ethnic Tutsis from their homes in South Kivu, "
        "the U.N. said.",
        "201",
        "COD",
        None,
    ),
    # a killing in a massacre is a mass killing (202)
    (
        "Gunmen killed 40 villagers in a massacre in central Mali, local officials said.",
        "202",
        None,
        "MLI",
    ),
    # a probe over theft or laundering is a corruption investigation (091)
    (
        "Ghana's anti-graft office is probing the former finance minister over the "
        "alleged misappropriation of public funds.",
        "091",
        "GHA",
        "GHA",
    ),
    # a state of emergency declared in a place (1724)
    (
        "Peru's government declared a state of emergency in Lima on Tuesday after a "
        "wave of extortion killings.",
        "1724",
        "PER",
        "PER",
    ),
    # an order defied by the giver's own servants needs no one else named (128)
    (
        "Hundreds of Polish civil servants defied a government order to stop working "
        "with EU prosecutors.",
        "128",
        "POLGOV",
        None,
    ),
    # property nationalised needs its owner named no more than property seized (1711)
    (
        "Bolivia nationalised the country's largest gold mine, the mining minister said.",
        "1711",
        "BOL",
        None,
    ),
    # "butchered" is the reporter's word for a mass killing (202)
    (
        "Ethnic militias butchered more than 100 people in Ituri province, U.N. "
        "officials said.",
        "202",
        "COD",
        "COD",
    ),
    # a strait closed needs no one named; threatened, it is a threat of blockade (1381)
    (
        "Yemen's Houthis threatened to close the Bab al-Mandab strait to Israeli-linked "
        "shipping.",
        "1381",
        "YEM",
        None,
    ),
    # a truce proposal rejected, its proposer unnamed (1246)
    (
        "The truce proposal was rejected by the Sudanese army chief on Sunday.",
        "1246",
        "SDN",
        None,
    ),
    # elections demanded are asked of the government, named or not (1041)
    (
        "The Ugandan opposition demanded fresh elections after the disputed vote.",
        "1041",
        "UGAOPP",
        None,
    ),
    # a journalist of an agency (no actor) expelled (174)
    (
        "Zimbabwe expelled a senior Associated Press reporter over a story on the "
        "elections.",
        "174",
        "ZWE",
        None,
    ),
    # a deportation or a consulate's closure ordered is the act ordered (174, 161)
    (
        "The Lebanese government ordered the deportation of hundreds of Syrian refugees.",
        "174",
        "LBN",
        "SYR",
    ),
    (
        "Beijing ordered the closure of the Canadian consulate in Shanghai.",
        "161",
        "CHN",
        "CAN",
    ),
    # buildings blockaded by students are obstructed (144), not besieged (191)
    (
        "Students blockaded university buildings in Novi Sad for a second month.",
        "144",
        None,
        None,
    ),
    # a pardon needs no known country for those it frees (0841)
    (
        "Uzbekistan's president pardoned more than 800 convicts to mark the new year, "
        "his office said.",
        "0841",
        "UZB",
        None,
    ),
    # kept quiet on something is declining to comment (011)
    (
        "The Egyptian government kept quiet on the death of the Italian student.",
        "011",
        "EGYGOV",
        None,
    ),
    # prisoners of war handed over are released (0841), "over 90" read as a number or not
    (
        "Russia handed over 90 Ukrainian prisoners of war in the latest exchange.",
        "0841",
        "RUS",
        "UKR",
    ),
    (
        "Kyiv handed over more than 100 Russian prisoners of war on Friday.",
        "0841",
        "UKR",
        "RUS",
    ),
    # platforms blocked are media restricted (1721)
    (
        "The Ugandan government blocked Facebook and WhatsApp ahead of the vote.",
        "1721",
        "UGA",
        None,
    ),
    # tear gas on protesters is repression (175), not a chemical weapon
    (
        "Police gassed protesters outside parliament in Belgrade.",
        "175",
        "SRB",
        "SRB",
    ),
    # slogans chanted against someone are a protest (141)
    (
        "Thousands of students chanted slogans against the government in Dhaka.",
        "141",
        "BGD",
        "BGDGOV",
    ),
    # gunfire exchanged is small-arms fighting (193)
    (
        "Indian and Pakistani troops exchanged gunfire along the Line of Control "
        "overnight.",
        "193",
        "IND",
        "PAK",
    ),
    # a general strike observed is a strike (143)
    (
        "Shopkeepers observed a general strike across Kashmir on Monday.",
        "143",
        None,
        None,
    ),
    # a party's wing banned is a party banned (1722)
    (
        "Bangladesh's interim government banned the Awami League's student wing.",
        "1722",
        "BGDGOV",
        None,
    ),
    # mediation ruled out, with no mediator named (126)
    (
        "Ethiopia ruled out any foreign mediation in the Tigray conflict.",
        "126",
        "ETH",
        None,
    ),
    # election results rejected (120)
    (
        "Mozambique's main opposition party rejected the election results, citing "
        "fraud.",
        "120",
        "MOZ",
        None,
    ),
    (
        "The opposition in Georgia dismissed the official results as rigged.",
        "120",
        "GEO",
        None,
    ),
    # accused of hostile military acts: ramming, firing, harassing (1123)
    (
        "Vietnam accused Chinese coast guard ships of ramming a fishing boat near the "
        "Paracel Islands.",
        "1123",
        "VNM",
        "CHN",
    ),
    (
        "India accused Pakistan of firing on its posts along the Line of Control.",
        "1123",
        "IND",
        "PAK",
    ),
    (
        "Taipei accused Beijing of harassing its vessels near Kinmen.",
        "1123",
        "TWN",
        "CHN",
    ),
    # forces sent for drills show force (150); for joint drills, they cooperate (062)
    (
        "Russia sent strategic bombers over the Baltic Sea for exercises on Tuesday.",
        "150",
        "RUS",
        None,
    ),
    (
        "China deployed an aircraft carrier group near Japan for drills.",
        "150",
        "CHN",
        "JPN",
    ),
    (
        "The U.S. sent troops to Kenya for joint exercises with the Kenyan army.",
        "062",
        "USA",
        "KEN",
    ),
    # islands handed back are property returned (0842)
    (
        "Britain returned the Chagos Islands to Mauritius under a treaty signed on "
        "Thursday.",
        "0842",
        "GBR",
        "MUS",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE9_CASES)
def test_vocabulary_wire9_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a ceasefire called FOR is an appeal, not a truce called (0871 takes the object)
    ("The leaders of Ghana and Togo called for a ceasefire in Sudan.", "0871"),
    # a hunger strike ended is no hunger strike (end.protest's 082)
    (
        "The jailed activist ended his hunger strike after 40 days, his lawyer said.",
        "142",
    ),
    # a losing or uphill battle is a hard task, not a fight
    ("Coastal towns are fighting a losing battle against the rising sea.", "190"),
    ("The club faces an uphill battle to avoid relegation this season.", "190"),
    # people forced from their homes by fighting: no one expels them
    ("Fighting forced tens of thousands from their homes in North Kivu.", "201"),
    # police gassing protesters use no chemical weapon
    ("Police gassed protesters outside parliament in Belgrade.", "2041"),
    # fire of no named kind stays fighting of no named kind
    ("Azerbaijani and Armenian troops exchanged fire overnight.", "193"),
    # fans chanting a player's name protest nothing
    ("Fans chanted the name of the striker.", "141"),
    # troops moved to a border, for no drills, are a build-up, not a show of force
    ("Russia moved thousands of troops to the border with Ukraine.", "150"),
    # detainees handed to the police change custody: no one is freed
    ("The army handed over 20 detainees to the police.", "0841"),
    # a minister pardoned is no one pardoning: the passive names no doer
    ("The former minister was pardoned on Monday.", "0841"),
    # a crowd falling quiet makes no statement
    ("The crowd fell quiet as the coffin passed.", "011"),
    # a unit pushed back from a village is no mass expulsion
    ("The army units drove back the rebels from a key village in the region.", "201"),
    # an emergency with no place it holds in, or a drought emergency: no repression
    (
        "The government declared a state of emergency, beginning on Thursday, giving "
        "authorities the power to evacuate people.",
        "1724",
    ),
    (
        "Kenya declared a national drought emergency as crops failed in the north.",
        "1724",
    ),
    # fans on a pitch invade nothing
    (
        "Angry fans stormed the pitch in Istanbul after the referee's late penalty "
        "decision.",
        "190",
    ),
    # an expulsion announced may be of diplomats (161), not a deportation
    (
        "The Trump administration announced the expulsion of 20 Russian diplomats.",
        "174",
    ),
    # a beach closed is no consulate closed
    ("The coast guard ordered the closure of the beach after the storm.", "161"),
    # rebels holding buildings obstruct no passage in protest
    ("Rebels occupied government buildings in the eastern town of Bunia.", "144"),
    # a peace plan rejected stays a rejected plan, not a refused ceasefire
    ("Armenia rejected the peace plan drawn up by Moscow.", "1246"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire9_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R5}) + sorted({r for _, r in NOT_THE_ACT_R5})
)
def test_vocabulary_wire9_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
