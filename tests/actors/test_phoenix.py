"""The Phoenix converter: reading TABARI actor and agent files, the rules that keep or
drop an entry, and the converted files as the actor base loads them.

The Phoenix lines here are written for these tests (invented people and bodies in the
Phoenix format), not copied from the Phoenix files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eventwire.actors.base import ActorBase
from eventwire.actors.phoenix import (
    FILES,
    Lexicon,
    Rules,
    convert,
    display_name,
    english_words,
    parse_block,
    phoenix_date,
    read_actors,
    read_agents,
    write,
)

HEADER = "name: test\nversion: 1\nsource: tests\nlicense: MIT\n"

HAND = {
    "countries.yaml": """countries:
  - {code: RUS, name: Russia, demonyms: [Russian], capitals: [Moscow]}
  - {code: AFG, name: Afghanistan, demonyms: [Afghan]}
  - {code: FRA, name: France, demonyms: [French]}
  - {code: XKX, name: Kosovo}
  - {code: USA, name: United States, names: [US]}
""",
    "organizations.yaml": """organizations:
  - {code: IGOUNO, name: United Nations, names: [UN], sector: IGO}
  - {code: IGOUNOWFP, name: World Food Programme, names: [WFP], sector: IGO}
""",
    "roles.yaml": """roles:
  - sector: GOV
    words: [president, minister, foreign minister, government, envoy]
  - sector: AGR
    words: [farmer, farmers]
""",
    "people.yaml": """people:
  - name: Lena Hart
    roles:
      - {country: USA, sector: GOV, title: Envoy, start: "2001-01-01", end: null}
""",
    "bodies.yaml": """heads:
  - {sector: GOV, words: [agency]}
not_actors: [Reuters]
""",
}

COUNTRIES = """# Phoenix-style sample, written for the tests
RUSSIA_  [RUS]
+RUSSIAN_
\t[RUSGOV 910101-911231]

