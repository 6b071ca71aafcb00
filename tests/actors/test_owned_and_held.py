"""Doers named through an owner or a company's name (issue 10, item 1): "the
mission's convoy" after a mission was named, "Turkey's BOTAS" the parser hung off
another company, companies the tagger misses, prisoners held for their politics.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.actors.resolve import DocMemory
from eventwire.pipeline import Coder
from eventwire.records import Actor

_DAY = "2021-03-02"


def _dyads(coder: Coder, text: str) -> set[tuple[str, str | None, str]]:
    return {
        (e.actor.code, e.recipient.code if e.recipient else None, e.cameo)
        for e in coder.code_text(text, _DAY)
    }


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # "the mission's": the body named before, through its possessive
        (
            "The African Union deployed troops to Somalia. Al Shabaab fighters "
            "attacked the mission's base in Mogadishu on Friday.",
            ("SOMREBSHB", "IGOAFRAFU", "190"),
        ),
        (
            "The EU mission criticised the electoral commission. Gunmen attacked "
            "the mission's convoy in Gao on Monday.",
            ("---UAF", "IGOEUREEC", "190"),
        ),
    ],
)
def test_owned_a_phrase_owned_by_the_mission_is_the_body_named_before(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        # "the body's spokesman" speaks for the body named before
        (
            "The United Nations condemned the killing, the body's spokesman said.",
            "spokesman",
            ("body's spokesman", "IGOUNO"),
        ),
        # alone, "the body" is a dead person's, never the body named before
        (
            "The United Nations condemned the killing. Police found the body in a "
            "river.",
            "body",
            None,
        ),
    ],
)
def test_owned_the_body_is_the_organisation_only_as_an_owner(
    coder: Coder, text: str, word: str, found: tuple[str, str] | None
) -> None:
    doc = coder.nlp(text)
    memory = DocMemory()
    un = Actor("United Nations", "IGOUNO", None, "IGO", None, why="named")
    memory.named_bodies = [(1, un)]
    [tok] = [t for t in doc if t.text == word]
    mention = coder.resolver.resolve(tok, _DAY, memory)
    got = None if mention is None else (mention.actor.text, mention.actor.code)
    assert got == found


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        # the second owner's company, hung off the first as an appositive
        (
            "Russia's Gazprom and Turkey's BOTAS signed a memorandum on the pipeline.",
            {("RUSBUSGAZ", "TURBUSBOT", "057"), ("TURBUSBOT", "RUSBUSGAZ", "057")},
        ),
    ],
)
def test_owned_a_conjunct_owns_the_name_after_its_possessive(
    coder: Coder, text: str, dyads: set[tuple[str, str | None, str]]
) -> None:
    assert dyads <= _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The European Commission fined Apple 1.8 billion euros on Monday.",
            ("IGOEURCOM", "USABUSAPL", "172"),
        ),
        (
            "Nigeria's telecoms regulator fined South Africa's MTN on Monday.",
            ("NGAGOV", "ZAFBUSMTN", "172"),
        ),
        (
            "Senators accused Facebook of spreading lies.",
            ("USALEG", "USABUSMET", "112"),
        ),
    ],
)
def test_owned_companies_of_the_base_are_actors(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # held for their politics: opposition, as political prisoners are
        (
            "Myanmar's president pardoned 83 prisoners jailed for political reasons.",
            ("MMR", "MMROPP", "0841"),
        ),
        (
            "Cuba released 30 detainees held on political charges.",
            ("CUB", "CUBOPP", "0841"),
        ),
        # prisoners with no word of politics stay civilians
        (
            "Myanmar's president pardoned 500 prisoners on Monday.",
            ("MMR", "MMRCVL", "0841"),
        ),
    ],
)
def test_owned_prisoners_held_for_their_politics_are_opposition(
    coder: Coder, text: str, want: tuple[str, str, str]
) -> None:
    # the releasing state: its country (the recipient is what is tested)
    country, recipient, code = want
    found = {(s[:3], r, c) for s, r, c in _dyads(coder, text)}
    assert (country, recipient, code) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A Facebook post mocking the president angered the opposition on Monday.",
        "An alleged Facebook post mocking the prophet angered crowds, police said.",
    ],
)
def test_owned_a_company_name_before_its_product_is_no_doer(
    coder: Coder, text: str
) -> None:
    codes = {e.actor.code for e in coder.code_text(text, _DAY)}
    assert not any(c.startswith("USABUS") for c in codes), codes


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # those who speak or sit for a group are of the group
        (
            "The minister met Myanmar opposition representatives on Monday.",
            "representatives",
            "MMROPP",
        ),
        ("The minister met junta members on Monday.", "members", "---MIL"),
        # a name many countries' fronts share is no one country's front
        (
            "Rebel fighters of the National Liberation Front fired rockets.",
            "fighters",
            "---REB",
        ),
        ("Algeria's ruling FLN party rejected the demands.", "party", "DZAPTYFLN"),
    ],
)
def test_owned_members_of_a_group_and_shared_names(
    coder: Coder, text: str, word: str, code: str
) -> None:
    doc = coder.nlp(text)
    [tok] = [t for t in doc if t.text == word]
    mention = coder.resolver.resolve(tok, _DAY, DocMemory())
    assert mention is not None
    assert mention.actor.code == code


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a country's embassy stands in another country: its attackers are not
        # of the embassy's country
        (
            "Protesters stormed the Swedish embassy on Thursday.",
            ("---OPP", "SWEGOV", "145"),
        ),
        (
            "Iraqi protesters stormed the Swedish embassy on Thursday.",
            ("IRQOPP", "SWEGOV", "145"),
        ),
        # a country has one president: the other president's country is not the
        # doer's
        (
            "President Bassirou Diomaye Faye met French President Emmanuel Macron "
            "on Thursday.",
            ("---GOV", "FRAGOV", "040"),
        ),
    ],
)
def test_owned_the_country_of_an_embassy_or_a_counterpart_is_the_other_side(
    coder: Coder, text: str, dyad: tuple[str, str | None, str]
) -> None:
    assert dyad in _dyads(coder, text)
