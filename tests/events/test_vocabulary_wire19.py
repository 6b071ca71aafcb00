"""Plain wire English the pattern dictionary codes, and words that only look like an event
(issue 10: verb coverage and false events), from kinds of wire language fresh pages
missed: aid or funding put under review (014) or put on hold (162x), trade preferences
or privileges suspended (163), consular or visa services suspended (161), a labour strike
joined by a new group or through those on it (143), a government in contact or in touch
with another (040; by phone, 041), arrears or loans repaid to a lender (061: a
borrower's side of a reciprocal economic exchange, CAMEO 061; a lender's relief is 071,
and so is another's debt paid off for it), a crackdown asked to end (0251: the appeal for the yield of 081, easing
restrictions on political freedoms) or refused to be ended (1241), and mediation resumed
or offered to be resumed (045, 039). The near misses: air strikes or a coalition's
strikes joined, aid loaded on trucks, a review of a policy other than aid announced,
households paying their debts, wage arrears cleared, payments to victims' families, the contact of a patient
with the sick.

Sentences written for these tests in wire style: the CAMEO code and the
country-and-sector prefixes of source and recipient they must give, and near misses that
must not give the code (precision). The earlier files are test_vocabulary_wire.py to
test_vocabulary_wire18.py.
"""

from __future__ import annotations

import pytest

from .vocabulary_checks import check_codes, check_near_miss

WIRE19_CASES = [
    # aid or funding under review: a policy option weighed (014), no aid given
    (
        "The Irish government said it would reassess its funding to the Malawian education ministry.",
        "014",
        "IRLGOV",
        "MWIGOV",
    ),
    (
        "Finland is reviewing its development aid to Zambia after the disputed vote.",
        "014",
        "FIN",
        "ZMB",
    ),
    ("Belgium announced a review of its aid to Burkina Faso.", "014", "BEL", "BFA"),
    # aid put on hold: reduced or stopped (the kind by its modifier)
    (
        "Switzerland put its development assistance to Guinea on hold after the coup.",
        "1621",
        "CHE",
        "GIN",
    ),
    (
        "Washington put military aid to Honduras on hold.",
        "1622",
        "USA",
        "HND",
    ),
    # trade preferences or privileges suspended or withdrawn: a commercial penalty (163)
    (
        "The United States suspended Mali's trade preferences under a duty-free scheme.",
        "163",
        "USA",
        "MLI",
    ),
    (
        "Brussels withdrew trade privileges from Myanmar over the army's abuses.",
        "163",
        None,
        "MMR",
    ),
    (
        "The European Union stripped Bangladesh of its preferential trade status.",
        "163",
        "IGO",
        "BGD",
    ),
    # consular or visa services suspended: diplomatic activity ended (161)
    (
        "The Canadian embassy in Tehran suspended consular services on Friday.",
        "161",
        "CAN",
        None,
    ),
    (
        "Australia halted visa services at its embassy in Yangon.",
        "161",
        "AUS",
        "MMR",
    ),
    # a labour strike joined (143)
    (
        "Kenyan lecturers joined the strike on Thursday, shutting public universities.",
        "143",
        "KEN",
        None,
    ),
    ("Ghanaian nurses joined the walkout on Monday.", "143", "GHA", None),
    ("Zimbabwean teachers joined striking doctors on Wednesday.", "143", "ZWE", None),
    # in contact or in touch with another government (040), by telephone (041)
    (
        "The Spanish foreign ministry said it was in contact with the Moroccan authorities.",
        "040",
        "ESPGOV",
        "MARGOV",
    ),
    (
        "Nairobi has been in touch with Addis Ababa over the border incident.",
        "040",
        "KEN",
        "ETH",
    ),
    (
        "The Egyptian foreign minister was in phone contact with his Jordanian counterpart.",
        "041",
        "EGYGOV",
        "JORGOV",
    ),
    # arrears or a loan repaid to a lender: reciprocal economic exchange (061)
    ("Malawi paid off its arrears to the World Bank.", "061", "MWI", "IGO"),
    ("Egypt repaid its loan to the IMF ahead of schedule.", "061", "EGY", "IGO"),
    ("Ecuador made its last repayment to the IMF on Friday.", "061", "ECU", "IGO"),
    # another's arrears paid off for it: economic aid to it (071)
    (
        "Kuwait and the UAE paid off Sudan's arrears to the African Development Bank.",
        "071",
        None,
        "SDN",
    ),
    # a crackdown asked to end (0251), refused to be ended (1241)
    (
        "The European Union urged Nicaragua to halt its crackdown on the press.",
        "0251",
        "IGO",
        "NIC",
    ),
    (
        "Human Rights Watch called on Tanzania to stop the crackdown on opposition supporters.",
        "0251",
        None,
        "TZA",
    ),
    (
        "Minsk refused to end its crackdown on dissidents.",
        "1241",
        "BLR",
        None,
    ),
    # mediation resumed (045) or offered to be resumed (039), no sides named
    ("Turkey offered to resume its mediation efforts.", "039", "TUR", None),
    ("Kuwait resumed its mediation on Sunday.", "045", "KWT", None),
]

# The near misses of new patterns (guards: silent before the change too), and two
# false events the change removes (aid under review given or pledged)
WIRE19_NEAR_MISSES = [
    # air strikes, a coalition's or a foreign-led strikes joined: force, no labour strike
    ("Denmark joined the air strikes against the militants.", "143"),
    ("Canada joined the US-led strikes on Iraq.", "143"),
    ("Australia joined the strikes against Islamic State in Iraq.", "143"),
    ("Australia joined the strikes against Islamic State in Iraq.", "114"),
    # aid loaded, not put on hold
    ("Relief agencies put food aid on lorries bound for Darfur.", "162"),
    ("Relief agencies put food aid on lorries bound for Darfur.", "1623"),
    # aid under review is not aid given nor pledged
    ("Finland is reviewing its development aid to Zambia.", "071"),
    ("Belgium announced a review of its aid to Burkina Faso.", "033"),
    # a crackdown asked to end is no crackdown
    ("The European Union urged Nicaragua to halt its crackdown on the press.", "175"),
    # debts paid by households, payments to victims' families: no lender
    ("Households struggled to pay their debts.", "061"),
    ("The mines ministry told contractors to clear all wage arrears by June.", "103"),
    ("The mines ministry told contractors to clear all wage arrears by June.", "071"),
    ("The government made payments to the families of the victims.", "061"),
    # a patient in contact with the sick: no consultation
    ("The patient had been in contact with infected people in Wuhan.", "040"),
]


@pytest.mark.parametrize(("text", "code", "source", "recipient"), WIRE19_CASES)
def test_vocabulary_wire19_codes(
    coder, text: str, code: str, source: str | None, recipient: str | None
) -> None:
    check_codes(coder, text, code, source, recipient)


@pytest.mark.parametrize(("text", "code"), WIRE19_NEAR_MISSES)
def test_vocabulary_wire19_near_misses(coder, text: str, code: str) -> None:
    check_near_miss(coder, text, code)
