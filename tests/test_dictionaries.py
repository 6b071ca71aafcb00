"""Every bundled dictionary validates; a broken one says file:line and what is wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.actors.base import ActorBase
from eventwire.dictionary import dictionary_path
from eventwire.errors import DictionaryError
from eventwire.events.ontology import load_ontology
from eventwire.events.patterns import NO_EVENT, load_patterns

HEADER = "name: test\nversion: 1\nsource: tests\nlicense: MIT\n"


def test_dictionaries_bundled_ones_load() -> None:
    ontology = load_ontology()
    book = load_patterns()
    base = ActorBase.load()
    assert len(ontology.roots()) == 20
    assert len(base.countries) >= 193
    assert all(p.code in ontology or p.code == NO_EVENT for p in book.patterns)


@pytest.mark.parametrize(
    ("code", "name", "goldstein", "quad", "plover"),
    [
        ("013", "Make optimistic comment", 0.4, 1, None),
        ("0256", "Appeal for de-escalation of military engagement", -0.3, 1, "REQUEST"),
        ("072", "Provide military aid", 8.3, 2, "AID"),
        ("0871", "Declare truce, ceasefire", 9.0, 2, "RETREAT"),
        ("163", "Impose embargo, boycott, or sanctions", -8.0, 4, "COERCE"),
        ("195", "Employ aerial weapons", -10.0, 4, "ASSAULT"),
    ],
)
def test_dictionaries_ontology_facts(
    code: str, name: str, goldstein: float, quad: int, plover: str | None
) -> None:
    info = load_ontology()[code]
    assert (info.name, info.goldstein, info.quad_class, info.plover) == (
        name,
        goldstein,
        quad,
        plover,
    )


def test_dictionaries_on_and_off_stay_words(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    body = (
        'patterns:\n  - {id: a, code: "164", verb: [call], with: [off, on, yes, no]}\n'
    )
    path.write_text(HEADER + body, encoding="utf-8")
    (pattern,) = load_patterns(path).patterns
    assert pattern.with_ == frozenset({"on", "off", "yes", "no"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'patterns:\n  - {id: a, code: "999", verb: [attack]}\n',
            '{path}:6: "code" is \'999\'; expected a CAMEO code from ontology/cameo.yaml, quoted, like "0871", or none (no event).',
        ),
        (
            'patterns:\n  - {id: a, code: "190", verb: [attack]}\n  - {id: a, code: "190", verb: [hit]}\n',
            '{path}:7: pattern "a" is already defined at {path}:6.',
        ),
        (
            'patterns:\n  - {id: a, code: "190", verb: [attack], colour: red}\n',
            "{path}:6: unknown field 'colour'; expected some of adj, block, code, direct, id, modifier, negated, noun, object, recipient, reverse, solo, verb, with, xcomp.",
        ),
        (
            'patterns:\n  - {id: a, code: "190"}\n',
            '{path}:6: pattern "a" needs exactly one of verb, noun, adj.',
        ),
        (
            "patterns: [\n",
            "{path}:6: not valid YAML (expected the node content, but found '<stream end>').",
        ),
    ],
)
def test_dictionaries_pattern_errors_name_file_and_line(
    tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_patterns(path)
    assert str(info.value) == message.format(path=path)


@pytest.mark.parametrize(
    ("file", "body", "message"),
    [
        (
            "countries.yaml",
            "countries:\n  - {code: RU, name: Russia}\n",
            "actors/countries.yaml:6: country code is 'RU'; expected three capital letters (ISO 3166-1 alpha-3) like \"RUS\".",
        ),
        (
            "countries.yaml",
            "countries:\n  - {code: RUS, name: Russia, capitals: [Moscow]}\n  - {code: USA, name: United States, capitals: [Moscow]}\n",
            'actors/countries.yaml:7: "Moscow" is already defined at actors/countries.yaml:6.',
        ),
        (
            "bodies.yaml",
            "heads:\n  - {sector: XYZ, words: [agency]}\nnot_actors: []\n",
            "actors/bodies.yaml:6: sector 'XYZ' is unknown; expected one of AGR, BUS, COP, CRM, CVL, DEV, EDU, ELI, ENV, GOV, HLH, HRI, IGO, IMG, INS, JUD, LAB, LEG, MED, MIL, MNC, NGO, OPP, PTY, REB, REF, REL, SEP, SPY, UAF.",
        ),
        (
            "bodies.yaml",
            "heads:\n  - {sector: GOV, words: [agency]}\n  - {sector: JUD, words: [Agency]}\nnot_actors: []\n",
            'actors/bodies.yaml:7: head word "agency" is already in sector GOV.',
        ),
        (
            "bodies.yaml",
            "heads: []\nnot_actors: Reuters\n",
            'actors/bodies.yaml:1: expected a list of names under "not_actors".',
        ),
    ],
)
def test_dictionaries_actor_errors_name_file_and_line(
    tmp_path: Path, file: str, body: str, message: str
) -> None:
    src = dictionary_path("actors")
    for name in HAND_WRITTEN:
        (tmp_path / name).write_text(
            (src / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / file).write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        ActorBase.load(tmp_path)
    assert str(info.value) == message


def test_dictionaries_grammar_is_given_once(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(
            HEADER + "speech:\n  verbs: [say]\n", encoding="utf-8"
        )
    with pytest.raises(DictionaryError) as info:
        load_patterns(tmp_path)
    assert (
        str(info.value)
        == f'{tmp_path / "b.yaml"}: "speech" is already given in {tmp_path / "a.yaml"}.'
    )


HAND_WRITTEN = (
    "countries.yaml",
    "organizations.yaml",
    "roles.yaml",
    "people.yaml",
    "bodies.yaml",
)
PERSON = '{"name": "Xavier Yorn", "roles": [{"country": "FRA", "sector": "GOV", "start": "2001-01-01", "end": null}]}'


@pytest.mark.parametrize(
    ("file", "body", "message"),
    [
        (
            "phoenix_people.yaml",
            "people:\n  - {name: Xavier Yorn}\n",
            'actors/phoenix_people.yaml:6: expected one entry per line like - {"name": ...}; run "make phoenix" to write the file again.',
        ),
        (
            "phoenix_people.yaml",
            'people:\n  - {"name": "Xavier Yorn", "roles": [], "colour": "red"}\n',
            "actors/phoenix_people.yaml:6: unknown field 'colour'; expected some of aliases, name, phoenix, roles.",
        ),
        (
            "phoenix_people.yaml",
            'people:\n  - {"name": "Xavier Yorn", "roles": [{"org": "IGOXYZ", "start": null, "end": null}]}\n',
            "actors/phoenix_people.yaml:6: organization 'IGOXYZ' is not in actors/organizations.yaml or actors/phoenix_organizations.yaml.",
        ),
        (
            "phoenix_people.yaml",
            'people:\n  - {"name": "Xavier Yorn", "roles": [{"country": "FRA", "sector": "GOV", "start": "2009-01-01", "end": "2001-01-01"}]}\n',
            "actors/phoenix_people.yaml:6: role of Xavier Yorn ends (2001-01-01) before it starts (2009-01-01).",
        ),
        (
            "phoenix_people.yaml",
            'people:\n  - {"name": "Xavier Yorn", "roles": [{"country": "FRA", "start": "2009-13-01", "end": null}]}\n',
            'actors/phoenix_people.yaml:6: "start" is \'2009-13-01\'; expected a date like "2014-12-16" or null.',
        ),
        (
            "phoenix_people.yaml",
            f"people:\n  - {PERSON}\n  # a comment\n  - {PERSON}\n",
            'actors/phoenix_people.yaml:8: "Xavier Yorn" is already defined at actors/phoenix_people.yaml:6.',
        ),
        (
            "phoenix_people.yaml",
            f"persons:\n  - {PERSON}\n",
            'actors/phoenix_people.yaml:1: expected a line "people:" and then one entry per line; run "make phoenix" to write the file again.',
        ),
        (
            "phoenix_organizations.yaml",
            'organizations:\n  - {"code": "IGOXYZ", "names": ["Xyz Council"]}\n',
            'actors/phoenix_organizations.yaml:6: organization IGOXYZ is not in actors/organizations.yaml; an entry without "name" adds names to a hand-written body.',
        ),
        (
            "phoenix_organizations.yaml",
            'organizations:\n  - {"code": "NGOXYZ", "name": "Xyz Council", "country": null, "sector": "NGO"}\n  - {"code": "NGOXYZ", "name": "Xyz Fund", "country": null, "sector": "NGO"}\n',
            "actors/phoenix_organizations.yaml:7: organization NGOXYZ is already defined at actors/phoenix_organizations.yaml:6.",
        ),
        (
            "phoenix_agents.yaml",
            'roles:\n  - {"sector": "XYZ", "words": ["border patrol agent"]}\n',
            "actors/phoenix_agents.yaml:6: sector 'XYZ' is unknown; expected one of AGR, BUS, COP, CRM, CVL, DEV, EDU, ELI, ENV, GOV, HLH, HRI, IGO, IMG, INS, JUD, LAB, LEG, MED, MIL, MNC, NGO, OPP, PTY, REB, REF, REL, SEP, SPY, UAF.",
        ),
    ],
)
def test_dictionaries_phoenix_errors_name_file_and_line(
    tmp_path: Path, file: str, body: str, message: str
) -> None:
    src = dictionary_path("actors")
    for name in HAND_WRITTEN:
        (tmp_path / name).write_text(
            (src / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / file).write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        ActorBase.load(tmp_path)
    assert str(info.value) == message


def test_dictionaries_phoenix_header_is_checked(tmp_path: Path) -> None:
    src = dictionary_path("actors")
    for name in HAND_WRITTEN:
        (tmp_path / name).write_text(
            (src / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    (tmp_path / "phoenix_agents.yaml").write_text(
        "name: test\nversion: 1\nsource: tests\nroles:\n", encoding="utf-8"
    )
    with pytest.raises(DictionaryError) as info:
        ActorBase.load(tmp_path)
    assert str(info.value) == (
        'actors/phoenix_agents.yaml:1: missing "license"; every dictionary starts with '
        "name, version, source, license."
    )


def test_dictionaries_phoenix_files_are_in_step_with_the_hand_written_ones() -> None:
    # a name both hold means the hand-written files changed after `make phoenix`
    base = ActorBase.load()
    assert base.phoenix_shadowed == []
    for name in (
        "phoenix_people.yaml",
        "phoenix_organizations.yaml",
        "phoenix_agents.yaml",
    ):
        text = (dictionary_path("actors") / name).read_text(encoding="utf-8")
        assert "Copyright (c) 2014 Open Event Data Alliance" in text
        assert "Left out, and why" in text
    converted = [t for t in base.terms.values() if "/phoenix_" in t.origin]
    kinds = {t.kind for t in converted}
    assert kinds == {"person", "org", "role"}
    assert len(converted) > 20000


def test_dictionaries_actor_base_loads_fast_and_small() -> None:
    # in a fresh process, Phoenix included: under 1 s of CPU (wall time on a busy
    # machine is longer, whatever the loader does) and under 150 MB more memory
    script = (
        "import gc, time, psutil\n"
        "from eventwire.actors.base import ActorBase\n"
        "p = psutil.Process(); gc.collect(); before = p.memory_info().rss\n"
        "t = time.process_time(); base = ActorBase.load()\n"
        "print(time.process_time() - t, (p.memory_info().rss - before) / 2**20)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    seconds, megabytes = map(float, out.split())
    assert seconds < 1.0
    assert megabytes < 150
