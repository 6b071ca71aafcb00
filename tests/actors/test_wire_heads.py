"""Doers and recipients that wire copy names by a head word, a prefix or a body of a
known organisation, each in a sentence written for this test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.actors.resolve import DocMemory
from eventwire.pipeline import Coder


def _dyads(coder: Coder, text: str, day: str) -> set[tuple[str, str]]:
    """The (actor, recipient) codes of the events ``text`` gives."""
    return {
        (e.actor.code, e.recipient.code)
        for e in coder.code_text(text, day)
        if e.recipient
    }


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a country's name before a currency sign or word is the currency's
        (
            "The German government pledged US $12 million on Friday for flood relief.",
            {"DEU"},
        ),
        (
            "Canberra pledged A$ 15 million and US $5 million for storm relief.",
            {"AUS"},
        ),
    ],
)
def test_resolve_a_currency_prefix_is_no_actor(
    coder: Coder, text: str, countries: set[str]
) -> None:
    events = coder.code_text(text, "2021-06-01")
    found = {e.actor.country for e in events} | {
        e.recipient.country for e in events if e.recipient
    }
    assert found <= countries, events
    assert "USA" not in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb after a country's name is no currency ("pounds", "won")
        ("Russia pounds Kharkiv with missiles and drones.", "RUS"),
    ],
)
def test_resolve_a_verb_like_a_currency_keeps_the_country(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2022-06-01")
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the firms that publish and broadcast are media, of the country they are said
        # to be of (not the bare demonym)
        (
            "Police in Suva deported the Australian publisher of the island's biggest "
            "daily on Friday.",
            "AUSMED",
        ),
        (
            "The government in Kabul shut down two private TV stations on Monday.",
            "AFGMED",
        ),
    ],
)
def test_resolve_a_publisher_or_station_is_media(
    coder: Coder, text: str, target: str
) -> None:
    events = coder.code_text(text, "2021-06-01")
    assert target in {e.recipient.code for e in events if e.recipient}, events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the African Union's council is the AU, not the UN's Security Council, however
        # the parse splits its name
        (
            "The AU Peace and Security Council condemned the coup in Guinea.",
            "IGOAFRAFU",
        ),
        (
            "The Peace and Security Council of the African Union condemned the "
            "killings in Darfur.",
            "IGOAFRAFU",
        ),
    ],
)
def test_resolve_a_council_of_a_known_body_is_that_body(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2021-10-01")
    assert {e.actor.code for e in events} == {source}, events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # agents and officers of a body are its people, with its country and sector
        (
            "Officers from the interior ministry arrested three journalists in Cairo.",
            "EGYGOV",
        ),
        (
            "Agents of Venezuela's intelligence service detained the opposition "
            "leader on Sunday.",
            "VENSPY",
        ),
        # the machines of a named force stand for it
        ("Israeli army bulldozers demolished Palestinian homes in Hebron.", "ISRMIL"),
    ],
)
def test_resolve_agents_officers_and_machines_of_a_body_are_that_body(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2021-10-01")
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    "text",
    [
        # a country alone does not make them actors: police or army?
        "Syrian officers ended their mediation between the militias.",
        "Chinese agents hacked the servers of the ministry.",
    ],
)
def test_resolve_agents_or_officers_of_a_country_alone_are_no_actor(
    coder: Coder, text: str
) -> None:
    assert coder.code_text(text, "2021-10-01") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a lender of the world is the one the story named, or one it does not name;
        # never the country of the sentence
        (
            "The IMF sent a team to Accra in May. The global lender praised Ghana's "
            "central bank on Tuesday.",
            "IGOBUSIMF",
        ),
        ("International lenders urged Argentina to cut spending.", "IGOBUS"),
        # a country's lender is a business of that country
        ("Brazil's largest private lender sued the government over the tax.", "BRABUS"),
    ],
)
def test_resolve_a_lender_is_a_world_or_a_national_financial_body(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2021-10-01")
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an acronym written with small letters inside matches only as written
        ('"Let them come," the Pakistani minister told reporters in Lahore.', "Let"),
        ("JEM fighters attacked the town in North Darfur on Monday.", "JEM"),
    ],
)
def test_resolve_a_mixed_case_acronym_matches_only_as_written(
    coder: Coder, text: str, word: str
) -> None:
    doc = coder.nlp(text)
    found = coder.resolver.match_terms(list(doc))
    assert not [t for s, _, t in found if doc[s].text == word and t.kind == "org"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an organ of an organisation, named with an "of" phrase, is the
        # organisation; "the United States government" is the government
        (
            "The United States government praised the Permanent Council of the "
            "Organization of American States for its resolution.",
            "USAGOV",
            "IGOLAMOAS",
        ),
        (
            "A committee of the European Parliament criticised Hungary on Tuesday.",
            "IGOEURPAR",
            "HUN",
        ),
    ],
)
def test_resolve_an_organ_of_an_organisation_is_the_organisation(
    coder: Coder, text: str, source: str, target: str
) -> None:
    found = _dyads(coder, text, "2021-10-01")
    assert (source, target) in found, found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a coalition a state leads is an armed one of that state; a party's is not
        # (a ruling one is the government: Phoenix's RULING_PARTY [~GOV])
        (
            "A Saudi-led coalition struck rebel positions near Sanaa on Monday.",
            "SAUMIL",
        ),
        (
            "The ruling coalition in Kenya rejected the opposition's demands.",
            "KENGOV",
        ),
    ],
)
def test_resolve_a_coalition_led_by_a_state_is_armed(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2021-10-01")
    assert source in {e.actor.code for e in events}, events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a crowd at a protest is of protesters; a crowd a bomb hits is civilians
        ("Police fired tear gas at the crowd outside parliament in Nairobi.", "KENOPP"),
        (
            "Riot police dispersed the crowd in Tunis after the protest turned "
            "violent.",
            "TUNOPP",
        ),
        (
            "Gunmen opened fire on a crowd at a wedding in Kandahar, killing six "
            "people.",
            "AFGCVL",
        ),
    ],
)
def test_resolve_a_crowd_is_of_protesters_only_at_a_protest(
    coder: Coder, text: str, target: str
) -> None:
    events = coder.code_text(text, "2021-10-01")
    assert target in {e.recipient.code for e in events if e.recipient}, events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an acronym in brackets after a body's name the parse left out of its
        # phrase is that body
        (
            "The National Electoral Supervisory Agency [NESA] rejected the "
            "complaints, accusing the opposition of lying.",
            "---GOV",
        ),
    ],
)
def test_resolve_a_bracketed_acronym_is_the_body_before_it(
    coder: Coder, text: str, code: str
) -> None:
    doc = coder.nlp(text)
    acronym = next(t for t in doc if t.text == "NESA")
    mention = coder.resolver.resolve(acronym, "2021-10-01", DocMemory())
    assert mention is not None
    assert (mention.actor.code, mention.actor.text) == (code, "NESA")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a sector word whose sentence names only the other side takes the country
        # the story is most about
        (
            "Syria's civil war entered its tenth year. The regime accused Turkey of "
            "backing the rebels.",
            "SYRGOV",
        ),
    ],
)
def test_resolve_the_story_country_when_the_sentence_names_only_the_other_side(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2021-06-01")
    assert source in {e.actor.code for e in events if e.sentence == 1}, events


def _resolve_nouns(coder: Coder, text: str) -> tuple[Doc, dict[int, str]]:
    """Every noun of ``text`` (not a compound) resolved in text order with one
    memory, as a story is read: the doc and the codes by token index."""
    doc = coder.nlp(text)
    memory = DocMemory()
    found = {}
    for tok in doc:
        if tok.pos_ == "NOUN" and tok.dep_ != "compound":
            mention = coder.resolver.resolve(tok, "2021-06-01", memory)
            if mention is not None:
                found[tok.i] = mention.actor.code
    return doc, found


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        # "the minister" is the minister named before, not the last government
        # actor (an ambassador of another country)
        (
            "Sudan's foreign minister met the Egyptian ambassador on Monday. The "
            "minister said the talks had gone well.",
            "minister",
            "SDNGOV",
        ),
    ],
)
def test_resolve_a_bare_title_is_the_actor_last_said_with_it(
    coder: Coder, text: str, head: str, code: str
) -> None:
    doc, found = _resolve_nouns(coder, text)
    last = max(t.i for t in doc if t.text == head)
    assert found.get(last) == code, found


@pytest.mark.parametrize(
    "text",
    [
        # a weapon's capitalised name is no body
        "Militants set off an Improvised Explosive Device near the police post.",
    ],
)
def test_resolve_a_weapon_name_is_no_actor(coder: Coder, text: str) -> None:
    doc = coder.nlp(text)
    device = next(t for t in doc if t.text == "Device")
    assert coder.resolver.resolve(device, "2021-06-01", DocMemory()) is None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # national trade union centres and paramilitary police by their acronyms
        (
            "The NLC accused the government of ignoring the workers.",
            "NGALABNLC",
            "NGAGOV",
        ),
        (
            "Militants hurled a grenade at a CRPF bunker in Srinagar on Thursday.",
            "INDREB",
            "INDCOPCRP",
        ),
    ],
)
def test_resolve_union_centres_and_police_forces_by_acronym(
    coder: Coder, text: str, source: str, target: str
) -> None:
    found = _dyads(coder, text, "2021-06-01")
    assert (source, target) in found, found


@pytest.mark.parametrize(
    ("text", "head", "code"),
    [
        # a go-between does not point back to the government named before
        (
            "The Syrian government rejected the plan on Monday. The envoy said the "
            "talks would go on.",
            "envoy",
            "---GOV",
        ),
        # a title that is no go-between does
        (
            "The Syrian government rejected the plan on Monday. The regime said the "
            "talks would go on.",
            "regime",
            "SYRGOV",
        ),
    ],
)
def test_resolve_a_go_between_is_not_the_government_named_before(
    coder: Coder, text: str, head: str, code: str
) -> None:
    doc, found = _resolve_nouns(coder, text)
    by_text = {doc[i].text: c for i, c in found.items()}
    assert by_text.get(head) == code, by_text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the country a doer asks another to act on is not the doer's
        ("Parliament is urging the president to sanction Iran.", "---LEG"),
    ],
)
def test_resolve_the_country_of_an_asked_act_is_the_other_side(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2021-06-01")
    assert {e.actor.code for e in events} == {source}, events


def test_resolve_a_country_given_dollars_is_no_currency(coder: Coder) -> None:
    # only a short prefix ("US $", "NZ $") makes a name a currency sign's
    events = coder.code_text(
        "The IMF agreed to lend Sri Lanka $2.9 billion to help it recover.",
        "2023-03-20",
    )
    assert "LKA" in {e.recipient.code for e in events if e.recipient}, events
