"""Doers and recipients of the kinds the held-out doers set's eighth round found coded
wrong or not at all (issue 10, items 1 and 2; tests/actors/heldout_doers.py, ids
'r8-'): the mechanisms behind them, on sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

from .doer_checks import dyads as _dyads


# a name set off by a role that a country owns ("General Musa Bello, Nigeria's army
# chief") is that person's: the surname alone later is the same actor
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "General Musa Bello, Nigeria's army chief, toured bases in Maiduguri. "
            "Bello accused Cameroon of sheltering insurgents.",
            ("11", "NGAMIL", "CMR"),
        ),
        (
            "Senator Ana Ruiz, Chile's opposition leader, addressed a rally in "
            "Valparaiso. Ruiz accused the government of hiding the budget deficit.",
            ("11", "CHLOPP", "CHLGOV"),
        ),
        (
            "Rami Haddad, Jordan's foreign minister, accused Israel of blocking aid "
            "convoys. Haddad also urged Egypt to reopen the Rafah crossing.",
            ("02", "JORGOV", "EGY"),
        ),
    ],
)
def test_a_surname_after_a_name_with_an_owned_role(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


# "the former" and "the latter", standing alone, are the first and the second of the
# last two actors named before them, in their sentence or the one before
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Kenyan President Amani Odera and Ugandan President Joseph Lutalo met in "
            "Kampala on Monday. The latter accused Kenya of blocking fuel shipments.",
            ("11", "UGAGOV", "KEN"),
        ),
        (
            "Ghana's foreign minister met the Togolese defence minister in Lome. The "
            "former urged Togo to share intelligence on militants.",
            ("02", "GHAGOV", "TGO"),
        ),
        (
            "Ghana's foreign minister met the Togolese defence minister in Lome on "
            "Monday, and the latter promised to share intelligence with Accra.",
            ("03", "TGOGOV", "GHAGOV"),
        ),
        (
            "Kenya and Uganda held talks in Entebbe on Monday. The latter accused "
            "Kenya of blocking fuel shipments.",
            ("11", "UGA", "KEN"),
        ),
        (
            "The prime ministers of Pakistan and India met in Astana. The former "
            "later accused New Delhi of violating the Indus Waters Treaty.",
            ("11", "PAKGOV", "INDGOV"),
        ),
        (
            "Police in Dakar arrested a journalist and an opposition lawmaker. The "
            "latter condemned the police.",
            ("11", "SENOPP", "SENCOP"),
        ),
    ],
)
def test_the_former_and_the_latter(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_the_former_is_not_the_latter(coder: Coder) -> None:
    found = _dyads(
        coder,
        "Kenyan President Amani Odera and Ugandan President Joseph Lutalo met in "
        "Kampala on Monday. The former accused Uganda of blocking fuel shipments.",
    )
    assert ("11", "KENGOV", "UGA") in found
    assert not any(d[0] == "11" and d[1].startswith("UGA") for d in found)


def test_a_former_office_holder_is_still_a_role(coder: Coder) -> None:
    # "the former president": "former" before a noun is no pointer to the pair
    # named before
    found = _dyads(
        coder,
        "Kenyan President Amani Odera met Ugandan President Joseph Lutalo in Kampala. "
        "The former president of Tanzania criticised the two leaders.",
    )
    assert not any(d[0] == "11" and d[1] in ("KENGOV", "UGAGOV") for d in found)


# an armed body's spokesman telling of "its fighters" or "their forces" tells of the
# body's own, not of a country the sentence names
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "A spokesman for the Polisario Front said their fighters had shelled "
            "Moroccan positions.",
            ("19", "ESHREB", "MARMIL"),
        ),
        (
            "A spokesman for al-Shabaab said its fighters had attacked a Kenyan army "
            "base.",
            ("19", "SOMREB", "KENMIL"),
        ),
        (
            "A spokesman for the Houthis said their fighters had seized a "
            "British-owned cargo ship.",
            ("17", "YEMREB", "GBRBUS"),
        ),
    ],
)
def test_an_armed_bodys_spokesman_tells_of_its_fighters(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    codes = {(r, s[:6], t) for r, s, t in _dyads(coder, text)}
    assert dyad in codes


# an industry's "giant" before a company's name is a company
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Officials in Washington accused the Chinese shipping giant Cosmar of "
            "smuggling oil.",
            ("11", "USAGOV", "CHNBUS"),
        ),
        (
            "Brussels fined the German chemicals giant Kraemer for price fixing.",
            ("17", "IGOEUR", "DEUBUS"),
        ),
    ],
)
def test_an_industrys_giant_is_a_company(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    codes = {(r, s[:6], t) for r, s, t in _dyads(coder, text)}
    assert dyad in codes


def test_the_quad_is_a_grouping_of_states(coder: Coder) -> None:
    found = _dyads(
        coder, "The Quad condemned Myanmar's military for the killing of protesters."
    )
    assert any(d[0] == "11" and d[1].startswith("IGO") for d in found)
    assert not _dyads(coder, "He rode a quad bike across the desert to Tamanrasset.")


# state oil, gas and power companies named alone are their countries' companies
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Nigeria's state oil firm NNPC sued a French company over unpaid "
            "royalties.",
            ("11", "NGABUS", "FRABUS"),
        ),
        (
            "Washington sanctioned PDVSA over the disputed election.",
            ("16", "USAGOV", "VENBUS"),
        ),
        (
            "Kenya's competition authority fined Safaricom for abusing its dominance.",
            ("17", "KENGOV", "KENBUS"),
        ),
    ],
)
def test_a_state_company_named_alone(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    codes = {(r, s[:6], (t or "")[:6]) for r, s, t in _dyads(coder, text)}
    assert dyad in codes


# the buildings wire copy names governments by
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Number 10 accused Moscow of meddling in the election.",
            ("11", "GBRGOV", "RUSGOV"),
        ),
        (
            "South Block summoned the Canadian envoy over the remarks.",
            ("11", "INDGOV", "CANGOV"),
        ),
        (
            "Jubilee House urged Togo to hand over the suspects.",
            ("02", "GHAGOV", "TGO"),
        ),
    ],
)
def test_a_seat_of_government_is_its_government(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in _dyads(coder, text)


def test_a_shirt_number_is_no_government(coder: Coder) -> None:
    assert not _dyads(coder, "He wore the number 10 shirt for Brazil in the final.")


# a state organ telling of "its forces" tells of its country's military, and a
# general staff speaks for the armed forces
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Ukraine's general staff said its forces had repelled Russian assaults "
            "near Pokrovsk.",
            ("19", "UKRMIL", "RUS"),
        ),
        (
            "Armenia's defence ministry said its forces had shot down an Azerbaijani "
            "drone.",
            ("19", "ARMMIL", "AZE"),
        ),
    ],
)
def test_a_state_organs_own_forces(
    coder: Coder, text: str, dyad: tuple[str, str, str]
) -> None:
    codes = {(r, s, (t or "")[:3]) for r, s, t in _dyads(coder, text)}
    assert dyad in codes


# a country's allies, partners or neighbours are other countries than the one named
def test_a_countrys_allies_are_not_that_country(coder: Coder) -> None:
    found = _dyads(coder, "Taiwan's allies condemned China's military drills.")
    assert not any(s.startswith("TWN") for _, s, _ in found)


def test_a_countrys_ally_named_after_it_is_the_ally(coder: Coder) -> None:
    found = _dyads(coder, "Russia's ally Belarus expelled two Polish diplomats.")
    assert ("16", "BLR", "POLGOV") in found
    assert not any(s.startswith("RUS") for _, s, _ in found)
