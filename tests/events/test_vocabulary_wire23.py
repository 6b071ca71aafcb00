"""Plain wire English the pattern dictionary and the matcher code (issue 10, item 3),
found by held-out round 17 (courts, legislatures, trade and diplomacy): bail denied by a
court (1243, not a denial of blame), a stay granted (081, the measure stayed not done),
a hostile act of one's own side denied in a "that" clause (016), a verdict whose
"guilty" the parser hung on the object as a modifier (116), tariffs on goods named by
where they come from (163), readiness to talk to a named side (036), and trade in a
named good stepped up with a named buyer (061; pledged: 0311), and a place taken from
a named foe (192).
The near misses: charges denied (still 016, no refusal), a fact denied (no act), a stay
with no one named, a stay abroad, a guilty conscience, tariffs put on in a month named
after "from", readiness to talk to the press, prices and output raised with no buyer,
people taken from a town, a town taken with no foe named, a town won at the polls.

Sentences written for these tests in wire style: the CAMEO code and the
country-and-sector prefixes of source and recipient they must give, and near misses that
must not give the code (precision). The earlier files are test_vocabulary_wire.py to
test_vocabulary_wire22.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology
from eventwire.pipeline import Coder

from .heldout_wire5 import CASES_R17, NOT_THE_ACT_R17
from .vocabulary_checks import check_codes, check_near_miss, coded

WIRE23_CASES = [
    # bail denied or refused: a refusal to release (1243)
    (
        "A court in Lusaka denied bail to the former Zambian defence minister on Monday.",
        "1243",
        "ZMB",
        "ZMB",
    ),
    (
        "Ugandan judges refused bail for the opposition politician, citing the risk of flight.",
        "1243",
        "UGA",
        "UGA",
    ),
    # a hostile act of one's own side denied in a "that" clause (016), its doer no
    # recipient
    (
        "Ethiopia's army denied that its drones had struck a bus station in Amhara.",
        "016",
        "ETH",
        None,
    ),
    (
        "Burundi denied that its soldiers were involved in the fighting near Uvira.",
        "016",
        "BDI",
        None,
    ),
    # a stay of a state's measure granted: the court eases its hold (081)
    (
        "Malawi's High Court granted a stay of the government's order expelling three "
        "Zimbabwean teachers.",
        "081",
        "MWI",
        None,
    ),
    # "guilty" hung on the object as a modifier: still a guilty verdict (116)
    (
        "A Lisbon court found a former Angolan governor guilty of embezzlement.",
        "116",
        "PRT",
        "AGO",
    ),
    # goods named by where they come from: whom the tariffs are put on (163)
    (
        "Ottawa imposed 15 percent duties on canola oil from China on Thursday.",
        "163",
        "CAN",
        "CHN",
    ),
    (
        "Mexico slapped tariffs on pork and apples from the United States.",
        "163",
        "MEX",
        "USA",
    ),
    # ready or willing to talk to a named side (036)
    (
        "Seoul remained ready to talk to Pyongyang without preconditions, the unification "
        "minister said.",
        "036",
        "KOR",
        "PRK",
    ),
    (
        "Sudan's army chief said he was willing to talk with the RSF in Jeddah.",
        "036",
        "SDN",
        None,
    ),
    # trade in a named good grown with a named buyer (061), and pledged (0311)
    (
        "Azerbaijan boosted gas exports to Italy after the new pipeline opened.",
        "061",
        "AZE",
        "ITA",
    ),
    (
        "Algeria promised to increase gas deliveries to Spain next winter.",
        "0311",
        "DZA",
        "ESP",
    ),
    # a place taken from a named foe: the foe is the recipient (192)
    (
        "Somali troops took the town of Adan Yabaal from al Shabaab militants on Monday.",
        "192",
        "SOM",
        "SOM",
    ),
    (
        "Russian forces seized the city from Ukrainian troops after a three-week siege.",
        "192",
        "RUS",
        "UKR",
    ),
]

WIRE23_NEAR_MISSES = [
    # charges denied: a denial still, no refusal to release
    ("The Zambian minister denied the corruption charges.", "1243"),
    # a fact denied, no act of anyone's
    ("The finance minister denied that inflation had risen in May.", "016"),
    # a stay pending appeal with nobody named, a stay abroad, a guilty conscience
    ("The court granted the stay and raised his bail.", "081"),
    ("The president ended his stay in Paris on Friday.", "081"),
    ("The minister said he had a guilty conscience about the delays.", "116"),
    # a date after "from": no state put under the tariffs
    ("The ministry imposed a levy on imported fuel from March.", "163"),
    # talking to the press or to voters
    ("Kenya's president said he was ready to talk to reporters after the vote.", "036"),
    ("The candidate was willing to talk to voters in every county.", "036"),
    # prices and output raised: no buyer, no trade
    ("Saudi Arabia raised oil prices for Asian buyers in July.", "061"),
    ("Kuwait increased oil output by 100,000 barrels a day.", "061"),
    # people taken from a town, a town taken with no foe, a town won at the polls
    ("Police took 50 prisoners from the town to the capital.", "192"),
    ("The rebels took the town on Tuesday, residents said.", "192"),
    (
        "In Sunday's municipal election, the opposition took the capital from the "
        "ruling party.",
        "192",
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE23_CASES)
def test_vocabulary_wire23_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE23_NEAR_MISSES)
def test_vocabulary_wire23_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "text",
    [
        "Burundi denied that its soldiers were involved in the fighting near Uvira.",
        "Uganda denied that its troops had crossed into South Sudan.",
    ],
)
def test_vocabulary_wire23_own_side_is_not_whom_a_denial_answers(
    coder, text: str
) -> None:
    """ "X denied that its soldiers had ...": the soldiers are X's own, not the party
    the denial answers; the denial has no recipient (it had X's own side before)."""
    denials = [e for e in coded(coder, text) if e[0] == "016"]
    assert denials, coded(coder, text)
    assert all(recipient is None for _, _, recipient in denials), denials


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R17}) + sorted({r for _, r in NOT_THE_ACT_R17})
)
def test_vocabulary_wire23_heldout_labels_are_cameo_codes(code: str) -> None:
    """Every label of held-out round 17 is a CAMEO code (the set itself stays out of
    these tests: it measures)."""
    assert code in load_ontology(), code


def test_goods_hit_with_a_ban_are_sanctioned(coder: Coder) -> None:
    # "hits Japanese seafood with ban": a ban laid on a country's goods, no attack
    events = coded(coder, "China hits Japanese seafood with ban after water release")
    assert ("163", "CHN", "JPN") in {(c, s[:3], (r or "")[:3]) for c, s, r in events}, (
        events
    )
    assert not any(c.startswith("19") for c, _, _ in events), events
