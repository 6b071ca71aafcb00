"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found
by round 4 of the held-out wire set (heldout_wire5.py CASES_R4, measured by
measure_wire5.py): accord expressed, gloom about an outcome, policy measures under
consideration, appeals for air defence, regret expressed to a party, satellite imagery
shared, wanted men and kidnappers handed over, shelter offered, vehicles donated,
migrants evacuated, relief airdropped or flown in, people returned, forces withdrawn
from a river bank, delegations sitting down to negotiate, people taken in, investigators
admitted, relief let through, one's own decision reversed, flights resumed, calm
appealed for, a return to the negotiating table, people fed; and a rider attacking on a
climb is no use of force.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire7.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R4, NOT_THE_ACT_R4
from .vocabulary_checks import check_codes, check_near_miss

WIRE8_CASES = [
    # gloom about an outcome is a pessimistic comment with no one it is about (012)
    (
        "Pakistan's finance minister said on Monday he was pessimistic about the "
        "chances of an early deal on the budget.",
        "012",
        "PAKGOV",
        None,
    ),
    (
        "The Nigerian oil minister was gloomy about output recovering this year, "
        "he told reporters in Abuja.",
        "012",
        "NGAGOV",
        None,
    ),
    # a view shared, said, is accord expressed (019)
    (
        "Seoul and Tokyo saw eye to eye on the North Korean missile threat, the South "
        "Korean foreign ministry said.",
        "019",
        "KOR",
        None,
    ),
    (
        "The Chilean president voiced agreement with Peru on the need for a regional "
        "response to migration.",
        "019",
        "CHL",
        "PER",
    ),
    # a measure under consideration needs no target (014)
    (
        "The South African government is weighing a ban on the export of scrap metal, "
        "the trade minister said.",
        "014",
        "ZAFGOV",
        None,
    ),
    (
        "The Australian government is mulling a levy on gas exports, the resources "
        "minister said on Tuesday.",
        "014",
        "AUSGOV",
        None,
    ),
    # support pleaded for with no one named to give it is an appeal (022)
    (
        "Somalia's president pleaded for international support at a donors' conference, "
        "his office said.",
        "022",
        "SOM",
        None,
    ),
    # air defence asked for is an appeal for military aid (0232)
    (
        "The Polish president asked for more Patriot batteries to protect the "
        "country's eastern border.",
        "0232",
        "POLGOV",
        None,
    ),
    # regret expressed to a party is an apology (055)
    (
        "The Indonesian foreign minister expressed regret to Malaysia for the "
        "burning of its flag by protesters in Jakarta.",
        "055",
        "IDNGOV",
        "MYS",
    ),
    # satellite imagery shared is intelligence shared (064)
    (
        "Washington shared satellite imagery of the troop movements with the "
        "Indian army, a U.S. official said.",
        "064",
        "USA",
        "IND",
    ),
    # a wanted man handed over to another state is extradited (063)
    (
        "Tanzania handed a wanted Somali militia commander over to Kenyan "
        "authorities on Monday.",
        "063",
        "TZA",
        "KEN",
    ),
    # kidnappers, pirates or gunmen handed to another state's police are extradited (063)
    (
        "Benin handed over nine suspected kidnappers to Nigerian police on Friday, "
        "a police spokesman said.",
        "063",
        "BEN",
        "NGA",
    ),
    # shelter offered is an intent to give humanitarian aid (0333)
    (
        "Indonesia offered shelter to 200 Rohingya refugees stranded off Aceh, the "
        "foreign ministry said.",
        "0333",
        "IDN",
        None,
    ),
    # vehicles or equipment donated to a state's body are aid (070)
    (
        "South Korea donated 30 ambulances to the Ethiopian health ministry.",
        "070",
        "KOR",
        "ETH",
    ),
    # migrants evacuated are humanitarian aid (073)
    (
        "The Italian navy evacuated 300 migrants from an overcrowded boat off Lampedusa "
        "on Sunday.",
        "073",
        "ITA",
        None,
    ),
    # relief airdropped or flown in is humanitarian aid, not a visit (073)
    (
        "The U.S. military airdropped food parcels over the besieged town on Thursday, "
        "the Pentagon said.",
        "073",
        "USA",
        None,
    ),
    (
        "Pakistan flew tents and medicine to earthquake-hit Afghanistan on Sunday.",
        "073",
        "PAK",
        "AFG",
    ),
    # people given back are released (0841)
    (
        "Pakistan returned 200 Indian fishermen to India on Thursday under a goodwill "
        "gesture.",
        "0841",
        "PAK",
        "IND",
    ),
    # forces withdrawn from a river's bank retreat (0874)
    (
        "Ukrainian troops withdrew from the east bank of the river after weeks of "
        "shelling, the general staff said.",
        "0874",
        "UKR",
        None,
    ),
    # a corridor, a front line, a checkpoint or a ridge given up is ground withdrawn from
    (
        "Israeli forces withdrew from the Netzarim corridor on Sunday under the truce "
        "deal.",
        "0874",
        "ISR",
        None,
    ),
    (
        "Azerbaijani troops withdrew from a checkpoint on the Armenian border on "
        "Thursday, the defence ministry said.",
        "0874",
        "AZE",
        None,
    ),
    # delegations sitting down for talks negotiate (046)
    (
        "Armenian and Azerbaijani negotiators sat down for a new round of "
        "negotiations in Washington on Monday.",
        "046",
        "ARM",
        "AZE",
    ),
    # a return to the negotiating table is negotiation (046); urged, an appeal (026)
    (
        "Iran returned to the negotiating table in Vienna on Monday after a "
        "five-month pause.",
        "046",
        "IRN",
        None,
    ),
    (
        "Qatar urged Israel and Hamas to return to the negotiating table, the foreign "
        "ministry said on Sunday.",
        "026",
        "QAT",
        "ISR",
    ),
    # people fed are given food (073); appealed for, humanitarian aid asked (0233)
    (
        "UNICEF appealed for $50 million to feed children in northern Nigeria.",
        "0233",
        "IGO",
        None,
    ),
    # people taken in are sheltered (073); promised, an intent (0333)
    (
        "Jordan took in 300 wounded children from Gaza for treatment, the health "
        "ministry said.",
        "073",
        "JOR",
        None,
    ),
    (
        "Ireland promised to take in 500 asylum seekers from Lebanon by the end of "
        "the year.",
        "0333",
        "IRL",
        None,
    ),
    # relief let through with no one named to receive it is access allowed (0863)
    (
        "Ethiopia allowed food shipments into the Afar region for the first time "
        "since July.",
        "0863",
        "ETH",
        None,
    ),
    (
        "The Ethiopian government let fuel trucks into the northern region on Friday, "
        "the U.N. said.",
        "0863",
        "ETHGOV",
        None,
    ),
    # one's own decision reversed is a concession (CAMEO.2.0: REVERSE DECISION 080)
    (
        "Myanmar's military government rescinded its decision to ban the opposition "
        "rally.",
        "080",
        "MMR",
        None,
    ),
    (
        "The Ghanaian education minister withdrew his decision to close the "
        "universities after student protests.",
        "080",
        "GHAGOV",
        None,
    ),
    # flights resumed are cooperation restored (CAMEO.2.0: RESUME FLIGHTS 060)
    (
        "Armenia resumed direct flights to Turkey on Friday after a two-year halt, "
        "the civil aviation committee said.",
        "060",
        "ARM",
        "TUR",
    ),
    # an appeal for calm or restraint to no one named is an appeal to de-escalate (0256)
    (
        "Kenya's opposition leader called for calm on Sunday after police fired tear "
        "gas at his supporters in Nairobi.",
        "0256",
        "KEN",
        None,
    ),
    # investigators admitted are inspectors received (0862)
    (
        "Sudan allowed United Nations investigators into Darfur on Monday.",
        "0862",
        "SDN",
        "IGO",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE8_CASES)
def test_vocabulary_wire8_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # confidence or optimism is no gloom; "confident" keeps needing a recipient
    ("The Kenyan finance minister said he was confident growth would recover.", "013"),
    # a firm weighing a product's ban, a court weighing a case: no policy option
    ("The football league is considering a ban on fans who throw flares.", "014"),
    # regret over a decision is no apology
    ("Germany expressed regret over Russia's decision to quit the treaty.", "055"),
    # photos shared with fans are no intelligence
    ("The singer shared photos of her wedding with fans on Instagram.", "064"),
    # a player handed over to a club, a captain's armband: no extradition
    ("Barcelona handed the injured striker over to the medical staff.", "063"),
    # patients moved by a hospital, parcels dropped by a courier: no political aid
    (
        "The hospital evacuated patients after a fire broke out on the third floor.",
        "073",
    ),
    ("The courier dropped the parcels at the wrong address.", "073"),
    # a pilot flying a plane to a city is a visit by no one, and no aid
    ("The airline flew its new jet to Paris for the air show.", "073"),
    # money withdrawn from a bank is no retreat
    ("Depositors withdrew money from the bank after the rumours.", "0874"),
    ("Investors pulled out of the bank's rights issue.", "0874"),
    # a coach taking in a stray, a restaurant taking in lodgers: no shelter given
    ("The family took in a stray dog after the storm.", "073"),
    # a rider's attack on a climb or in the last kilometres is a race, not force
    (
        "Spain's national champion attacked on the descent and won the stage in Madrid.",
        "190",
    ),
    ("The Vuelta leader attacked with five kilometres to go.", "190"),
    # an airline's flights resumed, a coach's call for calm: no political act
    ("The airline resumed flights to Dubai after the sandstorm.", "060"),
    ("The coach called for calm after the brawl between the players.", "0256"),
    # a cyclist leaving a valley race, a skier a ridge run: no retreat
    ("The cyclist withdrew from the valley stage with a knee injury.", "0874"),
    # players agreeing on tactics, a firm agreeing with findings, a band's appeal to fans
    ("The striker and the coach saw eye to eye on tactics.", "019"),
    ("The company expressed agreement with the regulator's findings.", "019"),
    ("The band appealed for support from fans after the cancellation.", "022"),
    # a hotel's shelter for tourists, a firm's computers for schools: no aid by a state
    ("The hotel offered shelter to stranded tourists.", "0333"),
    ("The company donated computers to local schools.", "070"),
    # a mother feeding her child, players back at a card table: no aid, no talks
    ("The mother fed her child before the rally.", "073"),
    ("The players returned to the poker table after the break.", "046"),
    # access to files allowed, food let into a stadium: no aid let through
    ("The ministry allowed access to the archives for researchers.", "0863"),
    ("The stadium allowed food into the stands.", "0863"),
    # a court reversing a lower court's decision concedes nothing
    ("The Supreme Court reversed the lower court's decision on Monday.", "080"),
    # a tenant returning a car, a library returning books: no release
    ("The company returned the rented cars to the dealer.", "0841"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire8_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R4}) + sorted({r for _, r in NOT_THE_ACT_R4})
)
def test_vocabulary_wire8_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
