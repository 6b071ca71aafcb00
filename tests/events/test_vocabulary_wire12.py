"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found by
round 8 of the held-out wire set (heldout_wire5.py CASES_R8, measured by
measure_wire5.py) and by probes of the same kinds written apart from it: places put
under martial law, emergency or military rule or a curfew, emergency or military rule
imposed, extended or lifted, trade cases taken to the WTO, appeals against an acquittal,
airspace and airports closed to a country, visas suspended for a country's people, export
bans and other trade restrictions extended or imposed with no state named, mobile data
and phone services cut, NGOs and aid bodies suspended, sentences commuted, foreign
missions closed in the closer's own towns, media let back on air, licences of broadcasters
suspended, newspapers shuttered, a state's goods banned, groups declared terrorist
organisations, envoys withdrawn to a capital or called back, and blocs and courts left.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire11.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R8, NOT_THE_ACT_R8
from .vocabulary_checks import check_codes, check_near_miss

WIRE12_CASES = [
    # a place put under martial law, emergency or military rule, or a curfew
    (
        "The army placed the northern province under martial law after rebels overran two garrison towns.",
        "1724",
        None,
        None,
    ),
    (
        "Mali's transitional government put the region of Menaka under emergency rule on Tuesday.",
        "1724",
        "MLI",
        None,
    ),
    (
        "Police placed the old quarter of the city under curfew after two nights of rioting.",
        "1723",
        None,
        None,
    ),
    # emergency or military rule imposed, extended or lifted
    (
        "Thailand extended emergency rule in the south for three months.",
        "1724",
        "THA",
        None,
    ),
    (
        "The Thai army imposed military rule across the country on Thursday.",
        "1724",
        "THA",
        None,
    ),
    (
        "The president lifted martial rule in the province after six months.",
        "0814",
        None,
        None,
    ),
    # a trade case taken to the WTO, by its initials or its name (115)
    (
        "Ukraine took Russia to the WTO over its ban on Ukrainian grain transit.",
        "115",
        "UKR",
        "RUS",
    ),
    (
        "Japan dragged South Korea to the World Trade Organization over its subsidies to shipbuilders.",
        "115",
        "JPN",
        "KOR",
    ),
    # prosecutors appeal an acquittal: the case pressed on against the accused (115)
    (
        "Prosecutors in Manila appealed the acquittal of the former senator in the pork barrel scam.",
        "115",
        "PHL",
        "PHL",
    ),
    # airspace and airports closed to a country's planes (163)
    (
        "Turkey closed its airspace to Israeli military planes, the foreign minister said.",
        "163",
        "TUR",
        "ISR",
    ),
    (
        "Bahrain shut its airports to Qatari airlines in the widening Gulf dispute.",
        "163",
        "BHR",
        "QAT",
    ),
    # visas suspended for a country's people (160, as visas revoked)
    (
        "Moscow suspended visas for British diplomats and journalists in retaliation for the sanctions.",
        "160",
        "RUS",
        "GBR",
    ),
    # an export ban extended on a country's traders (163)
    (
        "Vietnam extended the export ban on Chinese traders for six months.",
        "163",
        "VNM",
        "CHN",
    ),
    # export curbs with no state named, or one named after "to" (163)
    (
        "China slapped export curbs on graphite used in electric car batteries.",
        "163",
        "CHN",
        None,
    ),
    ("Washington imposed export controls on chips to China.", "163", "USA", "CHN"),
    # mobile data and phone services cut: a shutdown by its other names (1721)
    (
        "Senegal shut down mobile data in Dakar during the protests.",
        "1721",
        "SEN",
        None,
    ),
    (
        "Bangladesh cut mobile phone services in the Rohingya camps.",
        "1721",
        "BGD",
        None,
    ),
    # NGOs and aid bodies suspended or their operations halted (1721)
    (
        "Zimbabwe's government suspended the operations of three NGOs ahead of the vote.",
        "1721",
        "ZWE",
        None,
    ),
    (
        "The Ethiopian authorities suspended three humanitarian aid agencies working in Tigray.",
        "1721",
        "ETH",
        None,
    ),
    # a foreign mission closed in the closer's own town: its state is the recipient (161);
    # one's own embassy closed abroad keeps the host as the recipient
    ("Russia shut the Finnish consulate in St Petersburg.", "161", "RUS", "FIN"),
    ("The United States closed its embassy in Kabul.", "161", "USA", "AFG"),
    # media let back on air (0811), and shut by other words (1721)
    (
        "Mali's government lifted the suspension of the two private television stations.",
        "0811",
        "MLI",
        None,
    ),
    (
        "The junta suspended the broadcaster's licence for three months.",
        "1721",
        None,
        None,
    ),
    (
        "The regime shuttered the opposition newspaper and arrested its editor.",
        "1721",
        None,
        None,
    ),
    # a state's goods or products banned, by name or by their "entry" (163)
    ("China blocked the entry of Lithuanian goods at customs.", "163", "CHN", "LTU"),
    (
        "Russia banned Moldovan dairy products, citing safety concerns.",
        "163",
        "RUS",
        "MDA",
    ),
    # a group declared a terrorist organisation with no "as" (163, as designate.terrorist)
    (
        "The government declared the rebel group a terrorist organisation.",
        "163",
        None,
        None,
    ),
    # an envoy withdrawn "to" a capital, or called back (161)
    (
        "Jakarta withdrew its envoy to Canberra over the spying row.",
        "161",
        "IDN",
        "AUS",
    ),
    (
        "Seoul called back its ambassador to Tokyo for consultations.",
        "161",
        "KOR",
        "JPN",
    ),
    # a bloc or a court left is relations cut (161), not a military retreat
    ("Burundi withdrew from the International Criminal Court.", "161", "BDI", "IGO"),
    ("Nicaragua quit the Organization of American States.", "161", "NIC", "IGO"),
    ("Mali pulled out of the West African bloc on Sunday.", "161", "MLI", None),
    # a sentence commuted is a release (0841's note), not a verdict quashed (081)
    (
        "The president commuted the death sentences of 20 prisoners to life in prison.",
        "0841",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE12_CASES)
def test_vocabulary_wire12_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a roster, a proposal, a review: nothing put under emergency rule
    ("The airline placed its pilots under a new roster system.", "1724"),
    ("The minister put the proposal under review.", "1724"),
    # a reign told by a historian names no emergency or military rule
    (
        "The general extended his rule over the province for another decade, the historian wrote.",
        "1724",
    ),
    # a club's case before a sports court, a cup taken to a hall of fame
    ("The club took its case to the sports arbitration court in Lausanne.", "115"),
    ("The team took the cup to the trophy organization's hall of fame.", "115"),
    # a defendant appeals a conviction: no case brought by him (115)
    ("The former senator appealed against his conviction for graft.", "115"),
    # visa appointments halted by a computer fault name no one shut out
    ("The embassy suspended visa appointments because of a computer fault.", "160"),
    # airspace closed for a storm or a rocket launch, to no country
    ("Japan closed its airspace to all flights as the typhoon approached.", "163"),
    # the organisation of a vote, a charity's own operations, a club's fan group
    (
        "The electoral body suspended the organisation of the vote in two provinces.",
        "1721",
    ),
    (
        "The charity suspended its operations in Gaza after an aid worker was killed.",
        "1721",
    ),
    ("The club suspended the fan group for a season.", "1721"),
    # a storm cuts phone services; a quashed sentence stays 081, not a commutation
    ("The storm cut mobile phone services across the island.", "1721"),
    ("The court quashed the sentence of the opposition leader.", "0841"),
    # a presenter's contract ended, a player's suspension lifted: no medium let back on air
    ("The company ended the contract of the television presenter.", "0811"),
    ("The league lifted the suspension of the striker.", "0811"),
    # farmers at a border, a shop's own sales: no state's goods banned
    ("Farmers blocked Ukrainian goods at the border crossing.", "163"),
    ("The supermarket halted sales of the product after complaints.", "163"),
    # troops leaving a town, a player leaving a squad: no body left
    ("The troops pulled out of the town overnight.", "161"),
    ("The striker pulled out of the squad with a knee injury.", "161"),
    ("The coach called the players back for extra training.", "161"),
    # an opponent's insult is no designation
    ("The opposition branded the government a terrorist organisation.", "163"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire12_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R8}) + sorted({r for _, r in NOT_THE_ACT_R8})
)
def test_vocabulary_wire12_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
