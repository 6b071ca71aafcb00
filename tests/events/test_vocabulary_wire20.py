"""Plain wire English the pattern dictionary codes, and words that only look like an event
(issue 10: verb coverage and false events), from kinds of language in the body of fresh
stories that were missed: money unlocked by its amount in a currency (071), the forces
trained for another state named by more words (commandos, marines, a coast guard's or a navy's crews: 072), funds or financing
appealed for (0231), air defence systems or batteries requested as the object itself
(0232), killings or deaths examined (091, only with whose), the dissolution of a party
told as a noun (1722), fire ceased or halted (0871), trade resumed or restored and a
trade route or corridor opened (061, mutual when two do it), observers let in whose
senders go unnamed (0862; refused, 1245), hostages taken or seized with none named (181),
war crimes investigated with no suspect named (094), charges dropped told in the passive
(081, not a new accusation), and a constitution or charter welcomed (051); troops committed only as the direct object (074).
The near misses: people released, an airline's crews trained, a sum appealed for with a
purpose of its own, aircraft requested by an airline, deaths from a disease examined,
a parliament dissolved, fire opened, shares trading again, soldiers' training promised
(no troops committed), captives held, a constitution interpreted.

Sentences written for these tests in wire style: the CAMEO code and the
country-and-sector prefixes of source and recipient they must give, and near misses that
must not give the code (precision). The earlier files are test_vocabulary_wire.py to
test_vocabulary_wire19.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

WIRE20_CASES = [
    # money unlocked by its amount in a currency: economic aid (071)
    (
        "Tokyo unlocked 90 billion yen for Sri Lanka after the debt deal.",
        "071",
        None,
        "LKA",
    ),
    # more kinds of forces trained for another state (072)
    ("Turkey trained Somali commandos.", "072", "TUR", "SOM"),
    ("Britain trained Ukrainian marines in Scotland.", "072", "GBR", "UKR"),
    (
        "The United States trained Philippine navy crews on the new patrol ships.",
        "072",
        "USA",
        "PHL",
    ),
    # funds or financing appealed for (0231)
    (
        "Mozambique's president appealed for funds to rebuild the cyclone-hit port of Beira.",
        "0231",
        "MOZ",
        None,
    ),
    (
        "Somalia appealed to Gulf states for financing to pay its soldiers.",
        "0231",
        "SOM",
        None,
    ),
    # air defence systems or batteries requested as the object (0232)
    (
        "Kyiv requested more air defence systems from Germany.",
        "0232",
        "UKR",
        "DEU",
    ),
    (
        "Taiwan is seeking Patriot batteries from the United States.",
        "0232",
        "TWN",
        "USA",
    ),
    # killings examined, with whose (091)
    (
        "Prosecutors in Lima are examining the killings of 12 protesters during the unrest.",
        "091",
        "PER",
        "PER",
    ),
    # a party's dissolution told as a noun (1722)
    (
        "Egypt's Supreme Administrative Court ordered the dissolution of the Freedom and Justice Party.",
        "1722",
        "EGY",
        "EGY",
    ),
    # fire ceased or halted: a truce kept (0871; two sides each to the other)
    ("Indian and Pakistani troops ceased fire at midnight.", "0871", "IND", "PAK"),
    ("Government forces halted fire around the besieged town.", "0871", None, None),
    # trade resumed or restored, a trade route or corridor opened (061)
    (
        "Kenya and Tanzania resumed trade across their border after the dispute.",
        "061",
        "KEN",
        "TZA",
    ),
    ("Russia restored trade with Georgia.", "061", "RUS", "GEO"),
    (
        "Uzbekistan and Tajikistan opened a new trade corridor through the Fergana valley.",
        "061",
        "UZB",
        "TJK",
    ),
    # observers let in whose senders go unnamed (0862), or refused (1245)
    (
        "Azerbaijan allowed international observers into the region.",
        "0862",
        "AZE",
        None,
    ),
    (
        "Belarus refused to admit foreign observers for the election.",
        "1245",
        "BLR",
        None,
    ),
    # hostages taken or seized whoever they are (181, none named)
    ("Al-Shabaab fighters took a number of diners hostage.", "181", "SOM", None),
    # war crimes investigated with no suspect named (094)
    (
        "The Hague court is investigating alleged war crimes in the Sahel.",
        "094",
        None,
        None,
    ),
    # charges dropped or withdrawn, told in the passive (081)
    (
        "Murder charges against three Mexican soldiers were withdrawn by the attorney general.",
        "081",
        "MEX",
        "MEX",
    ),
    # a constitution or charter welcomed (051)
    ("Kenya's opposition leader welcomed the new constitution.", "051", "KEN", None),
]

# The near misses of the new patterns (guards): each must not give the code
WIRE20_NEAR_MISSES = [
    # people released are no money paid out
    ("Police released 20 protesters after questioning.", "071"),
    ("The studio released its new film in 40 countries.", "071"),
    # an airline's crews are no force
    ("The airline trained its cabin crews in first aid.", "072"),
    # a sum appealed for with a purpose says its own aid (not 0231)
    (
        "The World Health Organization appealed for $50 million to treat cholera patients in Yemen.",
        "0231",
    ),
    # aircraft requested by an airline: no weapons system
    ("The airline requested two more aircraft from Airbus.", "0232"),
    # deaths from a disease examined: no one's killing investigated
    ("The health ministry examined deaths from heart disease.", "091"),
    # a parliament dissolved is no party banned
    ("The king ordered the dissolution of parliament.", "1722"),
    # fire opened is no truce
    ("The gunmen opened fire on a bus.", "0871"),
    # shares trading again: no commerce between states
    ("Shares resumed trading after a two-hour halt.", "061"),
    # training soldiers promised commits no troops to a mission
    ("Paris has committed to training 4,000 Malian soldiers.", "074"),
    # captives held are no hostage-takers
    ("Four nurses held captive since May were freed by the army.", "181"),
    # charges withdrawn are no new accusation; an accusation withdrawn lifts no charge
    (
        "Murder charges against three Mexican soldiers were withdrawn by the attorney general.",
        "112",
    ),
    ("The senator dropped his charge that the minister had lied.", "081"),
    # a constitution interpreted is no praise
    ("The court interpreted the constitution.", "051"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE20_CASES)
def test_vocabulary_wire20_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE20_NEAR_MISSES)
def test_vocabulary_wire20_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)
