"""Doers the phrase around a name hid (issue 10, item 1): a name the tagger ran
together with the one before a comma, a part of a group or a state said through
"of", a politician the state holds. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.actors.resolve import DocMemory, Mention
from eventwire.pipeline import Coder

# "After the talks with Kurti, Borrell and Lajcak met Vucic.", parsed as the model
# parses such a list: the second name a conjunct of the first, the tagger's one
# name running over the comma ("Kurti, Borrell")
_WORDS = "After the talks with Kurti , Borrell and Lajcak met Vucic .".split()
_HEADS = [9, 2, 0, 2, 3, 4, 4, 6, 6, 9, 9, 9]
_DEPS = "prep det pobj prep pobj punct conj cc conj ROOT dobj punct".split()
_POS = "ADP DET NOUN ADP PROPN PUNCT PROPN CCONJ PROPN VERB PROPN PUNCT".split()
_ENTS = "O O O O B-ORG I-ORG I-ORG O B-PERSON O B-PERSON O".split()


def _comma_doc(coder: Coder, ents: list[str]) -> Doc:
    return Doc(
        coder.nlp.vocab,
        words=_WORDS,
        heads=_HEADS,
        deps=_DEPS,
        pos=_POS,
        lemmas=[w.lower() for w in _WORDS],
        ents=ents,
    )


@pytest.mark.parametrize(
    ("word", "text", "code"),
    [
        ("Kurti", "Kurti", "XKXGOV"),
        ("Borrell", "Borrell", "IGOEUREEC"),
    ],
)
def test_a_name_run_over_a_comma_into_a_conjunct_is_two_actors(
    coder: Coder, word: str, text: str, code: str
) -> None:
    doc = _comma_doc(coder, _ENTS)
    tok = doc[_WORDS.index(word)]
    m = coder.resolver.resolve(tok, "2023-06-01", DocMemory())
    assert m is not None, word
    assert (m.actor.text, m.actor.code) == (text, code)


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        # a part of a group is the group
        ("Half of the rebel fighters surrendered to the army.", "---REB", "0874"),
        ("The rest of the Taliban fighters surrendered to the army.", None, "0874"),
        # a state named as "the republic of" is that state
        (
            "The republic of Moldova accused Russia of meddling in its vote.",
            "MDA",
            "112",
        ),
    ],
)
def test_a_part_of_a_group_or_a_state_through_of_is_the_actor(
    coder: Coder, text: str, source: str | None, code: str
) -> None:
    events = coder.code_text(text, "2023-06-01")
    found = {(e.actor.code, e.cameo) for e in events}
    if source is None:
        assert any(c == code and a.startswith("AFG") for a, c in found), events
    else:
        assert (source, code) in found, events


@pytest.mark.parametrize(
    "text",
    [
        # a part of a thing is no actor, nor is a part said "in" a place
        "Half of the aid went to Kenya.",
        "The rest in Gaza fled to the south.",
    ],
)
def test_a_part_of_no_group_is_no_actor(coder: Coder, text: str) -> None:
    doc = coder.nlp(text)
    memory = DocMemory()
    head = next(t for t in doc if t.lower_ in ("half", "rest"))
    assert coder.resolver.resolve(head, "2023-06-01", memory) is None


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The junta freed the jailed politicians on Tuesday.", "---OPP"),
        ("The new government released two imprisoned lawmakers.", "---OPP"),
        # a politician not said to be held keeps the party sector
        ("The junta met the politicians on Tuesday.", "---PTY"),
    ],
)
def test_a_politician_the_state_holds_is_of_the_opposition(
    coder: Coder, text: str, recipient: str
) -> None:
    assert recipient in _recipient_codes(coder, text)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The high court dissolved the main opposition party on Monday.", "---OPP"),
        ("The ruling party accused the largest opposition party of fraud.", "---OPP"),
        # a party the text does not set against those in power stays a party
        ("The high court dissolved the largest party on Monday.", "---PTY"),
    ],
)
def test_a_party_of_the_opposition_is_the_opposition(
    coder: Coder, text: str, recipient: str
) -> None:
    assert recipient in _recipient_codes(coder, text)


def _resolved(coder: Coder, text: str, word: str) -> Mention | None:
    """What the resolver makes of the first ``word`` of a sentence, alone (a fixed
    day, no story before it)."""
    doc = coder.nlp(text)
    head = next(t for t in doc if t.text == word)
    return coder.resolver.resolve(head, "2023-06-01", DocMemory())


def _recipient_codes(coder: Coder, text: str) -> set[str]:
    """The recipients' codes of a sentence's events (coded on a fixed day)."""
    events = coder.code_text(text, "2023-06-01")
    return {e.recipient.code for e in events if e.recipient}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Erdogan's chief adviser accused Athens of provoking the navy.", "TURGOV"),
        ("An aide to the Kenyan president criticised the opposition.", "KENGOV"),
        ("The rebel commander's deputy accused the army of shelling villages.", None),
    ],
)
def test_one_who_serves_a_political_owner_is_of_the_owner(
    coder: Coder, text: str, source: str | None
) -> None:
    events = coder.code_text(text, "2023-06-01")
    codes = {e.actor.code for e in events}
    if source is None:
        assert any(c.endswith("REB") for c in codes), events
    else:
        assert source in codes, events


@pytest.mark.parametrize(
    "text",
    [
        # an owner that is no political actor, or only a country, makes no actor
        "The farmer's assistant accused the neighbours of theft.",
        "Kenya's deputy accused the judges of bias.",
    ],
)
def test_one_who_serves_no_political_owner_is_no_actor(coder: Coder, text: str) -> None:
    assert coder.code_text(text, "2023-06-01") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a surname the tagger reads as a common noun at the sentence's start
        (
            "The State Department's spokesman, Tom Price, said talks would resume. "
            "Price accused Moscow of stalling the negotiations.",
            "USAGOV",
        ),
        # a role given only by an appositive, then the bare name
        (
            "Nang Kyi, a senior member of the National League for Democracy, said "
            "the vote was rigged. Kyi accused the generals of torturing detainees.",
            "MMRPTYNLD",
        ),
        # a deputy named by whom they serve, then by surname
        (
            "Ruto's deputy, Rigathi Gachagua, said the ruling was unjust. Gachagua "
            "accused the judges of bias.",
            "KENGOV",
        ),
    ],
)
def test_a_person_the_story_gave_a_role_is_that_actor_by_surname_later(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2023-06-01")
    assert source in {e.actor.code for e in events if e.sentence == 1}, events


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Kenyan police arrested the leaders of the protests on Monday.", "KENOPP"),
        ("Kenyan police detained the organisers of the rally.", "KENOPP"),
        # leaders of a country are its government, as before
        # (the ruling party is the government: Phoenix RULING_PARTY [~GOV])
        ("Kenyan police arrested the leaders of the ruling party.", "KENGOV"),
    ],
)
def test_those_who_lead_a_protest_are_protesters(
    coder: Coder, text: str, recipient: str
) -> None:
    assert recipient in _recipient_codes(coder, text)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Venezuelan intelligence police arrested the lawmaker.", "police", "VENCOP"),
        ("Venezuelan intelligence agents arrested the lawmaker.", "agents", "VENSPY"),
    ],
)
def test_a_police_force_that_gathers_intelligence_is_police(
    coder: Coder, text: str, word: str, code: str
) -> None:
    m = _resolved(coder, text, word)
    assert m is not None and m.actor.code == code, m


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the country the story named before the sentence, not the doer's
        (
            "Ghana's president met opposition leaders on Monday. The United States "
            "praised the West African nation for its restraint.",
            "GHA",
        ),
        # with no country named, the one its named people share
        (
            "President Macky Sall said the vote would go ahead. The European Union "
            "praised the country for its restraint.",
            "SEN",
        ),
    ],
)
def test_the_country_is_the_one_the_story_named(
    coder: Coder, text: str, recipient: str
) -> None:
    events = coder.code_text(text, "2023-06-01")
    found = {e.recipient.code for e in events if e.sentence == 1 and e.recipient}
    assert recipient in found, events


@pytest.mark.parametrize(
    "text",
    [
        # another country than the one named, or none named at all
        "Kenya accused the neighbouring country of arming the rebels.",
        "The United States praised the country for its restraint.",
    ],
)
def test_a_country_the_story_does_not_name_is_no_actor(coder: Coder, text: str) -> None:
    assert _resolved(coder, text, "country") is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # an activist with no cause named is of the opposition (CAMEO's agents)
        ("Six Belarusian activists were detained in Minsk.", "activists", "BLROPP"),
        # one for rights, or for the environment, keeps that sector
        ("Turkish rights activists condemned the arrests.", "activists", "TURHRI"),
        ("Kenyan environmental activists blocked the road.", "activists", "KENENV"),
    ],
)
def test_an_activist_is_of_the_opposition_unless_the_cause_is_named(
    coder: Coder, text: str, word: str, code: str
) -> None:
    m = _resolved(coder, text, word)
    assert m is not None and m.actor.code == code, m


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a coalition or alliance of a group is that group
        ("A coalition of rights groups accused the police of torture.", "---NGO"),
        ("An alliance of opposition parties accused the president of fraud.", "---OPP"),
        # a body's common noun after its name is the body the name names
        (
            "The Democratic Unity Alliance (DUA) coalition accused the electoral "
            "commission of fraud.",
            "---PTY",
        ),
    ],
)
def test_a_coalition_is_what_its_words_name(
    coder: Coder, text: str, source: str
) -> None:
    events = coder.code_text(text, "2023-06-01")
    assert source in {e.actor.code for e in events}, events
