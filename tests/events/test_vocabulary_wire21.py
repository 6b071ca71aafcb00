"""Plain wire English the pattern dictionary and the matcher code (issue 10, item 3): a
place named by its name taken by force (192: "seized Mopti", "recaptured Khartoum", a
name the small model tags as a person's included when the gazetteer knows it as a
town's own), an aim told by a gerund after "to" ("committed to training troops": an
intent, not a deed), financing offered (0331), bank accounts frozen whose owners a
clause of their own names (163), people given hours to leave the country (an
expulsion: journalists 174, a charity's staff 1663), and a response in kind held over
others (130).
The near misses: drugs seized in a town, a tournament won where it is played, a
state won at the polls, a person named like a small town captured, training promised (not given), a response in
kind already made (no threat).

Sentences written for these tests in wire style: the CAMEO code and the
country-and-sector prefixes of source and recipient they must give, and near misses that
must not give the code (precision). The earlier files are test_vocabulary_wire.py to
test_vocabulary_wire20.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss, coded

WIRE21_CASES = [
    # a place named by its name taken by force (192)
    ("Islamist fighters overran Mopti after a two-day siege.", "192", None, None),
    ("The army recaptured Khartoum from the paramilitary forces.", "192", None, "SDN"),
    ("The Taliban seized Kandahar and Herat within a week.", "192", "AFG", "AFG"),
    ("Ukrainian troops liberated Kherson in November.", "192", "UKR", "UKR"),
    ("Mosul was captured by Islamic State fighters in 2014.", "192", None, "IRQ"),
    # an aim told by a gerund after "to": intent to give military aid (0332)
    (
        "The European Union committed to training 2,000 Malian soldiers.",
        "0332",
        "IGOEU",
        "MLI",
    ),
    (
        "Britain is committed to training 5,000 Ukrainian recruits.",
        "0332",
        "GBR",
        "UKR",
    ),
    # financing offered or pledged (0331)
    ("Saudi Arabia offered financing to Pakistan for the dam.", "0331", "SAU", "PAK"),
    ("The World Bank pledged concessional finance to Malawi.", "0331", None, "MWI"),
    # accounts frozen whose owners a clause of their own names (163)
    ("Britain froze bank accounts tied to the Syrian government.", "163", "GBR", None),
    # given hours to leave the country: expelled
    (
        "Sudan gave foreign journalists 24 hours to leave the country.",
        "174",
        "SDN",
        None,
    ),
    (
        "Burkina Faso gave the charity's foreign staff 72 hours to leave the country.",
        "1663",
        "BFA",
        None,
    ),
    # a response in kind held over others (130)
    (
        "Russia will respond in kind to any new sanctions, the Kremlin said.",
        "130",
        "RUS",
        None,
    ),
    (
        "China said it would retaliate in kind against the new U.S. tariffs.",
        "130",
        "CHN",
        "USA",
    ),
]

WIRE21_NEAR_MISSES = [
    # drugs seized in a town: no town taken
    ("Police seized 200 kilograms of cocaine in Lagos.", "192"),
    # a tournament won where it is played
    ("Djokovic captured Wimbledon for the seventh time on Sunday.", "192"),
    # a state won at the polls
    ("The Democrats captured Virginia by a wide margin.", "192"),
    ("The ruling party seized Lagos in the governorship election.", "192"),
    # a person named like a small town (Ali, a town in India) caught by police
    ("Police captured Ali after a long chase.", "192"),
    # training promised is not given
    ("The European Union committed to training 2,000 Malian soldiers.", "072"),
    # a response in kind already made is no threat
    ("Moscow responded in kind, expelling ten American diplomats.", "130"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE21_CASES)
def test_vocabulary_wire21_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE21_NEAR_MISSES)
def test_vocabulary_wire21_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


def test_named_place_only_as_the_direct_object(coder) -> None:
    """A named town in a phrase of place is where a thing was seized, not what was
    taken: the tanker seized off Fujairah is property (1711), no town occupied."""
    found = coded(coder, "Iran seized a Greek tanker off Fujairah on Friday.")
    assert all(code != "192" for code, _, _ in found), found
