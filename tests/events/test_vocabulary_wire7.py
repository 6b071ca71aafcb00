"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found
by round 3 of the held-out wire set (heldout_wire5.py CASES_R3, measured by
measure_wire5.py): resignations handed in, bills voted down, vetoes overridden,
candidates struck off the ballot, mandates stripped, foreign-agent labels, tariffs
raised, lifted or answered in kind, export control lists, warning shots, executions by
hanging, hostages taken, courts ordering someone jailed.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire6.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R3, NOT_THE_ACT_R3
from .vocabulary_checks import check_codes, check_near_miss

WIRE7_CASES = [
    # a resignation tendered, submitted or handed in is a resignation (0831)
    (
        "The Bulgarian finance minister tendered his resignation on Friday after a row "
        "over the budget.",
        "0831",
        "BGRGOV",
        None,
    ),
    (
        "Peru's interior minister submitted his resignation to the president late on "
        "Sunday.",
        "0831",
        "PERGOV",
        None,
    ),
    # a resignation offered is a promise to go (0341)
    (
        "The Czech defence minister offered his resignation to the prime minister on "
        "Monday.",
        "0341",
        "CZEGOV",
        None,
    ),
    # a bill voted down or rejected is rejected (120, as vote.down codes one with its
    # sponsor named), with or without anyone named
    (
        "The Chilean Senate voted down a bill that would have cut the retirement age.",
        "120",
        "CHL",
        None,
    ),
    (
        "Brazil's lower house rejected the pension reform bill late on Wednesday.",
        "120",
        "BRA",
        None,
    ),
    # a veto overridden is a rejection (120) of whoever cast it
    (
        "Romanian lawmakers overrode the president's veto of the pension bill on "
        "Wednesday.",
        "120",
        "ROU",
        "ROUGOV",
    ),
    # struck off the ballot, stripped of their seats: politicians barred (1722)
    (
        "The regional electoral board struck the Socialist candidate off the ballot on "
        "Monday.",
        "1722",
        None,
        "---PTY",
    ),
    (
        "Kenya's electoral body removed the opposition candidate from the ballot.",
        "1722",
        "KEN",
        "KEN",
    ),
    (
        "The Bolivian parliament stripped three opposition deputies of their seats.",
        "1722",
        "BOL",
        "BOL",
    ),
    # designated as a foreign agent or an undesirable organisation (1721); a foreign
    # terrorist organisation stays a sanction (163, designate.terrorist)
    (
        "The Russian justice ministry designated the exiled journalist as a foreign "
        "agent on Friday.",
        "1721",
        "RUSGOV",
        "RUS",
    ),
    (
        "Moscow designated the Dutch charity as an undesirable organization.",
        "1721",
        "RUS",
        "NLD",
    ),
    (
        "The State Department designated the cartel as a foreign terrorist "
        "organization.",
        "163",
        "USA",
        None,
    ),
    # tariffs raised (163), levies imposed (163), tariffs lifted (085)
    (
        "Washington doubled tariffs on Chinese goods to 50 percent on Friday.",
        "163",
        "USA",
        "CHN",
    ),
    (
        "The U.S. raised duties on Canadian softwood lumber to 35 percent.",
        "163",
        "USA",
        "CAN",
    ),
    (
        "The European Commission imposed levies of up to 38 percent on Chinese electric "
        "cars.",
        "163",
        None,
        "CHN",
    ),
    ("Washington lifted tariffs on Mexican tomatoes on Monday.", "085", "USA", "MEX"),
    (
        "Canada scrapped its retaliatory tariffs on American goods.",
        "085",
        "CAN",
        "USA",
    ),
    # trade retaliation is a sanction (163), not fighting
    (
        "The European Union retaliated against Washington with tariffs on bourbon and "
        "motorcycles.",
        "163",
        None,
        "USA",
    ),
    # an export control list is a sanctions list (163)
    (
        "The U.S. Commerce Department added 12 Chinese firms to its export control "
        "list.",
        "163",
        "USA",
        "CHN",
    ),
    # warning shots are a show of force (150), not an attack
    (
        "Philippine coast guard vessels fired warning shots at a Chinese boat.",
        "150",
        "PHL",
        "CHN",
    ),
    # people hanged are executed (1823)
    ("Iran hanged two protesters on Monday.", "1823", "IRN", "IRN"),
    # a court ordering someone jailed jails him (173)
    (
        "A court in Ankara ordered the opposition mayor to be jailed pending trial.",
        "173",
        "TUR",
        "TUR",
    ),
    # hostages taken where the parser makes "hostage" a complement (181)
    (
        "Rebels took the German aid workers hostage near the border.",
        "181",
        None,
        "DEU",
    ),
    # gold seized is property seized (1711)
    (
        "Malian soldiers seized two tonnes of gold from a Canadian mining company.",
        "1711",
        "MLI",
        "CAN",
    ),
    # broadcasts or transmissions suspended or blocked are media censored (1721)
    (
        "Burkina Faso suspended the broadcasts of the Voice of America for two weeks.",
        "1721",
        "BFA",
        None,
    ),
    (
        "Nicaragua suspended the broadcasts of CNN en Espanol on Friday.",
        "1721",
        "NIC",
        "USA",
    ),
    (
        "Russia blocked the transmissions of Deutsche Welle in Moscow.",
        "1721",
        "RUS",
        None,
    ),
    # aid restored or reinstated is aid given (070)
    (
        "Sweden restored assistance to the Palestinian Authority on Monday.",
        "070",
        "SWE",
        "PSE",
    ),
    (
        "Washington reinstated funding to the UN agency for Palestinian refugees.",
        "070",
        "USA",
        None,
    ),
    # a palace or a bridge retaken is ground taken (192)
    (
        "Sudan's army recaptured the presidential palace in Khartoum.",
        "192",
        "SDN",
        None,
    ),
    ("Ukrainian troops retook a strategic bridge near Kherson.", "192", "UKR", None),
    # the charge as a gerund (115)
    (
        "Egyptian prosecutors charged the blogger with spreading false news.",
        "115",
        "EGY",
        "EGY",
    ),
    (
        "Russian prosecutors charged the former deputy defence minister with embezzling "
        "state funds.",
        "115",
        "RUS",
        "RUS",
    ),
    (
        "Turkish prosecutors charged the mayor with rigging a tender.",
        "115",
        "TUR",
        "TUR",
    ),
    (
        "Indian prosecutors charged two army officers with leaking official secrets.",
        "115",
        "IND",
        "IND",
    ),
    # forces withdrawn from a camp or the suburbs of a city retreat (0874)
    (
        "Israeli forces withdrew from the Nuseirat refugee camp after a four-day raid.",
        "0874",
        "ISR",
        None,
    ),
    ("Russian troops withdrew from the suburbs of Kyiv.", "0874", "RUS", "UKR"),
    # a border crossing blocked by protesters (144)
    (
        "Hungarian farmers blocked the border crossing with Serbia on Monday.",
        "144",
        "HUN",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE7_CASES)
def test_vocabulary_wire7_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a resignation offered is a promise, not a resignation
    ("The Czech defence minister offered his resignation on Monday.", "0831"),
    # a runner taken out of a race bars no politician
    (
        "The organisers removed the runner from the race after a failed doping test.",
        "1722",
    ),
    ("The candidate dropped out of the race after the scandal.", "1722"),
    # a body found hanging, a banner hung: no execution
    ("The singer was found hanged in his flat.", "1823"),
    ("Protesters hung a banner from the bridge in Warsaw.", "1823"),
    # hunters' warning shots are no show of force
    ("The hunters fired warning shots to scare off the bears.", "150"),
    # duties raised or suspended with no country hit: no sanction, none eased
    ("Turkey raised import duties on cars to protect local makers.", "163"),
    ("India suspended duties on cotton imports until September.", "085"),
    # tariffs lifted are not raised
    ("Washington lifted tariffs on Mexican tomatoes on Monday.", "163"),
    # a club's members voting down a plan reject no political act
    ("The club's members voted down the proposal to move the stadium.", "120"),
    # a utility's tariffs raised on its customers are prices, not sanctions
    ("Kenya Power raised tariffs on consumers by 15 percent on Monday.", "163"),
    # a coach resigning, a driver taken out of a race, a shareholders' vote, a
    # station off the air in a storm: no political act
    ("The Chelsea coach tendered his resignation after the defeat.", "0831"),
    ("The team removed the driver from the race after the crash.", "1722"),
    ("Shareholders voted down the proposal to split the company.", "120"),
    ("The station suspended broadcasts during the storm.", "1721"),
    # power restored to a ward, a lead retaken on the pitch: no aid, no ground
    ("The hospital restored power to the ward.", "070"),
    ("The striker retook the lead for Milan in the second half.", "192"),
    # a body charged with a task is charged with no crime
    ("The commission was charged with overseeing the vote.", "115"),
    ("The Kenyan minister was charged with leading the inquiry into the crash.", "115"),
    # a player leaving a training camp retreats from nothing
    ("The striker withdrew from the camp with an injury.", "0874"),
    # an app added to a list of approved software is no sanction
    ("Microsoft added the app to its list of approved software.", "163"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire7_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R3}) + sorted({r for _, r in NOT_THE_ACT_R3})
)
def test_vocabulary_wire7_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
