"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found
by round 2 of the held-out wire set (heldout_wire5.py CASES_R2, measured by
measure_wire5.py).

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire5.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R2, NOT_THE_ACT_R2
from .vocabulary_checks import check_codes, check_near_miss

WIRE6_CASES = [
    # all activities of a party banned: the party is banned (1722)
    (
        "Bangladesh's interim government on Monday banned all activities of the "
        "Awami League.",
        "1722",
        "BGDGOV",
        "---",
    ),
    # a partnership or trade suspended, ended or frozen reduces relations (160)
    (
        "Washington suspended its strategic partnership with Tbilisi on Saturday.",
        "160",
        "USA",
        "GEO",
    ),
    ("Israel froze trade with Turkey on Thursday.", "160", "ISR", "TUR"),
    # drones launched are aerial weapons (195), with or without a target named
    (
        "Russia launched 30 attack drones at Odesa on Tuesday night.",
        "195",
        "RUS",
        "UKR",
    ),
    ("Ukraine launched scores of drones overnight, Moscow said.", "195", "UKR", None),
    # concerns or displeasure conveyed (012, 111)
    (
        "South Korea conveyed its concerns to Tokyo about the textbook changes.",
        "012",
        "KOR",
        "JPN",
    ),
    (
        "The Chinese embassy conveyed its displeasure to Canada over the arrests.",
        "111",
        "CHN",
        "CAN",
    ),
    # fighting stopped, asked for (0256) or demanded (1056)
    (
        "Qatar urged Israel to stop its bombardment of Gaza.",
        "0256",
        "QAT",
        "ISR",
    ),
    (
        "The Jordanian king said Israel must end its aggression against Gaza.",
        "1056",
        "JOR",
        "ISR",
    ),
    (
        "Saudi Arabia called on the Sudanese army to halt its attacks on Omdurman.",
        "0256",
        "SAU",
        "SDN",
    ),
    # mobilisation ordered (154)
    ("Serbia ordered a partial mobilisation of its army.", "154", "SRB", None),
    # a killing avenged is retaliation (190); vowed, a threat of force (138)
    (
        "Hezbollah vowed to avenge the killing of its commander in Beirut.",
        "138",
        "LBN",
        None,
    ),
    # insurgents crushed (190; vowed, 138)
    ("Mozambique's president vowed to crush the insurgents.", "138", "MOZ", None),
    # a punishment promised to a state is a threat (130)
    ("Russia said it would punish Moldova for the expulsions.", "130", "RUS", "MDA"),
    # parties as a class banned (1722)
    ("Guinea's junta dissolved all political parties.", "1722", "GIN", None),
    # people barred from working or publishing: freedoms restricted (1721)
    (
        "Iran's government banned journalists from reporting on the funeral.",
        "1721",
        "IRN",
        None,
    ),
    (
        "Thailand's regulator revoked the broadcast licence of an opposition channel.",
        "1721",
        "THA",
        None,
    ),
    # joint acts blocked and plans blocked are rejections (120)
    (
        "Poland blocked the EU from adopting a common position on migration.",
        "120",
        "POL",
        None,
    ),
    (
        "Bolivia's congress blocked the president's plan to sell the gas fields.",
        "120",
        "BOL",
        "BOL",
    ),
    # put under surveillance, commanders captured (173)
    (
        "Egyptian police put the blogger under surveillance.",
        "173",
        "EGY",
        "EGY",
    ),
    ("Somali troops captured a senior al Shabaab commander.", "173", "SOM", None),
    # subpoenaed (090)
    ("The Senate subpoenaed the Mexican bank's chief executive.", "090", None, None),
    # a walk-out in protest is dissent (140)
    (
        "Zambian opposition lawmakers walked out of parliament in protest against the "
        "new law.",
        "140",
        "ZMB",
        None,
    ),
    # civilians protected by troops (074)
    ("Rwandan peacekeepers protected civilians in Bangui.", "074", "RWA", "CAF"),
    # a mission's closure announced reduces relations with its host (161)
    (
        "Sweden announced the closure of its embassy in Baghdad.",
        "161",
        "SWE",
        "IRQ",
    ),
    # migrants rescued (073)
    ("The Greek coast guard rescued 80 migrants near Lesbos.", "073", "GRC", None),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE6_CASES)
def test_vocabulary_wire6_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # activities banned that are no party's
    ("The city banned all outdoor activities during the heatwave.", "1722"),
    # a product or a plan launched fires nothing
    ("Kenya launched a new drone programme for farmers.", "195"),
    ("The startup launched its first delivery drone in Ghana.", "195"),
    # an attack stopped with no target named is repelled or foiled, not de-escalation
    ("Police stopped the attack on the mosque.", "087"),
    ("Ukrainian forces halted the Russian attack near Kharkiv.", "087"),
    # a deal signed to end a war ends no one's war by itself
    ("Colombia and the rebels signed a deal to end the war.", "087"),
    # a defeat avenged on the pitch is no retaliation
    ("Brazil avenged their World Cup defeat against Germany.", "190"),
    # a mobilisation of supporters is no army mobilised
    ("The opposition announced a mobilisation of its supporters.", "154"),
    # a pilot's licence suspended restricts no freedom
    ("The airline suspended the licence of two pilots.", "1721"),
    # a party suspending its own campaign bans no party
    ("The ruling party suspended its election campaign after the attack.", "1722"),
    # a firm barring staff from a website rejects no one
    ("The company blocked employees from using social media at work.", "120"),
    # storming out of an interview is a walk-out, not an attack
    ("The Kenyan minister stormed out of the interview.", "190"),
    # swimmers rescued by lifeguards are no humanitarian aid
    ("Lifeguards rescued two swimmers off the beach in Brighton.", "073"),
    # a title captured arrests no one
    ("Liverpool captured the title with a win over Tottenham.", "173"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire6_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R2}) + sorted({r for _, r in NOT_THE_ACT_R2})
)
def test_vocabulary_wire6_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
