"""Doers the fresh articles got wrong (issue 10, item 1, third round): "the bloc" is
a union of states, never the weapons named before it; a person the story makes an
office-holder ("was sworn in as", "took office as", "became") holds that office later
in the story; and a country that is only where someone goes or the partner of the
doer's own verb is not the doer's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

_DAY = "2024-05-21"


def _dyads(coder: Coder, text: str) -> set[tuple[str, str | None]]:
    return {
        (e.actor.code, e.recipient.code if e.recipient else None)
        for e in coder.code_text(text, _DAY)
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # weapons named between the union and "the bloc" are no body
        (
            "EU foreign ministers agreed new sanctions on Monday. Iran denied sending "
            "drones to Russia. Kuleba urged the bloc to go further.",
            ("UKRGOV", "IGOEUREEC"),
        ),
        (
            "The European Union met in Brussels on Monday. Moscow fired missiles at "
            "Kharkiv overnight. Zelenskiy urged the bloc to send more air defences.",
            ("UKRGOV", "IGOEUREEC"),
        ),
    ],
)
def test_the_bloc_is_the_union_named_before_not_the_weapons(
    coder: Coder, text: str, dyad: tuple[str, str]
) -> None:
    found = _dyads(coder, text)
    assert dyad in found
    assert not any(r is not None and r.endswith("MIL") for _, r in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lai Ching-te took office as Taiwan's president on Monday. Lai urged China "
            "to stop its military pressure.",
            "TWNGOV",
        ),
        (
            "Lai Ching-te became Taiwan's president on Monday. Lai urged China to stop "
            "its military pressure.",
            "TWNGOV",
        ),
        (
            "Amos Kipchumba was sworn in as Kenya's interior minister on Tuesday. "
            "Kipchumba accused Somalia of sheltering militants.",
            "KENGOV",
        ),
        (
            "Amos Kipchumba was elected as Kenya's president last month. Kipchumba "
            "accused Somalia of sheltering militants.",
            "KENGOV",
        ),
    ],
)
def test_a_person_the_story_puts_in_office_holds_it_later(
    coder: Coder, text: str, source: str
) -> None:
    assert source in {a for a, _ in _dyads(coder, text)}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "took office" without "as": no office is given, nobody is coded from it
        (
            "Amos Kipchumba took office on Tuesday. Kipchumba accused Somalia of "
            "sheltering militants.",
            "KENGOV",
        ),
    ],
)
def test_no_office_without_its_name(coder: Coder, text: str, wrong: str) -> None:
    assert wrong not in {a for a, _ in _dyads(coder, text)}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # where the attackers went is not whose they are
        (
            "Burkina Faso's army said on Sunday it carried out air strikes on the "
            "attackers as they fled towards the border with Niger.",
            ("BFAMIL", "BFAUAF"),
        ),
        # the partner of the doer's own verb ("conspiring with Washington")
        (
            "Pakistan's former prime minister Imran Khan spoke in Lahore on Friday. "
            "Khan accuses the military of conspiring with Washington to oust him.",
            ("PAKELI", "PAKMIL"),
        ),
    ],
)
def test_a_country_only_gone_to_or_partnered_is_not_the_doers(
    coder: Coder, text: str, dyad: tuple[str, str]
) -> None:
    found = _dyads(coder, text)
    assert dyad in found
    assert not any(r is not None and r[:3] in ("NER", "USA") for _, r in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a country that is the doer's own stays, whatever the border says
        (
            "Niger's army said it attacked rebels who fled into the desert.",
            ("NERMIL", "NERREB"),
        ),
    ],
)
def test_the_doers_own_country_stays(
    coder: Coder, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a candidate is a politician; an opposition one is the opposition; the
        # ruling coalition's is the government's (Phoenix: RULING_PARTY [~GOV])
        (
            "Senegal's ruling coalition candidate Amadou Ba accused the opposition of "
            "spreading lies.",
            ("SENGOV", "SENOPP"),
        ),
        (
            "Senegal's opposition candidate Bassirou Diomaye Faye accused the "
            "government of fraud.",
            ("SENOPP", "SENGOV"),
        ),
        # an opposition candidate's campaign is the opposition's
        (
            "An opposition candidate's campaign accused the electoral commission of "
            "fraud in Senegal.",
            ("SENOPP", "SENGOV"),
        ),
    ],
)
def test_candidates_and_their_campaigns(
    coder: Coder, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a rights group based where the story names no country of its own is
        # international, never the country it accuses
        (
            "A Geneva-based rights group accused Ugandan police of torturing "
            "detainees.",
            ("NGO", "UGACOP"),
        ),
        (
            "A rights group based in Geneva accused Ugandan police of torturing "
            "detainees.",
            ("NGO", "UGACOP"),
        ),
        # based in the country the story is about: a national group
        (
            "A Nairobi-based rights group accused Kenyan police of torturing "
            "detainees.",
            ("KENNGO", "KENCOP"),
        ),
        # a company is of the country it is based in
        (
            "A London-based oil company signed a deal with Nigeria's government.",
            ("GBRBUS", "NGAGOV"),
        ),
    ],
)
def test_where_a_body_is_based(coder: Coder, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a region's government stands for its country's government side
        (
            "The province of Quebec accused Washington of unfair trade practices.",
            ("CANGOV", "USAGOV"),
        ),
        # a town named after a capital is no capital ("Mocimboa da Praia")
        (
            "Islamist insurgents attacked Mocimboa da Praia in northern Mozambique "
            "on Sunday, and Mozambican troops fought back.",
            None,
        ),
    ],
)
def test_regions_and_towns(
    coder: Coder, text: str, dyad: tuple[str, str] | None
) -> None:
    found = _dyads(coder, text)
    assert dyad is None or dyad in found
    assert not any("CPV" in (a + (r or "")) for a, r in found), found


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the minister of a former office-holder was one then: a former one now
        (
            "Imran Khan spoke to reporters in Lahore. His foreign minister accused "
            "the army of plotting against them.",
            ("PAKELI", "PAKMIL"),
        ),
        # a sitting office-holder's minister is in office
        (
            "President William Ruto spoke in Nairobi. His foreign minister accused "
            "Somalia of meddling.",
            ("KENGOV", "SOM"),
        ),
    ],
)
def test_the_minister_of_a_former_office_holder_is_former(
    coder: Coder, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in _dyads(coder, text)
