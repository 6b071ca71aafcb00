"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found
by a held-out set of wire sentences (heldout_wire5.py, measured by measure_wire5.py).

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire4.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES, NOT_THE_ACT
from .vocabulary_checks import check_codes, check_near_miss

WIRE5_CASES = [
    # doubts, scepticism and reservations voiced are pessimism (012)
    (
        "The Dutch finance minister expressed scepticism about the Italian budget plan.",
        "012",
        "NLDGOV",
        "ITA",
    ),
    # owning up to an attack admits it (015)
    (
        "The Pakistani Taliban owned up to the bombing of the police station.",
        "015",
        "PAK",
        None,
    ),
    # charges shrugged off are denied (016)
    ("The Russian embassy shrugged off the charges.", "016", "RUS", None),
    # standing up for someone defends them in words (CAMEO.2.0: 052)
    (
        "The Iranian foreign minister stood up for Syria at the UN.",
        "052",
        "IRNGOV",
        "SYR",
    ),
    # power handed or transferred, with or without "over", is leadership given up (0831)
    (
        "The Sudanese military transferred power to a civilian council.",
        "0831",
        "SDNMIL",
        None,
    ),
    # looking into a strike investigates military action (093)
    (
        "The Nigerian army said it was looking into the air strike on the village.",
        "093",
        "NGAMIL",
        None,
    ),
    # hitting out at someone over their words criticises them (111)
    ("The Kremlin hit out at Washington over the allegations.", "111", "RUSGOV", "USA"),
    # arms asked for with no one named who is asked (0232)
    ("Kyiv appealed to its allies for more artillery.", "0232", "UKR", None),
    # fuel and grain asked for (0231)
    ("Pakistan asked China for fuel and grain.", "0231", "PAK", "CHN"),
    # talks called for "with" someone name the recipient (026)
    ("The Ethiopian government called for talks with Eritrea.", "026", "ETHGOV", "ERI"),
    # calls and demands brushed aside or shrugged off are rejected (120)
    ("Hungary brushed aside calls to release the funds.", "120", "HUN", None),
    ("The Israeli prime minister shrugged off the demand.", "120", "ISRGOV", None),
    # investigators expelled are monitors expelled (1662), not individuals deported
    ("Burundi expelled UN investigators.", "1662", "BDI", "IGOUNO"),
    # fighter jets scrambled raise military alert (152)
    ("Japan scrambled fighter jets.", "152", "JPN", None),
    # a vessel rammed is attacked (CAMEO.2.0: RAM, 190)
    (
        "A Chinese coast guard ship rammed a Vietnamese fishing boat.",
        "190",
        "CHN",
        "VNM",
    ),
    # a town gassed is a chemical attack (2041)
    ("Syrian troops gassed the rebel-held town.", "2041", "SYRMIL", None),
    # a sentence handed down is coded as "sentenced" is (173); locked up, jailed (173)
    (
        "A Moscow court handed down a 25-year sentence to the opposition leader.",
        "173",
        "RUSJUD",
        "RUSOPP",
    ),
    (
        "Zimbabwean police locked up the opposition spokesman.",
        "173",
        "ZWECOP",
        "ZWEOPP",
    ),
    # a siege lifted eases a military blockade (0872), not a state of emergency (0814)
    ("Ukrainian forces lifted the siege of Chernihiv.", "0872", "UKRMIL", None),
    # ties patched up and rifts healed are ties restored (CAMEO.2.0: MEND RELATIONS 050)
    ("Morocco and Algeria patched up their ties.", "050", "MAR", "DZA"),
    ("Qatar healed its rift with Saudi Arabia.", "050", "QAT", "SAU"),
    # railing against and rounding on someone criticise them (111); pointing the finger
    # at someone blames them (112)
    ("The Venezuelan president railed against U.S. sanctions.", "111", "VENGOV", "USA"),
    (
        "The Polish prime minister rounded on Berlin over the pipeline.",
        "111",
        "POLGOV",
        "DEU",
    ),
    ("Israel pointed the finger at Iran for the tanker attack.", "112", "ISR", "IRN"),
    # troops put on standby raise military alert (152)
    (
        "Poland put its troops on standby along the Belarusian border.",
        "152",
        "POL",
        None,
    ),
    # hauled in for questioning (173); the media muzzled (1721)
    (
        "Egyptian police hauled in the opposition leader for questioning.",
        "173",
        "EGYCOP",
        "EGYOPP",
    ),
    ("The Russian government muzzled independent media.", "1721", "RUSGOV", None),
    # a minister touching down in a capital makes a visit (042)
    (
        "The Chinese foreign minister touched down in Canberra on Tuesday.",
        "042",
        "CHNGOV",
        "AUS",
    ),
    # money and aid handed over are given (071, 073); a double object names the recipient
    (
        "Qatar handed Lebanon $60 million to pay soldiers' salaries.",
        "071",
        "QAT",
        "LBN",
    ),
    ("Turkey handed emergency aid to Syria after the quake.", "073", "TUR", "SYR"),
    # NGOs shut down restrict political freedoms (1721)
    ("Belarus shut down dozens of NGOs.", "1721", "BLR", None),
    # bowing to pressure and backing down yield (CAMEO.2.0: YIELD 080); refusing to back
    # down refuses to yield (124); caving in to demands accedes to them (083)
    (
        "The Pakistani government bowed to pressure from the protesters.",
        "080",
        "PAKGOV",
        None,
    ),
    (
        "The Georgian prime minister backed down after days of street protests.",
        "080",
        "GEOGOV",
        None,
    ),
    (
        "The Argentine president refused to back down over the reforms.",
        "124",
        "ARGGOV",
        None,
    ),
    (
        "The Nepalese government caved in to the demands of the striking teachers.",
        "083",
        "NPLGOV",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE5_CASES)
def test_vocabulary_wire5_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a bill pushed through parliament rams nothing
    ("The ruling party rammed the bill through parliament.", "190"),
    # looking into a possibility considers it, it investigates nothing
    ("The Kenyan government is looking into the possibility of new taxes.", "090"),
    # a system asked for that is no weapon
    ("The opposition called for a new electoral system.", "0232"),
    # a game won assaults and attacks no one
    ("Kenya beat Uganda 3-1 in the regional cup final.", "182"),
    ("Kenya beat Uganda 3-1 in the regional cup final.", "190"),
    # people scrambling are no jets scrambled
    ("Villagers scrambled for cover as the shells fell.", "152"),
    # power in a team is no leadership of a state given up
    ("The coach handed more power to the captain.", "0831"),
    # an official dismissed is no call rejected
    ("The Nigerian president dismissed the army chief.", "120"),
    # standing up to speak defends no one
    ("The opposition leader stood up to speak in parliament.", "052"),
    # a building locked up arrests no one; a team bowing out of a tournament yields nothing
    ("The police locked up the building after the raid.", "173"),
    ("The Kenyan team bowed out of the tournament.", "080"),
    # a state of emergency lifted is no blockade eased; a plane landing visits no one; a
    # catch hauled in arrests no one
    ("Ecuador lifted the state of emergency in Guayaquil.", "0872"),
    ("The plane touched down in Nairobi on time.", "042"),
    ("Fishermen hauled in a record catch.", "173"),
    # a firm closing its own subsidiary bans no group; keys handed over are no money
    ("The company shut down its Kenyan subsidiary.", "1721"),
    ("The governor handed the keys to the new owners.", "071"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire5_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES}) + sorted({r for _, r in NOT_THE_ACT})
)
def test_vocabulary_wire5_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
