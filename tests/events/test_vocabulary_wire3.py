"""Still more plain wire English the pattern dictionary codes (issue 10: verb coverage).

Sentences written for these tests in wire style: the CAMEO code and the country-and-sector
prefixes of source and recipient they must give, and near misses that must not give the
code (precision). The earlier files are test_vocabulary_wire.py and
test_vocabulary_wire2.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

CASES = [
    # a truce called (CAMEO.2.0: CALL TRUCE 0871), with or without a named enemy
    ("The Taliban called a three-day truce for the Eid holiday.", "0871", "AFG", None),
    ("The rebels called a unilateral ceasefire.", "0871", "---REB", None),
    # a member suspended over a coup (161)
    ("ECOWAS suspended Niger after the military coup.", "161", "IGOWAFECW", "NER"),
    (
        "The African Union suspended Mali and Guinea following coups in both countries.",
        "161",
        "IGOAFRAFU",
        "MLI",
    ),
    # an attempt blocked (120), a deadline or an ultimatum ignored (120)
    (
        "France and Germany blocked a U.S. attempt to put the plan to a vote.",
        "120",
        "FRA",
        "USA",
    ),
    ("The rebels ignored the deadline and kept fighting.", "120", "---REB", None),
    (
        "The junta ignored an ECOWAS ultimatum to restore civilian rule.",
        "120",
        "---MIL",
        "IGOWAFECW",
    ),
    # observers shut out: no international involvement allowed (1245)
    (
        "Russia excluded EU observers from the disputed regions.",
        "1245",
        "RUS",
        "IGOEU",
    ),
    ("The government barred UN monitors from the region.", "1245", "---GOV", "IGOUNO"),
    # protesters told to go: ordered, a demand (1052); urged, an appeal (0252)
    ("Police ordered the crowd to disperse.", "1052", "---COP", "---OPP"),
    ("Police told the protesters to disperse.", "1052", "---COP", "---OPP"),
    ("The president urged the protesters to disperse.", "0252", "---GOV", "---OPP"),
    ("The mayor called on the demonstrators to disperse.", "0252", "---GOV", "---OPP"),
    # a petition or an appeal lodged with a court is legal action (115)
    (
        "The opposition filed a petition with the Supreme Court over the vote.",
        "115",
        "---OPP",
        None,
    ),
    (
        "The party lodged an appeal at the High Court against the ban.",
        "115",
        "---PTY",
        None,
    ),
    # islands and farms given back (0842); rockets and grenades given (072)
    ("China handed back the island to the Philippines.", "0842", "CHN", "PHL"),
    ("Zimbabwe returned the seized farms to white farmers.", "0842", "ZWE", "ZWE"),
    ("Iran gave rockets to Hamas.", "072", "IRN", "PSE"),
    ("The United States shipped anti-tank rockets to Ukraine.", "072", "USA", "UKR"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_wire3_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a call for a truce is an appeal; a truce called a sham is no truce called
    ("The UN called for an immediate ceasefire in Gaza.", "0871"),
    ("The rebels called the ceasefire a sham.", "0871"),
    ("The opposition called the truce a trick to buy time.", "0871"),
    # officers suspended from duty break no diplomatic relations
    ("The ministry suspended two police officers after the shooting.", "161"),
    # police foiling a crime reject no one; a deadline missed is not defied
    ("Police thwarted an attempt to smuggle weapons into the prison.", "120"),
    ("The airline missed the deadline for filing its accounts.", "120"),
    # journalists kept out are no observers (1245)
    ("The government barred foreign journalists from the region.", "1245"),
    # a crowd dispersed by force is repression, not a demand; marchers told to gather
    ("Police dispersed the crowd with tear gas.", "1052"),
    ("The president ordered police to disperse the protesters.", "1052"),
    ("The organisers told the marchers to gather at noon.", "1052"),
    # a petition handed to a person is an appeal, not a lawsuit
    ("Rights groups submitted a petition to the president.", "115"),
    # soldiers going back to an island return nothing; a stake sold to a company named
    # Shell is no shell given
    ("The army returned to its barracks on the island.", "0842"),
    ("The company sold its stake to Shell.", "072"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire3_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)
