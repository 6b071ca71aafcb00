"""Doers the story describes outside their own sentence (issue 10, item 1): a person
given a role through "be" or an appointment, and "the company" or "the group" after
the body it stands for; and the words for doers found on the held-out doers set
(tests/actors/heldout_doers.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder

_DAY = "2024-03-12"


def _sources(coder: Coder, text: str) -> set[str]:
    return {e.actor.code for e in coder.code_text(text, _DAY)}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the role, then the name
        (
            "Kenya's interior minister is Amos Kipchumba. Kipchumba accused "
            "opposition leaders of planning riots.",
            "KENGOV",
        ),
        # the name, then the role (a name the tagger calls a body)
        (
            "Helena Brandt is the spokeswoman for Germany's foreign ministry. Brandt "
            "criticised Belarus for detaining a German citizen.",
            "DEUGOV",
        ),
        # a relative clause
        (
            "Ali Rezaei, who is Iran's ambassador to the United Nations, accused the "
            "United States of hypocrisy.",
            "IRNGOV",
        ),
        # an appointment, with a name the tagger calls a product
        (
            "The president appointed Yusuf Abdi as defence minister of Somalia. Abdi "
            "accused al Shabaab of attacking civilians.",
            "SOMGOV",
        ),
        # an appointment: "its" is the appointer's
        (
            "Brazil named Lucia Tavares as its new ambassador to Argentina. Tavares "
            "met Argentine President Javier Milei on Monday.",
            "BRAGOV",
        ),
    ],
)
def test_a_role_the_story_states_codes_the_named_person(
    coder: Coder, text: str, source: str
) -> None:
    assert source in _sources(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # a private role, a negated one, or none at all is no evidence of politics
        "Amos Kipchumba is a nurse in Nairobi. Kipchumba accused the government of "
        "lying.",
        "Amos Kipchumba is not the interior minister. Kipchumba accused the "
        "government of lying.",
        "Amos Kipchumba arrived in Nairobi. Kipchumba accused the government of lying.",
    ],
)
def test_a_name_with_no_stated_role_of_public_life_is_no_actor(
    coder: Coder, text: str
) -> None:
    events = coder.code_text(text, _DAY)
    assert not [e for e in events if "Kipchumba" in e.actor.text], events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body's own sentence is told as "be", with no event to resolve it
        (
            "Kalari Motors is India's third-largest carmaker. The company accused "
            "Pakistani hackers of stealing its designs.",
            "INDBUS",
        ),
        (
            "The Colombian Institute of Family Welfare is a state agency. The agency "
            "accused armed groups of recruiting children.",
            "COLGOV",
        ),
        (
            "Swedish truck maker Nordvik opened a plant in Mexico last year. The "
            "company accused Mexican customs officials of demanding bribes.",
            "SWEBUS",
        ),
        # the same noun, though the body's words say more than its kind (COP)
        (
            "Nigeria's drug enforcement agency seized cocaine at Lagos airport. The "
            "agency arrested two Brazilian men.",
            "NGACOP",
        ),
        # the body's own sentence gives its country, not the anaphor's
        (
            "The Northern Defence Brigade is a militia in Mozambique's north. The "
            "group attacked a police station in Uganda.",
            "MOZREB",
        ),
    ],
)
def test_the_company_is_the_body_of_its_kind_named_before(
    coder: Coder, text: str, source: str
) -> None:
    assert _sources(coder, text) == {source}


def test_the_company_is_not_a_body_of_another_kind(coder: Coder) -> None:
    sources = _sources(
        coder,
        "Kenya's health ministry is a large body. The company accused Pakistani "
        "hackers of stealing its designs.",
    )
    assert sources and all(c.endswith("BUS") for c in sources), sources
    assert not any(c.startswith("KEN") for c in sources), sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Peru's ombudsman accused the police of using excessive force against "
            "protesters.",
            "PERGOV",
        ),
        (
            "Australia's competition watchdog sued the supermarket chain Freshway "
            "for misleading shoppers.",
            "AUSGOV",
        ),
        (
            "South Korean chipmaker Hansol Semicon praised the U.S. government for "
            "its subsidies.",
            "KORBUS",
        ),
        (
            "The American Civil Rights Union sued the state of Texas over its new "
            "voting law.",
            "USANGO",
        ),
        (
            "A press freedom group in Kenya condemned the arrest of a reporter.",
            "KENNGO",
        ),
    ],
)
def test_words_for_doers_of_held_out_wire_text(
    coder: Coder, text: str, source: str
) -> None:
    assert source in _sources(coder, text)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Iraqi forces arrested a commander of an Iran-backed militia in Baghdad.",
            "IRQREB",
        ),
        ("Iraqi forces arrested a commander of the Syrian army.", "SYRMIL"),
    ],
)
def test_a_commander_of_an_armed_group_is_of_the_group(
    coder: Coder, text: str, recipient: str
) -> None:
    events = coder.code_text(text, _DAY)
    assert recipient in {e.recipient.code for e in events if e.recipient}, events


def test_a_titled_person_of_a_country_through_of_keeps_the_name(coder: Coder) -> None:
    sources = _sources(
        coder,
        "Interior Minister Rashid Benali of Algeria arrived in Tunis on Wednesday. "
        "Benali urged Tunisia to tighten border controls.",
    )
    events = coder.code_text(
        "Interior Minister Rashid Benali of Algeria arrived in Tunis on Wednesday. "
        "Benali urged Tunisia to tighten border controls.",
        _DAY,
    )
    assert sources == {"DZAGOV"}
    assert any(e.actor.text == "Benali" for e in events), events
