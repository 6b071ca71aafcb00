"""Plain wire English the pattern dictionary and the matcher code (issue 10, item 3),
found by held-out round 16 (the body of a story): a sum named by what it is in ("$95
million IN AID" suspended: 162), troops pulled out of a town named by its name (0874),
a walk-out from a legislature (140), a wreath laid at a memorial that is no actor (017),
a view shared (019, not a promise to cooperate), and named weapon systems ("Patriot
batteries": 072, 0332).
The near misses: cash seized in a town (no town taken), a firm leaving a country (no
retreat), a patient walking out of a hospital, mourners' flowers, an agreement on a
deal (not a view shared), a truce not to be broken.

Sentences written for these tests in wire style: the CAMEO code and the
country-and-sector prefixes of source and recipient they must give, and near misses that
must not give the code (precision). The earlier files are test_vocabulary_wire.py to
test_vocabulary_wire21.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R16, NOT_THE_ACT_R16
from .vocabulary_checks import check_codes, check_near_miss

WIRE22_CASES = [
    # aid of a named kind cut, with an "in" phrase of the verb's: the kind wins (1621)
    (
        "Norway said it had halted development aid to Malawi in protest at the arrests.",
        "1621",
        "NOR",
        "MWI",
    ),
    # a sum named by what it is in: aid cut (162)
    (
        "Britain suspended £40 million in aid to Rwanda after the border clashes.",
        "162",
        "GBR",
        "RWA",
    ),
    (
        "The World Bank froze $300 million in funding for Uganda over the new law.",
        "162",
        None,
        "UGA",
    ),
    # troops pulled out of a town named by its name (0874)
    (
        "Russian forces withdrew from Izium after a Ukrainian counter-offensive.",
        "0874",
        "RUS",
        None,
    ),
    ("Ethiopian federal troops withdrew from Mekelle in June.", "0874", "ETH", None),
    ("The army withdrew from Goma on Saturday, residents said.", "0874", None, None),
    # a walk-out from a legislature (140)
    (
        "Kenyan opposition lawmakers walked out of parliament on Tuesday.",
        "140",
        "KEN",
        None,
    ),
    (
        "Serbian opposition deputies walked out of the session on Thursday.",
        "140",
        "SRB",
        None,
    ),
    # a wreath laid where no actor is (017)
    (
        "Germany's chancellor laid a wreath at the memorial to the fallen of both world wars.",
        "017",
        "DEU",
        None,
    ),
    (
        "Italy's president laid flowers at the site of the shipwreck.",
        "017",
        "ITA",
        None,
    ),
    # a view shared (019)
    (
        "France's foreign minister said Paris agreed with Berlin's assessment of the threat.",
        "019",
        "FRA",
        "DEU",
    ),
    # named weapon systems (072 given, 0332 pledged)
    (
        "Spain sent two Patriot batteries to Turkey to protect its southern border.",
        "072",
        "ESP",
        "TUR",
    ),
    (
        "The United States pledged three more Patriot systems to Ukraine.",
        "0332",
        "USA",
        "UKR",
    ),
]

WIRE22_NEAR_MISSES = [
    # cash seized in a town: no town taken
    ("Police seized $2 million in cash in Goma.", "192"),
    # a firm leaving a country, or a player a camp: no retreat
    ("Shell withdrew from Russia in March, writing off $4 billion.", "0874"),
    ("The striker withdrew from Lagos training camp with an injury.", "0874"),
    # a hospital left, flowers laid by mourners
    ("The patient walked out of the hospital after two weeks of treatment.", "140"),
    ("Mourners laid flowers outside the stadium where the fans died.", "017"),
    # an agreement on a deal is no view shared
    ("Iran agreed with Oman on a prisoner exchange.", "019"),
    # a truce not to be broken
    ("The rebels said they would not violate the truce.", "196"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE22_CASES)
def test_vocabulary_wire22_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE22_NEAR_MISSES)
def test_vocabulary_wire22_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R16}) + sorted({r for _, r in NOT_THE_ACT_R16})
)
def test_vocabulary_wire22_heldout_labels_are_cameo_codes(code: str) -> None:
    """Every label of held-out round 16 is a CAMEO code (the set itself stays out of
    these tests: it measures)."""
    assert code in load_ontology(), code
