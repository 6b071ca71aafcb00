"""Plain wire English the pattern dictionary codes, and words that only look like an
event (issue 10: verb coverage and false events), found by round 11 of the held-out wire
set (heldout_wire5.py CASES_R11, weighted to precision, measured by measure_wire5.py)
and by probes of the same kinds written apart from it: opposition parties suspended, a
person attacked with a knife, a ban on a party lifted, a sum of humanitarian aid
pledged, military advisers and attack helicopters asked for, reports dismissed as
false, a proposal considered with no one it is about, access to websites blocked,
others' talks hosted; and a fight to save a life, a game won by a score, to reach a
final or by a late strike or a comeback, the elements battled, an inflation rate
targeted, a debate hijacked, privacy invaded, a march to a shrine, a shot fired over the
bar, a campaign rally, a ruling appealed, a heart attack, a safety warning to the public
and a building attacked by protesters (their riot, not repression of them), which are
not the act.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire14.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R11, NOT_THE_ACT_R11
from .vocabulary_checks import check_codes, check_near_miss

WIRE15_CASES = [
    # opposition parties suspended for a time
    (
        "The ruling council in Chad suspended three opposition parties for six months.",
        "1722",
        "TCD",
        "TCD",
    ),
    (
        "The government in Conakry suspended the main opposition party.",
        "1722",
        None,
        None,
    ),
    # a ban on a party lifted
    (
        "The Czech government lifted its ban on the communist party.",
        "0812",
        "CZE",
        "CZE",
    ),
    # a sum of humanitarian aid pledged
    (
        "Britain pledged 20 million pounds in humanitarian aid for Yemen.",
        "0333",
        "GBR",
        "YEM",
    ),
    (
        "Norway promised $10 million in emergency food aid to Somalia.",
        "0333",
        "NOR",
        "SOM",
    ),
    # (money pledged with no kind of aid named stays economic)
    ("Japan pledged $200 million in loans to Kenya.", "0331", "JPN", "KEN"),
    # military advisers and attack helicopters asked for
    (
        "Bolivia asked Brazil for more military advisers and helicopters.",
        "0232",
        "BOL",
        "BRA",
    ),
    ("Ukraine asked its allies for more attack helicopters.", "0232", "UKR", None),
    # reports dismissed as false are denied
    (
        "The Indian army dismissed as false reports that its troops had crossed into Nepal.",
        "016",
        "IND",
        None,
    ),
    ("The Kremlin rejected the reports as fabrications.", "016", "RUS", None),
    # a proposal considered needs no one it is about
    (
        "The Malawian president is considering a proposal to cut fuel subsidies.",
        "014",
        "MWI",
        None,
    ),
    # (a fight to take ground is still fighting; beating protesters is still repression)
    (
        "Government troops in Mali fought to retake the town from the rebels.",
        "190",
        "MLI",
        None,
    ),
    ("Soldiers in Guinea beat the protesters with sticks.", "175", "GIN", None),
    # (force under fire or in the rain, drones on a grid, a bus hijacked, a march on a
    # palace: still the act)
    (
        "Government troops in Congo fought under heavy fire to hold the bridge.",
        "190",
        "COD",
        None,
    ),
    ("Russian drones targeted the power grid in Kharkiv.", "195", "RUS", "UKR"),
    ("Gunmen hijacked a bus carrying 30 passengers in Sindh.", "181", None, "PAK"),
    ("Protesters marched to the presidential palace in Dhaka.", "141", "BGD", None),
    # (a rebel attack is an attack; a warning to rebels or to a foreign town's people
    # stays a threat)
    ("The rebel attack on the Kenyan base killed 12 soldiers.", "190", "KEN", "KEN"),
    (
        "The Nigerian army warned the rebels to stay away from the town.",
        "130",
        "NGA",
        "NGA",
    ),
    (
        "Israel warned residents of southern Lebanon to leave their homes.",
        "130",
        "ISR",
        "LBN",
    ),
    # protesters who are the doers of a passive riot; protesters beaten or shot at are
    # repressed
    (
        "The French embassy in Kinshasa was attacked by protesters on Tuesday.",
        "145",
        "COD",
        "FRA",
    ),
    ("Police in Lagos beat the protesters with batons.", "175", "NGA", "NGA"),
    ("Protesters were beaten by police in Harare.", "175", "ZWE", "ZWE"),
    ("Soldiers shot at protesters in Khartoum.", "175", "SDN", "SDN"),
    # access to websites or platforms blocked curbs online freedoms (a port's access
    # blocked by protesters stays a road blocked)
    ("Egyptian authorities blocked access to 30 news websites.", "1721", "EGY", None),
    (
        "The Ethiopian government restricted access to social media platforms in Amhara.",
        "1721",
        "ETH",
        None,
    ),
    ("Protesters blocked access to the port of Mombasa.", "144", "KEN", None),
    # others' talks hosted are mediated; asked for, mediation is appealed for (a guest
    # hosted for talks stays a hosted visit)
    ("Qatar hosted talks between Israel and Hamas on Sunday.", "045", "QAT", "ISR"),
    ("Egypt asked Qatar to host talks between Hamas and Fatah.", "028", "EGY", "QAT"),
    ("Kenya hosted the Somali president for talks in Nairobi.", "043", "KEN", "SOM"),
    # (strikes to destroy, a fight to win ground: still force)
    (
        "Israeli jets struck twice to destroy the launch sites in Lebanon.",
        "195",
        "ISR",
        None,
    ),
    (
        "Troops in Sudan fought to win back the town from the rebels.",
        "190",
        "SDN",
        None,
    ),
    # a person attacked with a knife is assaulted (protesters' stones stay a riot)
    (
        "A man attacked the Pakistani opposition leader with a knife in Karachi.",
        "182",
        "PAK",
        "PAK",
    ),
    ("Protesters attacked police with stones in Nairobi.", "145", "KEN", "KEN"),
    # (an appeal to a court to release someone stays an appeal)
    (
        "Families in Kenya appealed to the court to release the bodies.",
        "0253",
        "KEN",
        "KEN",
    ),
    # a rally against someone stays a protest
    (
        "Thousands of opposition supporters held a rally against the election results in Kampala.",
        "141",
        "UGA",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE15_CASES)
def test_vocabulary_wire15_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a fight to save a life or a limb: no fighting
    ("Surgeons fought to save the soldier's leg after the blast.", "190"),
    ("Doctors at the Kenyan hospital battled to revive the injured minister.", "190"),
    # a game won by a score or to go through: nobody assaulted
    ("Mali beat Togo 3-1 on Sunday.", "182"),
    ("Kenya beat Uganda 2-0 in Kampala.", "182"),
    ("Senegal beat Egypt to reach the final of the Africa Cup of Nations.", "182"),
    # the elements fought: nobody attacked
    ("Fishermen in Ghana battled rough seas to bring the catch home.", "190"),
    ("Chilean soldiers fought the flames for three days.", "190"),
    # an aim or an audience targeted: no target of force
    ("The Ghanaian central bank targeted inflation of 8 percent.", "190"),
    # a debate hijacked, privacy invaded: words, no abduction or invasion
    (
        "Kenyan opposition lawmakers said the ruling party had hijacked the debate.",
        "181",
    ),
    ("The Kenyan minister invaded the privacy of journalists, the court said.", "190"),
    # a procession to a shrine: worship, not a protest
    ("Pilgrims from Nigeria marched to the shrine of the saint in Ibadan.", "141"),
    # an ailment or an animal's attack: no assault
    ("The former Zambian minister died of a heart attack in Lusaka.", "190"),
    ("The Kenyan minister suffered a panic attack during the debate.", "190"),
    # a safety notice to the public: no threat
    (
        "The Ugandan government warned residents to stay away from the swollen river.",
        "130",
    ),
    (
        "The Indian health ministry cautioned travellers to avoid the flooded roads in Kerala.",
        "130",
    ),
    # an embassy attacked by protesters: no repression of them
    ("The French embassy in Kinshasa was attacked by protesters on Tuesday.", "175"),
    # access to websites blocked: no road blocked, no complaint
    ("Egyptian authorities blocked access to 30 news websites.", "114"),
    # a shot at goal: no gunfire
    ("The Congolese forward fired a shot over the bar.", "193"),
    # goals scored and games turned round: no strike, no fighting
    ("Kenya struck twice in the second half to win the match.", "190"),
    ("Nigeria struck late to seal a 2-1 victory over Ghana.", "190"),
    ("Ghana battled back from two goals down to draw with Mali.", "190"),
    ("South Africa battled back from 15 points down to beat Australia.", "190"),
    ("Morocco beat Spain on penalties to win the title.", "182"),
    # a knife attack on a person: no military force
    ("A man attacked the Pakistani opposition leader with a knife in Karachi.", "190"),
    # a campaign or election rally: no protest
    ("The Kenyan opposition leader spoke at a campaign rally in Kisumu.", "141"),
    (
        "The Ghanaian president addressed the ruling party's final election rally in Accra.",
        "141",
    ),
    # a ruling appealed in a higher court: no request to the court
    (
        "The South African government appealed the court ruling on the land law.",
        "020",
    ),
    ("The Zambian government appealed against the High Court's decision.", "020"),
    # a party's own campaign suspended: no party banned
    ("The opposition party suspended its campaign after the attack.", "1722"),
    # a ban on imports lifted is trade, not a party
    ("Turkey lifted its ban on imports from Israel.", "0812"),
    # helicopters asked for to rescue villagers: no military aid
    (
        "The flood-hit province asked for helicopters to rescue stranded villagers.",
        "0232",
    ),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire15_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R11}) + sorted({r for _, r in NOT_THE_ACT_R11})
)
def test_vocabulary_wire15_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
