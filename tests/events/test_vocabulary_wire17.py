"""Plain wire English the pattern dictionary codes, and words that only look like an event
(issue 10: verb coverage and false events), found by round 13 of the held-out wire set
(heldout_wire5.py CASES_R13, weighted to the body of real stories, measured by
measure_wire5.py) and by probes of the same kinds written apart from it: doubt about an
outcome; a policy or a military move defended; a suspect handed to another state's
police with no "over"; seized vehicles returned; a lender's money stopped; talks refused
with no one named who offered them; a grant approved; foreign forces asked for; talks
held by phone; a power station or an airfield taken; control of a place taken back; a
truce extended; rights suspended; a halt to trade ordered; a charge of sabotage; a camp
handed over; a matter raised with someone; talks hosted; sanctions renewed; prisoners
recaptured; an effigy burnt; a hack attributed; a suspension lifted; an aid body
expelled; a deed condemned with no doer named; a ship held with no owner named; a
response warned of; and an answer to criticism vowed, a ship's captain detained,
diplomats expelled, violence denounced by marchers, concerns raised with an embassy, a
price rise attributed to a drought, a central bank's lending to farmers halted, payments
on a debt halted, a base handed to an army, talk of negotiations dismissed, police asked
to investigate, a car plant occupied by workers, a halt to exports caused by a storm,
which are not the act.

Sentences written for these tests in wire style, apart from the held-out ones: the CAMEO
code and the country-and-sector prefixes of source and recipient they must give, and
near misses that must not give the code (precision). The earlier files are
test_vocabulary_wire.py to test_vocabulary_wire16.py.
"""

from __future__ import annotations

import pytest

from eventwire.events.ontology import load_ontology

from .heldout_wire5 import CASES_R13, NOT_THE_ACT_R13
from .vocabulary_checks import check_codes, check_near_miss

WIRE17_CASES = [
    # doubt about an outcome: a pessimistic comment with no one it is about
    (
        "The Kenyan finance minister said he doubted the shilling would hold its value through the drought.",
        "012",
        "KEN",
        None,
    ),
    # a policy or a military move defended in words
    (
        "Russia's defence ministry defended the exercises in the Baltic, saying they were routine.",
        "052",
        "RUS",
        None,
    ),
    (
        "The Thai government justified the deportation of the activists, saying they had broken immigration law.",
        "052",
        "THA",
        None,
    ),
    # a suspect handed to another state's police, with no "over"
    (
        "Turkish police handed the suspected smuggler to Greek authorities at the border.",
        "063",
        "TUR",
        "GRC",
    ),
    (
        "The fugitive was delivered to Kenyan police by the Tanzanian police on Friday.",
        "063",
        "TZA",
        "KEN",
    ),
    # seized vehicles or cargo returned
    (
        "Ukrainian border guards returned the seized lorries to the Polish transport ministry after the blockade ended.",
        "0842",
        "UKR",
        "POL",
    ),
    (
        "Azerbaijan returned 12 lorries seized at the border to Armenia.",
        "0842",
        "AZE",
        "ARM",
    ),
    # a lender's money stopped
    (
        "The African Development Bank froze lending to Sudan after the coup.",
        "1621",
        "IGO",
        "SDN",
    ),
    (
        "The World Bank suspended disbursements to Uganda over the anti-homosexuality law.",
        "1621",
        "IGO",
        "UGA",
    ),
    # talks refused with no one named who offered them
    (
        "The Eritrean government turned down the invitation, calling the meeting a trap.",
        "125",
        "ERI",
        None,
    ),
    (
        "The junta in Myanmar spurned the offer of negotiations.",
        "125",
        "MMR",
        None,
    ),
    # a grant approved is money given, as a loan
    (
        "The Asian Development Bank approved a $150 million grant for Nepal.",
        "071",
        "IGO",
        "NPL",
    ),
    # forces from abroad asked for: protection asked for
    (
        "The Somali president appealed for foreign troops to help fight al Shabaab.",
        "0234",
        "SOM",
        None,
    ),
    (
        "The Haitian government requested a multinational force to help restore order.",
        "0234",
        "HTI",
        None,
    ),
    # talks held by phone: a phone call
    (
        "The Turkish foreign minister held talks by telephone with his Russian counterpart on Sunday.",
        "041",
        "TUR",
        "RUS",
    ),
    # a power site or an airfield taken
    (
        "Russian forces occupied the hydroelectric station on the Dnipro.",
        "192",
        "RUS",
        None,
    ),
    ("Rebels seized the airfield outside the city.", "192", "---REB", None),
    # a truce extended: declared again
    ("Sudan's army extended the truce by 72 hours.", "0871", "SDN", None),
    # control of a place taken back
    (
        "Police retook control of the jail after a six-hour riot.",
        "192",
        "---COP",
        None,
    ),
    # rights suspended or curtailed: freedoms restricted
    (
        "Peru's government suspended the right of assembly in the capital for 30 days.",
        "1721",
        "PER",
        None,
    ),
    # a halt to trade ordered or a ban on exports announced: an embargo
    (
        "Thailand's prime minister ordered a halt to exports of fuel to Cambodia.",
        "163",
        "THA",
        None,
    ),
    (
        "Indonesia announced a ban on exports of palm oil.",
        "163",
        "IDN",
        None,
    ),
    # a charge of sabotage: legal action
    (
        "Latvian prosecutors charged two Russian citizens with sabotage.",
        "115",
        "LVA",
        "RUS",
    ),
    # a headquarters or a camp handed over: property returned
    (
        "The U.N. mission handed over its camp in Kidal to the Malian army.",
        "0842",
        "IGO",
        "MLI",
    ),
    # a matter raised with someone: a consultation
    (
        "Kenya's foreign minister raised the matter with his Tanzanian counterpart.",
        "040",
        "KEN",
        "TZA",
    ),
    # rounds of talks hosted between two sides: mediation
    (
        "Turkey hosted two rounds of talks between Armenia and Azerbaijan.",
        "045",
        "TUR",
        None,
    ),
    # sanctions or an asset freeze renewed
    (
        "The EU renewed its asset freeze on Belarusian officials.",
        "163",
        "IGO",
        "BLR",
    ),
    # escaped prisoners taken back into custody
    (
        "Police in Conakry recaptured 40 prisoners who escaped from the central jail.",
        "173",
        "GIN",
        None,
    ),
    # an effigy burnt: a protest against the one it shows
    (
        "Protesters in Lahore burnt an effigy of the Indian prime minister.",
        "141",
        "PAK",
        "IND",
    ),
    # a deed attributed to someone: an accusation
    (
        "Britain attributed the hack to Chinese state-backed groups.",
        "112",
        "GBR",
        "CHN",
    ),
    # a suspension lifted: a sanction eased
    (
        "ECOWAS lifted the suspension of Guinea from the bloc.",
        "081",
        "IGO",
        "GIN",
    ),
    # an aid body or its staff sent away
    (
        "Burundi expelled the Danish Refugee Council from the country.",
        "1663",
        "BDI",
        "NGO",
    ),
    (
        "Mali's junta expelled medical staff of the charity from the north.",
        "1663",
        "MLI",
        None,
    ),
    # a deed condemned whose doer goes unnamed
    (
        "The Kenyan government condemned the bombing, which killed 12 people.",
        "111",
        "KEN",
        None,
    ),
    # a ship held with no owner named: property seized
    (
        "The Ghanaian navy detained a tanker off the coast.",
        "1711",
        "GHA",
        None,
    ),
    (
        "Nigerian customs impounded a vessel carrying stolen crude.",
        "1711",
        "NGA",
        None,
    ),
    # a response warned of: a threat
    (
        "Pakistan warned that it would respond to any incursion across the border.",
        "130",
        "PAK",
        None,
    ),
]

