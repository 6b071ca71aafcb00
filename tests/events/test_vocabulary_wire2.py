"""More plain wire English the pattern dictionary codes (issue 10: verb coverage).

Sentences written for these tests in wire style: the CAMEO code and the country-and-sector
prefixes of source and recipient they must give, and near misses that must not give the
code (precision). The first file is test_vocabulary_wire.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

CASES = [
    # control of a place handed to another (0842)
    (
        "The army handed control of the airport to the police.",
        "0842",
        "---MIL",
        "---COP",
    ),
    ("Britain returned the Elgin Marbles to Greece.", "0842", "GBR", "GRC"),
    # captives set free (0841)
    ("The Taliban set free two American hostages.", "0841", "AFGINSTAL", "USA"),
    # tribute and respects paid (CAMEO.2.0: 017)
    (
        "The Kenyan president paid tribute to the late Queen Elizabeth.",
        "017",
        "KENGOV",
        None,
    ),
    # rocket launchers and howitzers are arms (072; said for the future, 0332)
    (
        "The United States provided Ukraine with HIMARS rocket launchers.",
        "072",
        "USA",
        "UKR",
    ),
    ("France will send Caesar howitzers to Ukraine.", "0332", "FRA", "UKR"),
    # a legislature confirming a president's pick (051)
    (
        "Lawmakers confirmed the president's choice for central bank governor.",
        "051",
        "---LEG",
        None,
    ),
    # summoned to court (173); before a committee (090); ordered to appear: a demand
    (
        "The court summoned the former president to court.",
        "173",
        "---JUD",
        "---ELI",
    ),
    ("The court ordered Zuma to appear before it on Monday.", "100", "ZAFJUD", "ZAF"),
    (
        "Parliament summoned the finance minister before a parliamentary committee.",
        "090",
        "---LEG",
        "---GOV",
    ),
    # a petition to a court (020), a challenge in court (115)
    (
        "Rights groups petitioned the Kenyan High Court to halt the deportations.",
        "020",
        None,
        "KENJUD",
    ),
    (
        "The opposition challenged the Kenyan government in court.",
        "115",
        "KENOPP",
        "KENGOV",
    ),
    # a humanitarian appeal needs no one named as asked (0233)
    ("The United Nations launched a flash appeal for Sudan.", "0233", "IGOUNO", "SDN"),
    (
        "The United Nations issued an emergency appeal for $400 million.",
        "0233",
        "IGOUNO",
        None,
    ),
    # words the tagger lemmatises oddly: "retook", "waged"
    ("The army retook the town from the rebels.", "192", "---MIL", "---REB"),
    ("The rebels waged war against the government.", "190", "---REB", "---GOV"),
    ("Ethiopia went to war with Eritrea.", "190", "ETH", "ERI"),
    # fuel let into a territory (0863), warships sent (154)
    ("Israel allowed fuel into Gaza.", "0863", "ISR", "PSE"),
    (
        "The United States deployed an aircraft carrier to the Gulf.",
        "154",
        "USA",
        None,
    ),
    # an amnesty offered (CAMEO.2.0: 035); a newspaper banned (1721)
    (
        "The Kenyan government offered an amnesty to the rebels.",
        "035",
        "KENGOV",
        "KENREB",
    ),
    (
        "The Kenyan government banned the opposition newspaper.",
        "1721",
        "KENGOV",
        "KENOPP",
    ),
    # the internet given back (0811)
    ("Ethiopia restored internet access in Tigray.", "0811", "ETH", None),
    ("The junta lifted the internet shutdown in Yangon.", "0811", "MMRMIL", None),
    # looted funds sent home (0842), not people (0841)
    ("Switzerland repatriated the looted funds to Nigeria.", "0842", "CHE", "NGA"),
    # placed under investigation (090); inspectors sent, as the CAMEO manual codes it
    (
        "Prosecutors placed the former minister under investigation.",
        "090",
        "---JUD",
        "---ELI",
    ),
    ("The IAEA dispatched inspectors to Iran.", "0862", "IGOUNOAEA", "IRN"),
    # a newspaper ordered shut is shut (1721), not asked
    (
        "The Kenyan government ordered the opposition newspaper to suspend publication.",
        "1721",
        "KENGOV",
        "KENOPP",
    ),
    # a medal awarded (CAMEO.2.0: 051); an envoy dispatched (050)
    ("Putin awarded a medal to the Chinese leader.", "051", "RUSGOV", "CHNGOV"),
    ("The president dispatched his envoy to Khartoum.", "050", "---GOV", "SDN"),
    # a warrant for someone's arrest (173)
    ("The ICC issued a warrant for Putin's arrest.", "173", "IGOINTICC", "RUSGOV"),
    # retaliation is force (CAMEO.2.0: 190); vowed, a threat of force (138)
    (
        "Israel retaliated against Hezbollah with air strikes.",
        "190",
        "ISR",
        "LBNREBHEZ",
    ),
    ("Iran vowed to retaliate against Israel.", "138", "IRN", "ISR"),
    # power given up (0831); asked to give it up or to call free elections (0241, as the
    # CAMEO manual files calls for free elections); a call for elections needs no one
    # named as asked
    ("The army ceded power to a transitional council.", "0831", "---MIL", "---GOV"),
    (
        "The opposition urged the president to relinquish power.",
        "0241",
        "---OPP",
        "---GOV",
    ),
    (
        "Washington asked the Venezuelan president to call free elections.",
        "0241",
        "USAGOV",
        "VENGOV",
    ),
    ("The Kenyan opposition called for early elections.", "0241", "KENOPP", None),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), CASES)
def test_vocabulary_wire2_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


NEAR_MISSES = [
    # ordered to appear is a demand, as the CAMEO manual codes it, not an arrest
    ("The court ordered Zuma to appear before it on Monday.", "173"),
    # players summoned to a field, a call for calm
    ("The coach summoned the players to the field.", "173"),
    ("The United Nations launched an appeal for calm.", "0233"),
    # a letter handed to someone is no control handed over
    ("The minister handed a letter to the ambassador.", "0842"),
    # armoured personnel carriers guarding a stadium are no aircraft carrier sent
    (
        "The army deployed armoured personnel carriers to guard the stadium.",
        "154",
    ),
    # a war on corruption is no fighting; a newspaper banned is no party banned
    ("The government waged war on corruption.", "190"),
    ("The Kenyan government banned the opposition newspaper.", "1722"),
    # funds sent home are no people released; a firm's website back up is no freedom
    ("Switzerland repatriated the looted funds to Nigeria.", "0841"),
    ("The company restored its website after the outage.", "0811"),
    # tariffs in return are no fighting; ministers conferring is no award
    ("China retaliated against the United States with tariffs of its own.", "190"),
    ("The ministers conferred with the president on the budget.", "051"),
    # a call for elections is no elections called; early elections called, a strike vote
    ("The Kenyan opposition called for early elections.", "0831"),
    ("The prime minister called snap elections for June.", "0831"),
    ("The union called a vote on the strike.", "0831"),
]


@pytest.mark.parametrize(("text", "code"), NEAR_MISSES)
def test_vocabulary_wire2_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)
