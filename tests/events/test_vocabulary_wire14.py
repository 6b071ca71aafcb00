"""More plain wire English the pattern dictionary codes (issue 10: verb coverage), found by
round 10 of the held-out wire set (heldout_wire5.py CASES_R10, measured by
measure_wire5.py) and by probes of the same kinds written apart from it: an
acknowledgement with no one it is made to, access for aid agencies appealed for, a law or
a decision defended in words, captured soldiers given back, remarks called
"interference" or "a provocation", calls by video link, restraint urged on sides that are
no actor, a siege laid, talks welcomed with "open to" or "ready for", people detained by
the dozen, a refusal "to be drawn", support lobbied for, issue or exception taken,
retaliation threatened with no target named; and a trip made for talks (a visit: the
talks have not been held), a tone, a note or a balance struck, games won in extra time
or over two legs, troops sent back to barracks, a title defended, which are not the act.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire13.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R10, NOT_THE_ACT_R10
from .vocabulary_checks import check_codes, check_near_miss

WIRE14_CASES = [
    # an acknowledgement needs no one it is made to
    (
        "The Kenyan government acknowledged that the tax bill had been rushed.",
        "015",
        "KEN",
        None,
    ),
    (
        "The Chilean defence ministry conceded that mistakes had been made during the evacuation.",
        "015",
        "CHL",
        None,
    ),
    # access for aid agencies appealed for, whoever is asked
    (
        "The Red Cross appealed for safe access to the besieged town of Sennar.",
        "0255",
        None,
        None,
    ),
    ("Aid agencies called on Israel for access to northern Gaza.", "0255", None, "ISR"),
    # a law, a decision or a strike defended in words
    ("Hungary's ruling party defended the new election law.", "052", "HUN", None),
    (
        "The Indian government defended its decision to close the border crossing.",
        "052",
        "IND",
        None,
    ),
    (
        "The Israeli army justified the strike on the hospital, saying militants used it.",
        "052",
        "ISR",
        None,
    ),
    # captured soldiers given back are freed
    (
        "Russia returned 150 Ukrainian soldiers to Ukraine on Saturday.",
        "0841",
        "RUS",
        "UKR",
    ),
    # remarks called interference or a provocation are criticised
    (
        "The Algerian foreign ministry called the French minister's remarks unacceptable interference.",
        "111",
        "DZA",
        None,
    ),
    # a call by video link is a call
    (
        "The Pakistani prime minister spoke with the Saudi crown prince by video link.",
        "041",
        "PAK",
        "SAU",
    ),
    (
        "The Uzbek ministers discussed the border with their Tajik counterparts by videoconference.",
        "041",
        "UZB",
        "TJK",
    ),
    # restraint urged on sides that are no actor
    (
        "The Chinese foreign ministry urged restraint on both sides.",
        "0256",
        "CHN",
        None,
    ),
    ("The Chinese foreign ministry urged calm after the clashes.", "0256", "CHN", None),
    # a siege laid
    (
        "Myanmar's army laid siege to the town of Mogok last week.",
        "191",
        "MMR",
        None,
    ),
    (
        "Sudanese paramilitaries have laid siege to the northern town for three months.",
        "191",
        "SDN",
        None,
    ),
    # declined to be drawn: declined to say
    (
        "The Irish foreign minister refused to be drawn on whether sanctions would follow.",
        "011",
        "IRL",
        None,
    ),
    # support lobbied for
    ("The Armenian leader lobbied Washington for support.", "022", "ARM", "USA"),
    # issue or exception taken
    ("The Kosovo government took issue with the EU's decision.", "111", "XKX", "IGO"),
    (
        "Beijing took exception to the remarks by the Japanese prime minister.",
        "111",
        "CHN",
        "JPN",
    ),
    # force forecast with no target named
    ("Hezbollah warned it would retaliate.", "138", "LBN", None),
    (
        "The Houthis threatened to retaliate if the strikes continued.",
        "138",
        "YEM",
        None,
    ),
    # people held counted, not named
    (
        "Police in Nairobi detained dozens after the rally, a spokesman said.",
        "173",
        "KEN",
        None,
    ),
    ("Turkish police detain hundreds in Istanbul", "173", "TUR", None),
    # talks welcomed with "open to" or "ready for"
    (
        "The Togolese prime minister said he was open to talks with the opposition.",
        "036",
        "TGO",
        None,
    ),
    (
        "Colombia's ELN rebels said they were ready for negotiations with the government.",
        "036",
        "COL",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE14_CASES)
def test_vocabulary_wire14_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # a game won in extra time or over two legs: nobody assaulted
    ("Egypt beat Ghana 2-1 in extra time to reach the final.", "182"),
    ("Georgia beat Portugal 25-10 in the second round of the tournament.", "182"),
    ("Celtic beat the Danish champions 4-3 over two legs.", "182"),
    # troops sent back to barracks or to the front are no captives freed
    ("The junta returned the soldiers to their barracks.", "0841"),
    ("Ukraine returned 200 soldiers to the front line after training.", "0841"),
    # a title, a client, a goal defended: no policy defended
    ("The champions defended their title with a 3-0 win.", "052"),
    ("The lawyer defended his client in court.", "052"),
    # a situation called difficult, a ceasefire called a sham
    ("The minister called the situation difficult.", "111"),
    ("The rebels called the ceasefire a sham.", "0871"),
    # a museum open to visitors, a club open to offers, a record laid siege to
    ("The museum is open to visitors on Sundays.", "036"),
    ("The club is open to talks with other teams about the striker.", "036"),
    ("The chef laid siege to the record books.", "191"),
    # a trip made for talks is a visit: the talks have not been held (042's note)
    (
        "The Iraqi prime minister flew to Riyadh for talks with the Saudi crown prince.",
        "046",
    ),
    ("A Taliban delegation visited Tashkent for talks on trade.", "046"),
    # a tone, a note or a balance struck: nobody attacked
    ("The president struck an upbeat tone on the talks with the IMF.", "190"),
    ("The Indian finance minister struck a cautious note on the economy.", "190"),
    ("The coach took issue with the referee's decision.", "111"),
    # a club's words, teachers' strike threatened: no force
    ("The club threatened to hit back at critics.", "138"),
    ("Teachers threatened to strike next week.", "138"),
    # accusations called baseless are denied, not criticised
    (
        "The Afghan Taliban on Wednesday rejected the accusations, calling them baseless.",
        "111",
    ),
    # admitted patients and refugees are no admission
    ("The hospital admitted 20 patients after the crash.", "015"),
    ("Turkey admitted 500 refugees from Syria on Friday.", "015"),
    # a doctor's calm, a trip for a holiday
    ("The doctor urged calm among parents after the outbreak.", "0256"),
    ("The Indian cricket team arrived in Sydney for talks with sponsors.", "046"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire14_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R10}) + sorted({r for _, r in NOT_THE_ACT_R10})
)
def test_vocabulary_wire14_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