WIRE17_NEAR_MISSES = [
    # payments on a debt stopped: a default, no aid cut
    ("Ghana suspended payments on most of its external debt.", "1621"),
    # a halt to exports from a storm: nobody's ban
    ("The halt in exports was caused by the storm at the port.", "163"),
    # concerns raised with an embassy: concern, no consultation
    (
        "New Zealand's government said it had raised concerns with the Chinese embassy.",
        "040",
    ),
    # a bank's lending to its customers halted: trade, no aid cut
    ("The central bank suspended lending to farmers.", "1621"),
    # diplomats expelled: relations cut, no aid agency sent away
    ("Poland expelled two Belarusian diplomats.", "1663"),
    # marchers denouncing violence in general: the march is the event
    ("Demonstrators marched through Harare to denounce violence.", "111"),
    # a ship's captain detained: a person, no property seized
    ("Police in Lagos detained the ship's captain.", "1711"),
    # an answer to criticism vowed: no threat
    ("The minister vowed to respond to the criticism in parliament.", "130"),
    # a rise in prices attributed to a drought: no deed, no accusation
    ("Economists attributed the rise in prices to the drought.", "112"),
    # police asked to investigate: no protection asked for
    ("The mayor called for police to investigate the killing.", "0234"),
    # workers in a factory: no territory taken
    ("Workers occupied the car plant to demand higher wages.", "192"),
    # the words of "to" are the recipient, never the suspect handed
    ("Ugandan troops handed the base to the Somali National Army.", "063"),
    # talk of a rift dismissed: rumour, not talks ("dismiss" is no verb of refusal here)
    ("The minister dismissed talk of negotiations as premature.", "125"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE17_CASES)
def test_vocabulary_wire17_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE17_NEAR_MISSES)
def test_vocabulary_wire17_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)


@pytest.mark.parametrize(
    "code", sorted({c[1] for c in CASES_R13}) + sorted({r for _, r in NOT_THE_ACT_R13})
)
def test_vocabulary_wire17_heldout_labels_are_cameo_codes(code: str) -> None:
    assert code in load_ontology(), code