MARTA_VOLKOVA_  # CountryInfo.txt
+FOREIGN_MINISTER_MARTA_VOLKOVA_
+VOLKOVA_
\t[RUSELI 750101-050301]
\t[RUSGOV 050301-120515]
\t[RUSELI]
PAVEL_ORLOV_
PRESIDENT_PAVEL_ORLOV
\t[RUSGOV >090101]
IGOR_BROWN_
+BROWN_
\t[RUSGOV 010101-030101]
GREGOR_ANTEL_
\t[RUSGOV 600101-701231]
ALI_SAMIR_  [AFGGOV 020101-040101]
ALI_REZA_TAHERI_  [AFGGOV 030101-050101]
SAMIR_QADERI_  [AFGGOV 030101-050101]
SAMIR_HAKIMI_  [AFGGOV 030101-050101]
DRITON_KELMENDI_  [KSVGOV 080217-100101]
NADIA_FERRAND_  [FRAGOV 2004017-20061201] [FRAGOV 070101-080101]
LENA_HART_  [USAGOV 010101-090101]
HASSAN_WARDAK_  [AFGGOV 020101-030101]
HASSAN_WARDAK_  [FRAGOV 040101-050101]
"""

INTERNATIONAL = """UNITED_NATIONS_ [IGOUNO]
WORLD_FOOD_PROGRAM_
+WFP_
+WORLD_FOOD_PROGRAMME_
\t[IGOUNOWFP]
NORTHERN_RELIEF_ALLIANCE_ [NGOHLH]
HELENA_MARSH_ [IGOUNOWFP 090101-120101]
ACME_WIDGETS_ [MNCUSA]
DAILY_COURIER_ [MED]
JONAS_PELT_ [IGOUNOWFP]
UN_ENVOY_ [IGOUNO]
"""

MILNONSTATE = """RED_DAWN_FRONT_ [FRAREB]
+RDF_
"""

AGENTS = """!MINIST! = MINISTER, MINISTRY
FARMER [~AGR]
BOSS [~BUS]
DENTIST [~HLH]
BORDER_PATROL_AGENT [~COP]
!MINIST!_OF_FISHERIES [~GOVAGR]
TRANSPORT_COMPAN [~BUS]
BUDDHIST_MONK [~BUD]
OBSERVERS_IN [IGO~]
STAFF_MEMBER [~LAB]
"""

WORDS = frozenset(
    "brown rice farmer boss dentist border patrol agent minister ministry of fishery "
    "transport buddhist monk staff member observer in red dawn front northern relief "
    "alliance daily courier united nations world food program programme".split()
)
LEXICON = Lexicon(WORDS, frozenset("agent farmer boss dentist member monk".split()))


def _hand_base(folder: Path) -> ActorBase:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in HAND.items():
        (folder / name).write_text(HEADER + body, encoding="utf-8")
    return ActorBase.load(folder)


def _source(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {
        "Countries": COUNTRIES,
        "International": INTERNATIONAL,
        "MilNonState": MILNONSTATE,
        "agents": AGENTS,
    }
    for key, text in texts.items():
        (folder / FILES[key]).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def converted(tmp_path: Path) -> tuple[ActorBase, object]:
    base = _hand_base(tmp_path / "actors")
    conv = convert(
        _source(tmp_path / "phoenix"), base, LEXICON, Rules(given_name_min=2)
    )
    return base, conv


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("090120", "2009-01-20"),
        ("300101", "2030-01-01"),
        ("310101", "1931-01-01"),
        ("991231", "1999-12-31"),
        ("19290101", "1929-01-01"),
        ("20130408", "2013-04-08"),
    ],
)
def test_phoenix_date_reads_the_century(text: str, iso: str) -> None:
    assert phoenix_date(text) == iso


@pytest.mark.parametrize("text", ["2004017", "090231", "9001x1", ""])
def test_phoenix_date_rejects_malformed_dates(text: str) -> None:
    with pytest.raises(ValueError):
        phoenix_date(text)


@pytest.mark.parametrize(
    ("content", "code", "start", "end", "dated"),
    [
        ("USAGOV 090120-130120", "USAGOV", "2009-01-20", "2013-01-20", True),
        ("RUSGOV >080508", "RUSGOV", "2008-05-08", None, True),
        ("IGOUNO  <911231", "IGOUNO", None, "1991-12-31", True),
        ("AFGELI", "AFGELI", None, None, False),
    ],
)
def test_phoenix_block_reads_code_and_span(
    content: str, code: str, start: str | None, end: str | None, dated: bool
) -> None:
    block = parse_block(content)
    assert (block.code, block.start, block.end, block.dated) == (
        code,
        start,
        end,
        dated,
    )


def test_phoenix_reads_records_synonyms_and_blocks() -> None:
    records = list(read_actors(COUNTRIES.splitlines(), "Countries"))
    by_name = {r.phrases[0]: r for r in records}
    volkova = by_name["MARTA_VOLKOVA_"]
    assert volkova.phrases == [
        "MARTA_VOLKOVA_",
        "FOREIGN_MINISTER_MARTA_VOLKOVA_",
        "VOLKOVA_",
    ]
    assert [(b.code, b.start, b.end) for b in volkova.blocks] == [
        ("RUSELI", "1975-01-01", "2005-03-01"),
        ("RUSGOV", "2005-03-01", "2012-05-15"),
        ("RUSELI", None, None),
    ]
    assert volkova.origin == "Countries:6"
    # a primary line right after another, before any block, is a synonym
    assert by_name["PAVEL_ORLOV_"].phrases == ["PAVEL_ORLOV_", "PRESIDENT_PAVEL_ORLOV"]
    # blocks on the phrase's own line; a malformed date is counted, not kept
    ferrand = by_name["NADIA_FERRAND_"]
    assert [b.code for b in ferrand.blocks] == ["FRAGOV"]
    assert ferrand.bad_blocks == 1


def test_phoenix_reads_agents_and_substitution_sets() -> None:
    agents, sets = read_agents(AGENTS.splitlines())
    assert sets == {"!MINIST!": ["MINISTER", "MINISTRY"]}
    assert [(a.phrase, a.code) for a in agents[:2]] == [
        ("FARMER", "~AGR"),
        ("BOSS", "~BUS"),
    ]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["JOHN", "F.", "KENNEDY"], "John F. Kennedy"),
        (["BAN", "KI-MOON"], "Ban Ki-Moon"),
        (["STAFFAN", "DE", "MISTURA"], "Staffan de Mistura"),
        (["BASHAR", "AL-ASSAD"], "Bashar al-Assad"),
        (["JOHN", "MCCAIN"], "John McCain"),
        (["ELIZABETH", "II"], "Elizabeth II"),
    ],
)
def test_phoenix_names_read_as_names(words: list[str], name: str) -> None:
    assert display_name(words) == name


def test_phoenix_people_keep_names_and_dated_offices(converted: tuple) -> None:
    _, conv = converted
    people = {p.name: p for p in conv.people}
    volkova = people["Marta Volkova"]
    # the title is read off the alias; the one-word alias is no English word
    assert volkova.aliases == ["Volkova"]
    # Phoenix's default code ([RUSELI], no dates) is left out
    assert [
        (r.get("country"), r.get("sector"), r["start"], r["end"]) for r in volkova.roles
    ] == [
        ("RUS", "ELI", "1975-01-01", "2005-03-01"),
        ("RUS", "GOV", "2005-03-01", "2012-05-15"),
    ]
    assert volkova.origin == "Countries:6"
    assert people["Pavel Orlov"].roles == [
        {"country": "RUS", "sector": "GOV", "start": "2009-01-01", "end": None}
    ]
    assert people["Driton Kelmendi"].roles[0]["country"] == "XKX"  # KSV is Kosovo
    assert people["Helena Marsh"].roles == [
        {"org": "IGOUNOWFP", "start": "2009-01-01", "end": "2012-01-01"}
    ]
    assert people["Igor Brown"].aliases == []  # "Brown" alone is an English word


def test_phoenix_people_rules_drop_and_count(converted: tuple) -> None:
    _, conv = converted
    names = {p.name for p in conv.people}
    assert {"Gregor Antel", "Ali Samir", "Lena Hart", "Hassan Wardak"} & names == set()
    dropped = conv.dropped["people"] + conv.dropped["people (names)"]
    assert dropped["every office ended before 1990"] == 1
    assert dropped["a country's own names, with dates (countries.yaml has them)"] == 1
    assert dropped["person already in people.yaml"] == 1
    assert dropped["given names only (Abdul Rahim, Mohammad Ali)"] == 1
    assert dropped["one word that is an English word (Rice, Brown, May)"] == 1
    assert dropped["name of several people with offices in different countries"] == 1
    assert conv.dropped["people (offices)"]["malformed date"] == 1
    assert (
        conv.dropped["people (offices)"][
            "Phoenix's default code, without dates: a namesake would be coded at any date"
        ]
        == 1
    )


def test_phoenix_bodies_join_or_add(converted: tuple) -> None:
    _, conv = converted
    bodies = {(b.code, b.name): b for b in conv.bodies}
    # a name the hand-written base has: more names for that body's code
    assert bodies[("IGOUNOWFP", None)].names == ["World Food Program"]
    new = bodies[("NGOHLHNRA", "Northern Relief Alliance")]
    assert (new.country, new.sector, new.origin) == (
        None,
        "NGO",
        "International:6 [NGOHLH]",
    )
    group = bodies[("FRAREBRDF", "Red Dawn Front")]
    assert (group.names, group.country, group.sector) == (["RDF"], "FRA", "REB")
    dropped = conv.dropped["organizations"] + conv.dropped["organizations (names)"]
    assert dropped["a company (MNC), not an international body"] == 1
    assert dropped["a news outlet: never an actor"] == 1
    assert (
        dropped[
            "a person's name listed under a body, without dates (Ralph Fiennes under UNICEF)"
        ]
        == 1
    )
    assert dropped["a title or role, not a name (UN envoy, Indian UN peacekeeper)"] == 1


def test_phoenix_agents_only_new_sector_nouns(converted: tuple) -> None:
    _, conv = converted
    assert {a.sector: a.words for a in conv.agents} == {
        "COP": ["border patrol agent", "border patrol agents"],
        "GOV": ["minister of fisheries", "ministry of fisheries"],
    }
    assert conv.dropped["agents"] == Counter(
        {
            "roles.yaml (or the base) already has it or its plural": 1,
            "names no political sector on its own (reviewed list: boss, customer, authority)": 1,
            "one everyday word of a sector outside politics (dentist, magazine): it would make a common noun an actor": 1,
            "not an English word (a stem such as TRANSPORT_COMPAN, a misspelling)": 1,
            "a religion or a people, not a sector": 1,
            "code before the actor (IGO~, NGO~)": 1,
            "names a thing, an event or a fire service, not an actor (military presence, staff member, fire department)": 1,
        }
    )


def test_phoenix_files_load_and_date_each_office(
    tmp_path: Path, converted: tuple
) -> None:
    _, conv = converted
    folder = tmp_path / "actors"
    counts = write(conv, folder)
    assert counts["phoenix_agents.yaml"] == 4
    text = (folder / "phoenix_people.yaml").read_text(encoding="utf-8")
    assert "Copyright (c) 2014 Open Event Data Alliance" in text
    assert "#   people: every office ended before 1990: 1" in text
    base = ActorBase.load(folder)
    assert base.phoenix_shadowed == []
    volkova = base.terms[("volkova",)]
    role = base.person_role(volkova, "2010-06-01")
    assert (role.country, role.sector) == ("RUS", "GOV")
    role = base.person_role(volkova, "1990-06-01")
    assert (role.country, role.sector) == ("RUS", "ELI")
    assert base.person_role(volkova, "2015-06-01") is None  # out of office
    orlov = base.terms[("pavel", "orlov")]
    assert base.person_role(orlov, "2008-12-31") is None  # before the office
    assert base.person_role(orlov, "2014-01-01").sector == "GOV"
    marsh = base.terms[("helena", "marsh")]
    assert base.person_role(marsh, "2010-01-01").org == "IGOUNOWFP"
    assert base.person_role(marsh, "2013-01-01") is None
    assert base.terms[("world", "food", "program")].code == "IGOUNOWFP"
    assert base.terms[("border", "patrol", "agents")].sector == "COP"
    # without the converted files
    assert ("volkova",) not in ActorBase.load(folder, phoenix=False).terms


def test_phoenix_hand_written_entries_win(tmp_path: Path, converted: tuple) -> None:
    _, conv = converted
    folder = tmp_path / "actors"
    write(conv, folder)
    # a hand-written entry added after the conversion keeps the name
    people = folder / "people.yaml"
    people.write_text(
        people.read_text(encoding="utf-8")
        + "  - name: Pavel Orlov\n    roles:\n      - {country: FRA, sector: GOV}\n",
        encoding="utf-8",
    )
    base = ActorBase.load(folder)
    assert base.terms[("pavel", "orlov")].roles[0].country == "FRA"
    line = next(
        n
        for n, text in enumerate(
            (folder / "phoenix_people.yaml").read_text(encoding="utf-8").splitlines(), 1
        )
        if '"Pavel Orlov"' in text
    )
    assert base.phoenix_shadowed == [f"actors/phoenix_people.yaml:{line}: Pavel Orlov"]


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Cemil Cicek", "2005-01-01", "TURGOV"),
        ("Cemil Cicek", "1995-01-01", None),
        ("Kenzo Oshima", "2006-01-01", "JPNGOV"),
        ("Kenzo Oshima", "2010-01-01", None),
    ],
)
def test_phoenix_bundled_people_hold_office_on_their_dates(
    name: str, day: str, code: str | None
) -> None:
    base = _bundled()
    term = base.terms[tuple(name.lower().split())]
    assert term.origin.startswith("actors/phoenix_people.yaml:")
    role = base.person_role(term, day)
    held = None if role is None else (role.country or "") + (role.sector or "")
    assert held == code


_BUNDLED: list[ActorBase] = []


def _bundled() -> ActorBase:
    if not _BUNDLED:
        _BUNDLED.append(ActorBase.load())
    return _BUNDLED[0]


def test_phoenix_english_words_come_from_the_model() -> None:
    lexicon = english_words()
    assert lexicon.is_word("Rice") and lexicon.is_word("brown")
    assert not lexicon.is_word("Volkova")
    assert lexicon.is_noun("farmer") and not lexicon.is_noun("naval")
